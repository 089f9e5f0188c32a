/* Baselines: a text file, one finding per line,
 *
 *   # agentlint baseline ...
 *   CC010<TAB>.claude/agents/a.md<TAB>5f0c3e1a9b2d4c77:1
 *
 * keyed on the rule, the repository-relative file and the SARIF
 * fingerprint (the line's text, not its number), so findings stay matched
 * when lines move and whatever path the run was given. A rule is read by
 * code, old code or name, so renamed codes keep matching. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "cli/baseline.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report/report.h"
#include "util/files.h"
#include "util/vec.h"

typedef struct {
    const al_rule_info *rule;
    char *file; /* percent-encoded as written */
    char fingerprint[40];
    bool matched;
} entry;

/* The path with %, tab, CR and LF percent-encoded, so it fits one column. */
static char *encode_path(const char *path)
{
    size_t n = 0;
    for (const char *p = path; *p; p++)
        n += strchr("%\t\r\n", *p) ? 3 : 1;
    char *s = malloc(n + 1), *o = s;
    if (!s) return NULL;
    for (const char *p = path; *p; p++) {
        if (strchr("%\t\r\n", *p))
            o += sprintf(o, "%%%02X", (unsigned char)*p);
        else
            *o++ = *p;
    }
    *o = '\0';
    return s;
}

/* A file's findings with their encoded path and fingerprints; false when
 * out of memory. */
static bool file_keys(const char *path, const al_result *res, const char *data, size_t len,
                      char **file, al_fingerprint **fps)
{
    size_t n = al_result_count(res);
    al_report_file rf = {res, data, len};
    char *rel = al_repo_relative_path(path);
    *file = rel ? encode_path(rel) : NULL;
    *fps = malloc((n ? n : 1) * sizeof **fps);
    bool ok = *file && *fps && al_fingerprints(&rf, rel, *fps);
    free(rel);
    if (ok) return true;
    free(*file);
    free(*fps);
    return false;
}

/* "agentlint: PATH[:LINE]: WHAT", the path escaped like every printed path. */
static void baseline_trouble_to(FILE *to, const char *path, size_t lineno, const char *what)
{
    fputs("agentlint: ", to);
    al_path_escape(to, path);
    if (lineno) fprintf(to, ":%zu", lineno);
    fputs(": ", to);
    al_path_escape(to, what); /* it may quote the baseline's own text */
    fputc('\n', to);
}

static void baseline_trouble(const char *path, size_t lineno, const char *what)
{
    baseline_trouble_to(stderr, path, lineno, what);
}

FILE *cli_baseline_create(const char *path)
{
    FILE *out = fopen(path, "w");
    if (!out) {
        baseline_trouble(path, 0, strerror(errno));
        return NULL;
    }
    fputs("# agentlint baseline: rule, file (relative to its repository), fingerprint.\n"
          "# Findings listed here are not reported under --baseline; rewrite it with\n"
          "# --write-baseline.\n",
          out);
    return out;
}

bool cli_baseline_record(FILE *out, const char *path, const al_result *res, const char *data,
                         size_t len, size_t *count)
{
    if (al_result_count(res) == 0) return true;
    char *file;
    al_fingerprint *fps;
    if (!file_keys(path, res, data, len, &file, &fps)) return false;
    for (size_t k = 0; k < al_result_count(res); k++) {
        fprintf(out, "%s\t%s\t%s\n", al_result_get(res, k)->rule->code, file, fps[k].text);
        (*count)++;
    }
    free(file);
    free(fps);
    return true;
}

bool cli_baseline_close(FILE *out, const char *path, bool ok, size_t count)
{
    bool failed = ferror(out);
    if (fclose(out) != 0 || failed || !ok) {
        baseline_trouble(path, 0, "cannot write the baseline");
        return false;
    }
    fprintf(stderr, "agentlint: %zu finding%s recorded in ", count, count == 1 ? "" : "s");
    al_path_escape(stderr, path);
    fputc('\n', stderr);
    return true;
}

static void free_entries(entry *e, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(e[i].file);
    free(e);
}

/* The baseline opened for reading: a regular file only. A FIFO would wait
 * for a writer forever (it is opened without waiting, then refused, as
 * --config does), and a device or folder is no baseline. NULL with the
 * reason printed. */
static FILE *open_baseline(const char *path)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        baseline_trouble(path, 0, strerror(errno));
        if (fd >= 0) close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        char what[64];
        snprintf(what, sizeof what, "%s, not a baseline file", al_file_type_name(st.st_mode));
        baseline_trouble(path, 0, what);
        close(fd);
        return NULL;
    }
    int flags = fcntl(fd, F_GETFL);
    FILE *in = flags >= 0 && fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0 ? fdopen(fd, "r") : NULL;
    if (!in) {
        baseline_trouble(path, 0, strerror(errno));
        close(fd);
    }
    return in;
}

