#include "parse/document.h"

#include <stdlib.h>
#include <string.h>

#include "parse/kinds.h"
#include "core/options.h"
#include "util/stage_clock.h"

/* A NUL byte this early means a binary file, not a damaged text file. */
#define AL_BINARY_PROBE 8192

static bool build(al_document *doc, al_arena *arena, const al_options *opts, const char *path,
                  const char *data, size_t len)
{
    bool timed = opts && opts->timings;
    unsigned long long *ns = doc->stage_ns, t = timed ? al_thread_cpu_ns() : 0;
    /* The kind first: it decides how the rest is read (a JSON manifest, a
     * Cursor rule's lines). A binary or oversized file is judged by its
     * place and its neighbours as any other. */
    al_kind_decision kd;
    if (!al_kind_decide(opts, path, data, len, &kd)) return false;
    doc->kind = kd.kind;
    doc->kind_basis = kd.basis;
    doc->kind_from_path = kd.basis <= AL_KIND_BASIS_PLACE;
    doc->kind_why = al_arena_strdup(arena, kd.why);
    if (kd.plugin_root) doc->plugin_root = al_arena_strdup(arena, kd.plugin_root);
    bool copied = doc->kind_why && (!kd.plugin_root || doc->plugin_root);
    al_kind_decision_free(&kd);
    if (!copied) return false;
    if (len > al_options_max_file_size(opts)) {
        doc->input = AL_INPUT_TOO_LARGE;
        doc->src.path = path;
        doc->src.data = data;
        doc->src.len = len;
        return true;
    }
    if (!al_source_init(&doc->src, arena, path, data, len)) return false;
    al_stage_lap(timed, &t, &ns[AL_STAGE_SOURCE]);
    if (doc->src.nul_offset < len && doc->src.nul_offset < AL_BINARY_PROBE) {
        doc->input = AL_INPUT_BINARY;
        return true;
    }
    doc->input = AL_INPUT_TEXT;
    /* A JSON file has no front matter; its body rules still read it as text. */
    bool json = al_kind_is_json(doc->kind);
    if (!json && !al_frontmatter_parse(&doc->fm, &doc->src, arena)) return false;
    if (doc->kind == AL_KIND_CURSOR_RULE && !al_frontmatter_read_lines(&doc->fm, &doc->src, arena))
        return false;
    if (doc->kind == AL_KIND_PLUGIN_MANIFEST && !al_manifest_read(&doc->manifest, &doc->src, arena))
        return false;
    if (al_kind_is_json(doc->kind) && !al_json_tree_read(&doc->json, &doc->src, arena))
        return false;
    if (!al_agent_read(&doc->agent, &doc->fm, &doc->src, arena, doc->kind)) return false;
    al_stage_lap(timed, &t, &ns[AL_STAGE_FRONT_MATTER]);
    size_t body = doc->fm.status == AL_FM_ABSENT ? 0 : doc->fm.body_start;
    if (!al_markdown_parse(&doc->md, &doc->src, body, arena)) return false;
    al_stage_lap(timed, &t, &ns[AL_STAGE_MARKDOWN]);
    bool ok = al_snippets_build(&doc->snippets, &doc->md, arena) &&
              al_api_matches_find(&doc->api_matches, &doc->src, &doc->md, &doc->snippets, arena);
    al_stage_lap(timed, &t, &ns[AL_STAGE_SNIPPETS]);
    return ok;
}

bool al_document_build(al_document *doc, al_arena *arena, const al_options *opts, const char *path,
                       const char *data, size_t len, al_file_origin origin)
{
    memset(doc, 0, sizeof *doc);
    doc->opts = opts;
    doc->origin = origin;
    doc->secret_scan = al_arena_alloc(arena, sizeof *doc->secret_scan);
    return doc->secret_scan && build(doc, arena, opts, path, data, len);
}

void al_document_free(al_document *doc)
{
    al_markdown_free(&doc->md);
    al_manifest_free(&doc->manifest);
    if (doc->secret_scan)
        for (int k = 0; k < 2; k++)
            free(doc->secret_scan->kinds[k].v);
}
