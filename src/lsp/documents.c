/* Open documents and position conversion. The library gives byte offsets;
 * positions are computed from them here with LSP's own line ends (\n, \r\n
 * and a lone \r), so they agree with the editor whatever the text holds. */
#include "lsp/documents.h"

#include <stdlib.h>
#include <string.h>

#include "util/line_index.h"
#include "util/utf8.h"

/* ---- UTF-8 steps ---- */

/* Length of the character at s (1-4); an invalid byte is a character of
 * its own (U+FFFD), so that every byte is covered. cp gets the code point. */
static size_t char_at(const unsigned char *s, size_t avail, uint32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t n = al_utf8_decode((const char *)s, avail, cp);
    if (n) return n;
    *cp = 0xFFFD;
    return 1;
}

/* Code units of one character of nbytes bytes in the given encoding. */
static size_t units_of(uint32_t cp, size_t nbytes, lsp_encoding enc)
{
    switch (enc) {
    case LSP_ENC_UTF8:
        return nbytes;
    case LSP_ENC_UTF32:
        return 1;
    case LSP_ENC_UTF16:
    default:
        return cp >= 0x10000 ? 2 : 1;
    }
}

/* ---- the line index ---- */

static bool index_lines(lsp_document *doc)
{
    size_t n = 1;
    for (size_t i = 0; i < doc->len; i++)
        if (doc->text[i] == '\n' ||
            (doc->text[i] == '\r' && (i + 1 == doc->len || doc->text[i + 1] != '\n')))
            n++;
    size_t *starts = malloc(n * sizeof *starts);
    if (!starts) return false;
    size_t k = 0;
    starts[k++] = 0;
    for (size_t i = 0; i < doc->len; i++)
        if (doc->text[i] == '\n' ||
            (doc->text[i] == '\r' && (i + 1 == doc->len || doc->text[i + 1] != '\n')))
            starts[k++] = i + 1;
    free(doc->line_starts);
    doc->line_starts = starts;
    doc->line_count = n;
    return true;
}

/* The end of a line's content, before its line end. */
static size_t line_content_end(const lsp_document *doc, size_t line)
{
    if (line + 1 >= doc->line_count) return doc->len;
    size_t end = doc->line_starts[line + 1];
    if (end > 0 && doc->text[end - 1] == '\n') end--;
    if (end > doc->line_starts[line] && doc->text[end - 1] == '\r') end--;
    return end;
}

/* The line holding offset. */
static size_t line_of(const lsp_document *doc, size_t offset)
{
    return al_line_index_find(doc->line_starts, doc->line_count, offset);
}

/* ---- text ---- */

bool lsp_document_set_text(lsp_document *doc, const char *text, size_t len)
{
    char *copy = malloc(len + 1);
    if (!copy) return false;
    if (len) memcpy(copy, text, len);
    copy[len] = '\0';
    char *old = doc->text;
    size_t old_len = doc->len;
    doc->text = copy;
    doc->len = len;
    if (!index_lines(doc)) {
        doc->text = old;
        doc->len = old_len;
        free(copy);
        return false;
    }
    free(old);
    doc->dirty = true;
    return true;
}

bool lsp_document_edit(lsp_document *doc, size_t start, size_t end, const char *text, size_t len)
{
    if (start > doc->len) start = doc->len;
    if (end > doc->len) end = doc->len;
    if (end < start) end = start;
    size_t nlen = doc->len - (end - start) + len;
    char *n = malloc(nlen + 1);
    if (!n) return false;
    memcpy(n, doc->text, start);
    if (len) memcpy(n + start, text, len);
    memcpy(n + start + len, doc->text + end, doc->len - end);
    n[nlen] = '\0';
    bool ok = lsp_document_set_text(doc, n, nlen);
    free(n);
    return ok;
}

/* ---- positions ---- */

size_t lsp_document_offset(const lsp_document *doc, lsp_position pos, lsp_encoding enc)
{
    if (pos.line >= doc->line_count) return doc->len;
    size_t at = doc->line_starts[pos.line];
    size_t end = line_content_end(doc, pos.line);
    size_t units = 0;
    const unsigned char *s = (const unsigned char *)doc->text;
    while (at < end && units < pos.character) {
        uint32_t cp;
        size_t n = char_at(s + at, end - at, &cp);
        size_t u = units_of(cp, n, enc);
        if (units + u > pos.character) break; /* inside the character: its start */
        units += u;
        at += n;
    }
    return at;
}

