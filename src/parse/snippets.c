/* Stage 5: Elixir blocks lexed once into token arrays (see snippets.h). */
#include "parse/snippets.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "elixir/snippet.h"
#include "util/vec.h"

/* Blanks prompts and output lines of an iex session in a copy of the content. */
static bool blank_iex(al_snippet *sn, const char *content, size_t len, al_arena *arena)
{
    char *copy = al_arena_alloc(arena, len + 1);
    size_t lines = 1;
    for (size_t i = 0; i < len; i++)
        lines += content[i] == '\n';
    unsigned char *code = al_arena_alloc(arena, lines);
    if (!copy || !code) return false;
    memcpy(copy, content, len);
    bool open = false;
    size_t pos = 0, line = 0;
    while (pos < len) {
        size_t end = pos;
        while (end < len && content[end] != '\n')
            end++;
        size_t c = pos;
        while (c < end && (content[c] == ' ' || content[c] == '\t'))
            c++;
        size_t p = ex_iex_prompt_len(content + c, end - c, false);
        if (p) {
            open = true;
        } else if (open) {
            p = ex_iex_prompt_len(content + c, end - c, true);
            if (!p) open = false;
        }
        if (p) {
            memset(copy + pos, ' ', c + p - pos);
            code[line] = 1;
        } else {
            memset(copy + pos, ' ', end - pos);
        }
        pos = end + 1;
        line++;
    }
    sn->text = copy;
    sn->code_line = code;
    sn->line_count = lines;
    return true;
}

typedef struct {
    ex_token *items;
    size_t count, cap;
} tok_vec;

static bool push(tok_vec *v, const ex_token *t)
{
    if (v->count == v->cap) {
        ex_token *p = al_vec_grow(v->items, &v->cap, sizeof *p, 256);
        if (!p) return false;
        v->items = p;
    }
    v->items[v->count++] = *t;
    return true;
}

/* Errors after which the rest of the line is noise but the next line is ordinary code (a shell
 * prompt `$`, HEEx `<% %>`...): lexing restarts there. Errors inside literals end the stream. */
static bool restartable(ex_lex_err code)
{
    switch (code) {
    case EX_ERR_UNEXPECTED_CHAR:
    case EX_ERR_CONFLICT_MARKER:
    case EX_ERR_NUMBER_LETTER:
    case EX_ERR_KW_SPACE:
    case EX_ERR_ALIAS_CHAR:
    case EX_ERR_IDENT_AT:
    case EX_ERR_ALIAS_PAREN:
    case EX_ERR_RESERVED_TOKEN:
    case EX_ERR_MAP_DELIM:
    case EX_ERR_PERCENT_SPACE:
        return true;
    default:
        return false;
    }
}

static bool lex(al_snippet *sn, al_arena *arena)
{
    tok_vec v = {0};
    size_t base = 0, base_line = 1;
    bool ok = true;
    while (ok && base <= sn->len) {
        ex_lexer lx;
        ex_token tok;
        size_t next_base = SIZE_MAX;
        ex_lexer_init(&lx, sn->text + base, sn->len - base);
        for (;;) {
            ex_lexer_next(&lx, &tok);
            if (tok.kind == EX_TOK_EOF) break;
            if (tok.kind == EX_TOK_ERROR) {
                tok.start = lx.err.pos;
                tok.end = lx.err.end > lx.err.pos ? lx.err.end : lx.err.pos;
                tok.line = lx.err.line;
                tok.col = lx.err.col;
                tok.sub = (uint16_t)lx.err.code;
            }
            tok.start += base;
            tok.end += base;
            tok.line += base_line - 1;
            if (!(ok = push(&v, &tok))) break;
            if (tok.kind == EX_TOK_ERROR && !lx.err.recoverable) {
                if (restartable(lx.err.code)) {
                    const char *nl = memchr(sn->text + tok.start, '\n', sn->len - tok.start);
                    if (nl) {
                        next_base = (size_t)(nl - sn->text) + 1;
                        base_line = tok.line + 1;
                    }
                }
                break;
            }
        }
        if (next_base == SIZE_MAX) break;
        base = next_base;
    }
    /* The vector itself is kept (freed with the document): copying 100k
     * tokens into the arena cost more than lexing them. */
    if (ok && v.count && al_arena_adopt(arena, v.items)) {
        sn->tokens = v.items;
        sn->count = v.count;
        return true;
    }
    free(v.items);
    return ok && v.count == 0;
}

