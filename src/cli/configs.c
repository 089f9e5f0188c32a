/* Each file's configuration, found and loaded once per configuration file. */
#include "cli/configs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The configuration for a file (NULL: none); false on a bad config. */
bool config_for(config_cache *cache, const cli_options *cli, const char *file,
                const al_config **out)
{
    *out = NULL;
    if (cli->no_config) return true;
    char err[1024] = "";
    char *found =
        cli->config_path ? strdup(cli->config_path) : al_config_find(file, err, sizeof err);
    if (err[0]) { /* an unusable .agentlint.yml is not skipped */
        fprintf(stderr, "agentlint: %s\n", err);
        free(found);
        return false;
    }
    if (!found) return true;
    for (size_t i = 0; i < cache->count; i++)
        if (strcmp(cache->items[i].path, found) == 0) {
            free(found);
            *out = cache->items[i].cfg;
            return true;
        }
    al_config *cfg = al_config_load(found, err, sizeof err);
    if (!cfg) {
        fprintf(stderr, "agentlint: %s\n", err);
        free(found);
        return false;
    }
    config_entry *n = realloc(cache->items, (cache->count + 1) * sizeof *n);
    if (!n) {
        al_config_free(cfg);
        free(found);
        return false;
    }
    if (al_config_notes(cfg) && !cli->quiet) fprintf(stderr, "%s", al_config_notes(cfg));
    cache->items = n;
    cache->items[cache->count].path = found;
    cache->items[cache->count].cfg = cfg;
    cache->count++;
    *out = cfg;
    return true;
}

void config_cache_free(config_cache *cache)
{
    for (size_t i = 0; i < cache->count; i++) {
        free(cache->items[i].path);
        al_config_free(cache->items[i].cfg);
    }
    free(cache->items);
}
