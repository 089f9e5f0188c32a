/* Rules about fenced code blocks in the body: closure, info strings, and
 * whether YAML and JSON examples parse. Fences come from cmark, so they are
 * the blocks CommonMark sees, not a count of backticks. */
#include <stdio.h>
#include <string.h>
#include <yaml.h>

#include "rules/checks.h"
#include "rules/fence_structure.h"
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

/* The fence characters of a block's opener, for messages ("```"). */
static const char *fence_text(al_context *ctx, const al_code_block *b, size_t extra)
{
    size_t n = b->fence_len + extra;
    if (n > 16) n = 16;
    char *s = al_arena_alloc(al_context_arena(ctx), n + 1);
    if (!s) return "```";
    memset(s, b->fence_char, n);
    s[n] = '\0';
    return s;
}

/* Why the structure shows that block j, opened by a bare fence, is a closing
 * fence rather than an opener. */
typedef enum { OPENER, MEANT_FOR_NESTED, MEANT_FOR_GLUED, AFTER_CLOSER, PROSE_ONLY } closer_kind;

typedef struct {
    closer_kind kind;
    size_t other_line;  /* the closer before it, or the glued fence's line */
    size_t other_block; /* the outer block it was meant to close */
} closer_info;

static void mark_glued(const al_glued_fence *g, void *arg)
{
    closer_info *info = arg;
    if (g->meant_block != AL_NO_BLOCK && info[g->meant_block].kind == OPENER) {
        info[g->meant_block].kind = MEANT_FOR_GLUED;
        info[g->meant_block].other_line = g->line;
    }
}

/* A line of prose: several words, ending like a sentence, nothing that
 * looks like code. */
static bool is_prose_line(const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
        len--;
    if (!len || s[0] == ' ' || s[0] == '\t') return false;
    char last = s[len - 1];
    if (last != '.' && last != '!' && last != '?' && last != ':') return false;
    size_t words = 1;
    for (size_t i = 0; i < len; i++) {
        if (s[i] && strchr("{};=<>$|\\", s[i])) return false;
        if (s[i] == ' ' && i + 1 < len && s[i + 1] != ' ') words++;
    }
    return words >= 4;
}

static bool only_prose(const al_code_block *b)
{
    size_t lines = 0;
    const char *p = b->content, *end = b->content + b->content_len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        bool blank = true;
        for (size_t i = 0; i < len; i++)
            if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r') blank = false;
        if (!blank) {
            if (!is_prose_line(p, len)) return false;
            lines++;
        }
        p = nl ? nl + 1 : end;
    }
    return lines > 0;
}

static bool blank_between(const al_source *src, size_t after, size_t before)
{
    for (size_t l = after + 1; l < before; l++) {
        size_t s, e;
        al_source_line_span(src, l, &s, &e);
        for (size_t i = s; i < e; i++)
            if (src->data[i] != ' ' && src->data[i] != '\t' && src->data[i] != '\r') return false;
    }
    return true;
}

/* True when the line before a fence is text that does not introduce a block
 * (a list item or sentence that does not end with `:`): the fence closes
 * something rather than opening an example. */
static bool ends_text_unintroduced(const al_document *doc, size_t line)
{
    const al_source *src = &doc->src;
    if (line <= doc->md.first_line) return false; /* the front matter's `---` */
    size_t s, e;
    al_source_line_span(src, line - 1, &s, &e);
    while (e > s && (src->data[e - 1] == ' ' || src->data[e - 1] == '\t' ||
                     src->data[e - 1] == '\r' || src->data[e - 1] == '*'))
        e--;
    return e > s && src->data[e - 1] != ':';
}

/* For every block, whether the structure shows that its bare opening fence
 * is really a closing fence. One pass over the blocks and one over the
 * paragraphs; NULL when out of memory. */