/* Runs the structure checker on the original content (it reads iex sessions itself). */
static bool check(al_snippet *sn, al_arena *arena)
{
    const al_code_block *b = sn->block;
    ex_diag_list list = {0};
    if (ex_check_snippet(b->content ? b->content : "", b->content ? b->content_len : 0,
                         b->content_line, &list) != 0) {
        ex_diag_list_free(&list);
        return false;
    }
    if (list.count == 0) {
        ex_diag_list_free(&list);
        return true;
    }
    /* Kept, not copied, like the tokens: the items and their messages' text. */
    for (void *block; (block = ex_diag_list_take_block(&list));)
        if (!al_arena_adopt(arena, block)) {
            free(block);
            ex_diag_list_free(&list);
            return false;
        }
    if (!al_arena_adopt(arena, list.items)) {
        ex_diag_list_free(&list);
        return false;
    }
    sn->diags = list.items;
    sn->diag_count = list.count;
    return true;
}

bool al_snippets_build(al_snippets *out, const al_markdown *md, al_arena *arena)
{
    out->items = NULL;
    out->count = 0;
    size_t n = 0;
    for (size_t i = 0; i < md->block_count; i++)
        if (md->blocks[i].fenced && ex_info_is_elixir(md->blocks[i].info, md->blocks[i].info_len))
            n++;
    if (n == 0) return true;
    al_snippet *items = al_arena_alloc(arena, n * sizeof *items);
    if (!items) return false;
    for (size_t i = 0; i < md->block_count; i++) {
        const al_code_block *b = &md->blocks[i];
        if (!b->fenced || !ex_info_is_elixir(b->info, b->info_len)) continue;
        al_snippet *sn = &items[out->count++];
        memset(sn, 0, sizeof *sn);
        sn->block = b;
        sn->text = b->content ? b->content : "";
        sn->len = b->content ? b->content_len : 0;
        if (ex_snippet_is_iex(sn->text, sn->len)) {
            sn->iex = true;
            if (!blank_iex(sn, sn->text, sn->len, arena)) return false;
        }
        if (!lex(sn, arena)) return false;
        if (!check(sn, arena)) return false;
    }
    out->items = items;
    return true;
}

size_t al_snippet_file_offset(const al_source *src, const al_snippet *sn, size_t off)
{
    return al_code_block_file_offset(src, sn->block, off);
}

bool al_tok_text_eq(const al_snippet *sn, const ex_token *t, const char *text)
{
    size_t n = strlen(text);
    return t->end - t->start == n && memcmp(sn->text + t->start, text, n) == 0;
}

bool al_tok_is(const al_snippet *sn, const ex_token *t, ex_tok_kind kind, const char *text)
{
    return t->kind == kind && (!text || al_tok_text_eq(sn, t, text));
}

size_t al_tok_next(const al_snippet *sn, size_t i)
{
    for (i++; i < sn->count; i++)
        if (sn->tokens[i].kind != EX_TOK_COMMENT) return i;
    return sn->count;
}

size_t al_tok_prev_code(const al_snippet *sn, size_t i)
{
    while (i-- > 0)
        if (sn->tokens[i].kind != EX_TOK_COMMENT && sn->tokens[i].kind != EX_TOK_EOL) return i;
    return SIZE_MAX;
}

bool al_tok_line_start(const ex_token *t)
{
    return (t->flags & EX_TF_LINE_START) != 0;
}

