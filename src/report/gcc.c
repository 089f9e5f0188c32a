/* The default format: what gcc prints, so Vim's errorformat, Emacs'
 * compilation-mode and most CI log parsers read it as is. */
#include "report/report.h"

const char *al_gcc_severity(al_severity sev)
{
    return sev == AL_ERROR ? "error" : sev == AL_WARNING ? "warning" : "note";
}

void al_write_gcc(FILE *out, const al_result *res)
{
    const char *path = al_result_path(res);
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        al_path_escape(out, path);
        fprintf(out, ":%zu:%zu: %s: %s [%s %s]\n", d->start.line, d->start.column,
                al_gcc_severity(d->severity), d->message, d->rule->code, d->rule->name);
    }
}

/* With colour: the location bold and the severity in its colour, as gcc
 * and clang print them. */
static void write_gcc_color(FILE *out, const al_result *res)
{
    const char *path = al_result_path(res);
    for (size_t i = 0; i < al_result_count(res); i++) {
        const al_diagnostic *d = al_result_get(res, i);
        const char *sc = d->severity == AL_ERROR     ? "\033[1;31m"
                         : d->severity == AL_WARNING ? "\033[1;35m"
                                                     : "\033[1;36m";
        fputs("\033[1m", out);
        al_path_escape(out, path);
        fprintf(out, ":%zu:%zu:\033[0m %s%s:\033[0m %s \033[2m[%s %s]\033[0m\n", d->start.line,
                d->start.column, sc, al_gcc_severity(d->severity), d->message, d->rule->code,
                d->rule->name);
    }
}

static void nothing(al_report_stream *s)
{
    (void)s;
}

static void gcc_file(al_report_stream *s, const al_report_file *f)
{
    if (s->color)
        write_gcc_color(s->out, f->res);
    else
        al_write_gcc(s->out, f->res);
}

const al_reporter al_reporter_gcc = {false, nothing, gcc_file, nothing};
