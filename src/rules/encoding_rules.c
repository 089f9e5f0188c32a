/* Rules about the file's bytes: encoding damage, line endings, and text that
 * the model reads but a reviewer cannot see. They look at the raw source, so
 * they cover the front matter and the body alike. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules/checks.h"
#include "spec/unicode_text.h"
#include "util/strbuf.h"
#include "util/utf8.h"

/* Past this many findings of one rule in one file, one summary finding says
 * how many more there are: a file in the wrong encoding is one problem. */
#define MAX_FINDINGS 20

static bool is_text(const al_document *doc)
{
    return doc->input == AL_INPUT_TEXT;
}

/* Counts findings of one rule and reports the summary when the cap is hit.
 * Returns false when the finding at [start, end) should not be reported. */
typedef struct {
    size_t reported, skipped, first_skipped;
} cap;

static bool cap_take(cap *c, size_t start)
{
    if (c->reported < MAX_FINDINGS) {
        c->reported++;
        return true;
    }
    if (c->skipped++ == 0) c->first_skipped = start;
    return false;
}

static void cap_summary(al_context *ctx, const cap *c, const char *what, const char *advice)
{
    if (c->skipped == 0) return;
    al_report(ctx, c->first_skipped, c->first_skipped,
              "%zu more %s from here on are not listed one by one; %s", c->skipped, what, advice);
}

/* The code point that ends just before byte at, or 0 at the start. Sets
 * *start to its first byte. */
static uint32_t prev_cp(const char *d, size_t at, size_t *start)
{
    if (at == 0) {
        *start = 0;
        return 0;
    }
    size_t j = at - 1;
    while (j > 0 && at - j < 4 && ((unsigned char)d[j] & 0xC0) == 0x80)
        j--;
    uint32_t cp;
    size_t n = al_utf8_decode(d + j, at - j, &cp);
    if (n != at - j) {
        *start = at - 1;
        return 0xFFFD;
    }
    *start = j;
    return cp;
}

static uint32_t next_cp(const char *d, size_t len, size_t at, size_t *end)
{
    uint32_t cp = 0;
    size_t n = at < len ? al_utf8_decode(d + at, len - at, &cp) : 0;
    *end = at + (n ? n : 1);
    return n ? cp : 0;
}

/* The character before at, skipping emoji modifiers and variation selectors. */
static uint32_t prev_base(const char *d, size_t at)
{
    for (int k = 0; k < 8 && at > 0; k++) {
        size_t s;
        uint32_t cp = prev_cp(d, at, &s);
        if (!al_unicode_is_emoji_modifier(cp)) return cp;
        at = s;
    }
    return 0;
}

/* ------------------------------------------------------------------ EN001 */

void al_check_invalid_utf8(al_context *ctx, const al_document *doc)
{
    const al_source *src = &doc->src;
    if (!is_text(doc) || src->invalid_utf8_offset >= src->len) return;
    cap c = {0, 0, 0};
    al_strbuf sb;
    al_strbuf_init(&sb);
    size_t i = src->invalid_utf8_offset;
    while (i < src->len) {
        uint32_t cp;
        size_t n = al_utf8_decode(src->data + i, src->len - i, &cp);
        if (n) {
            i += n;
            continue;
        }
        size_t j = i + 1;
        while (j < src->len && (unsigned char)src->data[j] >= 0x80 &&
               al_utf8_decode(src->data + j, src->len - j, &cp) == 0)
            j++;
        if (cap_take(&c, i)) {
            al_strbuf_clear(&sb);
            al_strbuf_puts(&sb, j - i == 1 ? "byte" : "bytes");
            for (size_t k = i; k < j && k < i + 8; k++)
                al_strbuf_printf(&sb, " 0x%02X", (unsigned char)src->data[k]);
            if (j - i > 8) al_strbuf_puts(&sb, " …");
            al_strbuf_puts(&sb, j - i == 1 ? " is" : " are");
            al_strbuf_puts(&sb, " not valid UTF-8");
            if (j - i <= 3) {
                char enc[4 * 3 + 1];
                size_t m = 0;
                for (size_t k = i; k < j; k++)
                    m += al_utf8_encode(al_cp1252_char((unsigned char)src->data[k]), enc + m);
                al_strbuf_puts(&sb, " (in Windows-1252 ");
                al_strbuf_puts(&sb, j - i == 1 ? "it is \"" : "they are \"");
                al_strbuf_append_quoted(&sb, enc, m, 8);
                al_strbuf_puts(&sb, "\")");
            }
            al_strbuf_puts(&sb, ", so tools read this text differently or reject the file; save "
                                "the file as UTF-8 (for example iconv -f WINDOWS-1252 -t UTF-8)");
            if (!sb.failed) al_report(ctx, i, j, "%s", sb.data);
        }
        i = j;
    }
    al_strbuf_free(&sb);
    cap_summary(ctx, &c, "invalid UTF-8 sequences",
                "the file is probably in a legacy encoding: convert it to UTF-8 as a whole");
}

