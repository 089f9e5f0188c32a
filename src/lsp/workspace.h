/* The workspace folders' agents, for the check across files (two agents
 * with one name). After `initialized` a background thread walks each folder
 * the way the command line walks a directory (*.md files, sorted, skipping
 * .git and node_modules), lints every file from disk and hands the agents
 * to the server; the server keeps them current from then on (saved, closed,
 * created and deleted files). Only files with an agent `name` are kept. */
#ifndef AL_LSP_WORKSPACE_H
#define AL_LSP_WORKSPACE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "lsp/configs.h"

typedef struct {
    char *path;     /* absolute */
    al_result *res; /* its lint from disk; has an agent name */
} lsp_ws_entry;

typedef struct {
    lsp_ws_entry *items; /* in walk order (lsp_path_order) */
    size_t count, cap;
} lsp_ws_index;

typedef struct {
    char **folders; /* absolute paths, without a final slash */
    size_t folder_count;
    const al_options *base; /* shared read-only with the scan thread */
    lsp_ws_index index;     /* owned by the server thread */
    bool ready;             /* index holds a finished scan */
    /* the scan */
    pthread_t thread;
    bool running;
    atomic_bool stop;
    pthread_mutex_t lock;
    lsp_ws_index *finished; /* a scan's result, handed over under lock */
    size_t files_scanned;   /* of the last finished scan */
    int wake_fd;            /* written to when a scan finishes (-1: none) */
} lsp_workspace;

void lsp_workspace_init(lsp_workspace *ws, const al_options *base, int wake_fd);
/* Stops the scan and frees everything. */
void lsp_workspace_free(lsp_workspace *ws);
bool lsp_workspace_add_folder(lsp_workspace *ws, const char *path);
/* Starts (or restarts) the background scan of every folder. */
bool lsp_workspace_scan(lsp_workspace *ws);
/* Stops a running scan and waits for it. */
void lsp_workspace_stop(lsp_workspace *ws);
/* Takes a finished scan's index, if there is one; true when it did. */
bool lsp_workspace_collect(lsp_workspace *ws);

/* The folder holding path, or NULL. */
const char *lsp_workspace_folder_of(const lsp_workspace *ws, const char *path);
/* Lints path from disk (configuration applied) and puts it in the index or
 * takes it out (deleted, ignored, not an agent, not in a folder). *old_name
 * and *new_name get the agent names before and after (malloc'd or NULL). */
void lsp_workspace_refresh_file(lsp_workspace *ws, lsp_configs *configs, const char *path,
                                char **old_name, char **new_name);

/* The order in which a walk meets two paths: component by component,
 * each compared as bytes (a directory's entries are sorted by name). */
int lsp_path_order(const char *a, const char *b);

#endif
