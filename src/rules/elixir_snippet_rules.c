/* Mistakes in Elixir examples that the compiler would not catch as such, or that parse but mean
 * something else (EXA004-EXA011). Each works on the token arrays of doc->snippets. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/options.h"
#include "rules/checks.h"
#include "parse/snippets.h"
#include "util/strbuf.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static size_t fofs(const al_document *doc, const al_snippet *sn, size_t off)
{
    return al_snippet_file_offset(&doc->src, sn, off);
}

static bool is_op(const ex_token *t, ex_op op)
{
    return t->kind == EX_TOK_OP && t->sub == op;
}

static bool is_kw(const ex_token *t, ex_keyword kw)
{
    return t->kind == EX_TOK_KEYWORD && t->sub == kw;
}

static bool in_list(const al_snippet *sn, const ex_token *t, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (al_tok_text_eq(sn, t, list[i])) return true;
    return false;
}

/* Token i+1 if it is on the same line (comments end a line), else NULL. */
static const ex_token *same_line_next(const al_snippet *sn, size_t i)
{
    if (i + 1 >= sn->count) return NULL;
    const ex_token *n = &sn->tokens[i + 1];
    if (n->kind == EX_TOK_EOL || n->kind == EX_TOK_COMMENT || n->line != sn->tokens[i].line)
        return NULL;
    return n;
}

/* Index of the last token of token i's line (comments excluded). */
static size_t line_last(const al_snippet *sn, size_t i)
{
    size_t j = i;
    while (j + 1 < sn->count && sn->tokens[j + 1].line == sn->tokens[i].line &&
           sn->tokens[j + 1].kind != EX_TOK_EOL && sn->tokens[j + 1].kind != EX_TOK_COMMENT)
        j++;
    return j;
}

/* Is token t the first non-blank thing on its line of text? */
static bool at_line_start(const al_snippet *sn, const ex_token *t)
{
    size_t p = t->start;
    while (p > 0 && (sn->text[p - 1] == ' ' || sn->text[p - 1] == '\t'))
        p--;
    return p == 0 || sn->text[p - 1] == '\n';
}

/* ----- groups of offending lines (shell commands, markup) --------------------------------- */

typedef bool (*line_pred)(const al_snippet *sn, size_t i);

/* Reports runs of consecutive lines (blank or comment lines may sit between them) whose first
 * token satisfies pred, once per run. */
static void report_line_runs(al_context *ctx, const al_document *doc, line_pred pred,
                             const char *what_fmt)
{
    for (size_t b = 0; b < doc->snippets.count; b++) {
        const al_snippet *sn = &doc->snippets.items[b];
        size_t run_first = SIZE_MAX, run_last = 0, lines = 0;
        for (size_t i = 0; i <= sn->count; i++) {
            const ex_token *t = i < sn->count ? &sn->tokens[i] : NULL;
            bool starts = t && t->kind != EX_TOK_EOL && t->kind != EX_TOK_COMMENT &&
                          (al_tok_line_start(t) || at_line_start(sn, t));
            if (t && !starts) continue;
            if (t && pred(sn, i)) {
                if (run_first == SIZE_MAX) run_first = i;
                run_last = line_last(sn, i);
                lines++;
                i = run_last;
                continue;
            }
            if (run_first != SIZE_MAX) {
                const ex_token *f = &sn->tokens[run_first], *l = &sn->tokens[run_last];
                size_t line = sn->block->content_line + f->line - 1;
                size_t last = sn->block->content_line + l->line - 1;
                char where[64];
                if (lines > 1)
                    snprintf(where, sizeof where, "lines %zu-%zu", line, last);
                else
                    snprintf(where, sizeof where, "line %zu", line);
                al_report(ctx, fofs(doc, sn, f->start), fofs(doc, sn, l->end), what_fmt, where);
                run_first = SIZE_MAX;
                lines = 0;
            }
        }
    }
}

/* ----- EXA004 shell commands --------------------------------------------------------------- */

