/* --format github: GitHub Actions workflow commands, which become
 * annotations on the pull request:
 *   ::error file=F,line=L,endLine=L2,col=C,endColumn=C2,title=T::message
 * Property values escape % CR LF : and ,; the message escapes % CR LF.
 * Columns are given only for a finding on one line. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdlib.h>

#include "report/report.h"

static const char *command(al_severity sev)
{
    return sev == AL_ERROR ? "error" : sev == AL_WARNING ? "warning" : "notice";
}

static char *escaped_path(const char *path)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&buf, &size);
    if (!mem) return NULL;
    al_path_escape(mem, path);
    if (fclose(mem) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

static void github_file(al_report_stream *s, const al_report_file *f)
{
    FILE *out = s->out;
    const al_result *res = f->res;
    char title[160];
    /* The path escaped as in gcc output: an escape sequence in a file
     * name must not reach the log's reader raw. */
    char *path = escaped_path(al_result_path(res));
    if (!path) return;
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        fprintf(out, "::%s file=", command(d->severity));
        al_github_escape(out, path, true);
        fprintf(out, ",line=%zu,endLine=%zu", d->start.line, d->end.line);
        if (d->start.line == d->end.line) {
            fprintf(out, ",col=%zu", d->start.column);
            if (d->end.column > d->start.column) fprintf(out, ",endColumn=%zu", d->end.column);
        }
        snprintf(title, sizeof title, "agentlint %s %s", d->rule->code, d->rule->name);
        fputs(",title=", out);
        al_github_escape(out, title, true);
        fputs("::", out);
        /* The location again, so that the raw log reads on its own. */
        char loc[64];
        snprintf(loc, sizeof loc, ":%zu:%zu: ", d->start.line, d->start.column);
        al_github_escape(out, path, false);
        al_github_escape(out, loc, false);
        al_github_escape(out, d->message, false);
        fprintf(out, " [%s %s]\n", d->rule->code, d->rule->name);
    }
    free(path);
}

static void nothing(al_report_stream *s)
{
    (void)s;
}

const al_reporter al_reporter_github = {false, nothing, github_file, nothing};
