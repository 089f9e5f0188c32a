/* Severities in words: the words of every output and of the configuration. */
#include <string.h>

#include "agentlint/agentlint.h"

const char *al_severity_name(al_severity sev)
{
    switch (sev) {
    case AL_INFO:
        return "note";
    case AL_WARNING:
        return "warning";
    case AL_ERROR:
        return "error";
    case AL_OFF:
        break;
    }
    return "off";
}

int al_severity_parse(const char *text)
{
    static const char *const names[] = {"off", "note", "warning", "error"};
    for (int i = 0; i < 4; i++)
        if (strcmp(text, names[i]) == 0) return i;
    /* The old word for note (before 0.2.0), still accepted. */
    if (strcmp(text, "info") == 0) return AL_INFO;
    return -1;
}