/* Mix tasks (first segment), so that `mix deps.get` is a command and `mix(a, b)` is not. */
static const char *const mix_tasks[] = {
    "app",  "archive",  "assets",    "clean", "cmd",  "compile", "coveralls", "credo",
    "deps", "dialyzer", "do",        "docs",  "ecto", "escript", "format",    "help",
    "hex",  "igniter",  "loadpaths", "local", "new",  "phx",     "profile",   "release",
    "run",  "setup",    "sobelow",   "test",  "xref", "gettext", "tailwind",  "esbuild",
};

/* Commands that, at the start of a line and followed by an argument, are a shell line. */
static const char *const shell_commands[] = {
    "iex",   "elixir", "elixirc", "cd",      "git", "npm",    "npx",  "yarn",     "pnpm",
    "curl",  "wget",   "brew",    "sudo",    "apt", "docker", "psql", "createdb", "asdf",
    "mkdir", "export", "rm",      "kubectl", "fly", "heroku", "erl",
};

static bool shell_arg(const ex_token *n)
{
    if (!n || !(n->flags & EX_TF_SPACE_BEFORE)) return false;
    switch (n->kind) {
    case EX_TOK_IDENTIFIER:
    case EX_TOK_ALIAS:
    case EX_TOK_INT:
        return true;
    case EX_TOK_OP:
        return n->sub == EX_OP_MINUS || n->sub == EX_OP_SUBTRACT || n->sub == EX_OP_RANGE ||
               n->sub == EX_OP_DIV || n->sub == EX_OP_DOT;
    default:
        return false;
    }
}

static bool is_shell_line(const al_snippet *sn, size_t i)
{
    const ex_token *t = &sn->tokens[i];
    const ex_token *n = same_line_next(sn, i);
    if (t->kind == EX_TOK_ERROR)
        return t->start + 1 < sn->len && sn->text[t->start] == '$' && sn->text[t->start + 1] == ' ';
    if (t->kind == EX_TOK_ALIAS && n && is_op(n, EX_OP_MATCH) && n->start == t->end) {
        /* MIX_ENV=prod mix ...: an alias cannot be assigned to */
        const ex_token *v = same_line_next(sn, i + 1);
        for (size_t k = t->start; k < t->end; k++)
            if (sn->text[k] >= 'a' && sn->text[k] <= 'z') return false;
        return v && v->start == n->end;
    }
    if (t->kind != EX_TOK_IDENTIFIER) return false;
    if (al_tok_text_eq(sn, t, "mix"))
        return n && (n->flags & EX_TF_SPACE_BEFORE) &&
               ((n->kind == EX_TOK_IDENTIFIER && in_list(sn, n, mix_tasks, COUNT(mix_tasks))) ||
                is_op(n, EX_OP_SUBTRACT));
    return in_list(sn, t, shell_commands, COUNT(shell_commands)) && shell_arg(n);
}

void al_check_shell_in_elixir(al_context *ctx, const al_document *doc)
{
    report_line_runs(ctx, doc, is_shell_line,
                     "%s of this Elixir block are shell commands, which Elixir would parse as "
                     "function calls; move them to a ```bash (or ```shell) block");
}

/* ----- EXA005 HEEx markup outside ~H ------------------------------------------------------- */

static bool is_markup_line(const al_snippet *sn, size_t i)
{
    const ex_token *t = &sn->tokens[i];
    if (!is_op(t, EX_OP_LT) || t->end >= sn->len) return false;
    char c = sn->text[t->end];
    if (c == '%' || c == '.' || c == '/' || c == '!') return true;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    /* <div ...> or <div>: a tag name, then `>`, `/>` or attributes on the line */
    const ex_token *n = same_line_next(sn, i);
    if (!n || n->start != t->end) return false;
    const ex_token *a = same_line_next(sn, i + 1);
    return a && (is_op(a, EX_OP_GT) || is_op(a, EX_OP_DIV) ||
                 (a->kind == EX_TOK_IDENTIFIER && (a->flags & EX_TF_SPACE_BEFORE)));
}

