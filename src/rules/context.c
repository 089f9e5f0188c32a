/* The rule context and the result it fills. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/options.h"
#include "core/result.h"
#include "parse/bad_example.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "spec/unicode_text.h"
#include "util/strbuf.h"
#include "util/utf8.h"

/* A finding just reported, for the fix a rule may add to it. One edit is
 * the common fix: it is kept here, not in an array of its own. */
struct al_pending {
    al_fix fix;
    al_edit first;
    uint32_t index; /* of the finding (a file under the size limit has fewer) */
    uint16_t cap;   /* edits the array at fix.edits holds (1: first) */
    bool no_fix;    /* in a deliberate bad example (leave it as it is), or a fix that
                       could not be made whole */
};

al_arena *al_context_arena(al_context *ctx)
{
    return &ctx->res->arena;
}

/* A text made before, among the last few, or NULL. */
static const char *recent(const al_result *res, const char *text, size_t len)
{
    for (size_t i = 0; i < sizeof res->recent_len / sizeof res->recent_len[0]; i++)
        if (res->recent_text[i] && res->recent_len[i] == len &&
            memcmp(res->recent_text[i], text, len) == 0)
            return res->recent_text[i];
    return NULL;
}

static void remember(al_result *res, const char *text, size_t len)
{
    unsigned k = res->recent_next++ % (sizeof res->recent_len / sizeof res->recent_len[0]);
    res->recent_text[k] = text;
    res->recent_len[k] = len;
}

const char *al_quote(al_context *ctx, const char *s, size_t len)
{
    al_strbuf sb;
    al_strbuf_init(&sb);
    al_strbuf_append_quoted(&sb, s, len, 60);
    /* The same name quoted in each of 100k findings is one copy. */
    const char *out = sb.data ? recent(ctx->res, sb.data, sb.len) : "";
    if (!out) {
        out = al_arena_strndup(&ctx->res->arena, sb.data, sb.len);
        if (out) remember(ctx->res, out, sb.len);
    }
    al_strbuf_free(&sb);
    return out ? out : "";
}

const char *al_context_path(const al_context *ctx)
{
    return ctx->res->path;
}

