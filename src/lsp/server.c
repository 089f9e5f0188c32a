/* The JSON-RPC dispatcher and the LSP methods (3.17): lifecycle, document
 * sync, diagnostics, code actions, hover, configuration and the workspace's
 * check across files. JSON goes through jansson. */
#include "lsp/server.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agentlint/agentlint.h"
#include "lsp/configs.h"
#include "lsp/documents.h"
#include "lsp/fixes.h"
#include "lsp/workspace.h"

/* JSON-RPC and LSP error codes. */
#define ERR_PARSE            -32700
#define ERR_INVALID_REQUEST  -32600
#define ERR_METHOD_NOT_FOUND -32601
#define ERR_INVALID_PARAMS   -32602
#define ERR_INTERNAL         -32603
#define ERR_NOT_INITIALIZED  -32002
#define ERR_CANCELLED        -32800

#define DEFAULT_DEBOUNCE_MS   200
#define FIX_ALL_KIND          "source.fixAll.agentlint"

typedef struct queued {
    json_t *msg;
    bool cancelled;
    struct queued *next;
} queued;

struct lsp_server {
    lsp_server_setup setup;
    queued *head, *tail;
    bool initialized, shut_down, exited, send_failed;
    lsp_encoding enc;
    long debounce_ms;
    bool workspace_lint;
    bool watch_registration; /* the client registers file watchers for us */
    bool resolve_edits;      /* the client resolves a code action's edit later */
    al_options *base;
    lsp_configs configs;
    lsp_documents docs;
    lsp_workspace ws;
    unsigned next_request_id;
    char **reported_config_errors; /* shown once each */
    size_t reported_count;
};

uint64_t lsp_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* ---- JSON helpers ---- */

/* A JSON string of text that may hold invalid UTF-8 (a path read from
 * disk): invalid bytes become U+FFFD. */
static json_t *text_json(const char *s, size_t n)
{
    json_t *j = json_stringn(s, n);
    if (j) return j;
    char *clean = malloc(n * 3 + 1);
    if (!clean) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t len = c < 0x80                 ? 1
                     : c >= 0xC2 && c <= 0xDF ? 2
                     : c >= 0xE0 && c <= 0xEF ? 3
                     : c >= 0xF0 && c <= 0xF4 ? 4
                                              : 0;
        bool ok = len > 0 && i + len <= n;
        for (size_t t = 1; ok && t < len; t++)
            ok = ((unsigned char)s[i + t] & 0xC0) == 0x80;
        if (ok && len > 1) {
            json_t *probe = json_stringn(s + i, len); /* overlong, surrogate */
            ok = probe != NULL;
            json_decref(probe);
        }
        if (ok && c != 0) {
            memcpy(clean + k, s + i, len);
            k += len;
            i += len;
        } else if (c == 0) {
            clean[k++] = ' ';
            i++;
        } else {
            memcpy(clean + k, "\xEF\xBF\xBD", 3);
            k += 3;
            i++;
        }
    }
    j = json_stringn(clean, k);
    free(clean);
    return j;
}

static json_t *cstr_json(const char *s)
{
    return text_json(s, strlen(s));
}

static void send_json(lsp_server *srv, json_t *msg)
{
    if (!msg) return;
    char *body = json_dumps(msg, JSON_COMPACT);
    json_decref(msg);
    if (!body) return;
    if (!srv->send_failed && !srv->setup.send(srv->setup.send_ctx, body, strlen(body)))
        srv->send_failed = true;
    free(body);
}

static void reply(lsp_server *srv, json_t *id, json_t *result)
{
    json_t *m = json_object();
    json_object_set_new(m, "jsonrpc", json_string("2.0"));
    json_object_set(m, "id", id ? id : json_null());
    json_object_set_new(m, "result", result ? result : json_null());
    send_json(srv, m);
}

static void reply_error(lsp_server *srv, json_t *id, int code, const char *fmt, ...)
{
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    json_t *err = json_object();
    json_object_set_new(err, "code", json_integer(code));
    json_object_set_new(err, "message", cstr_json(text));
    json_t *m = json_object();
    json_object_set_new(m, "jsonrpc", json_string("2.0"));
    json_object_set(m, "id", id ? id : json_null());
    json_object_set_new(m, "error", err);
    send_json(srv, m);
}

static void notify(lsp_server *srv, const char *method, json_t *params)
{
    json_t *m = json_object();
    json_object_set_new(m, "jsonrpc", json_string("2.0"));
    json_object_set_new(m, "method", json_string(method));
    json_object_set_new(m, "params", params);
    send_json(srv, m);
}

