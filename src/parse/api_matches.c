/* Stage 6 of the pipeline: uses of the deprecated and removed Elixir-ecosystem APIs of
 * spec/elixir_api.c, matched once per document on the tokens of each Elixir block
 * (snippets.c) and in the text of HEEx templates. The rules (EXA001-EXA003) only classify the
 * matches by the target versions. */
#include "parse/api_matches.h"
#include "util/vec.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Matches found so far; moved into the arena at the end. */
typedef struct {
    al_api_match *items;
    size_t count, cap;
    bool oom;
} match_vec;

static void push_match(match_vec *v, const al_api_entry *e, size_t start, size_t end, bool clean)
{
    if (v->oom) return;
    if (v->count == v->cap) {
        al_api_match *p = al_vec_grow(v->items, &v->cap, sizeof *p, 16);
        if (!p) {
            v->oom = true;
            return;
        }
        v->items = p;
    }
    v->items[v->count++] = (al_api_match){e, start, end, clean};
}

#define MAX_PATTERN_TOKENS 16

typedef enum {
    PT_EXACT,
    PT_SUFFIX,
    PT_ANY,
    PT_ANY_ATOM,
    PT_ANY_ALIAS, /* `Mod`: one alias, dotted or not */
    PT_ARG,       /* `...`: one whole argument */
    PT_SIGIL,
    PT_CHARLIST
} pt_kind;

typedef struct {
    pt_kind how;
    ex_tok_kind kind;
    uint16_t sub;
    const char *text; /* into the pattern string */
    size_t len;
} pat_tok;

typedef struct {
    pat_tok t[MAX_PATTERN_TOKENS];
    size_t n;
    bool ends_call; /* the pattern ends with `(` */
    bool valid;
    /* conditions (al_api_entry.cond) */
    char kw[40]; /* keyword key, with its colon, or "" */
    bool kw_wanted, piped, desc, plain;
} pattern;

static bool is_op(const ex_token *t, ex_op op)
{
    return t->kind == EX_TOK_OP && t->sub == op;
}

/* Reads the space-separated conditions of an entry. False on an unknown one. */
static bool compile_cond(const char *c, pattern *p)
{
    while (c && *c) {
        while (*c == ' ')
            c++;
        size_t n = strcspn(c, " ");
        if (n == 0) break;
        if ((c[0] == '+' || c[0] == '-') && n - 1 < sizeof p->kw) {
            memcpy(p->kw, c + 1, n - 1);
            p->kw[n - 1] = '\0';
            p->kw_wanted = c[0] == '+';
        } else if (n == 2 && memcmp(c, "|>", 2) == 0) {
            p->piped = true;
        } else if (n == 4 && memcmp(c, "desc", 4) == 0) {
            p->desc = true;
        } else if (n == 5 && memcmp(c, "plain", 5) == 0) {
            p->plain = true;
        } else {
            return false;
        }
        c += n;
    }
    return true;
}

/* Splits a pattern with the Elixir lexer (see the notation in spec/elixir_api.c). */
static void compile_pattern(const al_api_entry *e, pattern *p)
{
    ex_lexer lx;
    ex_token tok;
    /* lexed with a space after it, so that a final keyword key (`loggers:`) is complete;
     * token texts point into src */
    char buf[128];
    const char *src = e->pattern;
    size_t len = strlen(src);
    memset(p, 0, sizeof *p);
    if (len + 1 >= sizeof buf || !compile_cond(e->cond, p)) return;
    memcpy(buf, src, len);
    buf[len] = ' ';
    ex_lexer_init(&lx, buf, len + 1);
    for (;;) {
        ex_lexer_next(&lx, &tok);
        if (tok.kind == EX_TOK_EOF) break;
        if (tok.kind == EX_TOK_ERROR || p->n == MAX_PATTERN_TOKENS) return;
        if (tok.kind == EX_TOK_EOL || tok.kind == EX_TOK_COMMENT) continue;
        pat_tok *pt = &p->t[p->n++];
        pt->how = PT_EXACT;
        pt->kind = tok.kind;
        pt->sub = tok.sub;
        pt->text = src + tok.start;
        pt->len = tok.end - tok.start;
        if (tok.kind == EX_TOK_IDENTIFIER && pt->len == 1 && pt->text[0] == '_') pt->how = PT_ANY;
        if (tok.kind == EX_TOK_IDENTIFIER && pt->len > 1 && pt->text[0] == '_') {
            pt->how = PT_SUFFIX;
            pt->text++;
            pt->len--;
        }
        if (tok.kind == EX_TOK_ATOM && pt->len == 2 && pt->text[1] == '_') pt->how = PT_ANY_ATOM;
        if (tok.kind == EX_TOK_ALIAS && pt->len == 3 && memcmp(pt->text, "Mod", 3) == 0)
            pt->how = PT_ANY_ALIAS;
        if (tok.kind == EX_TOK_OP && tok.sub == EX_OP_ELLIPSIS) pt->how = PT_ARG;
        if (tok.kind == EX_TOK_STRING &&
            (tok.sub == EX_STR_SIGIL || tok.sub == EX_STR_SIGIL_HEREDOC))
            pt->how = PT_SIGIL;
        if (tok.kind == EX_TOK_STRING && tok.sub == EX_STR_CHARLIST) pt->how = PT_CHARLIST;
    }
    p->ends_call = p->n > 0 && p->t[p->n - 1].kind == EX_TOK_LPAREN;
    /* a pattern starts with a name, an atom or an operator, never with a wildcard argument */
    p->valid = p->n > 0 && p->t[0].how != PT_ARG;
}

