/* --format gitlab: GitLab Code Quality, a JSON array of
 *   {"description", "check_name", "fingerprint", "severity",
 *    "location": {"path", "lines": {"begin", "end"}}}
 * (the subset of Code Climate's format GitLab reads). Paths are relative to
 * the repository, as GitLab resolves them; fingerprints are the SARIF ones
 * (fingerprint.c) as 32 hex digits, unique per finding. */
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

/* GitLab's scale: info, minor, major, critical, blocker. */
static const char *gitlab_severity(const al_diagnostic *d)
{
    if (d->severity == AL_ERROR) return al_security_severity(d->rule) ? "critical" : "major";
    return d->severity == AL_WARNING ? "minor" : "info";
}

static void gitlab_begin(al_report_stream *s)
{
    fputs("[", s->out);
}

static void gitlab_file(al_report_stream *s, const al_report_file *f)
{
    FILE *out = s->out;
    const al_result *res = f->res;
    size_t n = al_result_count(res);
    char *path = al_repo_relative_path(al_result_path(res));
    al_fingerprint *fps = malloc((n ? n : 1) * sizeof *fps);
    if (!path || !fps || !al_fingerprints(f, path, fps)) {
        free(path);
        free(fps);
        return; /* out of memory: the file is left out, not reported wrongly */
    }
    for (size_t i = 0; i < n; i++) {
        const al_diagnostic *d = al_result_get(res, i);
        /* "0123456789abcdef:2" -> 16 hex digits of the hash, 16 of the occurrence */
        unsigned long long occurrence = strtoull(strchr(fps[i].text, ':') + 1, NULL, 10);
        fprintf(out, "%s\n {\"type\": \"issue\", \"check_name\": \"%s\", \"description\": ",
                s->wrote_finding ? "," : "", d->rule->code);
        s->wrote_finding = true;
        char label[96];
        snprintf(label, sizeof label, " [%s %s]", d->rule->code, d->rule->name);
        size_t ml = strlen(d->message), ll = strlen(label);
        char *desc = malloc(ml + ll + 1);
        if (desc) {
            memcpy(desc, d->message, ml);
            memcpy(desc + ml, label, ll + 1);
            al_json_cstr(out, desc);
            free(desc);
        } else {
            al_json_cstr(out, d->message);
        }
        fprintf(out, ",\n  \"fingerprint\": \"%.16s%016llx\", \"severity\": \"%s\",", fps[i].text,
                occurrence, gitlab_severity(d));
        fputs("\n  \"location\": {\"path\": ", out);
        al_json_cstr(out, path);
        /* The end is exclusive: a span ending at a line's start ends on the line before. */
        size_t end =
            d->end.line > d->start.line && d->end.column == 1 ? d->end.line - 1 : d->end.line;
        fprintf(out, ", \"lines\": {\"begin\": %zu, \"end\": %zu}}}", d->start.line,
                end < d->start.line ? d->start.line : end);
    }
    free(fps);
    free(path);
}

static void gitlab_end(al_report_stream *s)
{
    fputs(s->wrote_finding ? "\n]\n" : "]\n", s->out);
}

const al_reporter al_reporter_gitlab = {false, gitlab_begin, gitlab_file, gitlab_end};