void al_check_heex_outside_sigil(al_context *ctx, const al_document *doc)
{
    report_line_runs(ctx, doc, is_markup_line,
                     "%s of this Elixir block are HEEx/EEx markup outside a `~H` sigil, which is "
                     "not Elixir code; put templates in a ```heex block or inside `~H\"\"\"`");
}

/* ----- EXA006 ~H"..." closed by an inner quote --------------------------------------------- */

void al_check_heex_sigil_quote(al_context *ctx, const al_document *doc)
{
    for (size_t b = 0; b < doc->snippets.count; b++) {
        const al_snippet *sn = &doc->snippets.items[b];
        for (size_t i = 0; i + 1 < sn->count; i++) {
            const ex_token *t = &sn->tokens[i];
            if (t->kind != EX_TOK_STRING || t->sub != EX_STR_SIGIL || t->end - t->start < 4 ||
                memcmp(sn->text + t->start, "~H\"", 3) != 0)
                continue;
            const ex_token *n = &sn->tokens[i + 1];
            bool glued = n->start == t->end && n->line == t->line &&
                         (n->kind == EX_TOK_IDENTIFIER || n->kind == EX_TOK_ALIAS ||
                          n->kind == EX_TOK_STRING || n->kind == EX_TOK_STRING_START ||
                          n->kind == EX_TOK_INT || n->kind == EX_TOK_LBRACE);
            bool attr = sn->text[t->end - 2] == '=';
            if (!glued && !attr) continue;
            al_report(ctx, fofs(doc, sn, t->start), fofs(doc, sn, t->end),
                      "the `\"` after `=` closes this `~H\"` sigil early, so the template is cut "
                      "and the rest is parsed as code; write the template as a `~H\"\"\"` "
                      "heredoc");
        }
    }
}

/* ----- EXA007 Logger without require -------------------------------------------------------- */

static const char *const logger_macros[] = {"debug", "info",     "notice", "warning",   "warn",
                                            "error", "critical", "alert",  "emergency", "log"};

/* `use` targets known not to require Logger for the module. */
static const char *const plain_uses[] = {
    "GenServer",
    "Supervisor",
    "DynamicSupervisor",
    "Agent",
    "Task",
    "Application",
    "ExUnit.Case",
    "Ecto.Schema",
    "Ecto.Migration",
    "Ecto.Repo",
    "Plug.Router",
    "Plug.Builder",
    "Phoenix.Router",
    "Phoenix.Endpoint",
    "Phoenix.Controller",
    "Phoenix.LiveView",
    "Phoenix.LiveComponent",
    "Phoenix.Component",
    "Phoenix.Channel",
    "Phoenix.Socket",
    "GenStage",
    "Oban.Worker",
    "Mix.Task",
    "Supervisor.Spec",
};

/* The dotted alias starting at token i (`Phoenix.LiveView`) into buf; index after it. */
static size_t read_alias(const al_snippet *sn, size_t i, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    while (i < sn->count && sn->tokens[i].kind == EX_TOK_ALIAS) {
        size_t l = sn->tokens[i].end - sn->tokens[i].start;
        if (n + l + 2 >= size) return i;
        if (n) buf[n++] = '.';
        memcpy(buf + n, sn->text + sn->tokens[i].start, l);
        n += l;
        buf[n] = '\0';
        i++;
        if (i + 1 < sn->count && is_op(&sn->tokens[i], EX_OP_DOT) &&
            sn->tokens[i + 1].kind == EX_TOK_ALIAS)
            i++;
        else
            break;
    }
    return i;
}

static bool snippet_requires_logger(const al_snippet *sn)
{
    for (size_t i = 0; i + 1 < sn->count; i++) {
        const ex_token *t = &sn->tokens[i];
        if (t->kind != EX_TOK_IDENTIFIER ||
            !(al_tok_text_eq(sn, t, "require") || al_tok_text_eq(sn, t, "import")))
            continue;
        char name[128];
        read_alias(sn, i + 1, name, sizeof name);
        if (strcmp(name, "Logger") == 0) return true;
    }
    return false;
}

