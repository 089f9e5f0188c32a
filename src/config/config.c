#include "config/config.h"

#include "core/options.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "parse/frontmatter.h"
#include "util/files.h"

typedef struct {
    const al_rule_info *rule;
    al_severity sev;
} rule_setting;

typedef struct {
    rule_setting *items;
    size_t count;
} rule_settings;

typedef struct {
    char **items;
    size_t count;
} str_list;

typedef struct {
    str_list files;
    rule_settings rules;
} override;

struct al_config {
    char *path;
    char *dir; /* absolute folder of the file: the base of globs */
    rule_settings rules;
    str_list ignore;
    override *overrides;
    size_t override_count;
    str_list tools, fields, models;
    int name_matches_filename; /* -1 unset */
    str_list kind_globs;       /* `kinds:`, with kind_of[i] the kind of kind_globs[i] */
    al_file_kind *kind_of;
    int skill_profile; /* -1 unset */
    char *versions[6];
    char *notes; /* "path:line:col: note: ..." lines, or NULL */
};

static const char *const version_keys[6] = {"version",  "otp",          "phoenix",
                                            "liveview", "phoenix_html", "ecto"};
static const char *const version_components[6] = {"elixir",   "otp",          "phoenix",
                                                  "liveview", "phoenix_html", "ecto"};

/* The path of file relative to dir, or NULL when it is not below it. */
static char *relative_to(const char *dir, const char *file)
{
    char *abs = al_path_absolute(file);
    if (!abs) return NULL;
    size_t dl = strlen(dir);
    const char *rel = NULL;
    if (strcmp(dir, "/") == 0)
        rel = abs + 1;
    else if (strncmp(abs, dir, dl) == 0 && abs[dl] == '/')
        rel = abs + dl + 1;
    char *out = rel ? strdup(rel) : NULL;
    free(abs);
    return out;
}

static bool any_glob(const str_list *globs, const char *rel)
{
    for (size_t i = 0; i < globs->count; i++)
        if (al_glob_match_path(globs->items[i], rel)) return true;
    return false;
}

bool al_config_ignores(const al_config *cfg, const char *file)
{
    if (!cfg || cfg->ignore.count == 0) return false;
    char *rel = relative_to(cfg->dir, file);
    bool hit = rel && any_glob(&cfg->ignore, rel);
    free(rel);
    return hit;
}

static void apply_rules(al_options *opts, const rule_settings *rs)
{
    for (size_t i = 0; i < rs->count; i++)
        al_options_set_severity(opts, rs->items[i].rule, rs->items[i].sev);
}

bool al_config_apply(const al_config *cfg, al_options *opts, const char *file)
{
    if (!cfg) return true;
    if (cfg->name_matches_filename >= 0) {
        const al_rule_info *cc005 = al_rule_find("CC005");
        if (cc005)
            al_options_set_severity(opts, cc005,
                                    cfg->name_matches_filename ? cc005->default_severity : AL_OFF);
    }
    apply_rules(opts, &cfg->rules);
    if (cfg->override_count) {
        char *rel = relative_to(cfg->dir, file);
        for (size_t i = 0; rel && i < cfg->override_count; i++)
            if (any_glob(&cfg->overrides[i].files, rel))
                apply_rules(opts, &cfg->overrides[i].rules);
        free(rel);
    }
    for (size_t i = 0; i < cfg->tools.count; i++)
        if (!al_options_add_known_tool(opts, cfg->tools.items[i])) return false;
    for (size_t i = 0; i < cfg->fields.count; i++)
        if (!al_options_add_known_field(opts, cfg->fields.items[i])) return false;
    for (size_t i = 0; i < cfg->models.count; i++)
        if (!al_options_add_known_model(opts, cfg->models.items[i])) return false;
    for (size_t i = 0; i < cfg->kind_globs.count; i++)
        if (!al_options_add_kind_glob(opts, cfg->dir, cfg->kind_globs.items[i], cfg->kind_of[i]))
            return false;
    if (cfg->skill_profile >= 0)
        al_options_set_skill_profile(opts, (al_skill_profile)cfg->skill_profile);
    for (size_t i = 0; i < 6; i++)
        if (cfg->versions[i] &&
            !al_options_set_target_version(opts, version_components[i], cfg->versions[i]))
            return false;
    return true;
}

