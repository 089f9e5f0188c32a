/* How messages speak of each kind of file: its noun, the tool that reads
 * it, and what that tool does when it cannot read the front matter (see
 * kind_wording.c). */
#ifndef AL_SPEC_KIND_WORDING_H
#define AL_SPEC_KIND_WORDING_H

#include <stdbool.h>

#include "agentlint/agentlint.h"

typedef struct {
    al_file_kind kind;
    const char *noun;     /* "skill", "GitHub Copilot custom agent" */
    const char *file;     /* the file itself: "skill file", "plugin manifest" */
    const char *tool;     /* the tool that reads it ("Claude Code"); NULL: several or none */
    const char *unread;   /* the effect when no front matter is found; NULL: not documented */
    const char *unparsed; /* the effect when the front matter does not parse; NULL: not
                             documented */
    bool lenient;         /* the tool's reader tolerates `: ` in a plain value */
    bool prompt;          /* the file's text becomes prompt text for a model */
    const char *example;  /* a front-matter line every file of the kind may hold */
    const char *source;   /* where the facts come from */
} al_kind_wording;

/* The wording of a kind; plugin: a Claude Code agent inside a plugin, which
 * loads where a project agent is skipped. Never NULL. */
const al_kind_wording *al_kind_wording_for(al_file_kind kind, bool plugin);

#endif
