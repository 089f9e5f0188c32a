/* --format json: one document for the whole run. */
#include "report/report.h"

static void position(FILE *out, const char *line_key, const char *col_key, al_position p)
{
    fprintf(out, "\"%s\": %zu, \"%s\": %zu", line_key, p.line, col_key, p.column);
}

static void write_fix(FILE *out, const al_result *res, const al_fix *fix)
{
    if (!fix) {
        fputs("null", out);
        return;
    }
    fprintf(out, "{\"safe\": %s, \"edits\": [", fix->safe ? "true" : "false");
    for (size_t i = 0; i < fix->edit_count; i++) {
        const al_edit *e = &fix->edits[i];
        fputs(i ? ", {" : "{", out);
        position(out, "line", "column", e->start);
        fputs(", ", out);
        position(out, "end_line", "end_column", e->end);
        fputs(", \"text\": ", out);
        al_json_redacted(out, res, e->text);
        fputs("}", out);
    }
    fputs("]}", out);
}

static void json_begin(al_report_stream *s)
{
    fputs("{\"version\": 2, \"tool\": {\"name\": \"agentlint\", \"version\": \"" AGENTLINT_VERSION
          "\"},\n \"diagnostics\": [",
          s->out);
}

static void json_file(al_report_stream *s, const al_report_file *f)
{
    FILE *out = s->out;
    const al_result *res = f->res;
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        fputs(s->wrote_finding ? ",\n  {\"file\": " : "\n  {\"file\": ", out);
        s->wrote_finding = true;
        al_json_cstr(out, al_result_path(res));
        fprintf(out, ", \"kind\": \"%s\", ", al_kind_name(al_result_kind(res)));
        position(out, "line", "column", d->start);
        fputs(", ", out);
        position(out, "end_line", "end_column", d->end);
        fprintf(out, ", \"rule\": \"%s\", \"name\": \"%s\", \"severity\": \"%s\", \"message\": ",
                d->rule->code, d->rule->name, al_severity_name(d->severity));
        al_json_cstr(out, d->message);
        fputs(", \"fix\": ", out);
        write_fix(out, res, d->fix);
        fputs(", \"fix_refused\": ", out);
        if (d->fix_refused)
            al_json_cstr(out, d->fix_refused);
        else
            fputs("null", out);
        fputs("}", out);
    }
    /* Every file linted, with the kind it was linted as: after the findings. */
    fputs(s->wrote_file ? ",\n  {\"file\": " : "\n  {\"file\": ", s->later);
    s->wrote_file = true;
    al_json_cstr(s->later, al_result_path(res));
    fprintf(s->later, ", \"kind\": \"%s\"}", al_kind_name(al_result_kind(res)));
}

static void json_end(al_report_stream *s)
{
    FILE *out = s->out;
    fputs(s->wrote_finding ? "\n ],\n \"files\": [" : "],\n \"files\": [", out);
    al_report_append_later(s);
    fprintf(out,
            "%s],\n \"summary\": {\"files\": %zu, \"errors\": %zu, \"warnings\": %zu, "
            "\"notes\": %zu}}\n",
            s->wrote_file ? "\n " : "", s->files_checked, s->errors, s->warnings, s->infos);
}

const al_reporter al_reporter_json = {true, json_begin, json_file, json_end};

void al_write_rules_json(FILE *out)
{
    fputs("{\"version\": 2, \"rules\": [", out);
    for (size_t i = 0; i < al_rule_count(); i++) {
        const al_rule_info *rule = al_rule_at(i);
        fprintf(out,
                "%s\n  {\"code\": \"%s\", \"name\": \"%s\", \"severity\": \"%s\", "
                "\"enabled\": %s, \"summary\": ",
                i ? "," : "", rule->code, rule->name, al_severity_name(rule->default_severity),
                rule->default_enabled ? "true" : "false");
        al_json_cstr(out, rule->summary);
        fputs(", \"explanation\": ", out);
        al_json_cstr(out, al_rule_explanation(rule));
        fputs("}", out);
    }
    fputs("\n]}\n", out);
}
