#include "parse/bad_example.h"

#include <ctype.h>
#include <string.h>

/* Words that open a comment or label marking the code after it as wrong, and
 * ones that mark the good version after it (lowercase; "❌" and "✅" as UTF-8). */
/* clang-format off */
static const char *const bad_marks[] = {
    "\xE2\x9D\x8C", /* ❌ */
    "\xF0\x9F\x9A\xAB", /* 🚫 */
    "bad",
    "wrong",
    "don't",
    "dont",
    "do not",
    "avoid",
    "never",
    "incorrect",
    "anti-pattern",
    "antipattern",
};
static const char *const good_marks[] = {
    "\xE2\x9C\x85", /* ✅ */
    "good",
    "right",
    "correct",
    "better",
    "prefer",
    "instead",
    "do this",
};
/* clang-format on */

/* How far above a finding a comment mark is looked for, in lines. */
enum { MAX_LINES_UP = 100, MAX_LABEL_WORDS = 4 };

/* The mark that text (lowercased comparison) starts with: +1 bad, -1 good,
 * 0 none. A word must end there ("bad" is not "badge"). */
static int starts_with_mark(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof bad_marks / sizeof bad_marks[0]; i++) {
        size_t n = strlen(bad_marks[i]);
        if (n > len) continue;
        size_t k = 0;
        while (k < n && tolower((unsigned char)s[k]) == (unsigned char)bad_marks[i][k])
            k++;
        if (k == n &&
            (n == len || !isalnum((unsigned char)s[n]) || (unsigned char)bad_marks[i][0] >= 0x80))
            return 1;
    }
    for (size_t i = 0; i < sizeof good_marks / sizeof good_marks[0]; i++) {
        size_t n = strlen(good_marks[i]);
        if (n > len) continue;
        size_t k = 0;
        while (k < n && tolower((unsigned char)s[k]) == (unsigned char)good_marks[i][k])
            k++;
        if (k == n &&
            (n == len || !isalnum((unsigned char)s[n]) || (unsigned char)good_marks[i][0] >= 0x80))
            return -1;
    }
    return 0;
}

/* Skips spaces and Markdown emphasis or list markers. */
static size_t skip_markup(const char *s, size_t len, size_t i)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '*' || s[i] == '_' || s[i] == '#' ||
                       s[i] == '-' || s[i] == '>' || s[i] == '['))
        i++;
    return i;
}

/* An Elixir comment line that marks what follows: "# ❌ Bad", "# Don't". */
static int comment_mark(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i >= len || s[i] != '#') return 0;
    while (i < len && s[i] == '#')
        i++;
    i = skip_markup(s, len, i);
    return starts_with_mark(s + i, len - i);
}

/* A short Markdown label right before a block: "**Bad:**", "❌ Wrong", "Don't
 * do this:". A sentence that starts with such a word ("Avoid N+1 queries with
 * preload:") introduces good code, so labels are at most a few words. */
static bool is_bad_label(const char *s, size_t len)
{
    size_t i = skip_markup(s, len, 0);
    if (starts_with_mark(s + i, len - i) != 1) return false;
    if ((unsigned char)s[i] >= 0x80) return true; /* ❌ or 🚫: a label at any length */
    size_t words = 0;
    bool in_word = false;
    for (size_t k = i; k < len; k++) {
        bool space = s[k] == ' ' || s[k] == '\t';
        if (!space && !in_word) words++;
        in_word = !space;
    }
    return words <= MAX_LABEL_WORDS;
}

static bool blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return false;
    return true;
}

bool al_in_bad_example_memo(const al_document *doc, size_t offset, al_bad_example_memo *memo)
{
    const al_snippets *sns = &doc->snippets;
    /* The last Elixir block that opens before offset (blocks are in order). */
    size_t lo = 0, hi = sns->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sns->items[mid].block->fence_offset <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return false;
    const al_code_block *b = sns->items[lo - 1].block;
    const al_source *src = &doc->src;
    size_t line = al_source_line_of(src, offset);
    if (line < b->content_line || (b->close_line && line >= b->close_line)) return false;
    /* A comment mark above the finding, in the block: the nearest in
     * [low, line]. Lines a look-up just before read need not be read again. */
    size_t low =
        line >= b->content_line + (MAX_LINES_UP - 1) ? line - (MAX_LINES_UP - 1) : b->content_line;
    bool known = memo->block == b && memo->line <= line && memo->line + 1 >= low;
    size_t mark_line = 0;
    int mark = 0;
    for (size_t l = line; l >= low && (!known || l > memo->line) && !mark; l--) {
        size_t s, e;
        al_source_line_span(src, l, &s, &e);
        if ((mark = comment_mark(src->data + s, e - s))) mark_line = l;
    }
    if (!mark && known && memo->mark_line >= low) { /* none between it and line */
        mark_line = memo->mark_line;
        mark = memo->mark;
    }
    *memo = (al_bad_example_memo){b, line, low, mark_line, mark};
    if (mark) return mark > 0;
    /* A label on the last non-blank line before the fence. */
    for (size_t l = b->open_line; l-- > 1 && b->open_line - l <= 2;) {
        size_t s, e;
        al_source_line_span(src, l, &s, &e);
        if (blank(src->data + s, e - s)) continue;
        return is_bad_label(src->data + s, e - s);
    }
    return false;
}
