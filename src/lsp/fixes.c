/* Fixes in the language server: quick-fix titles, fix-all (the library's
 * fix loop, with its guard against fixes that make the file worse), and the
 * smallest edit between two texts. */
#include "lsp/fixes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A short quoted form of text for a title: at most 40 characters, line
 * ends shown as ⏎. */
static void quote_for_title(char *out, size_t cap, const char *s, size_t n)
{
    size_t k = 0, chars = 0;
    for (size_t i = 0; i < n && k + 8 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) != 0x80 && ++chars > 40) {
            memcpy(out + k, "…", 3);
            k += 3;
            break;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < n && s[i + 1] == '\n') continue;
            memcpy(out + k, "⏎", 3);
            k += 3;
        } else if (c == '\t') {
            out[k++] = ' ';
        } else if (c >= 0x20 && c != 0x7F) {
            out[k++] = (char)c;
        }
    }
    /* Never end inside a character cut short by the buffer. */
    while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0x80) {
        size_t j = k - 1;
        while (j > 0 && ((unsigned char)out[j] & 0xC0) == 0x80)
            j--;
        unsigned char lead = (unsigned char)out[j];
        size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (k - j == want) break;
        k = j;
    }
    out[k] = '\0';
}

/* "Fix CC011 retired-tool: replace `MultiEdit` with `Edit`" */
char *lsp_fix_title(const lsp_document *doc, const al_diagnostic *d)
{
    const al_fix *fix = d->fix;
    char what[320];
    if (fix->edit_count == 1) {
        const al_edit *e = &fix->edits[0];
        size_t s = e->start.offset, t = e->end.offset;
        if (t > doc->len) t = doc->len;
        if (s > t) s = t;
        char old[128], neu[128];
        quote_for_title(old, sizeof old, doc->text + s, t - s);
        const char *txt = e->text ? e->text : "";
        quote_for_title(neu, sizeof neu, txt, strlen(txt));
        if (t == s)
            snprintf(what, sizeof what, "insert `%s`", neu);
        else if (!*txt)
            snprintf(what, sizeof what, "remove `%s`", old);
        else
            snprintf(what, sizeof what, "replace `%s` with `%s`", old, neu);
    } else {
        snprintf(what, sizeof what, "%zu edits", fix->edit_count);
    }
    size_t n = strlen(what) + strlen(d->rule->code) + strlen(d->rule->name) + 96;
    char *title = malloc(n);
    if (!title) return NULL;
    if (fix->safe)
        snprintf(title, n, "Fix %s %s: %s", d->rule->code, d->rule->name, what);
    else
        snprintf(title, n, "Unsafe fix %s %s (may change the meaning): %s", d->rule->code,
                 d->rule->name, what);
    return title;
}

/* Every safe fix of the document, as --fix applies them: the library's fix
 * loop (al_fix_buffer), which lints again after each pass and rolls back a
 * pass, or a fix, that makes the file worse. */
char *lsp_fix_all_text(const lsp_document *doc, size_t *out_len, size_t *applied_total)
{
    *applied_total = 0;
    if (!doc->opts || doc->ignored) return NULL;
    char *out = NULL;
    size_t len = 0;
    al_result *res = al_fix_buffer(doc->opts, doc->path, doc->text, doc->len, AL_FILE_DISCOVERED,
                                   false, &out, &len, applied_total);
    if (!res) return NULL;
    al_result_free(res);
    if (out && len == doc->len && memcmp(out, doc->text, len) == 0) {
        free(out);
        out = NULL;
    }
    *out_len = len;
    return out;
}

/* Steps back to a character start (in both texts, which agree before at)
 * that is not between \r and \n. */
static size_t safe_cut(const char *a, size_t alen, const char *b, size_t blen, size_t at)
{
    while (at > 0 && ((at < alen && ((unsigned char)a[at] & 0xC0) == 0x80) ||
                      (at < blen && ((unsigned char)b[at] & 0xC0) == 0x80)))
        at--;
    if (at > 0 && a[at - 1] == '\r' &&
        ((at < alen && a[at] == '\n') || (at < blen && b[at] == '\n')))
        at--;
    return at;
}

void lsp_changed_span(const char *a, size_t alen, const char *b, size_t blen, size_t *prefix,
                      size_t *suffix)
{
    size_t pre = 0, max = alen < blen ? alen : blen;
    while (pre < max && a[pre] == b[pre])
        pre++;
    pre = safe_cut(a, alen, b, blen, pre);
    size_t suf = 0;
    while (suf < max - pre && a[alen - 1 - suf] == b[blen - 1 - suf])
        suf++;
    /* The suffix must start on a character boundary in both texts. */
    while (suf > 0) {
        size_t x = alen - suf, y = blen - suf;
        bool inside = ((unsigned char)a[x] & 0xC0) == 0x80 ||
                      ((unsigned char)b[y] & 0xC0) == 0x80 ||
                      (a[x] == '\n' && x > 0 && a[x - 1] == '\r') ||
                      (b[y] == '\n' && y > 0 && b[y - 1] == '\r');
        if (!inside) break;
        suf--;
    }
    *prefix = pre;
    *suffix = suf;
}
