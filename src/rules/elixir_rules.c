/* Rules about ```elixir snippets: what Elixir's own parser would reject.
 * The checking is done by src/elixir (a lexer and structure checker proved
 * against Elixir's parser); these rules map its findings onto the file. */
#include <string.h>

#include "elixir/snippet.h"
#include "rules/checks.h"

/* Reports the checker's diagnostics of one kind; the checker ran once per
 * block when the document was built (snippets.c). */
static void report_kind(al_context *ctx, const al_document *doc, ex_diag_kind kind)
{
    if (doc->input != AL_INPUT_TEXT) return;
    for (size_t i = 0; i < doc->snippets.count; i++) {
        const al_snippet *sn = &doc->snippets.items[i];
        const al_code_block *b = sn->block;
        for (size_t j = 0; j < sn->diag_count; j++) {
            const ex_diag *d = &sn->diags[j];
            if (d->kind != kind) continue;
            size_t s = al_code_block_file_offset(&doc->src, b, d->start);
            size_t e = al_code_block_file_offset(&doc->src, b, d->end);
            al_pending *p = al_report(ctx, s, e, "%s", d->message);
            /* Fix only bytes known to be the flagged ones: the mapping to
             * the file is by lines, and cmark also ends a line at a lone
             * CR, which the source's line index does not. */
            if (kind == EX_DIAG_TYPOGRAPHIC && d->replacement[0] && d->end <= b->content_len &&
                e - s == d->end - d->start &&
                memcmp(doc->src.data + s, b->content + d->start, e - s) == 0)
                al_fix_edit(ctx, p, s, e, d->replacement);
        }
    }
}

void al_check_elixir_syntax(al_context *ctx, const al_document *doc)
{
    report_kind(ctx, doc, EX_DIAG_SYNTAX);
}

void al_check_elixir_fragment(al_context *ctx, const al_document *doc)
{
    report_kind(ctx, doc, EX_DIAG_FRAGMENT);
}

void al_check_elixir_typographic(al_context *ctx, const al_document *doc)
{
    report_kind(ctx, doc, EX_DIAG_TYPOGRAPHIC);
}