/* The letters of a sigil's name: "~L" of `~L"..."`. */
static size_t sigil_name_len(const char *s, size_t n)
{
    size_t i = 1;
    while (i < n && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
        i++;
    return i;
}

static bool tok_matches(const al_snippet *sn, const ex_token *t, const pat_tok *pt)
{
    const char *s = sn->text + t->start;
    size_t n = t->end - t->start;
    bool stringy = t->kind == EX_TOK_STRING || t->kind == EX_TOK_STRING_START;
    switch (pt->how) {
    case PT_ANY:
        return t->kind != EX_TOK_EOL && t->kind != EX_TOK_ERROR && !al_tok_is_closer(t) &&
               t->kind != EX_TOK_COMMA;
    case PT_ARG:
        return true; /* see skip_arg */
    case PT_SUFFIX:
        return t->kind == EX_TOK_IDENTIFIER && n > pt->len &&
               memcmp(s + n - pt->len, pt->text, pt->len) == 0;
    case PT_ANY_ATOM:
        return t->kind == EX_TOK_ATOM;
    case PT_ANY_ALIAS:
        return t->kind == EX_TOK_ALIAS;
    case PT_SIGIL: {
        if (!stringy || (t->sub != EX_STR_SIGIL && t->sub != EX_STR_SIGIL_HEREDOC)) return false;
        size_t a = sigil_name_len(s, n), b = sigil_name_len(pt->text, pt->len);
        return a == b && memcmp(s, pt->text, a) == 0;
    }
    case PT_CHARLIST:
        return stringy && (t->sub == EX_STR_CHARLIST || t->sub == EX_STR_CHARLIST_HEREDOC);
    case PT_EXACT:
        break;
    }
    if (t->kind != pt->kind) return false;
    switch (t->kind) {
    case EX_TOK_OP:
    case EX_TOK_KEYWORD:
        return t->sub == pt->sub;
    case EX_TOK_IDENTIFIER:
    case EX_TOK_ALIAS:
    case EX_TOK_ATOM:
    case EX_TOK_KW_KEY:
    case EX_TOK_INT:
        return n == pt->len && memcmp(s, pt->text, n) == 0;
    default:
        return true;
    }
}

/* One argument starting at token i: balanced tokens up to a `,`, `->`, closer, `;` or line
 * break at its own depth. Sets *last to its last token; false when there is none. */
static bool skip_arg(const al_snippet *sn, size_t i, size_t *last)
{
    size_t depth = 0;
    bool any = false;
    for (; i < sn->count; i++) {
        const ex_token *t = &sn->tokens[i];
        if (t->kind == EX_TOK_COMMENT || t->kind == EX_TOK_ERROR) {
            if (t->kind == EX_TOK_ERROR) return false;
            continue;
        }
        if (depth == 0 && (t->kind == EX_TOK_COMMA || t->kind == EX_TOK_SEMI ||
                           t->kind == EX_TOK_EOL || is_op(t, EX_OP_STAB) || al_tok_is_closer(t) ||
                           t->kind == EX_TOK_STRING_PART || t->kind == EX_TOK_STRING_END))
            return any;
        if (t->kind == EX_TOK_STRING_START || al_tok_is_opener(t)) depth++;
        if ((t->kind == EX_TOK_STRING_END || al_tok_is_closer(t)) && depth > 0) depth--;
        *last = i;
        any = true;
    }
    return false;
}

/* Whether keyword key kw appears at depth 0 in the rest of the statement after token i. */
static bool statement_has_kw(const al_snippet *sn, size_t i, const char *kw)
{
    size_t depth = 0;
    bool after_comma = false;
    for (i++; i < sn->count; i++) {
        const ex_token *t = &sn->tokens[i];
        if (t->kind == EX_TOK_COMMENT) continue;
        if (t->kind == EX_TOK_EOL) {
            if (depth == 0 && !after_comma) return false;
            continue;
        }
        if (al_tok_is_closer(t)) {
            if (depth == 0) return false;
            depth--;
        } else if (al_tok_is_opener(t)) {
            if (depth == 0 && t->kind == EX_TOK_KEYWORD) return false;
            depth++;
        }
        if (depth == 0 && t->kind == EX_TOK_KW_KEY && al_tok_text_eq(sn, t, kw)) return true;
        after_comma = t->kind == EX_TOK_COMMA;
    }
    return false;
}

static bool is_def(const al_snippet *sn, const ex_token *t)
{
    static const char *const defs[] = {"def",         "defp",     "defmacro", "defmacrop",
                                       "defdelegate", "defguard", "defguardp"};
    if (t->kind != EX_TOK_IDENTIFIER) return false;
    for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++)
        if (al_tok_text_eq(sn, t, defs[i])) return true;
    return false;
}