bool al_tok_is_opener(const ex_token *t)
{
    return t->kind == EX_TOK_LPAREN || t->kind == EX_TOK_LBRACKET || t->kind == EX_TOK_LBRACE ||
           t->kind == EX_TOK_MAP_OPEN || t->kind == EX_TOK_LBIN ||
           (t->kind == EX_TOK_KEYWORD && (t->sub == EX_KW_DO || t->sub == EX_KW_FN));
}

bool al_tok_is_closer(const ex_token *t)
{
    return t->kind == EX_TOK_RPAREN || t->kind == EX_TOK_RBRACKET || t->kind == EX_TOK_RBRACE ||
           t->kind == EX_TOK_RBIN || (t->kind == EX_TOK_KEYWORD && t->sub == EX_KW_END);
}

/* Arguments of the call whose `(` is token open: count (a trailing keyword list is one
 * argument), and whether keyword key kw appears among them. Returns false when never closed. */
bool al_snippet_call_args(const al_snippet *sn, size_t open, int *arity, const char *kw,
                          bool *has_kw)
{
    size_t depth = 0;
    int commas = 0;
    bool any = false, in_kw = false;
    for (size_t i = open + 1; i < sn->count; i++) {
        const ex_token *t = &sn->tokens[i];
        if (t->kind == EX_TOK_COMMENT || t->kind == EX_TOK_EOL) continue;
        if (t->kind == EX_TOK_STRING_START) depth++;
        if (t->kind == EX_TOK_STRING_END) depth--;
        if (al_tok_is_closer(t)) {
            if (depth == 0) {
                *arity = any ? commas + 1 : 0;
                return true;
            }
            depth--;
            continue;
        }
        any = true;
        if (depth == 0 && t->kind == EX_TOK_KW_KEY) {
            in_kw = true;
            if (kw && al_tok_text_eq(sn, t, kw)) *has_kw = true;
        }
        if (depth == 0 && t->kind == EX_TOK_COMMA && !in_kw) commas++;
        if (al_tok_is_opener(t)) depth++;
    }
    return false;
}

static al_code_context definer_context(const al_snippet *sn, const ex_token *head,
                                       al_code_context inherited)
{
    static const char *const compile_time[] = {"defmodule",   "defmacro", "defmacrop", "defimpl",
                                               "defprotocol", "defguard", "defguardp"};
    if (!head || head->kind != EX_TOK_IDENTIFIER) return inherited;
    if (al_tok_text_eq(sn, head, "def") || al_tok_text_eq(sn, head, "defp") ||
        al_tok_text_eq(sn, head, "quote"))
        return AL_CODE_FUNCTION;
    for (size_t i = 0; i < sizeof compile_time / sizeof compile_time[0]; i++)
        if (al_tok_text_eq(sn, head, compile_time[i])) return AL_CODE_COMPILE_TIME;
    return inherited;
}

#define CONTEXT_STACK 256

void al_snippet_contexts(const al_snippet *sn, unsigned char *out)
{
    unsigned char stack[CONTEXT_STACK];
    size_t depth = 0;
    const ex_token *head = NULL;
    al_code_context cur = AL_CODE_TOP;
    for (size_t i = 0; i < sn->count; i++) {
        const ex_token *t = &sn->tokens[i];
        if ((t->flags & EX_TF_LINE_START) && t->kind != EX_TOK_COMMENT) head = t;
        al_code_context here = cur;
        /* `def f(x), do: ...` on one line */
        if (head && head->kind == EX_TOK_IDENTIFIER && head->line == t->line)
            here = definer_context(sn, head, cur);
        out[i] = (unsigned char)here;
        if (t->kind == EX_TOK_KEYWORD && (t->sub == EX_KW_DO || t->sub == EX_KW_FN)) {
            if (depth < CONTEXT_STACK) stack[depth] = (unsigned char)cur;
            depth++;
            if (t->sub == EX_KW_DO) cur = here;
        } else if (t->kind == EX_TOK_KEYWORD && t->sub == EX_KW_END && depth > 0) {
            depth--;
            if (depth < CONTEXT_STACK) cur = (al_code_context)stack[depth];
        }
    }
}
