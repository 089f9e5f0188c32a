/* Each file's configuration, found and loaded once per configuration file. */
#include "cli/configs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

/* A configuration's error or notes name its path, which may hold control
 * characters: printed escaped (as ls -b does), like every other path. */
static void config_error(const char *err)
{
    fputs("agentlint: ", stderr);
    al_path_escape(stderr, err);
    fputc('\n', stderr);
}

static void print_notes(const char *notes)
{
    for (const char *line = notes; *line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        char *copy = strndup(line, len);
        if (copy) al_path_escape(stderr, copy);
        free(copy);
        fputc('\n', stderr);
        line += len + (nl != NULL);
    }
}

/* The configuration for a file (NULL: none); false on a bad config. */
bool config_for(config_cache *cache, const cli_options *cli, const char *file,
                const al_config **out)
{
    *out = NULL;
    if (cli->no_config) return true;
    char err[1024] = "";
    char *found = NULL;
    const char *slash = strrchr(file, '/');
    size_t dir_len = slash ? (size_t)(slash - file) : 0;
    if (cli->config_path) {
        found = strdup(cli->config_path);
    } else if (cache->last_dir && strlen(cache->last_dir) == dir_len &&
               strncmp(cache->last_dir, file, dir_len) == 0) {
        if (cache->last_found && !(found = strdup(cache->last_found))) return false;
    } else {
        found = al_config_find(file, err, sizeof err);
        if (!err[0]) { /* remember the folder's answer; an error stops the run anyway */
            free(cache->last_dir);
            free(cache->last_found);
            cache->last_dir = strndup(file, dir_len);
            cache->last_found = found ? strdup(found) : NULL;
            if (!cache->last_dir || (found && !cache->last_found)) {
                free(cache->last_dir);
                cache->last_dir = NULL;
            }
        }
    }
    if (err[0]) { /* an unusable .agentlint.yml is not skipped */
        config_error(err);
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
        config_error(err);
        free(found);
        return false;
    }
    config_entry *n = realloc(cache->items, (cache->count + 1) * sizeof *n);
    if (!n) {
        al_config_free(cfg);
        free(found);
        return false;
    }
    if (al_config_notes(cfg) && !cli->quiet) print_notes(al_config_notes(cfg));
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
    free(cache->last_dir);
    free(cache->last_found);
}
