/* --format sarif: SARIF 2.1.0, shaped for GitHub code scanning.
 *
 * Every rule of the registry is in tool.driver.rules (with the explanation
 * as help), so results can point at them by index. URIs are relative to
 * %SRCROOT% (the working directory) when the path is below it. Regions are
 * full (start and end line and column), in code points. Each result has a
 * partial fingerprint from its rule, file and the text of its line (not the
 * line number), so alerts survive code moving around. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report/report.h"
#include "util/utf8.h"

static const char *level(al_severity sev)
{
    return sev == AL_ERROR ? "error" : sev == AL_WARNING ? "warning" : "note";
}

static void pascal_name(FILE *out, const char *kebab)
{
    bool up = true;
    for (const char *p = kebab; *p; p++) {
        if (*p == '-') {
            up = true;
            continue;
        }
        fputc(up && *p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p, out);
        up = false;
    }
}

/* The first paragraph of the explanation's "What it finds", joined into
 * one line, at most max bytes (cut at a character boundary). */
static void first_paragraph(char *buf, size_t max, const char *text, const char *fallback)
{
    buf[0] = '\0';
    const char *p = text ? strstr(text, "## What it finds\n") : NULL;
    if (!p) {
        snprintf(buf, max, "%s.", fallback);
        return;
    }
    p += strlen("## What it finds\n");
    size_t n = 0;
    while (*p && !(p[0] == '\n' && p[1] == '\n') && !(p[0] == '\n' && p[1] == '#') && n + 5 < max) {
        char c = *p == '\n' ? ' ' : *p;
        buf[n++] = c;
        p++;
    }
    while (n > 0 && ((unsigned char)*p & 0xC0) == 0x80) {
        n--; /* cut before a character, not inside it */
        p--;
    }
    buf[n] = '\0';
}

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* Where each line of a file starts (count of them; starts NULL when there
 * is no text or no memory), so that a finding's line is a lookup, not a
 * walk from the file's start. */
typedef struct {
    size_t *starts;
    size_t count;
} line_index;

static line_index index_lines(const al_report_file *f)
{
    line_index ix = {NULL, 0};
    if (!f->data) return ix;
    size_t count = 1;
    for (size_t i = 0; i < f->len; i++)
        count += f->data[i] == '\n';
    ix.starts = malloc(count * sizeof *ix.starts);
    if (!ix.starts) return ix;
    ix.starts[ix.count++] = 0;
    for (size_t i = 0; i < f->len; i++)
        if (f->data[i] == '\n') ix.starts[ix.count++] = i + 1;
    return ix;
}

static void line_text(const al_report_file *f, const line_index *ix, size_t line, const char **s,
                      size_t *n)
{
    *s = "";
    *n = 0;
    if (!ix->starts || line < 1 || line > ix->count) return;
    size_t i = ix->starts[line - 1];
    size_t e = line < ix->count ? ix->starts[line] - 1 : f->len;
    while (i < e && (f->data[i] == ' ' || f->data[i] == '\t'))
        i++;
    while (e > i && (f->data[e - 1] == ' ' || f->data[e - 1] == '\t' || f->data[e - 1] == '\r'))
        e--;
    *s = f->data + i;
    *n = e - i;
}

/* A finding's fingerprint: its rule, file and the text of its line (or its
 * message, on an empty line). The line's part is computed once per rule and
 * line (findings come in line order), so that many findings on one long
 * line do not hash it once each. */
typedef struct {
    size_t line; /* 0: none yet */
    uint64_t h;
} fingerprint_memo;

static uint64_t fingerprint(const al_report_file *f, const line_index *ix, const al_diagnostic *d,
                            fingerprint_memo *memo)
{
    fingerprint_memo *m = memo ? &memo[al_rule_index(d->rule)] : NULL;
    if (m && m->line == d->start.line) return m->h;
    const char *lt;
    size_t ln;
    line_text(f, ix, d->start.line, &lt, &ln);
    const char *path = al_result_path(f->res);
    uint64_t h = 14695981039346656037ULL;
    h = fnv(h, d->rule->code, strlen(d->rule->code) + 1);
    h = fnv(h, path, strlen(path) + 1);
    h = fnv(h, ln ? lt : d->message, ln ? ln : strlen(d->message));
    if (m && ln) {
        m->line = d->start.line;
        m->h = h;
    }
    return h;
}

typedef struct {
    uint64_t h;
    size_t index;
} keyed_finding;