static closer_info *classify_fences(al_context *ctx, const al_document *doc)
{
    size_t n = doc->md.block_count;
    if (!n) return NULL;
    closer_info *info = al_arena_alloc(al_context_arena(ctx), n * sizeof *info);
    if (!info) return NULL;
    memset(info, 0, n * sizeof *info);
    for (size_t k = 0; k < n; k++) {
        al_nested_break nb;
        if (al_find_nested_break(doc, k, false, &nb) && nb.meant_block != AL_NO_BLOCK &&
            info[nb.meant_block].kind == OPENER) {
            info[nb.meant_block].kind = MEANT_FOR_NESTED;
            info[nb.meant_block].other_block = k;
        }
    }
    al_each_glued_fence(doc, mark_glued, info);
    for (size_t j = 0; j < n; j++) {
        const al_code_block *b = &doc->md.blocks[j];
        if (info[j].kind != OPENER || !b->fenced || b->info_len || b->close_line) continue;
        const al_code_block *prev = j ? &doc->md.blocks[j - 1] : NULL;
        if (prev && prev->fenced && prev->close_line && prev->close_line < b->open_line &&
            blank_between(&doc->src, prev->close_line, b->open_line)) {
            info[j].kind = AFTER_CLOSER;
            info[j].other_line = prev->close_line;
        } else if (ends_text_unintroduced(doc, b->open_line) && only_prose(b)) {
            info[j].kind = PROSE_ONLY;
        }
    }
    return info;
}

/* True when a line of the block's content starts with three backticks or
 * tildes. */
static bool holds_fence_line(const al_code_block *b)
{
    const char *p = b->content, *end = b->content + b->content_len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p), i = 0;
        while (i < len && (p[i] == ' ' || p[i] == '\t'))
            i++;
        if (len - i >= 3 && (memcmp(p + i, "```", 3) == 0 || memcmp(p + i, "~~~", 3) == 0))
            return true;
        p = nl ? nl + 1 : end;
    }
    return false;
}

/* True when two fences stand after the same text on their lines (the same
 * indentation and container markers), so that lengthening both keeps them a
 * pair. */
static bool same_prefix(const al_source *src, const al_code_block *a, const al_code_block *b)
{
    size_t as, ae, bs, be;
    al_source_line_span(src, a->open_line, &as, &ae);
    al_source_line_span(src, b->open_line, &bs, &be);
    size_t an = a->fence_offset - as, bn = b->fence_offset - bs;
    return an == bn && memcmp(src->data + as, src->data + bs, an) == 0;
}

