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

void al_write_gcc_all(const al_report *r)
{
    for (size_t i = 0; i < r->count; i++)
        if (r->files[i].res) al_write_gcc(r->out, r->files[i].res);
}
