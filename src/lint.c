/* The driver of one file: build the document, run every enabled rule, sort. */
#include <stdlib.h>
#include <string.h>

#include "options.h"
#include "redact.h"
#include "result.h"
#include "rules/rule.h"
#include "suppress.h"

const char *al_severity_name(al_severity sev)
{
    switch (sev) {
    case AL_INFO:
        return "info";
    case AL_WARNING:
        return "warning";
    case AL_ERROR:
        return "error";
    case AL_OFF:
        break;
    }
    return "off";
}

int al_severity_parse(const char *text)
{
    static const char *const names[] = {"off", "info", "warning", "error"};
    for (int i = 0; i < 4; i++)
        if (strcmp(text, names[i]) == 0) return i;
    return -1;
}

static int compare_diags(const void *pa, const void *pb)
{
    const al_diagnostic *a = pa, *b = pb;
    if (a->start.line != b->start.line) return a->start.line < b->start.line ? -1 : 1;
    if (a->start.column != b->start.column) return a->start.column < b->start.column ? -1 : 1;
    int c = strcmp(a->rule->code, b->rule->code);
    if (c) return c;
    if (a->end.offset != b->end.offset) return a->end.offset < b->end.offset ? -1 : 1;
    return strcmp(a->message, b->message);
}

void al_result_sort(al_result *res)
{
    if (res->count > 1) qsort(res->diags, res->count, sizeof *res->diags, compare_diags);
}

static void remember_name(al_result *res, const al_document *doc)
{
    const al_yaml_pair *p = doc->agent.name;
    if (!p || p->value->kind != AL_YAML_SCALAR || p->value->text_len == 0) return;
    res->agent_name = al_arena_strndup(&res->arena, p->value->text, p->value->text_len);
    res->name_start = al_source_position(&doc->src, p->value->start);
    res->name_end = al_source_position(&doc->src, p->value->end);
}

al_result *al_lint_buffer(const al_options *opts, const char *path, const char *data, size_t len,
                          al_file_origin origin)
{
    al_result *res = calloc(1, sizeof *res);
    if (!res) return NULL;
    al_arena_init(&res->arena);
    res->path = al_arena_strdup(&res->arena, path ? path : "-");
    if (!res->path) {
        al_result_free(res);
        return NULL;
    }
    al_arena doc_arena;
    al_arena_init(&doc_arena);
    al_document doc;
    if (!al_document_build(&doc, &doc_arena, opts, res->path, data, len, origin)) {
        al_document_free(&doc);
        al_arena_free(&doc_arena);
        al_result_free(res);
        return NULL;
    }
    al_context ctx = {res, &doc, NULL, opts};
    for (size_t i = 0; i < al_rule_table_count; i++) {
        const al_rule *rule = &al_rule_table[i];
        if (al_options_severity(opts, &rule->info) == AL_OFF) continue;
        ctx.rule = rule;
        rule->check(&ctx, &doc);
    }
    remember_name(res, &doc);
    /* Secrets before suppressions: a suppressed finding still masks. */
    bool ok = al_secrets_collect(res, &doc, opts) && al_suppress_apply(res, &doc, opts) &&
              al_secrets_mask_messages(res);
    al_result_sort(res);
    al_document_free(&doc);
    al_arena_free(&doc_arena);
    if (!ok) {
        al_result_free(res);
        return NULL;
    }
    return res;
}

const char *al_result_path(const al_result *res)
{
    return res->path;
}

size_t al_result_count(const al_result *res)
{
    return res ? res->count : 0;
}

const al_diagnostic *al_result_get(const al_result *res, size_t index)
{
    return index < res->count ? &res->diags[index] : NULL;
}

const char *al_result_agent_name(const al_result *res)
{
    return res->agent_name;
}

void al_result_free(al_result *res)
{
    if (!res) return;
    free(res->diags);
    free(res->secrets);
    free(res->secret_texts);
    free(res->secret_pairs);
    al_arena_free(&res->arena);
    free(res);
}
