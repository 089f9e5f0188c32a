#include "support.h"

#include <stdio.h>
#include <string.h>

al_result *lint_text_with(const al_options *opts, const char *path, const char *text,
                          al_file_origin origin)
{
    al_result *res = al_lint_buffer(opts, path, text, strlen(text), origin);
    assert_non_null(res);
    return res;
}

al_result *lint_text(const char *text)
{
    return lint_text_with(NULL, ".claude/agents/agent.md", text, AL_FILE_EXPLICIT);
}

size_t count_findings(const al_result *res, const char *code, size_t line)
{
    size_t n = 0;
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        if (strcmp(d->rule->code, code) == 0 && (line == 0 || d->start.line == line)) n++;
    }
    return n;
}

const al_diagnostic *find_finding(const al_result *res, const char *code, size_t line)
{
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        if (strcmp(d->rule->code, code) == 0 && (line == 0 || d->start.line == line)) return d;
    }
    return NULL;
}

void dump_findings(const al_result *res)
{
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        fprintf(stderr, "  %zu:%zu-%zu:%zu %s %s: %s\n", d->start.line, d->start.column,
                d->end.line, d->end.column, d->rule->code, al_severity_name(d->severity),
                d->message);
    }
}