/* Whether path names a usable configuration: 1 a regular file, 0 nothing
 * there, -1 something unusable (the reason in err). */
static int config_candidate(const char *path, char *err, size_t errlen)
{
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISREG(st.st_mode)) return 1;
        snprintf(err, errlen, "%s: %s, not a configuration file", path, al_file_type_name(st.st_mode));
        return -1;
    }
    int e = errno;
    if (e == ENOENT && lstat(path, &st) == 0) {
        snprintf(err, errlen, "%s: a symbolic link to nothing, not a configuration file", path);
        return -1;
    }
    if (e == ENOENT || e == ENOTDIR || e == ENAMETOOLONG) return 0;
    snprintf(err, errlen, "%s: %s", path, strerror(e));
    return -1;
}

char *al_config_find(const char *file, char *err, size_t errlen)
{
    if (errlen) err[0] = '\0';
    char *abs = al_path_absolute(file);
    if (!abs) return NULL;
    char *slash = strrchr(abs, '/');
    size_t len = slash ? (size_t)(slash - abs) : strlen(abs); /* the folder */
    size_t cap = strlen(abs) + sizeof AL_CONFIG_NAME_ALT + 2;
    char *cand = realloc(abs, cap);
    if (!cand) {
        free(abs);
        return NULL;
    }
    /* cand holds the folder's path in its first len bytes (none: "/"); a
     * name is written after it, and going up only shortens it, so a deep
     * path costs its length once, not once per folder. */
    for (;;) {
        const char *names[2] = {AL_CONFIG_NAME, AL_CONFIG_NAME_ALT};
        bool too_long = len + sizeof AL_CONFIG_NAME_ALT + 1 > PATH_MAX;
        for (int k = 0; k < 2 && !too_long; k++) {
            cand[len] = '/';
            strcpy(cand + len + 1, names[k]);
            int got = config_candidate(cand, err, errlen);
            if (got != 0) return cand; /* found, or the nearest and unusable (err) */
        }
        /* The repository's root is as far as a configuration reaches. */
        if (!too_long) {
            cand[len] = '/';
            strcpy(cand + len + 1, ".git");
            struct stat st;
            if (lstat(cand, &st) == 0) break;
        }
        if (len == 0) break; /* that was "/" */
        while (len > 0 && cand[len - 1] != '/')
            len--;
        len = len > 1 ? len - 1 : 0; /* the parent, without its final "/" */
    }
    free(cand);
    return NULL;
}

/* ---- parsing ---- */

typedef struct {
    const char *path;
    yaml_document_t *doc;
    char *err;
    size_t errlen;
    bool failed;
    al_config *cfg; /* for notes */
} ctx;

static void fail(ctx *c, const yaml_node_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void fail(ctx *c, const yaml_node_t *n, const char *fmt, ...)
{
    if (c->failed) return;
    c->failed = true;
    int k =
        snprintf(c->err, c->errlen, "%s:%zu:%zu: ", c->path, n ? (size_t)n->start_mark.line + 1 : 1,
                 n ? (size_t)n->start_mark.column + 1 : 1);
    if (k < 0 || (size_t)k >= c->errlen) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err + k, c->errlen - (size_t)k, fmt, ap);
    va_end(ap);
}

/* A note about a value that works but should be written otherwise. */
static void note_old_code(ctx *c, const yaml_node_t *n, const char *old, const al_rule_info *r,
                          const char *since)
{
    char line[512];
    int k = snprintf(line, sizeof line,
                     "%s:%zu:%zu: note: `%s` is the old code of %s %s (renamed in %s: "
                     "markdownlint's MD codes are other rules); it still works, but write `%s`\n",
                     c->path, (size_t)n->start_mark.line + 1, (size_t)n->start_mark.column + 1, old,
                     r->code, r->name, since, r->code);
    if (k < 0) return;
    size_t have = c->cfg->notes ? strlen(c->cfg->notes) : 0, add = strlen(line);
    char *grown = realloc(c->cfg->notes, have + add + 1);
    if (!grown) return; /* a note lost, nothing worse */
    memcpy(grown + have, line, add + 1);
    c->cfg->notes = grown;
}

