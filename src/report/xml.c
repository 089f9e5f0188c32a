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

static void checkstyle_begin(al_report_stream *s)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n", s->out);
}

static void checkstyle_file(al_report_stream *s, const al_report_file *f)
{
    FILE *out = s->out;
    const al_result *res = f->res;
    fputs("  <file", out);
    attr(out, "name", al_result_path(res));
    fputs(">\n", out);
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        char source[64];
        snprintf(source, sizeof source, "agentlint.%s", d->rule->code);
        fprintf(out, "    <error line=\"%zu\" column=\"%zu\"", d->start.line, d->start.column);
        attr(out, "severity", d->severity == AL_INFO ? "info" : al_severity_name(d->severity));
        attr(out, "message", d->message);
        attr(out, "source", source);
        fputs("/>\n", out);
    }
    fputs("  </file>\n", out);
}

static void checkstyle_end(al_report_stream *s)
{
    fputs("</checkstyle>\n", s->out);
}

const al_reporter al_reporter_checkstyle = {false, checkstyle_begin, checkstyle_file,
                                            checkstyle_end};

/* JUnit has no formal schema; this fits Jenkins' (xunit-plugin junit-10.xsd:
 * testcase takes only name, classname, time and group, so the position goes
 * into the name and the text) and GitLab's reader, which keys testcases by
 * classname and name: every name is unique in its file. The file is the
 * testsuite's name and `file` attribute and each testcase's classname. The
 * totals open the document, so the suites wait in `later`. */
static void junit_begin(al_report_stream *s)
{
    (void)s;
}

static void junit_file(al_report_stream *s, const al_report_file *f)
{
    FILE *out = s->later;
    al_severity fail_on = s->fail_on ? s->fail_on : AL_WARNING;
    const al_result *res = f->res;
    const char *path = al_result_path(res);
    size_t n = al_result_count(res), failing = 0;
    for (size_t i = 0; i < n; i++)
        if (al_result_get(res, i)->severity >= fail_on) failing++;
    s->tests += n ? n : 1;
    s->failures += failing;
    fprintf(out, "  <testsuite");
    attr(out, "name", path);
    attr(out, "file", path);
    fprintf(out, " tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n", n ? n : 1, failing);
    if (n == 0) {
        fputs("    <testcase name=\"agentlint\"", out);
        attr(out, "classname", path);
        fputs("/>\n", out);
    }
    size_t repeat = 0;
    for (size_t i = 0; i < n; i++) {
        const al_diagnostic *d = al_result_get(res, i);
        /* Findings are sorted by position and rule, so the same rule at
         * the same position can only repeat right after itself. */
        const al_diagnostic *p = i ? al_result_get(res, i - 1) : NULL;
        if (p && p->rule == d->rule && p->start.line == d->start.line &&
            p->start.column == d->start.column)
            repeat++;
        else
            repeat = 1;
        char name[160];
        int len = snprintf(name, sizeof name, "%s %s at %zu:%zu", d->rule->code, d->rule->name,
                           d->start.line, d->start.column);
        if (repeat > 1 && len > 0 && (size_t)len < sizeof name)
            snprintf(name + len, sizeof name - (size_t)len, " (%zu)", repeat);
        fputs("    <testcase", out);
        attr(out, "name", name);
        attr(out, "classname", path);
        fputs(">\n      ", out);
        bool fails = d->severity >= fail_on;
        if (fails) {
            fputs("<failure", out);
            attr(out, "message", d->message);
            attr(out, "type", al_gcc_severity(d->severity));
            fputc('>', out);
        } else {
            fputs("<system-out>", out);
        }
        char loc[64];
        snprintf(loc, sizeof loc, ":%zu:%zu: %s: ", d->start.line, d->start.column,
                 al_gcc_severity(d->severity));
        al_xml_escape(out, path, strlen(path), false);
        al_xml_escape(out, loc, strlen(loc), false);
        al_xml_escape(out, d->message, strlen(d->message), false);
        fputs(fails ? "</failure>\n    </testcase>\n" : "</system-out>\n    </testcase>\n", out);
    }
    fputs("  </testsuite>\n", out);
}

static void junit_end(al_report_stream *s)
{
    fprintf(s->out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"agentlint\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
            s->tests, s->failures);
    al_report_append_later(s);
    fputs("</testsuites>\n", s->out);
}

const al_reporter al_reporter_junit = {true, junit_begin, junit_file, junit_end};
