/* Rules about `tools` and `disallowedTools`. Both accept a comma string, a
 * flow list or a block list (agent.c splits them); entries are checked
 * against spec/claude_code.c and the names configured in .agentlint.yml. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules/checks.h"
#include "spec/claude_code.h"
#include "util/strbuf.h"
#include "util/suggest.h"

typedef enum {
    TOOL_EMPTY,
    TOOL_OK,      /* current built-in, configured extra, or well-formed MCP name */
    TOOL_MCP_BAD, /* malformed MCP name */
    TOOL_MCP_ALL, /* mcp__* */
    TOOL_STATUS,  /* alias, deprecated or retired: see row */
    TOOL_UNKNOWN,
} tool_class;

typedef struct {
    tool_class cls;
    const al_cc_tool *row;
    const char *why; /* TOOL_MCP_BAD: what is wrong */
} tool_info;

static bool mcp_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

static const char *mcp_problem(const char *t, size_t n)
{
    const char *r = t + 5; /* after "mcp__" */
    size_t rn = n - 5;
    if (rn == 0) return "it has no server name after `mcp__`";
    const char *sep = NULL;
    for (size_t i = 0; i + 1 < rn; i++)
        if (r[i] == '_' && r[i + 1] == '_') {
            sep = r + i;
            break;
        }
    size_t sn = sep ? (size_t)(sep - r) : rn;
    if (sn == 0) return "it has no server name after `mcp__`";
    for (size_t i = 0; i < sn; i++) {
        if (r[i] == '*')
            return "a wildcard in the server part is not supported (only `mcp__*`, and only in "
                   "`disallowedTools`); name the server";
        if (!mcp_char(r[i]))
            return "the server name has a character other than letters, digits, `_`, `-` and `.`";
    }
    if (!sep) return NULL;
    const char *tool = sep + 2;
    size_t tn = rn - sn - 2;
    if (tn == 0)
        return "it ends with `__` but names no tool; use `mcp__server` or `mcp__server__*` for all "
               "of a server's tools";
    if (tn == 1 && tool[0] == '*') return NULL;
    for (size_t i = 0; i < tn; i++) {
        if (tool[i] == '*') return "only a whole `*` is a wildcard (`mcp__server__*`)";
        if (!mcp_char(tool[i]))
            return "the tool name has a character other than letters, digits, `_`, `-` and `.`";
    }
    return NULL;
}

static tool_info classify(const al_document *doc, const al_tool_entry *e)
{
    tool_info info = {TOOL_UNKNOWN, NULL, NULL};
    if (e->len == 0) {
        info.cls = TOOL_EMPTY;
        return info;
    }
    if (e->len >= 5 && memcmp(e->text, "mcp__", 5) == 0) {
        if (e->len == 6 && e->text[5] == '*') {
            info.cls = TOOL_MCP_ALL;
            return info;
        }
        info.why = mcp_problem(e->text, e->len);
        info.cls = info.why ? TOOL_MCP_BAD : TOOL_OK;
        return info;
    }
    if (e->len >= 4 && memcmp(e->text, "mcp_", 4) == 0) {
        info.cls = TOOL_MCP_BAD;
        info.why = "MCP tool names start with `mcp__` (two underscores) and separate server and "
                   "tool with `__`";
        return info;
    }
    /* Tool(specifier): the base name decides. */
    size_t base = e->len;
    const char *paren = memchr(e->text, '(', e->len);
    if (paren) {
        if (e->text[e->len - 1] != ')') return info;
        base = (size_t)(paren - e->text);
    }
    if (doc->opts && al_name_set_contains(&doc->opts->known_tools, e->text, base)) {
        info.cls = TOOL_OK;
        return info;
    }
    info.row = al_cc_tool_find(e->text, base);
    if (info.row) info.cls = info.row->status == AL_TOOL_CURRENT ? TOOL_OK : TOOL_STATUS;
    return info;
}

static const char *field_of(const al_tool_list *list)
{
    return list->pair->key->text;
}

static bool is_allow_list(const al_document *doc, const al_tool_list *list)
{
    return list == &doc->agent.tools;
}