static int by_hash_then_index(const void *pa, const void *pb)
{
    const keyed_finding *a = pa, *b = pb;
    if (a->h != b->h) return a->h < b->h ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* The path as a URI: relative to cwd when below it, else file://. */
static void write_location_uri(FILE *out, const char *path, const char *cwd)
{
    size_t cl = cwd ? strlen(cwd) : 0;
    if (path[0] == '/') {
        if (cwd && cl > 0 && strncmp(path, cwd, cl) == 0 && path[cl] == '/') {
            path += cl + 1;
        } else {
            fputs("\"uri\": \"file://", out);
            al_uri_encode(out, path);
            fputs("\"", out);
            return;
        }
    }
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    fputs("\"uri\": \"", out);
    al_uri_encode(out, path);
    fputs("\", \"uriBaseId\": \"%SRCROOT%\"", out);
}

void al_write_sarif(const al_report *r)
{
    FILE *out = r->out;
    char cwd[4096];
    bool have_cwd = getcwd(cwd, sizeof cwd) != NULL;
    fputs("{\n \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
          " \"version\": \"2.1.0\",\n \"runs\": [{\n  \"tool\": {\"driver\": {\n"
          "   \"name\": \"agentlint\", \"version\": \"" AGENTLINT_VERSION
          "\", \"semanticVersion\": \"" AGENTLINT_VERSION "\",\n   \"rules\": [",
          out);
    char desc[1024];
    for (size_t i = 0; i < al_rule_count(); i++) {
        const al_rule_info *rule = al_rule_at(i);
        const char *expl = al_rule_explanation(rule);
        fprintf(out, "%s\n    {\"id\": \"%s\", \"name\": \"", i ? "," : "", rule->code);
        pascal_name(out, rule->name);
        fputs("\", \"shortDescription\": {\"text\": ", out);
        al_json_cstr(out, rule->summary);
        first_paragraph(desc, sizeof desc, expl, rule->summary);
        fputs("}, \"fullDescription\": {\"text\": ", out);
        al_json_cstr(out, desc);
        fputs("},\n     \"help\": {\"text\": ", out);
        al_json_cstr(out, expl ? expl : rule->summary);
        fputs(", \"markdown\": ", out);
        al_json_cstr(out, expl ? expl : rule->summary);
        fprintf(out,
                "},\n     \"defaultConfiguration\": {\"level\": \"%s\"%s},"
                " \"properties\": {\"name\": \"%s\", \"problem.severity\": \"%s\"}}",
                level(rule->default_severity), rule->default_enabled ? "" : ", \"enabled\": false",
                rule->name,
                rule->default_severity == AL_ERROR     ? "error"
                : rule->default_severity == AL_WARNING ? "warning"
                                                       : "recommendation");
    }
    fputs("\n   ]}},\n", out);
    if (have_cwd && cwd[0] == '/') {
        fputs("  \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": \"file://", out);
        al_uri_encode(out, cwd);
        fputs(strcmp(cwd, "/") == 0 ? "\"}},\n" : "/\"}},\n", out);
    }
    /* Every file linted, with the kind it was linted as. */
    fputs("  \"artifacts\": [", out);
    bool first_artifact = true;
    for (size_t f = 0; f < r->count; f++) {
        const al_result *res = r->files[f].res;
        if (!res) continue;
        fputs(first_artifact ? "\n   {\"location\": {" : ",\n   {\"location\": {", out);
        first_artifact = false;
        write_location_uri(out, al_result_path(res), have_cwd ? cwd : NULL);
        fprintf(out, "}, \"properties\": {\"kind\": \"%s\"}}", al_kind_name(al_result_kind(res)));
    }
    fputs(first_artifact ? "],\n" : "\n  ],\n", out);
    fputs("  \"columnKind\": \"unicodeCodePoints\",\n  \"results\": [", out);
    bool first = true;
    for (size_t f = 0; f < r->count; f++) {
        const al_result *res = r->files[f].res;
        if (!res) continue;
        size_t n = al_result_count(res);
        line_index ix = index_lines(&r->files[f]);
        fingerprint_memo *memo = calloc(al_rule_count(), sizeof *memo);
        /* Each finding's fingerprint, and its occurrence among findings of
         * the same fingerprint (1, 2, ... in file order), by sorting. */
        keyed_finding *keyed = calloc(n ? n : 1, sizeof *keyed);
        size_t *occurrences = calloc(n ? n : 1, sizeof *occurrences);
        for (size_t i = 0; keyed && i < n; i++) {
            keyed[i].h = fingerprint(&r->files[f], &ix, al_result_get(res, i), memo);
            keyed[i].index = i;
        }
        if (keyed && occurrences) {
            qsort(keyed, n, sizeof *keyed, by_hash_then_index);
            for (size_t i = 0; i < n; i++)
                occurrences[keyed[i].index] =
                    i > 0 && keyed[i - 1].h == keyed[i].h ? occurrences[keyed[i - 1].index] + 1 : 1;
        }
        for (size_t i = 0; i < n; i++) {
            const al_diagnostic *d = al_result_get(res, i);
            uint64_t h = fingerprint(&r->files[f], &ix, d, memo);
            size_t occurrence = occurrences ? occurrences[i] : 1;
            fprintf(out, "%s\n   {\"ruleId\": \"%s\", \"ruleIndex\": %zu, \"level\": \"%s\", ",
                    first ? "" : ",", d->rule->code, al_rule_index(d->rule), level(d->severity));
            first = false;
            fputs("\"message\": {\"text\": ", out);
            al_json_cstr(out, d->message);
            fputs("},\n    \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {", out);
            write_location_uri(out, al_result_path(res), have_cwd ? cwd : NULL);
            fprintf(out,
                    "},\n     \"region\": {\"startLine\": %zu, \"startColumn\": %zu, "
                    "\"endLine\": %zu, \"endColumn\": %zu}}}],\n"
                    "    \"partialFingerprints\": {\"agentlint/v1\": \"%016llx:%zu\"},\n"
                    "    \"properties\": {\"kind\": \"%s\"}}",
                    d->start.line, d->start.column, d->end.line, d->end.column,
                    (unsigned long long)h, occurrence, al_kind_name(al_result_kind(res)));
        }
        free(keyed);
        free(occurrences);
        free(memo);
        free(ix.starts);
    }
    fputs(first ? "]\n }]\n}\n" : "\n  ]\n }]\n}\n", out);
}
