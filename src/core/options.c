#include "core/options.h"

#include <stdlib.h>
#include <string.h>

#define AL_DEFAULT_MAX_FILE_SIZE ((size_t)16 << 20)

const char *const al_target_components[AL_TARGET_COMPONENTS] = {
    "elixir", "otp", "phoenix", "liveview", "phoenix_html", "ecto",
};

static al_options *options_new(al_secret_set *secrets)
{
    al_options *o = calloc(1, sizeof *o);
    if (!o) return NULL;
    size_t n = al_rule_count();
    o->severity = malloc(n * sizeof *o->severity);
    if (!o->severity) {
        free(o);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        o->severity[i] = -1;
    o->max_file_size = AL_DEFAULT_MAX_FILE_SIZE;
    o->secrets = secrets ? al_secret_set_retain(secrets) : al_secret_set_new();
    if (!o->secrets) {
        al_options_free(o);
        return NULL;
    }
    return o;
}

al_options *al_options_new(void)
{
    return options_new(NULL);
}

static void set_free(al_name_set *s)
{
    for (size_t i = 0; i < s->count; i++)
        free(s->items[i]);
    free(s->items);
    memset(s, 0, sizeof *s);
}

static bool set_add(al_name_set *s, const char *name)
{
    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        char **p = realloc(s->items, cap * sizeof *p);
        if (!p) return false;
        s->items = p;
        s->cap = cap;
    }
    char *copy = strdup(name);
    if (!copy) return false;
    s->items[s->count++] = copy;
    return true;
}

static bool set_copy(al_name_set *dst, const al_name_set *src)
{
    memset(dst, 0, sizeof *dst);
    for (size_t i = 0; i < src->count; i++)
        if (!set_add(dst, src->items[i])) return false;
    return true;
}

bool al_name_set_contains(const al_name_set *set, const char *s, size_t len)
{
    for (size_t i = 0; i < set->count; i++)
        if (strlen(set->items[i]) == len && memcmp(set->items[i], s, len) == 0) return true;
    return false;
}

al_options *al_options_clone(const al_options *src)
{
    al_options *o = options_new(src->secrets);
    if (!o) return NULL;
    memcpy(o->severity, src->severity, al_rule_count() * sizeof *o->severity);
    o->max_file_size = src->max_file_size;
    o->no_inline_suppressions = src->no_inline_suppressions;
    o->forced_kind = src->forced_kind;
    o->skill_profile = src->skill_profile;
    o->timings = src->timings;
    o->kind_cache = src->kind_cache;
    o->no_body_rules = src->no_body_rules;
    for (size_t i = 0; i < src->kind_glob_count; i++)
        if (!al_options_add_kind_glob(o, src->kind_globs[i].base, src->kind_globs[i].glob,
                                      src->kind_globs[i].kind)) {
            al_options_free(o);
            return NULL;
        }
    for (size_t i = 0; i < AL_TARGET_COMPONENTS; i++)
        if (src->target_version[i] && !(o->target_version[i] = strdup(src->target_version[i]))) {
            al_options_free(o);
            return NULL;
        }
    if (!set_copy(&o->known_tools, &src->known_tools) ||
        !set_copy(&o->known_fields, &src->known_fields) ||
        !set_copy(&o->known_models, &src->known_models)) {
        al_options_free(o);
        return NULL;
    }
    return o;
}

void al_options_free(al_options *o)
{
    if (!o) return;
    free(o->severity);
    al_secret_set_free(o->secrets);
    set_free(&o->known_tools);
    set_free(&o->known_fields);
    set_free(&o->known_models);
    for (size_t i = 0; i < AL_TARGET_COMPONENTS; i++)
        free(o->target_version[i]);
    for (size_t i = 0; i < o->kind_glob_count; i++) {
        free(o->kind_globs[i].base);
        free(o->kind_globs[i].glob);
    }
    free(o->kind_globs);
    free(o);
}

