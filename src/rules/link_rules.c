/* Rules about links (LK) in the Markdown Claude Code reads: agents,
 * skills, commands and memory files. A skill's other files are reached by
 * its links ("reference.md"), so a link that points nowhere leaves Claude
 * without what the skill promised; a `#fragment` that names no heading
 * points at nothing either.
 *
 * A relative link resolves against the linking file's folder (as GitHub
 * and a skill read it); since a model may also read it from the project's
 * root, a target found there counts too. Targets outside the repository
 * are checked for existence only: never read, so never quoted. Headings
 * are matched by GitHub's anchor rule (lowercase; punctuation dropped;
 * spaces become `-`; a repeated heading gets `-1`, `-2`); letters of other
 * scripts are kept, symbols and emoji dropped. */
#define _GNU_SOURCE /* memmem, realpath */
#include <cmark.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "rules/checks.h"
#include "rules/surface.h"
#include "rules/surface_files.h"
#include "util/strbuf.h"
#include "util/utf8.h"

static bool link_kind(const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT || !doc->md.cmark_root) return false;
    switch (doc->kind) {
    case AL_KIND_AGENT:
    case AL_KIND_SKILL:
    case AL_KIND_COMMAND:
    case AL_KIND_MEMORY:
        return true;
    default:
        return false;
    }
}

/* ---- anchors ---- */

/* A letter or digit of a heading's anchor: ASCII letters (lowercased) and
 * digits, and the letters of other scripts; punctuation, symbols and emoji
 * are dropped (GitHub drops them from anchors too). */
static bool anchor_code_point(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x370 && cp <= 0x1FFF) || (cp >= 0x3040 && cp <= 0x9FFF) ||
           (cp >= 0xAC00 && cp <= 0xD7AF);
}

/* The anchor of a heading's text, as GitHub makes it: letters lowercased,
 * digits, `-` and `_` kept, each space a `-`, anything else dropped. */
static void anchor_key(al_strbuf *sb, const char *s, size_t n)
{
    al_strbuf_clear(sb);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = al_utf8_decode(s + i, n - i, &cp);
        if (!k) {
            i++;
            continue;
        }
        if (cp >= 'A' && cp <= 'Z') cp += 32;
        if (cp == ' ')
            al_strbuf_putc(sb, '-');
        else if (cp < 0x80 && (cp == '-' || cp == '_' || anchor_code_point(cp)))
            al_strbuf_putc(sb, (char)cp);
        else if (cp >= 0x80 && anchor_code_point(cp))
            al_strbuf_append(sb, s + i, k);
        i += k;
    }
}

typedef struct {
    char **keys;
    size_t n, cap;
} anchor_set;

static void anchors_add(anchor_set *a, const char *s, size_t n)
{
    al_strbuf sb;
    al_strbuf_init(&sb);
    anchor_key(&sb, s, n);
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 32;
        char **k = realloc(a->keys, cap * sizeof *k);
        if (!k) {
            al_strbuf_free(&sb);
            return;
        }
        a->keys = k;
        a->cap = cap;
    }
    a->keys[a->n] = strdup(sb.data ? sb.data : "");
    if (a->keys[a->n]) a->n++;
    al_strbuf_free(&sb);
}

static void anchors_free(anchor_set *a)
{
    for (size_t i = 0; i < a->n; i++)
        free(a->keys[i]);
    free(a->keys);
}

/* The fragment names an anchor: a heading's, or that with `-N` for a
 * repeated heading. */
static bool anchors_have(const anchor_set *a, const char *frag, size_t n)
{
    al_strbuf sb;
    al_strbuf_init(&sb);
    anchor_key(&sb, frag, n);
    const char *k = sb.data ? sb.data : "";
    size_t kl = sb.len;
    bool found = false;
    for (size_t i = 0; i < a->n && !found; i++) {
        size_t hl = strlen(a->keys[i]);
        if (strcmp(a->keys[i], k) == 0) found = true;
        /* "install-1": the second "Install" heading */
        else if (kl > hl + 1 && memcmp(a->keys[i], k, hl) == 0 && k[hl] == '-') {
            size_t j = hl + 1;
            while (j < kl && k[j] >= '0' && k[j] <= '9')
                j++;
            found = j == kl;
        }
    }
    al_strbuf_free(&sb);
    return found;
}

/* The rendered text of a heading: its text and code, without markup. */
static void heading_text(cmark_node *h, al_strbuf *sb)
{
    al_strbuf_clear(sb);
    cmark_iter *it = cmark_iter_new(h);
    if (!it) return;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(n);
        if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
            const char *lit = cmark_node_get_literal(n);
            if (lit) al_strbuf_puts(sb, lit);
        } else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) {
            al_strbuf_putc(sb, ' ');
        }
    }
    cmark_iter_free(it);
}

