/* --format sarif: SARIF 2.1.0, shaped for GitHub code scanning.
 *
 * Every rule of the registry is in tool.driver.rules (with the explanation
 * as help), so results can point at them by index. URIs are relative to
 * %SRCROOT% (the working directory) when the path is below it. Regions are
 * full (start and end line and column), in code points. Each result has a
 * partial fingerprint from its rule, repository-relative file and the text
 * of its line (not the line number; fingerprint.c), so alerts survive code
 * moving around and paths typed differently. Rules carry tags (their family,
 * and `security` for secrets and hidden text) and GitHub's
 * security-severity; results with a fix carry it as a SARIF fix. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report/report.h"

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

/* clang-format off */
/* Tags per family (GitHub filters alerts by them), by code prefix. */
static const struct {
    const char *prefix, *tags;
} family_tags[] = {
    {"IN",  "\"input\""},
    {"FM",  "\"front-matter\", \"yaml\""},
    {"CC",  "\"claude-code\""},
    {"BD",  "\"markdown\""},
    {"EN",  "\"encoding\""},
    {"SEC", "\"secrets\""},
    {"EXA", "\"elixir\", \"api\""},
    {"EX",  "\"elixir\", \"syntax\""},
    {"AL",  "\"suppressions\""},
};

/* Security rules: GitHub's security-severity (0.1-3.9 low, 4-6.9 medium,
 * 7-8.9 high, 9+ critical). Secrets leak credentials; hidden text can
 * carry instructions a reviewer never sees (prompt injection). */
static const struct {
    const char *code, *severity;
} security_rules[] = {
    {"SEC001", "8.5"}, /* a credential in its issuer's format */
    {"SEC002", "7.0"}, /* password = random-looking value */
    {"EN009",  "7.5"}, /* bidi controls reorder what is shown */
    {"EN010",  "5.5"}, /* zero-width characters */
    {"EN011",  "8.0"}, /* Unicode tag characters spell invisible text */
    {"EN012",  "5.0"}, /* other invisible format characters */
};
/* clang-format on */

const char *al_security_severity(const al_rule_info *rule)
{
    for (size_t i = 0; i < sizeof security_rules / sizeof security_rules[0]; i++)
        if (strcmp(security_rules[i].code, rule->code) == 0) return security_rules[i].severity;
    return NULL;
}

static void write_tags(FILE *out, const al_rule_info *rule)
{
    fputs("\"tags\": [", out);
    const char *sep = "";
    for (size_t i = 0; i < sizeof family_tags / sizeof family_tags[0]; i++) {
        size_t n = strlen(family_tags[i].prefix);
        if (strncmp(rule->code, family_tags[i].prefix, n) == 0 && rule->code[n] >= '0' &&
            rule->code[n] <= '9') {
            fputs(family_tags[i].tags, out);
            sep = ", ";
            break;
        }
    }
    if (al_security_severity(rule)) fprintf(out, "%s\"security\"", sep);
    fputs("]", out);
}

/* The explanation as plain text: code fences and heading marks dropped,
 * backquotes removed; the text is otherwise the Markdown. */
static void write_plain_text(FILE *out, const char *md)
{
    char *buf = malloc(strlen(md) + 1);
    if (!buf) {
        al_json_cstr(out, md);
        return;
    }
    size_t n = 0;
    const char *p = md;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len >= 3 && (strncmp(p, "```", 3) == 0 || strncmp(p, "~~~", 3) == 0)) {
            p += len + (e ? 1 : 0);
            continue;
        }
        const char *q = p;
        while (*q == '#' && q < p + len)
            q++;
        if (q > p && *q == ' ')
            q++;
        else
            q = p;
        for (; q < p + len; q++)
            if (*q != '`') buf[n++] = *q;
        if (e) buf[n++] = '\n';
        p += len + (e ? 1 : 0);
    }
    buf[n] = '\0';
    al_json_cstr(out, buf);
    free(buf);
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

/* A fix as SARIF: one artifact change with a replacement per edit. */
static void write_fix(FILE *out, const al_result *res, const al_diagnostic *d, const char *path,
                      const char *cwd)
{
    fprintf(out,
            ",\n    \"fixes\": [{\"description\": {\"text\": \"%s\"}, "
            "\"artifactChanges\": [{\"artifactLocation\": {",
            d->fix->safe ? "Safe fix (applied by --fix)"
                         : "Unsafe fix: it may change meaning (applied by --fix --unsafe-fixes)");
    write_location_uri(out, path, cwd);
    fputs("}, \"replacements\": [", out);
    for (size_t k = 0; k < d->fix->edit_count; k++) {
        const al_edit *e = &d->fix->edits[k];
        fprintf(out,
                "%s{\"deletedRegion\": {\"startLine\": %zu, \"startColumn\": %zu, "
                "\"endLine\": %zu, \"endColumn\": %zu}, \"insertedContent\": {\"text\": ",
                k ? ", " : "", e->start.line, e->start.column, e->end.line, e->end.column);
        al_json_redacted(out, res, e->text); /* a secret in the replacement stays masked */
        fputs("}}", out);
    }
    fputs("]}]}]", out);
}

