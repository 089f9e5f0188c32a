/* A report written as the run goes (report.h). The part of a document that
 * comes after the files' own waits in memory while it is small, then in a
 * temporary file, so that a run of any size keeps only the files it has not
 * printed yet. */
#define _GNU_SOURCE /* fopencookie, sendfile */
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include "report/report.h"
#include "util/files.h"

/* `later` moves to a temporary file past this size. */
#define LATER_IN_MEMORY ((size_t)1 << 20)

/* What `later` writes to: memory, then a temporary file. */
struct al_report_later {
    char *mem;
    size_t len;
    int fd; /* the temporary file, or -1 */
    bool failed;
};

static bool write_all(int fd, const char *buf, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, buf, size);
        if (n <= 0) return false;
        buf += n;
        size -= (size_t)n;
    }
    return true;
}

static ssize_t later_write(void *cookie, const char *buf, size_t size)
{
    struct al_report_later *l = cookie;
    if (l->fd < 0 && l->len + size > LATER_IN_MEMORY) {
        int fd = al_temp_fd(); /* in $TMPDIR; already unlinked */
        if (fd >= 0 && write_all(fd, l->mem, l->len)) {
            l->fd = fd;
            free(l->mem);
            l->mem = NULL;
            l->len = 0;
        } else if (fd >= 0) {
            close(fd); /* it stays in memory */
        }
    }
    if (l->fd >= 0) {
        if (!write_all(l->fd, buf, size)) {
            l->failed = true;
            return -1;
        }
        return (ssize_t)size;
    }
    char *mem = realloc(l->mem, l->len + size);
    if (!mem) {
        l->failed = true;
        return -1;
    }
    memcpy(mem + l->len, buf, size);
    l->mem = mem;
    l->len += size;
    return (ssize_t)size;
}

static int later_close(void *cookie)
{
    struct al_report_later *l = cookie;
    if (l->fd >= 0) close(l->fd);
    free(l->mem);
    free(l);
    return 0;
}

bool al_report_open(al_report_stream *s, const al_reporter *rp, FILE *out, bool color,
                    al_severity fail_on)
{
    memset(s, 0, sizeof *s);
    s->out = out;
    s->color = color;
    s->fail_on = fail_on;
    if (!rp->uses_later) return true;
    struct al_report_later *l = calloc(1, sizeof *l);
    if (!l) return false;
    l->fd = -1;
    cookie_io_functions_t io = {NULL, later_write, NULL, later_close};
    s->later = fopencookie(l, "w", io);
    if (!s->later) {
        free(l);
        return false;
    }
    s->later_state = l;
    return true;
}

void al_report_append_later(al_report_stream *s)
{
    struct al_report_later *l = s->later_state;
    if (!s->later || fflush(s->later) != 0 || l->failed) return;
    if (l->fd < 0) {
        if (l->len) fwrite(l->mem, 1, l->len, s->out);
        return;
    }
    /* The kernel copies the file where it can, not this process. */
    off_t size = lseek(l->fd, 0, SEEK_END), offset = 0;
    int to = fileno(s->out);
    if (size >= 0 && to >= 0 && fflush(s->out) == 0)
        while (offset < size)
            if (sendfile(to, l->fd, &offset, (size_t)(size - offset)) <= 0) break;
    char buf[1 << 15];
    while (offset >= 0 && offset < size) {
        ssize_t n = pread(l->fd, buf, sizeof buf, offset);
        if (n <= 0) break;
        fwrite(buf, 1, (size_t)n, s->out);
        offset += n;
    }
    if (size < 0 || offset < size) l->failed = true; /* al_report_close says so */
}

bool al_report_close(al_report_stream *s)
{
    if (!s->later) return true;
    struct al_report_later *l = s->later_state;
    bool ok = fflush(s->later) == 0 && !l->failed;
    fclose(s->later);
    s->later = NULL;
    s->later_state = NULL;
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
