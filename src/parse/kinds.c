/* File kinds: names, and the decision from the options, the configuration,
 * the place, the content and the folder. The patterns and keys are data
 * (spec/file_kinds.c); this file only applies them.
 *
 * The decision never depends on a defect: the content step reads the keys
 * of the front matter line by line (a front matter that does not parse, is
 * not closed or starts late still names its keys), counts a near miss of a
 * required key as the key, and a file without front matter among agents is
 * an agent. It gives one answer however the file is reached: walked or named
 * alone, the folder step reads the same neighbours, each through the same
 * AL_KIND_HEAD_BYTES. */
#define _DEFAULT_SOURCE /* strndup, O_CLOEXEC */
#include "parse/kinds.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config.h"
#include "core/options.h"
#include "parse/frontmatter.h"
#include "spec/claude_code.h"
#include "spec/file_kinds.h"
#include "util/suggest.h"

/* Folders whose facts a cache keeps: the walk finishes one folder before the
 * next, so a few recent ones serve every thread of a run. */
#define AL_KIND_CACHE_SLOTS 16
/* How far above a file the project root (`.git`) and a SKILL.md are looked for. */
#define AL_KIND_MAX_ASCENT 64

const char *al_kind_name(al_file_kind kind)
{
    return kind < AL_KIND_COUNT ? al_kind_names[kind] : "auto";
}

int al_kind_parse(const char *text)
{
    for (int i = 0; text && i < AL_KIND_COUNT; i++)
        if (strcmp(al_kind_names[i], text) == 0) return i;
    return -1;
}

bool al_kind_is_json(al_file_kind kind)
{
    return kind == AL_KIND_PLUGIN_MANIFEST || kind == AL_KIND_SETTINGS ||
           kind == AL_KIND_PLUGIN_HOOKS || kind == AL_KIND_MCP_CONFIG;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void say(char *why, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void say(char *why, size_t size, const char *fmt, ...)
{
    if (!why || size == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, size, fmt, ap);
    va_end(ap);
}

/* ---- what is known about a folder ---- */

typedef struct {
    uint64_t hash; /* of the file name */
    bool agent;    /* its own front matter says agent */
} sibling;

typedef struct {
    char *folder; /* as the path names it: "specs", ".", "/" */
    unsigned long long used;
    /* The project around it, for patterns anchored there. */
    bool have_project;
    char *project_rel; /* the folder below the project root ("" at the root); NULL: unknown */
    bool in_skill;     /* it or a folder above it, within the project, holds a SKILL.md */
    /* Its Markdown files whose kind only the content decides. */
    bool have_siblings;
    sibling *sibs; /* sorted by hash */
    size_t sib_count, agents;
} folder_info;

struct al_kind_cache {
    pthread_mutex_t lock;
    folder_info slots[AL_KIND_CACHE_SLOTS];
    unsigned long long clock;
};

static void folder_info_clear(folder_info *f)
{
    free(f->folder);
    free(f->project_rel);
    free(f->sibs);
    memset(f, 0, sizeof *f);
}

al_kind_cache *al_kind_cache_new(void)
{
    al_kind_cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    if (pthread_mutex_init(&c->lock, NULL) != 0) {
        free(c);
        return NULL;
    }
    return c;
}

void al_kind_cache_free(al_kind_cache *c)
{
    if (!c) return;
    for (size_t i = 0; i < AL_KIND_CACHE_SLOTS; i++)
        folder_info_clear(&c->slots[i]);
    pthread_mutex_destroy(&c->lock);
    free(c);
}

/* The folder part of path: "specs/a.md" -> "specs", "a.md" -> ".". */
static char *folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return strdup(".");
    if (slash == path) return strdup("/");
    return strndup(path, (size_t)(slash - path));
}

/* The cache's entry for folder (made empty when new), under the lock. */
static folder_info *cache_slot(al_kind_cache *c, const char *folder)
{
    folder_info *oldest = &c->slots[0];
    for (size_t i = 0; i < AL_KIND_CACHE_SLOTS; i++) {
        folder_info *f = &c->slots[i];
        if (f->folder && strcmp(f->folder, folder) == 0) {
            f->used = ++c->clock;
            return f;
        }
        if (!f->folder || f->used < oldest->used) oldest = f;
    }
    folder_info_clear(oldest);
    if (!(oldest->folder = strdup(folder))) return NULL;
    oldest->used = ++c->clock;
    return oldest;
}

static bool exists(const char *dir, size_t dir_len, const char *name)
{
    size_t nl = strlen(name);
    char *p = malloc(dir_len + 1 + nl + 1);
    if (!p) return false;
    memcpy(p, dir, dir_len);
    p[dir_len] = '/';
    memcpy(p + dir_len + 1, name, nl + 1);
    struct stat st;
    bool found = lstat(p, &st) == 0;
    free(p);
    return found;
}

/* The project root of an absolute folder: the nearest folder at or above it
 * holding `.git`, else the working directory when the folder is in it, else
 * "/". Returned as a prefix length of abs (0 for "/"). */
static size_t project_root(const char *abs)
{
    size_t n = strlen(abs);
    for (size_t end = n, steps = 0; end > 0 && steps < AL_KIND_MAX_ASCENT; steps++) {
        if (exists(abs, end, ".git")) return end;
        while (end > 0 && abs[end - 1] != '/')
            end--;
        if (end > 0) end--; /* the '/' */
    }
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd)) {
        size_t cl = strlen(cwd);
        if (cl > 1 && strncmp(abs, cwd, cl) == 0 && (abs[cl] == '/' || abs[cl] == '\0')) return cl;
    }
    return 0;
}