/* What an unknown name in this list does. */
static const char *unknown_effect(const al_document *doc, const al_tool_list *list)
{
    if (!is_allow_list(doc, list)) return "so it denies nothing";
    return doc->kind == AL_KIND_AGENT ? "Claude Code drops it from the list"
                                      : "Claude Code pre-approves nothing for it";
}

/* What a retired name in this list does. */
static const char *retired_effect(const al_document *doc, const al_tool_list *list)
{
    if (!is_allow_list(doc, list)) return "denying it has no effect";
    return doc->kind == AL_KIND_AGENT ? "the agent does not get it"
                                      : "pre-approving it has no effect";
}

/* Runs fn over every entry of both lists. */
typedef void (*entry_fn)(al_context *ctx, const al_document *doc, const al_tool_list *list,
                         size_t index);

static void each_entry(al_context *ctx, const al_document *doc, entry_fn fn)
{
    if (doc->input != AL_INPUT_TEXT) return;
    const al_tool_list *lists[2] = {&doc->agent.tools, &doc->agent.disallowed_tools};
    for (int l = 0; l < 2; l++)
        if (lists[l]->pair && lists[l]->usable)
            for (size_t i = 0; i < lists[l]->count; i++)
                fn(ctx, doc, lists[l], i);
}

static bool exact(const al_document *doc, const al_tool_entry *e)
{
    return e->len > 0 && e->end - e->start == e->len &&
           memcmp(doc->src.data + e->start, e->text, e->len) == 0;
}

/* The bytes to delete to drop entry i from its list with its separator, for
 * fixes. False when the entry cannot be located exactly. */
static bool removal_span(const al_document *doc, const al_tool_list *list, size_t i, size_t *s,
                         size_t *e)
{
    const al_tool_entry *cur = &list->entries[i];
    if (!exact(doc, cur)) return false;
    const al_yaml_node *v = list->pair->value;
    if (v->kind == AL_YAML_SEQUENCE && v->style == AL_YAML_BLOCK) {
        size_t line = al_source_line_of(&doc->src, cur->start);
        *s = doc->src.line_start[line - 1];
        *e = line < doc->src.line_count ? doc->src.line_start[line] : doc->src.len;
        return true;
    }
    if (i > 0) {
        const al_tool_entry *prev = &list->entries[i - 1];
        size_t from = prev->end;
        /* a quoted list item ends after its closing quote */
        if (v->kind == AL_YAML_SEQUENCE) from = prev->node->end;
        size_t to = v->kind == AL_YAML_SEQUENCE ? cur->node->end : cur->end;
        if (from > to) return false;
        *s = from;
        *e = to;
        return true;
    }
    if (i + 1 < list->count) {
        const al_tool_entry *next = &list->entries[i + 1];
        size_t from = v->kind == AL_YAML_SEQUENCE ? cur->node->start : cur->start;
        size_t to = v->kind == AL_YAML_SEQUENCE ? next->node->start : next->start;
        if (from > to) return false;
        *s = from;
        *e = to;
        return true;
    }
    return false;
}

static bool list_has(const al_tool_list *list, const char *name)
{
    for (size_t i = 0; i < list->count; i++)
        if (strcmp(list->entries[i].text, name) == 0) return true;
    return false;
}

static const char *entry_text(al_context *ctx, const al_tool_entry *e)
{
    return al_quote(ctx, e->text, e->len);
}

/* ---- unknown-tool ---- */

static bool all_words_are_tools(const al_tool_entry *e)
{
    size_t i = 0, words = 0;
    while (i < e->len) {
        while (i < e->len && e->text[i] == ' ')
            i++;
        size_t a = i;
        while (i < e->len && e->text[i] != ' ')
            i++;
        if (i == a) break;
        if (!al_cc_tool_find(e->text + a, i - a)) return false;
        words++;
    }
    return words > 1;
}