/* Reads the baseline; false (the reason printed) on an error. */
static bool read_entries(const char *path, entry **out, size_t *count, FILE *notes)
{
    FILE *in = open_baseline(path);
    if (!in) return false;
    entry *es = NULL;
    size_t n = 0, cap = 0, lineno = 0;
    char *line = NULL;
    size_t linecap = 0;
    ssize_t len;
    bool ok = true;
    while ((len = getline(&line, &linecap, in)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0 || line[0] == '#') continue;
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (!t2 || strchr(t2 + 1, '\t') || strlen(t2 + 1) >= sizeof es->fingerprint) {
            baseline_trouble(path, lineno, "not a baseline line (rule, file, fingerprint)");
            ok = false;
            break;
        }
        *t1 = *t2 = '\0';
        const al_rule_info *rule = al_rule_find(line);
        if (!rule) {
            /* A rule this version no longer has: nothing can match it. */
            char what[96];
            snprintf(what, sizeof what, "note: no rule `%.40s`; entry ignored", line);
            baseline_trouble_to(notes, path, lineno, what);
            continue;
        }
        if (n == cap) {
            entry *g = al_vec_grow(es, &cap, sizeof *g, 64);
            if (!g) {
                ok = false;
                break;
            }
            es = g;
        }
        es[n].rule = rule;
        es[n].file = strdup(t1 + 1);
        es[n].matched = false;
        snprintf(es[n].fingerprint, sizeof es[n].fingerprint, "%s", t2 + 1);
        if (!es[n].file) {
            ok = false;
            break;
        }
        n++;
    }
    if (ok && ferror(in)) {
        baseline_trouble(path, 0, strerror(errno ? errno : EIO));
        ok = false;
    }
    free(line);
    fclose(in);
    if (!ok) {
        free_entries(es, n);
        return false;
    }
    *out = es;
    *count = n;
    return true;
}

static int compare_entries(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    int c = strcmp(a->file, b->file);
    if (c) return c;
    c = strcmp(a->fingerprint, b->fingerprint);
    if (c) return c;
    return strcmp(a->rule->code, b->rule->code);
}

struct cli_baseline {
    entry *entries; /* sorted by file, fingerprint, rule */
    size_t count;
    size_t stale;
    char *notes; /* entries ignored, noted on stderr at the end */
    size_t notes_len;
};

cli_baseline *cli_baseline_read(const char *path)
{
    cli_baseline *b = calloc(1, sizeof *b);
    FILE *notes = b ? open_memstream(&b->notes, &b->notes_len) : NULL;
    if (!notes) {
        free(b);
        fputs("agentlint: out of memory\n", stderr);
        return NULL;
    }
    bool ok = read_entries(path, &b->entries, &b->count, notes);
    fclose(notes);
    if (!ok) {
        free(b->notes);
        free(b);
        return NULL;
    }
    if (b->count) qsort(b->entries, b->count, sizeof *b->entries, compare_entries);
    return b;
}

void cli_baseline_notes(const cli_baseline *b)
{
    if (b->notes_len) fwrite(b->notes, 1, b->notes_len, stderr);
}

bool cli_baseline_filter(cli_baseline *b, const char *path, al_result *res, const char *data,
                         size_t len)
{
    entry *es = b->entries;
    size_t n = b->count;
    size_t count = al_result_count(res);
    char *file;
    al_fingerprint *fps;
    if (!file_keys(path, res, data, len, &file, &fps)) return false;
    bool *keep = malloc((count ? count : 1) * sizeof *keep);
    if (!keep) {
        free(file);
        free(fps);
        return false;
    }
    for (size_t k = 0; k < count; k++) {
        entry key = {al_result_get(res, k)->rule, file, "", false};
        snprintf(key.fingerprint, sizeof key.fingerprint, "%s", fps[k].text);
        entry *hit = n ? bsearch(&key, es, n, sizeof *es, compare_entries) : NULL;
        keep[k] = hit == NULL;
        if (hit) hit->matched = true;
    }
    al_result_retain(res, keep);
    free(keep);
    /* Entries of this file that matched nothing are stale. */
    size_t lo = 0, hi = n; /* the first entry of this file (sorted by file) */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(es[mid].file, file) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t e = lo; e < n && strcmp(es[e].file, file) == 0; e++)
        if (!es[e].matched) {
            es[e].matched = true; /* counted once, even if the file is named twice */
            b->stale++;
        }
    free(file);
    free(fps);
    return true;
}

void cli_baseline_finish(cli_baseline *b, const char *path, bool quiet)
{
    if (!b) return;
    if (b->stale && !quiet)
        fprintf(stderr,
                "agentlint: note: %zu baseline entr%s of %s match%s no finding any more (fixed, "
                "or the line changed); rewrite it with --write-baseline\n",
                b->stale, b->stale == 1 ? "y" : "ies", path, b->stale == 1 ? "es" : "");
    free_entries(b->entries, b->count);
    free(b->notes);
    free(b);
}