void al_options_set_severity(al_options *o, const al_rule_info *rule, al_severity sev)
{
    o->severity[al_rule_index(rule)] = (int)sev;
}

al_severity al_options_severity(const al_options *o, const al_rule_info *rule)
{
    int s = o ? o->severity[al_rule_index(rule)] : -1;
    if (s >= 0) return (al_severity)s;
    return rule->default_enabled ? rule->default_severity : AL_OFF;
}

bool al_options_add_known_tool(al_options *o, const char *name)
{
    return set_add(&o->known_tools, name);
}

bool al_options_add_known_field(al_options *o, const char *name)
{
    return set_add(&o->known_fields, name);
}

bool al_options_add_known_model(al_options *o, const char *name)
{
    return set_add(&o->known_models, name);
}

void al_options_set_max_file_size(al_options *o, size_t bytes)
{
    o->max_file_size = bytes;
}

size_t al_options_max_file_size(const al_options *o)
{
    return o ? o->max_file_size : AL_DEFAULT_MAX_FILE_SIZE;
}

static int component_index(const char *component)
{
    for (int i = 0; component && i < AL_TARGET_COMPONENTS; i++)
        if (strcmp(al_target_components[i], component) == 0) return i;
    return -1;
}

/* Digits separated by single dots, optionally followed by a pre-release suffix ("1.0.0-rc.1"). */
static bool version_valid(const char *v)
{
    const char *p = v;
    for (;;) {
        if (*p < '0' || *p > '9') return false;
        while (*p >= '0' && *p <= '9')
            p++;
        if (*p != '.') break;
        p++;
    }
    return *p == '\0' || *p == '-';
}

bool al_options_set_target_version(al_options *o, const char *component, const char *version)
{
    int i = component_index(component);
    if (!o || i < 0) return false;
    char *copy = NULL;
    if (version) {
        if (!version_valid(version) || !(copy = strdup(version))) return false;
    }
    free(o->target_version[i]);
    o->target_version[i] = copy;
    return true;
}

const char *al_options_target_version(const al_options *o, const char *component)
{
    int i = component_index(component);
    return o && i >= 0 ? o->target_version[i] : NULL;
}

static unsigned long next_part(const char **p)
{
    unsigned long n = 0;
    while (**p >= '0' && **p <= '9') {
        if (n < 100000000ul) n = n * 10 + (unsigned long)(**p - '0');
        (*p)++;
    }
    if (**p == '.') (*p)++;
    return n;
}

int al_version_compare(const char *a, const char *b)
{
    while ((*a >= '0' && *a <= '9') || (*b >= '0' && *b <= '9')) {
        unsigned long x = next_part(&a), y = next_part(&b);
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

void al_options_set_inline_suppressions(al_options *o, bool on)
{
    o->no_inline_suppressions = !on;
}

void al_options_set_timings(al_options *o, bool on)
{
    o->timings = on;
}

void al_options_set_kind(al_options *o, al_file_kind kind)
{
    o->forced_kind = kind < AL_KIND_COUNT ? kind : AL_KIND_AUTO;
}

void al_options_set_kind_cache(al_options *o, al_kind_cache *cache)
{
    o->kind_cache = cache;
}

void al_options_set_body_rules(al_options *o, bool on)
{
    o->no_body_rules = !on;
}

bool al_options_add_kind_glob(al_options *o, const char *base, const char *glob, al_file_kind kind)
{
    al_kind_glob *p = realloc(o->kind_globs, (o->kind_glob_count + 1) * sizeof *p);
    if (!p) return false;
    o->kind_globs = p;
    al_kind_glob *g = &p[o->kind_glob_count];
    g->base = strdup(base);
    g->glob = strdup(glob);
    g->kind = kind;
    if (!g->base || !g->glob) {
        free(g->base);
        free(g->glob);
        return false;
    }
    o->kind_glob_count++;
    return true;
}

void al_options_set_skill_profile(al_options *o, al_skill_profile profile)
{
    o->skill_profile = profile;
}
