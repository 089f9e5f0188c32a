/* Stage 5 of the pipeline: every ```elixir / ex / exs / iex block, lexed once.
 *
 * Rules about Elixir code read these token arrays; they never lex again. Token offsets are
 * offsets into `text`, which has the block content's length and line structure: for an iex
 * session it is a copy of the content in which prompts (`iex>`, `iex(3)>`, `...>`) and output
 * lines are blanked with spaces, so that only the typed expressions are lexed and every offset
 * still points at the same byte of the content. al_snippet_file_offset() maps an offset to the
 * file. */
#ifndef AL_SNIPPETS_H
#define AL_SNIPPETS_H

#include <stdbool.h>
#include <stddef.h>

#include "elixir/lexer.h"
#include "elixir/snippet.h"
#include "parse/markdown.h"
#include "parse/source.h"
#include "util/arena.h"

typedef struct {
    const al_code_block *block;
    const char *text; /* block->content, or the blanked copy for iex sessions */
    size_t len;
    const ex_token *tokens; /* in order; EOF not included; lexer errors are EX_TOK_ERROR */
    size_t count;
    bool iex;                       /* an iex session */
    const unsigned char *code_line; /* iex: per content line (0-based), 1 when it holds code */
    size_t line_count;
    /* What the structure checker (elixir/snippet.h) says of the block, run once here for
     * the EX rules; offsets are into block->content. */
    const ex_diag *diags;
    size_t diag_count;
} al_snippet;

typedef struct {
    al_snippet *items;
    size_t count;
} al_snippets;

/* Lexes and checks every Elixir block of md. Returns false only when out of memory. */
bool al_snippets_build(al_snippets *out, const al_markdown *md, al_arena *arena);

/* File byte offset of an offset into sn->text. */
size_t al_snippet_file_offset(const al_source *src, const al_snippet *sn, size_t off);

/* Token helpers for rules. */
bool al_tok_is(const al_snippet *sn, const ex_token *t, ex_tok_kind kind, const char *text);
bool al_tok_text_eq(const al_snippet *sn, const ex_token *t, const char *text);
/* Index of the next token after i that is not a comment (count when none). EOL tokens count. */
size_t al_tok_next(const al_snippet *sn, size_t i);
/* Index of the previous token before i that is not a comment or EOL, or SIZE_MAX. */
size_t al_tok_prev_code(const al_snippet *sn, size_t i);
/* True when token t is the first of its line (comments aside). */
bool al_tok_line_start(const ex_token *t);

/* ( [ { %{ << do fn  /  ) ] } >> end */
bool al_tok_is_opener(const ex_token *t);
bool al_tok_is_closer(const ex_token *t);
/* Arguments of the call whose `(` is token open: *arity (a trailing keyword list counts as one
 * argument), and *has_kw set when keyword key kw ("to:", may be NULL) is among them. Returns
 * false when the call is never closed. */
bool al_snippet_call_args(const al_snippet *sn, size_t open, int *arity, const char *kw,
                          bool *has_kw);

/* Where code runs, per token: at the top of a script, at compile time (module, macro or
 * protocol bodies), or in a function body (`def`/`defp`, and code built by `quote`). */
typedef enum { AL_CODE_TOP, AL_CODE_COMPILE_TIME, AL_CODE_FUNCTION } al_code_context;
/* Fills out[0 .. sn->count) with an al_code_context per token. */
void al_snippet_contexts(const al_snippet *sn, unsigned char *out);

#endif
