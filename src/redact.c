/* The secrets of a document, and their masking.
 *
 * The secret rules mask their own findings; this is the one place that
 * knows every secret of a document, so that none reaches the user through
 * another channel: a message quoting a value, a source line, a fix's text,
 * a diff. The secrets are kept as text (each at least SECRET_MIN_MATCH
 * bytes), since the texts to mask (messages, diffs of the fixed text) are
 * not slices of the document: any run of text that matches the start of a
 * secret for SECRET_MIN_MATCH bytes or more is masked, which also catches
 * a secret quoted cut short ("ghp_abcd…"). Masking keeps the first four
 * characters, as the secret rules do, and shows every later one as '*', so
 * that columns and carets stay where they were. */
#define _GNU_SOURCE /* memmem */
#include "redact.h"

#include <stdlib.h>
#include <string.h>

#include "result.h"
#include "rules/checks.h"
#include "rules/rule.h"
#include "source.h"

#define SECRET_MIN_MATCH 8
#define SECRET_KEEP      4

static bool add_text(al_result *res, const char *s, size_t len)
{
    if (len < SECRET_MIN_MATCH) return true;
    for (size_t i = 0; i < res->secret_text_count; i++)
        if (res->secret_texts[i].len == len && memcmp(res->secret_texts[i].text, s, len) == 0)
            return true;
    if (res->secret_text_count == res->secret_text_cap) {
        size_t cap = res->secret_text_cap ? res->secret_text_cap * 2 : 8;
        al_secret_text *p = realloc(res->secret_texts, cap * sizeof *p);
        if (!p) return false;
        res->secret_texts = p;
        res->secret_text_cap = cap;
    }
    char *copy = al_arena_strndup(&res->arena, s, len);
    if (!copy) return false;
    res->secret_texts[res->secret_text_count++] = (al_secret_text){copy, len};
    return true;
}

static bool add_span(al_result *res, const al_source *src, size_t start, size_t end)
{
    for (size_t i = 0; i < res->secret_count; i++)
        if (res->secrets[i].start.offset == start && res->secrets[i].end.offset == end) return true;
    if (res->secret_count == res->secret_cap) {
        size_t cap = res->secret_cap ? res->secret_cap * 2 : 8;
        al_span *p = realloc(res->secrets, cap * sizeof *p);
        if (!p) return false;
        res->secrets = p;
        res->secret_cap = cap;
    }
    res->secrets[res->secret_count++] =
        (al_span){al_source_position(src, start), al_source_position(src, end)};
    return true;
}

static bool base64_line(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '+' || c == '/' || c == '='))
            return false;
    }
    return len > 0;
}

/* A finding's span: a one-line secret as it is; a private key (its armour
 * line, then its first body line) by each body line to the END line, which
 * the pattern does not cover. */
static bool add_finding(al_result *res, const al_source *src, size_t start, size_t end)
{
    const char *d = src->data;
    if (!memchr(d + start, '\n', end - start)) return add_text(res, d + start, end - start);
    size_t at = start;
    while (at < src->len) {
        size_t le = at;
        while (le < src->len && d[le] != '\n')
            le++;
        size_t s = at, e = le;
        while (s < e && (d[s] == ' ' || d[s] == '\t' || d[s] == '>' || d[s] == '"'))
            s++;
        while (e > s && (d[e - 1] == '\r' || d[e - 1] == ' ' || d[e - 1] == '\t' ||
                         d[e - 1] == '"' || d[e - 1] == '\\' || d[e - 1] == ','))
            e--;
        if (at > start && e - s >= 5 && memcmp(d + s, "-----", 5) == 0) break; /* END */
        if (at >= end && !base64_line(d + s, e - s) && !memchr(d + s, ':', e - s)) break;
        if (base64_line(d + s, e - s) && !add_text(res, d + s, e - s)) return false;
        at = le + 1;
    }
    return true;
}

static bool is_secret_rule(const al_rule *rule)
{
    return rule->check == al_check_hardcoded_secret || rule->check == al_check_secret_assignment;
}

static bool harvest(al_result *res, const al_result *from, const al_source *src)
{
    for (size_t i = 0; i < from->count; i++) {
        const al_diagnostic *d = &from->diags[i];
        if (!is_secret_rule((const al_rule *)d->rule)) continue;
        if (!add_finding(res, src, d->start.offset, d->end.offset)) return false;
    }
    return true;
}

/* Letters compare without case, and '-' matches '_': a message may
 * suggest the secret in another form (a name lowercased, "_" to "-"). */
static bool same_char(char a, char b)
{
    if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = (char)(b - 'A' + 'a');
    if (a == '_') a = '-';
    if (b == '_') b = '-';
    return a == b;
}