/* An integer literal at token i, optionally negated (`-1`): its value and last token. */
static bool int_literal(const al_snippet *sn, size_t i, long long *val, size_t *last)
{
    bool neg = false;
    if (i >= sn->count) return false;
    if (is_op(&sn->tokens[i], EX_OP_MINUS)) {
        if (i + 1 >= sn->count || sn->tokens[i + 1].kind != EX_TOK_INT ||
            sn->tokens[i + 1].start != sn->tokens[i].end)
            return false;
        neg = true;
        i++;
    }
    const ex_token *t = &sn->tokens[i];
    if (t->kind != EX_TOK_INT) return false;
    const char *s = sn->text + t->start;
    size_t n = t->end - t->start;
    unsigned base = 10, digits = 0;
    size_t k = 0;
    if (n > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b')) {
        base = s[1] == 'x' ? 16 : s[1] == 'o' ? 8 : 2;
        k = 2;
    }
    long long v = 0;
    for (; k < n; k++) {
        char c = s[k];
        unsigned d;
        if (c == '_') continue;
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            d = (unsigned)(c - 'A' + 10);
        else
            return false;
        if (d >= base || ++digits > 15) return false;
        v = v * (long long)base + (long long)d;
    }
    *val = neg ? -v : v;
    *last = i;
    return true;
}

/* Can the token before an operand (SIZE_MAX: none) end an expression that the operand would
 * extend? True when it cannot: an opener, a separator, an assignment-like operator. */
static bool operand_boundary(const al_snippet *sn, size_t q, size_t operand)
{
    if (q == SIZE_MAX || al_tok_line_start(&sn->tokens[operand])) return true;
    const ex_token *t = &sn->tokens[q];
    switch (t->kind) {
    case EX_TOK_LPAREN:
    case EX_TOK_LBRACKET:
    case EX_TOK_LBRACE:
    case EX_TOK_MAP_OPEN:
    case EX_TOK_LBIN:
    case EX_TOK_COMMA:
    case EX_TOK_SEMI:
    case EX_TOK_KW_KEY:
        return true;
    case EX_TOK_OP:
        return t->sub == EX_OP_MATCH || t->sub == EX_OP_LARROW || t->sub == EX_OP_STAB ||
               t->sub == EX_OP_PIPE || t->sub == EX_OP_DEFAULT || t->sub == EX_OP_ASSOC;
    case EX_TOK_KEYWORD:
        return t->sub == EX_KW_IN || t->sub == EX_KW_DO || t->sub == EX_KW_ELSE ||
               t->sub == EX_KW_WHEN;
    default:
        return false;
    }
}

/* `desc` on a `..` pattern: integer literal operands, decreasing, with nothing binding tighter
 * around them and no `//` step. Widens the match to the whole range. */
