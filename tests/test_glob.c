/* Glob matching (util/glob.c) in polynomial time, with the semantics that
 * util/glob.h and config.h document unchanged: the matcher is compared with the
 * backtracking one it replaced on every pattern and path built from a small
 * alphabet, and the shapes that made that one run for minutes must finish. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/glob.h"
#include "support.h"

/* ---- the backtracking matcher it replaced (exponential; small inputs only) ---- */

static bool old_here(const char *g, const char *s)
{
    for (;;) {
        if (*g == '\0') return *s == '\0';
        if (g[0] == '*' && g[1] == '*') {
            g += 2;
            if (*g == '/') {
                if (old_here(g + 1, s)) return true;
            }
            for (const char *t = s;; t++) {
                if (old_here(g, t)) return true;
                if (*t == '\0') return false;
            }
        }
        if (*g == '*') {
            g++;
            for (const char *t = s;; t++) {
                if (old_here(g, t)) return true;
                if (*t == '\0' || *t == '/') return false;
            }
        }
        if (*s == '\0') return false;
        if (*g == '?') {
            if (*s == '/') return false;
        } else if (*g == '[') {
            const char *e = strchr(g + 1, ']');
            if (!e) {
                if (*s != '[') return false;
            } else {
                bool neg = g[1] == '!' || g[1] == '^', hit = false;
                for (const char *c = g + 1 + neg; c < e; c++) {
                    if (c + 2 < e && c[1] == '-') {
                        if (*s >= c[0] && *s <= c[2]) hit = true;
                        c += 2;
                    } else if (*c == *s) {
                        hit = true;
                    }
                }
                if (hit == neg || *s == '/') return false;
                g = e;
            }
        } else if (*g != *s) {
            return false;
        }
        g++;
        s++;
    }
}

static bool old_match_path(const char *glob, const char *rel)
{
    while (glob[0] == '.' && glob[1] == '/')
        glob += 2;
    while (glob[0] == '/')
        glob++;
    size_t gl = strlen(glob);
    bool dir_only = gl > 0 && glob[gl - 1] == '/';
    char g[64], r[64];
    size_t n = dir_only ? gl - 1 : gl;
    memcpy(g, glob, n);
    g[n] = '\0';
    strcpy(r, rel);
    bool anchored = strchr(g, '/') != NULL, hit = false;
    size_t rl = strlen(r);
    for (size_t end = rl; !hit && end > 0; end--) {
        if (end != rl && r[end] != '/') continue;
        if (dir_only && end == rl) continue;
        char saved = r[end];
        r[end] = '\0';
        const char *last = strrchr(r, '/');
        hit = anchored ? old_here(g, r) : old_here(g, last ? last + 1 : r);
        r[end] = saved;
    }
    return hit;
}

/* ---- tests ---- */

static void documented_semantics(void **state)
{
    (void)state;
    assert_true(al_glob_match_path("*.md", "a/b/c.md"));        /* no `/`: any depth */
    assert_false(al_glob_match_path("a/*.md", "a/b/c.md"));     /* `*` stays in a name */
    assert_true(al_glob_match_path("a/**/*.md", "a/b/d/c.md")); /* `**` crosses folders */
    assert_true(
        al_glob_match_path("a/**/c.md", "a/c.md")); /* a double star and slash may be no folder */
    assert_true(al_glob_match_path("a**", "a/b/c.md"));
    assert_false(al_glob_match_path("a?c", "a/c")); /* `?` is not `/` */
    assert_true(al_glob_match_path("a?c", "abc"));
    assert_true(al_glob_match_path("[a-c]x", "d/bx"));
    assert_false(al_glob_match_path("[!a-c]x", "bx"));
    assert_true(al_glob_match_path("[^a-c]x", "dx"));
    assert_false(al_glob_match_path("a[/]b", "a/b"));           /* a class is not `/` */
    assert_true(al_glob_match_path("a[b", "a[b"));              /* `[` without `]` */
    assert_true(al_glob_match_path("legacy", "legacy/x/y.md")); /* a folder covers below */
    assert_true(al_glob_match_path("x/", "x/y.md"));
    assert_false(al_glob_match_path("x/", "a/x"));          /* `/` at the end: folders */
    assert_false(al_glob_match_path("b/*.md", "a/b/c.md")); /* with `/`: anchored */
}