/* Index of the `end` closing the do-block opened at token `open`, or SIZE_MAX. */
static size_t block_end(const al_snippet *sn, size_t open)
{
    size_t depth = 0;
    for (size_t i = open; i < sn->count; i++) {
        const ex_token *t = &sn->tokens[i];
        if (is_kw(t, EX_KW_DO) || is_kw(t, EX_KW_FN)) depth++;
        if (is_kw(t, EX_KW_END) && --depth == 0) return i;
    }
    return SIZE_MAX;
}

/* Fix for EXA007: a `require Logger` line before the first line of the module body, with that
 * line's indentation (and block-quote markers), when `do` (token do_i) ends its line. */
static void add_require_logger(al_context *ctx, const al_document *doc, const al_snippet *sn,
                               size_t do_i, al_pending *p)
{
    if (!p || sn->iex) return;
    size_t k = al_tok_next(sn, do_i);
    if (k >= sn->count || sn->tokens[k].kind != EX_TOK_EOL) return;
    while (k < sn->count && sn->tokens[k].kind == EX_TOK_EOL)
        k++;
    if (k >= sn->count || !al_tok_line_start(&sn->tokens[k])) return;
    size_t at = fofs(doc, sn, sn->tokens[k].start), line = at;
    while (line > 0 && doc->src.data[line - 1] != '\n')
        line--;
    char text[160];
    size_t n = at - line;
    if (n + sizeof "require Logger\n" > sizeof text) return;
    for (size_t i = line; i < at; i++)
        if (doc->src.data[i] != ' ' && doc->src.data[i] != '\t' && doc->src.data[i] != '>') return;
    memcpy(text, doc->src.data + line, n);
    memcpy(text + n, "require Logger\n", sizeof "require Logger\n");
    al_fix_edit(ctx, p, line, line, text);
}

void al_check_logger_without_require(al_context *ctx, const al_document *doc)
{
    for (size_t b = 0; b < doc->snippets.count; b++) {
        const al_snippet *sn = &doc->snippets.items[b];
        if (snippet_requires_logger(sn)) continue;
        for (size_t i = 0; i < sn->count; i++) {
            const ex_token *t = &sn->tokens[i];
            if (t->kind != EX_TOK_IDENTIFIER || !al_tok_text_eq(sn, t, "defmodule")) continue;
            char mod[128];
            size_t j = read_alias(sn, i + 1, mod, sizeof mod);
            if (!mod[0] || j >= sn->count || !is_kw(&sn->tokens[j], EX_KW_DO)) continue;
            size_t end = block_end(sn, j);
            if (end == SIZE_MAX) continue; /* not the whole module */
            size_t hit = SIZE_MAX;
            bool opaque_use = false;
            for (size_t k = j + 1; k < end && !opaque_use; k++) {
                const ex_token *u = &sn->tokens[k];
                if (u->kind == EX_TOK_IDENTIFIER && al_tok_text_eq(sn, u, "use")) {
                    char used[128];
                    read_alias(sn, k + 1, used, sizeof used);
                    bool plain = false;
                    for (size_t p = 0; p < COUNT(plain_uses); p++)
                        plain = plain || strcmp(used, plain_uses[p]) == 0;
                    if (!plain) opaque_use = true;
                }
                if (hit == SIZE_MAX && u->kind == EX_TOK_ALIAS && al_tok_text_eq(sn, u, "Logger") &&
                    k + 2 < end && is_op(&sn->tokens[k + 1], EX_OP_DOT) &&
                    sn->tokens[k + 2].kind == EX_TOK_IDENTIFIER &&
                    in_list(sn, &sn->tokens[k + 2], logger_macros, COUNT(logger_macros)) &&
                    !is_op(&sn->tokens[k - 1], EX_OP_DOT))
                    hit = k;
            }
            if (hit != SIZE_MAX && !opaque_use) {
                const ex_token *h = &sn->tokens[hit], *f = &sn->tokens[hit + 2];
                al_pending *p = al_report(
                    ctx, fofs(doc, sn, h->start), fofs(doc, sn, f->end),
                    "`Logger.%.*s` is a macro, and module `%s` never runs `require Logger`, "
                    "so it does not compile; add `require Logger` at the top of the module",
                    (int)(f->end - f->start), sn->text + f->start, mod);
                add_require_logger(ctx, doc, sn, j, p);
            }
            i = end; /* nested modules belong to this one */
        }
    }
}

