/* Escaping for the machine formats. Each function is total: any bytes in,
 * a valid string of the format out. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"
#include "spec/unicode_text.h"
#include "util/utf8.h"

void al_json_string(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
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
                if (c < 0x20 || c == 0x7f)
                    fprintf(out, "\\u%04x", c);
                else
                    fputc(c, out);
            }
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = al_utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            fputs("\\ufffd", out);
            i++;
        } else {
            fwrite(s + i, 1, n, out);
            i += n;
        }
    }
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
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = al_utf8_decode(s + i, len - i, &cp);
        if (n == 0 || !xml_allowed(cp)) {
            fputs("\xEF\xBF\xBD", out); /* U+FFFD */
            i += n ? n : 1;
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
        case '\n':
        case '\r':
        case '\t':
            if (attr)
                fprintf(out, "&#%u;", (unsigned)cp);
            else
                fputc((int)cp, out);
            break;
        default:
            fwrite(s + i, 1, n, out);
        }
        i += n;
    }
}

void al_github_escape(FILE *out, const char *s, bool prop)
{
    for (; *s; s++) {
        switch (*s) {
        case '%':
            fputs("%25", out);
            break;
        case '\r':
            fputs("%0D", out);
            break;
        case '\n':
            fputs("%0A", out);
            break;
        case ':':
            fputs(prop ? "%3A" : ":", out);
            break;
        case ',':
            fputs(prop ? "%2C" : ",", out);
            break;
        default:
            fputc(*s, out);
        }
    }
}

void al_uri_encode(FILE *out, const char *path)
{
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            strchr("-._~/!$&'()*+,;=@", c))
            fputc(c, out);
        else
            fprintf(out, "%%%02X", c);
    }
}

void al_path_escape(FILE *out, const char *path)
{
    size_t len = strlen(path), i = 0;
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