/* ------------------------------------------------------------------ EN002 */

void al_check_nul_byte(al_context *ctx, const al_document *doc)
{
    const al_source *src = &doc->src;
    if (!is_text(doc) || src->nul_offset >= src->len) return;
    cap c = {0, 0, 0};
    size_t i = src->nul_offset;
    while (i < src->len) {
        const char *p = memchr(src->data + i, '\0', src->len - i);
        if (!p) break;
        size_t s = (size_t)(p - src->data), e = s;
        while (e < src->len && src->data[e] == '\0')
            e++;
        if (cap_take(&c, s))
            al_report(ctx, s, e,
                      "NUL byte%s in the text: many tools stop reading at a NUL, so the model may "
                      "never see what follows; delete %s",
                      e - s > 1 ? "s" : "", e - s > 1 ? "them" : "it");
        i = e;
    }
    cap_summary(ctx, &c, "runs of NUL bytes", "delete them");
}

/* ------------------------------------------------------------------ EN003 */

void al_check_bare_carriage_return(al_context *ctx, const al_document *doc)
{
    const al_source *src = &doc->src;
    if (!is_text(doc) || src->cr_offset >= src->len) return;
    cap c = {0, 0, 0};
    for (const char *p = src->data + src->cr_offset;
         p && (p = memchr(p, '\r', (size_t)(src->data + src->len - p))); p++) {
        size_t at = (size_t)(p - src->data);
        if (at + 1 < src->len && src->data[at + 1] == '\n') continue;
        if (!cap_take(&c, at)) continue;
        al_pending *f = al_report(ctx, at, at + 1,
                                  "carriage return (\\r) without a line feed: some tools break "
                                  "the line here and others do not, so the text the model reads "
                                  "is not the text you see; use \\n");
        al_fix_edit(ctx, f, at, at + 1, "\n");
        al_fix_unsafe(f);
    }
    cap_summary(ctx, &c, "bare carriage returns",
                "the file uses old Mac (CR) line endings: convert them to \\n");
}

/* ------------------------------------------------------------------ EN004 */

void al_check_replacement_character(al_context *ctx, const al_document *doc)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    const al_source *src = &doc->src;
    if (!is_text(doc) || src->fffd_offset >= src->len) return;
    cap c = {0, 0, 0};
    size_t i = src->fffd_offset;
    while (i + 3 <= src->len) {
        const char *p = memchr(src->data + i, '\xEF', src->len - i);
        if (!p) break;
        size_t s = (size_t)(p - src->data);
        if (s + 3 > src->len || memcmp(p, fffd, 3) != 0) {
            i = s + 1;
            continue;
        }
        size_t e = s;
        while (e + 3 <= src->len && memcmp(src->data + e, fffd, 3) == 0)
            e += 3;
        if (cap_take(&c, s))
            al_report(ctx, s, e,
                      "U+FFFD REPLACEMENT CHARACTER (\"\xEF\xBF\xBD\"%s): a program that could "
                      "not decode the original bytes put it here, so the character that was "
                      "meant is lost; retype it",
                      e - s > 3 ? ", several in a row" : "");
        i = e;
    }
    cap_summary(ctx, &c, "replacement characters",
                "the text was decoded with the wrong encoding once: recover it from the original");
}