static const char *scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static yaml_node_t *node(ctx *c, int id)
{
    return yaml_document_get_node(c->doc, id);
}

static bool expect(ctx *c, const yaml_node_t *n, yaml_node_type_t type, const char *what,
                   const char *key)
{
    if (n && n->type == type) return true;
    fail(c, n, "`%s` must be %s", key, what);
    return false;
}

static char *dup_or_fail(ctx *c, const yaml_node_t *n, const char *s)
{
    char *d = strdup(s);
    if (!d) fail(c, n, "out of memory");
    return d;
}

/* A glob or a list of globs, or names. */
static void read_strings(ctx *c, const yaml_node_t *n, const char *key, str_list *out)
{
    if (n->type == YAML_SCALAR_NODE) {
        out->items = calloc(1, sizeof *out->items);
        if (!out->items || !(out->items[0] = dup_or_fail(c, n, scalar(n)))) return;
        out->count = 1;
        return;
    }
    if (!expect(c, n, YAML_SEQUENCE_NODE, "a list of strings", key)) return;
    size_t len = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    out->items = calloc(len ? len : 1, sizeof *out->items);
    if (!out->items) {
        fail(c, n, "out of memory");
        return;
    }
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top;
         it++) {
        yaml_node_t *item = node(c, *it);
        const char *s = scalar(item);
        if (!s || !*s) {
            fail(c, item ? item : n, "every entry of `%s` must be a non-empty string", key);
            return;
        }
        if (!(out->items[out->count] = dup_or_fail(c, item, s))) return;
        out->count++;
    }
}

static void read_rules(ctx *c, const yaml_node_t *n, const char *key, rule_settings *out)
{
    if (!expect(c, n, YAML_MAPPING_NODE, "a mapping of rule codes or names to severities", key))
        return;
    size_t len = (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start);
    out->items = calloc(len ? len : 1, sizeof *out->items);
    if (!out->items) {
        fail(c, n, "out of memory");
        return;
    }
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *k = node(c, p->key), *v = node(c, p->value);
        const char *ks = scalar(k), *vs = scalar(v);
        const al_rule_info *rule = ks ? al_rule_find(ks) : NULL;
        if (!rule) {
            fail(c, k, "`%s` is not a rule code or name (see `agentlint --list-rules`)",
                 ks ? ks : "?");
            return;
        }
        const char *since;
        if (al_rule_find_renamed(ks, &since) == rule) note_old_code(c, k, ks, rule, since);
        int sev = vs ? al_severity_parse(vs) : -1;
        if (sev < 0) {
            fail(c, v, "severity of `%s` must be off, note, warning or error, not `%s`", ks,
                 vs ? vs : "a collection");
            return;
        }
        out->items[out->count].rule = rule;
        out->items[out->count].sev = (al_severity)sev;
        out->count++;
    }
}

static void read_overrides(ctx *c, const yaml_node_t *n, al_config *cfg)
{
    if (!expect(c, n, YAML_SEQUENCE_NODE, "a list of {files, rules} entries", "overrides")) return;
    size_t len = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
    cfg->overrides = calloc(len ? len : 1, sizeof *cfg->overrides);
    if (!cfg->overrides) {
        fail(c, n, "out of memory");
        return;
    }
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top;
         it++) {
        yaml_node_t *e = node(c, *it);
        if (!expect(c, e, YAML_MAPPING_NODE, "a list of {files, rules} entries", "overrides"))
            return;
        override *o = &cfg->overrides[cfg->override_count++];
        for (yaml_node_pair_t *p = e->data.mapping.pairs.start; p < e->data.mapping.pairs.top;
             p++) {
            yaml_node_t *k = node(c, p->key), *v = node(c, p->value);
            const char *ks = scalar(k);
            if (ks && strcmp(ks, "files") == 0)
                read_strings(c, v, "files", &o->files);
            else if (ks && strcmp(ks, "rules") == 0)
                read_rules(c, v, "rules", &o->rules);
            else
                fail(c, k, "unknown key `%s` in an override (expected `files` and `rules`)",
                     ks ? ks : "?");
            if (c->failed) return;
        }
        if (o->files.count == 0) {
            fail(c, e, "an override needs `files`, the globs it applies to");
            return;
        }
    }
}

