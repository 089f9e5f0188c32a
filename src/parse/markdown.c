#include "parse/markdown.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "util/line_index.h"
#include "util/vec.h"

/* ---- cmark's memory, from the document's arena ----
 *
 * cmark makes a few hundred small blocks per file (nodes, line buffers,
 * literals) and frees them one by one; from the arena they cost a pointer
 * bump and nothing to free. cmark_mem's functions take no context, so the
 * arena is a thread-local pointer, set only while this thread parses a
 * document and walks it in al_markdown_parse (no state outlives the call,
 * none is shared between threads). A block made outside that window (a
 * rule's iterator) comes from malloc; each block's header says which, so
 * free and realloc serve both. Like cmark's own allocator, running out of
 * memory aborts: cmark does not check for NULL. */

static _Thread_local al_arena *cmark_arena;

typedef struct {
    size_t size;   /* bytes the caller asked for */
    size_t malloc; /* 1: from malloc, to free */
    max_align_t data[];
} cmark_block;

static void *block_data(cmark_block *b)
{
    return b->data;
}

static cmark_block *block_of(void *p)
{
    return (cmark_block *)((char *)p - offsetof(cmark_block, data));
}

static void *cmark_block_realloc(void *p, size_t size)
{
    cmark_block *old = p ? block_of(p) : NULL;
    cmark_block *b;
    if (old && old->malloc) {
        b = realloc(old, sizeof *b + size);
    } else if (cmark_arena) {
        b = al_arena_realloc(cmark_arena, old, old ? sizeof *old + old->size : 0, sizeof *b + size);
        if (b) b->malloc = 0;
    } else {
        b = malloc(sizeof *b + size);
        if (b && old) memcpy(b->data, old->data, old->size < size ? old->size : size);
        if (b) b->malloc = 1;
    }
    if (!b) abort();
    b->size = size;
    return block_data(b);
}

static void *cmark_block_calloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) abort();
    size_t bytes = n * size;
    cmark_block *b;
    if (cmark_arena) {
        b = al_arena_alloc(cmark_arena, sizeof *b + bytes); /* zeroed */
    } else {
        b = calloc(1, sizeof *b + bytes);
        if (b) b->malloc = 1;
    }
    if (!b) abort();
    b->size = bytes;
    return block_data(b);
}

static void cmark_block_free(void *p)
{
    if (p && block_of(p)->malloc) free(block_of(p));
}

static cmark_mem cmark_arena_mem = {cmark_block_calloc, cmark_block_realloc, cmark_block_free};

static size_t file_line(const al_markdown *md, int cmark_line)
{
    return md->first_line + (size_t)(cmark_line > 0 ? cmark_line : 1) - 1;
}

/* A line that may close a fence: container markers ("> ", list indentation)
 * and up to three spaces, then fence_len or more fence characters, then only
 * white space. */
static bool is_closing_fence_line(const char *s, size_t len, char ch, size_t min_len)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '>'))
        i++;
    size_t n = 0;
    while (i < len && s[i] == ch) {
        i++;
        n++;
    }
    if (n < min_len) return false;
    for (; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t') return false;
    return true;
}

static size_t count_newlines(const char *s, size_t len)
{
    size_t n = 0;
    for (const char *p = s; (p = memchr(p, '\n', (size_t)(s + len - p))); p++)
        n++;
    return n;
}

static void trim(const char **s, size_t *len)
{
    while (*len && (**s == ' ' || **s == '\t')) {
        (*s)++;
        (*len)--;
    }
    while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' || (*s)[*len - 1] == '\n'))
        (*len)--;
}

/* The content's line index (see al_code_block). */
static void index_content_lines(al_code_block *b, al_arena *arena)
{
    size_t lines = 1 + count_newlines(b->content, b->content_len);
    size_t *starts = al_arena_alloc(arena, lines * sizeof *starts);
    if (!starts) return;
    size_t n = 0;
    starts[n++] = 0;
    for (size_t i = 0; i < b->content_len && n < lines; i++)
        if (b->content[i] == '\n') starts[n++] = i + 1;
    b->line_starts = starts;
    b->line_count = n;
}

/* True when the file's line ends with the text of the content's line that
 * starts at content[from] (blanks around either aside); with whole, when it
 * holds exactly that text from offset at (else at is unused). */
static bool same_text(const char *content, size_t len, size_t from, const al_source *src,
                      size_t line, size_t at, bool whole)
{
    size_t s, e;
    al_source_line_span(src, line, &s, &e);
    if (!whole) at = s;
    if (at < s || at > e) return false;
    while (e > at &&
           (src->data[e - 1] == ' ' || src->data[e - 1] == '\t' || src->data[e - 1] == '\r'))
        e--;
    while (from < len && (content[from] == ' ' || content[from] == '\t'))
        from++;
    size_t end = from;
    while (end < len && content[end] != '\n')
        end++;
    while (end > from &&
           (content[end - 1] == ' ' || content[end - 1] == '\t' || content[end - 1] == '\r'))
        end--;
    size_t n = end - from;
    if (whole ? n != e - at : n > e - at) return false;
    return memcmp(content + from, src->data + e - n, n) == 0;
}

