/* The fuzzing harness body: see harness.h.
 *
 * Invariants checked on every input:
 *  - al_lint_buffer returns a result, for both origins, and linting the same
 *    bytes twice gives the same findings (no state, no uninitialised reads);
 *  - every finding has a rule, a message and a severity, its span lies in
 *    the buffer, and its line and column agree with its byte offset;
 *  - every fix edit lies in the buffer, has text, and on valid UTF-8 input
 *    starts and ends on code-point boundaries;
 *  - applying the fixes (safe, then safe and unsafe) and linting again
 *    converges: within MAX_PASSES nothing is left to apply, a pass with
 *    applicable fixes applies at least one, and a file that was valid UTF-8
 *    stays so;
 *  - al_fix_buffer (the loop with its guard) returns its text's result, a
 *    fix it refused has no fix left and a reason, and it converges: a
 *    second al_fix_buffer over its text changes nothing (one --fix run
 *    leaves nothing for the next);
 *  - every reporter writes the results to memory, and the machine formats
 *    (JSON, SARIF, checkstyle, JUnit) are valid UTF-8 without raw control
 *    characters other than tab, CR and LF.
 * Memory errors, leaks and undefined behaviour are the sanitizers' part. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agentlint/agentlint.h"
#include "engine/fix.h"
#include "report/report.h"
#include "util/utf8.h"

#define MAX_PASSES 8
#define FUZZ_PATH  ".claude/agents/fuzz-agent.md"

static al_options *opts;

static void fail(const char *what, const al_diagnostic *d)
{
    if (d)
        fprintf(stderr, "agentlint fuzz: %s [%s %zu:%zu@%zu-%zu:%zu@%zu] %s\n", what,
                d->rule ? d->rule->code : "?", d->start.line, d->start.column, d->start.offset,
                d->end.line, d->end.column, d->end.offset, d->message ? d->message : "(null)");
    else
        fprintf(stderr, "agentlint fuzz: %s\n", what);
    abort();
}

int al_fuzz_init(void)
{
    if (!opts) {
        opts = al_options_new();
        if (!opts) fail("al_options_new failed", NULL);
    }
    return 0;
}

void al_fuzz_fini(void)
{
    al_options_free(opts);
    opts = NULL;
}

static bool utf8_valid(const char *s, size_t len)
{
    return al_utf8_validate(s, len) == len;
}

static bool on_boundary(const char *s, size_t len, size_t off)
{
    return off == 0 || off >= len || ((unsigned char)s[off] & 0xC0) != 0x80;
}

/* Where each line starts, to check positions against offsets. */
typedef struct {
    size_t *start;
    size_t count;
} line_index;

static void index_lines(line_index *ix, const char *data, size_t len)
{
    ix->count = 1;
    for (size_t i = 0; i < len; i++)
        if (data[i] == '\n') ix->count++;
    ix->start = malloc(ix->count * sizeof *ix->start);
    if (!ix->start) fail("out of memory", NULL);
    size_t n = 0;
    ix->start[n++] = 0;
    for (size_t i = 0; i < len; i++)
        if (data[i] == '\n') ix->start[n++] = i + 1;
}

/* The last position checked on a line, so that many findings on one long
 * line (fuzz_grow's inputs) cost the distance between them. Used only on
 * valid UTF-8 from a character boundary, where counting on from it gives
 * the count from the line's start. */
typedef struct {
    size_t line, offset, column; /* line 0: none */
} position_memo;

/* The position a correct reporter would give offset: the line after the
 * newlines before it, the column in code points (an invalid byte is one). */
static bool position_ok(const line_index *ix, const char *data, size_t len, al_position p,
                        position_memo *memo)
{
    if (p.offset > len || p.line < 1 || p.column < 1 || p.line > ix->count) return false;
    size_t s = ix->start[p.line - 1];
    if (p.offset < s || (p.line < ix->count && p.offset >= ix->start[p.line])) return false;
    size_t column;
    if (memo && memo->line == p.line && memo->offset <= p.offset)
        column = memo->column + al_utf8_count(data + memo->offset, p.offset - memo->offset);
    else
        column = al_utf8_count(data + s, p.offset - s) + 1;
    if (memo && on_boundary(data, len, p.offset)) {
        memo->line = p.line;
        memo->offset = p.offset;
        memo->column = column;
    }
    return p.column == column;
}

