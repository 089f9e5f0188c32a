#include "core/quote.h"

#include <stdint.h>

#include "spec/unicode_text.h"
#include "util/utf8.h"

void al_strbuf_append_quoted(al_strbuf *sb, const char *s, size_t len, size_t max_chars)
{
    size_t i = 0, chars = 0;
    while (i < len) {
        if (chars == max_chars) {
            al_strbuf_puts(sb, "…");
            return;
        }
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        size_t n = al_utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            al_strbuf_printf(sb, "\\x%02X", c);
            i++;
        } else if (cp < 0x20 || cp == 0x7f) {
            if (cp == '\t')
                al_strbuf_puts(sb, "\\t");
            else if (cp == '\n')
                al_strbuf_puts(sb, "\\n");
            else if (cp == '\r')
                al_strbuf_puts(sb, "\\r");
            else
                al_strbuf_printf(sb, "\\x%02X", (unsigned)cp);
            i += n;
        } else if (al_cp_printed_escaped(cp)) {
            al_strbuf_printf(sb, "<U+%04X>", (unsigned)cp);
            i += n;
        } else {
            al_strbuf_append(sb, s + i, n);
            i += n;
        }
        chars++;
    }
}