/* ----- EXA008 Application env in a module attribute ---------------------------------------- */

static const char *const env_readers[] = {"get_env", "fetch_env", "fetch_env!", "get_all_env"};

void al_check_app_env_in_attribute(al_context *ctx, const al_document *doc)
{
    const char *target = al_options_target_version(doc->opts, "elixir");
    if (target && al_version_compare(target, "1.10") < 0) return; /* no compile_env yet */
    for (size_t b = 0; b < doc->snippets.count; b++) {
        const al_snippet *sn = &doc->snippets.items[b];
        for (size_t i = 0; i + 2 < sn->count; i++) {
            const ex_token *at = &sn->tokens[i], *name = &sn->tokens[i + 1];
            if (!is_op(at, EX_OP_AT) || !al_tok_line_start(at) || name->kind != EX_TOK_IDENTIFIER ||
                name->start != at->end)
                continue;
            const ex_token *v = same_line_next(sn, i + 1);
            if (!v || !(v->flags & EX_TF_SPACE_BEFORE) || v->kind == EX_TOK_OP) continue;
            size_t depth = 0;
            for (size_t k = i + 2; k + 2 < sn->count; k++) {
                const ex_token *t = &sn->tokens[k];
                if (t->kind == EX_TOK_EOL && depth == 0 && sn->tokens[k - 1].kind != EX_TOK_COMMA)
                    break;
                if (al_tok_is_opener(t)) depth++;
                if (al_tok_is_closer(t)) {
                    if (depth == 0) break;
                    depth--;
                }
                if (t->kind != EX_TOK_ALIAS || !al_tok_text_eq(sn, t, "Application") ||
                    !is_op(&sn->tokens[k + 1], EX_OP_DOT) ||
                    !in_list(sn, &sn->tokens[k + 2], env_readers, COUNT(env_readers)) ||
                    is_op(&sn->tokens[k - 1], EX_OP_DOT))
                    continue;
                const ex_token *f = &sn->tokens[k + 2];
                int fl = (int)(f->end - f->start);
                al_pending *p = al_report(
                    ctx, fofs(doc, sn, t->start), fofs(doc, sn, f->end),
                    "`Application.%.*s` in module attribute `@%.*s` reads the configuration "
                    "once, at compile time, and the module is not recompiled when it changes; "
                    "use `Application.compile_env%s` here, or read it at runtime in a function",
                    fl, sn->text + f->start, (int)(name->end - name->start), sn->text + name->start,
                    al_tok_text_eq(sn, f, "fetch_env!") ? "!/2" : "/3");
                if (t->line == f->line) {
                    if (al_tok_text_eq(sn, f, "get_env"))
                        al_fix_edit(ctx, p, fofs(doc, sn, t->start), fofs(doc, sn, f->end),
                                    "Application.compile_env");
                    else if (al_tok_text_eq(sn, f, "fetch_env!"))
                        al_fix_edit(ctx, p, fofs(doc, sn, t->start), fofs(doc, sn, f->end),
                                    "Application.compile_env!");
                }
                break;
            }
        }
    }
}

/* ----- EXA009 atoms from runtime data ------------------------------------------------------ */

static const struct {
    const char *mod, *fun, *use;
} atom_makers[] = {
    {"String", "to_atom", "`String.to_existing_atom/1` or an explicit mapping"},
    {"List", "to_atom", "`List.to_existing_atom/1` or an explicit mapping"},
    {":erlang", "binary_to_atom", "`:erlang.binary_to_existing_atom/2`"},
    {":erlang", "list_to_atom", "`:erlang.list_to_existing_atom/1`"},
    {"Module", "concat", "`Module.safe_concat/1,2`"},
};

