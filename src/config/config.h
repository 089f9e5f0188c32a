/* Configuration files (.agentlint.yml).
 *
 *   rules:                       # severity per rule, by code or name
 *     CC010: error
 *     name-format: off
 *   ignore: [drafts/, README.md]  # files not linted
 *   overrides:
 *     - files: [legacy]
 *       rules: {unknown-field: note}
 *   claude-code:                 # extra names accepted
 *     tools: [MyTool]
 *     fields: [team]
 *     models: [my-proxy-model]
 *   name-matches-filename: true  # turns on CC005
 *   elixir: {version: "1.15", otp: "26", phoenix: "1.7", liveview: "0.20", ecto: "3.11"}
 *
 * Globs are relative to the folder holding the configuration: `*` and `?`
 * stay within a path segment, `**` crosses them, a glob without `/` matches
 * a file or folder name at any depth, and a glob that matches a folder
 * covers everything below it. An unknown key or a bad value is an error
 * with its file:line:column. */
#ifndef AL_CONFIG_H
#define AL_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"
#include "util/glob.h"
#include "util/path.h"

typedef struct al_config al_config;

#define AL_CONFIG_NAME     ".agentlint.yml"
#define AL_CONFIG_NAME_ALT ".agentlint.yaml"

/* Loads and checks a configuration file. On error returns NULL and puts a
 * one-line message "path:line:col: what is wrong" into err. */
al_config *al_config_load(const char *path, char *err, size_t errlen);
/* Parses configuration text; path is used for messages and as the base of
 * relative globs. */
al_config *al_config_parse(const char *path, const char *text, size_t len, char *err,
                           size_t errlen);
void al_config_free(al_config *cfg);
const char *al_config_path(const al_config *cfg);
/* Notes about the file ("path:line:col: note: ..." lines: old rule codes),
 * or NULL. */
const char *al_config_notes(const al_config *cfg);

/* True when the file (any path; made absolute against the working
 * directory) matches an `ignore` glob. */
bool al_config_ignores(const al_config *cfg, const char *file);
/* Applies the configuration for one file to opts. False when out of
 * memory. */
bool al_config_apply(const al_config *cfg, al_options *opts, const char *file);

/* The nearest .agentlint.yml (or .yaml) in the file's folder or above it,
 * up to the repository's root (the first folder holding `.git`); malloc'd
 * path, or NULL when there is none. err is "" unless the nearest is not a
 * file that can be read: a folder, a FIFO, a symbolic link loop or a link
 * to nothing; then err says which ("path: what") and its path is returned
 * all the same. */
char *al_config_find(const char *file, char *err, size_t errlen);

#endif