bool al_kind_claude_loads_skill(const char *path, const char *plugin_root)
{
    if (plugin_root) return true;
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    while (path[0] == '/')
        path++;
    return al_glob_match("**/.claude/skills/*/SKILL.md", path);
}

char *al_kind_project_root(const char *path)
{
    char *abs = al_path_absolute(path);
    if (!abs) return NULL;
    char *slash = strrchr(abs, '/');
    if (slash) *slash = '\0'; /* the file's folder */
    size_t root = project_root(abs);
    if (root == 0) {
        free(abs);
        return strdup("/");
    }
    abs[root] = '\0';
    return abs;
}

/* project_rel and in_skill of f. */
static void learn_project(folder_info *f)
{
    f->have_project = true;
    char *abs = al_path_absolute(f->folder);
    if (!abs) return;
    size_t root = project_root(abs), n = strlen(abs);
    const char *rel = abs + root;
    while (*rel == '/')
        rel++;
    f->project_rel = strdup(rel);
    /* A SKILL.md in the folder or above it, up to the project root. */
    for (size_t end = n, steps = 0; end >= root && end > 0 && steps < AL_KIND_MAX_ASCENT; steps++) {
        if (exists(abs, end, "SKILL.md")) {
            f->in_skill = true;
            break;
        }
        if (end == root) break;
        while (end > root && abs[end - 1] != '/')
            end--;
        if (end > root) end--;
    }
    free(abs);
}

/* ---- the place ---- */

/* A glob with a `/` against the whole path (without "./" or a leading "/"),
 * one without against the file name. */
static bool pattern_matches(const char *glob, const char *path)
{
    if (!strchr(glob, '/')) return al_glob_match(glob, base_name(path));
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    while (path[0] == '/')
        path++;
    return al_glob_match(glob, path);
}

/* The nearest folder above path holding <marker>/<manifest>, as a prefix
 * length of path including its final '/' (0 for the working directory). */
static bool find_manifest_above(const char *path, const char *marker, const char *manifest,
                                size_t *root_len)
{
    size_t n = strlen(path);
    char *probe = malloc(n + strlen(marker) + strlen(manifest) + 3);
    if (!probe) return false;
    bool found = false;
    for (size_t end = n; !found;) {
        while (end > 0 && path[end - 1] != '/')
            end--;
        /* path[0..end) is a folder with its '/', or empty: the working directory */
        memcpy(probe, path, end);
        sprintf(probe + end, "%s/%s", marker, manifest);
        if (access(probe, F_OK) == 0) {
            found = true;
            *root_len = end;
        }
        if (end == 0) break;
        end--; /* past the '/' */
    }
    free(probe);
    return found;
}

/* A marketplace's plugins without a manifest of their own (`"strict":
 * false`, as in wshobson/agents): the `source` folders its marketplace.json
 * lists. The plugin root is the listed folder that holds path. */