/* window/logMessage (type 1 error .. 4 log) or window/showMessage. */
static void message(lsp_server *srv, const char *method, int type, const char *fmt, ...)
{
    char text[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    json_t *p = json_object();
    json_object_set_new(p, "type", json_integer(type));
    json_object_set_new(p, "message", cstr_json(text));
    notify(srv, method, p);
}

/* Getters that validate: a member of the wanted type, or NULL. */
static json_t *member(json_t *obj, const char *key, json_type type)
{
    json_t *v = json_is_object(obj) ? json_object_get(obj, key) : NULL;
    return v && json_typeof(v) == type ? v : NULL;
}

static const char *member_string(json_t *obj, const char *key)
{
    json_t *v = member(obj, key, JSON_STRING);
    return v ? json_string_value(v) : NULL;
}

/* A non-negative integer member that fits an LSP uinteger; false if not. */
static bool member_uint(json_t *obj, const char *key, size_t *out)
{
    json_t *v = member(obj, key, JSON_INTEGER);
    if (!v || json_integer_value(v) < 0) return false;
    *out = (size_t)json_integer_value(v);
    return true;
}

static bool parse_position(json_t *obj, lsp_position *pos)
{
    return json_is_object(obj) && member_uint(obj, "line", &pos->line) &&
           member_uint(obj, "character", &pos->character);
}

static bool parse_range(json_t *obj, lsp_position *start, lsp_position *end)
{
    return parse_position(member(obj, "start", JSON_OBJECT), start) &&
           parse_position(member(obj, "end", JSON_OBJECT), end);
}

static json_t *position_json(lsp_position p)
{
    json_t *o = json_object();
    json_object_set_new(o, "line", json_integer((json_int_t)p.line));
    json_object_set_new(o, "character", json_integer((json_int_t)p.character));
    return o;
}

static json_t *range_json(lsp_position s, lsp_position e)
{
    json_t *o = json_object();
    json_object_set_new(o, "start", position_json(s));
    json_object_set_new(o, "end", position_json(e));
    return o;
}

/* ---- diagnostics ---- */

static int lsp_severity(al_severity sev)
{
    switch (sev) {
    case AL_ERROR:
        return 1;
    case AL_WARNING:
        return 2;
    default:
        return 3;
    }
}

/* The LSP form of one finding, at the given positions. */
static json_t *diagnostic_json(const al_diagnostic *d, lsp_position s, lsp_position e)
{
    json_t *o = json_object();
    json_object_set_new(o, "range", range_json(s, e));
    json_object_set_new(o, "severity", json_integer(lsp_severity(d->severity)));
    json_object_set_new(o, "code", json_string(d->rule->code));
    json_object_set_new(o, "source", json_string("agentlint"));
    json_object_set_new(o, "message", cstr_json(d->message));
    return o;
}

/* Positions of every finding's start and end: 2 per finding. */
static lsp_position *finding_positions(const lsp_document *doc, lsp_encoding enc)
{
    size_t n = doc->res ? al_result_count(doc->res) : 0;
    size_t *offsets = malloc((2 * n + 1) * sizeof *offsets);
    lsp_position *pos = malloc((2 * n + 1) * sizeof *pos);
    if (!offsets || !pos) {
        free(offsets);
        free(pos);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        const al_diagnostic *d = al_result_get(doc->res, i);
        offsets[2 * i] = d->start.offset;
        offsets[2 * i + 1] = d->end.offset < d->start.offset ? d->start.offset : d->end.offset;
    }
    bool ok = lsp_document_positions(doc, offsets, 2 * n, enc, pos);
    free(offsets);
    if (!ok) {
        free(pos);
        return NULL;
    }
    return pos;
}

static void publish(lsp_server *srv, lsp_document *doc)
{
    json_t *list = json_array();
    lsp_position *pos = doc->res ? finding_positions(doc, srv->enc) : NULL;
    if (doc->res && pos)
        for (size_t i = 0; i < al_result_count(doc->res); i++)
            json_array_append_new(
                list, diagnostic_json(al_result_get(doc->res, i), pos[2 * i], pos[2 * i + 1]));
    free(pos);
    json_t *p = json_object();
    json_object_set_new(p, "uri", json_string(doc->uri));
    json_object_set_new(p, "version", json_integer((json_int_t)doc->version));
    json_object_set_new(p, "diagnostics", list);
    /* A document linted again for names across files may not have changed. */
    char *text = json_dumps(p, JSON_COMPACT);
    if (text && doc->published && strcmp(text, doc->published) == 0) {
        free(text);
        json_decref(p);
        return;
    }
    free(doc->published);
    doc->published = text;
    notify(srv, "textDocument/publishDiagnostics", p);
}

static void clear_diagnostics(lsp_server *srv, const char *uri)
{
    json_t *p = json_object();
    json_object_set_new(p, "uri", json_string(uri));
    json_object_set_new(p, "diagnostics", json_array());
    notify(srv, "textDocument/publishDiagnostics", p);
}

/* ---- linting ---- */

/* Options for a document, with its configuration (once per error, a bad
 * configuration is shown to the user; the document is then linted without
 * it, as a file without configuration). */
static al_options *document_options(lsp_server *srv, const lsp_document *doc, bool *ignored)
{
    *ignored = false;
    if (!srv->setup.use_disk || !doc->is_file) return al_options_clone(srv->base);
    const lsp_config_entry *entry = NULL;
    al_options *opts = lsp_configs_options(&srv->configs, srv->base, doc->path, ignored, &entry);
    if (entry && !entry->cfg) {
        bool shown = false;
        for (size_t i = 0; i < srv->reported_count && !shown; i++)
            shown = strcmp(srv->reported_config_errors[i], entry->error) == 0;
        char *copy = shown ? NULL : strdup(entry->error);
        char **grown =
            copy ? realloc(srv->reported_config_errors, (srv->reported_count + 1) * sizeof *grown)
                 : NULL;
        if (grown) {
            srv->reported_config_errors = grown;
            grown[srv->reported_count++] = copy;
            message(srv, "window/showMessage", 1, "agentlint: %s (linting without it)",
                    entry->error);
        } else {
            free(copy);
        }
    }
    return opts;
}

static void forget_config_errors(lsp_server *srv)
{
    for (size_t i = 0; i < srv->reported_count; i++)
        free(srv->reported_config_errors[i]);
    free(srv->reported_config_errors);
    srv->reported_config_errors = NULL;
    srv->reported_count = 0;
}

/* The agent that keeps the name in a walk of doc's folder: the first file
 * in walk order with that name, open documents counting with their current
 * text. NULL when doc is first, or has no name, or the check is off. */
static const al_result *first_with_name(lsp_server *srv, const lsp_document *doc, const char *name)
{
    if (!srv->workspace_lint || !srv->ws.ready || !doc->is_file) return NULL;
    const char *folder = lsp_workspace_folder_of(&srv->ws, doc->path);
    if (!folder) return NULL;
    size_t fl = strlen(folder);
    const al_result *best = NULL;
    const char *best_path = NULL;
    for (size_t i = 0; i < srv->ws.index.count; i++) {
        const lsp_ws_entry *e = &srv->ws.index.items[i];
        if (lsp_path_order(e->path, doc->path) >= 0) break; /* in walk order */
        if (strncmp(e->path, folder, fl) != 0 || e->path[fl] != '/' ||
            lsp_documents_find_path(&srv->docs, e->path))
            continue;
        const char *n = al_result_agent_name(e->res);
        if (n && strcmp(n, name) == 0) {
            best = e->res;
            best_path = e->path;
            break;
        }
    }
    for (lsp_document *o = srv->docs.first; o; o = o->next) {
        if (o == doc || !o->is_file || !o->res || !o->agent_name) continue;
        if (strcmp(o->agent_name, name) != 0 || strncmp(o->path, folder, fl) != 0 ||
            o->path[fl] != '/' || lsp_path_order(o->path, doc->path) >= 0)
            continue;
        if (!best_path || lsp_path_order(o->path, best_path) < 0) {
            best = o->res;
            best_path = o->path;
        }
    }
    return best;
}

static void republish_named(lsp_server *srv, const char *a, const char *b, lsp_document *skip);

/* Lints a document now and publishes its diagnostics. */
static void lint_document(lsp_server *srv, lsp_document *doc, bool follow_names)
{
    bool ignored;
    al_options *opts = document_options(srv, doc, &ignored);
    al_result *res = NULL;
    if (opts && !ignored)
        res = al_lint_buffer(opts, doc->path, doc->text, doc->len, AL_FILE_DISCOVERED);
    al_result_free(doc->res);
    al_options_free(doc->opts);
    doc->res = res;
    doc->opts = opts;
    doc->ignored = ignored;
    doc->dirty = false;
    const char *name = res ? al_result_agent_name(res) : NULL;
    if (name) {
        const al_result *first = first_with_name(srv, doc, name);
        if (first) {
            al_result *pair[2] = {(al_result *)first, res};
            /* Adds the clash to pair[1] only: the first keeps the name. */
            al_check_across_files(opts, pair, 2);
        }
    }
    char *old = doc->agent_name;
    doc->agent_name = name ? strdup(name) : NULL;
    publish(srv, doc);
    /* A new or dropped name changes which document keeps the name. */
    bool changed = (old == NULL) != (name == NULL) || (old && name && strcmp(old, name) != 0);
    if (follow_names && changed) republish_named(srv, old, name, doc);
    free(old);
}

/* Lints again the open documents named a or b (other than skip). */
static void republish_named(lsp_server *srv, const char *a, const char *b, lsp_document *skip)
{
    for (lsp_document *d = srv->docs.first; d; d = d->next) {
        if (d == skip || !d->agent_name) continue;
        if ((a && strcmp(d->agent_name, a) == 0) || (b && strcmp(d->agent_name, b) == 0))
            lint_document(srv, d, false);
    }
}

static void lint_all_open(lsp_server *srv)
{
    for (lsp_document *d = srv->docs.first; d; d = d->next)
        lint_document(srv, d, false);
}

long lsp_server_lint_due(lsp_server *srv, uint64_t now_ms, bool force)
{
    long next = -1;
    for (lsp_document *d = srv->docs.first; d; d = d->next) {
        if (!d->dirty) continue;
        if (force || d->due_ms <= now_ms) {
            lint_document(srv, d, true);
        } else {
            long wait = (long)(d->due_ms - now_ms);
            if (next < 0 || wait < next) next = wait;
        }
    }
    return next;
}

/* A request about a document sees its current text linted. */
static void bring_up_to_date(lsp_server *srv, lsp_document *doc)
{
    if (doc->dirty) lint_document(srv, doc, true);
}

/* ---- fixes ---- */

/* The edits of one fix as TextEdits. */
static json_t *fix_edits_json(const lsp_document *doc, const al_fix *fix, lsp_encoding enc)
{
    json_t *edits = json_array();
    for (size_t k = 0; k < fix->edit_count; k++) {
        const al_edit *e = &fix->edits[k];
        size_t offs[2] = {e->start.offset,
                          e->end.offset < e->start.offset ? e->start.offset : e->end.offset};
        lsp_position pos[2];
        if (!lsp_document_positions(doc, offs, 2, enc, pos)) {
            json_decref(edits);
            return NULL;
        }
        json_t *te = json_object();
        json_object_set_new(te, "range", range_json(pos[0], pos[1]));
        json_object_set_new(te, "newText", cstr_json(e->text ? e->text : ""));
        json_array_append_new(edits, te);
    }
    return edits;
}

/* One TextEdit turning doc's text into fixed: the changed middle only. */
static json_t *whole_text_edit(const lsp_document *doc, const char *fixed, size_t flen,
                               lsp_encoding enc)
{
    size_t pre, suf;
    lsp_changed_span(doc->text, doc->len, fixed, flen, &pre, &suf);
    size_t offs[2] = {pre, doc->len - suf};
    lsp_position pos[2];
    if (!lsp_document_positions(doc, offs, 2, enc, pos)) return NULL;
    json_t *te = json_object();
    json_object_set_new(te, "range", range_json(pos[0], pos[1]));
    json_object_set_new(te, "newText", text_json(fixed + pre, flen - suf - pre));
    json_t *edits = json_array();
    json_array_append_new(edits, te);
    return edits;
}

static json_t *workspace_edit(const char *uri, json_t *edits)
{
    json_t *changes = json_object();
    json_object_set_new(changes, uri, edits);
    json_t *we = json_object();
    json_object_set_new(we, "changes", changes);
    return we;
}

/* ---- handlers ---- */

typedef void (*handler_fn)(lsp_server *srv, json_t *id, json_t *params);

static lsp_document *param_document(lsp_server *srv, json_t *params, json_t *id)
{
    const char *uri = member_string(member(params, "textDocument", JSON_OBJECT), "uri");
    if (!uri) {
        if (id) reply_error(srv, id, ERR_INVALID_PARAMS, "params.textDocument.uri is missing");
        return NULL;
    }
    lsp_document *doc = lsp_documents_find(&srv->docs, uri);
    if (!doc && id) reply_error(srv, id, ERR_INVALID_PARAMS, "document not open: %s", uri);
    return doc;
}

static void settings_from(lsp_server *srv, json_t *obj)
{
    json_t *v = json_object_get(obj, "workspaceLint");
    if (json_is_boolean(v)) srv->workspace_lint = json_is_true(v);
    v = json_object_get(obj, "debounceMs");
    if (json_is_integer(v) && json_integer_value(v) >= 0 && json_integer_value(v) <= 10000)
        srv->debounce_ms = (long)json_integer_value(v);
}

static void add_folder_uri(lsp_server *srv, const char *uri)
{
    char *path = uri ? lsp_uri_to_path(uri) : NULL;
    if (path) lsp_workspace_add_folder(&srv->ws, path);
    free(path);
}

static void on_initialize(lsp_server *srv, json_t *id, json_t *params)
{
    if (!json_is_object(params)) {
        reply_error(srv, id, ERR_INVALID_PARAMS, "initialize needs params");
        return;
    }
    if (srv->initialized) {
        reply_error(srv, id, ERR_INVALID_REQUEST, "initialize was already received");
        return;
    }
    json_t *caps = member(params, "capabilities", JSON_OBJECT);
    json_t *encs = member(member(caps, "general", JSON_OBJECT), "positionEncodings", JSON_ARRAY);
    /* UTF-8 costs no conversion; UTF-32 little; UTF-16 is the default. */
    bool has8 = false, has32 = false;
    size_t i;
    json_t *e;
    json_array_foreach(encs, i, e)
    {
        if (json_is_string(e) && strcmp(json_string_value(e), "utf-8") == 0) has8 = true;
        if (json_is_string(e) && strcmp(json_string_value(e), "utf-32") == 0) has32 = true;
    }
    srv->enc = has8 ? LSP_ENC_UTF8 : has32 ? LSP_ENC_UTF32 : LSP_ENC_UTF16;
    srv->watch_registration = json_is_true(json_object_get(
        member(member(caps, "workspace", JSON_OBJECT), "didChangeWatchedFiles", JSON_OBJECT),
        "dynamicRegistration"));
    json_t *props =
        member(member(member(member(caps, "textDocument", JSON_OBJECT), "codeAction", JSON_OBJECT),
                      "resolveSupport", JSON_OBJECT),
               "properties", JSON_ARRAY);
    json_array_foreach(props, i, e)
    {
        if (json_is_string(e) && strcmp(json_string_value(e), "edit") == 0)
            srv->resolve_edits = true;
    }
    settings_from(srv, member(params, "initializationOptions", JSON_OBJECT));
    json_t *folders = member(params, "workspaceFolders", JSON_ARRAY);
    json_array_foreach(folders, i, e)
    {
        add_folder_uri(srv, member_string(e, "uri"));
    }
    if (json_array_size(folders) == 0) {
        const char *root = member_string(params, "rootUri");
        if (root)
            add_folder_uri(srv, root);
        else if (member_string(params, "rootPath"))
            lsp_workspace_add_folder(&srv->ws, member_string(params, "rootPath"));
    }
    srv->initialized = true;

    json_t *sync = json_object();
    json_object_set_new(sync, "openClose", json_true());
    json_object_set_new(sync, "change", json_integer(2)); /* incremental */
    json_t *save = json_object();
    json_object_set_new(save, "includeText", json_false());
    json_object_set_new(sync, "save", save);
    json_t *kinds = json_array();
    json_array_append_new(kinds, json_string("quickfix"));
    json_array_append_new(kinds, json_string(FIX_ALL_KIND));
    json_t *cap = json_object();
    json_object_set_new(cap, "codeActionKinds", kinds);
    json_object_set_new(cap, "resolveProvider", json_true());
    json_t *capabilities = json_object();
    const char *enc_names[] = {"utf-16", "utf-8", "utf-32"};
    json_object_set_new(capabilities, "positionEncoding", json_string(enc_names[srv->enc]));
    json_object_set_new(capabilities, "textDocumentSync", sync);
    json_object_set_new(capabilities, "codeActionProvider", cap);
    json_object_set_new(capabilities, "hoverProvider", json_true());
    json_t *info = json_object();
    json_object_set_new(info, "name", json_string("agentlint"));
    json_object_set_new(info, "version", json_string(AGENTLINT_VERSION));
    json_t *result = json_object();
    json_object_set_new(result, "capabilities", capabilities);
    json_object_set_new(result, "serverInfo", info);
    reply(srv, id, result);
}

static void register_watchers(lsp_server *srv)
{
    json_t *watchers = json_array();
    const char *globs[] = {"**/.agentlint.yml", "**/.agentlint.yaml", "**/*.md"};
    for (size_t i = 0; i < sizeof globs / sizeof globs[0]; i++) {
        json_t *w = json_object();
        json_object_set_new(w, "globPattern", json_string(globs[i]));
        json_array_append_new(watchers, w);
    }
    json_t *opts = json_object();
    json_object_set_new(opts, "watchers", watchers);
    json_t *reg = json_object();
    json_object_set_new(reg, "id", json_string("agentlint-watch"));
    json_object_set_new(reg, "method", json_string("workspace/didChangeWatchedFiles"));
    json_object_set_new(reg, "registerOptions", opts);
    json_t *regs = json_array();
    json_array_append_new(regs, reg);
    json_t *p = json_object();
    json_object_set_new(p, "registrations", regs);
    json_t *m = json_object();
    char rid[32];
    snprintf(rid, sizeof rid, "agentlint-%u", ++srv->next_request_id);
    json_object_set_new(m, "jsonrpc", json_string("2.0"));
    json_object_set_new(m, "id", json_string(rid));
    json_object_set_new(m, "method", json_string("client/registerCapability"));
    json_object_set_new(m, "params", p);
    send_json(srv, m);
}

static void on_initialized(lsp_server *srv, json_t *id, json_t *params)
{
    (void)id;
    (void)params;
    if (srv->watch_registration) register_watchers(srv);
    if (srv->workspace_lint && srv->setup.use_disk) lsp_workspace_scan(&srv->ws);
}

static void on_shutdown(lsp_server *srv, json_t *id, json_t *params)
{
    (void)params;
    srv->shut_down = true;
    lsp_workspace_stop(&srv->ws);
    reply(srv, id, NULL);
}

static void on_exit(lsp_server *srv, json_t *id, json_t *params)
{
    (void)id;
    (void)params;
    srv->exited = true;
}

static void on_did_open(lsp_server *srv, json_t *id, json_t *params)
{
    (void)id;
    json_t *td = member(params, "textDocument", JSON_OBJECT);
    const char *uri = member_string(td, "uri");
    json_t *text = member(td, "text", JSON_STRING);
    json_t *version = member(td, "version", JSON_INTEGER);
    if (!uri || !text) return;
    lsp_document *doc =
        lsp_documents_open(&srv->docs, uri, version ? (int64_t)json_integer_value(version) : 0,
                           json_string_value(text), json_string_length(text));
    if (!doc) {
        message(srv, "window/logMessage", 1, "agentlint: out of memory opening %s", uri);
        return;
    }
    lint_document(srv, doc, true);
}

static void on_did_change(lsp_server *srv, json_t *id, json_t *params)
{
    lsp_document *doc = param_document(srv, params, id);
    json_t *changes = member(params, "contentChanges", JSON_ARRAY);
    if (!doc || !changes) return;
    json_t *version = member(member(params, "textDocument", JSON_OBJECT), "version", JSON_INTEGER);
    if (version) doc->version = (int64_t)json_integer_value(version);
    size_t i;
    json_t *c;
    json_array_foreach(changes, i, c)
    {
        json_t *text = member(c, "text", JSON_STRING);
        if (!text) continue;
        json_t *range = json_object_get(c, "range");
        lsp_position s, e;
        bool ok;
        if (range && !parse_range(range, &s, &e)) {
            /* Applying it as the whole text would lose the document. */
            message(srv, "window/logMessage", 1, "agentlint: a change with a bad range ignored");
            continue;
        }
        if (range) {
            size_t so = lsp_document_offset(doc, s, srv->enc);
            size_t eo = lsp_document_offset(doc, e, srv->enc);
            if (eo < so) {
                size_t t = so;
                so = eo;
                eo = t;
            }
            ok = lsp_document_edit(doc, so, eo, json_string_value(text), json_string_length(text));
        } else {
            ok = lsp_document_set_text(doc, json_string_value(text), json_string_length(text));
        }
        if (!ok) message(srv, "window/logMessage", 1, "agentlint: out of memory (%s)", doc->uri);
    }
    doc->dirty = true;
    doc->due_ms = lsp_now_ms() + (uint64_t)srv->debounce_ms;
}

static void refresh_workspace_file(lsp_server *srv, const char *path)
{
    if (!srv->setup.use_disk || !srv->ws.ready) return;
    char *old_name, *new_name;
    lsp_workspace_refresh_file(&srv->ws, &srv->configs, path, &old_name, &new_name);
    republish_named(srv, old_name, new_name, NULL);
    free(old_name);
    free(new_name);
}

static void reload_configuration(lsp_server *srv)
{
    lsp_configs_clear(&srv->configs);
    forget_config_errors(srv);
    lint_all_open(srv);
    if (srv->workspace_lint && srv->setup.use_disk && srv->ws.folder_count)
        lsp_workspace_scan(&srv->ws);
}

static void on_did_save(lsp_server *srv, json_t *id, json_t *params)
{
    lsp_document *doc = param_document(srv, params, id);
    if (!doc) return;
    if (doc->is_file && lsp_is_config_name(doc->path)) {
        reload_configuration(srv);
        return;
    }
    bring_up_to_date(srv, doc);
    /* Disk and the open text agree again: the index follows the file. */
    if (doc->is_file) refresh_workspace_file(srv, doc->path);
}

static void on_did_close(lsp_server *srv, json_t *id, json_t *params)
{
    lsp_document *doc = param_document(srv, params, id);
    if (!doc) return;
    char *uri = strdup(doc->uri);
    char *path = doc->is_file ? strdup(doc->path) : NULL;
    char *name = doc->agent_name ? strdup(doc->agent_name) : NULL;
    lsp_documents_close(&srv->docs, doc->uri);
    if (uri) clear_diagnostics(srv, uri);
    /* The file on disk counts again for the names. */
    if (path) refresh_workspace_file(srv, path);
    if (name) republish_named(srv, name, NULL, NULL);
    free(uri);
    free(path);
    free(name);
}

static void on_did_change_watched_files(lsp_server *srv, json_t *id, json_t *params)
{
    (void)id;
    json_t *changes = member(params, "changes", JSON_ARRAY);
    bool config_changed = false;
    size_t i;
    json_t *c;
    json_array_foreach(changes, i, c)
    {
        char *path = lsp_uri_to_path(member_string(c, "uri") ? member_string(c, "uri") : "");
        if (!path) continue;
        if (lsp_is_config_name(path))
            config_changed = true;
        else if (!lsp_documents_find_path(&srv->docs, path))
            refresh_workspace_file(srv, path);
        free(path);
    }
    if (config_changed) reload_configuration(srv);
}

static void on_did_change_configuration(lsp_server *srv, json_t *id, json_t *params)
{
    (void)id;
    bool was = srv->workspace_lint;
    settings_from(srv, member(member(params, "settings", JSON_OBJECT), "agentlint", JSON_OBJECT));
    if (was == srv->workspace_lint) return;
    if (srv->workspace_lint && srv->setup.use_disk)
        lsp_workspace_scan(&srv->ws);
    else
        lsp_workspace_stop(&srv->ws);
    lint_all_open(srv);
}

/* The fix-all action with its edit: every safe fix, as --fix applies them. */
static json_t *fix_all_action(lsp_server *srv, const lsp_document *doc)
{
    size_t flen = 0, applied = 0;
    char *fixed = lsp_fix_all_text(doc, &flen, &applied);
    json_t *edits = fixed ? whole_text_edit(doc, fixed, flen, srv->enc) : NULL;
    free(fixed);
    if (!edits) return NULL;
    json_t *a = json_object();
    json_object_set_new(a, "title", json_string("agentlint: apply all safe fixes"));
    json_object_set_new(a, "kind", json_string(FIX_ALL_KIND));
    json_object_set_new(a, "edit", workspace_edit(doc->uri, edits));
    return a;
}

/* The same action without its edit, computed in codeAction/resolve only
 * when the user picks it (it lints the document once per fix pass). */
static json_t *fix_all_stub(const lsp_document *doc)
{
    json_t *a = json_object();
    json_object_set_new(a, "title", json_string("agentlint: apply all safe fixes"));
    json_object_set_new(a, "kind", json_string(FIX_ALL_KIND));
    json_t *data = json_object();
    json_object_set_new(data, "uri", json_string(doc->uri));
    json_object_set_new(data, "version", json_integer((json_int_t)doc->version));
    json_object_set_new(a, "data", data);
    return a;
}

/* Does an action of kind match the client's `only` filter? */
static bool kind_wanted(json_t *only, const char *kind)
{
    if (!only) return true;
    size_t i;
    json_t *o;
    json_array_foreach(only, i, o)
    {
        if (!json_is_string(o)) continue;
        const char *w = json_string_value(o);
        size_t n = strlen(w);
        if (strncmp(kind, w, n) == 0 && (kind[n] == '\0' || kind[n] == '.')) return true;
    }
    return false;
}

static void on_code_action(lsp_server *srv, json_t *id, json_t *params)
{
    lsp_position rs, re;
    if (!parse_range(member(params, "range", JSON_OBJECT), &rs, &re)) {
        reply_error(srv, id, ERR_INVALID_PARAMS, "params.range is missing or invalid");
        return;
    }
    lsp_document *doc = param_document(srv, params, id);
    if (!doc) return;
    bring_up_to_date(srv, doc);
    json_t *only = member(member(params, "context", JSON_OBJECT), "only", JSON_ARRAY);
    json_t *actions = json_array();
    size_t from = lsp_document_offset(doc, rs, srv->enc);
    size_t to = lsp_document_offset(doc, re, srv->enc);
    if (to < from) to = from;
    lsp_position *pos = doc->res ? finding_positions(doc, srv->enc) : NULL;
    bool any_safe = false;
    for (size_t i = 0; pos && i < al_result_count(doc->res); i++) {
        const al_diagnostic *d = al_result_get(doc->res, i);
        if (!d->fix || d->fix->edit_count == 0) continue;
        if (d->fix->safe) any_safe = true;
        /* The finding's range touches the requested one. */
        size_t ds = d->start.offset, de = d->end.offset < ds ? ds : d->end.offset;
        if (de < from || ds > to || !kind_wanted(only, "quickfix")) continue;
        json_t *edits = fix_edits_json(doc, d->fix, srv->enc);
        char *title = lsp_fix_title(doc, d);
        if (!edits || !title) {
            json_decref(edits);
            free(title);
            continue;
        }
        json_t *a = json_object();
        json_object_set_new(a, "title", cstr_json(title));
        free(title);
        json_object_set_new(a, "kind", json_string("quickfix"));
        json_t *diags = json_array();
        json_array_append_new(diags, diagnostic_json(d, pos[2 * i], pos[2 * i + 1]));
        json_object_set_new(a, "diagnostics", diags);
        if (d->fix->safe) json_object_set_new(a, "isPreferred", json_true());
        json_object_set_new(a, "edit", workspace_edit(doc->uri, edits));
        json_array_append_new(actions, a);
    }
    free(pos);
    if (any_safe && kind_wanted(only, FIX_ALL_KIND)) {
        json_t *a = srv->resolve_edits ? fix_all_stub(doc) : fix_all_action(srv, doc);
        if (a) json_array_append_new(actions, a);
    }
    reply(srv, id, actions);
}

/* Fills in the edit of a fix-all action the client chose, if the document
 * is still at the version the action was made for. */
static void on_code_action_resolve(lsp_server *srv, json_t *id, json_t *params)
{
    json_t *data = member(params, "data", JSON_OBJECT);
    const char *uri = member_string(data, "uri");
    json_t *version = member(data, "version", JSON_INTEGER);
    if (!json_is_object(params) || !uri || !version) {
        reply_error(srv, id, ERR_INVALID_PARAMS, "not a code action of agentlint's");
        return;
    }
    lsp_document *doc = lsp_documents_find(&srv->docs, uri);
    if (!doc || doc->version != (int64_t)json_integer_value(version)) {
        reply_error(srv, id, ERR_INVALID_PARAMS, "the document changed since; ask again");
        return;
    }
    bring_up_to_date(srv, doc);
    json_t *full = fix_all_action(srv, doc);
    json_t *resolved = json_deep_copy(params);
    if (full && resolved) json_object_set(resolved, "edit", json_object_get(full, "edit"));
    json_decref(full);
    reply(srv, id, resolved);
}

static void on_hover(lsp_server *srv, json_t *id, json_t *params)
{
    lsp_position p;
    if (!parse_position(member(params, "position", JSON_OBJECT), &p)) {
        reply_error(srv, id, ERR_INVALID_PARAMS, "params.position is missing or invalid");
        return;
    }
    lsp_document *doc = param_document(srv, params, id);
    if (!doc) return;
    bring_up_to_date(srv, doc);
    size_t at = lsp_document_offset(doc, p, srv->enc);
    lsp_position *pos = doc->res ? finding_positions(doc, srv->enc) : NULL;
    json_t *result = NULL;
    size_t shown = 0;
    char *md = NULL;
    size_t md_len = 0;
    FILE *f = pos ? open_memstream(&md, &md_len) : NULL;
    const al_rule_info *seen[16];
    for (size_t i = 0; f && i < al_result_count(doc->res); i++) {
        const al_diagnostic *d = al_result_get(doc->res, i);
        size_t ds = d->start.offset, de = d->end.offset < ds ? ds : d->end.offset;
        /* Inside the range, its last character included. */
        if (at < ds || at > de) continue;
        if (shown == 0)
            result = range_json(pos[2 * i], pos[2 * i + 1]);
        else
            fputs("\n\n---\n\n", f);
        fprintf(f, "**%s** `%s` (%s): %s\n", d->rule->code, d->rule->name,
                al_severity_name(d->severity), d->message);
        /* Each rule's explanation once. */
        bool again = false;
        for (size_t k = 0; k < shown && k < 16; k++)
            again = again || seen[k] == d->rule;
        if (!again) {
            const char *text = al_rule_explanation(d->rule);
            fprintf(f, "\n%s", text ? text : d->rule->summary);
        }
        if (shown < 16) seen[shown] = d->rule;
        shown++;
    }
    free(pos);
    if (f) fclose(f);
    if (shown && md) {
        json_t *contents = json_object();
        json_object_set_new(contents, "kind", json_string("markdown"));
        json_object_set_new(contents, "value", text_json(md, md_len));
        json_t *h = json_object();
        json_object_set_new(h, "contents", contents);
        json_object_set_new(h, "range", result);
        reply(srv, id, h);
    } else {
        json_decref(result);
        reply(srv, id, NULL);
    }
    free(md);
}

typedef struct {
    const char *method;
    handler_fn fn;
    bool request;
} method_entry;

/* clang-format off */
static const method_entry methods[] = {
    {"initialize",                          on_initialize,               true},
    {"initialized",                         on_initialized,              false},
    {"shutdown",                            on_shutdown,                 true},
    {"exit",                                on_exit,                     false},
    {"textDocument/didOpen",                on_did_open,                 false},
    {"textDocument/didChange",              on_did_change,               false},
    {"textDocument/didSave",                on_did_save,                 false},
    {"textDocument/didClose",               on_did_close,                false},
    {"textDocument/codeAction",             on_code_action,              true},
    {"textDocument/hover",                  on_hover,                    true},
    {"codeAction/resolve",                  on_code_action_resolve,      true},
    {"workspace/didChangeWatchedFiles",     on_did_change_watched_files, false},
    {"workspace/didChangeConfiguration",    on_did_change_configuration, false},
};
/* clang-format on */

/* ---- dispatch ---- */

static bool valid_id(json_t *id)
{
    return json_is_integer(id) || json_is_string(id);
}

static void dispatch(lsp_server *srv, json_t *msg, bool cancelled)
{
    if (!json_is_object(msg)) {
        reply_error(srv, NULL, ERR_INVALID_REQUEST, "a message must be a JSON object");
        return;
    }
    json_t *id = json_object_get(msg, "id");
    const char *method = member_string(msg, "method");
    bool is_request = id != NULL;
    if (!method) {
        /* A response to one of our requests (registerCapability): nothing to do. */
        if (valid_id(id) && (json_object_get(msg, "result") || json_object_get(msg, "error")))
            return;
        reply_error(srv, valid_id(id) ? id : NULL, ERR_INVALID_REQUEST, "no method");
        return;
    }
    if (is_request && !valid_id(id)) {
        reply_error(srv, NULL, ERR_INVALID_REQUEST, "id must be a number or a string");
        return;
    }
    if (cancelled && is_request) {
        reply_error(srv, id, ERR_CANCELLED, "request cancelled");
        return;
    }
    json_t *params = json_object_get(msg, "params");
    if (params && !json_is_object(params) && !json_is_array(params)) {
        if (is_request) reply_error(srv, id, ERR_INVALID_PARAMS, "params must be structured");
        return;
    }
    if (strcmp(method, "exit") == 0) {
        on_exit(srv, id, params);
        return;
    }
    if (!srv->initialized && strcmp(method, "initialize") != 0) {
        if (is_request) reply_error(srv, id, ERR_NOT_INITIALIZED, "initialize first");
        return;
    }
    if (srv->shut_down) {
        if (is_request) reply_error(srv, id, ERR_INVALID_REQUEST, "the server is shut down");
        return;
    }
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        if (strcmp(methods[i].method, method) != 0) continue;
        if (methods[i].request != is_request) {
            if (is_request)
                reply_error(srv, id, ERR_INVALID_REQUEST, "%s is a notification", method);
            return;
        }
        methods[i].fn(srv, is_request ? id : NULL, params);
        return;
    }
    /* Unknown notifications, $/ ones included, are ignored. */
    if (is_request) reply_error(srv, id, ERR_METHOD_NOT_FOUND, "unknown method %s", method);
}

