/* Rules about memory files (MM): the `@path` imports of CLAUDE.md,
 * CLAUDE.local.md and AGENTS.md.
 *
 * Facts (docs:memory of 2026-08-22): an import is `@` and a path, anywhere
 * in the text but not inside a code span or a fenced code block; a
 * relative path resolves against the importing file's folder, `@~/` against
 * the home folder; imported files may import others, "with a maximum depth
 * of four hops"; a file over 4 MiB is skipped. An import whose file does
 * not exist is dropped without a word (anthropics/claude-code#88813), and
 * so is one followed by punctuation, which is read as part of the path
 * (#86060, reproduced on 2.1.233): the path runs to the next white space.
 *
 * Only files inside the repository are read to follow their imports; a
 * target outside it is checked for existence and never read. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "rules/checks.h"
#include "rules/surface_files.h"
#include "util/strbuf.h"

/* docs:memory: "a maximum depth of four hops" (five before 2026-07-10). */
#define IMPORT_MAX_HOPS 4
/* Files read to follow the imports of one memory file, at most. */
#define IMPORT_READ_BUDGET 256

typedef struct {
    size_t start, end; /* the token after `@`, in the text */
    size_t line;       /* 1-based, in the text */
} import_token;

typedef struct {
    import_token *v;
    size_t n, cap;
} token_list;

static bool push_token(token_list *l, size_t start, size_t end, size_t line)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        import_token *v = realloc(l->v, cap * sizeof *v);
        if (!v) return false;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = (import_token){start, end, line};
    return true;
}

/* Whether a line opens or closes a fenced code block (```, ~~~), as the
 * text of a file not parsed by cmark is read. */
static bool fence_line(const char *s, size_t n, char *fc, size_t *fl, bool open)
{
    size_t i = 0;
    while (i < n && i < 3 && s[i] == ' ')
        i++;
    if (i >= n || (s[i] != '`' && s[i] != '~')) return false;
    char c = s[i];
    size_t k = i;
    while (k < n && s[k] == c)
        k++;
    if (k - i < 3) return false;
    if (open) {
        *fc = c;
        *fl = k - i;
        return true;
    }
    if (c != *fc || k - i < *fl) return false;
    while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
        k++;
    return k == n;
}

static bool space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The imports of one line outside code: `@` at the start or after white
 * space, up to the next white space (`\ ` continues the path). */
static bool line_imports(const char *s, size_t ls, size_t le, size_t line, bool *in_comment,
                         token_list *out)
{
    for (size_t i = ls; i < le; i++) {
        if (*in_comment) {
            if (i + 2 < le + 1 && le - i >= 3 && memcmp(s + i, "-->", 3) == 0) {
                *in_comment = false;
                i += 2;
            }
            continue;
        }
        if (le - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
            *in_comment = true;
            i += 3;
            continue;
        }
        if (s[i] == '`') { /* a code span: the same run of backticks closes it */
            size_t n = 1;
            while (i + n < le && s[i + n] == '`')
                n++;
            size_t j = i + n, close = 0;
            while (j < le && !close) {
                if (s[j] != '`') {
                    j++;
                    continue;
                }
                size_t m = 1;
                while (j + m < le && s[j + m] == '`')
                    m++;
                if (m == n) close = j + m;
                j += m;
            }
            i = (close ? close : i + n) - 1;
            continue;
        }
        if (s[i] != '@' || (i > ls && !space(s[i - 1]))) continue;
        size_t a = i + 1, b = a;
        while (b < le && (!space(s[b]) || (s[b] == ' ' && s[b - 1] == '\\')))
            b++;
        if (b > a && !push_token(out, a, b, line)) return false;
        i = b;
    }
    return true;
}

/* The imports of a text: skip(line) says a line is code (cmark's blocks for
 * the document; fences read line by line for other files). */
typedef struct {
    const al_markdown *md; /* NULL: find fences by reading the lines */
} code_lines;

