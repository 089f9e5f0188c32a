/* A report written as the run goes (report.h): the part of a document that
 * comes after the files' own waits in a temporary file, not in memory, so
 * that a run of any size keeps only the files it has not printed yet (in
 * memory only when no temporary file can be made). */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

bool al_report_open(al_report_stream *s, const al_reporter *rp, FILE *out, bool color,
                    al_severity fail_on)
{
    memset(s, 0, sizeof *s);
    s->out = out;
    s->color = color;
    s->fail_on = fail_on;
    if (!rp->uses_later) return true;
    s->later = tmpfile();
    if (!s->later) s->later = open_memstream(&s->later_mem, &s->later_mem_len);
    return s->later != NULL;
}

void al_report_append_later(al_report_stream *s)
{
    if (!s->later || fflush(s->later) != 0) return;
    if (s->later_mem) {
        fwrite(s->later_mem, 1, s->later_mem_len, s->out);
        return;
    }
    rewind(s->later);
    char buf[1 << 15];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, s->later)) > 0)
        fwrite(buf, 1, n, s->out);
}

bool al_report_close(al_report_stream *s)
{
    if (!s->later) return true;
    bool ok = !ferror(s->later);
    if (fclose(s->later) != 0) ok = false;
    free(s->later_mem);
    s->later = NULL;
    s->later_mem = NULL;
    return ok;
}

void al_write_report(const al_reporter *rp, const al_report *r)
{
    al_report_stream s;
    if (!al_report_open(&s, rp, r->out, r->color, r->fail_on)) return;
    s.files_checked = r->files_checked;
    s.errors = r->errors;
    s.warnings = r->warnings;
    s.infos = r->infos;
    s.fixable = r->fixable;
    rp->begin(&s);
    for (size_t i = 0; i < r->count; i++)
        if (r->files[i].res) rp->file(&s, &r->files[i]);
    rp->end(&s);
    al_report_close(&s);
}
