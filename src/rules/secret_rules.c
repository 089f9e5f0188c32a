/* Secrets in any kind of file: credentials in a known format (SEC001) and
 * credential assignments with a random-looking value (SEC002).
 *
 * The patterns (spec/secrets.c) are compiled once per al_options, JIT where
 * available, and shared read-only between threads; each check makes its own
 * match data. No message ever holds more than a secret's first four
 * characters. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <math.h>
#include <pcre2.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "rules/checks.h"
#include "rules/secret_set.h"
#include "spec/secrets.h"
#include "util/strbuf.h"

/* Bounds for one match attempt: the patterns are simple, so these are only
 * a guard against pathological input. */
#define SECRET_MATCH_LIMIT 1000000
#define SECRET_DEPTH_LIMIT 1000

struct al_secret_set {
    pcre2_code **codes; /* al_secret_pattern_count entries */
    pcre2_match_context *mctx;
    /* Options are cloned per file (configuration can differ by folder);
     * the compiled patterns are the same, so clones share them. */
    atomic_size_t refs;
};

al_secret_set *al_secret_set_retain(al_secret_set *set)
{
    if (set) atomic_fetch_add(&set->refs, 1);
    return set;
}

void al_secret_set_free(al_secret_set *set)
{
    if (!set || atomic_fetch_sub(&set->refs, 1) > 1) return;
    if (set->codes)
        for (size_t i = 0; i < al_secret_pattern_count; i++)
            pcre2_code_free(set->codes[i]);
    free(set->codes);
    pcre2_match_context_free(set->mctx);
    free(set);
}

al_secret_set *al_secret_set_new(void)
{
    al_secret_set *set = calloc(1, sizeof *set);
    if (!set) return NULL;
    atomic_init(&set->refs, 1);
    set->codes = calloc(al_secret_pattern_count, sizeof *set->codes);
    set->mctx = pcre2_match_context_create(NULL);
    if (!set->codes || !set->mctx) {
        al_secret_set_free(set);
        return NULL;
    }
    pcre2_set_match_limit(set->mctx, SECRET_MATCH_LIMIT);
    pcre2_set_depth_limit(set->mctx, SECRET_DEPTH_LIMIT);
    for (size_t i = 0; i < al_secret_pattern_count; i++) {
        int err;
        PCRE2_SIZE erroff;
        set->codes[i] = pcre2_compile((PCRE2_SPTR)al_secret_patterns[i].pattern,
                                      PCRE2_ZERO_TERMINATED, 0, &err, &erroff, NULL);
        if (!set->codes[i]) {
            al_secret_set_free(set);
            return NULL;
        }
        /* Without JIT support pcre2_match interprets: slower, same result. */
        (void)pcre2_jit_compile(set->codes[i], PCRE2_JIT_COMPLETE);
    }
    return set;
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

/* Runs pattern i over [0, len) from offset start. Returns false at the end
 * or on a matching error (limits hit: that part of the text is skipped). */
static bool next_match(const al_secret_set *set, size_t i, pcre2_match_data *md, const char *s,
                       size_t len, size_t start)
{
    if (start > len) return false;
    int rc = pcre2_match(set->codes[i], (PCRE2_SPTR)s, len, start, 0, md, set->mctx);
    return rc > 0;
}

/* True when some token pattern matches inside [s, s+len). */
static bool holds_token(const al_secret_set *set, pcre2_match_data *md, const char *s, size_t len)
{
    for (size_t i = 0; i < al_secret_pattern_count; i++)
        if (al_secret_patterns[i].kind == AL_SECRET_TOKEN && next_match(set, i, md, s, len, 0))
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
    const al_kind_wording *w = al_wording(doc);
    bool agent = (AL_KINDS_AGENTS & AL_KIND_BIT(doc->kind)) != 0;
    al_strbuf sb;
    al_strbuf_init(&sb);
    for (size_t i = 0; i < al_secret_pattern_count; i++) {
        const al_secret_pattern *p = &al_secret_patterns[i];
        if (p->kind != AL_SECRET_TOKEN) continue;
        size_t at = 0;
        while (next_match(set, i, md, d, len, at)) {
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
    const al_kind_wording *w = al_wording(doc);
    al_strbuf sb;
    al_strbuf_init(&sb);
    for (size_t i = 0; i < al_secret_pattern_count; i++) {
        if (al_secret_patterns[i].kind != AL_SECRET_ASSIGNMENT) continue;
        size_t at = 0;
        while (next_match(set, i, md, d, len, at)) {
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
            if (holds_token(set, md, v, vlen)) continue;
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
}

void al_check_hardcoded_secret(al_context *ctx, const al_document *doc)
{
    with_set(ctx, doc, scan_tokens);
}

void al_check_secret_assignment(al_context *ctx, const al_document *doc)
{
    with_set(ctx, doc, scan_assignments);
}
