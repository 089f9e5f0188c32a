/* Deprecated and removed Elixir-ecosystem APIs (EXA001-EXA003). The uses were found once when
 * the document was built (api_matches.c); each rule reports those of its class under the
 * target versions of the options. */
#include <string.h>

#include "core/options.h"
#include "rules/checks.h"
#include "spec/elixir_api.h"

typedef enum { CLASS_SKIP, CLASS_REMOVED, CLASS_DEPRECATED, CLASS_SOFT } api_class;

static api_class classify(const al_api_entry *e, const al_options *opts)
{
    const char *target = al_options_target_version(opts, al_target_components[e->component]);
    const char *first = e->soft ? e->soft : e->hard ? e->hard : e->removed;
    if (target && first && al_version_compare(target, first) < 0) return CLASS_SKIP;
    if (e->removed && (!target || al_version_compare(target, e->removed) >= 0))
        return CLASS_REMOVED;
    if (e->hard && (!target || al_version_compare(target, e->hard) >= 0)) return CLASS_DEPRECATED;
    return CLASS_SOFT;
}

/* Reports entry e at file bytes [s, end); clean: the span may be rewritten by the entry's fix. */
static void report(al_context *ctx, const al_api_entry *e, size_t s, size_t end, bool clean,
                   api_class cls)
{
    const char *comp = al_ex_component_name(e->component);
    al_pending *p;
    if (cls == CLASS_REMOVED) {
        const char *dep = e->hard ? e->hard : e->soft;
        if (dep && strcmp(dep, e->removed) != 0)
            p = al_report_at(ctx, AL_ERROR, s, end,
                             "%s was removed in %s %s (deprecated since %s %s), so code using it "
                             "fails; use %s",
                             e->what, comp, e->removed, comp, dep, e->use);
        else
            p = al_report_at(ctx, AL_ERROR, s, end,
                             "%s was removed in %s %s, so code using it fails; use %s", e->what,
                             comp, e->removed, e->use);
    } else if (cls == CLASS_DEPRECATED) {
        p = al_report_at(ctx, AL_WARNING, s, end,
                         "%s is deprecated since %s %s and warns when compiled; use %s", e->what,
                         comp, e->hard, e->use);
    } else {
        p = al_report_at(ctx, AL_INFO, s, end,
                         "%s is soft-deprecated since %s %s (documented, no warning yet); "
                         "prefer %s",
                         e->what, comp, e->soft ? e->soft : e->hard, e->use);
    }
    if (p && e->fix != AL_APIFIX_NONE && e->fix_text && clean) {
        al_fix_edit(ctx, p, s, end, e->fix_text);
        if (e->fix == AL_APIFIX_UNSAFE) al_fix_unsafe(p);
    }
}

static void report_class(al_context *ctx, const al_document *doc, api_class want)
{
    if (doc->input != AL_INPUT_TEXT) return;
    for (size_t i = 0; i < doc->api_matches.count; i++) {
        const al_api_match *m = &doc->api_matches.items[i];
        api_class cls = classify(m->entry, doc->opts);
        if (cls == want) report(ctx, m->entry, m->start, m->end, m->clean, cls);
    }
}

void al_check_removed_api(al_context *ctx, const al_document *doc)
{
    report_class(ctx, doc, CLASS_REMOVED);
}

void al_check_deprecated_api(al_context *ctx, const al_document *doc)
{
    report_class(ctx, doc, CLASS_DEPRECATED);
}

void al_check_soft_deprecated_api(al_context *ctx, const al_document *doc)
{
    report_class(ctx, doc, CLASS_SOFT);
}
