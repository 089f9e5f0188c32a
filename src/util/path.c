/* Paths made absolute and normalised without asking the file system. */
#include "util/path.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void al_path_normalise(char *path)
{
    char *out = path;
    const char *s = path;
    while (*s) {
        while (*s == '/')
            s++;
        const char *e = s;
        while (*e && *e != '/')
            e++;
        size_t n = (size_t)(e - s);
        if (n == 0) break;
        if (n == 2 && s[0] == '.' && s[1] == '.') {
            while (out > path && out[-1] != '/')
                out--;
            if (out > path) out--;
        } else if (!(n == 1 && s[0] == '.')) {
            *out++ = '/';
            memmove(out, s, n);
            out += n;
        }
        s = e;
    }
    if (out == path) *out++ = '/';
    *out = '\0';
}

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
    if (joined) al_path_normalise(joined);
    return joined;
}