/* ---- the queue ---- */

static bool same_id(json_t *a, json_t *b)
{
    if (json_is_integer(a) && json_is_integer(b))
        return json_integer_value(a) == json_integer_value(b);
    return json_is_string(a) && json_is_string(b) &&
           strcmp(json_string_value(a), json_string_value(b)) == 0;
}

void lsp_server_receive(lsp_server *srv, const char *body, size_t len)
{
    json_error_t err;
    json_t *msg = json_loadb(body, len, JSON_ALLOW_NUL, &err);
    if (!msg) {
        reply_error(srv, NULL, ERR_PARSE, "invalid JSON at %d:%d: %s", err.line, err.column,
                    err.text);
        return;
    }
    /* A cancellation acts on the queue at once. */
    const char *method = member_string(msg, "method");
    if (method && strcmp(method, "$/cancelRequest") == 0) {
        json_t *cid = json_object_get(member(msg, "params", JSON_OBJECT), "id");
        for (queued *q = srv->head; q && valid_id(cid); q = q->next)
            if (json_is_object(q->msg) && member_string(q->msg, "method") &&
                same_id(json_object_get(q->msg, "id"), cid))
                q->cancelled = true;
        json_decref(msg);
        return;
    }
    queued *q = calloc(1, sizeof *q);
    if (!q) {
        json_decref(msg);
        return;
    }
    q->msg = msg;
    if (srv->tail)
        srv->tail->next = q;
    else
        srv->head = q;
    srv->tail = q;
}