static bool desc_range(const al_snippet *sn, size_t dots, size_t *first, size_t *last)
{
    long long a, b;
    size_t l = al_tok_prev_code(sn, dots), a_last, b_last;
    if (l == SIZE_MAX || sn->tokens[l].kind != EX_TOK_INT) return false;
    size_t start = l;
    if (l > 0 && is_op(&sn->tokens[l - 1], EX_OP_MINUS) &&
        sn->tokens[l - 1].end == sn->tokens[l].start &&
        operand_boundary(sn, al_tok_prev_code(sn, l - 1), l - 1))
        start = l - 1;
    if (!int_literal(sn, start, &a, &a_last) || a_last != l ||
        !operand_boundary(sn, al_tok_prev_code(sn, start), start))
        return false;
    size_t r = dots + 1;
    if (!int_literal(sn, r, &b, &b_last) || a <= b) return false;
    size_t nx = al_tok_next(sn, b_last);
    if (nx < sn->count && sn->tokens[nx].kind == EX_TOK_OP && !is_op(&sn->tokens[nx], EX_OP_PIPE) &&
        !is_op(&sn->tokens[nx], EX_OP_STAB))
        return false; /* `10..1//-1`, `10..1 + x` */
    *first = start;
    *last = b_last;
    return true;
}

/* `desc` on a call: its first two arguments are integer literals, decreasing. */
static bool desc_args(const al_snippet *sn, size_t open)
{
    long long a, b;
    size_t la, lb;
    if (!int_literal(sn, open + 1, &a, &la) || la + 1 >= sn->count ||
        sn->tokens[la + 1].kind != EX_TOK_COMMA)
        return false;
    size_t r = la + 2;
    while (r < sn->count &&
           (sn->tokens[r].kind == EX_TOK_EOL || sn->tokens[r].kind == EX_TOK_COMMENT))
        r++;
    return int_literal(sn, r, &b, &lb) && lb + 1 < sn->count &&
           sn->tokens[lb + 1].kind == EX_TOK_RPAREN && a > b;
}

