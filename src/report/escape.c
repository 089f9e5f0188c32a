/* Escaping for the machine formats. Each function is total: any bytes in,
 * a valid string of the format out. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "spec/unicode_text.h"
#include "util/utf8.h"

/* Each writer below copies the runs of bytes that need no escape with one
 * fwrite: they run per finding, over every message. */

void al_json_string(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    size_t i = 0, run = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = c < 0x80 ? 1 : al_utf8_decode(s + i, len - i, &cp);
        if (n > 1) { /* a character beyond ASCII, valid: as it is */
            i += n;
            continue;
        }
        fwrite(s + run, 1, i - run, out);
        switch (c) {
        case '"':
            fputs("\\\"", out);
            break;
        case '\\':
            fputs("\\\\", out);
            break;
        case '\n':
            fputs("\\n", out);
            break;
        case '\r':
            fputs("\\r", out);
            break;
        case '\t':
            fputs("\\t", out);
            break;
        default:
            if (c < 0x80)
                fprintf(out, "\\u%04x", c);
            else
                fputs("\\ufffd", out); /* not UTF-8 */
        }
        run = ++i;
    }
    fwrite(s + run, 1, i - run, out);
    fputc('"', out);
}

void al_json_cstr(FILE *out, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    al_json_string(out, s, strlen(s));
}

void al_json_redacted(FILE *out, const al_result *res, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    size_t len = strlen(s);
    char *masked = al_result_redact(res, s, len, NULL);
    /* Out of memory: nothing, rather than the secret. */
    al_json_string(out, masked ? masked : "", masked ? len : 0);
    free(masked);
}

static bool xml_allowed(uint32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

void al_xml_escape(FILE *out, const char *s, size_t len, bool attr)
{
    size_t i = 0, run = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') {
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = al_utf8_decode(s + i, len - i, &cp);
        if (n > 1 && xml_allowed(cp)) {
            i += n;
            continue;
        }
        if (n == 1 && (cp == '\n' || cp == '\r' || cp == '\t') && !attr) {
            i++;
            continue;
        }
        fwrite(s + run, 1, i - run, out);
        if (n == 0 || !xml_allowed(cp)) {
            fputs("\xEF\xBF\xBD", out); /* U+FFFD */
            i += n ? n : 1;
            run = i;
            continue;
        }
        switch (cp) {
        case '&':
            fputs("&amp;", out);
            break;
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        case '\'':
            fputs("&apos;", out);
            break;
        default: /* tab, CR, LF in an attribute */
            fprintf(out, "&#%u;", (unsigned)cp);
        }
        i += n;
        run = i;
    }
    fwrite(s + run, 1, i - run, out);
}

void al_github_escape(FILE *out, const char *s, bool prop)
{
    const char *run = s;
    for (; *s; s++) {
        const char *esc = *s == '%'    ? "%25"
                          : *s == '\r' ? "%0D"
                          : *s == '\n' ? "%0A"
                          : !prop      ? NULL
                          : *s == ':'  ? "%3A"
                          : *s == ','  ? "%2C"
                                       : NULL;
        if (!esc) continue;
        fwrite(run, 1, (size_t)(s - run), out);
        fputs(esc, out);
        run = s + 1;
    }
    fwrite(run, 1, (size_t)(s - run), out);
}

void al_uri_encode(FILE *out, const char *path)
{
    const char *run = path;
    const unsigned char *p = (const unsigned char *)path;
    for (; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            strchr("-._~/!$&'()*+,;=@", c))
            continue;
        fwrite(run, 1, (size_t)((const char *)p - run), out);
        fprintf(out, "%%%02X", c);
        run = (const char *)p + 1;
    }
    fwrite(run, 1, (size_t)((const char *)p - run), out);
}

void al_path_escape(FILE *out, const char *path)
{
    /* Most paths are printable ASCII without a backslash: written at once
     * (a finding's line starts with its path, so this runs per finding). */
    size_t plain = 0;
    while (path[plain] >= 0x20 && path[plain] < 0x7f && path[plain] != '\\')
        plain++;
    if (!path[plain]) {
        fwrite(path, 1, plain, out);
        return;
    }
    size_t len = plain + strlen(path + plain), i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)path[i];
        uint32_t cp;
        size_t n = al_utf8_decode(path + i, len - i, &cp);
        if (n == 0) {
            fprintf(out, "\\x%02X", c);
            i++;
            continue;
        }
        if (cp == '\\')
            fputs("\\\\", out);
        else if (cp == '\n')
            fputs("\\n", out);
        else if (cp == '\r')
            fputs("\\r", out);
        else if (cp == '\t')
            fputs("\\t", out);
        else if (cp < 0x20 || cp == 0x7f)
            fprintf(out, "\\x%02X", (unsigned)cp);
        else if (al_cp_printed_escaped(cp))
            fprintf(out, "<U+%04X>", (unsigned)cp);
        else
            fwrite(path + i, 1, n, out);
        i += n;
    }
}

bool al_path_is_plain(const char *path)
{
    size_t len = strlen(path), i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = al_utf8_decode(path + i, len - i, &cp);
        if (n == 0 || cp < 0x20 || cp == 0x7f || cp == '\\' || al_cp_printed_escaped(cp))
            return false;
        i += n;
    }
    return true;
}
