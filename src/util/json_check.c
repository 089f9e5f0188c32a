#include "util/json_check.h"

#include <string.h>

#include "util/utf8.h"

typedef struct {
    const char *s;
    size_t len, i;
    al_json_result res;
} parser;

static bool fail(parser *p, size_t at, const char *msg)
{
    if (p->res.status == AL_JSON_OK) {
        p->res.status = AL_JSON_ERROR;
        p->res.offset = at;
        p->res.message = msg;
    }
    return false;
}

static void skip_ws(parser *p)
{
    while (p->i < p->len) {
        char c = p->s[p->i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            p->i++;
        else
            break;
    }
}

/* Skips white space; a comment stops the check (the block is JSONC). */
static bool ws(parser *p)
{
    skip_ws(p);
    if (p->i + 1 < p->len && p->s[p->i] == '/' &&
        (p->s[p->i + 1] == '/' || p->s[p->i + 1] == '*')) {
        p->res.status = AL_JSON_COMMENT;
        p->res.offset = p->i;
        return false;
    }
    return true;
}

static bool is_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool string(parser *p)
{
    size_t start = p->i++;
    while (p->i < p->len) {
        unsigned char c = (unsigned char)p->s[p->i];
        if (c == '"') {
            p->i++;
            return true;
        }
        if (c == '\\') {
            if (p->i + 1 >= p->len) break;
            char e = p->s[p->i + 1];
            if (e == 'u') {
                for (size_t k = 2; k < 6; k++)
                    if (p->i + k >= p->len || !is_hex(p->s[p->i + k]))
                        return fail(p, p->i, "`\\u` must be followed by four hex digits");
                p->i += 6;
            } else if (strchr("\"\\/bfnrt", e) && e) {
                p->i += 2;
            } else {
                return fail(p, p->i,
                            "invalid escape in a string (JSON allows \\\" \\\\ \\/ \\b "
                            "\\f \\n \\r \\t \\uXXXX)");
            }
            continue;
        }
        if (c == '\n') return fail(p, start, "string is not closed on its line");
        if (c < 0x20) return fail(p, p->i, "control character inside a string: escape it");
        if (c < 0x80) {
            p->i++;
        } else {
            uint32_t cp;
            size_t n = al_utf8_decode(p->s + p->i, p->len - p->i, &cp);
            if (!n) return fail(p, p->i, "invalid UTF-8 inside a string");
            p->i += n;
        }
    }
    return fail(p, start, "string is never closed");
}

static bool number(parser *p)
{
    size_t start = p->i;
    if (p->s[p->i] == '-') p->i++;
    if (p->i >= p->len) return fail(p, start, "invalid number");
    if (p->s[p->i] == '0') {
        p->i++;
        if (p->i < p->len && p->s[p->i] >= '0' && p->s[p->i] <= '9')
            return fail(p, start, "numbers cannot have leading zeros");
    } else if (p->s[p->i] >= '1' && p->s[p->i] <= '9') {
        while (p->i < p->len && p->s[p->i] >= '0' && p->s[p->i] <= '9')
            p->i++;
    } else {
        return fail(p, start, "invalid number");
    }
    if (p->i < p->len && p->s[p->i] == '.') {
        p->i++;
        size_t d = p->i;
        while (p->i < p->len && p->s[p->i] >= '0' && p->s[p->i] <= '9')
            p->i++;
        if (p->i == d) return fail(p, start, "a digit must follow the decimal point");
    }
    if (p->i < p->len && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
        p->i++;
        if (p->i < p->len && (p->s[p->i] == '+' || p->s[p->i] == '-')) p->i++;
        size_t d = p->i;
        while (p->i < p->len && p->s[p->i] >= '0' && p->s[p->i] <= '9')
            p->i++;
        if (p->i == d) return fail(p, start, "a digit must follow the exponent");
    }
    return true;
}

static bool literal(parser *p, const char *word)
{
    size_t n = strlen(word);
    if (p->i + n <= p->len && memcmp(p->s + p->i, word, n) == 0) {
        p->i += n;
        return true;
    }
    return false;
}

static bool value(parser *p, int depth);

static bool unexpected(parser *p, const char *expected)
{
    if (p->i >= p->len) return fail(p, p->len, "the block ends in the middle of a value");
    char c = p->s[p->i];
    if (c == '\'') return fail(p, p->i, "single quotes are not JSON: use double quotes");
    (void)expected;
    return fail(p, p->i, expected);
}

static bool container(parser *p, int depth, char close)
{
    if (depth >= AL_JSON_MAX_DEPTH) {
        p->res.status = AL_JSON_TOO_DEEP;
        p->res.offset = p->i;
        return false;
    }
    p->i++; /* the opening bracket */
    if (!ws(p)) return false;
    if (p->i < p->len && p->s[p->i] == close) {
        p->i++;
        return true;
    }
    for (;;) {
        if (close == '}') {
            if (p->i >= p->len || p->s[p->i] != '"')
                return unexpected(p, "expected a member name in double quotes");
            if (!string(p) || !ws(p)) return false;
            if (p->i >= p->len || p->s[p->i] != ':')
                return unexpected(p, "expected `:` after the member name");
            p->i++;
            if (!ws(p)) return false;
        }
        if (!value(p, depth + 1) || !ws(p)) return false;
        if (p->i < p->len && p->s[p->i] == ',') {
            size_t comma = p->i++;
            if (!ws(p)) return false;
            if (p->i < p->len && (p->s[p->i] == '}' || p->s[p->i] == ']'))
                return fail(p, comma,
                            "trailing comma: JSON allows no comma before the closing "
                            "bracket");
            continue;
        }
        if (p->i < p->len && p->s[p->i] == close) {
            p->i++;
            return true;
        }
        return unexpected(p, close == '}' ? "expected `,` or `}` after an object member"
                                          : "expected `,` or `]` after an array element");
    }
}

static bool value(parser *p, int depth)
{
    if (p->i >= p->len) return fail(p, p->len, "the block ends where a value should be");
    char c = p->s[p->i];
    switch (c) {
    case '{':
        return container(p, depth, '}');
    case '[':
        return container(p, depth, ']');
    case '"':
        return string(p);
    case 't':
    case 'f':
    case 'n':
        if (literal(p, "true") || literal(p, "false") || literal(p, "null")) return true;
        break;
    default:
        if (c == '-' || (c >= '0' && c <= '9')) return number(p);
        break;
    }
    return unexpected(p, "expected a JSON value (object, array, string, number, true, false or "
                         "null)");
}

al_json_result al_json_check(const char *s, size_t len)
{
    parser p = {s, len, 0, {AL_JSON_OK, 0, NULL}};
    if (!ws(&p)) return p.res;
    if (p.i >= len) return p.res; /* empty */
    for (;;) {
        if (!value(&p, 0)) return p.res;
        /* Only spaces may follow on the value's last line. */
        while (p.i < len && (s[p.i] == ' ' || s[p.i] == '\t' || s[p.i] == '\r'))
            p.i++;
        if (!ws(&p)) return p.res;
        if (p.i >= len) return p.res;
        /* Another value on a new line: JSON Lines. */
        if (s[p.i - 1] != '\n') {
            fail(&p, p.i, "unexpected text after the JSON value");
            return p.res;
        }
    }
}
