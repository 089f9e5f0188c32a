/* Secrets in any kind of file: credentials in a known format (SEC001) and
 * credential assignments with a random-looking value (SEC002).
 *
 * The patterns (spec/secrets.c) are compiled once per al_options, JIT where
 * available (core/secret_set.c), and shared read-only between threads; each
 * check makes its own match data. No message ever holds more than a secret's first four
 * characters.
 *
 * Every pattern begins with a literal (its prefixes column): one scan over
 * the text finds where those literals are, and PCRE2 runs anchored at those
 * places only. Since every match starts at one of them, the matches are the
 * same as an unanchored search's. The scan looks at every second byte pair
 * in a bitmap of the pairs the literals hold (a literal of three bytes or
 * more has a pair at an even offset), then compares the literals that begin
 * with the byte there or just before. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <math.h>
#include <pcre2.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/secret_set.h"
#include "rules/checks.h"
#include "spec/secrets.h"
#include "util/strbuf.h"
#include "util/vec.h"

static unsigned pair_at(const char *s, size_t at)
{
    return (unsigned)(unsigned char)s[at] << 8 | (unsigned char)s[at + 1];
}

/* Shannon entropy of s in bits per character. */
static double entropy(const char *s, size_t len)
{
    if (len == 0) return 0;
    size_t counts[256] = {0};
    for (size_t i = 0; i < len; i++)
        counts[(unsigned char)s[i]]++;
    double h = 0;
    for (size_t c = 0; c < 256; c++) {
        if (!counts[c]) continue;
        double p = (double)counts[c] / (double)len;
        h -= p * log2(p);
    }
    return h;
}

static bool contains_ci(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= len; i++) {
        size_t k = 0;
        while (k < n && tolower((unsigned char)s[i + k]) == word[k])
            k++;
        if (k == n) return true;
    }
    return false;
}

static bool is_plain_placeholder(const char *s, size_t len)
{
    for (size_t i = 0; i < al_secret_placeholder_count; i++)
        if (contains_ci(s, len, al_secret_placeholders[i])) return true;
    /* One character repeated ("aaaa...", "0000..."). */
    size_t run = 1;
    for (size_t i = 1; i < len; i++) {
        run = s[i] == s[i - 1] ? run + 1 : 1;
        if (run >= 6) return true;
    }
    return false;
}

/* The value of a base64 digit (standard or URL-safe alphabet), or -1. */
static int base64_digit(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

/* True when the base64 run [s, s+len) decodes to printable text that is a
 * placeholder ("cGFzc3dvcmQ=" is "password"). Random key bytes do not decode
 * to text, so a real secret is never excused this way. */
static bool decodes_to_placeholder(const char *s, size_t len)
{
    char text[192];
    size_t n = 0, bits = 0;
    unsigned acc = 0;
    for (size_t i = 0; i < len && n < sizeof text; i++) {
        int v = base64_digit(s[i]);
        if (v < 0) return false;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            unsigned char c = (unsigned char)(acc >> bits);
            acc &= (1u << bits) - 1;
            if (c < 0x20 || c > 0x7e) return false;
            text[n++] = (char)c;
        }
    }
    return n >= 4 && is_plain_placeholder(text, n);
}

static bool is_placeholder(const char *s, size_t len)
{
    if (is_plain_placeholder(s, len)) return true;
    /* Base64 runs of the value (a JWT has three, between dots), each
     * without its `=` padding. */
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && base64_digit(s[j]) >= 0)
            j++;
        if (j - i >= 8 && decodes_to_placeholder(s + i, j - i)) return true;
        i = j + 1;
    }
    return false;
}

/* "ghp_… (40 characters)": only the first four characters of a secret. */
static void append_masked(al_strbuf *sb, const char *s, size_t len)
{
    al_strbuf_putc(sb, '`');
    al_strbuf_append_quoted(sb, s, len < 4 ? len : 4, 4);
    al_strbuf_printf(sb, "…` (%zu characters)", len);
}

/* Where a prefix of some pattern starts in the text (al_secret_hit): the
 * only places where that pattern can match. In text order. */
typedef al_secret_hit secret_hit;
typedef al_secret_hits hit_list;

static bool prefix_at(const al_secret_prefix *p, const char *s, size_t len, size_t at)
{
    if (len - at < p->len) return false;
    if (!p->fold) return memcmp(s + at, p->text, p->len) == 0;
    for (size_t k = 0; k < p->len; k++)
        if (tolower((unsigned char)s[at + k]) != tolower((unsigned char)p->text[k])) return false;
    return true;
}

static bool add_hit(hit_list *hits, size_t at, size_t pattern)
{
    for (size_t h = hits->n; h > 0 && hits->v[h - 1].at == at; h--)
        if (hits->v[h - 1].pattern == pattern) return true;
    if (hits->n == hits->cap) {
        secret_hit *v = al_vec_grow(hits->v, &hits->cap, sizeof *v, 16);
        if (!v) return false;
        hits->v = v;
    }
    hits->v[hits->n++] = (secret_hit){at, pattern};
    return true;
}