void al_check_unterminated_code_fence(al_context *ctx, const al_document *doc)
{
    if (!has_body(doc)) return;
    const al_source *src = &doc->src;
    closer_info *info = NULL;
    for (size_t k = 0; k < doc->md.block_count; k++) {
        const al_code_block *b = &doc->md.blocks[k];
        if (!b->fenced || b->close_line) continue;
        if (!info && !(info = classify_fences(ctx, doc))) return;
        size_t fence_end = b->fence_offset + b->fence_len;
        if (al_block_opens_nothing(doc, b)) {
            /* An empty block at the end hides nothing. When it is the closer of
             * a block that a nested fence (BD006) or a glued one (BD007) broke,
             * that finding names it; otherwise a note, for the tidy-minded. */
            if (info[k].kind == MEANT_FOR_NESTED || info[k].kind == MEANT_FOR_GLUED) continue;
            size_t ls, le;
            al_source_line_span(src, b->open_line, &ls, &le);
            al_pending *f = al_report_at(
                ctx, AL_INFO, b->fence_offset, fence_end,
                "this %s opens a code block with nothing after it, at the end of the file, so no "
                "text is read as code; it is a stray fence, likely left over from an edit "
                "(%s): delete it",
                fence_text(ctx, b, 0),
                info[k].kind == AFTER_CLOSER ? "it comes right after a block that is closed"
                                             : "no block is left for it to close");
            /* Deleting it removes an empty block and nothing else: safe. */
            al_fix_edit(ctx, f, ls, src->len, "");
            continue;
        }
        /* cmark's end line may be the line after the block; the content's
         * last line is exact. */
        size_t last = b->open_line;
        for (size_t i = 0; i < b->content_len; i++)
            if (b->content[i] == '\n') last++;
        size_t s, e;
        al_source_line_span(src, last, &s, &e);
        bool to_eof = only_space_after(src, e);
        const char *fence = fence_text(ctx, b, 0);
        if (!to_eof) {
            al_report(ctx, b->fence_offset, fence_end,
                      "code fence `%s` is never closed inside its list item or block quote, so "
                      "everything up to line %zu, where that ends, is one code block; close it "
                      "with `%s` indented like the opening fence",
                      fence, last, fence);
            continue;
        }
        size_t lines = src->line_count - b->open_line;
        size_t other_line = info[k].other_line;
        switch (info[k].kind) {
        case MEANT_FOR_NESTED: {
            const al_code_block *outer = &doc->md.blocks[info[k].other_block];
            al_report(ctx, b->fence_offset, fence_end,
                      "this %s opens a code block that runs to the end of the file (%zu "
                      "line%s read as code), but it was meant to close the block opened on line "
                      "%zu, which a nested block's closing fence (line %zu) already closed; "
                      "make that outer fence longer than the nested ones instead of closing "
                      "this one (see BD006)",
                      fence, lines, lines == 1 ? "" : "s", outer->open_line, outer->close_line);
            break;
        }
        case MEANT_FOR_GLUED:
            al_report(ctx, b->fence_offset, fence_end,
                      "this %s opens a code block that runs to the end of the file (%zu "
                      "line%s read as code), but it was meant to close the code block glued to "
                      "the text on line %zu, which never opened; put that opening fence on a "
                      "line of its own instead of closing this one (see BD007)",
                      fence, lines, lines == 1 ? "" : "s", other_line);
            break;
        case AFTER_CLOSER:
        case PROSE_ONLY: {
            bool after = other_line != 0;
            char why[96];
            if (after)
                snprintf(why, sizeof why, "it comes right after the block closed on line %zu",
                         other_line);
            else
                snprintf(why, sizeof why, "only prose follows it");
            al_pending *f =
                al_report(ctx, b->fence_offset, fence_end,
                          "this %s is a stray closing fence (%s): it opens a code block "
                          "that runs to the end of the file, so the model reads those %zu "
                          "line%s as code; delete this stray fence",
                          fence, why, lines, lines == 1 ? "" : "s");
            /* Deleting the line is what the structure shows, but the
             * author may have meant an opener elsewhere: unsafe. Not when a
             * fence follows, which would then open a block of its own. */
            if (holds_fence_line(b)) break;
            size_t ls, le;
            al_source_line_span(src, b->open_line, &ls, &le);
            size_t next = le < src->len ? le + 1 : le;
            al_fix_edit(ctx, f, ls, next, "");
            al_fix_unsafe(f);
            break;
        }
        case OPENER: {
            al_pending *f =
                al_report(ctx, b->fence_offset, fence_end,
                          "code fence `%s` is never closed, so everything after it (%zu line%s, "
                          "to the end of the file) is one code block: the model reads those "
                          "instructions as code; close the block with `%s` on its own line",
                          fence, lines, lines == 1 ? "" : "s", fence);
            /* Closing at the end is a guess at where the code was meant to end.
             * The closing fence is as long as the opener (the message shows
             * at most 16 of its characters): a shorter one would not close
             * it, and the fix would come back on every pass. */
            al_strbuf sb;
            al_strbuf_init(&sb);
            if (src->len && src->data[src->len - 1] != '\n') al_strbuf_putc(&sb, '\n');
            for (size_t i = 0; i < b->fence_len; i++)
                al_strbuf_putc(&sb, b->fence_char);
            al_strbuf_putc(&sb, '\n');
            if (!sb.failed) al_fix_edit(ctx, f, src->len, src->len, sb.data);
            al_strbuf_free(&sb);
            al_fix_unsafe(f);
            break;
        }
        }
    }
}

void al_check_fence_without_language(al_context *ctx, const al_document *doc)
{
    if (!has_body(doc)) return;
    closer_info *info = NULL;
    for (size_t k = 0; k < doc->md.block_count; k++) {
        const al_code_block *b = &doc->md.blocks[k];
        if (!b->fenced || b->info_len) continue;
        /* A fence that the structure shows to be a closer gets BD002, BD006
         * or BD007; naming a language would not help. */
        if (!info && !(info = classify_fences(ctx, doc))) return;
        if (info[k].kind != OPENER || al_block_opens_nothing(doc, b)) continue;
        al_report(ctx, b->fence_offset, b->fence_offset + b->fence_len,
                  "code block has no language after its opening fence: name one (```python, "
                  "```json, ```text) so the model and renderers know what the block holds");
    }
}

static void lines_text(char *buf, size_t size, size_t first, size_t last)
{
    if (first == last)
        snprintf(buf, size, "line %zu", first);
    else
        snprintf(buf, size, "lines %zu-%zu", first, last);
}

/* What a misplaced fence swaps, for the messages of BD006 and BD007: the
 * lines between the fence on line `after` and the block `meant` to be code,
 * now read as text ("lines 12-14 of the example are read as text, and "; empty
 * when there are none), and what the intended closer does instead ("opens a
 * new code block that turns lines 20-31 into code"). */