size_t al_first_line_end(const al_document *doc)
{
    size_t s, e;
    al_source_line_span(&doc->src, 1, &s, &e);
    return e;
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

/* A message is one line of valid UTF-8 without control or invisible
 * characters, whatever text a rule quoted into it (the Elixir checker quotes
 * source excerpts raw, for one): otherwise it is escaped as al_quote does. */
static char *one_safe_line(al_context *ctx, char *msg, size_t *len)
{
    size_t i = 0, n = *len;
    while (i < n) {
        if (msg[i] >= 0x20 && msg[i] < 0x7f) { /* printable ASCII, most of every message */
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = al_utf8_decode(msg + i, n - i, &cp);
        if (k == 0 || cp < 0x20 || cp == 0x7f || al_cp_printed_escaped(cp)) break;
        i += k;
    }
    if (i == n) return msg;
    al_strbuf sb;
    al_strbuf_init(&sb);
    al_strbuf_append_quoted(&sb, msg, n, (size_t)-1);
    char *out = sb.failed ? NULL : al_arena_strdup(&ctx->res->arena, sb.data ? sb.data : "");
    *len = sb.len;
    al_strbuf_free(&sb);
    return out;
}

/* The message just made at the arena's end, or the same text made before
 * (the new copy given back): alike findings share one copy. */
static const char *shared_message(al_result *res, char *msg, size_t len)
{
    const char *same = recent(res, msg, len);
    if (same) {
        al_arena_unalloc(&res->arena, msg, len + 1);
        return same;
    }
    remember(res, msg, len);
    return msg;
}

static al_pending *vreport(al_context *ctx, al_severity sev, size_t start, size_t end,
                           const char *fmt, va_list ap)
{
    /* Code the file marks as a bad example is meant to be wrong: a note at
     * most, and no fix (a configured severity still wins). */
    bool bad_example = (ctx->rule->flags & AL_RULE_SOFTENED_IN_BAD_EXAMPLES) &&
                       al_in_bad_example_memo(ctx->doc, start, &ctx->bad_example);
    if (bad_example && sev > AL_INFO) sev = AL_INFO;
    sev = effective(ctx, sev);
    if (sev == AL_OFF) return NULL;
    if (end < start) end = start;
    al_result *res = ctx->res;
    size_t n;
    char *msg = al_arena_vprintf(&res->arena, &n, fmt, ap);
    if (!msg) return NULL;
    if (bad_example) {
        static const char note[] = " (in code marked as a bad example, so only a note)";
        char *longer = al_arena_alloc_uninit(&res->arena, n + sizeof note);
        if (!longer) return NULL;
        memcpy(longer, msg, n);
        memcpy(longer + n, note, sizeof note);
        msg = longer;
        n += sizeof note - 1;
    }
    msg = one_safe_line(ctx, msg, &n);
    if (!msg) return NULL;
    const char *text = shared_message(res, msg, n);
    const al_source *src = &ctx->doc->src;
    al_position from = al_source_position(src, start), to = al_source_position(src, end);
    al_diagnostic *d = al_result_push(res, &ctx->rule->info, sev, from, to, text);
    if (!d) return NULL;
    if (ctx->rule->flags & AL_RULE_FINDS_SECRETS) res->secret_findings++;
    al_pending *p = al_arena_alloc_uninit(&res->arena, sizeof *p);
    if (!p) return NULL;
    p->fix.safe = true;
    p->fix.edit_count = 0;
    p->fix.edits = NULL;
    if (res->count - 1 > UINT32_MAX) return NULL;
    p->index = (uint32_t)(res->count - 1);
    p->cap = 0;
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

/* A fix's text, shared with an alike one made just before ("" and a
 * replacement name are most of them). */
static const char *fix_text(al_result *res, const char *text)
{
    size_t len = strlen(text);
    if (len == 0) return "";
    const char *same = recent(res, text, len);
    if (same) return same;
    char *copy = al_arena_strndup(&res->arena, text, len);
    if (copy) remember(res, copy, len);
    return copy;
}

/* A fix is all its edits or none: one that loses an edit (past
 * AL_FIX_MAX_EDITS, or out of memory) would change the text half way (a
 * file left with mixed line endings), so it is withdrawn whole. */
static void drop_fix(al_context *ctx, al_pending *p)
{
    p->no_fix = true;
    p->fix.edit_count = 0;
    ctx->res->diags[p->index].fix = NULL;
}

void al_fix_edit(al_context *ctx, al_pending *p, size_t start, size_t end, const char *text)
{
    if (!p || p->no_fix) return;
    al_result *res = ctx->res;
    const char *kept = fix_text(res, text);
    if (!kept || p->fix.edit_count == AL_FIX_MAX_EDITS) {
        drop_fix(ctx, p);
        return;
    }
    al_edit *e;
    if (p->fix.edit_count == 0) {
        e = &p->first;
        p->cap = 1;
    } else {
        if (p->fix.edit_count == p->cap) {
            size_t cap = p->cap * 4u > AL_FIX_MAX_EDITS ? AL_FIX_MAX_EDITS : p->cap * 4u;
            al_edit *more = al_arena_alloc_uninit(&res->arena, cap * sizeof *more);
            if (!more) {
                drop_fix(ctx, p);
                return;
            }
            memcpy(more, p->fix.edits, p->fix.edit_count * sizeof *more);
            p->fix.edits = more;
            p->cap = (uint16_t)cap;
        }
        e = (al_edit *)&p->fix.edits[p->fix.edit_count];
    }
    const al_source *src = &ctx->doc->src;
    e->start = al_source_position(src, start);
    e->end = al_source_position(src, end);
    e->text = kept;
    if (p->fix.edit_count == 0) p->fix.edits = &p->first;
    p->fix.edit_count++;
    res->diags[p->index].fix = &p->fix;
}

void al_fix_unsafe(al_pending *p)
{
    if (p) p->fix.safe = false;
}
