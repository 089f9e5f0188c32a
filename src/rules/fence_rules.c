/* Rules about fenced code blocks in the body: closure, info strings, and
 * whether YAML and JSON examples parse. Fences come from cmark, so they are
 * the blocks CommonMark sees, not a count of backticks. */
#include <string.h>
#include <yaml.h>

#include "rules/checks.h"
#include "util/json_check.h"
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

/* ---------------------------------------------------------- MD004, MD005 */

static bool lang_is(const al_code_block *b, const char *name)
{
    size_t n = strlen(name);
    if (b->lang_len != n) return false;
    for (size_t i = 0; i < n; i++) {
        char c = b->lang[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != name[i]) return false;
    }
    return true;
}

/* Maps a 0-based line and code-point column inside a block's content to a
 * content offset. */
static size_t content_offset_at(const al_code_block *b, size_t line, size_t column)
{
    size_t i = 0;
    while (line > 0 && i < b->content_len) {
        if (b->content[i++] == '\n') line--;
    }
    while (column > 0 && i < b->content_len && b->content[i] != '\n') {
        i++;
        while (i < b->content_len && ((unsigned char)b->content[i] & 0xC0) == 0x80)
            i++;
        column--;
    }
    return i;
}

/* Markers of a template or an elided fragment: such a block shows a shape,
 * it is not meant to parse. */
static const char *const template_markers[] = {"{{", "{%", "${", "<%", "...", "…"};

static bool is_template(const char *s, size_t len)
{
    for (size_t k = 0; k < sizeof template_markers / sizeof template_markers[0]; k++) {
        size_t n = strlen(template_markers[k]);
        for (size_t i = 0; i + n <= len; i++)
            if (memcmp(s + i, template_markers[k], n) == 0) return true;
    }
    return false;
}

void al_check_invalid_yaml_block(al_context *ctx, const al_document *doc)
{
    if (!has_body(doc)) return;
    const al_source *src = &doc->src;
    for (size_t k = 0; k < doc->md.block_count; k++) {
        const al_code_block *b = &doc->md.blocks[k];
        if (!b->fenced || !b->close_line || !(lang_is(b, "yaml") || lang_is(b, "yml"))) continue;
        if (is_template(b->content, b->content_len)) continue;
        yaml_parser_t parser;
        if (!yaml_parser_initialize(&parser)) return;
        yaml_parser_set_input_string(&parser, (const unsigned char *)b->content, b->content_len);
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
        size_t depth = 0;
        for (;;) {
            yaml_event_t ev;
            if (!yaml_parser_parse(&parser, &ev)) {
                if (parser.error == YAML_MEMORY_ERROR) break;
                size_t off = parser.error == YAML_READER_ERROR
                                 ? parser.problem_offset
                                 : content_offset_at(b, parser.problem_mark.line,
                                                     parser.problem_mark.column);
                size_t at = al_code_block_file_offset(src, b, off);
                al_strbuf sb;
                al_strbuf_init(&sb);
                al_strbuf_puts(&sb, "this ```yaml example is not valid YAML: ");
                if (parser.context) {
                    al_strbuf_puts(&sb, parser.context);
                    al_strbuf_puts(&sb, ", ");
                }
                al_strbuf_puts(&sb, parser.problem ? parser.problem : "syntax error");
                al_strbuf_puts(&sb, "; the model copies examples, so fix it (or mark an "
                                    "elided part with `...`)");
                if (!sb.failed) al_report(ctx, at, at, "%s", sb.data);
                al_strbuf_free(&sb);
                break;
            }
            if (ev.type == YAML_SEQUENCE_START_EVENT || ev.type == YAML_MAPPING_START_EVENT)
                depth++;
            else if (ev.type == YAML_SEQUENCE_END_EVENT || ev.type == YAML_MAPPING_END_EVENT)
                depth--;
            bool end = ev.type == YAML_STREAM_END_EVENT;
            yaml_mark_t mark = ev.start_mark;
            yaml_event_delete(&ev);
            /* libyaml slows down sharply with deep flow nesting; no example
             * nests this deep, so stop checking there, and say so. */
            if (depth > AL_YAML_MAX_DEPTH) {
                size_t at =
                    al_code_block_file_offset(src, b, content_offset_at(b, mark.line, mark.column));
                al_report_at(ctx, AL_INFO, at, at,
                             "this ```yaml example nests deeper than %d levels, so it was not "
                             "checked from here on; an example that deep is likely generated "
                             "or broken: shorten it, or label the block ```text if it is data",
                             AL_YAML_MAX_DEPTH);
            }
            if (end || depth > AL_YAML_MAX_DEPTH) break;
        }
        yaml_parser_delete(&parser);
    }
}

void al_check_invalid_json_block(al_context *ctx, const al_document *doc)
{
    if (!has_body(doc)) return;
    const al_source *src = &doc->src;
    for (size_t k = 0; k < doc->md.block_count; k++) {
        const al_code_block *b = &doc->md.blocks[k];
        if (!b->fenced || !b->close_line || !lang_is(b, "json")) continue;
        if (is_template(b->content, b->content_len)) continue;
        al_json_result r = al_json_check(b->content, b->content_len);
        if (r.status == AL_JSON_TOO_DEEP) {
            size_t at = al_code_block_file_offset(src, b, r.offset);
            al_report_at(ctx, AL_INFO, at, at,
                         "this ```json example nests deeper than %d levels, so it was not "
                         "checked from here on; an example that deep is likely generated or "
                         "broken: shorten it, or label the block ```text if it is data",
                         AL_JSON_MAX_DEPTH);
            continue;
        }
        if (r.status != AL_JSON_ERROR) continue;
        /* An error at the very end is at the end of the last line, not on
         * the closing fence. */
        if (r.offset >= b->content_len && b->content_len > 0) r.offset = b->content_len - 1;
        size_t at = al_code_block_file_offset(src, b, r.offset);
        al_report(ctx, at, at,
                  "this ```json example is not valid JSON: %s; the model copies examples, so "
                  "fix it (or label the block ```jsonc or ```text if it is not meant to be JSON)",
                  r.message);
    }
}