static void read_code_block(al_code_block *b, const al_markdown *md, const al_source *src,
                            cmark_node *node, al_arena *arena)
{
    b->open_line = file_line(md, cmark_node_get_start_line(node));
    b->end_line = file_line(md, cmark_node_get_end_line(node));
    b->content = cmark_node_get_literal(node);
    if (!b->content) b->content = "";
    b->content_len = strlen(b->content);
    index_content_lines(b, arena);
    b->info = cmark_node_get_fence_info(node);
    if (!b->info) b->info = "";
    b->info_len = strlen(b->info);
    trim(&b->info, &b->info_len);
    b->lang = b->info;
    b->lang_len = 0;
    while (b->lang_len < b->info_len && b->info[b->lang_len] != ' ' && b->info[b->lang_len] != '\t')
        b->lang_len++;

    /* cmark does not say whether a block was fenced or closed: read the
     * opening line at the block's column, and the last line of the block. */
    size_t s, e;
    al_source_line_span(src, b->open_line, &s, &e);
    size_t col = (size_t)cmark_node_get_start_column(node);
    size_t p = s + (col > 0 ? col - 1 : 0);
    while (p < e && src->data[p] == ' ')
        p++;
    /* An indented code block may show fences (```` ```bash ```` four spaces
     * in, as under MkDocs tabs): its content starts with its own first line,
     * where a fenced block's starts on the line after the fence (and a
     * fenced block whose first line repeats its opener has the line after
     * that as its second). */
    bool indented = same_text(b->content, b->content_len, 0, src, b->open_line, p, true);
    size_t second = 0;
    while (second < b->content_len && b->content[second] != '\n')
        second++;
    if (indented && second + 1 < b->content_len && b->open_line < src->line_count)
        indented =
            same_text(b->content, b->content_len, second + 1, src, b->open_line + 1, 0, false);
    if (!indented && p < e && (src->data[p] == '`' || src->data[p] == '~')) {
        b->fenced = true;
        b->fence_char = src->data[p];
        b->fence_offset = p;
        while (p < e && src->data[p] == b->fence_char) {
            p++;
            b->fence_len++;
        }
        b->content_line = b->open_line + 1;
        /* cmark does not record closure. A closed block ends on its closing
         * fence, one line after its last content line. A block that its
         * container (list item, block quote) or the document ended may
         * instead end on the content's last line, or on the next block's
         * first line: al_markdown_parse checks that case. */
        if (b->end_line > b->open_line &&
            count_newlines(b->content, b->content_len) == b->end_line - b->open_line - 1) {
            size_t cs, ce;
            al_source_line_span(src, b->end_line, &cs, &ce);
            if (is_closing_fence_line(src->data + cs, ce - cs, b->fence_char, b->fence_len))
                b->close_line = b->end_line;
        }
    } else {
        b->fenced = false;
        b->fence_offset = s;
        b->content_line = b->open_line;
        b->close_line = b->end_line;
    }
}

/* True when the lines of a paragraph hold three backticks in a row. */
static bool paragraph_has_fence_run(const al_markdown *md, const al_source *src, cmark_node *para)
{
    size_t first = file_line(md, cmark_node_get_start_line(para));
    size_t last = file_line(md, cmark_node_get_end_line(para));
    if (last < first || last > src->line_count) return false;
    size_t s, e, unused;
    al_source_line_span(src, first, &s, &unused);
    al_source_line_span(src, last, &unused, &e);
    for (const char *p = src->data + s, *end = src->data + e;
         (p = memchr(p, '`', (size_t)(end - p))); p++)
        if (end - p >= 3 && p[1] == '`' && p[2] == '`') return true;
    return false;
}

/* cmark_parse_document with the arena's allocator. */
static cmark_node *parse_document(const char *text, size_t len)
{
    cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, &cmark_arena_mem);
    cmark_parser_feed(parser, text, len);
    cmark_node *root = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    return root;
}

