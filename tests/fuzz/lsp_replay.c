/* Replays saved inputs of the language server's fuzz target without
 * libFuzzer, so that ctest keeps them passing (in the normal build and
 * under ASan+UBSan). Arguments: files or directories (every regular file
 * directly inside, in sorted order). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lsp_harness.h"

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    /* An exact-size buffer, so that ASan catches a read past the input. */
    unsigned char *buf = malloc(size > 0 ? (size_t)size : 1);
    if (size < 0 || !buf || fread(buf, 1, (size_t)size, f) != (size_t)size) {
        perror(path);
        free(buf);
        fclose(f);
        return 1;
    }
    fclose(f);
    fprintf(stderr, "replay %s (%ld bytes)\n", path, size);
    al_lsp_fuzz_one(buf, (size_t)size);
    free(buf);
    return 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    int rc = 0;
    size_t count = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            rc = 1;
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            rc |= replay_file(argv[i]);
            count++;
            continue;
        }
        struct dirent **names;
        int n = scandir(argv[i], &names, NULL, NULL);
        if (n < 0) {
            perror(argv[i]);
            rc = 1;
            continue;
        }
        char **paths = calloc((size_t)n + 1, sizeof *paths);
        size_t np = 0;
        for (int k = 0; k < n; k++) {
            if (names[k]->d_name[0] != '.' && paths) {
                size_t l = strlen(argv[i]) + strlen(names[k]->d_name) + 2;
                if ((paths[np] = malloc(l)))
                    snprintf(paths[np++], l, "%s/%s", argv[i], names[k]->d_name);
            }
            free(names[k]);
        }
        free(names);
        if (np > 1) qsort(paths, np, sizeof *paths, compare_names);
        for (size_t k = 0; k < np; k++) {
            struct stat fs;
            if (stat(paths[k], &fs) == 0 && S_ISREG(fs.st_mode)) {
                rc |= replay_file(paths[k]);
                count++;
            }
            free(paths[k]);
        }
        free(paths);
    }
    fprintf(stderr, "%zu input%s replayed%s\n", count, count == 1 ? "" : "s",
            rc ? ", with errors" : "");
    return rc;
}
