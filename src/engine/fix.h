/* Applying fixes to a buffer (al_apply_fixes in the public API). */
#ifndef AL_FIX_H
#define AL_FIX_H

#include <stdbool.h>

#include "agentlint/agentlint.h"

/* True when fix exists and may be applied (safe, or unsafe allowed). */
bool al_fix_is_applicable(const al_fix *fix, bool unsafe);

/* Whether the fix of diagnostic d (index i in its result) may be taken. */
typedef bool (*al_fix_filter)(const al_diagnostic *d, size_t i, void *arg);

/* al_apply_fixes over only the fixes that keep accepts (all when keep is
 * NULL). taken_diags, when not NULL, has room for one index per diagnostic
 * of res and gets the index of the diagnostic of each fix applied, in the
 * order applied (*applied entries). */
char *al_fix_apply_selected(const al_result *res, const char *data, size_t len, bool unsafe,
                            al_fix_filter keep, void *arg, size_t *out_len, size_t *applied,
                            size_t *taken_diags);

#endif
