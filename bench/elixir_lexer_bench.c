/* Lexer throughput on the corpus: lexes every extracted Elixir block N times on one core.
 *   elixir_lexer_bench DIR [N]
 * DIR holds the blocks as *.ex files (e.g. the differential test's blocks directory, which
 * `ctest -R elixir_differential` leaves in <build>/tests/differential/blocks). Not a test. */
#define _POSIX_C_SOURCE 200809L
#include "elixir/lexer.h"
#include "elixir/snippet.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    char *text;
    size_t len;
} block;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int load(const char *dir, block **out, size_t *count)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    size_t n = 0, cap = 0;
    block *b = NULL;
    if (!d) return -1;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        /* originals only: "000123.ex", not the broken variants "000123.end.ex" */
        if (l < 4 || strcmp(e->d_name + l - 3, ".ex") != 0 || memchr(e->d_name, '.', l - 3))
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        long sz = ftell(f);
        rewind(f);
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            b = realloc(b, cap * sizeof *b);
            if (!b) return -1;
        }
        b[n].text = malloc(sz > 0 ? (size_t)sz : 1);
        b[n].len = sz > 0 && fread(b[n].text, 1, (size_t)sz, f) == (size_t)sz ? (size_t)sz : 0;
        fclose(f);
        n++;
    }
    closedir(d);
    *out = b;
    *count = n;
    return 0;
}

int main(int argc, char **argv)
{
    block *blocks;
    size_t count, bytes = 0, tokens = 0;
    int rounds = argc > 2 ? atoi(argv[2]) : 200;
    if (argc < 2 || load(argv[1], &blocks, &count) != 0 || count == 0) {
        fprintf(stderr, "usage: elixir_lexer_bench BLOCKS_DIR [ROUNDS]\n");
        return 64;
    }
    for (size_t i = 0; i < count; i++)
        bytes += blocks[i].len;
    double t0 = now();
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < count; i++) {
            ex_lexer lx;
            ex_token t;
            ex_lexer_init(&lx, blocks[i].text, blocks[i].len);
            do
                ex_lexer_next(&lx, &t);
            while (t.kind != EX_TOK_EOF);
            tokens += lx.pos > 0;
        }
    double lex_s = now() - t0;
    t0 = now();
    int check_rounds = rounds / 10 > 0 ? rounds / 10 : 1;
    for (int r = 0; r < check_rounds; r++)
        for (size_t i = 0; i < count; i++) {
            ex_diag_list l = {0};
            ex_check_snippet(blocks[i].text, blocks[i].len, 1, &l);
            ex_diag_list_free(&l);
        }
    double check_s = now() - t0;
    double mb = (double)bytes / 1e6;
    printf("%zu blocks, %.2f MB; lexer: %d rounds in %.2f s = %.0f MB/s; "
           "ex_check_snippet: %d rounds in %.2f s = %.0f MB/s\n",
           count, mb, rounds, lex_s, mb * rounds / lex_s, check_rounds, check_s,
           mb * check_rounds / check_s);
    for (size_t i = 0; i < count; i++)
        free(blocks[i].text);
    free(blocks);
    return tokens ? 0 : 1;
}