/* ------------------------------------------------------------------ EN005 */

void al_check_byte_order_mark(al_context *ctx, const al_document *doc)
{
    const al_source *src = &doc->src;
    if (!is_text(doc) || src->len < 3 || memcmp(src->data, "\xEF\xBB\xBF", 3) != 0) return;
    al_pending *f = al_report(ctx, 0, 3,
                              "the file starts with a UTF-8 byte-order mark (U+FEFF): loaders "
                              "that look for `---` at byte 0 then miss the front matter, and the "
                              "model gets an invisible character; remove it");
    al_fix_edit(ctx, f, 0, 3, "");
}

/* ------------------------------------------------------------------ EN006 */

void al_check_line_endings(al_context *ctx, const al_document *doc)
{
    const al_source *src = &doc->src;
    /* no "\r", no CRLF */
    if (!is_text(doc) || src->cr_offset >= src->len) return;
    size_t crlf = 0, lf = 0, first_crlf = SIZE_MAX, first_lf = SIZE_MAX;
    for (const char *p = src->data; p && (p = memchr(p, '\n', (size_t)(src->data + src->len - p)));
         p++) {
        size_t at = (size_t)(p - src->data);
        if (at > 0 && src->data[at - 1] == '\r') {
            if (crlf++ == 0) first_crlf = at - 1;
        } else if (lf++ == 0) {
            first_lf = at;
        }
    }
    if (crlf == 0) return;
    al_pending *f;
    if (lf == 0) {
        f = al_report(ctx, first_crlf, first_crlf + 2,
                      "the file has Windows (CRLF) line endings: tools that split lines on \\n "
                      "keep a \\r at the end of every line, in the front-matter values too; save "
                      "it with LF line endings");
    } else {
        /* Point at the first line ending of the rarer kind. */
        size_t at = crlf <= lf ? first_crlf : first_lf;
        size_t end = crlf <= lf ? at + 2 : at + 1;
        f = al_report(ctx, at, end,
                      "mixed line endings: %zu lines end in CRLF and %zu in LF, so tools that "
                      "split on \\n keep a \\r on some lines only; save the file with LF line "
                      "endings",
                      crlf, lf);
    }
    if (crlf <= AL_FIX_MAX_EDITS) {
        /* One edit per line: what a reader of the fix (JSON, the editor)
         * expects to see. */
        for (const char *p = src->data;
             f && (p = memchr(p, '\n', (size_t)(src->data + src->len - p))); p++) {
            size_t at = (size_t)(p - src->data);
            if (at > 0 && src->data[at - 1] == '\r') al_fix_edit(ctx, f, at - 1, at, "");
        }
        return;
    }
    /* More lines than one fix holds edits: one edit, from the first CRLF to
     * the last, the text between without the \r of each CRLF, so that the
     * fix converts every line or none (part of them would leave the file
     * with mixed endings). A fix's text ends at a NUL: none where one is. */
    size_t last_crlf = first_crlf;
    for (size_t i = src->len; i-- > first_crlf + 1;)
        if (src->data[i] == '\n' && src->data[i - 1] == '\r') {
            last_crlf = i - 1;
            break;
        }
    size_t span = last_crlf + 2 - first_crlf;
    if (!f || memchr(src->data + first_crlf, '\0', span)) return;
    char *text = malloc(span + 1);
    if (!text) return;
    size_t n = 0;
    for (size_t i = first_crlf; i < first_crlf + span; i++)
        if (!(src->data[i] == '\r' && i + 1 < src->len && src->data[i + 1] == '\n'))
            text[n++] = src->data[i];
    text[n] = '\0';
    al_fix_edit(ctx, f, first_crlf, first_crlf + span, text);
    free(text);
}

/* ------------------------------------------------------------------ EN007 */

void al_check_missing_final_newline(al_context *ctx, const al_document *doc)
{
    const al_source *src = &doc->src;
    if (!is_text(doc) || src->len == 0 || src->data[src->len - 1] == '\n') return;
    al_pending *f = al_report(ctx, src->len, src->len,
                              "the file does not end with a newline, so tools that append to it "
                              "or concatenate it join its last line with the next text; add one");
    al_fix_edit(ctx, f, src->len, src->len, "\n");
}

