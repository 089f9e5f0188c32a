/* Entry point for checking ```elixir fenced blocks in agent files. */
#ifndef AGENTLINT_ELIXIR_SNIPPET_H
#define AGENTLINT_ELIXIR_SNIPPET_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { EX_DIAG_SYNTAX, EX_DIAG_FRAGMENT, EX_DIAG_TYPOGRAPHIC } ex_diag_kind;

/* The longest message kept, in bytes (longer ones are cut). */
#define EX_DIAG_MESSAGE_MAX 319

typedef struct {
    ex_diag_kind kind;   /* SYNTAX: error; FRAGMENT: incomplete excerpt (info); TYPOGRAPHIC: smart
                            quote etc. (error, fixable) */
    size_t start, end;   /* byte offsets into the snippet text passed in (end exclusive,
                            start<=end<=len) */
    const char *message; /* full sentence(s); line numbers in it are file lines: snippet line +
                            line_base - 1. Held by the list (alike ones share one copy). */
    char replacement[8]; /* TYPOGRAPHIC only: the plain ASCII text that should replace
                            [start,end) */
    size_t line;         /* file line of start */
    size_t related_line; /* file line of the opener or hint the message names, or 0 */
} ex_diag;

typedef struct ex_message_block ex_message_block;

typedef struct {
    ex_diag *items;
    size_t count, cap;
    ex_message_block *messages; /* the text of the items' messages */
    const char *recent[4];      /* the last messages kept, for sharing */
    unsigned recent_next;
} ex_diag_list; /* grows with realloc; ex_diag_list_free() */

/* Checks one fenced block's content. iex: true when the block holds iex> / iex(N)> / ...>
   prompts (see ex_snippet_is_iex) — then each prompt's expression (continuations joined, the way
   ExUnit doctests read them) is checked, other lines are output and ignored, and diagnostics
   still point into the original text. line_base: the file line of the snippet's first line.
   Appends to *out (initialise it to {0}). Returns 0, or -1 on out-of-memory. */
int ex_check_snippet(const char *text, size_t len, size_t line_base, ex_diag_list *out);

/* True when some line starts (after spaces/tabs) with an iex> or iex(N)> prompt. */
bool ex_snippet_is_iex(const char *text, size_t len);

/* Length of an iex prompt at s: "iex>" / "iex(12)>", or with dots (a continuation line)
   "...>" / "...(12)>"; 0 when there is none. */
size_t ex_iex_prompt_len(const char *s, size_t n, bool dots);

/* elixir, ex, exs, iex — case-insensitive, first word of the info string */
bool ex_info_is_elixir(const char *info, size_t len);

void ex_diag_list_free(ex_diag_list *list);

/* Hands over one block of the list's message text (malloc'd; NULL when none is left), for a
 * caller that keeps the items longer than the list: the messages live as long as every block
 * taken. */
void *ex_diag_list_take_block(ex_diag_list *list);

#endif
