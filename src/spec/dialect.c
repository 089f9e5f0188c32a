/* Lookups over the dialect tables. */
#include "spec/dialect.h"

#include <string.h>
#include <strings.h>

static bool eq(const char *table_word, const char *s, size_t len, bool nocase)
{
    if (strlen(table_word) != len) return false;
    return nocase ? strncasecmp(table_word, s, len) == 0 : memcmp(table_word, s, len) == 0;
}

const al_dialect_field *al_dialect_field_find(const al_dialect *d, const char *name, size_t len)
{
    for (size_t i = 0; i < d->field_count; i++)
        if (eq(d->fields[i].name, name, len, false)) return &d->fields[i];
    return NULL;
}

const al_dialect_tool *al_dialect_tool_find(const al_dialect *d, const char *name, size_t len)
{
    /* Exact spelling first, so that `Read` (an alias) wins over `read`. */
    for (size_t i = 0; i < d->tool_count; i++)
        if (eq(d->tools[i].name, name, len, false)) return &d->tools[i];
    if (!d->tools_case_insensitive) return NULL;
    for (size_t i = 0; i < d->tool_count; i++)
        if (eq(d->tools[i].name, name, len, true)) return &d->tools[i];
    return NULL;
}

bool al_dialect_enum_has(const char *values, const char *value, size_t len)
{
    for (const char *p = values; *p;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (n == len && memcmp(p, value, len) == 0) return true;
        if (!bar) break;
        p = bar + 1;
    }
    return false;
}