/* Every argument token of the call at `open` is a literal (alias, atom, plain string). */
static bool literal_args(const al_snippet *sn, size_t open)
{
    size_t depth = 0;
    for (size_t i = open + 1; i < sn->count; i++) {
        const ex_token *t = &sn->tokens[i];
        if (t->kind == EX_TOK_RPAREN && depth == 0) return true;
        if (t->kind == EX_TOK_LBRACKET)
            depth++;
        else if (t->kind == EX_TOK_RBRACKET && depth > 0)
            depth--;
        else if (!(t->kind == EX_TOK_ALIAS || t->kind == EX_TOK_ATOM || t->kind == EX_TOK_COMMA ||
                   t->kind == EX_TOK_EOL || (t->kind == EX_TOK_STRING && t->sub == EX_STR_STRING) ||
                   is_op(t, EX_OP_DOT) ||
                   (t->kind == EX_TOK_IDENTIFIER && al_tok_text_eq(sn, t, "__MODULE__"))))
            return false;
    }
    return false;
}

/* Is token i inside the arguments of a `decode`/`decode!` call of a JSON library? */
static bool in_decode_call(const al_snippet *sn, size_t i)
{
    size_t depth = 0;
    for (size_t k = i; k-- > 0;) {
        const ex_token *t = &sn->tokens[k];
        if (al_tok_is_closer(t))
            depth++;
        else if (al_tok_is_opener(t)) {
            if (depth == 0) {
                if (t->kind != EX_TOK_LPAREN || k < 2) return false;
                const ex_token *f = &sn->tokens[k - 1];
                return f->kind == EX_TOK_IDENTIFIER &&
                       (al_tok_text_eq(sn, f, "decode") || al_tok_text_eq(sn, f, "decode!")) &&
                       is_op(&sn->tokens[k - 2], EX_OP_DOT);
            }
            depth--;
        }
    }
    return false;
}

void al_check_atom_from_input(al_context *ctx, const al_document *doc)
{
    for (size_t b = 0; b < doc->snippets.count; b++) {
        const al_snippet *sn = &doc->snippets.items[b];
        bool attr_line = false;
        unsigned char *where = malloc(sn->count ? sn->count : 1);
        if (!where) return;
        al_snippet_contexts(sn, where);
        for (size_t i = 0; i + 2 < sn->count; i++) {
            const ex_token *t = &sn->tokens[i];
            if (where[i] == AL_CODE_COMPILE_TIME) continue; /* bounded: runs once, at build */
            if (al_tok_line_start(t)) attr_line = is_op(t, EX_OP_AT);
            if (t->kind == EX_TOK_KW_KEY && al_tok_text_eq(sn, t, "keys:") &&
                sn->tokens[i + 1].kind == EX_TOK_ATOM &&
                al_tok_text_eq(sn, &sn->tokens[i + 1], ":atoms") && in_decode_call(sn, i)) {
                const ex_token *a = &sn->tokens[i + 1];
                al_pending *p = al_report(
                    ctx, fofs(doc, sn, t->start), fofs(doc, sn, a->end),
                    "`keys: :atoms` turns every key of the decoded input into an atom, and atoms "
                    "are never garbage-collected, so hostile input can exhaust the atom table and "
                    "crash the VM; use `keys: :atoms!` (existing atoms only) or keep string keys");
                al_fix_edit(ctx, p, fofs(doc, sn, a->start), fofs(doc, sn, a->end), ":atoms!");
                al_fix_unsafe(p);
                continue;
            }
            if (attr_line || !(t->kind == EX_TOK_ALIAS || t->kind == EX_TOK_ATOM) ||
                !is_op(&sn->tokens[i + 1], EX_OP_DOT) ||
                (i > 0 && is_op(&sn->tokens[i - 1], EX_OP_DOT)))
                continue;
            const ex_token *f = &sn->tokens[i + 2];
            for (size_t m = 0; m < COUNT(atom_makers); m++) {
                if (!al_tok_text_eq(sn, t, atom_makers[m].mod) ||
                    !al_tok_is(sn, f, EX_TOK_IDENTIFIER, atom_makers[m].fun))
                    continue;
                size_t prev = al_tok_prev_code(sn, i);
                bool piped = prev != SIZE_MAX && is_op(&sn->tokens[prev], EX_OP_PIPE);
                if (!piped && i + 3 < sn->count && sn->tokens[i + 3].kind == EX_TOK_LPAREN &&
                    literal_args(sn, i + 3))
                    break;
                if (!piped && (i + 3 >= sn->count || sn->tokens[i + 3].kind != EX_TOK_LPAREN))
                    break; /* a capture or a mention, not a call */
                al_report(ctx, fofs(doc, sn, t->start), fofs(doc, sn, f->end),
                          "`%s.%s` on runtime data creates atoms, which are never garbage-"
                          "collected, so untrusted input can exhaust the atom table and crash "
                          "the VM; use %s",
                          atom_makers[m].mod, atom_makers[m].fun, atom_makers[m].use);
                break;
            }
        }
        free(where);
    }
}

