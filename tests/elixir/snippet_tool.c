/* Command-line access to the Elixir checker, for the differential test and for debugging.
 *   snippet_tool tokens FILE             print the token stream
 *   snippet_tool check FILE [LINE_BASE]  print diagnostics for FILE as one fenced block
 *   snippet_tool batch INDEX DIR         for each "id<TAB>...<TAB>line<TAB>iex" row of INDEX, check
 *                                        DIR/id.ex and print "id<TAB>kind<TAB>line<TAB>related
 *                                        <TAB>message" (kind: ok, syntax, fragment, typographic) */
#include "elixir/lexer.h"
#include "elixir/snippet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (!f) return NULL;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 65536;
            char *b = realloc(buf, cap);
            if (!b) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = b;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0) break;
        n += r;
    }
    fclose(f);
    *len = n;
    return buf ? buf : calloc(1, 1);
}

static void print_escaped(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            fputs("\\n", stdout);
        else if (c == '\t')
            fputs("\\t", stdout);
        else if (c == '\\')
            fputs("\\\\", stdout);
        else
            putchar(c);
    }
}

static int dump_tokens(const char *src, size_t len)
{
    ex_lexer lx;
    ex_token t;
    ex_lexer_init(&lx, src, len);
    do {
        ex_lexer_next(&lx, &t);
        printf("%zu:%zu %s", t.line, t.col, ex_tok_kind_name(t.kind));
        if (t.kind == EX_TOK_OP) printf("(%s)", ex_op_text((ex_op)t.sub));
        if (t.kind == EX_TOK_KEYWORD) printf("(%s)", ex_keyword_text((ex_keyword)t.sub));
        printf(" [");
        print_escaped(src + t.start, t.end - t.start);
        printf("]\n");
        if (t.kind == EX_TOK_ERROR) {
            char msg[320];
            printf("  error: %s\n", ex_lexer_error_message(&lx, 0, msg, sizeof msg));
            if (!lx.err.recoverable) break;
        }
    } while (t.kind != EX_TOK_EOF);
    return 0;
}

static const char *kind_name(ex_diag_kind k)
{
    return k == EX_DIAG_SYNTAX ? "syntax" : k == EX_DIAG_FRAGMENT ? "fragment" : "typographic";
}

static void print_diags(const char *id, const ex_diag_list *l)
{
    if (l->count == 0) printf("%s\tok\t0\t0\t\n", id);
    for (size_t i = 0; i < l->count; i++) {
        const ex_diag *d = &l->items[i];
        printf("%s\t%s\t%zu\t%zu\t", id, kind_name(d->kind), d->line, d->related_line);
        print_escaped(d->message, strlen(d->message));
        if (d->kind == EX_DIAG_TYPOGRAPHIC)
            printf(" [replace %zu..%zu with '%s']", d->start, d->end, d->replacement);
        printf("\n");
    }
}

static int check_one(const char *path, size_t line_base)
{
    size_t len = 0;
    char *src = read_file(path, &len);
    ex_diag_list l = {0};
    if (!src) return 2;
    if (ex_check_snippet(src, len, line_base, &l) != 0) return 3;
    print_diags(path, &l);
    ex_diag_list_free(&l);
    free(src);
    return 0;
}

static int batch(const char *index, const char *dir)
{
    FILE *f = fopen(index, "r");
    char row[4096], path[4200];
    if (!f) return 2;
    while (fgets(row, sizeof row, f)) {
        char *fields[4] = {0};
        size_t nf = 0;
        char *p = row;
        row[strcspn(row, "\n")] = 0;
        while (nf < 4) {
            fields[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab) break;
            *tab = 0;
            p = tab + 1;
        }
        if (nf < 4) continue;
        size_t len = 0;
        snprintf(path, sizeof path, "%s/%s.ex", dir, fields[0]);
        char *src = read_file(path, &len);
        if (!src) {
            fclose(f);
            return 2;
        }
        ex_diag_list l = {0};
        /* the oracle treats iex blocks as doctests; so does ex_check_snippet */
        if (ex_check_snippet(src, len, (size_t)strtoul(fields[2], NULL, 10), &l) != 0) {
            fclose(f);
            return 3;
        }
        print_diags(fields[0], &l);
        ex_diag_list_free(&l);
        free(src);
    }
    fclose(f);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "tokens") == 0) {
        size_t len = 0;
        char *src = read_file(argv[2], &len);
        if (!src) return 2;
        int rc = dump_tokens(src, len);
        free(src);
        return rc;
    }
    if (argc >= 3 && strcmp(argv[1], "check") == 0)
        return check_one(argv[2], argc >= 4 ? (size_t)strtoul(argv[3], NULL, 10) : 1);
    if (argc >= 4 && strcmp(argv[1], "batch") == 0) return batch(argv[2], argv[3]);
    fprintf(stderr, "usage: snippet_tool tokens FILE | check FILE [LINE_BASE] | batch INDEX DIR\n");
    return 64;
}
