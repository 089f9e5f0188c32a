/* The diff: common prefix and suffix lines are cut off, the middle is
 * compared with a longest-common-subsequence table (fixes change a few
 * lines, so the middle is small); past a size limit the middle is shown as
 * removed and added whole, which is still a correct patch. */
#include "cli/diff.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "util/utf8.h"

#define CONTEXT    3
#define MAX_MIDDLE ((size_t)4000000)

typedef struct {
    const char *s;
    size_t len; /* with its "\n", if any */
} line;

static line *split(const char *s, size_t len, size_t *count)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '\n') n++;
    if (len && s[len - 1] != '\n') n++;
    line *ls = malloc((n ? n : 1) * sizeof *ls);
    if (!ls) return NULL;
    size_t k = 0, start = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '\n') {
            ls[k].s = s + start;
            ls[k].len = i + 1 - start;
            k++;
            start = i + 1;
        }
    if (start < len) {
        ls[k].s = s + start;
        ls[k].len = len - start;
        k++;
    }
    *count = k;
    return ls;
}

static bool same(const line *a, const line *b)
{
    return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

typedef struct {
    char op; /* ' ', '-', '+' */
    const line *l;
} step;

/* Writes the line's text with every control character a terminal would
 * act on (C0 but tab, and the "\r" of a CRLF ending; DEL; C1) and every
 * byte that is not UTF-8 escaped: \x1B, <U+009B>, \xFF. Returns whether
 * any was. */
static bool put_text(FILE *out, const char *s, size_t len)
{
    bool escaped = false;
    size_t i = 0, run = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f) {
            i++;
            continue;
        }
        uint32_t cp = c;
        size_t n = c < 0x80 ? 1 : al_utf8_decode(s + i, len - i, &cp);
        bool line_end = c == '\n' || (c == '\r' && i + 2 == len && s[i + 1] == '\n');
        if (c == '\t' || line_end || (n > 1 && !(cp >= 0x80 && cp <= 0x9F))) {
            i += n;
            continue;
        }
        fwrite(s + run, 1, i - run, out);
        if (n > 1)
            fprintf(out, "<U+%04X>", (unsigned)cp);
        else
            fprintf(out, "\\x%02X", c);
        escaped = true;
        i += n ? n : 1;
        run = i;
    }
    fwrite(s + run, 1, i - run, out);
    return escaped;
}

static bool put_line(FILE *out, char op, const line *l, const al_result *const *masks,
                     size_t nmask)
{
    fputc(op, out);
    char *shown = NULL;
    const char *text = l->s;
    for (size_t i = 0; i < nmask; i++) {
        char *next = al_result_redact(masks[i], text, l->len, NULL);
        free(shown);
        /* Out of memory: the line's length in '*', rather than a secret. */
        if (!next) {
            for (size_t k = 0; k + 1 < l->len; k++)
                fputc('*', out);
            if (l->len) fputc(l->s[l->len - 1] == '\n' ? '\n' : '*', out);
            return false;
        }
        text = shown = next;
    }
    bool escaped = put_text(out, text, l->len);
    free(shown);
    if (l->len == 0 || l->s[l->len - 1] != '\n') fputs("\n\\ No newline at end of file\n", out);
    return escaped;
}