static bool looks_like_agent_name(const al_tool_entry *e)
{
    if (!memchr(e->text, '-', e->len)) return false;
    for (size_t i = 0; i < e->len; i++) {
        char c = e->text[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    }
    return true;
}

/* Words that other tools' names add to a Claude Code tool's (WriteFile,
 * read_file, BashTool). */
static const char *const tool_suffixes[] = {"file", "files", "tool", "command"};

/* The current tool that name is with one such word added, or NULL. */
static const char *tool_with_suffix(const char *name, size_t len)
{
    for (size_t k = 0; k < sizeof tool_suffixes / sizeof tool_suffixes[0]; k++) {
        size_t n = strlen(tool_suffixes[k]);
        if (len <= n || strncasecmp(name + len - n, tool_suffixes[k], n) != 0) continue;
        size_t stem = len - n;
        if (name[stem - 1] == '_' || name[stem - 1] == '-') stem--;
        for (size_t j = 0; j < al_cc_tool_count; j++) {
            const al_cc_tool *t = &al_cc_tools[j];
            if (t->status == AL_TOOL_CURRENT && strlen(t->name) == stem &&
                strncasecmp(t->name, name, stem) == 0)
                return t->name;
        }
    }
    return NULL;
}

static void unknown_tool(al_context *ctx, const al_document *doc, const al_tool_list *list,
                         size_t i)
{
    const al_tool_entry *e = &list->entries[i];
    tool_info info = classify(doc, e);
    if (info.cls != TOOL_UNKNOWN) return;
    const char *field = field_of(list);
    const char *text = entry_text(ctx, e);
    const char *effect = unknown_effect(doc, list);
    if (e->len == 1 && e->text[0] == '*') {
        if (doc->kind == AL_KIND_AGENT)
            al_report(ctx, e->start, e->end,
                      "`*` is not a documented tool pattern for Claude Code agents; to give the "
                      "agent every tool, remove the `%s` field",
                      field);
        else
            al_report(ctx, e->start, e->end,
                      "`*` is not a documented tool pattern for Claude Code %ss, so %s; list the "
                      "tools by name",
                      al_wording(doc)->noun, effect);
        return;
    }
    if (memchr(e->text, '(', e->len) && e->text[e->len - 1] != ')') {
        al_report(ctx, e->start, e->end,
                  "`%s` opens `(` but does not close it, so it is not a tool name; write "
                  "`Tool(specifier)`",
                  text);
        return;
    }
    if (all_words_are_tools(e)) {
        al_report(ctx, e->start, e->end,
                  "`%s` is several tool names separated by spaces, which Claude Code reads as "
                  "one unknown tool; separate them with commas",
                  text);
        return;
    }
    al_suggester s;
    al_suggest_begin(&s, e->text, e->len);
    for (size_t j = 0; j < al_cc_tool_count; j++)
        if (al_cc_tools[j].status == AL_TOOL_CURRENT) al_suggest_consider(&s, al_cc_tools[j].name);
    const char *best = al_suggest_result(&s);
    if (!best) best = tool_with_suffix(e->text, e->len);
    if (best) {
        al_pending *p = al_report(ctx, e->start, e->end,
                                  "unknown tool `%s` in `%s`: did you mean `%s`? As written, %s",
                                  text, field, best, effect);
        if (exact(doc, e)) {
            al_fix_edit(ctx, p, e->start, e->end, best);
            al_fix_unsafe(p);
        }
        return;
    }
    if (looks_like_agent_name(e)) {
        al_report(ctx, e->start, e->end,
                  "`%s` in `%s` looks like the name of an agent or an MCP server, not a tool; %s. "
                  "%s",
                  text, field, effect,
                  doc->kind == AL_KIND_AGENT
                      ? "To let this agent start other agents, list `Agent`; to give it an MCP "
                        "server's tools, list `mcp__<server>`"
                      : "To name the tool that starts agents, list `Agent`; for an MCP "
                        "server's tools, list `mcp__<server>`");
        return;
    }
    al_report(ctx, e->start, e->end,
              "unknown tool `%s` in `%s`: it is not a Claude Code tool, so %s; if it is a tool "
              "of your own setup, list it under `claude-code: tools:` in .agentlint.yml",
              text, field, effect);
}

void al_check_unknown_tool(al_context *ctx, const al_document *doc)
{
    each_entry(ctx, doc, unknown_tool);
}

/* ---- retired-tool ---- */

/* Whether a list names a tool, asked once per table row and list: a list
 * of 100k retired names must not be scanned once per name. */
typedef struct {
    const al_tool_list *list;
    signed char *has; /* per row of al_cc_tools: -1 not asked yet, 0, 1 */
} replacement_memo;

static bool list_has_replacement(replacement_memo *memo, const al_cc_tool *row)
{
    size_t r = (size_t)(row - al_cc_tools);
    if (!memo->has) return list_has(memo->list, row->replacement);
    if (memo->has[r] < 0) memo->has[r] = list_has(memo->list, row->replacement);
    return memo->has[r] == 1;
}

static void retired_tool(al_context *ctx, const al_document *doc, const al_tool_list *list,
                         size_t i, replacement_memo *memo)
{
    const al_tool_entry *e = &list->entries[i];
    tool_info info = classify(doc, e);
    if (info.cls != TOOL_STATUS) return;
    const al_cc_tool *row = info.row;
    al_pending *p = NULL;
    switch (row->status) {
    case AL_TOOL_ALIAS:
        p = al_report_at(ctx, AL_INFO, e->start, e->end,
                         "`%s` was renamed `%s` in Claude Code %s; the old name still works as "
                         "an alias, but new %ss should use `%s`",
                         row->name, row->replacement, row->since, al_wording(doc)->noun,
                         row->replacement);
        break;
    case AL_TOOL_DEPRECATED:
        p = al_report_at(ctx, AL_INFO, e->start, e->end,
                         "`%s` is deprecated since Claude Code %s; use `%s` on the task's output "
                         "file instead",
                         row->name, row->since, row->replacement);
        break;
    case AL_TOOL_RETIRED:
        if (row->replacement)
            p = al_report_at(ctx, AL_WARNING, e->start, e->end,
                             "`%s` was retired from Claude Code (%s), so %s; use `%s`", row->name,
                             row->since, retired_effect(doc, list), row->replacement);
        else
            al_report_at(ctx, AL_WARNING, e->start, e->end,
                         "`%s` was removed from Claude Code (%s) with no replacement, so %s; "
                         "remove it",
                         row->name, row->since, retired_effect(doc, list));
        break;
    case AL_TOOL_CURRENT:
        break;
    }
    if (!p || !row->one_to_one || !row->replacement || !exact(doc, e)) return;
    size_t s, t;
    /* The entry's own specifier, as in Task(explorer), moves to the new name. */
    const char *rest = e->text + strlen(row->name);
    if (list_has_replacement(memo, row) && !*rest && removal_span(doc, list, i, &s, &t)) {
        al_fix_edit(ctx, p, s, t, "");
    } else {
        al_fix_edit(ctx, p, e->start, e->start + strlen(row->name), row->replacement);
    }
}

void al_check_retired_tool(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT) return;
    const al_tool_list *lists[2] = {&doc->agent.tools, &doc->agent.disallowed_tools};
    for (int l = 0; l < 2; l++) {
        if (!lists[l]->pair || !lists[l]->usable) continue;
        /* Without memory the answers are found by scanning each time. */
        replacement_memo memo = {lists[l], malloc(al_cc_tool_count)};
        if (memo.has) memset(memo.has, -1, al_cc_tool_count);
        for (size_t i = 0; i < lists[l]->count; i++)
            retired_tool(ctx, doc, lists[l], i, &memo);
        free(memo.has);
    }
}

