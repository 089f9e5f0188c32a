/* --format checkstyle and --format junit: XML for CI systems that read
 * them (Jenkins, GitLab, reviewdog). Everything from files goes through
 * al_xml_escape, so the output is well-formed for any input. */
#include <string.h>

#include "report/report.h"

static void attr(FILE *out, const char *name, const char *value)
{
    fprintf(out, " %s=\"", name);
    al_xml_escape(out, value, strlen(value), true);
    fputc('"', out);
}

void al_write_checkstyle(const al_report *r)
{
    FILE *out = r->out;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n", out);
    for (size_t f = 0; f < r->count; f++) {
        const al_result *res = r->files[f].res;
        if (!res) continue;
        fputs("  <file", out);
        attr(out, "name", al_result_path(res));
        fputs(">\n", out);
        for (size_t i = 0; i < al_result_count(res); i++) {
            const al_diagnostic *d = al_result_get(res, i);
            char source[64];
            snprintf(source, sizeof source, "agentlint.%s", d->rule->code);
            fprintf(out, "    <error line=\"%zu\" column=\"%zu\"", d->start.line, d->start.column);
            attr(out, "severity", al_severity_name(d->severity));
            attr(out, "message", d->message);
            attr(out, "source", source);
            fputs("/>\n", out);
        }
        fputs("  </file>\n", out);
    }
    fputs("</checkstyle>\n", out);
}

void al_write_junit(const al_report *r)
{
    FILE *out = r->out;
    size_t tests = 0, failures = 0;
    for (size_t f = 0; f < r->count; f++) {
        const al_result *res = r->files[f].res;
        if (!res) continue;
        size_t n = al_result_count(res);
        failures += n;
        tests += n ? n : 1;
    }
    fprintf(out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"agentlint\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
            tests, failures);
    for (size_t f = 0; f < r->count; f++) {
        const al_result *res = r->files[f].res;
        if (!res) continue;
        const char *path = al_result_path(res);
        size_t n = al_result_count(res);
        fprintf(out, "  <testsuite");
        attr(out, "name", path);
        fprintf(out, " tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n", n ? n : 1, n);
        if (n == 0) {
            fputs("    <testcase name=\"agentlint\"", out);
            attr(out, "classname", path);
            fputs("/>\n", out);
        }
        for (size_t i = 0; i < n; i++) {
            const al_diagnostic *d = al_result_get(res, i);
            char name[128];
            snprintf(name, sizeof name, "%s %s", d->rule->code, d->rule->name);
            fputs("    <testcase", out);
            attr(out, "name", name);
            attr(out, "classname", path);
            fprintf(out, " line=\"%zu\">\n      <failure", d->start.line);
            attr(out, "message", d->message);
            attr(out, "type", al_severity_name(d->severity));
            fputc('>', out);
            char loc[64];
            snprintf(loc, sizeof loc, ":%zu:%zu: ", d->start.line, d->start.column);
            al_xml_escape(out, path, strlen(path), false);
            al_xml_escape(out, loc, strlen(loc), false);
            al_xml_escape(out, d->message, strlen(d->message), false);
            fputs("</failure>\n    </testcase>\n", out);
        }
        fputs("  </testsuite>\n", out);
    }
    fputs("</testsuites>\n", out);
}
