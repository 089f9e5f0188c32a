/* Each file's configuration, found and loaded once per configuration file. */
#ifndef AL_CLI_CONFIGS_H
#define AL_CLI_CONFIGS_H

#include <stdbool.h>
#include <stddef.h>

#include "cli/args.h"
#include "config/config.h"

typedef struct {
    char *path;
    al_config *cfg;
} config_entry;

typedef struct {
    config_entry *items;
    size_t count;
    /* The last folder searched and what was found there (NULL: nothing):
     * files come folder by folder, so each folder is searched upward once. */
    char *last_dir;
    char *last_found;
} config_cache;

/* The configuration for a file (NULL: none); false on a bad configuration
 * (the reason printed). */
bool config_for(config_cache *cache, const cli_options *cli, const char *file,
                const al_config **out);
void config_cache_free(config_cache *cache);

#endif
