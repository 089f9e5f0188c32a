#include "parse/frontmatter.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "parse/thread_cache.h"

/* How far down a file a misplaced front-matter block is still looked for. */
#define AL_FM_SEARCH_LINES 20

static bool is_blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t') return false;
    return true;
}

bool al_frontmatter_is_delimiter(const char *line, size_t len, bool closing)
{
    if (len < 3) return false;
    if (memcmp(line, "---", 3) != 0 && !(closing && memcmp(line, "...", 3) == 0)) return false;
    return is_blank(line + 3, len - 3);
}

static bool is_dash_rule(const char *line, size_t len)
{
    size_t n = 0;
    while (n < len && line[n] == '-')
        n++;
    return n >= 4 && is_blank(line + n, len - n);
}

/* A line that starts like a YAML key: "name:" or "name: value". */
static bool looks_like_key(const char *s, size_t len)
{
    size_t i = 0;
    if (i >= len || !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) return false;
    while (i < len && (s[i] == '_' || s[i] == '-' || (s[i] >= 'a' && s[i] <= 'z') ||
                       (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
        i++;
    return i < len && s[i] == ':' && (i + 1 == len || s[i + 1] == ' ');
}

/* The lines of a text, one at a time: [start, end) without the line ending
 * ("\n", and a "\r" before it), as al_source counts them (every "\n" starts
 * a line, so a text ending in one has an empty last line). */
typedef struct {
    const char *s;
    size_t n;
    size_t start, end, next; /* next: where the following line starts, or n + 1 at the end */
    size_t number;           /* 1-based */
} line_cursor;

static bool next_line(line_cursor *c)
{
    if (c->next > c->n) return false;
    c->start = c->next;
    const char *nl = memchr(c->s + c->start, '\n', c->n - c->start);
    size_t e = nl ? (size_t)(nl - c->s) : c->n;
    c->next = nl ? e + 1 : c->n + 1;
    if (e > c->start && c->s[e - 1] == '\r') e--;
    c->end = e;
    c->number++;
    return true;
}

/* A fence line: up to three spaces, then three or more backticks or tildes
 * (CommonMark). *ch and *len: the character and its run. */
static bool fence_line(const char *s, size_t len, char *ch, size_t *run)
{
    size_t i = 0;
    while (i < len && i < 3 && s[i] == ' ')
        i++;
    if (i >= len || (s[i] != '`' && s[i] != '~')) return false;
    size_t k = i;
    while (k < len && s[k] == s[i])
        k++;
    if (k - i < 3) return false;
    *ch = s[i];
    *run = k - i;
    return true;
}

/* The first closing delimiter from the cursor's next line on: the cursor is
 * left on it. dashes_at (may be NULL) gets the first line of four or more
 * dashes seen before it. */
static bool find_close(line_cursor *c, size_t *dashes_at)
{
    while (next_line(c)) {
        const char *l = c->s + c->start;
        size_t len = c->end - c->start;
        if (al_frontmatter_is_delimiter(l, len, true)) return true;
        if (dashes_at && *dashes_at == SIZE_MAX && is_dash_rule(l, len)) *dashes_at = c->start;
    }
    return false;
}

void al_frontmatter_locate(const char *s, size_t n, al_fm_span *out)
{
    memset(out, 0, sizeof *out);
    out->dashes_at = SIZE_MAX;
    line_cursor c = {s, n, 0, 0, 0, 0};
    next_line(&c);
    size_t first = c.start;
    /* A byte-order mark is reported by its own rule; look past it here. */
    if (c.end - first >= 3 && memcmp(s + first, "\xEF\xBB\xBF", 3) == 0) first += 3;
    if (al_frontmatter_is_delimiter(s + first, c.end - first, false)) {
        out->open_at = c.start;
        out->content_start = c.next <= n ? c.next : n;
        if (!find_close(&c, &out->dashes_at)) {
            out->status = AL_FM_UNTERMINATED;
            out->content_end = out->body_start = n;
            return;
        }
        out->status = AL_FM_PRESENT;
        out->dashes_at = SIZE_MAX;
        out->close_at = c.start;
        out->content_end = c.start;
        out->body_start = c.next <= n ? c.next : n;
        return;
    }
    /* Not at line 1: a "---" line followed by a key, within the first lines
     * and outside a code block, is front matter that the tool will not see.
     * Inside a fence it is an example of front matter, not the file's own. */
    char fence = 0;
    size_t fence_run = 0;
    for (line_cursor l = {s, n, 0, 0, 0, 0}; next_line(&l) && l.number <= AL_FM_SEARCH_LINES;) {
        const char *t = s + l.start;
        size_t len = l.end - l.start;
        char ch;
        size_t run;
        if (fence_line(t, len, &ch, &run)) {
            if (!fence) {
                fence = ch;
                fence_run = run;
            } else if (ch == fence && run >= fence_run && is_blank(t + run, len - run)) {
                fence = 0;
            }
            continue;
        }
        if (fence || !al_frontmatter_is_delimiter(t, len, false) || l.next > n) continue;
        line_cursor k = l;
        if (!next_line(&k) || !looks_like_key(s + k.start, k.end - k.start)) continue;
        line_cursor close = l;
        if (!find_close(&close, NULL)) continue;
        out->status = AL_FM_NOT_AT_START;
        out->open_at = l.start;
        out->close_at = close.start;
        out->content_start = l.next;
        out->content_end = close.start;
        out->body_start = close.next <= n ? close.next : n;
        return;
    }
    out->status = AL_FM_ABSENT;
}

static void delimit(al_frontmatter *fm, const al_source *src)
{
    al_fm_span sp;
    al_frontmatter_locate(src->data, src->len, &sp);
    fm->status = sp.status;
    fm->body_start = sp.body_start;
    if (sp.status == AL_FM_ABSENT) return;
    fm->open_line = al_source_line_of(src, sp.open_at);
    fm->content_start = sp.content_start;
    fm->content_end = sp.content_end;
    if (sp.status == AL_FM_UNTERMINATED) {
        if (sp.dashes_at != SIZE_MAX) fm->dashes_line = al_source_line_of(src, sp.dashes_at);
        return;
    }
    fm->close_line = al_source_line_of(src, sp.close_at);
}

/* ---- Building the node tree from libyaml events ---- */

typedef struct {
    al_yaml_node *node;
    al_yaml_node **children; /* items, or keys and values alternating */
    size_t count, cap;
} frame;

typedef struct {
    const al_source *src;
    al_arena *arena;
    size_t base_line; /* file line of YAML line 0 */
    frame stack[AL_YAML_MAX_DEPTH + 1];
    size_t depth;
    al_yaml_node *root;
    al_yaml_duplicate *dups;
    size_t dup_count, dup_cap;
    bool oom;
} builder;

static size_t mark_offset(const builder *b, yaml_mark_t m)
{
    /* libyaml counts columns in characters; the source maps them to bytes. */
    return al_source_offset_at(b->src, b->base_line + m.line, m.column);
}

static bool push_child(builder *b, al_yaml_node *node)
{
    if (b->depth == 0) {
        if (!b->root) b->root = node;
        return true;
    }
    frame *f = &b->stack[b->depth - 1];
    if (f->count == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 8;
        al_yaml_node **p = realloc(f->children, cap * sizeof *p);
        if (!p) return false;
        f->children = p;
        f->cap = cap;
    }
    f->children[f->count++] = node;
    return true;
}

static int compare_keys(const void *pa, const void *pb)
{
    const al_yaml_pair *a = *(const al_yaml_pair *const *)pa;
    const al_yaml_pair *b = *(const al_yaml_pair *const *)pb;
    size_t n = a->key->text_len < b->key->text_len ? a->key->text_len : b->key->text_len;
    int c = memcmp(a->key->text, b->key->text, n);
    if (c) return c;
    if (a->key->text_len != b->key->text_len) return a->key->text_len < b->key->text_len ? -1 : 1;
    return a < b ? -1 : a > b; /* keep file order among equal keys */
}

/* libyaml accepts duplicate keys; sort a copy of the pairs to find them in
 * n log n, however large the mapping. */
static bool find_duplicates(builder *b, const al_yaml_node *map)
{
    size_t n = 0;
    for (size_t i = 0; i < map->count; i++)
        if (map->pairs[i].key->kind == AL_YAML_SCALAR) n++;
    if (n < 2) return true;
    const al_yaml_pair **sorted = malloc(n * sizeof *sorted);
    if (!sorted) return false;
    n = 0;
    for (size_t i = 0; i < map->count; i++)
        if (map->pairs[i].key->kind == AL_YAML_SCALAR) sorted[n++] = &map->pairs[i];
    qsort(sorted, n, sizeof *sorted, compare_keys);
    size_t first = 0;
    for (size_t i = 1; i < n; i++) {
        const al_yaml_node *k = sorted[i]->key, *f = sorted[first]->key;
        if (k->text_len == f->text_len && memcmp(k->text, f->text, k->text_len) == 0) {
            if (b->dup_count == b->dup_cap) {
                size_t cap = b->dup_cap ? b->dup_cap * 2 : 4;
                al_yaml_duplicate *p = realloc(b->dups, cap * sizeof *p);
                if (!p) {
                    free(sorted);
                    return false;
                }
                b->dups = p;
                b->dup_cap = cap;
            }
            b->dups[b->dup_count].key = k;
            b->dups[b->dup_count].first = f;
            b->dup_count++;
        } else {
            first = i;
        }
    }
    free(sorted);
    return true;
}

static bool close_frame(builder *b, size_t end)
{
    frame *f = &b->stack[--b->depth];
    al_yaml_node *node = f->node;
    node->end = end;
    bool ok = true;
    if (node->kind == AL_YAML_SEQUENCE) {
        al_yaml_node **items = al_arena_alloc(b->arena, (f->count + 1) * sizeof *items);
        if (!items)
            ok = false;
        else {
            if (f->count) memcpy(items, f->children, f->count * sizeof *items);
            node->items = (const al_yaml_node *const *)items;
            node->count = f->count;
        }
    } else {
        size_t n = f->count / 2;
        al_yaml_pair *pairs = al_arena_alloc(b->arena, (n + 1) * sizeof *pairs);
        if (!pairs)
            ok = false;
        else {
            for (size_t i = 0; i < n; i++) {
                pairs[i].key = f->children[2 * i];
                pairs[i].value = f->children[2 * i + 1];
            }
            node->pairs = pairs;
            node->count = n;
            ok = find_duplicates(b, node);
        }
    }
    free(f->children);
    f->children = NULL;
    return ok && push_child(b, node);
}

static al_yaml_node *new_node(builder *b, al_yaml_kind kind, const yaml_event_t *ev,
                              const yaml_char_t *anchor, const yaml_char_t *tag)
{
    al_yaml_node *n = al_arena_alloc(b->arena, sizeof *n);
    if (!n) return NULL;
    n->kind = kind;
    n->start = mark_offset(b, ev->start_mark);
    n->end = mark_offset(b, ev->end_mark);
    if (anchor) n->anchor = al_arena_strdup(b->arena, (const char *)anchor);
    if (tag) n->tag = al_arena_strdup(b->arena, (const char *)tag);
    n->text = "";
    return n;
}

static al_yaml_style scalar_style(yaml_scalar_style_t s)
{
    switch (s) {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE:
        return AL_YAML_SINGLE_QUOTED;
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        return AL_YAML_DOUBLE_QUOTED;
    case YAML_LITERAL_SCALAR_STYLE:
        return AL_YAML_LITERAL;
    case YAML_FOLDED_SCALAR_STYLE:
        return AL_YAML_FOLDED;
    default:
        return AL_YAML_PLAIN;
    }
}

/* Handles one event. Returns 1 to go on, 0 when the document ended, -1 on
 * out of memory, -2 when nesting is too deep. */
static int on_event(builder *b, const yaml_event_t *ev)
{
    al_yaml_node *n;
    switch (ev->type) {
    case YAML_SCALAR_EVENT:
        n = new_node(b, AL_YAML_SCALAR, ev, ev->data.scalar.anchor,
                     ev->data.scalar.plain_implicit || ev->data.scalar.quoted_implicit
                         ? NULL
                         : ev->data.scalar.tag);
        if (!n) return -1;
        n->style = scalar_style(ev->data.scalar.style);
        n->text =
            al_arena_strndup(b->arena, (const char *)ev->data.scalar.value, ev->data.scalar.length);
        if (!n->text) return -1;
        n->text_len = ev->data.scalar.length;
        return push_child(b, n) ? 1 : -1;
    case YAML_ALIAS_EVENT:
        n = new_node(b, AL_YAML_ALIAS, ev, ev->data.alias.anchor, NULL);
        if (!n) return -1;
        return push_child(b, n) ? 1 : -1;
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
        if (b->depth == AL_YAML_MAX_DEPTH) return -2;
        bool seq = ev->type == YAML_SEQUENCE_START_EVENT;
        n = seq ? new_node(b, AL_YAML_SEQUENCE, ev, ev->data.sequence_start.anchor,
                           ev->data.sequence_start.implicit ? NULL : ev->data.sequence_start.tag)
                : new_node(b, AL_YAML_MAPPING, ev, ev->data.mapping_start.anchor,
                           ev->data.mapping_start.implicit ? NULL : ev->data.mapping_start.tag);
        if (!n) return -1;
        n->style = (seq ? ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                        : ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
                       ? AL_YAML_FLOW
                       : AL_YAML_BLOCK;
        frame *f = &b->stack[b->depth++];
        f->node = n;
        f->children = NULL;
        f->count = f->cap = 0;
        return 1;
    }
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        if (b->depth == 0) return 1;
        return close_frame(b, mark_offset(b, ev->end_mark)) ? 1 : -1;
    case YAML_DOCUMENT_END_EVENT:
    case YAML_STREAM_END_EVENT:
        return 0;
    default:
        return 1;
    }
}

/* ---- One libyaml parser per thread (thread_cache.h) ----
 *
 * yaml_parser_initialize allocates about 80 KB of buffers, and for a front
 * matter of a few lines that malloc (and the page faults behind it) costs
 * more than the parse; so each thread keeps one parser and puts it back into
 * the state yaml_parser_initialize leaves it in between files. */

void al_frontmatter_parser_free(void *parser)
{
    if (!parser) return;
    yaml_parser_delete(parser);
    free(parser);
}

/* Empties a used parser and keeps its buffers: what yaml_parser_delete
 * frees, then what yaml_parser_initialize sets (libyaml 0.2's parser
 * struct is public in yaml.h). */
static void parser_reset(yaml_parser_t *p)
{
    while (p->tokens.head != p->tokens.tail)
        yaml_token_delete(p->tokens.head++);
    while (p->tag_directives.top != p->tag_directives.start) {
        yaml_tag_directive_t *t = --p->tag_directives.top;
        free(t->handle);
        free(t->prefix);
    }
    yaml_parser_t keep = *p;
    memset(p, 0, sizeof *p);
    p->raw_buffer.start = p->raw_buffer.pointer = p->raw_buffer.last = keep.raw_buffer.start;
    p->raw_buffer.end = keep.raw_buffer.end;
    p->buffer.start = p->buffer.pointer = p->buffer.last = keep.buffer.start;
    p->buffer.end = keep.buffer.end;
    p->tokens.start = p->tokens.head = p->tokens.tail = keep.tokens.start;
    p->tokens.end = keep.tokens.end;
#define KEEP_STACK(s) (p->s.start = p->s.top = keep.s.start, p->s.end = keep.s.end)
    KEEP_STACK(indents);
    KEEP_STACK(simple_keys);
    KEEP_STACK(states);
    KEEP_STACK(marks);
    KEEP_STACK(tag_directives);
#undef KEEP_STACK
}

/* The calling thread's parser, ready for input; NULL when out of memory. */
static yaml_parser_t *thread_parser(void)
{
    al_thread_cache *c = al_thread_cache_get();
    if (!c) return NULL;
    if (c->yaml_parser) return c->yaml_parser;
    yaml_parser_t *p = malloc(sizeof *p);
    if (!p) return NULL;
    if (!yaml_parser_initialize(p)) {
        free(p);
        return NULL;
    }
    c->yaml_parser = p;
    return p;
}

static void parse_yaml(al_frontmatter *fm, const al_source *src, al_arena *arena, bool *oom)
{
    yaml_parser_t *cached = thread_parser();
    yaml_parser_t own;
    if (!cached && !yaml_parser_initialize(&own)) {
        *oom = true;
        return;
    }
    yaml_parser_t *parser = cached ? cached : &own;
    builder b;
    memset(&b, 0, sizeof b);
    b.src = src;
    b.arena = arena;
    b.base_line = fm->open_line + 1;
    yaml_parser_set_input_string(parser, (const unsigned char *)src->data + fm->content_start,
                                 fm->content_end - fm->content_start);
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING);
    fm->parse_ok = true;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(parser, &ev)) {
            if (parser->error == YAML_MEMORY_ERROR) *oom = true;
            fm->parse_ok = false;
            fm->error_problem =
                al_arena_strdup(arena, parser->problem ? parser->problem : "invalid YAML");
            fm->error_context = parser->context ? al_arena_strdup(arena, parser->context) : NULL;
            /* Reader errors (bad UTF-8, control characters) carry a byte
             * offset instead of a mark. */
            fm->error_offset = parser->error == YAML_READER_ERROR
                                   ? fm->content_start + parser->problem_offset
                                   : mark_offset(&b, parser->problem_mark);
            fm->error_context_offset =
                parser->context ? mark_offset(&b, parser->context_mark) : fm->error_offset;
            break;
        }
        int r = on_event(&b, &ev);
        yaml_event_delete(&ev);
        if (r == 0) break;
        if (r == -1) {
            *oom = true;
            break;
        }
        if (r == -2) {
            fm->too_deep = true;
            fm->parse_ok = false;
            break;
        }
    }
    for (size_t i = 0; i < b.depth; i++)
        free(b.stack[i].children);
    if (cached)
        parser_reset(parser);
    else
        yaml_parser_delete(parser);
    if (fm->parse_ok) fm->root = b.root;
    if (b.dup_count) {
        fm->duplicates = al_arena_alloc(arena, b.dup_count * sizeof *fm->duplicates);
        if (fm->duplicates) {
            memcpy(fm->duplicates, b.dups, b.dup_count * sizeof *fm->duplicates);
            fm->duplicate_count = b.dup_count;
        } else {
            *oom = true;
        }
    }
    free(b.dups);
}

