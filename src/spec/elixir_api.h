/* Deprecated and removed APIs of Elixir, OTP, Phoenix, LiveView, phoenix_html and Ecto, as token
 * patterns (see elixir_api.c for the notation). */
#ifndef AL_SPEC_ELIXIR_API_H
#define AL_SPEC_ELIXIR_API_H

#include <stddef.h>

/* Components, in the order of al_target_components (options.c). */
typedef enum {
    AL_EXC_ELIXIR,
    AL_EXC_OTP,
    AL_EXC_PHOENIX,
    AL_EXC_LIVEVIEW,
    AL_EXC_PHOENIX_HTML,
    AL_EXC_ECTO,
} al_ex_component;

typedef enum {
    AL_APIFIX_NONE,   /* no mechanical replacement */
    AL_APIFIX_SAFE,   /* one-to-one rename, same meaning */
    AL_APIFIX_UNSAFE, /* a rename whose meaning differs in edge cases */
} al_api_fix;

/* Entry flags. */
enum {
    AL_API_QUALIFIED = 1u << 0, /* may follow `Alias.` (`MyApp.Repo.transaction`) */
};

typedef struct {
    const char *pattern; /* Elixir tokens, see the notation in elixir_api.c */
    int arity;           /* argument count of the call (a pipe adds one); -1: any */
    const char *cond;    /* conditions, space-separated, or NULL: "+key:" the call / statement
                            has that keyword key, "-key:" it has not; "|>" the call is piped;
                            "desc" decreasing integer literals, no `//` step; "plain" the sigil
                            has no modifiers (see elixir_api.c) */
    unsigned flags;
    al_ex_component component;
    const char *soft;    /* documented as deprecated since (no warning), or NULL */
    const char *hard;    /* warns since, or NULL */
    const char *removed; /* removed, or raises, since; or NULL */
    const char *what;    /* for messages: "`Logger.warn/1,2`" */
    const char *use;     /* the replacement, for messages */
    al_api_fix fix;
    const char *fix_text; /* replaces the matched tokens (without a final `(`) */
} al_api_entry;

extern const al_api_entry al_api_entries[];
extern const size_t al_api_entry_count;
/* HEEx attributes inside `~H`/`~L` sigils and ```heex blocks (pattern notation in elixir_api.c;
 * arity and cond unused; a fix renames the attribute). */
extern const al_api_entry al_heex_entries[];
extern const size_t al_heex_entry_count;
/* "Elixir", "OTP", "Phoenix", ... */
const char *al_ex_component_name(al_ex_component c);

#endif
