/* Deciding what a file is (its al_file_kind), and why: the forced kind, the
 * configuration's `kinds:` globs, the place (the patterns of
 * spec/file_kinds.c), then the content (front matter), then the other
 * Markdown files of its folder. A defect in a file never changes the
 * answer: a misspelt key, a missing field or missing front matter still
 * leave an agent an agent. */
#ifndef AL_KINDS_H
#define AL_KINDS_H

#include <stdbool.h>
#include <stddef.h>

#include "agentlint/agentlint.h"

/* What decided a file's kind. */
typedef enum {
    AL_KIND_BASIS_OPTION,   /* --kind (al_options_set_kind) */
    AL_KIND_BASIS_CONFIG,   /* a `kinds:` glob of the configuration */
    AL_KIND_BASIS_PLACE,    /* the path table: a tool's folder, a name, a place without agents */
    AL_KIND_BASIS_TEMPLATE, /* front-matter values that are {{...}} placeholders */
    AL_KIND_BASIS_FOREIGN,  /* a front-matter key of another tool's file */
    AL_KIND_BASIS_FRONT_MATTER, /* the front matter's keys say agent */
    AL_KIND_BASIS_SIBLINGS,     /* the other Markdown files of its folder are agents */
    AL_KIND_BASIS_DEFAULT,      /* nothing says agent: documentation */
} al_kind_basis;

#define AL_KIND_WHY_MAX 200

typedef struct {
    al_file_kind kind; /* never AL_KIND_AUTO */
    al_kind_basis basis;
    char *plugin_root; /* malloc'd: the plugin folder of a plugin's agent, command or skill */
    char why[AL_KIND_WHY_MAX]; /* for --show-files and -v: "folder .claude/agents" */
} al_kind_decision;

/* How much of a file the content decision reads: the same for the file
 * itself and for its neighbours, so that both give one answer. */
#define AL_KIND_HEAD_BYTES 65536

/* The kind from the path alone (al_kind_for_path), also giving the plugin
 * root folder of a plugin's agent, command or skill (malloc'd, NULL for
 * other files; plugin_root may be NULL) and what matched (why, may be NULL). */
al_file_kind al_kind_resolve(const al_options *opts, const char *path, char **plugin_root,
                             char *why, size_t why_size);

/* The whole decision for a file whose text is data (its first
 * AL_KIND_HEAD_BYTES are read; path NULL or "-" for standard input without
 * a name). Returns false only when out of memory; free with
 * al_kind_decision_free. */
bool al_kind_decide(const al_options *opts, const char *path, const char *data, size_t len,
                    al_kind_decision *out);
void al_kind_decision_free(al_kind_decision *d);

/* Whether Claude Code loads the skill at path: one in a .claude/skills
 * folder, or a plugin's (plugin_root, from al_kind_resolve; may be NULL). */
bool al_kind_claude_loads_skill(const char *path, const char *plugin_root);

/* The project a file belongs to, as an absolute folder (malloc'd): the
 * nearest folder above it holding `.git`, else the working directory when
 * the file is in it, else "/". NULL when out of memory. */
char *al_kind_project_root(const char *path);

/* Whether files of kind are JSON (plugin manifests, settings, plugin hooks,
 * MCP configuration), not Markdown. */
bool al_kind_is_json(al_file_kind kind);

#endif