static bool in_block(const al_markdown *md, size_t line)
{
    for (size_t i = 0; i < md->block_count; i++) {
        const al_code_block *b = &md->blocks[i];
        size_t last = b->close_line ? b->close_line : b->end_line;
        if (line >= b->open_line && line <= last) return true;
    }
    return false;
}

static bool find_imports(const char *s, size_t len, const al_markdown *md, size_t first_line,
                         token_list *out)
{
    bool fenced = false, comment = false;
    char fc = 0;
    size_t fl = 0, line = first_line;
    for (size_t ls = 0; ls < len; line++) {
        const char *nl = memchr(s + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - s) : len;
        bool code;
        if (md) {
            code = in_block(md, line);
        } else if (fenced) {
            code = true;
            if (fence_line(s + ls, le - ls, &fc, &fl, false)) fenced = false;
        } else {
            code = fenced = fence_line(s + ls, le - ls, &fc, &fl, true);
        }
        if (!code && !line_imports(s, ls, le, line, &comment, out)) return false;
        ls = le + 1;
    }
    return true;
}

/* ---- what a token is ---- */

/* Claude Code takes `@` words that start like a path (./ ~/ / or a name
 * character); this checker reports a missing one only when it is written
 * as a file: a path prefix, or a file extension at its end. */