/* One line of valid UTF-8 without control or invisible characters. */
static bool safe_line(const char *s)
{
    size_t len = strlen(s), i = 0;
    while (i < len) {
        uint32_t cp;
        size_t k = al_utf8_decode(s + i, len - i, &cp);
        if (k == 0 || cp < 0x20 || cp == 0x7f || al_utf8_is_invisible(cp)) return false;
        i += k;
    }
    return true;
}

static void check_result(const al_result *res, const char *data, size_t len)
{
    if (!res) fail("al_lint_buffer returned NULL", NULL);
    bool valid = utf8_valid(data, len);
    line_index ix;
    index_lines(&ix, data, len);
    size_t n = al_result_count(res);
    position_memo memos[4] = {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
    position_memo *m = valid ? memos : NULL; /* starts, ends, edit starts, edit ends */
    for (size_t i = 0; i < n; i++) {
        const al_diagnostic *d = al_result_get(res, i);
        if (!d || !d->rule || !d->message) fail("finding without rule or message", d);
        if (d->severity < AL_INFO || d->severity > AL_ERROR) fail("bad severity", d);
        if (d->start.offset > d->end.offset || d->end.offset > len) fail("span out of buffer", d);
        if (!position_ok(&ix, data, len, d->start, m ? &m[0] : NULL) ||
            !position_ok(&ix, data, len, d->end, m ? &m[1] : NULL))
            fail("position disagrees with offset", d);
        if (!safe_line(d->message)) fail("message not one line of safe UTF-8", d);
        if (!d->fix) continue;
        for (size_t e = 0; e < d->fix->edit_count; e++) {
            const al_edit *ed = &d->fix->edits[e];
            if (!ed->text) fail("fix edit without text", d);
            if (ed->start.offset > ed->end.offset || ed->end.offset > len)
                fail("fix edit out of buffer", d);
            if (!position_ok(&ix, data, len, ed->start, m ? &m[2] : NULL) ||
                !position_ok(&ix, data, len, ed->end, m ? &m[3] : NULL))
                fail("fix edit position disagrees with offset", d);
            if (valid && (!on_boundary(data, len, ed->start.offset) ||
                          !on_boundary(data, len, ed->end.offset) ||
                          !utf8_valid(ed->text, strlen(ed->text))))
                fail("fix edit splits a character", d);
        }
    }
    free(ix.start);
}

static bool same_results(const al_result *a, const al_result *b)
{
    if (al_result_count(a) != al_result_count(b)) return false;
    for (size_t i = 0; i < al_result_count(a); i++) {
        const al_diagnostic *x = al_result_get(a, i), *y = al_result_get(b, i);
        if (x->rule != y->rule || x->severity != y->severity ||
            x->start.offset != y->start.offset || x->end.offset != y->end.offset ||
            strcmp(x->message, y->message) != 0 || !x->fix != !y->fix)
            return false;
    }
    return true;
}

static size_t applicable(const al_result *res, bool unsafe)
{
    size_t k = 0;
    for (size_t i = 0; i < al_result_count(res); i++)
        if (al_fix_is_applicable(al_result_get(res, i)->fix, unsafe)) k++;
    return k;
}

/* A fix must not trade a finding for one of a rule that did not fire
 * before (opt-in: AGENTLINT_FUZZ_STRICT, since some trades are fair). */
static void check_no_new_rules(const al_result *before, const al_result *after)
{
    for (size_t i = 0; i < al_result_count(after); i++) {
        const al_diagnostic *d = al_result_get(after, i);
        bool seen = false;
        for (size_t k = 0; !seen && k < al_result_count(before); k++)
            if (al_result_get(before, k)->rule == d->rule) seen = true;
        if (!seen) fail("a fix brought a new finding", d);
    }
}

/* Applies the fixes of res (from linting data) and lints again until
 * nothing applies, as `agentlint --fix` does. */
static void check_fixes(const al_result *res0, const char *data0, size_t len0, bool unsafe,
                        al_file_origin origin)
{
    bool valid = utf8_valid(data0, len0);
    const al_result *res = res0;
    const char *data = data0;
    size_t len = len0;
    al_result *owned = NULL;
    char *buf = NULL;
    for (int pass = 0;; pass++) {
        size_t want = applicable(res, unsafe);
        if (want == 0) break;
        if (pass == MAX_PASSES)
            fail(unsafe ? "unsafe fixes never converge" : "fixes never converge", NULL);
        size_t nlen = 0, applied = 0;
        char *next = al_apply_fixes(res, data, len, unsafe, &nlen, &applied);
        if (!next) fail("al_apply_fixes returned NULL", NULL);
        if (applied == 0) fail("applicable fixes, none applied", NULL);
        if (next[nlen] != '\0') fail("fixed text not NUL-terminated", NULL);
        if (valid && !utf8_valid(next, nlen)) fail("a fix made valid UTF-8 invalid", NULL);
        al_result *r = al_lint_buffer(opts, FUZZ_PATH, next, nlen, origin);
        check_result(r, next, nlen);
        if (getenv("AGENTLINT_FUZZ_STRICT")) check_no_new_rules(res, r);
        al_result_free(owned);
        free(buf);
        owned = r;
        buf = next;
        res = r;
        data = next;
        len = nlen;
    }
    al_result_free(owned);
    free(buf);
}

/* The library's fix loop with its guard: it returns the result of its own
 * text, and a finding whose fix it refused says why and has no fix. */
static void check_fix_buffer(const char *data, size_t len, bool unsafe)
{
    char *out = NULL;
    size_t out_len = 0, applied = 0;
    al_result *r = al_fix_buffer(opts, FUZZ_PATH, data, len, AL_FILE_EXPLICIT, unsafe, &out,
                                 &out_len, &applied);
    if (!r || !out) fail("al_fix_buffer returned NULL", NULL);
    if (out[out_len] != '\0') fail("al_fix_buffer: text not NUL-terminated", NULL);
    if (applied == 0 && (out_len != len || memcmp(out, data, len) != 0))
        fail("al_fix_buffer changed the text without a fix", NULL);
    check_result(r, out, out_len);
    for (size_t i = 0; i < al_result_count(r); i++) {
        const al_diagnostic *d = al_result_get(r, i);
        if (d->fix_refused && (d->fix || !*d->fix_refused))
            fail("a refused fix kept its fix or gave no reason", d);
    }
    /* One run converges: a second --fix changes nothing. */
    char *again = NULL;
    size_t again_len = 0, again_applied = 0;
    al_result *r2 = al_fix_buffer(opts, FUZZ_PATH, out, out_len, AL_FILE_EXPLICIT, unsafe, &again,
                                  &again_len, &again_applied);
    if (!r2 || !again) fail("al_fix_buffer returned NULL", NULL);
    if (again_len != out_len || memcmp(again, out, out_len) != 0)
        fail(unsafe ? "a second --fix --unsafe-fixes changes the text" : "a second --fix changes the text", NULL);
    al_result_free(r2);
    free(again);
    al_result_free(r);
    free(out);
}

/* A machine format: valid UTF-8, no raw control characters but tab, CR, LF. */
static void check_machine_output(const char *fmt, const char *s, size_t len)
{
    if (!utf8_valid(s, len)) {
        fprintf(stderr, "agentlint fuzz: %s output is not valid UTF-8\n", fmt);
        abort();
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            fprintf(stderr, "agentlint fuzz: %s output has control byte 0x%02x at %zu\n", fmt, c,
                    i);
            abort();
        }
    }
}

