/* The secrets of a document, and their masking.
 *
 * The secret rules mask their own findings; this is the one place that
 * knows every secret of a document, so that none reaches the user through
 * another channel: a message quoting a value, a source line, a fix's text,
 * a diff. The secrets are kept as text, since the texts to mask (messages,
 * diffs of the fixed text) are not slices of the document: a run of text
 * that matches a secret from its start for SECRET_KEY bytes or more is
 * masked, which also catches a secret quoted cut short ("ghp_abcd…") or in
 * another form (a name suggestion: lowercased, '_' as '-'). Masking keeps
 * the first four characters, as the secret rules do, and shows every later
 * one as '*', so that columns and carets stay where they were.
 *
 * Time stays linear in the text however many secrets a file holds: the
 * secrets are sorted by their first SECRET_KEY bytes (folded), and each
 * position of a text looks its key up by binary search. */
#include "engine/redact.h"

#include <stdlib.h>
#include <string.h>

#include "core/result.h"
#include "parse/source.h"
#include "rules/context.h"
#include "rules/rule.h"
#include "util/vec.h"

#define SECRET_KEY  12 /* bytes a match must cover; SEC002 values have 12 or more */
#define SECRET_KEEP 4
/* Secrets sharing a key that one position compares (only a file built to
 * hold thousands of near-identical tokens has more). */
#define MAX_CANDIDATES 64

/* Letters compare without case, and '-' matches '_'. */
static char fold(char c)
{
    if (c >= 'A' && c <= 'Z') return (char)(c - 'A' + 'a');
    return c == '_' ? '-' : c;
}

static bool add_text(al_result *res, const char *s, size_t len)
{
    if (len < SECRET_KEY) return true;
    if (res->secret_text_count == res->secret_text_cap) {
        al_secret_text *p = al_vec_grow(res->secret_texts, &res->secret_text_cap, sizeof *p, 8);
        if (!p) return false;
        res->secret_texts = p;
    }
    char *copy = al_arena_strndup(&res->arena, s, len);
    if (!copy) return false;
    al_secret_text *t = &res->secret_texts[res->secret_text_count++];
    t->text = copy;
    t->len = len;
    for (size_t i = 0; i < SECRET_KEY; i++)
        t->key[i] = fold(s[i]);
    return true;
}

static int compare_texts(const void *pa, const void *pb)
{
    const al_secret_text *a = pa, *b = pb;
    int c = memcmp(a->key, b->key, SECRET_KEY);
    if (c) return c;
    if (a->len != b->len) return a->len < b->len ? -1 : 1;
    return memcmp(a->text, b->text, a->len);
}

static size_t pair(char a, char b)
{
    return (size_t)(unsigned char)fold(a) << 8 | (unsigned char)fold(b);
}

/* Sorted by key, each secret once; the bit set of their first two bytes
 * turns most positions away before the search. */
static bool index_texts(al_result *res)
{
    if (res->secret_text_count == 0) return true;
    res->secret_pairs = calloc(65536 / 8, 1);
    if (!res->secret_pairs) return false;
    for (size_t i = 0; i < res->secret_text_count; i++) {
        size_t p = pair(res->secret_texts[i].text[0], res->secret_texts[i].text[1]);
        res->secret_pairs[p / 8] |= (unsigned char)(1u << (p % 8));
    }
    if (res->secret_text_count < 2) return true;
    qsort(res->secret_texts, res->secret_text_count, sizeof *res->secret_texts, compare_texts);
    size_t n = 1;
    for (size_t i = 1; i < res->secret_text_count; i++)
        if (compare_texts(&res->secret_texts[i], &res->secret_texts[n - 1]) != 0)
            res->secret_texts[n++] = res->secret_texts[i];
    res->secret_text_count = n;
    return true;
}

/* The length of the longest secret that text matches from at (folded),
 * if SECRET_KEY bytes or more; else 0. */