/* `id="x"`, `name="x"` (HTML anchors) and `{#x}` in raw text. */
static void raw_anchors(anchor_set *a, const char *s, size_t n)
{
    static const char *const marks[] = {"id=\"", "name=\"", "{#"};
    for (size_t m = 0; m < 3; m++) {
        size_t ml = strlen(marks[m]);
        for (const char *p = s; (p = memmem(p, (size_t)(s + n - p), marks[m], ml)); p += ml) {
            const char *v = p + ml;
            const char *end = v;
            while (end < s + n && *end != '"' && *end != '}' && *end != '\n')
                end++;
            if (end > v) anchors_add(a, v, (size_t)(end - v));
        }
    }
}

static void tree_anchors(anchor_set *a, cmark_node *root)
{
    al_strbuf sb;
    al_strbuf_init(&sb);
    cmark_iter *it = cmark_iter_new(root);
    if (it) {
        cmark_event_type ev;
        while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
            cmark_node *n = cmark_iter_get_node(it);
            if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_HEADING) continue;
            heading_text(n, &sb);
            anchors_add(a, sb.data ? sb.data : "", sb.len);
        }
        cmark_iter_free(it);
    }
    al_strbuf_free(&sb);
}

/* The anchors of another Markdown file (read only inside the repository). */
static bool file_anchors(anchor_set *a, const char *path)
{
    size_t len;
    char *text = al_read_small_file(path, AL_MEMORY_MAX_BYTES, &len);
    if (!text) return false;
    cmark_node *root = cmark_parse_document(text, len, CMARK_OPT_DEFAULT);
    if (root) {
        tree_anchors(a, root);
        cmark_node_free(root);
    }
    raw_anchors(a, text, len);
    free(text);
    return true;
}

/* ---- links ---- */

typedef struct {
    char *path;        /* decoded, without query and fragment; "" for `#frag` */
    char *fragment;    /* decoded, or NULL */
    size_t start, end; /* where the destination is written */
} link_ref;

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* %XX decoded (malloc'd). */
static char *percent_decode(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    if (!out) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int hi, lo;
        if (s[i] == '%' && i + 2 < n && (hi = hex_value(s[i + 1])) >= 0 &&
            (lo = hex_value(s[i + 2])) >= 0) {
            out[k++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            out[k++] = s[i];
        }
    }
    out[k] = '\0';
    return out;
}

/* Whether a destination is a file link this checks: not a URL, an e-mail,
 * a template or a glob. */
static bool local_destination(const char *url)
{
    if (!url || !*url) return false;
    size_t i = 0;
    while ((url[i] >= 'a' && url[i] <= 'z') || (url[i] >= 'A' && url[i] <= 'Z') ||
           (url[i] >= '0' && url[i] <= '9') || url[i] == '+' || url[i] == '.' || url[i] == '-')
        i++;
    if (i > 0 && url[i] == ':') return false; /* scheme: http:, mailto:, file: */
    if (url[0] == '/' && url[1] == '/') return false;
    return !strpbrk(url, "${}*<>|") && !strstr(url, "{{");
}

/* Where the destination is written: in the lines of its block, else
 * anywhere in the body (a reference definition), else the block's start. */
static void locate(const al_document *doc, cmark_node *link, const char *url, size_t *start,
                   size_t *end)
{
    cmark_node *block = link;
    while (block && cmark_node_get_start_line(block) == 0)
        block = cmark_node_parent(block);
    size_t first = doc->md.first_line, s, e, unused;
    size_t l0 = first + (size_t)(block ? cmark_node_get_start_line(block) : 1) - 1;
    size_t l1 = first + (size_t)(block ? cmark_node_get_end_line(block) : 1) - 1;
    if (l1 > doc->src.line_count) l1 = doc->src.line_count;
    if (l0 > l1) l0 = l1;
    al_source_line_span(&doc->src, l0, &s, &unused);
    al_source_line_span(&doc->src, l1, &unused, &e);
    size_t n = strlen(url);
    const char *hit = n ? memmem(doc->src.data + s, e - s, url, n) : NULL;
    if (!hit && n) {
        size_t b = doc->md.body_start;
        hit = memmem(doc->src.data + b, doc->src.len - b, url, n);
    }
    if (hit) {
        *start = (size_t)(hit - doc->src.data);
        *end = *start + n;
    } else {
        *start = s;
        *end = e;
    }
}

typedef struct {
    link_ref *v;
    size_t n, cap;
} link_list;

static void links_free(link_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].path);
        free(l->v[i].fragment);
    }
    free(l->v);
}