static bool path_start(const char *t, size_t n)
{
    if (n == 0 || t[0] == '@') return false;
    char c = t[0];
    return c == '.' || c == '~' || c == '/' || c == '_' || c == '-' || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static size_t strip_punctuation(const char *t, size_t n)
{
    while (n > 0 && strchr(".,:;!?)]'\"", t[n - 1]))
        n--;
    return n;
}

static bool written_as_file(const char *t, size_t n)
{
    if ((n > 2 && (memcmp(t, "./", 2) == 0 || memcmp(t, "~/", 2) == 0)) ||
        (n > 3 && memcmp(t, "../", 3) == 0) || (n > 1 && t[0] == '/'))
        return true;
    n = strip_punctuation(t, n);
    size_t dot = n;
    while (dot > 0 && t[dot - 1] != '.' && t[dot - 1] != '/')
        dot--;
    if (dot == 0 || t[dot - 1] != '.' || dot == n || n - dot > 10) return false;
    if (dot >= 2 && t[dot - 2] == '/') return false; /* a dot file: .env */
    if (!((t[dot] >= 'a' && t[dot] <= 'z') || (t[dot] >= 'A' && t[dot] <= 'Z'))) return false;
    for (size_t i = dot; i < n; i++)
        if (!((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z') ||
              (t[i] >= '0' && t[i] <= '9')))
            return false;
    return true;
}

/* The file a token names (malloc'd): `\ ` unescaped, `~/` expanded. */
static char *token_path(const char *dir, const char *t, size_t n)
{
    al_strbuf rel;
    al_strbuf_init(&rel);
    if (n >= 2 && t[0] == '~' && t[1] == '/') {
        const char *home = getenv("HOME");
        al_strbuf_puts(&rel, home && *home ? home : "~");
        t++;
        n--;
    }
    for (size_t i = 0; i < n; i++)
        if (!(t[i] == '\\' && i + 1 < n && t[i + 1] == ' ')) al_strbuf_putc(&rel, t[i]);
    char *out = rel.failed ? NULL : al_path_join(dir, rel.data ? rel.data : "", rel.len);
    al_strbuf_free(&rel);
    return out;
}

/* ---- following the imports ---- */

typedef enum { FOUND_NOTHING, FOUND_MISSING, FOUND_CYCLE, FOUND_DEEP } finding_kind;

typedef struct {
    char *root;  /* the repository, resolved */
    char **seen; /* files expanded, resolved, with the hops they were reached at */
    size_t *seen_hops;
    size_t seen_n, seen_cap;
    size_t reads;                     /* budget used */
    char *chain[IMPORT_MAX_HOPS + 2]; /* resolved paths from the memory file */
    char *names[IMPORT_MAX_HOPS + 2]; /* the tokens as written */
    size_t depth;
    /* the first finding behind the current top-level import */
    finding_kind found;
    al_strbuf what;
    bool failed;
} follower;

static bool seen_at(follower *f, const char *real, size_t hops)
{
    for (size_t i = 0; i < f->seen_n; i++)
        if (strcmp(f->seen[i], real) == 0) {
            if (f->seen_hops[i] <= hops) return true;
            f->seen_hops[i] = hops;
            return false;
        }
    if (f->seen_n == f->seen_cap) {
        size_t cap = f->seen_cap ? f->seen_cap * 2 : 16;
        char **s = realloc(f->seen, cap * sizeof *s);
        size_t *h = s ? realloc(f->seen_hops, cap * sizeof *h) : NULL;
        if (s) f->seen = s;
        if (!h) {
            f->failed = true;
            return true;
        }
        f->seen_hops = h;
        f->seen_cap = cap;
    }
    char *copy = strdup(real);
    if (!copy) {
        f->failed = true;
        return true;
    }
    f->seen[f->seen_n] = copy;
    f->seen_hops[f->seen_n++] = hops;
    return false;
}

static void describe_chain(follower *f, const char *last, size_t last_len)
{
    al_strbuf_clear(&f->what);
    for (size_t i = 1; i <= f->depth; i++) {
        al_strbuf_append_quoted(&f->what, f->names[i], strlen(f->names[i]), 60);
        al_strbuf_puts(&f->what, " → ");
    }
    al_strbuf_append_quoted(&f->what, last, last_len, 60);
}

/* Follows the imports of the file at chain[depth] (resolved, inside the
 * repository), recording the first problem found. */
static void follow(follower *f)
{
    if (f->found != FOUND_NOTHING || f->failed || f->reads >= IMPORT_READ_BUDGET) return;
    const char *file = f->chain[f->depth];
    f->reads++;
    size_t len;
    char *text = al_read_small_file(file, AL_MEMORY_MAX_BYTES, &len);
    if (!text) return;
    token_list toks = {0};
    char *dir = al_path_dir(file);
    if (!dir || !find_imports(text, len, NULL, 1, &toks)) f->failed = true;
    for (size_t i = 0; !f->failed && i < toks.n && f->found == FOUND_NOTHING; i++) {
        const char *t = text + toks.v[i].start;
        size_t n = toks.v[i].end - toks.v[i].start;
        if (!path_start(t, n)) continue;
        char *path = token_path(dir, t, n);
        char *real = path ? realpath(path, NULL) : NULL;
        struct stat st;
        if (!real) {
            const char *base = strrchr(file, '/');
            base = base ? base + 1 : file;
            /* a memory file in the chain says so itself */
            bool memory = strcmp(base, "CLAUDE.md") == 0 || strcmp(base, "CLAUDE.local.md") == 0 ||
                          strcmp(base, "AGENTS.md") == 0;
            if (!memory && written_as_file(t, n) && !(n >= 2 && t[0] == '~')) {
                f->found = FOUND_MISSING;
                describe_chain(f, t, n);
                al_strbuf_printf(&f->what, " (line %zu of ", toks.v[i].line);
                al_strbuf_append_quoted(&f->what, f->names[f->depth], strlen(f->names[f->depth]),
                                        60);
                al_strbuf_puts(&f->what, ")");
            }
        } else if (stat(real, &st) == 0 && S_ISREG(st.st_mode)) {
            bool cycle = false;
            for (size_t k = 0; k <= f->depth; k++)
                if (strcmp(f->chain[k], real) == 0) cycle = true;
            char *name = strndup(t, n);
            if (!name) {
                f->failed = true;
            } else if (cycle) {
                f->found = FOUND_CYCLE;
                describe_chain(f, t, n);
            } else if (f->depth + 1 > IMPORT_MAX_HOPS) {
                f->found = FOUND_DEEP;
                describe_chain(f, t, n);
            } else if (al_path_inside(f->root, real) && !seen_at(f, real, f->depth + 1)) {
                f->depth++;
                f->chain[f->depth] = real;
                f->names[f->depth] = name;
                follow(f);
                f->chain[f->depth] = NULL;
                f->names[f->depth] = NULL;
                f->depth--;
            }
            free(name);
        }
        free(real);
        free(path);
    }
    free(toks.v);
    free(dir);
    free(text);
}

/* What the checks of one memory file found, import by import. */
typedef struct {
    import_token tok;
    bool missing;        /* MM001, the import itself */
    bool trailing;       /* ... because of punctuation after the path */
    size_t kept;         /* the length that exists */
    bool folder;         /* the import names a folder */
    bool home;           /* a `~/` import missing on this machine */
    finding_kind behind; /* what following it found */
    char *what;          /* the chain, for the message */
} import_result;

typedef struct {
    import_result *v;
    size_t n;
} import_results;

static void results_free(import_results *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].what);
    free(r->v);
}