static void swapped_lines(const al_document *doc, size_t after, const al_code_block *meant,
                          const char *of, const char *block, char *text, size_t text_size,
                          char *code, size_t code_size)
{
    text[0] = '\0';
    if (meant->open_line > after + 1) {
        char span[48];
        lines_text(span, sizeof span, after + 1, meant->open_line - 1);
        snprintf(text, text_size, "%s%s %s read as text, and ", span, of,
                 meant->open_line - after > 2 ? "are" : "is");
    }
    if (al_block_opens_nothing(doc, meant)) {
        snprintf(code, code_size,
                 "is left over at the end of the file, where it opens an empty code block");
        return;
    }
    char span[48];
    size_t code_last = meant->close_line ? meant->close_line - 1 : al_block_last_line(meant);
    if (code_last > meant->open_line)
        lines_text(span, sizeof span, meant->open_line + 1, code_last);
    else
        snprintf(span, sizeof span, "what follows");
    snprintf(code, code_size, "opens %s that turns %s into code", block, span);
}

void al_check_nested_fence_closed_early(al_context *ctx, const al_document *doc)
{
    if (!has_body(doc)) return;
    for (size_t k = 0; k < doc->md.block_count; k++) {
        al_nested_break nb;
        if (!al_find_nested_break(doc, k, true, &nb)) continue;
        const al_code_block *b = &doc->md.blocks[k];
        const char *fence = fence_text(ctx, b, 0);
        const char *longer = fence_text(ctx, b, 1);
        const char *inner = al_quote(ctx, nb.inner, nb.inner_len);
        const char *lang = al_quote(ctx, b->lang, b->lang_len);
        size_t start = b->fence_offset, end = b->fence_offset + b->fence_len;
        if (nb.meant_block == AL_NO_BLOCK) {
            al_report(ctx, start, end,
                      "this %s%s block holds a nested %s block (line %zu), whose closing fence on "
                      "line %zu closes this block instead, so the rest of the example is read as "
                      "text; make this fence longer than the nested ones (%s instead of %s) or "
                      "use ~~~",
                      fence, lang, inner, nb.inner_line, b->close_line, longer, fence);
            continue;
        }
        const al_code_block *meant = &doc->md.blocks[nb.meant_block];
        char text[128], code[128];
        swapped_lines(doc, b->close_line, meant, " of the example", "a new code block", text,
                      sizeof text, code, sizeof code);
        al_pending *f = al_report(
            ctx, start, end,
            "this %s%s block holds a nested %s block (line %zu), whose closing fence on line %zu "
            "closes this block instead: %sthe fence on line %zu, meant to close this block, "
            "%s; make this fence and the one on "
            "line %zu longer than the nested ones (%s instead of %s) or use ~~~",
            fence, lang, inner, nb.inner_line, b->close_line, text, meant->open_line, code,
            meant->open_line, longer, fence);
        /* Lengthen the outer fence and its intended closer past every fence
         * between them; unsafe, as the intended closer is inferred. */
        if (!nb.longest_inside || meant->fence_char != b->fence_char ||
            !same_prefix(&doc->src, b, meant))
            continue;
        size_t want = nb.longest_inside + 1 > b->fence_len ? nb.longest_inside + 1 : b->fence_len;
        if (want > 16) continue;
        char add[17];
        memset(add, b->fence_char, want - b->fence_len);
        add[want - b->fence_len] = '\0';
        al_fix_edit(ctx, f, end, end, add);
        if (meant->fence_len < want) {
            memset(add, b->fence_char, want - meant->fence_len);
            add[want - meant->fence_len] = '\0';
            size_t at = meant->fence_offset + meant->fence_len;
            al_fix_edit(ctx, f, at, at, add);
        }
        al_fix_unsafe(f);
    }
}

typedef struct {
    al_context *ctx;
    const al_document *doc;
} glued_report;

