/* Fuzzing the language server: bytes -> Content-Length reader -> JSON-RPC
 * dispatcher -> every method, with the disk left alone (no configuration
 * lookup, no workspace scan). What it checks: no crash, no leak, no
 * sanitizer report, and every reply is one valid JSON object with
 * "jsonrpc": "2.0". */
#include "lsp_harness.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lsp/server.h"
#include "lsp/transport.h"

/* Small enough that the fuzzer meets the limit. */
#define FUZZ_MAX_MESSAGE 65536

static bool check_reply(void *ctx, const char *body, size_t len)
{
    (void)ctx;
    json_error_t err;
    json_t *m = json_loadb(body, len, 0, &err);
    if (!m || !json_is_object(m) || !json_is_string(json_object_get(m, "jsonrpc"))) {
        fprintf(stderr, "lsp fuzz: the server sent something else than a JSON-RPC object: %.*s\n",
                (int)(len > 200 ? 200 : len), body);
        abort();
    }
    json_decref(m);
    return true;
}

static void drain(lsp_server *srv, lsp_reader *rd)
{
    for (;;) {
        const char *body;
        size_t len;
        lsp_read_status st = lsp_reader_next(rd, &body, &len);
        if (st == LSP_READ_NEED_MORE) return;
        if (st == LSP_READ_MESSAGE)
            lsp_server_receive(srv, body, len);
        else
            lsp_server_dropped(srv, "bad header or too large");
        while (lsp_server_has_queued(srv) && !lsp_server_done(srv))
            lsp_server_process_one(srv);
    }
}

int al_lsp_fuzz_one(const uint8_t *data, size_t len)
{
    lsp_server_setup setup = {check_reply, NULL, false, -1};
    lsp_server *srv = lsp_server_new(&setup);
    if (!srv) return 0;
    lsp_reader rd;
    lsp_reader_init(&rd, FUZZ_MAX_MESSAGE);
    /* Two reads: the first byte picks where the input is cut, so that
     * messages split across reads are covered. */
    size_t cut = len ? (size_t)data[0] * len / 256 : 0;
    if (lsp_reader_feed(&rd, (const char *)data, cut)) drain(srv, &rd);
    if (!lsp_server_done(srv) && lsp_reader_feed(&rd, (const char *)data + cut, len - cut))
        drain(srv, &rd);
    if (!lsp_server_done(srv)) lsp_server_lint_due(srv, 0, true);
    (void)lsp_server_exit_status(srv);
    lsp_server_free(srv);
    lsp_reader_free(&rd);
    return 0;
}