/* ---- The lenient reading ---- */

static al_yaml_node *lenient_scalar(al_arena *arena, const char *data, size_t a, size_t b)
{
    al_yaml_node *n = al_arena_alloc(arena, sizeof *n);
    if (!n) return NULL;
    n->kind = AL_YAML_SCALAR;
    n->style = AL_YAML_PLAIN;
    n->start = a;
    n->end = b;
    if (b - a >= 2 && (data[a] == '"' || data[a] == '\'') && data[b - 1] == data[a]) {
        n->style = data[a] == '"' ? AL_YAML_DOUBLE_QUOTED : AL_YAML_SINGLE_QUOTED;
        a++;
        b--;
    }
    n->text = al_arena_strndup(arena, data + a, b - a);
    n->text_len = b - a;
    return n->text ? n : NULL;
}

/* A one-line flow list, "[Read, 'Grep']", item by item. */
static al_yaml_node *lenient_flow_list(al_arena *arena, const char *data, size_t a, size_t b)
{
    al_yaml_node *n = al_arena_alloc(arena, sizeof *n);
    size_t count = 1;
    for (size_t i = a; i < b; i++)
        count += data[i] == ',';
    al_yaml_node **items = al_arena_alloc(arena, count * sizeof *items);
    if (!n || !items) return NULL;
    n->kind = AL_YAML_SEQUENCE;
    n->style = AL_YAML_FLOW;
    n->start = a;
    n->end = b;
    size_t from = a + 1, k = 0;
    for (size_t i = a + 1; i < b; i++) {
        if (data[i] != ',' && i != b - 1) continue;
        size_t x = from, y = i;
        while (x < y && data[x] == ' ')
            x++;
        while (y > x && data[y - 1] == ' ')
            y--;
        if (y > x) {
            items[k] = lenient_scalar(arena, data, x, y);
            if (!items[k]) return NULL;
            k++;
        }
        from = i + 1;
    }
    n->items = (const al_yaml_node *const *)items;
    n->count = k;
    return n;
}