static void report_glued(const al_glued_fence *g, void *arg)
{
    glued_report *gr = arg;
    al_context *ctx = gr->ctx;
    const al_document *doc = gr->doc;
    const char *fence = al_quote(ctx, doc->src.data + g->offset, g->end - g->offset);
    if (g->meant_block == AL_NO_BLOCK) {
        al_report(ctx, g->offset, g->end,
                  "%s is glued to the text before it, and a code fence must start its own "
                  "line, so no code block opens here and the lines after it are read as text; "
                  "put %s on a line of its own",
                  fence, fence);
        return;
    }
    const al_code_block *meant = &doc->md.blocks[g->meant_block];
    char text[128], code[128];
    swapped_lines(doc, g->line, meant, "", "one", text, sizeof text, code, sizeof code);
    al_pending *f = al_report(ctx, g->offset, g->end,
                              "%s is glued to the text before it, and a code fence must start "
                              "its own line, so no code block opens here: %sthe fence on line "
                              "%zu, meant to close the block, %s; "
                              "put %s on a line of its own",
                              fence, text, meant->open_line, code, fence);
    /* Outside lists and quotes a line break is all it takes; unsafe, as the
     * text before the fence may have been meant otherwise. */
    if (g->top_level && meant->fence_len <= g->run) {
        al_fix_edit(ctx, f, g->offset, g->offset, "\n");
        al_fix_unsafe(f);
    }
}

void al_check_fence_glued_to_text(al_context *ctx, const al_document *doc)
{
    if (!has_body(doc)) return;
    glued_report gr = {ctx, doc};
    al_each_glued_fence(doc, report_glued, &gr);
}

/* ---------------------------------------------------------- BD004, BD005 */

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

static bool marker_at(const char *s, size_t len, size_t i)
{
    for (size_t k = 0; k < sizeof template_markers / sizeof template_markers[0]; k++) {
        size_t n = strlen(template_markers[k]);
        if (len - i >= n && memcmp(s + i, template_markers[k], n) == 0) return true;
    }
    return false;
}

/* The end of the Go (Helm) or Jinja action opened at s[i] (`{{ ... }}`,
 * `{% ... %}`) on its line, just past its closer; 0 when s[i] opens none.
 * unclosed[k] is where the last search for closer k (`}}`, `%}`) failed, up
 * to the line's end: no search starts again before it, so a line of many
 * openers is read once. */
static size_t template_action_end(const char *s, size_t len, size_t i, size_t unclosed[2])
{
    if (i + 1 >= len || s[i] != '{' || (s[i + 1] != '{' && s[i + 1] != '%')) return 0;
    int k = s[i + 1] == '%';
    if (i < unclosed[k]) return 0;
    char close = k ? '%' : '}';
    size_t j = i + 2;
    for (; j + 1 < len && s[j] != '\n'; j++)
        if (s[j] == close && s[j + 1] == '}') return j + 2;
    unclosed[k] = j + 1;
    return 0;
}

/* True when a template marker stands in YAML outside quoted scalars: a
 * `"${x}"` or `'{{ y }}'` inside quotes is a string like any other, and the
 * block is still checked. A quote opens a scalar only where a value starts
 * (after indentation, `- `, `: `, `[`, `{` or `,`); an apostrophe inside a
 * plain scalar (don't) is a letter. Inside quotes, a Go (Helm) or Jinja
 * action holding the same quote (`"{{ include "app.name" . }}-test"`) is
 * expanded before any YAML parser sees the text, and raw it cannot parse:
 * that makes a template too. */
static bool is_yaml_template(const char *s, size_t len)
{
    char quote = 0;
    bool value_start = true;
    size_t unclosed[2] = {0, 0};
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (quote) {
            size_t action_end = template_action_end(s, len, i, unclosed);
            if (action_end) {
                if (memchr(s + i, quote, action_end - i)) return true;
                i = action_end - 1;
            } else if (quote == '"' && c == '\\' && i + 1 < len)
                i++;
            else if (c == quote && quote == '\'' && i + 1 < len && s[i + 1] == '\'')
                i++;
            else if (c == quote) {
                quote = 0;
                value_start = false;
            }
            continue;
        }
        if ((c == '"' || c == '\'') && value_start) {
            quote = c;
            continue;
        }
        if (c == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n')) {
            /* A comment: its markers count ("# ..." elides), its quotes do not. */
            size_t e = i;
            while (e < len && s[e] != '\n')
                e++;
            if (is_template(s + i, e - i)) return true;
            i = e;
            value_start = true;
            continue;
        }
        if (marker_at(s, len, i)) return true;
        if (c == '\n' || c == '[' || c == '{' || c == ',')
            value_start = true;
        else if ((c == ':' || c == '-') && (i + 1 >= len || s[i + 1] == ' ' || s[i + 1] == '\n'))
            value_start = true;
        else if (c != ' ' && c != '\t')
            value_start = false;
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
        if (is_yaml_template(b->content, b->content_len)) continue;
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
