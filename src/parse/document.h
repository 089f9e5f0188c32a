/* The read-only document every rule looks at: the pipeline's stages, built
 * once per file. */
#ifndef AL_DOCUMENT_H
#define AL_DOCUMENT_H

#include "parse/agent.h"
#include "agentlint/agentlint.h"
#include "parse/api_matches.h"
#include "parse/frontmatter.h"
#include "parse/json_tree.h"
#include "parse/kinds.h"
#include "parse/manifest.h"
#include "parse/markdown.h"
#include "parse/snippets.h"
#include "parse/source.h"
#include "util/arena.h"

typedef enum {
    AL_INPUT_TEXT,      /* parsed */
    AL_INPUT_BINARY,    /* NUL bytes early on: not a text file; not parsed */
    AL_INPUT_TOO_LARGE, /* over the size limit; not parsed */
} al_input_kind;

/* Where a literal prefix of a secret pattern starts (secret_rules.c). */
typedef struct {
    size_t at;
    size_t pattern; /* index in al_secret_patterns */
} al_secret_hit;

typedef struct {
    al_secret_hit *v;
    size_t n, cap;
} al_secret_hits;

/* The secret rules' prefilter, one scan of the text for both kinds of
 * pattern, made by the first rule that needs it: SEC001 and SEC002 share it. */
typedef struct {
    bool done, ok;
    al_secret_hits kinds[2]; /* by al_secret_kind, in text order */
} al_secret_scan;

typedef struct {
    al_source src;
    al_input_kind input;
    al_file_origin origin;
    unsigned long long stage_ns[AL_STAGE_COUNT]; /* with al_options_set_timings */
    al_file_kind kind;       /* decided in al_document_build; never AL_KIND_AUTO */
    bool kind_from_path;     /* false: the path said nothing, the content decided */
    al_kind_basis kind_basis; /* what decided it (parse/kinds.h) */
    const char *kind_why;     /* and in words, for --show-files and -v */
    const char *plugin_root; /* the plugin folder of a plugin's agent or command, else NULL */
    al_frontmatter fm;
    al_agent agent;
    al_manifest manifest; /* plugin manifests only */
    al_json_tree json;    /* the JSON kinds (settings, plugin hooks, MCP, manifests) */
    al_markdown md;
    al_snippets snippets;       /* the Elixir blocks of md, lexed */
    al_api_matches api_matches; /* uses of deprecated Elixir APIs in them */
    const al_options *opts;
    al_secret_scan *secret_scan; /* written by the secret rules (a document is const to rules) */
} al_document;

/* Builds every stage. Returns false only when out of memory. */
bool al_document_build(al_document *doc, al_arena *arena, const al_options *opts, const char *path,
                       const char *data, size_t len, al_file_origin origin);
void al_document_free(al_document *doc);

#endif