static void collect_links(const al_document *doc, link_list *out)
{
    cmark_iter *it = cmark_iter_new(doc->md.cmark_root);
    if (!it) return;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(n);
        if (ev != CMARK_EVENT_ENTER || (t != CMARK_NODE_LINK && t != CMARK_NODE_IMAGE)) continue;
        const char *url = cmark_node_get_url(n);
        if (!local_destination(url)) continue;
        if (out->n == out->cap) {
            size_t cap = out->cap ? out->cap * 2 : 16;
            link_ref *v = realloc(out->v, cap * sizeof *v);
            if (!v) break;
            out->v = v;
            out->cap = cap;
        }
        link_ref *r = &out->v[out->n];
        size_t ul = strcspn(url, "?#");
        const char *hash = strchr(url, '#');
        r->path = percent_decode(url, ul);
        r->fragment = hash && hash[1] ? percent_decode(hash + 1, strlen(hash + 1)) : NULL;
        if (!r->path) {
            free(r->fragment);
            continue;
        }
        locate(doc, n, url, &r->start, &r->end);
        out->n++;
    }
    cmark_iter_free(it);
}

/* The target of a link, resolved (malloc'd), or NULL when it exists
 * nowhere: beside the file, or from the project's or repository's root. */
static char *resolve_target(const char *file, const char *root, const char *target)
{
    char *dir = al_path_dir(file);
    char *p = dir ? al_path_join(dir, target, strlen(target)) : NULL;
    char *real = p ? realpath(p, NULL) : NULL;
    free(p);
    free(dir);
    if (real) return real;
    /* a project-relative or repository-relative link */
    char *project = al_project_root_of(file);
    const char *rel = target;
    while (rel[0] == '/')
        rel++;
    const char *bases[] = {project, root};
    for (size_t i = 0; i < 2 && !real; i++) {
        if (!bases[i]) continue;
        char *q = al_path_join(bases[i], rel, strlen(rel));
        real = q ? realpath(q, NULL) : NULL;
        free(q);
    }
    free(project);
    return real;
}

/* A path written as a file: a folder in it, or an extension at its end. */
static bool written_as_file(const char *p)
{
    if (strchr(p, '/')) return true;
    const char *dot = strrchr(p, '.');
    if (!dot || dot == p || !dot[1] || strlen(dot + 1) > 10) return false;
    for (const char *c = dot + 1; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')))
            return false;
    return true;
}

static bool markdown_name(const char *path)
{
    size_t n = strlen(path);
    return (n > 3 && strcmp(path + n - 3, ".md") == 0) ||
           (n > 9 && strcmp(path + n - 9, ".markdown") == 0) ||
           (n > 4 && strcmp(path + n - 4, ".mdx") == 0);
}

static void check_links(al_context *ctx, const al_document *doc, bool fragments)
{
    if (!link_kind(doc)) return;
    link_list links = {0};
    collect_links(doc, &links);
    if (links.n == 0) {
        links_free(&links);
        return;
    }
    const char *path = al_context_path(ctx);
    char *root = al_repository_root(path);
    anchor_set own = {0};
    bool own_done = false;
    for (size_t i = 0; i < links.n; i++) {
        const link_ref *l = &links.v[i];
        const char *shown = al_quote(ctx, doc->src.data + l->start, l->end - l->start);
        if (!l->path[0]) { /* `#fragment` in this file */
            if (!fragments || !l->fragment) continue;
            if (!own_done) {
                tree_anchors(&own, doc->md.cmark_root);
                raw_anchors(&own, doc->src.data, doc->src.len);
                own_done = true;
            }
            if (!anchors_have(&own, l->fragment, strlen(l->fragment)))
                al_report(ctx, l->start, l->end,
                          "link `%s` names no heading of this file, so it points at nothing; "
                          "check the heading's spelling (anchors are the heading in lowercase, "
                          "punctuation dropped, spaces as `-`)",
                          shown);
            continue;
        }
        char *real = resolve_target(path, root, l->path);
        if (!real) {
            /* `/x` means the repository's root on GitHub, the file system's
             * root elsewhere: which one is not known, so it is not reported;
             * nor is a word that is no file name (`[link](url)`) */
            if (!fragments && l->path[0] != '/' && written_as_file(l->path))
                al_report(ctx, l->start, l->end,
                          "link `%s` points to a file that does not exist (relative to this "
                          "file's folder, or the project's), so whoever follows it finds "
                          "nothing; fix the path",
                          shown);
            continue;
        }
        if (fragments && l->fragment && root && al_path_inside(root, real) && markdown_name(real)) {
            anchor_set other = {0};
            struct stat st;
            if (stat(real, &st) == 0 && S_ISREG(st.st_mode) && file_anchors(&other, real) &&
                !anchors_have(&other, l->fragment, strlen(l->fragment)))
                al_report(ctx, l->start, l->end,
                          "link `%s` names a heading the target file does not have, so it lands "
                          "at the top of the file; check the heading's spelling",
                          shown);
            anchors_free(&other);
        }
        free(real);
    }
    anchors_free(&own);
    free(root);
    links_free(&links);
}

void al_check_broken_link(al_context *ctx, const al_document *doc)
{
    check_links(ctx, doc, false);
}

void al_check_broken_link_fragment(al_context *ctx, const al_document *doc)
{
    check_links(ctx, doc, true);
}
