/* Open documents: their text, version and last lint result, and the
 * conversion between byte offsets and LSP positions (0-based line, and a
 * character offset in the negotiated encoding: UTF-16 code units by
 * default, or UTF-8 bytes, or UTF-32 code points). */
#ifndef AL_LSP_DOCUMENTS_H
#define AL_LSP_DOCUMENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "agentlint/agentlint.h"

typedef enum { LSP_ENC_UTF16, LSP_ENC_UTF8, LSP_ENC_UTF32 } lsp_encoding;

typedef struct {
    size_t line;      /* 0-based */
    size_t character; /* in the negotiated unit */
} lsp_position;

typedef struct lsp_document {
    char *uri;
    char *path; /* the file's path, or the URI when it is not a file: URI */
    bool is_file;
    int64_t version;
    char *text;
    size_t len;
    size_t *line_starts; /* byte offset of each line; LSP ends lines at \n, \r\n and \r */
    size_t line_count;
    al_options *opts; /* the options it was linted with (configuration applied) */
    al_result *res;   /* the last lint of text, NULL before the first */
    bool ignored;     /* the configuration ignores it: no diagnostics */
    bool dirty;       /* text changed since res */
    uint64_t due_ms;  /* when dirty: lint at this time (debounce) */
    char *agent_name; /* the name it had at the last lint, for checks across files */
    char *published;  /* the last publishDiagnostics params sent, to skip repeats */
    struct lsp_document *next;
} lsp_document;

typedef struct {
    lsp_document *first;
} lsp_documents;

lsp_document *lsp_documents_find(lsp_documents *docs, const char *uri);
/* The open document of a file, by path. */
lsp_document *lsp_documents_find_path(lsp_documents *docs, const char *path);
/* Opens (or replaces) a document; the text is copied. NULL when out of memory. */
lsp_document *lsp_documents_open(lsp_documents *docs, const char *uri, int64_t version,
                                 const char *text, size_t len);
void lsp_documents_close(lsp_documents *docs, const char *uri);
void lsp_documents_free(lsp_documents *docs);

/* Replaces the whole text. False when out of memory (the old text stays). */
bool lsp_document_set_text(lsp_document *doc, const char *text, size_t len);
/* Replaces the bytes [start, end) with text (an incremental change). */
bool lsp_document_edit(lsp_document *doc, size_t start, size_t end, const char *text, size_t len);

/* Byte offset of an LSP position, clamped as the specification asks: a
 * character past the line's end means the line's end, a line past the last
 * means the end of the text; a position inside a character (a UTF-16
 * surrogate pair, a UTF-8 sequence) moves to the character's start. */
size_t lsp_document_offset(const lsp_document *doc, lsp_position pos, lsp_encoding enc);
/* LSP positions of byte offsets (clamped to the text) in one pass over the
 * text: offsets need not be sorted. out gets count positions. False when out
 * of memory. */
bool lsp_document_positions(const lsp_document *doc, const size_t *offsets, size_t count,
                            lsp_encoding enc, lsp_position *out);

/* "file:///a/b%20c.md" -> "/a/b c.md" (malloc'd); NULL when uri is not a
 * local file URI. */
char *lsp_uri_to_path(const char *uri);

#endif