/* Adds the patterns of one kind whose prefix starts at offset at. */
static bool hits_at(const al_secret_set *set, al_secret_kind kind, const char *s, size_t len,
                    size_t at, hit_list *hits)
{
    unsigned c = (unsigned char)s[at];
    for (size_t k = set->first[kind][c]; k < set->first[kind][c + 1]; k++) {
        const al_secret_prefix *p = &set->prefixes[set->by_first[k]];
        if (prefix_at(p, s, len, at) && !add_hit(hits, at, p->pattern)) return false;
    }
    return true;
}

/* Fills hits[kind] with the starts of the prefixes of the patterns of each
 * kind in kinds (a mask of PAIR_SCAN bits) in [s, s+len), in text order. A
 * prefix at offset p has its first two bytes at p, or its second and third
 * (or second and any) at p + 1: one of them is even, so the pairs at even
 * offsets are enough; then only an offset where a prefix's first two bytes
 * are is tried. False when out of memory. */
static bool find_hits_of(const al_secret_set *set, unsigned kinds, const char *s, size_t len,
                         hit_list hits[2])
{
    const uint8_t *map = set->pairs;
    for (int k = 0; k < 2; k++)
        if (kinds & PAIR_SCAN(k)) hits[k].n = 0;
    size_t j = 0;
    while (j + 1 < len) {
        /* four pairs at a time while none can be part of a prefix */
        if (j + 7 < len && !((map[pair_at(s, j)] | map[pair_at(s, j + 2)] | map[pair_at(s, j + 4)] |
                              map[pair_at(s, j + 6)]) &
                             kinds)) {
            j += 8;
            continue;
        }
        unsigned here = map[pair_at(s, j)];
        unsigned before = j > 0 ? map[pair_at(s, j - 1)] : 0;
        for (int k = 0; k < 2; k++) {
            if (!(here & kinds & PAIR_SCAN(k))) continue;
            if ((before & PAIR_START(k)) && !hits_at(set, k, s, len, j - 1, &hits[k])) return false;
            if ((here & PAIR_START(k)) && !hits_at(set, k, s, len, j, &hits[k])) return false;
        }
        j += 2;
    }
    /* The offsets no pair above has covered. */
    for (size_t at = j > 0 ? j - 1 : 0; at < len; at++)
        for (int k = 0; k < 2; k++)
            if ((kinds & PAIR_SCAN(k)) && !hits_at(set, k, s, len, at, &hits[k])) return false;
    return true;
}

/* The hits of one kind of pattern in [s, s+len). */
static bool find_hits(const al_secret_set *set, al_secret_kind kind, const char *s, size_t len,
                      hit_list *hits)
{
    hit_list both[2] = {{0}, {0}};
    both[kind] = *hits;
    bool ok = find_hits_of(set, PAIR_SCAN(kind), s, len, both);
    *hits = both[kind];
    return ok;
}

/* The document's hits of one kind: both kinds are found in one scan, the
 * first time a rule asks. NULL when out of memory. */
static const hit_list *document_hits(const al_secret_set *set, const al_document *doc,
                                     al_secret_kind kind)
{
    al_secret_scan *scan = doc->secret_scan;
    if (!scan) return NULL;
    if (!scan->done) {
        scan->done = true;
        scan->ok = find_hits_of(set, PAIR_SCAN(0) | PAIR_SCAN(1), doc->src.data, doc->src.len,
                                scan->kinds);
    }
    return scan->ok ? &scan->kinds[kind] : NULL;
}

/* The first match of pattern i over [0, len) that starts at or after start:
 * PCRE2 is tried at each of the pattern's hits there. Returns false at the
 * end or on a matching error (limits hit: the rest is skipped, as an
 * unanchored search would stop). */
static bool next_match(const al_secret_set *set, size_t i, pcre2_match_data *md, const char *s,
                       size_t len, size_t start, const hit_list *hits)
{
    for (size_t h = 0; h < hits->n; h++) {
        if (hits->v[h].pattern != i || hits->v[h].at < start) continue;
        int rc = pcre2_match(set->codes[i], (PCRE2_SPTR)s, len, hits->v[h].at, 0, md, set->mctx);
        if (rc > 0) return true;
        if (rc != PCRE2_ERROR_NOMATCH) return false;
    }
    return false;
}

/* True when some token pattern matches inside [s, s+len). */
static bool holds_token(const al_secret_set *set, pcre2_match_data *md, const char *s, size_t len,
                        hit_list *hits)
{
    if (!find_hits(set, AL_SECRET_TOKEN, s, len, hits)) return false;
    for (size_t i = 0; i < al_secret_pattern_count; i++)
        if (al_secret_patterns[i].kind == AL_SECRET_TOKEN &&
            next_match(set, i, md, s, len, 0, hits))
            return true;
    return false;
}

typedef void (*scan_fn)(al_context *ctx, const al_document *doc, const al_secret_set *set,
                        pcre2_match_data *md);

/* Runs fn with the options' compiled set, or a set compiled for this call
 * when there are no options. */
