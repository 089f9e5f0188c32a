/* Stage 6 of the pipeline: reporters turn results into text.
 *
 * A report is written as the run goes: begin, then each file in the run's
 * order as soon as it is linted, then end, so that a run keeps only the
 * files it has not printed yet. Each file comes with its source text, for
 * the formats that quote source lines (full) or fingerprint them (SARIF,
 * GitLab). The machine formats are one document (JSON, SARIF, XML): their
 * closing parts are written last, and a part that the document puts after
 * the files' own (JSON's file list, SARIF's results after the artifacts,
 * JUnit's suites after the totals they start with) is written to `later`,
 * kept in memory while small, else in a temporary file, and copied into the
 * output at the end. */
#ifndef AL_REPORT_H
#define AL_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "agentlint/agentlint.h"

typedef struct {
    const al_result *res; /* NULL when the file could not be read or linted */
    const char *data;     /* the text that was linted, or NULL */
    size_t len;
} al_report_file;

/* A report being written. */
typedef struct {
    FILE *out;
    FILE *later;                         /* the part after the files' own, or NULL (see above) */
    struct al_report_later *later_state; /* where later's bytes are (stream.c) */
    bool color;                          /* ANSI colour (gcc and full formats) */
    al_severity fail_on;                 /* findings at or above it fail (JUnit); 0 means warning */
    /* The run's totals, set before end. */
    size_t files_checked, errors, warnings, infos, fixable;
    /* The format's own state. */
    bool wrote_file, wrote_finding; /* a file's entry, a finding, written (separators) */
    size_t tests, failures;         /* JUnit's totals */
    const char *cwd;                /* SARIF: the working directory, or NULL */
    char cwd_buf[4096];
} al_report_stream;

typedef struct {
    bool uses_later; /* needs al_report_stream.later */
    void (*begin)(al_report_stream *s);
    void (*file)(al_report_stream *s, const al_report_file *f); /* f->res not NULL */
    void (*end)(al_report_stream *s);
} al_reporter;

/* One line per finding: path:line:col: severity: message [CODE name] */
extern const al_reporter al_reporter_gcc;
/* Each finding with its source line, a caret span and the rule summary. */
extern const al_reporter al_reporter_full;
/* One JSON document: {"version": 2, "tool", "diagnostics", "files", "summary"}. */
extern const al_reporter al_reporter_json;
/* SARIF 2.1.0 for GitHub code scanning. */
extern const al_reporter al_reporter_sarif;
/* GitHub Actions workflow commands (::error file=...::message). */
extern const al_reporter al_reporter_github;
extern const al_reporter al_reporter_checkstyle;
/* JUnit XML: a testsuite per file, a uniquely named testcase per finding;
 * findings below fail_on are passed testcases with the finding as output. */
extern const al_reporter al_reporter_junit;
/* GitLab Code Quality JSON (a subset of Code Climate's format). */
extern const al_reporter al_reporter_gitlab;

/* Starts a report of format rp on out (stream.c), with `later` in memory
 * when the format needs it. False when out of memory. */
bool al_report_open(al_report_stream *s, const al_reporter *rp, FILE *out, bool color,
                    al_severity fail_on);
/* Copies `later` into the output (end calls it where that part goes). */
void al_report_append_later(al_report_stream *s);
/* Closes `later`; false when a write to it failed (out of memory, or the
 * temporary file's disk full). */
bool al_report_close(al_report_stream *s);

/* A whole run at once (the fuzz harness, tests): the files in order. */
typedef struct {
    FILE *out;
    bool color;
    const al_report_file *files;
    size_t count;
    size_t files_checked, errors, warnings, infos, fixable;
    al_severity fail_on;
} al_report;
void al_write_report(const al_reporter *rp, const al_report *r);

/* "error", "warning" or "note": the words compilers use, which editors'
 * error formats recognise. */
const char *al_gcc_severity(al_severity sev);

/* One line per finding: path:line:col: severity: message [CODE name] */
void al_write_gcc(FILE *out, const al_result *res);
/* The rule registry as JSON (--list-rules --format json). */
void al_write_rules_json(FILE *out);

/* GitHub's security-severity of a security rule ("8.5"), or NULL for a
 * rule that is not about security (sarif.c). */
const char *al_security_severity(const al_rule_info *rule);

/* Fingerprints (fingerprint.c). */
typedef struct {
    char text[40]; /* 16 hex digits, ':', the occurrence */
} al_fingerprint;
/* The path relative to the nearest folder above it holding .git (else to
 * the working directory), symlinks resolved, '/' separators; malloc'd, or
 * NULL when out of memory. "-" stays "-". */
char *al_repo_relative_path(const char *path);
/* One fingerprint per finding of f (fp has al_result_count entries): the
 * repository-relative path, the rule's name and the finding's line text
 * (not its number), and the occurrence of those in the file. False when
 * out of memory. */
bool al_fingerprints(const al_report_file *f, const char *repo_path, al_fingerprint *fp);

/* Escaping, shared by the reporters (escape.c). */
/* A JSON string with its quotes; invalid UTF-8 becomes U+FFFD. */
void al_json_string(FILE *out, const char *s, size_t len);
void al_json_cstr(FILE *out, const char *s);
/* The same for text from or for the file (a fix's text): the secrets of
 * res masked (al_result_redact). */
void al_json_redacted(FILE *out, const al_result *res, const char *s);
/* XML character data or attribute value (without quotes): markup and
 * quotes escaped, characters XML forbids and invalid UTF-8 become U+FFFD,
 * and (attr) tab, CR and LF become character references. */
void al_xml_escape(FILE *out, const char *s, size_t len, bool attr);
/* GitHub workflow command data: % CR LF escaped; property values (prop)
 * also ':' and ','. */
void al_github_escape(FILE *out, const char *s, bool prop);
/* A path for a line of text (gcc, full, github, messages): control
 * characters, backslash and invalid bytes escaped as ls -b does ("\\n",
 * "\\x1B", "\\\\"), hidden characters as <U+202E>, so that a file name can
 * neither forge a line nor reach the terminal raw. */
void al_path_escape(FILE *out, const char *path);
/* Whether al_path_escape would print path as it is. */
bool al_path_is_plain(const char *path);
/* A relative URI reference for a path: '/' separators, everything outside
 * the unreserved and sub-delims set percent-encoded. */
void al_uri_encode(FILE *out, const char *path);

#endif
