/* Small file-system helpers shared by the command line and the reports. */
#ifndef AL_UTIL_FILES_H
#define AL_UTIL_FILES_H

#include <sys/types.h>

/* An anonymous temporary file for a report that waits: created in $TMPDIR
 * (as the user asks) or, when that is unset or unusable, in /tmp, and
 * removed at once, so that nothing is left whatever happens. Returns its
 * descriptor (close-on-exec), or -1 with errno. */
int al_temp_fd(void);

/* What a path that is not a regular file is, for messages: "a folder",
 * "a FIFO", "a socket", "a device", else "not a regular file". */
const char *al_file_type_name(mode_t mode);

#endif