/* The length of the key that starts the text [s, e) as the lenient reading
 * takes it (`key:` then a space or the end of the line), or 0. */
static size_t lenient_key(const char *t, size_t s, size_t e)
{
    size_t k = s;
    while (k < e && (t[k] == '_' || t[k] == '-' || (t[k] >= 'a' && t[k] <= 'z') ||
                     (t[k] >= 'A' && t[k] <= 'Z') || (t[k] >= '0' && t[k] <= '9')))
        k++;
    if (k == s || t[s] == '-' || k >= e || t[k] != ':' || (k + 1 < e && t[k + 1] != ' ')) return 0;
    return k - s;
}

/* The first line at the left margin that the lenient reading cannot place:
 * not blank, not indented, not a comment, not a `- item` of the key above,
 * and not a `key: value` line; 0 when there is none. Claude Code's reader
 * tolerates a `: ` inside a one-line value, but a value that runs on over
 * such lines makes it give up (v2.1.259, anthropics/claude-code#91871): the placeholder
 * description for a plugin agent, nothing at all for a project agent. */
static size_t first_stray_line(const al_frontmatter *fm, const al_source *src)
{
    for (size_t line = fm->open_line + 1; line < fm->close_line; line++) {
        size_t s, e;
        al_source_line_span(src, line, &s, &e);
        while (e > s && (src->data[e - 1] == '\r' || src->data[e - 1] == ' '))
            e--;
        if (e == s) continue;
        char c = src->data[s];
        if (c == ' ' || c == '\t' || c == '#' ||
            (c == '-' && (e == s + 1 || src->data[s + 1] == ' ')))
            continue;
        if (!lenient_key(src->data, s, e)) return line;
    }
    return 0;
}