/* ----- EXA010 debugging leftovers ---------------------------------------------------------- */

void al_check_debug_leftover(al_context *ctx, const al_document *doc)
{
    for (size_t b = 0; b < doc->snippets.count; b++) {
        const al_snippet *sn = &doc->snippets.items[b];
        if (sn->iex) continue; /* inspecting is what an iex session is for */
        unsigned char *where = malloc(sn->count ? sn->count : 1);
        if (!where) return;
        al_snippet_contexts(sn, where);
        for (size_t i = 0; i < sn->count; i++) {
            const ex_token *t = &sn->tokens[i];
            /* only in function bodies: a script line or a module body that prints is a
             * demonstration, a call inside a function is left in the program */
            if (where[i] != AL_CODE_FUNCTION) continue;
            size_t prev = al_tok_prev_code(sn, i);
            const ex_token *pt = prev == SIZE_MAX ? NULL : &sn->tokens[prev];
            if (pt && is_op(pt, EX_OP_DOT)) continue;
            const ex_token *n1 = i + 1 < sn->count ? &sn->tokens[i + 1] : NULL;
            const ex_token *n2 = i + 2 < sn->count ? &sn->tokens[i + 2] : NULL;
            const char *what = NULL;
            size_t end = t->end;
            if (t->kind == EX_TOK_ALIAS && n1 && n2 && is_op(n1, EX_OP_DOT)) {
                if (al_tok_text_eq(sn, t, "IO") &&
                    al_tok_is(sn, n2, EX_TOK_IDENTIFIER, "inspect")) {
                    const ex_token *a = i + 4 < sn->count ? &sn->tokens[i + 4] : NULL;
                    if (a && sn->tokens[i + 3].kind == EX_TOK_LPAREN && a->kind == EX_TOK_ATOM &&
                        (al_tok_text_eq(sn, a, ":stderr") || al_tok_text_eq(sn, a, ":stdio")))
                        continue; /* printing to a device on purpose */
                    what = "`IO.inspect`";
                } else if (al_tok_text_eq(sn, t, "IEx") &&
                           al_tok_is(sn, n2, EX_TOK_IDENTIFIER, "pry")) {
                    what = "`IEx.pry`";
                }
                end = n2->end;
            } else if (al_tok_is(sn, t, EX_TOK_IDENTIFIER, "dbg")) {
                bool call = n1 && n1->kind == EX_TOK_LPAREN && n1->start == t->end;
                bool piped = pt && is_op(pt, EX_OP_PIPE);
                if ((call || piped) &&
                    !(pt && pt->kind == EX_TOK_IDENTIFIER &&
                      (al_tok_text_eq(sn, pt, "def") || al_tok_text_eq(sn, pt, "defp"))))
                    what = "`dbg`";
            }
            if (!what) continue;
            al_report(ctx, fofs(doc, sn, t->start), fofs(doc, sn, end),
                      "%s is a debugging call; an agent copying this example leaves it in "
                      "production code; remove it, or use `Logger` for output that should stay",
                      what);
        }
        free(where);
    }
}

/* ----- EXA011 constructs from other languages ---------------------------------------------- */