/* Every glob of up to 3 pieces and every path of up to 5 bytes over a small
 * alphabet: the same answer as the old matcher. */
static const char *const pieces[] = {"a", "b",    "/",    "*", "**", "**/",
                                     "?", "[ab]", "[!a]", "[", "]",  "./"};
static const char path_bytes[] = {'a', 'b', '/', '['};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static void same_as_backtracking(void **state)
{
    (void)state;
    size_t compared = 0;
    char glob[64], path[8];
    size_t gmax = 1;
    for (int k = 0; k < 3; k++)
        gmax *= NPIECES + 1;
    for (size_t gi = 0; gi < gmax; gi++) {
        glob[0] = '\0';
        size_t x = gi;
        bool gap = false, skip = false;
        for (int k = 0; k < 3; k++, x /= NPIECES + 1) {
            size_t p = x % (NPIECES + 1);
            if (p == NPIECES) {
                gap = true;
                continue;
            }
            if (gap) skip = true; /* each glob once: pieces only at the front */
            strcat(glob, pieces[p]);
        }
        if (skip || !glob[0]) continue;
        for (size_t len = 1; len <= 5; len++) {
            size_t pmax = 1;
            for (size_t k = 0; k < len; k++)
                pmax *= sizeof path_bytes;
            for (size_t pi = 0; pi < pmax; pi++) {
                size_t y = pi;
                for (size_t k = 0; k < len; k++, y /= sizeof path_bytes)
                    path[k] = path_bytes[y % sizeof path_bytes];
                path[len] = '\0';
                if (al_glob_match(glob, path) != old_here(glob, path)) {
                    print_error("al_glob_match `%s` `%s`: new %d, old %d\n", glob, path,
                                al_glob_match(glob, path), old_here(glob, path));
                    fail();
                }
                if (al_glob_match_path(glob, path) != old_match_path(glob, path)) {
                    print_error("glob `%s` path `%s`: new %d, old %d\n", glob, path,
                                al_glob_match_path(glob, path), old_match_path(glob, path));
                    fail();
                }
                compared++;
            }
        }
    }
    assert_true(compared > 1000000 / 2);
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The shapes that backtracked for minutes: well under a second each. */
static void polynomial_time(void **state)
{
    (void)state;
    char name[4096], glob[256], deep[4096];
    memset(name, 'a', sizeof name - 1);
    name[sizeof name - 1] = '\0';
    strcpy(glob, "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
    deep[0] = '\0';
    for (int i = 0; i < 25; i++)
        strcat(deep, "folder/");
    strcat(deep, "agent.md");
    char stars[256] = "";
    for (int i = 0; i < 12; i++)
        strcat(stars, "**/");
    strcat(stars, "x.md");
    double t0 = seconds();
    assert_false(al_glob_match_path(glob, name));
    assert_false(al_glob_match_path(stars, deep));
    strcpy(stars + strlen(stars) - 4, "agent.md");
    assert_true(al_glob_match_path(stars, deep));
    /* linear in the path too: every folder of a 20k-folder path is tried */
    size_t depth = 20000;
    char *very_deep = malloc(depth * 2 + 16);
    assert_non_null(very_deep);
    for (size_t i = 0; i < depth; i++)
        memcpy(very_deep + 2 * i, "d/", 2);
    strcpy(very_deep + 2 * depth, "agent.md");
    assert_true(al_glob_match_path(stars, very_deep));
    assert_false(al_glob_match_path("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", very_deep));
    assert_false(al_glob_match_path("**/d/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/", very_deep));
    free(very_deep);
    double took = seconds() - t0;
    print_message("pathological globs: %.3f s\n", took);
    assert_true(took < 2.0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(documented_semantics),
        cmocka_unit_test(same_as_backtracking),
        cmocka_unit_test(polynomial_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
