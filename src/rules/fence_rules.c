/* Rules about fenced code blocks in the body: closure, info strings, and
 * whether YAML and JSON examples parse. Fences come from cmark, so they are
 * the blocks CommonMark sees, not a count of backticks. */
#include <string.h>

#include "rules/checks.h"
#include "util/strbuf.h"

static bool has_body(const al_document *doc)
{
    return doc->input == AL_INPUT_TEXT && doc->md.cmark_root != NULL;
}

/* True when only white space follows byte offset at. */
static bool only_space_after(const al_source *src, size_t at)
{
    for (size_t i = at; i < src->len; i++)
        if (src->data[i] != ' ' && src->data[i] != '\t' && src->data[i] != '\n' &&
            src->data[i] != '\r')
            return false;
    return true;
}

void al_check_unterminated_code_fence(al_context *ctx, const al_document *doc)
{
    if (!has_body(doc)) return;
    const al_source *src = &doc->src;
    for (size_t k = 0; k < doc->md.block_count; k++) {
        const al_code_block *b = &doc->md.blocks[k];
        if (!b->fenced || b->close_line) continue;
        size_t fence_end = b->fence_offset + b->fence_len;
        /* cmark's end line may be the line after the block; the content's
         * last line is exact. */
        size_t last = b->open_line;
        for (size_t i = 0; i < b->content_len; i++)
            if (b->content[i] == '\n') last++;
        size_t s, e;
        al_source_line_span(src, last, &s, &e);
        bool to_eof = only_space_after(src, e);
        char fence[17];
        size_t flen = b->fence_len < sizeof fence - 1 ? b->fence_len : sizeof fence - 1;
        memset(fence, b->fence_char, flen);
        fence[flen] = '\0';
        al_pending *f;
        if (to_eof) {
            size_t lines = src->line_count - b->open_line;
            f = al_report(ctx, b->fence_offset, fence_end,
                          "code fence `%s` is never closed, so everything after it (%zu line%s, "
                          "to the end of the file) is one code block: the model reads those "
                          "instructions as code; close the block with `%s` on its own line",
                          fence, lines, lines == 1 ? "" : "s", fence);
            /* Closing at the end is a guess at where the code was meant to end. */
            al_strbuf sb;
            al_strbuf_init(&sb);
            if (src->len && src->data[src->len - 1] != '\n') al_strbuf_putc(&sb, '\n');
            al_strbuf_printf(&sb, "%s\n", fence);
            if (!sb.failed) al_fix_edit(ctx, f, src->len, src->len, sb.data);
            al_strbuf_free(&sb);
            al_fix_unsafe(f);
        } else {
            al_report(ctx, b->fence_offset, fence_end,
                      "code fence `%s` is never closed inside its list item or block quote, so "
                      "everything up to line %zu, where that ends, is one code block; close it "
                      "with `%s` indented like the opening fence",
                      fence, last, fence);
        }
    }
}

void al_check_fence_without_language(al_context *ctx, const al_document *doc)
{
    if (!has_body(doc)) return;
    for (size_t k = 0; k < doc->md.block_count; k++) {
        const al_code_block *b = &doc->md.blocks[k];
        if (!b->fenced || b->info_len) continue;
        al_report(ctx, b->fence_offset, b->fence_offset + b->fence_len,
                  "code block has no language after its opening fence: name one (```python, "
                  "```json, ```text) so the model and renderers know what the block holds");
    }
}