typedef struct {
    size_t offset;
    size_t index;
} offset_slot;

static int compare_slots(const void *a, const void *b)
{
    const offset_slot *x = a, *y = b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

bool lsp_document_positions(const lsp_document *doc, const size_t *offsets, size_t count,
                            lsp_encoding enc, lsp_position *out)
{
    if (count == 0) return true;
    offset_slot one, *slots = &one;
    if (count > 1) {
        slots = malloc(count * sizeof *slots);
        if (!slots) return false;
    }
    for (size_t i = 0; i < count; i++) {
        slots[i].offset = offsets[i] > doc->len ? doc->len : offsets[i];
        slots[i].index = i;
    }
    if (count > 1) qsort(slots, count, sizeof *slots, compare_slots);
    /* One walk: the cursor only moves forward. */
    const unsigned char *s = (const unsigned char *)doc->text;
    size_t line = (size_t)-1, at = 0, units = 0;
    for (size_t k = 0; k < count; k++) {
        size_t target = slots[k].offset;
        size_t l = line_of(doc, target);
        if (l != line) {
            line = l;
            at = doc->line_starts[l];
            units = 0;
        }
        while (at < target) {
            uint32_t cp;
            size_t n = char_at(s + at, doc->len - at, &cp);
            if (at + n > target) break; /* inside a character: its start */
            units += units_of(cp, n, enc);
            at += n;
        }
        out[slots[k].index].line = line;
        out[slots[k].index].character = units;
    }
    if (slots != &one) free(slots);
    return true;
}

/* ---- the store ---- */

lsp_document *lsp_documents_find(lsp_documents *docs, const char *uri)
{
    for (lsp_document *d = docs->first; d; d = d->next)
        if (strcmp(d->uri, uri) == 0) return d;
    return NULL;
}

lsp_document *lsp_documents_find_path(lsp_documents *docs, const char *path)
{
    for (lsp_document *d = docs->first; d; d = d->next)
        if (d->is_file && strcmp(d->path, path) == 0) return d;
    return NULL;
}

static void document_free(lsp_document *d)
{
    free(d->uri);
    free(d->path);
    free(d->text);
    free(d->line_starts);
    al_options_free(d->opts);
    al_result_free(d->res);
    free(d->agent_name);
    free(d->published);
    free(d);
}

lsp_document *lsp_documents_open(lsp_documents *docs, const char *uri, int64_t version,
                                 const char *text, size_t len)
{
    lsp_documents_close(docs, uri);
    lsp_document *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    d->uri = strdup(uri);
    d->path = lsp_uri_to_path(uri);
    d->is_file = d->path != NULL;
    if (!d->path) d->path = strdup(uri);
    d->version = version;
    if (!d->uri || !d->path || !lsp_document_set_text(d, text, len)) {
        document_free(d);
        return NULL;
    }
    d->next = docs->first;
    docs->first = d;
    return d;
}

void lsp_documents_close(lsp_documents *docs, const char *uri)
{
    for (lsp_document **p = &docs->first; *p; p = &(*p)->next)
        if (strcmp((*p)->uri, uri) == 0) {
            lsp_document *d = *p;
            *p = d->next;
            document_free(d);
            return;
        }
}

void lsp_documents_free(lsp_documents *docs)
{
    while (docs->first) {
        lsp_document *d = docs->first;
        docs->first = d->next;
        document_free(d);
    }
}

/* ---- URIs ---- */

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

char *lsp_uri_to_path(const char *uri)
{
    if (strncmp(uri, "file://", 7) != 0) return NULL;
    const char *p = uri + 7;
    /* file://localhost/x is file:///x; another host is not local. */
    if (strncmp(p, "localhost/", 10) == 0) p += 9;
    if (*p != '/') return NULL;
    size_t n = strlen(p);
    char *out = malloc(n + 1);
    if (!out) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '?' || p[i] == '#') break;
        if (p[i] == '%' && i + 2 < n && hex_value(p[i + 1]) >= 0 && hex_value(p[i + 2]) >= 0) {
            char c = (char)(hex_value(p[i + 1]) * 16 + hex_value(p[i + 2]));
            if (c == '\0') { /* a NUL cannot be in a path */
                free(out);
                return NULL;
            }
            out[k++] = c;
            i += 2;
        } else {
            out[k++] = p[i];
        }
    }
    out[k] = '\0';
    return out;
}