/* ------------------------------------------------------------------ EN008 */

/* If the characters at i are UTF-8 bytes that were decoded as Windows-1252
 * (or Latin-1), returns the end of that run of characters and sets *cp to
 * the character they were meant to be. Returns i otherwise. */
static size_t mojibake_at(const char *d, size_t len, size_t i, uint32_t *meant)
{
    uint32_t cp;
    size_t n = al_utf8_decode(d + i, len - i, &cp);
    if (!n) return i;
    int lead = al_cp1252_byte(cp);
    size_t need = lead >= 0xC2 && lead <= 0xDF   ? 2
                  : lead >= 0xE0 && lead <= 0xEF ? 3
                  : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                 : 0;
    if (!need) return i;
    char bytes[4];
    bytes[0] = (char)lead;
    size_t j = i + n;
    uint32_t last = 0;
    for (size_t k = 1; k < need; k++) {
        size_t m = j < len ? al_utf8_decode(d + j, len - j, &cp) : 0;
        int b = m ? al_cp1252_byte(cp) : -1;
        if (b < 0x80 || b > 0xBF) return i;
        bytes[k] = (char)b;
        last = cp;
        j += m;
    }
    if (al_utf8_decode(bytes, need, meant) != need || !al_unicode_is_plausible_text(*meant))
        return i;
    if (need == 2 && lead >= 0xC3 && last >= 0x100) {
        /* An accented capital then a dash or quote ("CAFÉ—", "ACCIÓ”") is
         * real text when the word around it is in capitals. */
        size_t ps;
        uint32_t before = prev_cp(d, i, &ps);
        if ((before >= 'A' && before <= 'Z') || (before >= 0xC0 && before <= 0xDE)) return i;
    }
    return j;
}

/* A repair is plausible only in its context: a letter of another script than
 * Latin (a Hebrew letter out of "×–" in "1×–1.35×") must have a letter of
 * the same script beside it in the repaired text or next to the run. A lone
 * one between digits and symbols is the text as it was meant. */
static bool fits_context(const char *d, size_t len, size_t s, size_t e, const al_strbuf *fixed)
{
    if (fixed->failed) return true;
    size_t letters[16] = {0};
    int seen = 0;
    for (size_t i = 0; i < fixed->len;) {
        uint32_t cp;
        size_t n = al_utf8_decode(fixed->data + i, fixed->len - i, &cp);
        if (!n) break;
        int script = al_unicode_letter_script(cp);
        if (script > 0 && script < 16) {
            letters[script]++;
            seen = script;
        }
        i += n;
    }
    if (!seen) return true;
    for (int script = 1; script < 16; script++) {
        if (letters[script] != 1) continue;
        size_t ps, ne;
        if (al_unicode_letter_script(prev_cp(d, s, &ps)) != script &&
            al_unicode_letter_script(next_cp(d, len, e, &ne)) != script)
            return false;
    }
    return true;
}

void al_check_mojibake(al_context *ctx, const al_document *doc)
{
    const al_source *src = &doc->src;
    if (!is_text(doc)) return;
    const char *d = src->data;
    al_strbuf fixed, msg;
    al_strbuf_init(&fixed);
    al_strbuf_init(&msg);
    cap c = {0, 0, 0};
    /* Only a candidate the source recorded can start a run; they lie on the
     * same walk as the runs (decode, or step over a byte that does not). */
    size_t i = 0;
    for (size_t k = 0; k < src->mojibake_count; k++) {
        if (src->mojibake[k] < i) continue; /* inside the last run */
        i = src->mojibake[k];
        uint32_t meant;
        size_t e = mojibake_at(d, src->len, i, &meant);
        if (e == i) continue;
        /* Join the garbled characters that follow each other. */
        size_t s = i;
        al_strbuf_clear(&fixed);
        for (;;) {
            char enc[4];
            al_strbuf_append(&fixed, enc, al_utf8_encode(meant, enc));
            size_t next = mojibake_at(d, src->len, e, &meant);
            if (next == e) break;
            e = next;
        }
        if (!fits_context(d, src->len, s, e, &fixed)) {
            i = e;
            continue;
        }
        if (cap_take(&c, s) && !fixed.failed) {
            al_strbuf_clear(&msg);
            al_strbuf_puts(&msg, "mojibake: \"");
            al_strbuf_append_quoted(&msg, d + s, e - s, 40);
            al_strbuf_puts(&msg, "\" should read \"");
            al_strbuf_append_quoted(&msg, fixed.data, fixed.len, 20);
            al_strbuf_puts(&msg, "\": UTF-8 text was decoded as Windows-1252 and saved again, so "
                                 "the model reads garbled characters; replace them");
            if (!msg.failed) {
                al_pending *f = al_report(ctx, s, e, "%s", msg.data);
                al_fix_edit(ctx, f, s, e, fixed.data);
            }
        }
        i = e;
    }
    al_strbuf_free(&fixed);
    al_strbuf_free(&msg);
    cap_summary(ctx, &c, "garbled runs",
                "the whole file went through a wrong decoding: repair it as a whole "
                "(for example with ftfy) or recover the original");
}