/* A sigil token with modifiers after its closing delimiter (`~w(a b)a`). */
static bool sigil_has_modifiers(const al_snippet *sn, const ex_token *t)
{
    char c = sn->text[t->end - 1];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

typedef struct {
    size_t first, last; /* token indexes of the reported span */
    bool clean;         /* one line, no comment inside: safe to rewrite */
} api_match;

static bool match_at(const al_snippet *sn, size_t i, const al_api_entry *e, const pattern *p,
                     api_match *m)
{
    if (!tok_matches(sn, &sn->tokens[i], &p->t[0])) return false;
    size_t prev = al_tok_prev_code(sn, i);
    const ex_token *pt = prev == SIZE_MAX ? NULL : &sn->tokens[prev];
    if (pt && pt->kind == EX_TOK_OP && pt->sub == EX_OP_DOT && !(e->flags & AL_API_QUALIFIED))
        return false;
    if (pt && p->t[0].kind == EX_TOK_IDENTIFIER && is_def(sn, pt) && pt->line == sn->tokens[i].line)
        return false;
    size_t j = i, open = SIZE_MAX, sigil = SIZE_MAX, depth = 0;
    m->first = m->last = i;
    m->clean = true;
    for (size_t k = 0; k < p->n; k++) {
        const pat_tok *pk = &p->t[k];
        if (k > 0) {
            size_t nj = al_tok_next(sn, j);
            /* inside the pattern's own brackets, arguments may go over lines */
            while (depth > 0 && nj < sn->count && sn->tokens[nj].kind == EX_TOK_EOL)
                nj = al_tok_next(sn, nj);
            if (nj != j + 1) m->clean = false;
            j = nj;
            if (j >= sn->count || !tok_matches(sn, &sn->tokens[j], pk)) return false;
        }
        if (pk->how == PT_ARG && !skip_arg(sn, j, &j)) return false;
        if (pk->how == PT_ANY_ALIAS)
            while (j + 2 < sn->count && is_op(&sn->tokens[j + 1], EX_OP_DOT) &&
                   sn->tokens[j + 2].kind == EX_TOK_ALIAS)
                j += 2;
        if (pk->how == PT_SIGIL) sigil = j;
        if (pk->how == PT_EXACT && al_tok_is_opener(&sn->tokens[j]) &&
            sn->tokens[j].kind != EX_TOK_KEYWORD)
            depth++;
        if (pk->how == PT_EXACT && al_tok_is_closer(&sn->tokens[j]) &&
            sn->tokens[j].kind != EX_TOK_KEYWORD && depth > 0)
            depth--;
        if (sn->tokens[j].kind == EX_TOK_LPAREN) {
            if (sn->tokens[j].flags & EX_TF_SPACE_BEFORE) return false;
            if (open == SIZE_MAX) open = j;
        }
        if (k + 1 < p->n || !p->ends_call) m->last = j;
    }
    size_t after = al_tok_next(sn, j);
    const ex_token *nt = after < sn->count ? &sn->tokens[after] : NULL;
    /* `use Phoenix.HTML` is not `use Phoenix.HTML.Engine` */
    if (p->t[p->n - 1].kind == EX_TOK_ALIAS && nt && nt->kind == EX_TOK_OP &&
        nt->sub == EX_OP_DOT) {
        size_t a2 = al_tok_next(sn, after);
        if (a2 < sn->count && sn->tokens[a2].kind == EX_TOK_ALIAS) return false;
    }
    if (open == SIZE_MAX && nt && nt->kind == EX_TOK_LPAREN && !(nt->flags & EX_TF_SPACE_BEFORE))
        open = after;
    /* piped: `x |> Mod.f(...)`, also `x |> App.Mod.f(...)` */
    size_t q = prev;
    while (q != SIZE_MAX && is_op(&sn->tokens[q], EX_OP_DOT)) {
        size_t a = al_tok_prev_code(sn, q);
        if (a == SIZE_MAX || sn->tokens[a].kind != EX_TOK_ALIAS) break;
        q = al_tok_prev_code(sn, a);
    }
    bool piped = q != SIZE_MAX && is_op(&sn->tokens[q], EX_OP_PIPE);
    if (p->piped && !piped) return false;
    int arity = -2;
    bool has_kw = false;
    const char *kw = p->kw[0] ? p->kw : NULL;
    if (open != SIZE_MAX) {
        if (!al_snippet_call_args(sn, open, &arity, kw, &has_kw)) arity = -2;
        if (piped && arity >= 0) arity++;
    } else if (kw) {
        has_kw = statement_has_kw(sn, j, kw);
    }
    if (e->arity >= 0 && arity != e->arity) return false;
    if (kw && p->kw_wanted != has_kw) return false;
    if (p->plain && (sigil == SIZE_MAX || sigil_has_modifiers(sn, &sn->tokens[sigil])))
        return false;
    if (p->desc) {
        if (open != SIZE_MAX) {
            if (!desc_args(sn, open)) return false;
        } else if (!desc_range(sn, i, &m->first, &m->last)) {
            return false;
        }
    }
    if (sn->tokens[m->first].line != sn->tokens[m->last].line) m->clean = false;
    return true;
}

/* ----- HEEx attributes ---------------------------------------------------------------------- */

typedef struct {
    match_vec *out;
    const al_source *src;
    const al_snippet *sn;     /* text from a sigil token of sn, or */
    const al_code_block *blk; /* from a ```heex block */
} heex_scan;

static size_t heex_file_offset(const heex_scan *h, size_t off)
{
    return h->sn ? al_snippet_file_offset(h->src, h->sn, off)
                 : al_code_block_file_offset(h->src, h->blk, off);
}

static bool starts(const char *s, size_t i, size_t n, const char *w)
{
    size_t l = strlen(w);
    return i + l <= n && memcmp(s + i, w, l) == 0;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Index after `close`, searched from i (n when missing). */
static size_t skip_past(const char *s, size_t i, size_t n, const char *close)
{
    size_t l = strlen(close);
    for (; i + l <= n; i++)
        if (memcmp(s + i, close, l) == 0) return i + l;
    return n;
}

/* Index after the `}` matching the `{` at i; strings inside are skipped. */
static size_t skip_braces(const char *s, size_t i, size_t n)
{
    size_t depth = 0;
    for (; i < n; i++) {
        if (s[i] == '"' || s[i] == '\'') {
            char q = s[i];
            for (i++; i < n && s[i] != q; i++)
                if (s[i] == '\\') i++;
        } else if (s[i] == '{') {
            depth++;
        } else if (s[i] == '}' && --depth == 0) {
            return i + 1;
        }
    }
    return n;
}

static bool word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/* Does v hold w as a whole word (`phx-no-feedback:hidden`, not `phx-no-feedbackish`)? */
static bool word_in(const char *v, size_t vn, const char *w)
{
    size_t l = strlen(w);
    for (size_t i = 0; i + l <= vn; i++)
        if (memcmp(v + i, w, l) == 0 && (i == 0 || !word_char(v[i - 1])) &&
            (i + l == vn || !word_char(v[i + l])))
            return true;
    return false;
}

/* Does the tag whose attributes start at i have an attribute named name (before its `>`)? */
static bool tag_has_attr(const char *s, size_t i, size_t n, const char *name)
{
    size_t l = strlen(name);
    while (i < n && s[i] != '>') {
        if (s[i] == '{') {
            i = skip_braces(s, i, n);
        } else if (s[i] == '"' || s[i] == '\'') {
            char q = s[i];
            for (i++; i < n && s[i] != q; i++)
                ;
            i++;
        } else {
            if (is_space(s[i - 1]) && i + l < n && memcmp(s + i, name, l) == 0 &&
                (s[i + l] == '=' || is_space(s[i + l]) || s[i + l] == '>'))
                return true;
            i++;
        }
    }
    return false;
}

/* Checks attribute [ns, ne) with value [vs, ve) (quotes kept, or vs == ve) of tag [ts, te). */
static void heex_attr(const heex_scan *h, const char *s, size_t s_len, size_t ts, size_t te,
                      size_t ns, size_t ne, size_t vs, size_t ve)
{
    for (size_t k = 0; k < al_heex_entry_count; k++) {
        const al_api_entry *e = &al_heex_entries[k];
        const char *p = e->pattern, *tag = NULL;
        size_t tag_len = 0;
        if (p[0] == '<') {
            tag = p + 1;
            tag_len = strcspn(tag, " ");
            p = tag + tag_len + 1;
        }
        size_t name_len = strcspn(p, "=~");
        char op = p[name_len];
        const char *want = op ? p + name_len + 1 : NULL;
        if (tag && (te - ts != tag_len || memcmp(s + ts, tag, tag_len) != 0)) continue;
        /* `<.dynamic_tag tag_name="input" name="q">`: then `name` is an ordinary attribute */
        if (tag && e->fix_text && tag_has_attr(s, te, s_len, e->fix_text)) continue;
        if (ne - ns != name_len || memcmp(s + ns, p, name_len) != 0) continue;
        const char *v = s + vs;
        size_t vn = ve - vs;
        if (vn >= 2 && (v[0] == '"' || v[0] == '\'')) {
            v++;
            vn -= 2;
        }
        if (op == '=' && (vn != strlen(want) || memcmp(v, want, vn) != 0)) continue;
        if (op == '~' && !word_in(v, vn, want)) continue;
        size_t end = op ? ve : ne;
        push_match(h->out, e, heex_file_offset(h, ns), heex_file_offset(h, end), !op);
        return;
    }
}

/* Scans HEEx text s[from, n) for the attributes of al_heex_entries. */
static void heex_scan_text(const heex_scan *h, const char *s, size_t from, size_t n)
{
    size_t i = from;
    while (i < n) {
        if (starts(s, i, n, "<%!--")) {
            i = skip_past(s, i, n, "--%>");
        } else if (starts(s, i, n, "<!--")) {
            i = skip_past(s, i, n, "-->");
        } else if (starts(s, i, n, "<%")) {
            i = skip_past(s, i, n, "%>");
        } else if (s[i] == '{') {
            i = skip_braces(s, i, n);
        } else if (s[i] == '<' && i + 1 < n &&
                   ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
                    s[i + 1] == '.' || s[i + 1] == ':')) {
            size_t ts = i + 1, te = ts;
            while (te < n && !is_space(s[te]) && s[te] != '>' && s[te] != '/' && s[te] != '{')
                te++;
            bool raw = (te - ts == 6 && memcmp(s + ts, "script", 6) == 0) ||
                       (te - ts == 5 && memcmp(s + ts, "style", 5) == 0);
            i = te;
            for (;;) {
                while (i < n && is_space(s[i]))
                    i++;
                if (i >= n) return;
                if (s[i] == '>' || starts(s, i, n, "/>")) {
                    i += s[i] == '>' ? 1 : 2;
                    break;
                }
                if (s[i] == '<') break; /* not a tag after all */
                if (s[i] == '{') {
                    i = skip_braces(s, i, n);
                    continue;
                }
                size_t ns = i;
                while (i < n && !is_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '{' &&
                       s[i] != '"' && s[i] != '\'' && s[i] != '<' && !starts(s, i, n, "/>"))
                    i++;
                size_t ne = i, vs = i, ve = i;
                if (ne == ns) {
                    i++;
                    continue;
                }
                size_t j = i;
                while (j < n && is_space(s[j]))
                    j++;
                if (j < n && s[j] == '=') {
                    j++;
                    while (j < n && is_space(s[j]))
                        j++;
                    vs = j;
                    if (j < n && (s[j] == '"' || s[j] == '\'')) {
                        char q = s[j];
                        for (j++; j < n && s[j] != q; j++)
                            ;
                        ve = j < n ? j + 1 : n;
                    } else if (j < n && s[j] == '{') {
                        ve = skip_braces(s, j, n);
                    } else {
                        while (j < n && !is_space(s[j]) && s[j] != '>')
                            j++;
                        ve = j;
                    }
                    i = ve;
                }
                heex_attr(h, s, n, ts, te, ns, ne, vs, ve);
            }
            if (raw) i = skip_past(s, i, n, s[ts + 1] == 'c' ? "</script" : "</style");
        } else {
            i++;
        }
    }
}

static bool is_heex_info(const char *info, size_t len)
{
    size_t w = 0;
    while (w < len && !is_space(info[w]) && info[w] != '{' && info[w] != ',')
        w++;
    return (w == 4 && memcmp(info, "heex", 4) == 0) ||
           (w == 9 && memcmp(info, "html.heex", 9) == 0);
}

static void scan_heex(match_vec *out, const al_source *src, const al_markdown *md,
                      const al_snippets *snippets)
{
    heex_scan h = {out, src, NULL, NULL};
    for (size_t b = 0; b < snippets->count; b++) {
        const al_snippet *sn = &snippets->items[b];
        h.sn = sn;
        for (size_t i = 0; i < sn->count; i++) {
            const ex_token *t = &sn->tokens[i];
            if (t->kind != EX_TOK_STRING ||
                (t->sub != EX_STR_SIGIL && t->sub != EX_STR_SIGIL_HEREDOC) ||
                t->end - t->start < 4 ||
                (sn->text[t->start + 1] != 'H' && sn->text[t->start + 1] != 'L') ||
                sigil_name_len(sn->text + t->start, t->end - t->start) != 2)
                continue;
            heex_scan_text(&h, sn->text, t->start + 2, t->end);
        }
    }
    h.sn = NULL;
    for (size_t b = 0; b < md->block_count; b++) {
        const al_code_block *blk = &md->blocks[b];
        if (!blk->fenced || !blk->content || !is_heex_info(blk->info, blk->info_len)) continue;
        h.blk = blk;
        heex_scan_text(&h, blk->content, 0, blk->content_len);
    }
}

/* ----- first-token index ---------------------------------------------------------------------
 * Each token would otherwise be tried against every entry of the table. The entries are sorted
 * by (kind, key) of their pattern's first token, so a token looks up only the few entries that can
 * start at it; wildcard first tokens are kept under KEY_WILD of their kind, or of KIND_ANY. */

#define KEY_WILD 256
#define KIND_ANY EX_TOK__COUNT

typedef struct {
    uint16_t kind, key;
    uint32_t entry;
} first_key;

typedef struct {
    first_key *keys;
    size_t count;
} first_index;

/* The byte a token is filed under: its first byte for names, atoms, keys and integers (exact
 * matches compare the whole text), its operator or keyword for those, nothing for the rest. */
static uint16_t token_key(const char *text, const ex_token *t)
{
    switch (t->kind) {
    case EX_TOK_IDENTIFIER:
    case EX_TOK_ALIAS:
    case EX_TOK_ATOM:
    case EX_TOK_KW_KEY:
    case EX_TOK_INT:
        return t->end > t->start ? (unsigned char)text[0] : 0;
    case EX_TOK_OP:
    case EX_TOK_KEYWORD:
        return t->sub & 0xff;
    default:
        return 0;
    }
}

static uint16_t pattern_key(const pat_tok *pt)
{
    ex_token t = {0};
    t.kind = pt->kind;
    t.sub = pt->sub;
    t.end = pt->len;
    return token_key(pt->text, &t);
}

static int compare_keys(const void *pa, const void *pb)
{
    const first_key *a = pa, *b = pb;
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static void add_key(first_index *idx, uint16_t kind, uint16_t key, size_t entry)
{
    idx->keys[idx->count++] = (first_key){kind, key, (uint32_t)entry};
}

/* Files each valid pattern under the (kind, key) its first token can match (two for sigils and
 * charlists, which may start a string with interpolation). */
static bool first_index_build(first_index *idx, const pattern *pats, size_t n)
{
    idx->count = 0;
    idx->keys = malloc((2 * n + 1) * sizeof *idx->keys);
    if (!idx->keys) return false;
    for (size_t k = 0; k < n; k++) {
        if (!pats[k].valid) continue;
        const pat_tok *pt = &pats[k].t[0];
        switch (pt->how) {
        case PT_EXACT:
            add_key(idx, (uint16_t)pt->kind, pattern_key(pt), k);
            break;
        case PT_SUFFIX:
            add_key(idx, EX_TOK_IDENTIFIER, KEY_WILD, k);
            break;
        case PT_ANY_ATOM:
            add_key(idx, EX_TOK_ATOM, KEY_WILD, k);
            break;
        case PT_ANY_ALIAS:
            add_key(idx, EX_TOK_ALIAS, KEY_WILD, k);
            break;
        case PT_SIGIL:
        case PT_CHARLIST:
            add_key(idx, EX_TOK_STRING, KEY_WILD, k);
            add_key(idx, EX_TOK_STRING_START, KEY_WILD, k);
            break;
        case PT_ANY:
        case PT_ARG:
            add_key(idx, KIND_ANY, KEY_WILD, k);
            break;
        }
    }
    qsort(idx->keys, idx->count, sizeof *idx->keys, compare_keys);
    return true;
}

/* The run of keys equal to (kind, key): [*lo, *hi). */
static void key_range(const first_index *idx, uint16_t kind, uint16_t key, size_t *lo, size_t *hi)
{
    first_key probe = {kind, key, 0};
    size_t a = 0, b = idx->count;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (compare_keys(&idx->keys[mid], &probe) < 0)
            a = mid + 1;
        else
            b = mid;
    }
    *lo = a;
    while (a < idx->count && idx->keys[a].kind == kind && idx->keys[a].key == key)
        a++;
    *hi = a;
}

/* Three runs of entry numbers, each ascending, merged into table order. */
typedef struct {
    const first_key *keys;
    size_t at[3], end[3];
} candidates;

static void candidates_init(candidates *c, const first_index *idx, uint16_t kind, uint16_t key)
{
    c->keys = idx->keys;
    key_range(idx, kind, key, &c->at[0], &c->end[0]);
    key_range(idx, kind, KEY_WILD, &c->at[1], &c->end[1]);
    key_range(idx, KIND_ANY, KEY_WILD, &c->at[2], &c->end[2]);
}

static size_t candidates_next(candidates *c)
{
    int best = -1;
    for (int r = 0; r < 3; r++)
        if (c->at[r] < c->end[r] &&
            (best < 0 || c->keys[c->at[r]].entry < c->keys[c->at[best]].entry))
            best = r;
    if (best < 0) return SIZE_MAX;
    return c->keys[c->at[best]++].entry;
}

bool al_api_matches_find(al_api_matches *out, const al_source *src, const al_markdown *md,
                         const al_snippets *snippets, al_arena *arena)
{
    out->items = NULL;
    out->count = 0;
    match_vec v = {NULL, 0, 0, false};
    scan_heex(&v, src, md, snippets);
    pattern *pats = snippets->count ? calloc(al_api_entry_count, sizeof *pats) : NULL;
    if (snippets->count && !pats) v.oom = true;
    for (size_t k = 0; pats && k < al_api_entry_count; k++)
        compile_pattern(&al_api_entries[k], &pats[k]);
    first_index idx = {NULL, 0};
    if (pats && !first_index_build(&idx, pats, al_api_entry_count)) v.oom = true;
    for (size_t b = 0; idx.keys && b < snippets->count; b++) {
        const al_snippet *sn = &snippets->items[b];
        for (size_t i = 0; i < sn->count; i++) {
            const ex_token *t = &sn->tokens[i];
            if (t->kind == EX_TOK_EOL || t->kind == EX_TOK_COMMENT || t->kind == EX_TOK_ERROR)
                continue;
            /* The candidates, in table order: entries whose first token has this token's key,
             * and those whose first token is a wildcard for its kind or for any kind. */
            candidates c;
            candidates_init(&c, &idx, (uint16_t)t->kind, token_key(sn->text + t->start, t));
            for (size_t k; (k = candidates_next(&c)) != SIZE_MAX;) {
                api_match m;
                if (!match_at(sn, i, &al_api_entries[k], &pats[k], &m)) continue;
                push_match(&v, &al_api_entries[k],
                           al_snippet_file_offset(src, sn, sn->tokens[m.first].start),
                           al_snippet_file_offset(src, sn, sn->tokens[m.last].end), m.clean);
                break; /* the first entry that matches here is the one */
            }
        }
    }
    free(idx.keys);
    free(pats);
    bool ok = !v.oom;
    if (ok && v.count) {
        out->items = al_arena_alloc(arena, v.count * sizeof *out->items);
        if (out->items) {
            memcpy(out->items, v.items, v.count * sizeof *out->items);
            out->count = v.count;
        } else {
            ok = false;
        }
    }
    free(v.items);
    return ok;
}
