/* Configuration lookup for the language server, as the command line does
 * it: the nearest .agentlint.yml (or .yaml) in the file's folder or above. */
#include "lsp/configs.h"

#include <stdlib.h>
#include <string.h>

static const lsp_config_entry *lookup(lsp_configs *cache, const char *file)
{
    char err[sizeof cache->items[0].error] = "";
    char *found = al_config_find(file, err, sizeof err);
    if (!found) return NULL;
    for (size_t i = 0; i < cache->count; i++)
        if (strcmp(cache->items[i].path, found) == 0) {
            free(found);
            return &cache->items[i];
        }
    lsp_config_entry *n = realloc(cache->items, (cache->count + 1) * sizeof *n);
    if (!n) {
        free(found);
        return NULL;
    }
    cache->items = n;
    lsp_config_entry *e = &cache->items[cache->count++];
    memset(e, 0, sizeof *e);
    e->path = found;
    /* An unusable .agentlint.yml (a folder, a FIFO, a link loop) keeps its
     * error like one that does not parse. */
    if (err[0])
        memcpy(e->error, err, sizeof e->error);
    else
        e->cfg = al_config_load(found, e->error, sizeof e->error);
    return e;
}

al_options *lsp_configs_options(lsp_configs *cache, const al_options *base, const char *file,
                                bool *ignored, const lsp_config_entry **entry)
{
    *ignored = false;
    const lsp_config_entry *e = lookup(cache, file);
    if (entry) *entry = e;
    const al_config *cfg = e ? e->cfg : NULL;
    al_options *opts = al_options_clone(base);
    if (!opts) return NULL;
    if (cfg) {
        *ignored = al_config_ignores(cfg, file);
        if (!al_config_apply(cfg, opts, file)) {
            al_options_free(opts);
            return NULL;
        }
    }
    return opts;
}

void lsp_configs_clear(lsp_configs *cache)
{
    for (size_t i = 0; i < cache->count; i++) {
        free(cache->items[i].path);
        al_config_free(cache->items[i].cfg);
    }
    free(cache->items);
    cache->items = NULL;
    cache->count = 0;
}

bool lsp_is_config_name(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return strcmp(base, AL_CONFIG_NAME) == 0 || strcmp(base, AL_CONFIG_NAME_ALT) == 0;
}