/* ------------------------------------------------------------ EN009-EN012 */

/* True when a hidden character at [s, e) has a legitimate use there. */
static bool hidden_allowed(const al_hidden_range *h, uint32_t cp, const char *d, size_t len,
                           size_t s, size_t e)
{
    size_t ps, ne;
    switch (h->allow) {
    case AL_ALLOW_NEVER:
    case AL_ALLOW_FLAG_TAG: /* decided for the whole run of tags */
        return false;
    case AL_ALLOW_JOINER: {
        uint32_t before = prev_base(d, s), after = next_cp(d, len, e, &ne);
        if (cp == 0x200D && al_unicode_is_emoji(before) && al_unicode_is_emoji(after)) return true;
        return al_unicode_is_joining_script(before) && al_unicode_is_joining_script(after);
    }
    case AL_ALLOW_RTL_MARK:
        return al_unicode_is_rtl_letter(prev_cp(d, s, &ps)) ||
               al_unicode_is_rtl_letter(next_cp(d, len, e, &ne));
    case AL_ALLOW_IVS:
        return al_unicode_is_cjk_ideograph(prev_cp(d, s, &ps));
    case AL_ALLOW_MONGOLIAN:
        return al_unicode_is_mongolian(prev_cp(d, s, &ps));
    }
    return false;
}

/* A run of tag characters spelling a subdivision flag: 🏴 + letters/digits + CANCEL TAG. */
static bool is_flag_tag_run(const char *d, size_t s, size_t e)
{
    size_t ps;
    if (prev_cp(d, s, &ps) != 0x1F3F4) return false;
    size_t count = 0;
    uint32_t cp = 0;
    for (size_t i = s; i < e; i += 4, count++) {
        al_utf8_decode(d + i, e - i, &cp);
        bool last = i + 4 >= e;
        if (last) return cp == 0xE007F && count >= 2;
        if (!((cp >= 0xE0030 && cp <= 0xE0039) || (cp >= 0xE0061 && cp <= 0xE007A))) return false;
    }
    return false;
}

typedef struct {
    size_t start, end, count;
    uint32_t cps[3]; /* distinct, for the message */
    size_t distinct;
    const al_hidden_range *ranges[3];
} hidden_run;

static void append_cp_name(al_strbuf *sb, uint32_t cp, const al_hidden_range *h)
{
    al_strbuf_printf(sb, "U+%04X %s", (unsigned)cp, h->first == h->last ? h->name : "");
    if (h->first != h->last) {
        /* A range: name its kind rather than its first member. */
        al_strbuf_printf(sb, "(%s range)", h->name);
    }
}

