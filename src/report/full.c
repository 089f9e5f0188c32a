/* --format full: each finding as a gcc line (editors still jump to it),
 * then its source line with the span underlined and the rule's summary:
 *
 *   a.md:4:14: warning: `Frobnicate` is not a Claude Code tool; ... [CC010 unknown-tool]
 *     |
 *   4 | tools: Read, Frobnicate
 *     |              ^^^^^^^^^^ Tool name is not a Claude Code tool (fix available)
 *
 * Columns count code points, like the positions: a tab is shown as one
 * space so that the carets stay aligned; a control character (which a
 * terminal would act on: ESC, BEL, CSI) or a hidden one is shown by its code
 * (<U+001B>, <U+202E>), the carets moved to match. Secrets in the
 * line are masked (al_result_redact); the path is escaped (al_path_escape). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "spec/unicode_text.h"
#include "util/utf8.h"

#define MAX_SHOWN 160 /* code points of a source line shown */

typedef struct {
    const char *bold, *reset, *gutter, *dim, *sev;
} palette;

static const char *sev_color(al_severity s)
{
    return s == AL_ERROR ? "\033[1;31m" : s == AL_WARNING ? "\033[1;33m" : "\033[1;36m";
}

/* Characters that show as nothing, or move the text around them, are
 * shown by their code, so that the line shown is the line linted. */
static bool shown_by_code(uint32_t cp)
{
    return cp < 0x20 || cp == 0x7f || al_utf8_is_invisible(cp) || al_hidden_lookup(cp) ||
           cp == 0x2028 || cp == 0x2029 || (cp >= 0x80 && cp < 0xa0);
}

/* Prints the line: one display column per code point, except characters
 * shown by their code (<U+061C>, several columns). *from_col and *to_col
 * (code point indexes in, display columns out) follow the expansion so that
 * the carets stay under the span. */
static void show_line(FILE *out, const char *s, size_t len, size_t *from_col, size_t *to_col)
{
    size_t i = 0, cps = 0, col = 0;
    size_t from = *from_col, to = *to_col;
    while (i < len && cps < MAX_SHOWN) {
        if (cps == from) *from_col = col;
        if (cps == to) *to_col = col;
        uint32_t cp;
        size_t n = al_utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            fputc('?', out);
            n = 1;
            col++;
        } else if (cp == '\t') {
            fputc(' ', out);
            col++;
        } else if (shown_by_code(cp)) {
            col += (size_t)fprintf(out, "<U+%04X>", (unsigned)cp);
        } else {
            fwrite(s + i, 1, n, out);
            col++;
        }
        i += n;
        cps++;
    }
    /* Past what was shown (a span to a later line, or a cut line): the end. */
    if (from >= cps) *from_col = col;
    if (to >= cps) *to_col = col;
    if (i < len) fputs("…", out);
}

static void write_one(FILE *out, const palette *c, const al_result *res, const al_diagnostic *d,
                      const char *data, size_t len, const size_t *starts, size_t nlines)
{
    const char *sc = c->sev[0] ? sev_color(d->severity) : "";
    fputs(c->bold, out);
    al_path_escape(out, al_result_path(res));
    fprintf(out, ":%zu:%zu:%s %s%s:%s %s%s%s [%s %s]\n", d->start.line, d->start.column, c->reset,
            sc, al_gcc_severity(d->severity), c->reset, c->bold, d->message, c->reset,
            d->rule->code, d->rule->name);
    if (!data || d->start.line == 0 || d->start.line > nlines) return;
    size_t ls = starts[d->start.line - 1];
    size_t le = ls;
    while (le < len && data[le] != '\n')
        le++;
    if (le > ls && data[le - 1] == '\r') le--;
    /* The line as the user may see it: no secret in full. */
    char *line = al_result_redact(res, data + ls, le - ls, NULL);
    if (!line) return;
    char num[32];
    int w = snprintf(num, sizeof num, "%zu", d->start.line);
    fprintf(out, "%s%*s |%s\n", c->gutter, w, "", c->reset);
    fprintf(out, "%s%s |%s ", c->gutter, num, c->reset);
    size_t from = d->start.column - 1;
    size_t to = d->end.line == d->start.line ? d->end.column - 1 : (size_t)-1;
    show_line(out, line, le - ls, &from, &to);
    free(line);
    fputc('\n', out);
    if (to <= from) to = from + 1;
    fprintf(out, "%s%*s |%s %*s%s", c->gutter, w, "", c->reset, (int)from, "", sc);
    for (size_t i = from; i < to; i++)
        fputc('^', out);
    fprintf(out, "%s %s%s%s%s\n", c->reset, c->dim, d->rule->summary,
            d->fix ? (d->fix->safe ? " (fix available)" : " (unsafe fix available)") : "",
            c->reset);
    if (d->fix_refused)
        fprintf(out, "%s%*s = note:%s fix not applied: %s\n", c->gutter, w, "", c->reset,
                d->fix_refused);
}

static void full_file(al_report_stream *s, const al_report_file *f)
{
    static const palette plain = {"", "", "", "", ""};
    static const palette color = {"\033[1m", "\033[0m", "\033[34m", "\033[2m", "x"};
    const palette *c = s->color ? &color : &plain;
    FILE *out = s->out;
    const al_result *res = f->res;
    if (al_result_count(res) == 0) return;
    const char *data = f->data;
    size_t len = f->len, nlines = 1;
    for (size_t i = 0; data && i < len; i++)
        if (data[i] == '\n') nlines++;
    size_t *starts = data ? malloc(nlines * sizeof *starts) : NULL;
    if (starts) {
        size_t n = 0;
        starts[n++] = 0;
        for (size_t i = 0; i < len && n < nlines; i++)
            if (data[i] == '\n') starts[n++] = i + 1;
    }
    for (size_t i = 0; i < al_result_count(res); i++) {
        write_one(out, c, res, al_result_get(res, i), starts ? data : NULL, len, starts, nlines);
        fputc('\n', out);
    }
    free(starts);
}

static void nothing(al_report_stream *s)
{
    (void)s;
}

const al_reporter al_reporter_full = {false, nothing, full_file, nothing};