static bool is_memory(const al_document *doc)
{
    return doc->input == AL_INPUT_TEXT && doc->kind == AL_KIND_MEMORY;
}

/* Every import of the document, each checked and followed. */
static bool check_imports(al_context *ctx, const al_document *doc, import_results *out)
{
    memset(out, 0, sizeof *out);
    const char *path = al_context_path(ctx);
    token_list toks = {0};
    size_t body = doc->md.body_start;
    if (!find_imports(doc->src.data + body, doc->src.len - body, &doc->md, doc->md.first_line,
                      &toks)) {
        free(toks.v);
        return false;
    }
    if (toks.n == 0) return true;
    out->v = calloc(toks.n, sizeof *out->v);
    char *dir = al_path_dir(path);
    /* the file resolved (through its folder: the text linted may not be on disk) */
    char *self = NULL, *rdir = dir ? realpath(dir, NULL) : NULL;
    if (rdir) {
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        self = al_path_join(rdir, base, strlen(base));
        free(rdir);
    }
    follower f = {0};
    f.root = al_repository_root(path);
    al_strbuf_init(&f.what);
    bool ok = out->v && dir && f.root;
    for (size_t i = 0; ok && i < toks.n; i++) {
        const char *t = doc->src.data + body + toks.v[i].start;
        size_t n = toks.v[i].end - toks.v[i].start;
        if (!path_start(t, n)) continue;
        import_result *r = &out->v[out->n++];
        r->tok = toks.v[i];
        r->tok.start += body;
        r->tok.end += body;
        char *p = token_path(dir, t, n);
        char *real = p ? realpath(p, NULL) : NULL;
        struct stat st;
        if (!real) {
            size_t k = strip_punctuation(t, n);
            char *q = k && k < n ? token_path(dir, t, k) : NULL;
            struct stat qs;
            if (q && stat(q, &qs) == 0) {
                r->missing = r->trailing = true;
                r->kept = k;
            } else if (written_as_file(t, n)) {
                r->missing = true;
                r->home = n >= 2 && t[0] == '~';
            }
            free(q);
        } else if (stat(real, &st) == 0 && S_ISDIR(st.st_mode)) {
            r->folder = true;
        } else if (stat(real, &st) == 0 && S_ISREG(st.st_mode) && self &&
                   al_path_inside(f.root, real)) {
            f.chain[0] = self;
            f.names[0] = "";
            if (strcmp(real, self) == 0) {
                r->behind = FOUND_CYCLE;
                r->what = strndup(t, n);
            } else {
                f.chain[1] = real;
                f.names[1] = strndup(t, n);
                f.depth = 1;
                f.found = FOUND_NOTHING;
                if (f.names[1]) follow(&f);
                r->behind = f.found;
                if (f.found != FOUND_NOTHING && f.what.data) r->what = strdup(f.what.data);
                free(f.names[1]);
                f.names[1] = NULL;
                f.chain[1] = NULL;
            }
        }
        free(real);
        free(p);
        ok = !f.failed;
    }
    for (size_t i = 0; i < f.seen_n; i++)
        free(f.seen[i]);
    free(f.seen);
    free(f.seen_hops);
    al_strbuf_free(&f.what);
    free(f.root);
    free(self);
    free(dir);
    free(toks.v);
    return ok;
}