static void read_claude_code(ctx *c, const yaml_node_t *n, al_config *cfg)
{
    if (!expect(c, n, YAML_MAPPING_NODE, "a mapping with `tools`, `fields` or `models`",
                "claude-code"))
        return;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *k = node(c, p->key), *v = node(c, p->value);
        const char *ks = scalar(k);
        if (ks && strcmp(ks, "tools") == 0)
            read_strings(c, v, "tools", &cfg->tools);
        else if (ks && strcmp(ks, "fields") == 0)
            read_strings(c, v, "fields", &cfg->fields);
        else if (ks && strcmp(ks, "models") == 0)
            read_strings(c, v, "models", &cfg->models);
        else
            fail(c, k, "unknown key `%s` in `claude-code` (expected tools, fields or models)",
                 ks ? ks : "?");
        if (c->failed) return;
    }
}

static void free_strings(str_list *l);

/* kinds: {glob: kind, ...}; later entries win over earlier ones. */
static void read_kinds(ctx *c, const yaml_node_t *n, al_config *cfg)
{
    if (!expect(c, n, YAML_MAPPING_NODE, "a mapping of globs to kinds", "kinds")) return;
    size_t len = (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start);
    free_strings(&cfg->kind_globs); /* a second `kinds:` replaces the first */
    free(cfg->kind_of);
    cfg->kind_globs.count = 0;
    cfg->kind_globs.items = calloc(len ? len : 1, sizeof *cfg->kind_globs.items);
    cfg->kind_of = calloc(len ? len : 1, sizeof *cfg->kind_of);
    if (!cfg->kind_globs.items || !cfg->kind_of) {
        fail(c, n, "out of memory");
        return;
    }
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *k = node(c, p->key), *v = node(c, p->value);
        const char *ks = scalar(k), *vs = scalar(v);
        if (!ks || !*ks) {
            fail(c, k, "each key of `kinds` must be a glob");
            return;
        }
        int kind = vs ? al_kind_parse(vs) : -1;
        if (kind <= 0) {
            fail(c, v,
                 "unknown kind `%s` in `kinds` (expected agent, skill, command, plugin-manifest, "
                 "copilot-agent, opencode-agent, gemini-agent, cursor-agent, cursor-rule, "
                 "instructions, documentation, memory, settings, plugin-hooks or mcp-config)",
                 vs ? vs : "a collection");
            return;
        }
        char *glob = dup_or_fail(c, k, ks);
        if (!glob) return;
        cfg->kind_of[cfg->kind_globs.count] = (al_file_kind)kind;
        cfg->kind_globs.items[cfg->kind_globs.count++] = glob;
    }
}

/* skills: {profile: claude-code | agent-skills} */
static void read_skills(ctx *c, const yaml_node_t *n, al_config *cfg)
{
    if (!expect(c, n, YAML_MAPPING_NODE, "a mapping with `profile`", "skills")) return;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *k = node(c, p->key), *v = node(c, p->value);
        const char *ks = scalar(k), *vs = scalar(v);
        if (!ks || strcmp(ks, "profile") != 0) {
            fail(c, k, "unknown key `%s` in `skills` (expected profile)", ks ? ks : "?");
            return;
        }
        if (vs && strcmp(vs, "claude-code") == 0)
            cfg->skill_profile = AL_SKILL_PROFILE_CLAUDE_CODE;
        else if (vs && strcmp(vs, "agent-skills") == 0)
            cfg->skill_profile = AL_SKILL_PROFILE_AGENT_SKILLS;
        else {
            fail(c, v, "`profile` must be claude-code or agent-skills, not `%s`",
                 vs ? vs : "a collection");
            return;
        }
    }
}