static bool find_marketplace_plugin(const char *path, size_t *root_len)
{
    size_t mk;
    if (!find_manifest_above(path, ".claude-plugin", "marketplace.json", &mk)) return false;
    char *file = malloc(mk + sizeof ".claude-plugin/marketplace.json");
    if (!file) return false;
    memcpy(file, path, mk);
    strcpy(file + mk, ".claude-plugin/marketplace.json");
    json_t *root = json_load_file(file, 0, NULL);
    free(file);
    bool found = false;
    size_t i;
    json_t *entry;
    json_array_foreach(json_object_get(root, "plugins"), i, entry)
    {
        const char *src = json_string_value(json_object_get(entry, "source"));
        if (!src || src[0] == '/' || strstr(src, "://")) continue;
        while (src[0] == '.' && src[1] == '/')
            src += 2;
        size_t sl = strlen(src);
        while (sl > 0 && src[sl - 1] == '/')
            sl--;
        if (sl == 0) continue;
        if (strncmp(path + mk, src, sl) == 0 && path[mk + sl] == '/') {
            *root_len = mk + sl + 1;
            found = true;
            break;
        }
    }
    json_decref(root);
    return found;
}

/* Whether a folder of path is named like the first folder of pattern p
 * ("agents", "commands", "rules"): only then can a plugin root make it
 * match, so only then is the file system asked (every file of a large tree
 * would otherwise probe each folder above it). */
static bool may_match_below_root(const al_kind_pattern *p, const char *path)
{
    const char *g = p->glob;
    size_t n = strcspn(g, "/");
    if (strcspn(g, "*?[") < n) return true;
    for (const char *seg = path; seg; seg = strchr(seg, '/'), seg = seg ? seg + 1 : NULL)
        if (strncmp(seg, g, n) == 0 && seg[n] == '/') return true;
    return false;
}

static bool find_plugin_root(const char *path, size_t *root_len)
{
    return find_manifest_above(path, ".claude-plugin", "plugin.json", root_len) ||
           find_marketplace_plugin(path, root_len);
}

/* Whether name is one of the folders of rel (a folder's path below the
 * project): only then can a pattern `**`, `/name/`, `**` anchored at the
 * project match a file in it. */
static bool has_folder_named(const char *rel, const char *name, size_t len)
{
    for (const char *seg = rel; seg; seg = strchr(seg, '/'), seg = seg ? seg + 1 : NULL)
        if (strncmp(seg, name, len) == 0 && (seg[len] == '/' || seg[len] == '\0')) return true;
    return false;
}

/* The literal folder name of a pattern `**`, `/name/`, `**`, or NULL. */
static const char *anchored_folder(const char *glob, size_t *len)
{
    if (strncmp(glob, "**/", 3) != 0) return NULL;
    const char *name = glob + 3;
    *len = strcspn(name, "/");
    if (strcmp(name + *len, "/**") != 0 || strcspn(name, "*?[") < *len) return NULL;
    return name;
}

static al_file_kind kind_from_globs(const al_options *opts, const char *path, char *why,
                                    size_t why_size)
{
    if (!opts || opts->kind_glob_count == 0) return AL_KIND_AUTO;
    char *abs = al_path_absolute(path);
    if (!abs) return AL_KIND_AUTO;
    al_file_kind kind = AL_KIND_AUTO;
    for (size_t i = opts->kind_glob_count; i-- > 0 && kind == AL_KIND_AUTO;) {
        const al_kind_glob *g = &opts->kind_globs[i];
        size_t bl = strlen(g->base);
        const char *rel = NULL;
        if (strcmp(g->base, "/") == 0)
            rel = abs + 1;
        else if (strncmp(abs, g->base, bl) == 0 && abs[bl] == '/')
            rel = abs + bl + 1;
        if (rel && al_glob_match_path(g->glob, rel)) {
            kind = g->kind;
            say(why, why_size, "kinds: \"%s\" in the configuration", g->glob);
        }
    }
    free(abs);
    return kind;
}

/* What a folder needs for its place patterns: the cache's entry (locked by
 * the caller) or one of the caller's own. */
typedef struct {
    folder_info *info;
    folder_info own;
} folder_ref;

static folder_info *project_facts(folder_ref *r, const char *path)
{
    if (!r->info) {
        r->info = &r->own;
        if (!(r->own.folder = folder_of(path))) return NULL;
    }
    if (!r->info->have_project) learn_project(r->info);
    return r->info;
}