static void report_hidden(al_context *ctx, const al_document *doc, al_hidden_kind kind,
                          const hidden_run *r)
{
    static const char *const why[] = {
        [AL_HIDDEN_BIDI] = "reorders how the text around it is displayed, so what a reviewer "
                           "reads is not what the model reads (Trojan Source); delete it",
        [AL_HIDDEN_ZERO_WIDTH] = "is invisible, so the model reads text a reviewer cannot see "
                                 "(and words that look alike differ); delete it",
        [AL_HIDDEN_FORMAT] = "renders as nothing, so the model reads text a reviewer cannot "
                             "see; delete it",
    };
    al_strbuf sb;
    al_strbuf_init(&sb);
    if (r->count == 1) {
        append_cp_name(&sb, r->cps[0], r->ranges[0]);
    } else {
        al_strbuf_printf(&sb, "%zu invisible characters in a row (", r->count);
        for (size_t k = 0; k < r->distinct; k++) {
            if (k) al_strbuf_puts(&sb, ", ");
            append_cp_name(&sb, r->cps[k], r->ranges[k]);
        }
        al_strbuf_puts(&sb, r->distinct == 3 ? ", …)" : ")");
    }
    al_strbuf_printf(&sb, " %s", why[kind]);
    if (!sb.failed) {
        al_pending *f = al_report(ctx, r->start, r->end, "%s", sb.data);
        al_fix_edit(ctx, f, r->start, r->end, "");
        /* Deleting bidi controls can change how right-to-left text displays. */
        if (kind == AL_HIDDEN_BIDI) al_fix_unsafe(f);
    }
    al_strbuf_free(&sb);
    (void)doc;
}

static void report_tags(al_context *ctx, const char *d, size_t s, size_t e)
{
    al_strbuf text, sb;
    al_strbuf_init(&text);
    al_strbuf_init(&sb);
    size_t count = 0;
    for (size_t i = s; i < e; count++) {
        uint32_t cp = 0;
        size_t n = al_utf8_decode(d + i, e - i, &cp);
        if (cp >= 0xE0020 && cp <= 0xE007E) al_strbuf_putc(&text, (char)(cp - 0xE0000));
        i += n ? n : 1;
    }
    al_strbuf_printf(&sb, "%zu invisible Unicode tag characters (U+E0000-E007F)", count);
    if (text.len) {
        al_strbuf_puts(&sb, " spell the hidden text \"");
        al_strbuf_append_quoted(&sb, text.data, text.len, 120);
        al_strbuf_puts(&sb, "\"");
    }
    al_strbuf_puts(&sb, ": the model reads it, no reviewer sees it; delete them");
    if (!sb.failed) {
        al_pending *f = al_report(ctx, s, e, "%s", sb.data);
        al_fix_edit(ctx, f, s, e, "");
    }
    al_strbuf_free(&text);
    al_strbuf_free(&sb);
}

static void check_hidden(al_context *ctx, const al_document *doc, al_hidden_kind kind)
{
    const al_source *src = &doc->src;
    if (!is_text(doc)) return;
    const char *d = src->data;
    size_t len = src->len;
    hidden_run run = {0};
    bool open = false;
    cap c = {0, 0, 0};
    /* The source has found the candidates in its one pass over the bytes. */
    size_t done = 0; /* the end of the last run of tags */
    for (size_t m = 0; m < src->mark_count; m++) {
        size_t i = src->marks[m].offset;
        uint32_t cp = src->marks[m].cp;
        if (i < done) continue;
        size_t n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        const al_hidden_range *h = al_hidden_lookup(cp);
        if (!h || h->kind != kind || (cp == 0xFEFF && i == 0)) continue;
        if (kind == AL_HIDDEN_TAG) {
            size_t e = i;
            uint32_t t;
            while (e < len && al_utf8_decode(d + e, len - e, &t) == 4 && t >= 0xE0000 &&
                   t <= 0xE007F)
                e += 4;
            if (!is_flag_tag_run(d, i, e) && cap_take(&c, i)) report_tags(ctx, d, i, e);
            done = e;
            continue;
        }
        if (hidden_allowed(h, cp, d, len, i, i + n)) continue;
        if (open && run.end != i) {
            if (cap_take(&c, run.start)) report_hidden(ctx, doc, kind, &run);
            open = false;
        }
        if (!open) {
            memset(&run, 0, sizeof run);
            run.start = i;
            open = true;
        }
        run.end = i + n;
        run.count++;
        bool seen = false;
        for (size_t k = 0; k < run.distinct; k++)
            seen |= run.cps[k] == cp;
        if (!seen && run.distinct < 3) {
            run.cps[run.distinct] = cp;
            run.ranges[run.distinct++] = h;
        }
    }
    if (open && cap_take(&c, run.start)) report_hidden(ctx, doc, kind, &run);
    cap_summary(ctx, &c, "runs of hidden characters", "delete them all");
}