static void with_set(al_context *ctx, const al_document *doc, scan_fn fn)
{
    if (doc->input != AL_INPUT_TEXT) return;
    const al_secret_set *set = doc->opts ? doc->opts->secrets : NULL;
    al_secret_set *own = NULL;
    if (!set) set = own = al_secret_set_new();
    if (!set) return;
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    if (md) fn(ctx, doc, set, md);
    pcre2_match_data_free(md);
    al_secret_set_free(own);
}

static void scan_tokens(al_context *ctx, const al_document *doc, const al_secret_set *set,
                        pcre2_match_data *md)
{
    const char *d = doc->src.data;
    size_t len = doc->src.len;
    const hit_list *hits = document_hits(set, doc, AL_SECRET_TOKEN);
    if (!hits) return;
    const al_kind_wording *w = al_wording(doc);
    bool agent = (AL_KINDS_AGENTS & AL_KIND_BIT(doc->kind)) != 0;
    al_strbuf sb;
    al_strbuf_init(&sb);
    for (size_t i = 0; i < al_secret_pattern_count; i++) {
        const al_secret_pattern *p = &al_secret_patterns[i];
        if (p->kind != AL_SECRET_TOKEN) continue;
        size_t at = 0;
        while (next_match(set, i, md, d, len, at, hits)) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            size_t s = ov[0], e = ov[1];
            at = e > s ? e : s + 1;
            if (is_placeholder(d + s, e - s) || entropy(d + s, e - s) < 3.0) continue;
            al_strbuf_clear(&sb);
            al_strbuf_printf(&sb, "%s ", p->what);
            append_masked(&sb, d + s, e - s);
            al_strbuf_printf(&sb,
                             " is written into the %s: everyone who can read the file%s it; "
                             "revoke it and %s from the environment instead",
                             w->file, w->prompt ? ", and the model's transcripts, get" : " gets",
                             agent ? "have the agent read it" : "read it");
            if (!sb.failed) al_report(ctx, s, e, "%s", sb.data);
        }
    }
    al_strbuf_free(&sb);
}

/* Random text of n characters from a 62-letter alphabet has an entropy near
 * log2(n) when n is small; ask for most of that, and at most 3.5 bits. */
static double min_entropy(size_t n)
{
    double h = 0.85 * log2((double)n);
    return h < 3.5 ? h : 3.5;
}

static bool has_digit(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (isdigit((unsigned char)s[i])) return true;
    return false;
}

static bool has_alpha(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (isalpha((unsigned char)s[i])) return true;
    return false;
}

static void scan_assignments(al_context *ctx, const al_document *doc, const al_secret_set *set,
                             pcre2_match_data *md)
{
    const char *d = doc->src.data;
    size_t len = doc->src.len;
    hit_list value_hits = {0};
    const hit_list *hits = document_hits(set, doc, AL_SECRET_ASSIGNMENT);
    if (!hits) return;
    const al_kind_wording *w = al_wording(doc);
    al_strbuf sb;
    al_strbuf_init(&sb);
    for (size_t i = 0; i < al_secret_pattern_count; i++) {
        if (al_secret_patterns[i].kind != AL_SECRET_ASSIGNMENT) continue;
        size_t at = 0;
        while (next_match(set, i, md, d, len, at, hits)) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            size_t ks = ov[2], ke = ov[3], vs = ov[4], ve = ov[5];
            /* The pattern finds the credential word; the name it ends
             * (DB_PASSWORD, stripe.api_key) is found here, since a regex
             * prefix for it backtracks at every word of the file. */
            while (ks > 0 && (isalnum((unsigned char)d[ks - 1]) || d[ks - 1] == '_' ||
                              d[ks - 1] == '.' || d[ks - 1] == '-'))
                ks--;
            at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
            const char *v = d + vs;
            size_t vlen = ve - vs;
            /* A secret is random: letters and digits, high entropy, no
             * placeholder words, not a name of something else. */
            if (!has_digit(v, vlen) || !has_alpha(v, vlen) || is_placeholder(v, vlen) ||
                entropy(v, vlen) < min_entropy(vlen))
                continue;
            /* SEC001 reports values in a known format. */
            if (holds_token(set, md, v, vlen, &value_hits)) continue;
            al_strbuf_clear(&sb);
            al_strbuf_puts(&sb, "`");
            al_strbuf_append_quoted(&sb, d + ks, ke - ks, 40);
            al_strbuf_puts(&sb, "` is set to a random-looking value ");
            append_masked(&sb, v, vlen);
            al_strbuf_printf(&sb,
                             ", which looks like a real credential: anyone who reads the %s "
                             "gets it; revoke it and read it from the environment, or write a "
                             "placeholder such as <API_KEY>",
                             w->file);
            if (!sb.failed) al_report(ctx, vs, ve, "%s", sb.data);
        }
    }
    al_strbuf_free(&sb);
    free(value_hits.v);
}

void al_check_hardcoded_secret(al_context *ctx, const al_document *doc)
{
    with_set(ctx, doc, scan_tokens);
}

void al_check_secret_assignment(al_context *ctx, const al_document *doc)
{
    with_set(ctx, doc, scan_assignments);
}
