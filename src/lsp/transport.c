/* Content-Length framing (LSP 3.17 "Base Protocol"). Headers are ASCII
 * lines ended by \r\n (a bare \n is accepted too); an empty line ends them.
 * Content-Type is ignored: the body is always UTF-8 JSON. Bad input costs
 * the message, never the connection: the reader skips to the next
 * "Content-Length" and carries on. */
#include "lsp/transport.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* A header block longer than this is not a header. */
#define MAX_HEADER_BYTES 8192

void lsp_reader_init(lsp_reader *r, size_t max_body)
{
    memset(r, 0, sizeof *r);
    r->max_body = max_body;
}

void lsp_reader_free(lsp_reader *r)
{
    free(r->buf);
    memset(r, 0, sizeof *r);
}

bool lsp_reader_feed(lsp_reader *r, const char *data, size_t len)
{
    /* Bytes of an oversized body are dropped as they come. */
    if (r->skip) {
        size_t n = len < r->skip ? len : r->skip;
        r->skip -= n;
        data += n;
        len -= n;
    }
    if (len == 0) return true;
    if (r->start > 0 && r->start == r->len) r->start = r->len = 0;
    if (r->len + len > r->cap && r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->len - r->start);
        r->len -= r->start;
        r->start = 0;
    }
    if (r->len + len > r->cap) {
        size_t cap = r->cap ? r->cap : 4096;
        while (cap < r->len + len)
            cap *= 2;
        char *nb = realloc(r->buf, cap);
        if (!nb) return false;
        r->buf = nb;
        r->cap = cap;
    }
    memcpy(r->buf + r->len, data, len);
    r->len += len;
    return true;
}

/* Case-insensitive search for the next "Content-Length" from offset from
 * on (anywhere: a bad message's body need not end with a line end);
 * returns its offset, or where a partial key at the end of the data
 * starts, or the end of the data. */
static size_t next_header_start(const lsp_reader *r, size_t from)
{
    static const char key[] = "content-length";
    size_t kl = sizeof key - 1;
    for (size_t i = from; i < r->len; i++) {
        size_t n = r->len - i < kl ? r->len - i : kl;
        if (strncasecmp(r->buf + i, key, n) == 0) return i;
    }
    return r->len;
}

/* Parses the value of a Content-Length header: digits only, no overflow. */
static bool parse_length(const char *s, size_t n, size_t *out)
{
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0 || n > 18) return false;
    size_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (size_t)(s[i] - '0');
    }
    *out = v;
    return true;
}

lsp_read_status lsp_reader_next(lsp_reader *r, const char **body, size_t *len)
{
    for (;;) {
        if (r->skip) return LSP_READ_NEED_MORE;
        size_t avail = r->len - r->start;
        if (avail == 0) return LSP_READ_NEED_MORE; /* buf may still be NULL */
        const char *p = r->buf + r->start;
        /* Find the end of the header block: an empty line. */
        size_t i = 0;
        bool have_length = false, bad = false, ended = false;
        size_t length = 0;
        while (i < avail) {
            const char *nl = memchr(p + i, '\n', avail - i);
            if (!nl) break;
            size_t end = (size_t)(nl - p);
            size_t text_end = end > i && p[end - 1] == '\r' ? end - 1 : end;
            if (text_end == i) { /* the empty line */
                i = end + 1;
                ended = true;
                break;
            }
            const char *colon = memchr(p + i, ':', text_end - i);
            if (!colon) {
                bad = true;
            } else {
                size_t name_len = (size_t)(colon - (p + i));
                if (name_len == 14 && strncasecmp(p + i, "content-length", 14) == 0) {
                    size_t v;
                    if (parse_length(colon + 1, (size_t)(p + text_end - colon - 1), &v) &&
                        !have_length) {
                        have_length = true;
                        length = v;
                    } else {
                        bad = true;
                    }
                }
            }
            i = end + 1;
        }
        if (!ended) {
            if (avail <= MAX_HEADER_BYTES) return LSP_READ_NEED_MORE;
            bad = true;
            i = 1;
        }
        if (bad || !have_length) {
            /* Resynchronise at the next Content-Length after this one. */
            r->start = next_header_start(r, r->start + (i ? i : 1));
            return LSP_READ_BAD_HEADER;
        }
        if (length > r->max_body) {
            r->start += i;
            size_t here = r->len - r->start;
            size_t drop = here < length ? here : length;
            r->start += drop;
            r->skip = length - drop;
            return LSP_READ_TOO_LARGE;
        }
        if (avail - i < length) return LSP_READ_NEED_MORE;
        *body = p + i;
        *len = length;
        r->start += i + length;
        return LSP_READ_MESSAGE;
    }
}

static bool write_all(int fd, const char *data, size_t len)
{
    while (len) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += w;
        len -= (size_t)w;
    }
    return true;
}

bool lsp_write_message(int fd, const char *body, size_t len)
{
    char header[64];
    size_t hl = 0;
    /* "Content-Length: " then the digits, without printf's locale. */
    static const char key[] = "Content-Length: ";
    memcpy(header, key, sizeof key - 1);
    hl = sizeof key - 1;
    char digits[24];
    size_t nd = 0, v = len;
    do {
        digits[nd++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (nd)
        header[hl++] = digits[--nd];
    memcpy(header + hl, "\r\n\r\n", 4);
    hl += 4;
    return write_all(fd, header, hl) && write_all(fd, body, len);
}