void lsp_server_dropped(lsp_server *srv, const char *why)
{
    message(srv, "window/logMessage", 1, "agentlint: message dropped: %s", why);
}

bool lsp_server_has_queued(const lsp_server *srv)
{
    return srv->head != NULL;
}

void lsp_server_process_one(lsp_server *srv)
{
    queued *q = srv->head;
    if (!q) return;
    srv->head = q->next;
    if (!srv->head) srv->tail = NULL;
    if (!srv->exited) dispatch(srv, q->msg, q->cancelled);
    json_decref(q->msg);
    free(q);
}

void lsp_server_workspace_ready(lsp_server *srv)
{
    if (!lsp_workspace_collect(&srv->ws)) return;
    /* Names across files are known now. */
    for (lsp_document *d = srv->docs.first; d; d = d->next)
        if (d->agent_name && !d->dirty) lint_document(srv, d, false);
}

bool lsp_server_done(const lsp_server *srv)
{
    return srv->exited || srv->send_failed;
}

int lsp_server_exit_status(const lsp_server *srv)
{
    return srv->shut_down ? 0 : 1;
}

lsp_server *lsp_server_new(const lsp_server_setup *setup)
{
    lsp_server *srv = calloc(1, sizeof *srv);
    if (!srv) return NULL;
    srv->setup = *setup;
    srv->enc = LSP_ENC_UTF16;
    srv->debounce_ms = DEFAULT_DEBOUNCE_MS;
    srv->workspace_lint = true;
    srv->base = al_options_new();
    if (!srv->base) {
        free(srv);
        return NULL;
    }
    al_options_set_max_file_size(srv->base, AL_DEFAULT_MAX_FILE_SIZE);
    lsp_workspace_init(&srv->ws, srv->base, setup->wake_fd);
    return srv;
}

void lsp_server_free(lsp_server *srv)
{
    if (!srv) return;
    lsp_workspace_free(&srv->ws);
    while (srv->head) {
        queued *q = srv->head;
        srv->head = q->next;
        json_decref(q->msg);
        free(q);
    }
    lsp_documents_free(&srv->docs);
    lsp_configs_clear(&srv->configs);
    forget_config_errors(srv);
    al_options_free(srv->base);
    free(srv);
}
