/* The rule context and the result it fills. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bad_example.h"
#include "options.h"
#include "result.h"
#include "rules/rule.h"
#include "spec/unicode_text.h"
#include "util/strbuf.h"
#include "util/utf8.h"

struct al_pending {
    al_result *res;
    size_t index;
    bool no_fix; /* in a deliberate bad example: leave it as it is */
    al_fix fix;
    al_edit *edits;
    size_t cap;
};

al_arena *al_context_arena(al_context *ctx)
{
    return &ctx->res->arena;
}

const char *al_quote(al_context *ctx, const char *s, size_t len)
{
    al_strbuf sb;
    al_strbuf_init(&sb);
    al_strbuf_append_quoted(&sb, s, len, 60);
    const char *out = al_arena_strdup(&ctx->res->arena, sb.data ? sb.data : "");
    al_strbuf_free(&sb);
    return out ? out : "";
}

const char *al_context_path(const al_context *ctx)
{
    return ctx->res->path;
}

const al_kind_wording *al_wording(const al_document *doc)
{
    return al_kind_wording_for(doc->kind, doc->plugin_root != NULL);
}

const char *al_article(const char *noun)
{
    return strchr("aeiouAEIOU", noun[0]) && noun[0] ? "an" : "a";
}

static al_severity effective(const al_context *ctx, al_severity wanted)
{
    int configured = ctx->opts ? ctx->opts->severity[al_rule_index(&ctx->rule->info)] : -1;
    if (configured >= 0) return (al_severity)configured;
    return wanted;
}

al_diagnostic *al_result_push(al_result *res, const al_rule_info *rule, al_severity sev,
                              al_position start, al_position end, const char *message)
{
    if (res->count == res->cap) {
        size_t cap = res->cap ? res->cap * 2 : 16;
        al_diagnostic *p = realloc(res->diags, cap * sizeof *p);
        if (!p) return NULL;
        res->diags = p;
        res->cap = cap;
    }
    al_diagnostic *d = &res->diags[res->count++];
    d->rule = rule;
    d->severity = sev;
    d->start = start;
    d->end = end;
    d->message = message;
    d->fix = NULL;
    d->fix_refused = NULL;
    return d;
}

/* A message is one line of valid UTF-8 without control or invisible
 * characters, whatever text a rule quoted into it (the Elixir checker quotes
 * source excerpts raw, for one): otherwise it is escaped as al_quote does. */
static char *one_safe_line(al_context *ctx, char *msg, size_t len)
{
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t k = al_utf8_decode(msg + i, len - i, &cp);
        if (k == 0 || cp < 0x20 || cp == 0x7f || al_cp_printed_escaped(cp)) break;
        i += k;
    }
    if (i == len) return msg;
    al_strbuf sb;
    al_strbuf_init(&sb);
    al_strbuf_append_quoted(&sb, msg, len, (size_t)-1);
    char *out = sb.failed ? NULL : al_arena_strdup(&ctx->res->arena, sb.data ? sb.data : "");
    al_strbuf_free(&sb);
    return out;
}

static al_pending *vreport(al_context *ctx, al_severity sev, size_t start, size_t end,
                           const char *fmt, va_list ap)
{
    /* Code the file marks as a bad example is meant to be wrong: a note at
     * most, and no fix (a configured severity still wins). */
    bool bad_example =
        al_rule_softened_in_bad_examples(&ctx->rule->info) && al_in_bad_example(ctx->doc, start);
    if (bad_example && sev > AL_INFO) sev = AL_INFO;
    sev = effective(ctx, sev);
    if (sev == AL_OFF) return NULL;
    if (end < start) end = start;
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0) return NULL;
    char *msg = al_arena_alloc_uninit(&ctx->res->arena, (size_t)n + 1);
    if (!msg) return NULL;
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    if (bad_example) {
        static const char note[] = " (in code marked as a bad example, so only a note)";
        char *longer = al_arena_alloc_uninit(&ctx->res->arena, (size_t)n + sizeof note);
        if (!longer) return NULL;
        memcpy(longer, msg, (size_t)n);
        memcpy(longer + n, note, sizeof note);
        msg = longer;
        n += (int)sizeof note - 1;
    }
    msg = one_safe_line(ctx, msg, (size_t)n);
    if (!msg) return NULL;
    const al_source *src = &ctx->doc->src;
    al_position from = al_source_position(src, start), to = al_source_position(src, end);
    al_diagnostic *d = al_result_push(ctx->res, &ctx->rule->info, sev, from, to, msg);
    if (!d) return NULL;
    al_pending *p = al_arena_alloc(&ctx->res->arena, sizeof *p);
    if (!p) return NULL;
    p->res = ctx->res;
    p->index = ctx->res->count - 1;
    p->fix.safe = true;
    p->no_fix = bad_example;
    return p;
}

al_pending *al_report(al_context *ctx, size_t start, size_t end, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    al_pending *p = vreport(ctx, ctx->rule->info.default_severity, start, end, fmt, ap);
    va_end(ap);
    return p;
}

al_pending *al_report_at(al_context *ctx, al_severity sev, size_t start, size_t end,
                         const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    al_pending *p = vreport(ctx, sev, start, end, fmt, ap);
    va_end(ap);
    return p;
}

void al_fix_edit(al_context *ctx, al_pending *p, size_t start, size_t end, const char *text)
{
    if (!p || p->no_fix) return;
    if (p->fix.edit_count == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 2;
        al_edit *e = al_arena_alloc_uninit(&p->res->arena, cap * sizeof *e);
        if (!e) return;
        if (p->fix.edit_count) memcpy(e, p->edits, p->fix.edit_count * sizeof *e);
        p->edits = e;
        p->cap = cap;
        p->fix.edits = e;
    }
    const al_source *src = &ctx->doc->src;
    al_edit *e = &p->edits[p->fix.edit_count++];
    e->start = al_source_position(src, start);
    e->end = al_source_position(src, end);
    e->text = al_arena_strdup(&p->res->arena, text);
    if (!e->text) {
        p->fix.edit_count--;
        return;
    }
    p->res->diags[p->index].fix = &p->fix;
}

void al_fix_unsafe(al_pending *p)
{
    if (p) p->fix.safe = false;
}