static void write_reports(al_result **res, const char *data, size_t len, size_t nres)
{
    static const struct {
        const char *name;
        const al_reporter *write;
        bool machine;
    } formats[] = {
        {"gcc", &al_reporter_gcc, false},       {"full", &al_reporter_full, false},
        {"json", &al_reporter_json, true},      {"sarif", &al_reporter_sarif, true},
        {"github", &al_reporter_github, false}, {"checkstyle", &al_reporter_checkstyle, true},
        {"junit", &al_reporter_junit, true},    {"gitlab", &al_reporter_gitlab, true},
    };
    al_report_file files[3];
    size_t fc = 0, errors = 0, warnings = 0, infos = 0, fixable = 0;
    for (size_t i = 0; i < nres; i++) {
        files[fc++] = (al_report_file){res[i], data, len};
        for (size_t k = 0; k < al_result_count(res[i]); k++) {
            const al_diagnostic *d = al_result_get(res[i], k);
            if (d->severity == AL_ERROR)
                errors++;
            else if (d->severity == AL_WARNING)
                warnings++;
            else
                infos++;
            if (d->fix && d->fix->edit_count && d->fix->safe) fixable++;
        }
    }
    files[fc++] = (al_report_file){NULL, NULL, 0}; /* a file that could not be read */
    for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
        for (int color = 0;
             color < (formats[f].write == &al_reporter_full || formats[f].write == &al_reporter_gcc
                          ? 2
                          : 1);
             color++) {
            char *out = NULL;
            size_t outlen = 0;
            FILE *fp = open_memstream(&out, &outlen);
            if (!fp) fail("open_memstream failed", NULL);
            al_report rep = {fp,     color != 0, files, fc,      nres,
                             errors, warnings,   infos, fixable, AL_WARNING};
            al_write_report(formats[f].write, &rep);
            for (size_t i = 0; i < nres; i++)
                al_write_gcc(fp, res[i]);
            if (fclose(fp) != 0) fail("fclose of the memory stream failed", NULL);
            if (formats[f].machine) check_machine_output(formats[f].name, out, outlen);
            free(out);
        }
    }
}