/* Where text matches the start of a secret for SECRET_MIN_MATCH bytes or
 * more, from at: the match's length (0: none). */
static size_t match_at(const al_result *res, const char *text, size_t len, size_t at)
{
    size_t best = 0;
    for (size_t k = 0; k < res->secret_text_count; k++) {
        const al_secret_text *s = &res->secret_texts[k];
        size_t n = 0;
        while (n < s->len && at + n < len && same_char(text[at + n], s->text[n]))
            n++;
        if (n >= SECRET_MIN_MATCH && n > best) best = n;
    }
    return best;
}

/* The spans [start, end) of text to mask, in order; *count of them. */
static size_t *find_masks(const al_result *res, const char *text, size_t len, size_t *count)
{
    *count = 0;
    size_t *m = NULL, cap = 0;
    for (size_t at = 0; at < len;) {
        size_t n = 0;
        /* A secret starts with one of SECRET_MIN_MATCH known bytes: look
         * only where the first byte fits. */
        for (size_t k = 0; k < res->secret_text_count && !n; k++)
            if (same_char(text[at], res->secret_texts[k].text[0])) n = match_at(res, text, len, at);
        if (!n) {
            at++;
            continue;
        }
        if (*count * 2 + 2 > cap) {
            cap = cap ? cap * 2 : 8;
            size_t *p = realloc(m, cap * sizeof *p);
            if (!p) {
                free(m);
                *count = (size_t)-1;
                return NULL;
            }
            m = p;
        }
        m[*count * 2] = at;
        m[*count * 2 + 1] = at + n;
        (*count)++;
        at += n;
    }
    return m;
}

char *al_result_redact(const al_result *res, const char *text, size_t len, size_t *out_len)
{
    size_t count;
    size_t *masks = res && res->secret_text_count ? find_masks(res, text, len, &count) : NULL;
    if (res && res->secret_text_count && count == (size_t)-1) return NULL;
    if (!masks) count = 0;
    char *out = malloc(len + 1);
    if (!out) {
        free(masks);
        return NULL;
    }
    memcpy(out, text, len);
    out[len] = '\0';
    /* Secrets are ASCII (the patterns say so): one byte, one column. */
    for (size_t i = 0; i < count; i++)
        for (size_t k = masks[2 * i] + SECRET_KEEP; k < masks[2 * i + 1]; k++)
            out[k] = '*';
    free(masks);
    if (out_len) *out_len = len;
    return out;
}

size_t al_result_secret_count(const al_result *res)
{
    return res ? res->secret_count : 0;
}

const al_span *al_result_secret_get(const al_result *res, size_t index)
{
    return res && index < res->secret_count ? &res->secrets[index] : NULL;
}

bool al_secrets_collect(al_result *res, const al_document *doc, const al_options *opts)
{
    if (doc->input != AL_INPUT_TEXT) return true;
    const al_source *src = &doc->src;
    if (!harvest(res, res, src)) return false;
    for (size_t i = 0; i < al_rule_table_count; i++) {
        const al_rule *rule = &al_rule_table[i];
        if (!is_secret_rule(rule) || al_options_severity(opts, &rule->info) != AL_OFF) continue;
        /* Off for the report, not for the masking: run it on the side. */
        al_result scratch;
        memset(&scratch, 0, sizeof scratch);
        al_arena_init(&scratch.arena);
        al_context ctx = {&scratch, doc, rule, NULL};
        rule->check(&ctx, doc);
        bool ok = harvest(res, &scratch, src);
        free(scratch.diags);
        al_arena_free(&scratch.arena);
        if (!ok) return false;
    }
    /* Every occurrence of each secret in the document. */
    for (size_t k = 0; k < res->secret_text_count; k++) {
        const al_secret_text *s = &res->secret_texts[k];
        const char *p = src->data, *end = src->data + src->len;
        while (p < end && (p = memmem(p, (size_t)(end - p), s->text, s->len))) {
            size_t at = (size_t)(p - src->data);
            if (!add_span(res, src, at, at + s->len)) return false;
            p += s->len;
        }
    }
    return true;
}

bool al_secrets_mask_messages(al_result *res)
{
    /* Messages never carry a secret, whichever rule quoted it. */
    for (size_t i = 0; i < res->count && res->secret_text_count; i++) {
        al_diagnostic *d = &res->diags[i];
        size_t len = strlen(d->message);
        char *masked = al_result_redact(res, d->message, len, NULL);
        if (!masked) return false;
        if (memcmp(masked, d->message, len) != 0) {
            char *kept = al_arena_strndup(&res->arena, masked, len);
            if (!kept) {
                free(masked);
                return false;
            }
            d->message = kept;
        }
        free(masked);
    }
    return true;
}