bool al_write_unified_diff(FILE *out, const char *path, const char *a, size_t alen, const char *b,
                           size_t blen, const al_result *const *masks, size_t nmask)
{
    if (alen == blen && memcmp(a, b, alen) == 0) return false;
    size_t na, nb;
    line *la = split(a, alen, &na), *lb = split(b, blen, &nb);
    step *steps = malloc((na + nb + 1) * sizeof *steps);
    if (!la || !lb || !steps) {
        free(la);
        free(lb);
        free(steps);
        return false;
    }
    size_t pre = 0;
    while (pre < na && pre < nb && same(&la[pre], &lb[pre]))
        pre++;
    size_t suf = 0;
    while (suf < na - pre && suf < nb - pre && same(&la[na - 1 - suf], &lb[nb - 1 - suf]))
        suf++;
    size_t ma = na - pre - suf, mb = nb - pre - suf, ns = 0;
    for (size_t i = 0; i < pre; i++)
        steps[ns++] = (step){' ', &la[i]};
    uint32_t *t = NULL;
    if (ma && mb && (ma + 1) * (mb + 1) <= MAX_MIDDLE) t = calloc((ma + 1) * (mb + 1), sizeof *t);
    if (t) {
        /* t[i][j]: LCS length of a[i..] and b[j..] (middle parts). */
        for (size_t i = ma; i-- > 0;)
            for (size_t j = mb; j-- > 0;)
                t[i * (mb + 1) + j] = same(&la[pre + i], &lb[pre + j])
                                          ? t[(i + 1) * (mb + 1) + j + 1] + 1
                                      : t[(i + 1) * (mb + 1) + j] > t[i * (mb + 1) + j + 1]
                                          ? t[(i + 1) * (mb + 1) + j]
                                          : t[i * (mb + 1) + j + 1];
        size_t i = 0, j = 0;
        while (i < ma || j < mb) {
            if (i < ma && j < mb && same(&la[pre + i], &lb[pre + j])) {
                steps[ns++] = (step){' ', &la[pre + i]};
                i++;
                j++;
            } else if (j == mb ||
                       (i < ma && t[(i + 1) * (mb + 1) + j] >= t[i * (mb + 1) + j + 1])) {
                steps[ns++] = (step){'-', &la[pre + i++]};
            } else {
                steps[ns++] = (step){'+', &lb[pre + j++]};
            }
        }
        free(t);
    } else {
        for (size_t i = 0; i < ma; i++)
            steps[ns++] = (step){'-', &la[pre + i]};
        for (size_t j = 0; j < mb; j++)
            steps[ns++] = (step){'+', &lb[pre + j]};
    }
    for (size_t i = na - suf; i < na; i++)
        steps[ns++] = (step){' ', &la[i]};

    while (path[0] == '.' && path[1] == '/')
        path += 2;
    fprintf(out, "--- a/%s\n+++ b/%s\n", path, path);
    size_t k = 0;
    bool escaped = false;
    while (k < ns) {
        while (k < ns && steps[k].op == ' ')
            k++;
        if (k == ns) break;
        /* A hunk: from CONTEXT lines before this change to CONTEXT after
         * the last change that is at most 2*CONTEXT unchanged lines away. */
        size_t start = k >= CONTEXT ? k - CONTEXT : 0, end = k;
        for (;;) {
            while (end < ns && steps[end].op != ' ')
                end++;
            size_t run = end;
            while (run < ns && steps[run].op == ' ')
                run++;
            if (run < ns && run - end <= 2 * CONTEXT) {
                end = run;
                continue;
            }
            end = end + CONTEXT < ns ? end + CONTEXT : ns;
            break;
        }
        size_t aline = 1, bline = 1;
        for (size_t s = 0; s < start; s++) {
            if (steps[s].op != '+') aline++;
            if (steps[s].op != '-') bline++;
        }
        size_t acount = 0, bcount = 0;
        for (size_t s = start; s < end; s++) {
            if (steps[s].op != '+') acount++;
            if (steps[s].op != '-') bcount++;
        }
        fprintf(out, "@@ -%zu,%zu +%zu,%zu @@\n", acount ? aline : aline - 1, acount,
                bcount ? bline : bline - 1, bcount);
        for (size_t s = start; s < end; s++)
            escaped |= put_line(out, steps[s].op, steps[s].l, masks, nmask);
        k = end;
    }
    free(steps);
    free(la);
    free(lb);
    return escaped;
}

void al_write_refused_fixes(FILE *out, const al_result *res)
{
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        if (!d->fix_refused) continue;
        al_path_escape(out, al_result_path(res));
        fprintf(out, ":%zu:%zu: note: fix not applied: %s [%s %s]\n", d->start.line,
                d->start.column, d->fix_refused, d->rule->code, d->rule->name);
    }
}
