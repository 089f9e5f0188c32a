/* Applying fixes to a buffer (al_apply_fixes in the public API). */
#ifndef AL_FIX_H
#define AL_FIX_H

#include <stdbool.h>

#include "agentlint/agentlint.h"

/* True when fix exists and may be applied (safe, or unsafe allowed). */
bool al_fix_is_applicable(const al_fix *fix, bool unsafe);

#endif