static bool parse_body(al_markdown *md, const al_source *src, size_t body_start, al_arena *arena)
{
    cmark_node *root = parse_document(src->data + body_start, src->len - body_start);
    if (!root) return false;
    md->cmark_root = root;

    al_vec blocks = AL_VEC_INIT(sizeof(al_code_block));
    al_vec headings = AL_VEC_INIT(sizeof(al_heading));
    al_vec comments = AL_VEC_INIT(sizeof(al_html_comment));
    al_vec paragraphs = AL_VEC_INIT(sizeof(void *));
    bool ok = true;
    cmark_iter *it = cmark_iter_new(root);
    if (!it) return false;
    cmark_event_type ev;
    while (ok && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node *node = cmark_iter_get_node(it);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_CODE_BLOCK: {
            al_code_block *b = al_vec_push(&blocks);
            if (!b)
                ok = false;
            else
                read_code_block(b, md, src, node, arena);
            break;
        }
        case CMARK_NODE_PARAGRAPH:
            if (paragraph_has_fence_run(md, src, node)) {
                void **slot = al_vec_push(&paragraphs);
                if (!slot)
                    ok = false;
                else
                    *slot = node;
            }
            break;
        case CMARK_NODE_HEADING: {
            al_heading *h = al_vec_push(&headings);
            if (!h)
                ok = false;
            else {
                h->level = cmark_node_get_heading_level(node);
                h->line = file_line(md, cmark_node_get_start_line(node));
            }
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: {
            const char *lit = cmark_node_get_literal(node);
            if (!lit || !strstr(lit, "<!--")) break;
            al_html_comment *c = al_vec_push(&comments);
            if (!c) {
                ok = false;
                break;
            }
            cmark_node *at = node;
            /* Inline nodes carry no source position in cmark 0.30; use
             * their block's. */
            while (at && cmark_node_get_start_line(at) == 0)
                at = cmark_node_parent(at);
            c->line = file_line(md, at ? cmark_node_get_start_line(at) : 1);
            c->end_line = file_line(md, at ? cmark_node_get_end_line(at) : 1);
            if (at == node) {
                /* cmark 0.30 gives an HTML block that ends by its end
                 * condition ("-->") the wrong end line; count its lines. */
                size_t lines = 0;
                for (const char *q = lit; *q; q++)
                    lines += *q == '\n';
                if (lines && lit[strlen(lit) - 1] != '\n') lines++;
                c->end_line = c->line + (lines ? lines - 1 : 0);
            }
            c->text = lit;
            c->len = strlen(lit);
            break;
        }
        default:
            break;
        }
    }
    cmark_iter_free(it);
    /* A fence line that opens the next block did not close this one. */
    al_code_block *bs = blocks.items;
    for (size_t i = 0; ok && i + 1 < blocks.count; i++)
        if (bs[i].fenced && bs[i].close_line && bs[i + 1].open_line == bs[i].close_line)
            bs[i].close_line = 0;
    md->blocks = al_vec_finish(&blocks, arena, &ok);
    md->block_count = ok ? blocks.count : 0;
    md->headings = al_vec_finish(&headings, arena, &ok);
    md->heading_count = ok ? headings.count : 0;
    md->comments = al_vec_finish(&comments, arena, &ok);
    md->comment_count = ok ? comments.count : 0;
    md->fence_paragraphs = al_vec_finish(&paragraphs, arena, &ok);
    md->fence_paragraph_count = ok ? paragraphs.count : 0;
    return ok;
}

bool al_markdown_parse(al_markdown *md, const al_source *src, size_t body_start, al_arena *arena)
{
    memset(md, 0, sizeof *md);
    md->body_start = body_start;
    md->first_line =
        body_start < src->len ? al_source_line_of(src, body_start) : src->line_count + 1;
    md->blank = true;
    for (size_t i = body_start; i < src->len; i++) {
        char c = src->data[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            md->blank = false;
            break;
        }
    }
    al_arena *outer = cmark_arena;
    cmark_arena = arena;
    bool ok = parse_body(md, src, body_start, arena);
    cmark_arena = outer;
    return ok;
}

void al_markdown_free(al_markdown *md)
{
    /* Every node and literal is arena memory (al_markdown_parse's allocator),
     * freed with the arena: walking the tree to free nothing is skipped.
     * Iterators made later are malloc'd, and their makers free them. */
    md->cmark_root = NULL;
}

size_t al_code_block_file_offset(const al_source *src, const al_code_block *block,
                                 size_t content_offset)
{
    if (content_offset > block->content_len) content_offset = block->content_len;
    size_t line = block->content_line, line_start = 0, line_end;
    if (block->line_starts) {
        size_t lo = al_line_index_find(block->line_starts, block->line_count, content_offset);
        line += lo;
        line_start = block->line_starts[lo];
        line_end = lo + 1 < block->line_count ? block->line_starts[lo + 1] - 1 : block->content_len;
    } else {
        for (size_t i = 0; i < content_offset; i++)
            if (block->content[i] == '\n') {
                line++;
                line_start = i + 1;
            }
        line_end = line_start;
        while (line_end < block->content_len && block->content[line_end] != '\n')
            line_end++;
    }
    size_t s, e;
    al_source_line_span(src, line, &s, &e);
    /* The content line is the file line minus its container prefix, so the
     * two end alike: align them at the end. */
    size_t content_line_len = line_end - line_start;
    size_t base = e - s >= content_line_len ? e - content_line_len : s;
    size_t off = base + (content_offset - line_start);
    return off > src->len ? src->len : off;
}