static bool value_start(const al_snippet *sn, const ex_token *n)
{
    if (!n || !(n->flags & EX_TF_SPACE_BEFORE)) return false;
    switch (n->kind) {
    case EX_TOK_IDENTIFIER:
        return !al_tok_text_eq(sn, n, "when") && !al_tok_text_eq(sn, n, "do");
    case EX_TOK_ALIAS:
    case EX_TOK_ATOM:
    case EX_TOK_INT:
    case EX_TOK_FLOAT:
    case EX_TOK_STRING:
    case EX_TOK_STRING_START:
    case EX_TOK_LBRACE:
    case EX_TOK_LBRACKET:
    case EX_TOK_MAP_OPEN:
    case EX_TOK_LPAREN:
        return true;
    case EX_TOK_KEYWORD:
        return n->sub == EX_KW_NIL || n->sub == EX_KW_TRUE || n->sub == EX_KW_FALSE;
    default:
        return false;
    }
}

void al_check_foreign_construct(al_context *ctx, const al_document *doc)
{
    for (size_t b = 0; b < doc->snippets.count; b++) {
        const al_snippet *sn = &doc->snippets.items[b];
        for (size_t i = 0; i < sn->count; i++) {
            const ex_token *t = &sn->tokens[i];
            size_t prev = al_tok_prev_code(sn, i);
            const ex_token *pt = prev == SIZE_MAX ? NULL : &sn->tokens[prev];
            const ex_token *n = same_line_next(sn, i);
            bool stmt =
                al_tok_line_start(t) ||
                (pt && (is_op(pt, EX_OP_STAB) || is_kw(pt, EX_KW_DO) || is_kw(pt, EX_KW_ELSE)));
            if (is_kw(t, EX_KW_ELSE) && n && al_tok_is(sn, n, EX_TOK_IDENTIFIER, "if")) {
                al_report(ctx, fofs(doc, sn, t->start), fofs(doc, sn, n->end),
                          "Elixir has no `else if`: this opens a new `if` inside the `else` "
                          "branch, which needs its own `end`; use `cond` for several conditions");
                continue;
            }
            if (t->kind != EX_TOK_IDENTIFIER || (pt && is_op(pt, EX_OP_DOT))) continue;
            if (stmt && al_tok_text_eq(sn, t, "return") && value_start(sn, n)) {
                al_report(ctx, fofs(doc, sn, t->start), fofs(doc, sn, t->end),
                          "Elixir has no `return`: this calls a function named `return`; a "
                          "function returns its last expression, so drop `return`");
            } else if (stmt && (al_tok_text_eq(sn, t, "elsif") || al_tok_text_eq(sn, t, "elif")) &&
                       n) {
                al_report(ctx, fofs(doc, sn, t->start), fofs(doc, sn, t->end),
                          "`%.*s` is not Elixir; it parses as a call to a function of that name; "
                          "use `cond` (or nested `if`/`else`)",
                          (int)(t->end - t->start), sn->text + t->start);
            } else if ((al_tok_text_eq(sn, t, "null") || al_tok_text_eq(sn, t, "undefined")) &&
                       pt &&
                       (is_op(pt, EX_OP_EQ) || is_op(pt, EX_OP_NE) || is_op(pt, EX_OP_STRICT_EQ) ||
                        is_op(pt, EX_OP_STRICT_NE) || is_op(pt, EX_OP_OR2) ||
                        al_tok_text_eq(sn, pt, "return")) &&
                       !(n && (is_op(n, EX_OP_MATCH) || n->kind == EX_TOK_LPAREN))) {
                al_report(ctx, fofs(doc, sn, t->start), fofs(doc, sn, t->end),
                          "`%.*s` is not an Elixir value; here it is a variable or a call; use "
                          "`nil`",
                          (int)(t->end - t->start), sn->text + t->start);
            } else if (al_tok_text_eq(sn, t, "this") && n && is_op(n, EX_OP_DOT) &&
                       n->start == t->end) {
                al_report(ctx, fofs(doc, sn, t->start), fofs(doc, sn, n->end),
                          "`this.` is not Elixir: there are no objects; pass the data (a struct "
                          "or `socket`/`state`) as an argument and read its fields");
            }
        }
    }
}
