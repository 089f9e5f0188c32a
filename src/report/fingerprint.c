/* Fingerprints of findings, for SARIF partialFingerprints, GitLab Code
 * Quality and baselines.
 *
 * A fingerprint must not change with how the path was typed (`agents`,
 * `./agents` and `$PWD/agents` name one file) nor when lines move: it is a
 * hash of the file's path relative to its repository (the nearest folder
 * above it holding `.git`; else the working directory), the rule's name
 * (names survive code renames) and the finding's line text without its
 * indentation, plus the occurrence of that triple in the file. */
#define _GNU_SOURCE /* realpath */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report/report.h"
#include "util/path.h"

static bool has_git(const char *dir, size_t len)
{
    char buf[PATH_MAX];
    if (len + 6 >= sizeof buf) return false;
    memcpy(buf, dir, len);
    memcpy(buf + len, "/.git", 6);
    struct stat st;
    return stat(buf, &st) == 0;
}

char *al_repo_relative_path(const char *path)
{
    if (strcmp(path, "-") == 0) return strdup(path);
    char abs[PATH_MAX];
    if (!realpath(path, abs)) {
        /* Standard input under --stdin-filename, or a file gone since. */
        char cwd[PATH_MAX];
        char real_cwd[PATH_MAX];
        const char *base = path[0] == '/' ? "" : getcwd(cwd, sizeof cwd);
        if (base && *base && realpath(base, real_cwd)) base = real_cwd;
        size_t bl = base ? strlen(base) : 0, pl = strlen(path);
        if (!base || bl + pl + 2 > sizeof abs) return strdup(path);
        memcpy(abs, base, bl);
        abs[bl] = '/';
        memcpy(abs + bl + 1, path, pl + 1);
        al_path_normalise(abs);
    }
    /* The nearest folder above the file with a .git. */
    size_t root = 0;
    for (size_t i = strlen(abs); i > 0; i--) {
        if (abs[i - 1] != '/') continue;
        if (has_git(abs, i - 1 == 0 ? 0 : i - 1)) {
            root = i;
            break;
        }
    }
    if (root == 0) {
        char cwd[PATH_MAX], real_cwd[PATH_MAX];
        const char *c = getcwd(cwd, sizeof cwd) ? (realpath(cwd, real_cwd) ? real_cwd : cwd) : NULL;
        size_t cl = c ? strlen(c) : 0;
        if (c && cl > 1 && strncmp(abs, c, cl) == 0 && abs[cl] == '/') root = cl + 1;
    }
    return strdup(abs + root);
}

typedef struct {
    uint64_t hash;
    size_t index;
} hashed;

static int compare_hashed(const void *pa, const void *pb)
{
    const hashed *a = pa, *b = pb;
    if (a->hash != b->hash) return a->hash < b->hash ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* The text of a line, without its indentation and trailing blanks. */
static void line_text(const al_report_file *f, const size_t *starts, size_t nlines, size_t line,
                      const char **s, size_t *n)
{
    *s = "";
    *n = 0;
    if (!f->data || line == 0 || line > nlines) return;
    size_t i = starts[line - 1], e = line < nlines ? starts[line] - 1 : f->len;
    while (i < e && (f->data[i] == ' ' || f->data[i] == '\t'))
        i++;
    while (e > i && (f->data[e - 1] == ' ' || f->data[e - 1] == '\t' || f->data[e - 1] == '\r'))
        e--;
    *s = f->data + i;
    *n = e - i;
}

/* "%016llx:%zu" without printf, which took most of the time of 200k
 * fingerprints. text holds 40 bytes: 16 + 1 + 20 digits + NUL. */
static void format_fingerprint(char *text, uint64_t hash, size_t occurrence)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; i--, hash >>= 4)
        text[i] = hex[hash & 0xf];
    text[16] = ':';
    char digits[24];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + occurrence % 10);
        occurrence /= 10;
    } while (occurrence);
    for (size_t i = 0; i < n; i++)
        text[17 + i] = digits[n - 1 - i];
    text[17 + n] = '\0';
}

bool al_fingerprints(const al_report_file *f, const char *repo_path, al_fingerprint *fp)
{
    size_t count = al_result_count(f->res), nlines = 1;
    for (size_t i = 0; f->data && i < f->len; i++)
        if (f->data[i] == '\n') nlines++;
    size_t *starts = malloc(nlines * sizeof *starts);
    hashed *hashes = malloc((count ? count : 1) * sizeof *hashes);
    if (!starts || !hashes) {
        free(starts);
        free(hashes);
        return false;
    }
    size_t k = 0;
    starts[k++] = 0;
    for (size_t i = 0; f->data && i < f->len && k < nlines; i++)
        if (f->data[i] == '\n') starts[k++] = i + 1;
    /* The hash of a rule's line, kept per rule: findings come in line order,
     * so many on one long line hash it once, not once each. */
    struct {
        size_t line; /* 0: none */
        uint64_t hash;
    } *memo = calloc(al_rule_count(), sizeof *memo);
    for (size_t i = 0; i < count; i++) {
        const al_diagnostic *d = al_result_get(f->res, i);
        size_t r = al_rule_index(d->rule);
        if (memo && memo[r].line && memo[r].line == d->start.line) {
            hashes[i] = (hashed){memo[r].hash, i};
            continue;
        }
        const char *lt;
        size_t ln;
        line_text(f, starts, nlines, d->start.line, &lt, &ln);
        uint64_t h = 14695981039346656037ULL;
        h = fnv(h, repo_path, strlen(repo_path) + 1);
        h = fnv(h, d->rule->name, strlen(d->rule->name) + 1);
        h = ln ? fnv(h, lt, ln) : fnv(h, d->message, strlen(d->message));
        hashes[i] = (hashed){h, i};
        if (memo && ln) { /* an empty line hashes the message instead */
            memo[r].line = d->start.line;
            memo[r].hash = h;
        }
    }
    free(memo);
    /* The same line of one rule twice: numbered in file order (sorted, so
     * that a file with thousands of findings stays fast). */
    qsort(hashes, count, sizeof *hashes, compare_hashed);
    for (size_t i = 0, occurrence = 1; i < count; i++) {
        occurrence = i > 0 && hashes[i - 1].hash == hashes[i].hash ? occurrence + 1 : 1;
        format_fingerprint(fp[hashes[i].index].text, hashes[i].hash, occurrence);
    }
    free(starts);
    free(hashes);
    return true;
}