static void read_versions(ctx *c, const yaml_node_t *n, al_config *cfg)
{
    if (!expect(c, n, YAML_MAPPING_NODE, "a mapping of versions", "elixir")) return;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        yaml_node_t *k = node(c, p->key), *v = node(c, p->value);
        const char *ks = scalar(k), *vs = scalar(v);
        int which = -1;
        for (int i = 0; ks && i < 6; i++)
            if (strcmp(ks, version_keys[i]) == 0) which = i;
        if (which < 0) {
            fail(c, k,
                 "unknown key `%s` in `elixir` (expected version, otp, phoenix, liveview, "
                 "phoenix_html or ecto)",
                 ks ? ks : "?");
            return;
        }
        bool ok = vs && *vs;
        for (const char *q = vs; ok && *q; q++)
            if (!((*q >= '0' && *q <= '9') || *q == '.')) ok = false;
        if (!ok) {
            fail(c, v, "`%s` must be a version such as \"1.15\" (digits and dots), not `%s`", ks,
                 vs ? vs : "a collection");
            return;
        }
        free(cfg->versions[which]);
        if (!(cfg->versions[which] = dup_or_fail(c, v, vs))) return;
    }
}

static void read_top(ctx *c, const yaml_node_t *root, al_config *cfg)
{
    if (!root) return; /* an empty file */
    if (root->type == YAML_SCALAR_NODE && root->data.scalar.length == 0) return;
    if (!expect(c, root, YAML_MAPPING_NODE, "a mapping of settings", "the configuration")) return;
    for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top;
         p++) {
        yaml_node_t *k = node(c, p->key), *v = node(c, p->value);
        const char *ks = scalar(k);
        if (!ks) {
            fail(c, k, "keys must be plain words");
        } else if (strcmp(ks, "rules") == 0) {
            read_rules(c, v, "rules", &cfg->rules);
        } else if (strcmp(ks, "ignore") == 0) {
            read_strings(c, v, "ignore", &cfg->ignore);
        } else if (strcmp(ks, "overrides") == 0) {
            read_overrides(c, v, cfg);
        } else if (strcmp(ks, "claude-code") == 0) {
            read_claude_code(c, v, cfg);
        } else if (strcmp(ks, "elixir") == 0) {
            read_versions(c, v, cfg);
        } else if (strcmp(ks, "kinds") == 0) {
            read_kinds(c, v, cfg);
        } else if (strcmp(ks, "skills") == 0) {
            read_skills(c, v, cfg);
        } else if (strcmp(ks, "name-matches-filename") == 0) {
            const char *vs = scalar(v);
            if (vs && strcmp(vs, "true") == 0)
                cfg->name_matches_filename = 1;
            else if (vs && strcmp(vs, "false") == 0)
                cfg->name_matches_filename = 0;
            else
                fail(c, v, "`name-matches-filename` must be true or false");
        } else {
            fail(c, k,
                 "unknown key `%s` (expected rules, ignore, overrides, claude-code, "
                 "name-matches-filename, elixir, kinds or skills)",
                 ks);
        }
        if (c->failed) return;
    }
}

static void free_strings(str_list *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
}

void al_config_free(al_config *cfg)
{
    if (!cfg) return;
    free(cfg->path);
    free(cfg->dir);
    free(cfg->notes);
    free(cfg->rules.items);
    free_strings(&cfg->ignore);
    for (size_t i = 0; i < cfg->override_count; i++) {
        free_strings(&cfg->overrides[i].files);
        free(cfg->overrides[i].rules.items);
    }
    free(cfg->overrides);
    free_strings(&cfg->tools);
    free_strings(&cfg->fields);
    free_strings(&cfg->models);
    free_strings(&cfg->kind_globs);
    free(cfg->kind_of);
    for (size_t i = 0; i < 6; i++)
        free(cfg->versions[i]);
    free(cfg);
}

const char *al_config_notes(const al_config *cfg)
{
    return cfg->notes;
}