static size_t match_at(const al_result *res, const char *text, size_t len, size_t at)
{
    if (len - at < SECRET_KEY) return 0;
    size_t p = pair(text[at], text[at + 1]);
    if (!(res->secret_pairs[p / 8] & (1u << (p % 8)))) return 0;
    char key[SECRET_KEY];
    for (size_t i = 0; i < SECRET_KEY; i++)
        key[i] = fold(text[at + i]);
    size_t lo = 0, hi = res->secret_text_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (memcmp(res->secret_texts[mid].key, key, SECRET_KEY) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t best = 0;
    for (size_t k = lo, seen = 0; k < res->secret_text_count && seen < MAX_CANDIDATES;
         k++, seen++) {
        const al_secret_text *s = &res->secret_texts[k];
        if (memcmp(s->key, key, SECRET_KEY) != 0) break;
        size_t n = SECRET_KEY;
        while (n < s->len && at + n < len && fold(text[at + n]) == fold(s->text[n]))
            n++;
        if (n > best) best = n;
    }
    return best;
}

/* Calls fn for each run of text to mask, in order; false when fn does. */
typedef bool (*mask_fn)(void *arg, size_t start, size_t end);

static bool each_mask(const al_result *res, const char *text, size_t len, mask_fn fn, void *arg)
{
    if (!res || res->secret_text_count == 0 || !res->secret_pairs) return true;
    for (size_t at = 0; at < len;) {
        size_t n = match_at(res, text, len, at);
        if (!n) {
            at++;
            continue;
        }
        if (!fn(arg, at, at + n)) return false;
        at += n;
    }
    return true;
}

typedef struct {
    al_result *res;
    const al_source *src;
} span_sink;

static bool add_span(void *arg, size_t start, size_t end)
{
    span_sink *sink = arg;
    al_result *res = sink->res;
    if (res->secret_count == res->secret_cap) {
        al_span *p = al_vec_grow(res->secrets, &res->secret_cap, sizeof *p, 8);
        if (!p) return false;
        res->secrets = p;
    }
    res->secrets[res->secret_count++] =
        (al_span){al_source_position(sink->src, start), al_source_position(sink->src, end)};
    return true;
}

static bool mask_in_place(void *arg, size_t start, size_t end)
{
    char *out = arg;
    /* Secrets are ASCII (the patterns say so): one byte, one column. */
    for (size_t k = start + SECRET_KEEP; k < end; k++)
        out[k] = '*';
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
        bool body = base64_line(d + s, e - s);
        /* Past the match: body lines, and header lines ("Proc-Type: ..."). */
        if (at >= end && !body && !memchr(d + s, ':', e - s)) break;
        if (body && !add_text(res, d + s, e - s)) return false;
        at = le + 1;
    }
    return true;
}

static bool harvest(al_result *res, const al_result *from, const al_source *src)
{
    /* Most files have no secret: their 100k findings are not looked at. */
    if (from->secret_findings == 0) return true;
    for (size_t i = 0; i < from->count; i++) {
        const al_diagnostic *d = &from->diags[i];
        if (!(al_rule_of(d->rule)->flags & AL_RULE_FINDS_SECRETS)) continue;
        if (!add_finding(res, src, d->start.offset, d->end.offset)) return false;
    }
    return true;
}

char *al_result_redact(const al_result *res, const char *text, size_t len, size_t *out_len)
{
    char *out = malloc(len + 1);
    if (!out) return NULL;
    memcpy(out, text, len);
    out[len] = '\0';
    each_mask(res, text, len, mask_in_place, out);
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
        if (!(rule->flags & AL_RULE_FINDS_SECRETS) ||
            al_options_severity(opts, &rule->info) != AL_OFF)
            continue;
        /* Off for the report, not for the masking: run it on the side. */
        al_result scratch;
        memset(&scratch, 0, sizeof scratch);
        al_arena_init(&scratch.arena);
        al_context ctx = {.res = &scratch, .doc = doc, .rule = rule, .opts = NULL};
        rule->check(&ctx, doc);
        bool ok = harvest(res, &scratch, src);
        free(scratch.diags);
        al_arena_free(&scratch.arena);
        if (!ok) return false;
    }
    /* Every occurrence of each secret in the document. */
    if (!index_texts(res)) return false;
    span_sink sink = {res, src};
    return each_mask(res, src->data, src->len, add_span, &sink);
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