int al_fuzz_one(const uint8_t *bytes, size_t len)
{
    al_fuzz_init();
    const char *data = (const char *)bytes;
    al_result *res[2];
    static const al_file_origin origins[2] = {AL_FILE_EXPLICIT, AL_FILE_DISCOVERED};
    for (int o = 0; o < 2; o++) {
        res[o] = al_lint_buffer(opts, FUZZ_PATH, data, len, origins[o]);
        check_result(res[o], data, len);
        (void)al_result_path(res[o]);
        (void)al_result_agent_name(res[o]);
    }
    /* The same bytes lint the same way. */
    al_result *again = al_lint_buffer(opts, FUZZ_PATH, data, len, AL_FILE_EXPLICIT);
    check_result(again, data, len);
    if (!same_results(res[0], again)) fail("linting the same bytes twice differs", NULL);
    al_result_free(again);

    check_fixes(res[0], data, len, false, AL_FILE_EXPLICIT);
    check_fixes(res[0], data, len, true, AL_FILE_EXPLICIT);
    check_fixes(res[1], data, len, true, AL_FILE_DISCOVERED);
    check_fix_buffer(data, len, false);
    check_fix_buffer(data, len, true);

    /* Two files with one name: the check across files adds a finding. */
    al_check_across_files(opts, res, 2);
    check_result(res[0], data, len);
    check_result(res[1], data, len);
    write_reports(res, data, len, 2);

    al_result_free(res[0]);
    al_result_free(res[1]);
    return 0;
}

static size_t u16_at(const uint8_t *p)
{
    return (size_t)p[0] | (size_t)p[1] << 8;
}

int al_fuzz_grow_one(const uint8_t *data, size_t len)
{
    if (len < 6) return al_fuzz_one(data, len);
    size_t reps = u16_at(data) * 16 + 1;
    const uint8_t *text = data + 6;
    size_t n = len - 6;
    size_t prefix = u16_at(data + 2) % (n + 1);
    size_t unit = u16_at(data + 4) % (n - prefix + 1);
    size_t suffix = n - prefix - unit;
    if (unit == 0 || n >= AL_FUZZ_GROW_MAX) return al_fuzz_one(text, n);
    if (reps > (AL_FUZZ_GROW_MAX - prefix - suffix) / unit)
        reps = (AL_FUZZ_GROW_MAX - prefix - suffix) / unit;
    size_t total = prefix + unit * reps + suffix;
    /* exact size, so that ASan catches a read past the input */
    uint8_t *big = malloc(total ? total : 1);
    if (!big) return 0;
    memcpy(big, text, prefix);
    for (size_t i = 0; i < reps; i++)
        memcpy(big + prefix + i * unit, text + prefix, unit);
    memcpy(big + prefix + reps * unit, text + prefix + unit, suffix);
    al_fuzz_one(big, total);
    free(big);
    return 0;
}
