/* Robustness: arbitrary bytes, NUL, invalid UTF-8, 10 MB inputs and nesting 100000 deep must
 * neither crash, hang nor leak (run under -fsanitize=address,undefined), and every diagnostic
 * must stay inside the input. */
#include "elixir/snippet.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void check(const char *what, const char *s, size_t len)
{
    ex_diag_list l = {0};
    if (ex_check_snippet(s, len, 1, &l) != 0) {
        fprintf(stderr, "%s: out of memory\n", what);
        failures++;
    }
    for (size_t i = 0; i < l.count; i++)
        if (l.items[i].start > l.items[i].end || l.items[i].end > len ||
            strlen(l.items[i].message) > EX_DIAG_MESSAGE_MAX) {
            fprintf(stderr, "%s: bad diagnostic %zu..%zu\n", what, l.items[i].start,
                    l.items[i].end);
            failures++;
        }
    ex_diag_list_free(&l);
}

static uint32_t rng = 12345;
static uint32_t next(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

/* Random text biased toward Elixir's interesting characters. */
static void random_text(char *buf, size_t n)
{
    static const char *const pieces[] = {
        "do",        "end",  "fn",   "->",  "\"",    "'",     "\"\"\"", "#{",
        "}",         "(",    ")",    "[",   "]",     "{",     "<<",     ">>",
        "~s(",       "~S\"", "?",    "\\",  "\n",    " ",     ":",      ",",
        "a:",        "x",    "Foo",  "1",   "0x",    "#",     "%{",     "\xE2\x80\x9C",
        "\xC2\xA0",  "\xFF", "\x00", "...", "iex> ", "...> ", "\r",     "'''",
        "~r\"\"\"\n"};
    size_t p = 0;
    while (p < n) {
        const char *piece = pieces[next() % (sizeof pieces / sizeof pieces[0])];
        size_t l = piece[0] ? strlen(piece) : 1;
        if (p + l > n) l = n - p;
        memcpy(buf + p, piece, l);
        p += l;
    }
}

static void repeat(char *buf, const char *unit, size_t times, const char *tail)
{
    size_t u = strlen(unit), p = 0;
    for (size_t i = 0; i < times; i++, p += u)
        memcpy(buf + p, unit, u);
    strcpy(buf + p, tail);
}

int main(void)
{
    char small[512];
    for (int i = 0; i < 20000; i++) {
        size_t n = next() % sizeof small;
        random_text(small, n);
        check("random", small, n);
    }
    for (int i = 0; i < 2000; i++) { /* raw bytes */
        size_t n = next() % sizeof small;
        for (size_t k = 0; k < n; k++)
            small[k] = (char)(next() & 0xFF);
        check("bytes", small, n);
    }

    size_t big = 10u * 1024 * 1024;
    char *buf = malloc(big + 64);
    if (!buf) return 1;
    random_text(buf, big);
    check("10MB random", buf, big);
    memset(buf, 'a', big);
    check("10MB identifier", buf, big);
    memset(buf, '"', big);
    check("10MB quotes", buf, big);
    for (size_t k = 0; k < big; k++)
        buf[k] = "\xE2\x80\x9C"[k % 3];
    check("10MB smart quotes", buf, big);

    const char *units[] = {"(", "[", "{", "<<", "do ", "fn ", "\"#{", "%{", "f(fn -> "};
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        repeat(buf, units[u], 100000, "x");
        check(units[u], buf, strlen(buf));
    }
    repeat(buf, ")", 100000, "");
    check("closers", buf, strlen(buf));
    repeat(buf, "iex> x\n", 100000, "");
    check("iex lines", buf, strlen(buf));
    free(buf);
    check("empty", "", 0);
    check("null", NULL, 0);
    if (failures) {
        fprintf(stderr, "%d failures\n", failures);
        return 1;
    }
    puts("stress: ok");
    return 0;
}