static void sarif_begin(al_report_stream *s)
{
    FILE *out = s->out;
    s->cwd = getcwd(s->cwd_buf, sizeof s->cwd_buf);
    const char *cwd = s->cwd;
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
        write_plain_text(out, expl ? expl : rule->summary);
        fputs(", \"markdown\": ", out);
        al_json_cstr(out, expl ? expl : rule->summary);
        fprintf(out,
                "},\n     \"defaultConfiguration\": {\"level\": \"%s\"%s},"
                " \"properties\": {\"name\": \"%s\", \"problem.severity\": \"%s\", ",
                level(rule->default_severity), rule->default_enabled ? "" : ", \"enabled\": false",
                rule->name,
                rule->default_severity == AL_ERROR     ? "error"
                : rule->default_severity == AL_WARNING ? "warning"
                                                       : "recommendation");
        write_tags(out, rule);
        const char *sec = al_security_severity(rule);
        if (sec) fprintf(out, ", \"security-severity\": \"%s\"", sec);
        fputs("}}", out);
    }
    fputs("\n   ]}},\n", out);
    if (cwd && cwd[0] == '/') {
        fputs("  \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": \"file://", out);
        al_uri_encode(out, cwd);
        fputs(strcmp(cwd, "/") == 0 ? "\"}},\n" : "/\"}},\n", out);
    }
    fputs("  \"artifacts\": [", out);
}

static void sarif_file(al_report_stream *s, const al_report_file *f)
{
    FILE *out = s->out;
    const al_result *res = f->res;
    /* Every file linted, with the kind it was linted as. */
    fputs(s->wrote_file ? ",\n   {\"location\": {" : "\n   {\"location\": {", out);
    s->wrote_file = true;
    write_location_uri(out, al_result_path(res), s->cwd);
    fprintf(out, "}, \"properties\": {\"kind\": \"%s\"}}", al_kind_name(al_result_kind(res)));
    /* The results come after every artifact. */
    out = s->later;
    size_t n = al_result_count(res);
    char *repo_path = al_repo_relative_path(al_result_path(res));
    al_fingerprint *fps = malloc((n ? n : 1) * sizeof *fps);
    if (!repo_path || !fps || !al_fingerprints(f, repo_path, fps)) {
        free(fps);
        fps = NULL;
    }
    for (size_t i = 0; i < n; i++) {
        const al_diagnostic *d = al_result_get(res, i);
        fprintf(out, "%s\n   {\"ruleId\": \"%s\", \"ruleIndex\": %zu, \"level\": \"%s\", ",
                s->wrote_finding ? "," : "", d->rule->code, al_rule_index(d->rule),
                level(d->severity));
        s->wrote_finding = true;
        fputs("\"message\": {\"text\": ", out);
        al_json_cstr(out, d->message);
        fputs("},\n    \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {", out);
        write_location_uri(out, al_result_path(res), s->cwd);
        fprintf(out,
                "},\n     \"region\": {\"startLine\": %zu, \"startColumn\": %zu, "
                "\"endLine\": %zu, \"endColumn\": %zu}}}]",
                d->start.line, d->start.column, d->end.line, d->end.column);
        if (fps)
            fprintf(out, ",\n    \"partialFingerprints\": {\"agentlint/v2\": \"%s\"}", fps[i].text);
        if (d->fix && d->fix->edit_count) write_fix(out, res, d, al_result_path(res), s->cwd);
        fprintf(out, ",\n    \"properties\": {\"kind\": \"%s\"}}",
                al_kind_name(al_result_kind(res)));
    }
    free(fps);
    free(repo_path);
}

static void sarif_end(al_report_stream *s)
{
    FILE *out = s->out;
    fputs(s->wrote_file ? "\n  ],\n" : "],\n", out);
    fputs("  \"columnKind\": \"unicodeCodePoints\",\n  \"results\": [", out);
    al_report_append_later(s);
    fputs(s->wrote_finding ? "\n  ]\n }]\n}\n" : "]\n }]\n}\n", out);
}

const al_reporter al_reporter_sarif = {true, sarif_begin, sarif_file, sarif_end};
