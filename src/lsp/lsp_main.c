/* `agentlint lsp`: the stdio loop around the server. One thread reads,
 * dispatches and lints; between two messages it reads whatever else has
 * arrived, so that a $/cancelRequest reaches a request still queued. The
 * workspace scan runs on its own thread and wakes this one through a
 * pipe. */
#include "lsp/lsp.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lsp/server.h"
#include "lsp/transport.h"

/* The largest message read: a 16 MiB document, JSON-escaped, fits. */
#define MAX_MESSAGE_BYTES ((size_t)64 << 20)

static const char lsp_usage[] =
    "usage: agentlint lsp [--stdio]\n"
    "\n"
    "Runs the agentlint language server (LSP 3.17) on standard input and output.\n"
    "Configure your editor to start `agentlint lsp` for Markdown agent files;\n"
    "see `man agentlint` (LANGUAGE SERVER).\n";

static bool send_stdout(void *ctx, const char *body, size_t len)
{
    (void)ctx;
    return lsp_write_message(STDOUT_FILENO, body, len);
}

/* Reads what is there (without blocking when wait_ms is 0); false at the
 * end of input. */
static bool pump(lsp_server *srv, lsp_reader *rd, int wake_fd, int wait_ms)
{
    struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {wake_fd, POLLIN, 0}};
    int n = poll(fds, 2, wait_ms);
    if (n < 0) return errno == EINTR;
    if (fds[1].revents & POLLIN) {
        char drain[64];
        while (read(wake_fd, drain, sizeof drain) > 0) {
        }
        lsp_server_workspace_ready(srv);
    }
    if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) return true;
    char buf[65536];
    ssize_t r = read(STDIN_FILENO, buf, sizeof buf);
    if (r < 0) return errno == EINTR || errno == EAGAIN;
    if (r == 0) return false;
    if (!lsp_reader_feed(rd, buf, (size_t)r)) {
        lsp_server_dropped(srv, "out of memory");
        return true;
    }
    for (;;) {
        const char *body;
        size_t len;
        lsp_read_status st = lsp_reader_next(rd, &body, &len);
        if (st == LSP_READ_NEED_MORE) break;
        if (st == LSP_READ_MESSAGE)
            lsp_server_receive(srv, body, len);
        else
            lsp_server_dropped(srv, st == LSP_READ_TOO_LARGE
                                        ? "larger than the limit (64 MiB)"
                                        : "bad or missing Content-Length header");
    }
    return true;
}

int al_lsp_main(int argc, char **argv)
{
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--stdio") == 0) continue; /* what most clients pass */
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(lsp_usage, stdout);
            return 0;
        }
        fprintf(stderr, "agentlint lsp: unknown option '%s'\n%s", argv[i], lsp_usage);
        return 2;
    }
    /* A client that goes away must not kill us in the middle of a write. */
    signal(SIGPIPE, SIG_IGN);
    int wake[2];
    if (pipe(wake) != 0) {
        perror("agentlint lsp: pipe");
        return 1;
    }
    fcntl(wake[0], F_SETFL, fcntl(wake[0], F_GETFL) | O_NONBLOCK);
    lsp_server_setup setup = {send_stdout, NULL, true, wake[1]};
    lsp_server *srv = lsp_server_new(&setup);
    if (!srv) {
        fputs("agentlint lsp: out of memory\n", stderr);
        close(wake[0]);
        close(wake[1]);
        return 1;
    }
    lsp_reader rd;
    lsp_reader_init(&rd, MAX_MESSAGE_BYTES);
    bool open_input = true;
    while (!lsp_server_done(srv)) {
        long due = lsp_server_lint_due(srv, lsp_now_ms(), false);
        if (lsp_server_done(srv)) break;
        if (lsp_server_has_queued(srv)) {
            if (open_input) open_input = pump(srv, &rd, wake[0], 0);
            lsp_server_process_one(srv);
            continue;
        }
        if (!open_input) break;
        open_input = pump(srv, &rd, wake[0], due < 0 ? -1 : (int)(due > 60000 ? 60000 : due));
    }
    int status = lsp_server_exit_status(srv);
    lsp_server_free(srv);
    lsp_reader_free(&rd);
    close(wake[0]);
    close(wake[1]);
    return status;
}
