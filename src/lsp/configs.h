/* The configuration of each file: the nearest .agentlint.yml, loaded once
 * and kept until the server is told it changed. One cache per thread. */
#ifndef AL_LSP_CONFIGS_H
#define AL_LSP_CONFIGS_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "config/config.h"

typedef struct {
    char *path;      /* the configuration file */
    al_config *cfg;  /* NULL when it failed to load */
    char error[512]; /* why it failed, "path:line:col: message" */
} lsp_config_entry;

typedef struct {
    lsp_config_entry *items;
    size_t count;
} lsp_configs;

/* Options to lint file with: a copy of base with the file's configuration
 * applied. *ignored is set when the configuration ignores the file; *entry
 * (may be NULL) gets the configuration used, NULL for none. NULL when out
 * of memory. A configuration that fails to load is left out (its entry
 * keeps the error). */
al_options *lsp_configs_options(lsp_configs *cache, const al_options *base, const char *file,
                                bool *ignored, const lsp_config_entry **entry);
/* Forgets every loaded configuration (they changed on disk). */
void lsp_configs_clear(lsp_configs *cache);
bool lsp_is_config_name(const char *path);

#endif