static bool lenient_read(al_frontmatter *fm, const al_source *src, al_arena *arena)
{
    size_t first = fm->open_line + 1, last = fm->close_line - 1;
    size_t cap = last >= first ? last - first + 1 : 1;
    al_yaml_pair *pairs = al_arena_alloc(arena, cap * sizeof *pairs);
    al_yaml_node *root = al_arena_alloc(arena, sizeof *root);
    if (!pairs || !root) return false;
    size_t n = 0;
    for (size_t line = first; line <= last; line++) {
        size_t s, e;
        al_source_line_span(src, line, &s, &e);
        const char *t = src->data;
        size_t kl = lenient_key(t, s, e);
        if (!kl) continue;
        size_t k = s + kl;
        size_t a = k + 1, b = e;
        while (a < b && t[a] == ' ')
            a++;
        while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t'))
            b--;
        al_yaml_node *key = lenient_scalar(arena, t, s, k);
        al_yaml_node *value = b - a >= 2 && t[a] == '[' && t[b - 1] == ']'
                                  ? lenient_flow_list(arena, t, a, b)
                                  : lenient_scalar(arena, t, a, b);
        if (!key || !value) return false;
        pairs[n].key = key;
        pairs[n].value = value;
        n++;
    }
    root->kind = AL_YAML_MAPPING;
    root->style = AL_YAML_BLOCK;
    root->start = fm->content_start;
    root->end = fm->content_end;
    root->pairs = pairs;
    root->count = n;
    fm->root = root;
    fm->lenient = true;
    return true;
}

bool al_frontmatter_read_lines(al_frontmatter *fm, const al_source *src, al_arena *arena)
{
    if (fm->status != AL_FM_PRESENT || fm->parse_ok || fm->lenient || fm->too_deep) return true;
    return lenient_read(fm, src, arena);
}

bool al_frontmatter_parse(al_frontmatter *fm, const al_source *src, al_arena *arena)
{
    memset(fm, 0, sizeof *fm);
    delimit(fm, src);
    if (fm->status != AL_FM_PRESENT) return true;
    bool oom = false;
    parse_yaml(fm, src, arena, &oom);
    if (!oom && !fm->parse_ok && !fm->too_deep &&
        strstr(fm->error_problem, "mapping values are not allowed")) {
        fm->stray_line = first_stray_line(fm, src);
        if (!fm->stray_line) oom = !lenient_read(fm, src, arena);
    }
    return !oom;
}
