/* agentlint's command line: a thin driver over the library. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "agentlint/agentlint.h"
#include "cli/walk.h"
#include "report/report.h"

#define EXIT_CLEAN    0
#define EXIT_FINDINGS 1
#define EXIT_TROUBLE  2

#define DEFAULT_MAX_FILE_SIZE ((size_t)16 << 20)

static const char usage[] =
    "usage: agentlint [options] PATH...\n"
    "\n"
    "Lints AI agent definitions (Claude Code subagents: YAML front matter and a\n"
    "Markdown system prompt). A directory is searched for *.md files.\n"
    "\n"
    "options:\n"
    "  --list-rules         list every rule with its code, name and severity\n"
    "  --explain RULE       explain a rule (code or name), with examples\n"
    "  --enable RULE        turn on a rule that is off by default\n"
    "  --version            print the version\n"
    "  -h, --help           print this help\n"
    "\n"
    "exit status: 0 no warnings or errors, 1 warnings or errors found,\n"
    "2 usage error or a file that could not be read.\n";

/* Reads a whole file; at most limit + 1 bytes, since a larger file is only
 * reported. Returns 0, or an errno value. */
static int read_file(const char *path, char **data, size_t *len, size_t limit)
{
    *data = NULL;
    *len = 0;
    /* O_NONBLOCK: a FIFO named on the command line must not hang the run. */
    int fd = open(path, O_RDONLY | O_NONBLOCK);
    if (fd < 0) return errno;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return e;
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return S_ISDIR(st.st_mode) ? EISDIR : ENOTSUP;
    }
    size_t cap = (size_t)st.st_size < limit ? (size_t)st.st_size + 1 : 65536;
    char *buf = malloc(cap);
    if (!buf) {
        close(fd);
        return ENOMEM;
    }
    size_t n = 0;
    for (;;) {
        if (n == cap) {
            if (cap > limit) break;
            size_t ncap = cap * 2 > limit + 1 ? limit + 1 : cap * 2;
            char *p = realloc(buf, ncap);
            if (!p) {
                free(buf);
                close(fd);
                return ENOMEM;
            }
            buf = p;
            cap = ncap;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf);
            close(fd);
            return e;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    close(fd);
    *data = buf;
    *len = n;
    return 0;
}

static void list_rules(void)
{
    printf("%-6s %-28s %-8s %s\n", "CODE", "NAME", "DEFAULT", "SUMMARY");
    for (size_t i = 0; i < al_rule_count(); i++) {
        const al_rule_info *r = al_rule_at(i);
        printf("%-6s %-28s %-8s %s\n", r->code, r->name,
               r->default_enabled ? al_severity_name(r->default_severity) : "off", r->summary);
    }
}

static int explain(const char *which)
{
    const al_rule_info *r = al_rule_find(which);
    if (!r) {
        fprintf(stderr, "agentlint: no rule named '%s' (see --list-rules)\n", which);
        return EXIT_TROUBLE;
    }
    const char *text = al_rule_explanation(r);
    printf("%s %s (%s%s)\n\n", r->code, r->name, al_severity_name(r->default_severity),
           r->default_enabled ? "" : ", off by default");
    if (text)
        fputs(text, stdout);
    else
        printf("%s.\n", r->summary);
    return EXIT_CLEAN;
}

int main(int argc, char **argv)
{
    al_options *opts = al_options_new();
    if (!opts) {
        fputs("agentlint: out of memory\n", stderr);
        return EXIT_TROUBLE;
    }
    al_input_list inputs = {NULL, 0, 0};
    int status = EXIT_CLEAN;
    bool trouble = false, only_paths = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!only_paths && a[0] == '-' && a[1] != '\0') {
            if (strcmp(a, "--") == 0) {
                only_paths = true;
            } else if (strcmp(a, "--version") == 0) {
                printf("agentlint %s\n", AGENTLINT_VERSION);
                goto done;
            } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
                fputs(usage, stdout);
                goto done;
            } else if (strcmp(a, "--list-rules") == 0) {
                list_rules();
                goto done;
            } else if (strcmp(a, "--explain") == 0 && i + 1 < argc) {
                status = explain(argv[++i]);
                goto done;
            } else if (strcmp(a, "--enable") == 0 && i + 1 < argc) {
                const al_rule_info *r = al_rule_find(argv[++i]);
                if (!r) {
                    fprintf(stderr, "agentlint: no rule named '%s' (see --list-rules)\n", argv[i]);
                    status = EXIT_TROUBLE;
                    goto done;
                }
                al_options_set_severity(opts, r, r->default_severity);
            } else {
                fprintf(stderr, "agentlint: unknown option '%s'\n%s", a, usage);
                status = EXIT_TROUBLE;
                goto done;
            }
            continue;
        }
        if (!al_walk_path(&inputs, a)) trouble = true;
    }
    al_input_list_dedupe(&inputs);
    if (inputs.count == 0 && !trouble) {
        fputs(usage, stderr);
        status = EXIT_TROUBLE;
        goto done;
    }

    al_result **results = calloc(inputs.count ? inputs.count : 1, sizeof *results);
    if (!results) {
        fputs("agentlint: out of memory\n", stderr);
        status = EXIT_TROUBLE;
        goto done;
    }
    for (size_t i = 0; i < inputs.count; i++) {
        char *data;
        size_t len;
        int err = read_file(inputs.items[i].path, &data, &len, DEFAULT_MAX_FILE_SIZE);
        if (err) {
            fprintf(stderr, "agentlint: %s: %s\n", inputs.items[i].path,
                    err == ENOTSUP ? "not a regular file" : strerror(err));
            trouble = true;
            continue;
        }
        results[i] = al_lint_buffer(opts, inputs.items[i].path, data, len, inputs.items[i].origin);
        free(data);
        if (!results[i]) {
            fprintf(stderr, "agentlint: %s: out of memory\n", inputs.items[i].path);
            trouble = true;
        }
    }
    al_check_across_files(opts, results, inputs.count);

    size_t files = 0, errors = 0, warnings = 0, infos = 0;
    for (size_t i = 0; i < inputs.count; i++) {
        if (!results[i]) continue;
        files++;
        al_write_gcc(stdout, results[i]);
        for (size_t j = 0; j < al_result_count(results[i]); j++) {
            al_severity s = al_result_get(results[i], j)->severity;
            if (s == AL_ERROR)
                errors++;
            else if (s == AL_WARNING)
                warnings++;
            else
                infos++;
        }
        al_result_free(results[i]);
    }
    free(results);
    fflush(stdout);
    fprintf(stderr, "agentlint: %zu file%s checked: %zu error%s, %zu warning%s, %zu note%s\n",
            files, files == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
            warnings == 1 ? "" : "s", infos, infos == 1 ? "" : "s");
    status = trouble ? EXIT_TROUBLE : (errors || warnings) ? EXIT_FINDINGS : EXIT_CLEAN;
done:
    al_input_list_free(&inputs);
    al_options_free(opts);
    return status;
}
