/* Extracts the Elixir fenced code blocks of Markdown files with libcmark.
 *   extract_blocks OUTDIR FILE...
 * writes OUTDIR/<id>.ex (the block's content) and appends to OUTDIR/index.tsv one row per block:
 *   id <TAB> file <TAB> line of the block's first content line <TAB> iex (0/1)
 * Ids continue after the rows already in the index, so several runs can share a directory. */
#include "elixir/snippet.h"

#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) != 0) {
        fclose(f);
        return NULL;
    }
    long n = ftell(f);
    rewind(f);
    char *buf = malloc(n > 0 ? (size_t)n + 1 : 1);
    if (buf && n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        *len = n > 0 ? (size_t)n : 0;
        buf[*len] = 0;
    }
    return buf;
}

static unsigned long count_rows(const char *index)
{
    FILE *f = fopen(index, "r");
    unsigned long n = 0;
    int c;
    if (!f) return 0;
    while ((c = fgetc(f)) != EOF)
        n += c == '\n';
    fclose(f);
    return n;
}

static int extract(const char *outdir, const char *path, FILE *index, unsigned long *next_id)
{
    size_t len = 0;
    char *md = read_file(path, &len);
    if (!md) {
        fprintf(stderr, "extract_blocks: cannot read %s\n", path);
        return 1;
    }
    cmark_node *doc = cmark_parse_document(md, len, CMARK_OPT_DEFAULT);
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    int rc = 0;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK) continue;
        const char *info = cmark_node_get_fence_info(node);
        if (!info || !ex_info_is_elixir(info, strlen(info))) continue;
        const char *code = cmark_node_get_literal(node);
        size_t n = code ? strlen(code) : 0;
        char name[4096];
        unsigned long id = (*next_id)++;
        snprintf(name, sizeof name, "%s/%06lu.ex", outdir, id);
        FILE *out = fopen(name, "wb");
        if (!out || (n && fwrite(code, 1, n, out) != n)) rc = 1;
        if (out) fclose(out);
        /* the fence is on the start line; content starts on the next one */
        fprintf(index, "%06lu\t%s\t%d\t%d\n", id, path, cmark_node_get_start_line(node) + 1,
                code && ex_snippet_is_iex(code, n) ? 1 : 0);
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
    free(md);
    return rc;
}

int main(int argc, char **argv)
{
    char index_path[4096];
    int rc = 0;
    if (argc < 3) {
        fprintf(stderr, "usage: extract_blocks OUTDIR FILE...\n");
        return 64;
    }
    snprintf(index_path, sizeof index_path, "%s/index.tsv", argv[1]);
    unsigned long next_id = count_rows(index_path);
    FILE *index = fopen(index_path, "a");
    if (!index) {
        fprintf(stderr, "extract_blocks: cannot write %s\n", index_path);
        return 1;
    }
    for (int i = 2; i < argc; i++)
        rc |= extract(argv[1], argv[i], index, &next_id);
    fclose(index);
    return rc;
}