static const char *token_text(al_context *ctx, const al_document *doc, const import_token *t)
{
    return al_quote(ctx, doc->src.data + t->start, t->end - t->start);
}

void al_check_import_not_found(al_context *ctx, const al_document *doc)
{
    if (!is_memory(doc)) return;
    import_results rs;
    if (!check_imports(ctx, doc, &rs)) {
        results_free(&rs);
        return;
    }
    for (size_t i = 0; i < rs.n; i++) {
        const import_result *r = &rs.v[i];
        const char *tok = token_text(ctx, doc, &r->tok);
        size_t s = r->tok.start - 1, e = r->tok.end;
        if (r->trailing) {
            al_report(ctx, s, e,
                      "`@%s` is not imported: the path runs to the next space, so the `%s` after "
                      "it is read as part of the file name, and Claude Code drops an import that "
                      "does not resolve without a word; put a space or a line end right after "
                      "the path",
                      tok,
                      al_quote(ctx, doc->src.data + r->tok.start + r->kept,
                               r->tok.end - r->tok.start - r->kept));
        } else if (r->missing && r->home) {
            al_report_at(ctx, AL_INFO, s, e,
                         "`@%s` names a file in the home folder that does not exist on this "
                         "machine; whoever lacks it gets none of its instructions, without a "
                         "word",
                         tok);
        } else if (r->missing) {
            al_report(ctx, s, e,
                      "`@%s` does not resolve: no such file (imports are relative to this "
                      "file's folder), and Claude Code drops the import without a word, so "
                      "those instructions never load; fix the path, or write it in backticks "
                      "if it is not an import",
                      tok);
        } else if (r->folder) {
            al_report(ctx, s, e, "`@%s` names a folder, and only a file can be imported", tok);
        } else if (r->behind == FOUND_MISSING) {
            al_report(ctx, s, e,
                      "an import behind `@%s` does not resolve: %s does not exist, and Claude "
                      "Code drops it without a word",
                      tok, r->what ? r->what : "a file");
        }
    }
    results_free(&rs);
}

void al_check_import_cycle(al_context *ctx, const al_document *doc)
{
    if (!is_memory(doc)) return;
    import_results rs;
    if (check_imports(ctx, doc, &rs))
        for (size_t i = 0; i < rs.n; i++)
            if (rs.v[i].behind == FOUND_CYCLE)
                al_report(ctx, rs.v[i].tok.start - 1, rs.v[i].tok.end,
                          "`@%s` leads back to a file already being imported (%s); Claude Code "
                          "loads each file once, so the cycle adds nothing and hides which file "
                          "holds what; remove one of the imports",
                          token_text(ctx, doc, &rs.v[i].tok),
                          rs.v[i].what ? rs.v[i].what : "itself");
    results_free(&rs);
}

void al_check_import_too_deep(al_context *ctx, const al_document *doc)
{
    if (!is_memory(doc)) return;
    import_results rs;
    if (check_imports(ctx, doc, &rs))
        for (size_t i = 0; i < rs.n; i++)
            if (rs.v[i].behind == FOUND_DEEP)
                al_report(ctx, rs.v[i].tok.start - 1, rs.v[i].tok.end,
                          "`@%s` starts a chain of imports more than %d hops deep (%s); Claude "
                          "Code follows imports %d hops, so the last file is not loaded; import "
                          "it from a file nearer the top",
                          token_text(ctx, doc, &rs.v[i].tok), IMPORT_MAX_HOPS,
                          rs.v[i].what ? rs.v[i].what : "", IMPORT_MAX_HOPS);
    results_free(&rs);
}