const char *al_config_path(const al_config *cfg)
{
    return cfg->path;
}

/* A configuration nested deeper than the front matter may be (libyaml's
 * document loader takes quadratic time in the depth, and no key of ours
 * nests more than three levels): false, with the error in err. */
static bool nesting_ok(const char *path, const char *text, size_t len, char *err, size_t errlen)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) return true; /* the loader reports it */
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    size_t depth = 0;
    bool ok = true;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) break; /* the loader reports it */
        yaml_event_type_t type = ev.type;
        if (type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT) {
            if (++depth > AL_YAML_MAX_DEPTH) {
                snprintf(err, errlen,
                         "%s:%zu:%zu: nested deeper than %d levels; a configuration needs 3 "
                         "at most",
                         path, (size_t)ev.start_mark.line + 1, (size_t)ev.start_mark.column + 1,
                         AL_YAML_MAX_DEPTH);
                ok = false;
            }
        } else if (type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT) {
            depth--;
        }
        yaml_event_delete(&ev);
        if (!ok || type == YAML_STREAM_END_EVENT) break;
    }
    yaml_parser_delete(&parser);
    return ok;
}

al_config *al_config_parse(const char *path, const char *text, size_t len, char *err, size_t errlen)
{
    if (errlen) err[0] = '\0';
    al_config *cfg = calloc(1, sizeof *cfg);
    if (!cfg) {
        snprintf(err, errlen, "%s: out of memory", path);
        return NULL;
    }
    cfg->name_matches_filename = -1;
    cfg->skill_profile = -1;
    cfg->path = strdup(path);
    char *abs = al_path_absolute(path);
    if (abs) {
        char *slash = strrchr(abs, '/');
        if (slash == abs)
            abs[1] = '\0';
        else if (slash)
            *slash = '\0';
    }
    cfg->dir = abs;
    if (!cfg->path || !cfg->dir) {
        snprintf(err, errlen, "%s: out of memory", path);
        al_config_free(cfg);
        return NULL;
    }
    if (!nesting_ok(path, text, len, err, errlen)) {
        al_config_free(cfg);
        return NULL;
    }
    yaml_parser_t parser;
    yaml_document_t doc;
    if (!yaml_parser_initialize(&parser)) {
        snprintf(err, errlen, "%s: out of memory", path);
        al_config_free(cfg);
        return NULL;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    if (!yaml_parser_load(&parser, &doc)) {
        snprintf(err, errlen, "%s:%zu:%zu: invalid YAML: %s", path,
                 (size_t)parser.problem_mark.line + 1, (size_t)parser.problem_mark.column + 1,
                 parser.problem ? parser.problem : "parse error");
        yaml_parser_delete(&parser);
        al_config_free(cfg);
        return NULL;
    }
    ctx c = {path, &doc, err, errlen, false, cfg};
    read_top(&c, yaml_document_get_root_node(&doc), cfg);
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    if (c.failed) {
        al_config_free(cfg);
        return NULL;
    }
    return cfg;
}

al_config *al_config_load(const char *path, char *err, size_t errlen)
{
    /* Not blocking on a FIFO (--config FIFO): opened without waiting for a
     * writer, then refused as what it is. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: %s, not a configuration file", path, al_file_type_name(st.st_mode));
        close(fd);
        return NULL;
    }
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 4096;
            if (cap > ((size_t)1 << 24)) {
                snprintf(err, errlen, "%s: configuration file too large", path);
                free(buf);
                fclose(f);
                return NULL;
            }
            char *p = realloc(buf, cap);
            if (!p) {
                free(buf);
                fclose(f);
                snprintf(err, errlen, "%s: out of memory", path);
                return NULL;
            }
            buf = p;
        }
        size_t r = fread(buf + len, 1, cap - len, f);
        len += r;
        if (r == 0) break;
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        snprintf(err, errlen, "%s: read error", path);
        return NULL;
    }
    al_config *cfg = al_config_parse(path, buf ? buf : "", len, err, errlen);
    free(buf);
    return cfg;
}