/* ---- duplicate-tool ---- */

typedef struct {
    const char *text;
    size_t index;
} named_entry;

static int compare_entries(const void *pa, const void *pb)
{
    const named_entry *a = pa, *b = pb;
    int c = strcmp(a->text, b->text);
    if (c) return c;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Every entry after the first with the same name, in list order. The
 * entries are sorted by name once, so that a list of thousands of names is
 * not compared pairwise. */
static void duplicates_in(al_context *ctx, const al_document *doc, const al_tool_list *list)
{
    if (list->count < 2) return;
    named_entry *order = malloc(list->count * sizeof *order);
    size_t *first = malloc(list->count * sizeof *first);
    if (!order || !first) {
        free(order);
        free(first);
        return;
    }
    for (size_t i = 0; i < list->count; i++)
        order[i] = (named_entry){list->entries[i].text, i};
    qsort(order, list->count, sizeof *order, compare_entries);
    for (size_t k = 0; k < list->count; k++) {
        size_t i = order[k].index;
        first[i] =
            k > 0 && strcmp(order[k - 1].text, order[k].text) == 0 ? first[order[k - 1].index] : i;
    }
    for (size_t i = 0; i < list->count; i++) {
        const al_tool_entry *e = &list->entries[i];
        if (e->len == 0 || first[i] == i) continue;
        al_pending *p = al_report(ctx, e->start, e->end,
                                  "`%s` is listed twice in `%s` (first on line %zu); remove this "
                                  "one",
                                  entry_text(ctx, e), field_of(list),
                                  al_source_line_of(&doc->src, list->entries[first[i]].start));
        size_t s, t;
        if (removal_span(doc, list, i, &s, &t)) al_fix_edit(ctx, p, s, t, "");
    }
    free(order);
    free(first);
}

void al_check_duplicate_tool(al_context *ctx, const al_document *doc)
{
    if (doc->input != AL_INPUT_TEXT) return;
    const al_tool_list *lists[2] = {&doc->agent.tools, &doc->agent.disallowed_tools};
    for (int l = 0; l < 2; l++)
        if (lists[l]->pair && lists[l]->usable) duplicates_in(ctx, doc, lists[l]);
}

/* ---- empty-tool-entry ---- */

static void empty_entry(al_context *ctx, const al_document *doc, const al_tool_list *list, size_t i)
{
    (void)doc;
    const al_tool_entry *e = &list->entries[i];
    if (e->len != 0) return;
    al_report(ctx, e->start, e->end,
              "`%s` has an empty entry (a doubled or trailing comma, or an empty list item); "
              "remove it",
              field_of(list));
}

void al_check_empty_tool_entry(al_context *ctx, const al_document *doc)
{
    each_entry(ctx, doc, empty_entry);
}

/* ---- MCP names ---- */

static void malformed_mcp(al_context *ctx, const al_document *doc, const al_tool_list *list,
                          size_t i)
{
    const al_tool_entry *e = &list->entries[i];
    tool_info info = classify(doc, e);
    if (info.cls != TOOL_MCP_BAD) return;
    al_report(ctx, e->start, e->end,
              "malformed MCP tool name `%s`: %s. The forms are `mcp__server`, "
              "`mcp__server__tool` and `mcp__server__*`",
              entry_text(ctx, e), info.why);
}

void al_check_malformed_mcp_tool(al_context *ctx, const al_document *doc)
{
    each_entry(ctx, doc, malformed_mcp);
}

static void mcp_all(al_context *ctx, const al_document *doc, const al_tool_list *list, size_t i)
{
    const al_tool_entry *e = &list->entries[i];
    if (list != &doc->agent.tools || classify(doc, e).cls != TOOL_MCP_ALL) return;
    al_report(ctx, e->start, e->end,
              "`mcp__*` works only in `disallowedTools` (to deny every MCP tool); in `tools` it "
              "matches nothing. List each server as `mcp__server`, or omit `tools` to inherit "
              "every MCP tool");
}

void al_check_mcp_wildcard_in_tools(al_context *ctx, const al_document *doc)
{
    each_entry(ctx, doc, mcp_all);
}

/* ---- no-valid-tools ---- */

void al_check_no_valid_tools(al_context *ctx, const al_document *doc)
{
    const al_tool_list *list = &doc->agent.tools;
    if (doc->input != AL_INPUT_TEXT || !list->pair || !list->usable || list->count == 0) return;
    al_strbuf bad;
    al_strbuf_init(&bad);
    size_t named = 0;
    for (size_t i = 0; i < list->count; i++) {
        const al_tool_entry *e = &list->entries[i];
        tool_info info = classify(doc, e);
        if (info.cls == TOOL_OK) goto done;
        if (info.cls == TOOL_STATUS && info.row->status != AL_TOOL_RETIRED) goto done;
        if (e->len == 0) continue;
        if (named < 4) {
            al_strbuf_puts(&bad, named ? ", " : "");
            al_strbuf_append_quoted(&bad, e->text, e->len, 40);
        }
        named++;
    }
    if (named == 0) goto done; /* only empty entries: empty-tool-entry says it */
    al_report(ctx, list->pair->value->start, list->pair->value->end,
              "no entry of `tools` is a tool Claude Code has (%s%s), so since v2.1.208 it "
              "refuses to start this agent (\"would be spawned with zero tools\"); fix the "
              "names, or remove `tools` to give the agent every tool",
              bad.data ? bad.data : "", named > 4 ? ", …" : "");
done:
    al_strbuf_free(&bad);
}
