/* Paths made absolute and normalised without asking the file system. */
#include "util/path.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *al_path_absolute(const char *path)
{
    char cwd[4096];
    size_t plen = strlen(path);
    char *joined;
    if (path[0] == '/') {
        joined = strdup(path);
    } else {
        if (!getcwd(cwd, sizeof cwd)) return NULL;
        size_t cl = strlen(cwd);
        joined = malloc(cl + 1 + plen + 1);
        if (joined) {
            memcpy(joined, cwd, cl);
            joined[cl] = '/';
            memcpy(joined + cl + 1, path, plen + 1);
        }
    }
    if (!joined) return NULL;
    /* Normalise: drop empty and "." segments, resolve ".." lexically. */
    size_t n = strlen(joined);
    char *out = malloc(n + 2);
    if (!out) {
        free(joined);
        return NULL;
    }
    size_t o = 0;
    const char *p = joined;
    while (*p) {
        while (*p == '/')
            p++;
        const char *s = p;
        while (*p && *p != '/')
            p++;
        size_t sl = (size_t)(p - s);
        if (sl == 0 || (sl == 1 && s[0] == '.')) continue;
        if (sl == 2 && s[0] == '.' && s[1] == '.') {
            while (o > 0 && out[o - 1] != '/')
                o--;
            if (o > 0) o--;
            continue;
        }
        out[o++] = '/';
        memcpy(out + o, s, sl);
        o += sl;
    }
    if (o == 0) out[o++] = '/';
    out[o] = '\0';
    free(joined);
    return out;
}
