/* Small file-system helpers (files.h). */
#define _GNU_SOURCE /* mkostemp */
#include "util/files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int al_temp_fd(void)
{
    /* tmpfile() would use /tmp whatever TMPDIR says. */
    const char *dirs[2] = {getenv("TMPDIR"), "/tmp"};
    int e = ENOENT;
    for (int i = 0; i < 2; i++) {
        if (!dirs[i] || !dirs[i][0]) continue;
        char name[4096];
        int n = snprintf(name, sizeof name, "%s/agentlint-XXXXXX", dirs[i]);
        if (n < 0 || (size_t)n >= sizeof name) {
            e = ENAMETOOLONG;
            continue;
        }
        int fd = mkostemp(name, O_CLOEXEC);
        if (fd < 0) {
            e = errno;
            continue;
        }
        unlink(name);
        return fd;
    }
    errno = e;
    return -1;
}

const char *al_file_type_name(mode_t mode)
{
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    return "not a regular file";
}
