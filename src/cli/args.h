/* The command line's options: what the user asked for, parsed once. */
#ifndef AL_CLI_ARGS_H
#define AL_CLI_ARGS_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"

#define CLI_MAX_JOBS 256

typedef enum {
    FMT_GCC,
    FMT_FULL,
    FMT_JSON,
    FMT_SARIF,
    FMT_GITHUB,
    FMT_CHECKSTYLE,
    FMT_JUNIT,
    FMT_GITLAB,
    FMT_AUTO /* github under GitHub Actions, else gcc; resolved when parsed */
} cli_format;

typedef enum { SEL_SELECT, SEL_IGNORE, SEL_ENABLE } cli_selection_kind;

/* One --select, --ignore or --enable pattern: a code, a name, a family or ALL. */
typedef struct {
    cli_selection_kind kind;
    const char *pattern; /* points into argv, or to owned */
    size_t len;
    char *owned; /* an old code rewritten to its new spelling, or NULL */
} cli_selection;

/* What the user asked for; paths and values point into argv. */
typedef struct {
    cli_format format;
    bool format_set;
    const char *output;
    int color; /* -1 auto, 0 never, 1 always */
    const char *config_path;
    bool no_config, no_inline;
    bool verbose; /* -v: which configuration each file uses */
    cli_selection *sels;
    size_t sel_count;
    bool any_select;
    al_severity fail_on;
    bool exit_zero;
    int quiet; /* 1 quiet, 2 silent */
    bool fix, unsafe_fixes, diff;
    const char *stdin_filename;
    bool statistics;            /* counts per rule instead of the findings */
    bool timings;               /* --timings: CPU time per stage on standard error */
    bool show_files;            /* list the files that would be linted */
    bool exit_non_zero_on_fix;  /* with --fix: exit 1 when a file was changed */
    const char *baseline;       /* report only findings not in this file */
    const char *write_baseline; /* record today's findings in this file */
    al_file_kind kind;          /* --kind; AL_KIND_AUTO: by path and content */
    long jobs;
    /* information instead of a run */
    const char *explain_rule;
    bool list_rules, version, help;
    const char **paths;
    size_t path_count;
} cli_options;

/* Parses argv into cli. Returns true on success; on a usage error prints
 * the reason to stderr and returns false. Free with cli_options_free. */
bool cli_parse_args(int argc, char **argv, cli_options *cli);
void cli_options_free(cli_options *cli);
/* The usage text (--help). */
extern const char cli_usage[];

/* Applies --select/--ignore/--enable to one file's options. */
void cli_apply_selection(const cli_options *cli, al_options *opts);

#endif
