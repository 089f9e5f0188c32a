/* A folder's entries in sorted order. */
#include "util/dirlist.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int skipped(const char *n)
{
    return strcmp(n, ".") == 0 || strcmp(n, "..") == 0 || strcmp(n, ".git") == 0 ||
           strcmp(n, "node_modules") == 0;
}

int al_dir_sorted_names(const char *dir, char ***names, size_t *count)
{
    *names = NULL;
    *count = 0;
    DIR *d = opendir(dir);
    if (!d) return errno;
    char **list = NULL;
    size_t n = 0, cap = 0;
    int err = 0;
    struct dirent *ent;
    while ((ent = readdir(d))) {
        if (skipped(ent->d_name)) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **p = realloc(list, cap * sizeof *p);
            if (!p) {
                err = ENOMEM;
                break;
            }
            list = p;
        }
        if (!(list[n] = strdup(ent->d_name))) {
            err = ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (err) {
        al_dir_names_free(list, n);
        return err;
    }
    if (n) qsort(list, n, sizeof *list, compare_names);
    *names = list;
    *count = n;
    return 0;
}

void al_dir_names_free(char **names, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
}
