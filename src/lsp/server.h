/* The language server's state and its JSON-RPC dispatcher, apart from the
 * stdio loop (lsp_main.c), so that the fuzz target drives it directly.
 *
 * Messages are queued as they arrive and handled one at a time, in order;
 * a $/cancelRequest for a queued request answers it RequestCancelled when
 * its turn comes. Text changes apply at once, their lint waits for the
 * debounce delay (or for a request that needs the diagnostics). */
#ifndef AL_LSP_SERVER_H
#define AL_LSP_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct lsp_server lsp_server;

/* Where replies go: a callback gets each message body. */
typedef bool (*lsp_send_fn)(void *ctx, const char *body, size_t len);

typedef struct {
    lsp_send_fn send;
    void *send_ctx;
    bool use_disk; /* configurations and the workspace scan (off when fuzzing) */
    int wake_fd;   /* the workspace scan writes a byte here when done (-1: none) */
} lsp_server_setup;

lsp_server *lsp_server_new(const lsp_server_setup *setup);
void lsp_server_free(lsp_server *srv);

/* A received message body: parsed and queued (a parse error is answered
 * at once, with id null). */
void lsp_server_receive(lsp_server *srv, const char *body, size_t len);
/* The reader dropped a message (bad header, too large): logged. */
void lsp_server_dropped(lsp_server *srv, const char *why);
bool lsp_server_has_queued(const lsp_server *srv);
/* Handles the oldest queued message. */
void lsp_server_process_one(lsp_server *srv);
/* Lints the documents whose debounce delay has passed at now_ms (all
 * changed documents when force). Returns the milliseconds until the next
 * one is due, or -1 when none is waiting. */
long lsp_server_lint_due(lsp_server *srv, uint64_t now_ms, bool force);
/* The workspace scan has finished: take its result. */
void lsp_server_workspace_ready(lsp_server *srv);
/* True after `exit`, or when sending failed (the client is gone). */
bool lsp_server_done(const lsp_server *srv);
/* 0 when `shutdown` came before the end, 1 otherwise. */
int lsp_server_exit_status(const lsp_server *srv);

uint64_t lsp_now_ms(void);

#endif