void al_check_bidi_control(al_context *ctx, const al_document *doc)
{
    check_hidden(ctx, doc, AL_HIDDEN_BIDI);
}

void al_check_zero_width_character(al_context *ctx, const al_document *doc)
{
    check_hidden(ctx, doc, AL_HIDDEN_ZERO_WIDTH);
}

void al_check_unicode_tag_characters(al_context *ctx, const al_document *doc)
{
    check_hidden(ctx, doc, AL_HIDDEN_TAG);
}

void al_check_invisible_format_character(al_context *ctx, const al_document *doc)
{
    check_hidden(ctx, doc, AL_HIDDEN_FORMAT);
}

/* ------------------------------------------------------------------ EN013 */

/* The control characters a terminal acts on that no Markdown needs: C0 but
 * tab, line feed and carriage return (a bare one is EN003's) and NUL
 * (EN002's), and C1. */
static bool reported_control(uint32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != 0) ||
           (cp >= 0x80 && cp <= 0x9F);
}

/* Whether the C1 control at i is a byte of UTF-8 text decoded as Latin-1
 * and saved again: mojibake, which EN008 reports with its repair. */
static bool in_mojibake(const char *d, size_t len, size_t i)
{
    size_t at = i;
    for (int k = 0; k < 3 && at > 0; k++) {
        size_t s;
        uint32_t meant;
        prev_cp(d, at, &s);
        if (mojibake_at(d, len, s, &meant) > i) return true;
        at = s;
    }
    return false;
}

/* "ESC (U+001B ESCAPE)" and, for a run, how many more. */
static void name_controls(al_strbuf *sb, uint32_t first, size_t count)
{
    const al_control_name *c = al_control_lookup(first);
    al_strbuf_printf(sb, "%s (U+%04X %s)", c ? c->abbr : "?", (unsigned)first, c ? c->name : "");
    if (count > 1)
        al_strbuf_printf(sb, " and %zu more control character%s", count - 1,
                         count > 2 ? "s" : "");
}

static void report_control_run(al_context *ctx, const char *d, size_t s, size_t e, uint32_t first,
                               size_t count)
{
    al_strbuf msg;
    al_strbuf_init(&msg);
    name_controls(&msg, first, count);
    al_strbuf_puts(&msg,
                   " in the text: a terminal that shows the file (cat, less -R, a diff) acts on "
                   "control characters instead of showing them, so they can recolour, hide or "
                   "overwrite what a reviewer sees, or set the window title, and the model reads "
                   "them as part of the prompt; ");
    size_t ps;
    uint32_t before = prev_cp(d, s, &ps);
    if (first >= 0x80 && before >= 0xA0 && before <= 0xFF) {
        /* "ð" or "¸" then C1 controls: the bytes of a UTF-8 character (an
         * emoji) read as Latin-1, a repair EN008 does not attempt. */
        al_strbuf_puts(&msg, "after \"");
        al_strbuf_append_quoted(&msg, d + ps, s - ps, 1);
        al_strbuf_puts(&msg, "\" this looks like UTF-8 text read as Latin-1 and saved again: "
                             "retype the character that was meant");
    } else {
        al_strbuf_printf(&msg, "delete %s, or write the sequence out (`\\e`, `^[`) where the "
                               "text is about terminals",
                         count > 1 ? "them" : "it");
    }
    if (!msg.failed) al_report(ctx, s, e, "%s", msg.data);
    al_strbuf_free(&msg);
}

