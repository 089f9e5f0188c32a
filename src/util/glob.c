/* Globs over paths, as .agentlint.yml, the kinds table (spec/file_kinds.c)
 * and the skill rules use them. */
#include "util/glob.h"

#include <stdlib.h>
#include <string.h>

/* A glob is matched by a dynamic programme over the pattern's tokens and
 * the path's bytes (time |glob| x |path|), not by backtracking, which is
 * exponential on globs such as `*a*a*a*a*b` or a dozen `**`/. */
typedef enum {
    TOK_BYTE,        /* one byte, itself */
    TOK_ANY,         /* `?`: one byte other than `/` */
    TOK_CLASS,       /* `[...]`: one byte of the class, not `/` */
    TOK_STAR,        /* `*`: any bytes other than `/` */
    TOK_STARS,       /* `**`: any bytes */
    TOK_STARS_SLASH, /* `**` then `/`: nothing, or any bytes ending with `/` */
} glob_token;

/* Whether byte c is in the class [g + 1, e) (g at `[`, e at its `]`). */
static bool class_has(const char *g, const char *e, char c)
{
    bool neg = g[1] == '!' || g[1] == '^', hit = false;
    for (const char *k = g + 1 + neg; k < e; k++) {
        if (k + 2 < e && k[1] == '-') {
            if (c >= k[0] && c <= k[2]) hit = true;
            k += 2;
        } else if (*k == c) {
            hit = true;
        }
    }
    return hit != neg && c != '/';
}

/* For each j in [0, n]: whether g matches s[0, j) exactly. A malloc'd
 * array of n + 1, or NULL when out of memory. */
static bool *glob_prefixes(const char *g, const char *s, size_t n)
{
    /* cur[j]: the tokens read so far match s[0, j). */
    bool *cur = calloc(n + 1, sizeof *cur), *next = calloc(n + 1, sizeof *next);
    if (!cur || !next) {
        free(cur);
        free(next);
        return NULL;
    }
    cur[0] = true;
    while (*g) {
        glob_token tok = TOK_BYTE;
        const char *class_start = g, *class_end = NULL;
        char byte = *g;
        if (g[0] == '*' && g[1] == '*') {
            g += 2;
            tok = TOK_STARS;
            if (*g == '/') {
                tok = TOK_STARS_SLASH;
                g++;
            }
        } else if (*g == '*') {
            tok = TOK_STAR;
            g++;
        } else if (*g == '?') {
            tok = TOK_ANY;
            g++;
        } else if (*g == '[' && (class_end = strchr(g + 1, ']')) != NULL) {
            tok = TOK_CLASS;
            g = class_end + 1;
        } else {
            g++; /* a `[` without `]` is itself */
        }
        bool any_before = false; /* cur[k] for some k < j */
        for (size_t j = 0; j <= n; j++) {
            bool m = false;
            switch (tok) {
            case TOK_BYTE:
                m = j > 0 && cur[j - 1] && s[j - 1] == byte;
                break;
            case TOK_ANY:
                m = j > 0 && cur[j - 1] && s[j - 1] != '/';
                break;
            case TOK_CLASS:
                m = j > 0 && cur[j - 1] && class_has(class_start, class_end, s[j - 1]);
                break;
            case TOK_STAR:
                m = cur[j] || (j > 0 && next[j - 1] && s[j - 1] != '/');
                break;
            case TOK_STARS:
                m = cur[j] || (j > 0 && next[j - 1]);
                break;
            case TOK_STARS_SLASH:
                m = cur[j] || (any_before && s[j - 1] == '/');
                break;
            }
            any_before = any_before || cur[j];
            next[j] = m;
        }
        bool *t = cur;
        cur = next;
        next = t;
    }
    free(next);
    return cur;
}

/* Whether every run of literal bytes between the wildcards of g occurs in s:
 * a run is matched by consecutive bytes, so a run missing from s rules the
 * glob out (a `**` + `/` takes its `/` with it; a class ends a run). */
static bool literal_runs_occur(const char *g, const char *s)
{
    char run[128];
    while (*g) {
        if (g[0] == '*' && g[1] == '*' && g[2] == '/') {
            g += 3;
            continue;
        }
        if (*g == '*' || *g == '?' || *g == '[') {
            const char *e = *g == '[' ? strchr(g + 1, ']') : NULL;
            g = e ? e + 1 : g + 1;
            continue;
        }
        size_t n = strcspn(g, "*?[");
        if (n < sizeof run) {
            memcpy(run, g, n);
            run[n] = '\0';
            if (!strstr(s, run)) return false;
        }
        g += n;
    }
    return true;
}

bool al_glob_match(const char *glob, const char *s)
{
    size_t n = strlen(s);
    /* The bytes before the first wildcard and after the last one are matched
     * as they are: checking them first answers most calls (a file against
     * each pattern of the kinds table) without the dynamic programme. */
    size_t gl = strlen(glob), head = strcspn(glob, "*?["), tail = 0;
    while (tail < gl - head && !strchr("*?]", glob[gl - 1 - tail]))
        tail++;
    /* the `/` of a `**` + `/` belongs to the wildcard: it may match nothing */
    if (tail > 0 && tail < gl && glob[gl - tail] == '/' && gl - tail >= 2 &&
        glob[gl - tail - 1] == '*' && glob[gl - tail - 2] == '*')
        tail--;
    if (head == gl) return gl == n && memcmp(glob, s, n) == 0;
    if (head > n || tail > n || memcmp(glob, s, head) != 0 ||
        memcmp(glob + gl - tail, s + n - tail, tail) != 0 || !literal_runs_occur(glob, s))
        return false;
    bool *ends = glob_prefixes(glob, s, n);
    bool hit = ends && ends[n];
    free(ends);
    return hit;
}

bool al_glob_match_path(const char *glob, const char *rel)
{
    while (glob[0] == '.' && glob[1] == '/')
        glob += 2;
    while (glob[0] == '/')
        glob++;
    size_t gl = strlen(glob);
    bool dir_only = gl > 0 && glob[gl - 1] == '/';
    char *g = strndup(glob, dir_only ? gl - 1 : gl);
    if (!g) return false;
    bool anchored = strchr(g, '/') != NULL;
    bool hit = false;
    /* The whole path and every folder above it are tried: ends are the
     * path's end and each `/`. Anchored, one pass over the path answers for
     * every end; otherwise each end's last name is matched alone (the names
     * do not overlap). Either way the time is |glob| x |path|. */
    size_t rl = strlen(rel);
    bool *whole = anchored ? glob_prefixes(g, rel, rl) : NULL;
    size_t name_start = 0;
    for (size_t end = 0; !hit && end <= rl && (whole || !anchored); end++) {
        bool is_end = end > 0 && (end == rl || rel[end] == '/');
        if (is_end && !(dir_only && end == rl)) {
            if (anchored) {
                hit = whole[end];
            } else {
                bool *name = glob_prefixes(g, rel + name_start, end - name_start);
                hit = name && name[end - name_start];
                free(name);
            }
        }
        if (end < rl && rel[end] == '/') name_start = end + 1;
    }
    free(whole);
    free(g);
    return hit;
}