/* The path table, first match wins; fi gives the folder's facts. */
static al_file_kind place_kind(const char *path, folder_ref *fr, char **plugin_root, char *why,
                               size_t why_size)
{
    bool root_looked[2] = {false, false}, have_root[2] = {false, false};
    size_t root_len[2] = {0, 0};
    al_file_kind kind = AL_KIND_AUTO;
    for (size_t i = 0; i < al_kind_pattern_count && kind == AL_KIND_AUTO; i++) {
        const al_kind_pattern *p = &al_kind_patterns[i];
        switch (p->anchor) {
        case AL_KIND_ANCHOR_PATH:
            if (!pattern_matches(p->glob, path)) continue;
            /* a plugin's skills are namespaced like its agents */
            if (p->kind == AL_KIND_SKILL && plugin_root && find_plugin_root(path, &root_len[0]) &&
                al_glob_match("skills/*/SKILL.md", path + root_len[0])) {
                *plugin_root = root_len[0] ? strndup(path, root_len[0] - 1) : strdup(".");
                if (!*plugin_root) goto out;
            }
            break;
        case AL_KIND_ANCHOR_PLUGIN_ROOT:
        case AL_KIND_ANCHOR_CURSOR_PLUGIN_ROOT: {
            int c = p->anchor == AL_KIND_ANCHOR_CURSOR_PLUGIN_ROOT;
            if (!root_looked[c]) {
                if (!may_match_below_root(p, path)) continue;
                have_root[c] =
                    c ? find_manifest_above(path, ".cursor-plugin", "plugin.json", &root_len[c])
                      : find_plugin_root(path, &root_len[c]);
                root_looked[c] = true;
            }
            if (!have_root[c] || !al_glob_match(p->glob, path + root_len[c])) continue;
            if (plugin_root && !c) {
                *plugin_root = root_len[c] ? strndup(path, root_len[c] - 1) : strdup(".");
                if (!*plugin_root) goto out;
            }
            break;
        }
        case AL_KIND_ANCHOR_PROJECT: {
            folder_info *fi = project_facts(fr, path);
            if (!fi || !fi->project_rel) continue;
            size_t nl;
            const char *name = anchored_folder(p->glob, &nl);
            if (name && !has_folder_named(fi->project_rel, name, nl)) continue;
            size_t rl = strlen(fi->project_rel);
            const char *base = base_name(path);
            char *rel = malloc(rl + 1 + strlen(base) + 1);
            if (!rel) goto out;
            sprintf(rel, "%s%s%s", fi->project_rel, rl ? "/" : "", base);
            bool hit = al_glob_match(p->glob, rel);
            free(rel);
            if (!hit) continue;
            break;
        }
        case AL_KIND_ANCHOR_SKILL_ROOT: {
            if (strcmp(base_name(path), "SKILL.md") == 0) continue;
            folder_info *fi = project_facts(fr, path);
            if (!fi || !fi->in_skill) continue;
            break;
        }
        }
        kind = p->kind;
        say(why, why_size, "%s", p->why);
    }
out:
    return kind;
}

al_file_kind al_kind_resolve(const al_options *opts, const char *path, char **plugin_root,
                             char *why, size_t why_size)
{
    if (plugin_root) *plugin_root = NULL;
    if (opts && opts->forced_kind != AL_KIND_AUTO) {
        say(why, why_size, "--kind %s", al_kind_name(opts->forced_kind));
        return opts->forced_kind;
    }
    if (!path || strcmp(path, "-") == 0) return AL_KIND_AUTO;
    al_file_kind kind = kind_from_globs(opts, path, why, why_size);
    if (kind != AL_KIND_AUTO) return kind;
    folder_ref fr = {NULL, {0}};
    al_kind_cache *cache = opts ? opts->kind_cache : NULL;
    if (cache) {
        char *folder = folder_of(path);
        pthread_mutex_lock(&cache->lock);
        fr.info = folder ? cache_slot(cache, folder) : NULL;
        kind = place_kind(path, &fr, plugin_root, why, why_size);
        pthread_mutex_unlock(&cache->lock);
        free(folder);
    } else {
        kind = place_kind(path, &fr, plugin_root, why, why_size);
    }
    folder_info_clear(&fr.own);
    return kind;
}

al_file_kind al_kind_for_path(const al_options *opts, const char *path)
{
    return al_kind_resolve(opts, path, NULL, NULL, 0);
}

/* ---- the content ---- */