/* The raw bytes: runs of control characters, anywhere in the file. */
static void check_raw_controls(al_context *ctx, const al_source *src, cap *c)
{
    const char *d = src->data;
    size_t len = src->len;
    /* C0 from the first one the source found; C1 from its marks. */
    size_t i = src->control_offset, m = 0;
    while (m < src->mark_count && (src->marks[m].cp < 0x80 || src->marks[m].cp > 0x9F))
        m++;
    if (m < src->mark_count && src->marks[m].offset < i) i = src->marks[m].offset;
    size_t run_start = 0, run_end = 0, run_count = 0;
    uint32_t run_first = 0;
    while (i < len) {
        unsigned char b = (unsigned char)d[i];
        uint32_t cp = b;
        size_t n = 1;
        if (b >= 0x80) {
            n = al_utf8_decode(d + i, len - i, &cp);
            if (!n) {
                n = 1;
                cp = 0xFFFD;
            }
        }
        bool hit = reported_control(cp) && !(cp >= 0x80 && in_mojibake(d, len, i));
        if (hit && run_count && run_end == i) {
            run_end = i + n;
            run_count++;
        } else if (hit) {
            if (run_count && cap_take(c, run_start))
                report_control_run(ctx, d, run_start, run_end, run_first, run_count);
            run_start = i;
            run_end = i + n;
            run_first = cp;
            run_count = 1;
        }
        i += n;
    }
    if (run_count && cap_take(c, run_start))
        report_control_run(ctx, d, run_start, run_end, run_first, run_count);
}

/* The front matter's values, as YAML reads them: a double-quoted string
 * holds a control character written as an escape ("\e]0;title\a"), which
 * the raw bytes do not show. */
static void check_decoded_controls(al_context *ctx, const al_source *src, const al_yaml_node *n,
                                   const char *key, size_t key_len, cap *c, int depth)
{
    if (!n || depth > 64) return;
    if (n->kind == AL_YAML_MAPPING) {
        for (size_t i = 0; i < n->count; i++) {
            const al_yaml_node *k = n->pairs[i].key;
            bool named = k->kind == AL_YAML_SCALAR;
            check_decoded_controls(ctx, src, n->pairs[i].value, named ? k->text : key,
                                   named ? k->text_len : key_len, c, depth + 1);
        }
        return;
    }
    if (n->kind == AL_YAML_SEQUENCE) {
        for (size_t i = 0; i < n->count; i++)
            check_decoded_controls(ctx, src, n->items[i], key, key_len, c, depth + 1);
        return;
    }
    if (n->kind != AL_YAML_SCALAR || n->style != AL_YAML_DOUBLE_QUOTED) return;
    uint32_t first = 0;
    size_t count = 0;
    for (size_t i = 0; i < n->text_len;) {
        uint32_t cp;
        size_t k = al_utf8_decode(n->text + i, n->text_len - i, &cp);
        if (!k) {
            i++;
            continue;
        }
        if (reported_control(cp) && count++ == 0) first = cp;
        i += k;
    }
    if (!count || n->end > src->len) return;
    /* Raw control characters in the span are reported as they are. */
    for (size_t i = n->start; i < n->end; i++) {
        unsigned char b = (unsigned char)src->data[i];
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return;
    }
    if (!cap_take(c, n->start)) return;
    al_strbuf msg;
    al_strbuf_init(&msg);
    al_strbuf_puts(&msg, "the value");
    if (key) {
        al_strbuf_puts(&msg, " of `");
        al_strbuf_puts(&msg, al_quote(ctx, key, key_len));
        al_strbuf_puts(&msg, "`");
    }
    al_strbuf_puts(&msg, " holds ");
    name_controls(&msg, first, count);
    al_strbuf_puts(&msg, ", written as an escape in the quoted string: YAML turns it into the "
                         "control character itself, which the model reads and a terminal that "
                         "shows the value acts on; remove the escape");
    if (!msg.failed) al_report(ctx, n->start, n->end, "%s", msg.data);
    al_strbuf_free(&msg);
}

void al_check_control_character(al_context *ctx, const al_document *doc)
{
    const al_source *src = &doc->src;
    if (!is_text(doc)) return;
    cap c = {0, 0, 0};
    check_raw_controls(ctx, src, &c);
    if (doc->fm.root && !doc->fm.lenient)
        check_decoded_controls(ctx, src, doc->fm.root, NULL, 0, &c, 0);
    cap_summary(ctx, &c, "control characters", "delete them all");
}
