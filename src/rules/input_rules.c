/* Rules about the file as a whole, before any parsing. */
#include "rules/checks.h"

void al_check_binary_file(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_BINARY) return;
    /* The whole file is the problem: point at its start. */
    size_t at = doc->src.nul_offset;
    const al_kind_wording *w = al_wording(doc);
    bool json = doc->kind == AL_KIND_PLUGIN_MANIFEST;
    /* Without a path that names the kind, the content (unread) cannot. */
    if (doc->kind_from_path)
        al_report(ctx, 0, 0,
                  "this looks like a binary file (a NUL byte at byte %zu), not %s %s; it was not "
                  "linted. It should be UTF-8 %s text",
                  at, al_article(w->noun), w->noun, json ? "JSON" : "Markdown");
    else
        al_report(ctx, 0, 0,
                  "this looks like a binary file (a NUL byte at byte %zu), not an agent "
                  "definition; it was not linted. Agent files are UTF-8 Markdown text",
                  at);
}

void al_check_file_too_large(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TOO_LARGE) return;
    size_t limit = al_options_max_file_size(doc->opts);
    const al_kind_wording *w = al_wording(doc);
    /* Only a file whose text becomes a prompt has a reason to be small. */
    const char *why = "";
    if (w->prompt || !doc->kind_from_path) {
        const char *noun = doc->kind_from_path ? w->noun : "agent";
        why = al_arena_printf(al_context_arena(ctx),
                              "; %s %s's whole file becomes its prompt, so one this large is "
                              "almost certainly not %s %s",
                              al_article(noun), noun, al_article(noun), noun);
        if (!why) why = "";
    }
    /* A reader stops one byte past the limit (the command line does): then
     * the real size is not known here, and a wrong one is not said. */
    if (doc->src.len == limit + 1)
        al_report(ctx, 0, 0, "file is over the %zu-byte limit and was not linted%s", limit, why);
    else
        al_report(ctx, 0, 0, "file is %zu bytes, over the %zu-byte limit, and was not linted%s",
                  doc->src.len, limit, why);
}
