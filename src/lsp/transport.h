/* LSP base protocol: messages framed as "Content-Length: N\r\n\r\n" and N
 * bytes of UTF-8 JSON. The reader works on bytes handed to it, so that the
 * server loop, the tests and the fuzz target share it; the writer writes a
 * whole frame to a file descriptor. */
#ifndef AL_LSP_TRANSPORT_H
#define AL_LSP_TRANSPORT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *buf;
    size_t start, len, cap; /* unread bytes are buf[start, len) */
    size_t max_body;        /* larger messages are skipped */
    size_t skip;            /* body bytes of a too-large message still to drop */
} lsp_reader;

typedef enum {
    LSP_READ_NEED_MORE,  /* no complete message yet */
    LSP_READ_MESSAGE,    /* *body, *len: one message body (valid until the next call) */
    LSP_READ_BAD_HEADER, /* a header without a usable Content-Length: dropped */
    LSP_READ_TOO_LARGE,  /* Content-Length above max_body: its body is dropped */
} lsp_read_status;

void lsp_reader_init(lsp_reader *r, size_t max_body);
void lsp_reader_free(lsp_reader *r);
/* Appends bytes; false when out of memory. */
bool lsp_reader_feed(lsp_reader *r, const char *data, size_t len);
/* The next event. After LSP_READ_BAD_HEADER the reader has resynchronised
 * on the next "Content-Length" header, if any. */
lsp_read_status lsp_reader_next(lsp_reader *r, const char **body, size_t *len);

/* Writes one framed message to fd (EINTR and short writes handled);
 * false when the peer is gone or writing failed. */
bool lsp_write_message(int fd, const char *body, size_t len);

#endif