typedef struct {
    bool has_front_matter;
    const char *name, *description; /* the key that stands for each (a near miss too) */
    size_t name_len, description_len;
    const char *agent_key; /* the first other Claude Code agent key */
    size_t agent_key_len;
    const al_foreign_key *foreign;
    const char *placeholder; /* the key whose value is a {{...}} placeholder */
    size_t placeholder_len;
} content_signal;

/* A key at the left margin: letters, digits, `_` and `-`, then `:` and a
 * space, a tab or the line's end. */
static size_t key_at(const char *s, size_t len)
{
    size_t i = 0;
    if (len == 0 || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') || s[0] == '_'))
        return 0;
    while (i < len && (s[i] == '_' || s[i] == '-' || (s[i] >= 'a' && s[i] <= 'z') ||
                       (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
        i++;
    if (i >= len || s[i] != ':') return 0;
    if (i + 1 < len && s[i + 1] != ' ' && s[i + 1] != '\t' && s[i + 1] != '\r') return 0;
    return i;
}

/* Whether key stands for required (a required agent key): the key itself, a
 * case variant, or a near miss with the same first letter (`descripton`,
 * `nmae`); another key of the agent table is never a near miss. */
static bool stands_for(const char *key, size_t len, const char *required)
{
    size_t rl = strlen(required);
    if (len == rl && strncasecmp(key, required, rl) == 0) return true;
    if (len < 3 || (key[0] | 0x20) != required[0]) return false;
    if (al_cc_field_find(key, len)) return false;
    size_t limit = rl <= 4 ? 1 : 2;
    return al_edit_distance(key, len, required, rl, limit) <= limit;
}

/* The value after `key:` on its line is a {{...}} placeholder, quoted or not. */
static bool placeholder_value(const char *v, size_t len)
{
    while (len && (*v == ' ' || *v == '\t')) {
        v++;
        len--;
    }
    while (len && (v[len - 1] == ' ' || v[len - 1] == '\t' || v[len - 1] == '\r'))
        len--;
    if (len >= 2 && (v[0] == '"' || v[0] == '\'') && v[len - 1] == v[0]) {
        v++;
        len -= 2;
    }
    return len >= 4 && memcmp(v, "{{", 2) == 0 && memcmp(v + len - 2, "}}", 2) == 0;
}

static const al_foreign_key *foreign_key(const char *key, size_t len)
{
    for (size_t i = 0; i < al_foreign_key_count; i++)
        if (strlen(al_foreign_keys[i].key) == len && memcmp(al_foreign_keys[i].key, key, len) == 0)
            return &al_foreign_keys[i];
    return NULL;
}

/* The keys of the front matter in the first bytes of a text. */
static void read_signal(const char *data, size_t len, content_signal *sig)
{
    memset(sig, 0, sizeof *sig);
    if (!data) return;
    if (len > AL_KIND_HEAD_BYTES) len = AL_KIND_HEAD_BYTES;
    al_fm_span sp;
    al_frontmatter_locate(data, len, &sp);
    if (sp.status == AL_FM_ABSENT) return;
    sig->has_front_matter = true;
    for (size_t i = sp.content_start; i < sp.content_end;) {
        const char *nl = memchr(data + i, '\n', sp.content_end - i);
        size_t end = nl ? (size_t)(nl - data) : sp.content_end;
        const char *line = data + i;
        size_t line_len = end - i, kl = key_at(line, line_len);
        i = end + 1;
        if (!kl) continue;
        bool is_name = !sig->name && stands_for(line, kl, al_agent_required_keys[0]);
        bool is_description =
            !is_name && !sig->description && stands_for(line, kl, al_agent_required_keys[1]);
        bool required = is_name || is_description || stands_for(line, kl, "name") ||
                        stands_for(line, kl, "description");
        if (is_name) {
            sig->name = line;
            sig->name_len = kl;
        } else if (is_description) {
            sig->description = line;
            sig->description_len = kl;
        } else if (!required && !sig->agent_key && al_cc_field_find(line, kl)) {
            sig->agent_key = line;
            sig->agent_key_len = kl;
        } else if (!required && !sig->foreign) {
            sig->foreign = foreign_key(line, kl);
        }
        if ((is_name || is_description) && !sig->placeholder &&
            placeholder_value(line + kl + 1, line_len - kl - 1)) {
            sig->placeholder = line;
            sig->placeholder_len = kl;
        }
    }
}

static bool signal_says_agent(const content_signal *s)
{
    if (s->foreign || s->placeholder) return false;
    return (s->name && s->description) || ((s->name || s->description) && s->agent_key);
}

/* "front matter: name, descripton, tools" */
static void signal_why(const content_signal *s, char *why, size_t size)
{
    char keys[3][72];
    int n = 0;
    const char *k[3] = {s->name, s->description, s->agent_key};
    size_t kl[3] = {s->name_len, s->description_len, s->agent_key_len};
    for (int i = 0; i < 3; i++)
        if (k[i]) snprintf(keys[n++], sizeof keys[0], "%.*s", (int)(kl[i] > 64 ? 64 : kl[i]), k[i]);
    say(why, size, "front matter: %s%s%s%s%s", n > 0 ? keys[0] : "", n > 1 ? ", " : "",
        n > 1 ? keys[1] : "", n > 2 ? ", " : "", n > 2 ? keys[2] : "");
}

/* ---- the folder ---- */

static uint64_t name_hash(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h;
}

static int compare_siblings(const void *pa, const void *pb)
{
    const sibling *a = pa, *b = pb;
    return a->hash < b->hash ? -1 : a->hash > b->hash;
}

static const sibling *find_sibling(const folder_info *f, const char *name)
{
    sibling key = {name_hash(name), false};
    return f->sib_count ? bsearch(&key, f->sibs, f->sib_count, sizeof key, compare_siblings) : NULL;
}

/* The first AL_KIND_HEAD_BYTES of a file into buf: its length, or -1 when
 * it cannot be read. Not stat'ed first: a folder fails to read, and a FIFO
 * opened without blocking gives nothing; a short read is the end (a
 * neighbour is only looked at, so one call per file is what it costs). */
static long read_head(const char *path, char *buf)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return -1;
    ssize_t r;
    do
        r = read(fd, buf, AL_KIND_HEAD_BYTES);
    while (r < 0 && errno == EINTR);
    close(fd);
    return r < 0 ? -1 : (long)r;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && strcmp(s + n - k, suffix) == 0;
}

/* Reads every Markdown file of the folder whose place decides nothing: is
 * its front matter an agent's? Once per folder, in the order readdir gives
 * (a count needs none), keeping a hash and a flag per file. */
static void learn_siblings(const al_options *opts, folder_ref *fr)
{
    folder_info *f = fr->info;
    f->have_siblings = true;
    DIR *dir = opendir(f->folder);
    if (!dir) return;
    char *buf = malloc(AL_KIND_HEAD_BYTES);
    size_t fl = strlen(f->folder), n = 0, cap = 0, agents = 0;
    sibling *sibs = NULL;
    char *path = NULL;
    size_t path_cap = 0;
    for (struct dirent *e; buf && (e = readdir(dir));) {
        if (!ends_with(e->d_name, ".md")) continue;
        size_t len = fl + 1 + strlen(e->d_name) + 1;
        if (len > path_cap) {
            char *p = realloc(path, len);
            if (!p) break;
            path = p;
            path_cap = len;
        }
        snprintf(path, len, "%s%s%s", f->folder, strcmp(f->folder, "/") ? "/" : "", e->d_name);
        if (kind_from_globs(opts, path, NULL, 0) != AL_KIND_AUTO ||
            place_kind(path, fr, NULL, NULL, 0) != AL_KIND_AUTO)
            continue;
        long got = read_head(path, buf);
        if (got < 0) continue;
        if (n == cap) {
            size_t c = cap ? cap * 2 : 64;
            sibling *grown = realloc(sibs, c * sizeof *grown);
            if (!grown) break;
            sibs = grown;
            cap = c;
        }
        content_signal sig;
        read_signal(buf, (size_t)got, &sig);
        sibs[n].hash = name_hash(e->d_name);
        sibs[n].agent = signal_says_agent(&sig);
        agents += sibs[n].agent;
        n++;
    }
    closedir(dir);
    free(path);
    free(buf);
    if (n) qsort(sibs, n, sizeof *sibs, compare_siblings);
    f->sibs = sibs;
    f->sib_count = n;
    f->agents = agents;
}

/* Whether the other Markdown files of path's folder are agents: at least
 * one, and more than half of them. */
static bool among_agents(const al_options *opts, const char *path, char *why, size_t why_size)
{
    folder_ref fr = {NULL, {0}};
    al_kind_cache *cache = opts ? opts->kind_cache : NULL;
    char *folder = folder_of(path);
    if (!folder) return false;
    if (cache) {
        pthread_mutex_lock(&cache->lock);
        fr.info = cache_slot(cache, folder);
    } else {
        fr.info = &fr.own;
        fr.own.folder = folder;
        folder = NULL;
    }
    bool yes = false;
    if (fr.info) {
        if (!fr.info->have_siblings) learn_siblings(opts, &fr);
        const folder_info *f = fr.info;
        const sibling *self = find_sibling(f, base_name(path));
        size_t others = f->sib_count - (self != NULL);
        size_t agents = f->agents - (self && self->agent);
        yes = agents >= 1 && agents * 2 > others;
        if (yes)
            say(why, why_size,
                "among agents: %zu of the %zu other Markdown files in %s/ are agents", agents,
                others, f->folder);
    }
    if (cache) pthread_mutex_unlock(&cache->lock);
    free(folder);
    folder_info_clear(&fr.own);
    return yes;
}

/* ---- the decision ---- */

bool al_kind_decide(const al_options *opts, const char *path, const char *data, size_t len,
                    al_kind_decision *d)
{
    memset(d, 0, sizeof *d);
    bool named = path && strcmp(path, "-") != 0;
    if (opts && opts->forced_kind != AL_KIND_AUTO) {
        d->kind = opts->forced_kind;
        d->basis = AL_KIND_BASIS_OPTION;
        say(d->why, sizeof d->why, "--kind %s", al_kind_name(d->kind));
        return true;
    }
    if (named && (d->kind = kind_from_globs(opts, path, d->why, sizeof d->why)) != AL_KIND_AUTO) {
        d->basis = AL_KIND_BASIS_CONFIG;
        /* a plugin's agent or command chosen by a glob is still the plugin's */
        char *root = NULL;
        al_file_kind placed = al_kind_resolve(NULL, path, &root, NULL, 0);
        if (placed == d->kind)
            d->plugin_root = root;
        else
            free(root);
        return true;
    }
    content_signal sig;
    read_signal(data, len, &sig);
    if (sig.placeholder) {
        d->kind = AL_KIND_DOCUMENTATION;
        d->basis = AL_KIND_BASIS_TEMPLATE;
        say(d->why, sizeof d->why, "template: `%.*s` is a {{...}} placeholder",
            (int)(sig.placeholder_len > 64 ? 64 : sig.placeholder_len), sig.placeholder);
        return true;
    }
    if (named) {
        d->kind = al_kind_resolve(opts, path, &d->plugin_root, d->why, sizeof d->why);
        if (d->kind != AL_KIND_AUTO) {
            d->basis = AL_KIND_BASIS_PLACE;
            return true;
        }
    }
    if (sig.foreign) {
        d->kind = AL_KIND_DOCUMENTATION;
        d->basis = AL_KIND_BASIS_FOREIGN;
        say(d->why, sizeof d->why, "front matter of a %s (`%s`)", sig.foreign->whose,
            sig.foreign->key);
        return true;
    }
    if (signal_says_agent(&sig)) {
        d->kind = AL_KIND_AGENT;
        d->basis = AL_KIND_BASIS_FRONT_MATTER;
        signal_why(&sig, d->why, sizeof d->why);
        return true;
    }
    if (named && among_agents(opts, path, d->why, sizeof d->why)) {
        d->kind = AL_KIND_AGENT;
        d->basis = AL_KIND_BASIS_SIBLINGS;
        return true;
    }
    d->kind = AL_KIND_DOCUMENTATION;
    d->basis = AL_KIND_BASIS_DEFAULT;
    say(d->why, sizeof d->why, "%s",
        !sig.has_front_matter         ? "no front matter"
        : sig.name || sig.description ? "front matter without the keys of an agent"
                                      : "front matter without `name` or `description`");
    return true;
}

void al_kind_decision_free(al_kind_decision *d)
{
    free(d->plugin_root);
    d->plugin_root = NULL;
}

al_file_kind al_kind_of_text(const al_options *opts, const char *path, const char *data, size_t len,
                             char *why, size_t why_size)
{
    al_kind_decision d;
    if (!al_kind_decide(opts, path, data, len, &d)) return AL_KIND_DOCUMENTATION;
    say(why, why_size, "%s", d.why);
    al_kind_decision_free(&d);
    return d.kind;
}
