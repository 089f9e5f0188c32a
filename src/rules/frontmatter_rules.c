/* Rules about the front matter as YAML: where it is, whether it parses. */
#include <string.h>

#include "rules/checks.h"
#include "spec/claude_code.h"
#include "util/strbuf.h"
#include "util/utf8.h"

static bool is_text(const al_document *doc)
{
    return doc->input == AL_INPUT_TEXT;
}

static void line_span(const al_document *doc, size_t line, size_t *s, size_t *e)
{
    al_source_line_span(&doc->src, line, s, e);
}

/* What the tool that reads this kind of file does when it finds no front
 * matter (spec/kind_wording.c); where the reference does not say, only
 * that no field is read. */
static const char *unread_effect(const al_document *doc)
{
    const char *effect = al_wording(doc)->unread;
    return effect ? effect : "none of its fields is read";
}

/* The same for front matter that does not parse. */
static const char *unparsable_effect(al_context *ctx, const al_document *doc)
{
    const al_kind_wording *w = al_wording(doc);
    if (w->unparsed) return w->unparsed;
    const char *text = al_arena_printf(al_context_arena(ctx),
                                       "none of the %s's fields is read while its front matter "
                                       "does not parse",
                                       w->noun);
    return text ? text : "none of its fields is read while the front matter does not parse";
}

void al_check_missing_front_matter(al_context *ctx, const al_document *doc)
{
    if (!is_text(doc) || doc->fm.status != AL_FM_ABSENT) return;
    size_t s, e;
    line_span(doc, 1, &s, &e);
    const char *id =
        doc->plugin_root
            ? al_plugin_agent_file_id(al_context_path(ctx), doc->plugin_root, al_context_arena(ctx))
            : NULL;
    if (id) {
        /* Claude Code loads it all the same, and lists it with a placeholder
         * that gives the model no reason to pick it (docs/rules/FM001.md). */
        al_report_at(ctx, AL_WARNING, s, e,
                     "no front matter: %s: this one loads as `<plugin>:%s`, described only as "
                     "\"Agent from <plugin> plugin\", so it is never chosen automatically; start "
                     "the file with a `---` block holding `name` and a `description` that says "
                     "when to use it",
                     unread_effect(doc), al_quote(ctx, id, strlen(id)));
        return;
    }
    if (doc->kind_basis == AL_KIND_BASIS_SIBLINGS) {
        /* not a note when walked: its folder, not its place, makes it an agent */
        al_report(ctx, s, e,
                  "no front matter, though the other Markdown files of its folder are agents: "
                  "an agent's `name` and `description` are read from a `---` block at the very "
                  "top of the file, so %s; start it with `---`, the fields, and another `---` "
                  "(or move it out of the folder if it is not an agent)",
                  unread_effect(doc));
        return;
    }
    if (doc->origin == AL_FILE_DISCOVERED) {
        al_report_at(ctx, AL_INFO, s, e,
                     "no front matter: this file is read as documentation, not as an agent; "
                     "to make it an agent, start it with a `---` block holding `name` and "
                     "`description`");
        return;
    }
    al_report(ctx, s, e,
              "no front matter: an agent's `name` and `description` are read from a `---` block "
              "at the very top of the file, so %s; start it with `---`, the fields, and another "
              "`---`",
              unread_effect(doc));
}

void al_check_front_matter_not_at_start(al_context *ctx, const al_document *doc)
{
    if (!is_text(doc) || doc->fm.status != AL_FM_NOT_AT_START) return;
    bool blank_only = true;
    for (size_t i = 0; i < doc->src.line_start[doc->fm.open_line - 1]; i++) {
        char c = doc->src.data[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && (unsigned char)c != 0xEF &&
            (unsigned char)c != 0xBB && (unsigned char)c != 0xBF) {
            blank_only = false;
            break;
        }
    }
    size_t s, e;
    line_span(doc, doc->fm.open_line, &s, &e);
    size_t before = doc->fm.open_line - 1;
    al_report(ctx, s, e,
              "front matter starts on line %zu, not line 1: front matter is read only when `---` "
              "is the first line, so %s; remove the %zu %s before it",
              doc->fm.open_line, unread_effect(doc), before,
              blank_only ? (before == 1 ? "blank line" : "blank lines")
                         : (before == 1 ? "line" : "lines"));
}

void al_check_unterminated_front_matter(al_context *ctx, const al_document *doc)
{
    if (!is_text(doc) || doc->fm.status != AL_FM_UNTERMINATED) return;
    size_t s, e;
    line_span(doc, doc->fm.open_line, &s, &e);
    if (doc->fm.dashes_line) {
        al_report(ctx, s, e,
                  "front matter opened here is never closed: line %zu is a line of dashes, but "
                  "the closing line must be exactly `---`; until then the whole file is read "
                  "as YAML, and %s",
                  doc->fm.dashes_line, unparsable_effect(ctx, doc));
        return;
    }
    al_report(ctx, s, e,
              "front matter opened here is never closed: add a line with exactly `---` after "
              "the last field; until then the whole file is read as YAML, and %s",
              unparsable_effect(ctx, doc));
}

/* The top-level key whose value holds offset: the nearest line at or above
 * it that starts with "key:". */
static bool enclosing_key(const al_document *doc, size_t offset, const char **key, size_t *len,
                          size_t *key_line)
{
    size_t line = al_source_line_of(&doc->src, offset);
    for (; line > doc->fm.open_line; line--) {
        size_t s, e;
        line_span(doc, line, &s, &e);
        const char *t = doc->src.data + s;
        size_t n = 0;
        while (n < e - s && (t[n] == '_' || t[n] == '-' || (t[n] >= 'a' && t[n] <= 'z') ||
                             (t[n] >= 'A' && t[n] <= 'Z') || (t[n] >= '0' && t[n] <= '9')))
            n++;
        if (n > 0 && n < e - s && t[n] == ':' && t[0] != '-') {
            *key = t;
            *len = n;
            *key_line = line;
            return true;
        }
    }
    return false;
}

/* The Claude Code field whose value the stray key on key_line fell out of:
 * the key just above it, or `description` above a run of stray keys
 * (`Context:`, `user:`, `assistant:` of a pasted example). */
static bool field_above(const al_document *doc, size_t key_line, const char **field, size_t *len,
                        size_t *field_line)
{
    for (size_t line = key_line, steps = 0; line > doc->fm.open_line + 1; steps++) {
        if (!enclosing_key(doc, doc->src.line_start[line - 2], field, len, field_line))
            return false;
        if (al_cc_field_find(*field, *len))
            return steps == 0 || (*len == 11 && memcmp(*field, "description", 11) == 0);
        line = *field_line;
    }
    return false;
}

/* The text just before offset on its line, to quote it ("Examples:"). */
static void word_before(const al_document *doc, size_t offset, const char **w, size_t *n)
{
    size_t line = al_source_line_of(&doc->src, offset);
    size_t s, e;
    line_span(doc, line, &s, &e);
    size_t b = offset, a;
    while (b > s && doc->src.data[b - 1] == ' ')
        b--;
    a = b;
    while (a > s && doc->src.data[a - 1] != ' ' && b - a < 30)
        a--;
    *w = doc->src.data + a;
    *n = offset + 1 - a <= 40 ? offset + 1 - a : 0;
}

/* A line that is empty or holds only spaces. */
static bool is_blank_line(const al_document *doc, size_t line)
{
    size_t s, e;
    line_span(doc, line, &s, &e);
    for (size_t i = s; i < e; i++)
        if (doc->src.data[i] != ' ') return false;
    return true;
}

/* The index of the lenient reading's pair whose key is on this line, or
 * (size_t)-1. */
static size_t lenient_pair_on(const al_document *doc, size_t line)
{
    const al_yaml_node *root = doc->fm.root;
    if (!doc->fm.lenient || !root || root->kind != AL_YAML_MAPPING) return (size_t)-1;
    for (size_t i = 0; i < root->count; i++)
        if (al_source_line_of(&doc->src, root->pairs[i].key->start) == line) return i;
    return (size_t)-1;
}

/* Whether the lines after the value on key_line (pair index i) let a strict
 * parser read the quoted value alone: blank up to the next key, and below,
 * at the left margin, only keys, comments and blank lines (indented lines
 * belong to the keys above them). */
static bool value_ends_on_its_line(const al_document *doc, size_t i, size_t key_line)
{
    const al_yaml_node *root = doc->fm.root;
    size_t next = i + 1;
    for (size_t line = key_line + 1; line < doc->fm.close_line; line++) {
        if (next < root->count &&
            al_source_line_of(&doc->src, root->pairs[next].key->start) == line) {
            next++;
            continue;
        }
        size_t s, e;
        line_span(doc, line, &s, &e);
        char c = s < e ? doc->src.data[s] : ' ';
        if (next == i + 1 ? !is_blank_line(doc, line) : c != ' ' && c != '#') return false;
    }
    return true;
}

/* The fix for a plain value holding ": ": the value Claude Code's lenient
 * reader loads (the text after the key on its line, trimmed), written as a
 * double-quoted YAML string with escapes, so that a strict parser reads
 * exactly that text. Only when the value ends on its line: every line up
 * to the next key (or the end of the front matter) is blank, and no text
 * at the left margin below is anything but a key or a comment. Such text
 * (pasted `<example>` or `<commentary>` lines) is not part of what Claude
 * Code loads, yet a strict parser would need it inside a value: no rewrite
 * keeps both readings, so there is no safe fix then; nor when ` #` may
 * start a comment the author meant.
 * What happens to the rest of the front matter is checked by the fix loop's
 * guard (al_fix_buffer). */
static void quote_value_fix(al_context *ctx, al_pending *p, const al_document *doc, size_t key_line)
{
    size_t pair = lenient_pair_on(doc, key_line);
    if (!p || pair == (size_t)-1 || !value_ends_on_its_line(doc, pair, key_line)) return;
    const al_yaml_node *v = doc->fm.root->pairs[pair].value;
    if (v->kind != AL_YAML_SCALAR || v->style != AL_YAML_PLAIN || v->text_len == 0) return;
    if (al_utf8_validate(v->text, v->text_len) != v->text_len) return;
    al_strbuf q;
    al_strbuf_init(&q);
    al_strbuf_putc(&q, '"');
    for (size_t i = 0; i < v->text_len;) {
        uint32_t cp;
        size_t n = al_utf8_decode(v->text + i, v->text_len - i, &cp);
        /* " #" may be a comment the author meant (a suppression, say),
         * though the lenient reader keeps it: which one is not clear. */
        bool comment = cp == '#' && i > 0 && (v->text[i - 1] == ' ' || v->text[i - 1] == '\t');
        if (n == 0 || (cp < 0x20 && cp != '\t') || cp == 0x7f || comment) {
            al_strbuf_free(&q);
            return;
        }
        if (cp == '"' || cp == '\\') {
            al_strbuf_putc(&q, '\\');
            al_strbuf_putc(&q, (char)cp);
        } else if (cp == '\t') {
            al_strbuf_puts(&q, "\\t");
        } else if (cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
            /* line breaks to YAML 1.1 (and a BOM), not to Claude Code */
            al_strbuf_printf(&q, "\\u%04X", (unsigned)cp);
        } else {
            al_strbuf_append(&q, v->text + i, n);
        }
        i += n;
    }
    al_strbuf_putc(&q, '"');
    if (!q.failed && q.data) al_fix_edit(ctx, p, v->start, v->end, q.data);
    al_strbuf_free(&q);
}

/* For a `: ` inside a plain value: Claude Code's own reader tolerates it
 * (reference §4); what other tools' readers do is not documented. */
static const char *strict_note(al_context *ctx, const al_document *doc)
{
    const al_kind_wording *w = al_wording(doc);
    const char *text =
        w->lenient
            ? al_arena_printf(al_context_arena(ctx),
                              "%s's own reader may still load this file, but strict YAML "
                              "parsers (PyYAML, js-yaml, GitHub's preview, other linters) reject "
                              "it",
                              w->tool)
            : al_arena_printf(al_context_arena(ctx),
                              "Strict YAML parsers (PyYAML, js-yaml, GitHub's preview, other "
                              "linters) reject it, and %s may too",
                              w->tool ? w->tool : "the tool that reads it");
    return text ? text : "Strict YAML parsers reject it";
}

/* A value that runs on over lines at the left margin which are no keys: the
 * pasted `<example>` lines under `description: ... Examples:`. Strict YAML
 * stops at the first `: `; Claude Code's own reader, which tolerates that
 * within one line, gives up at the stray line (v2.1.259; docs/rules/FM004.md). */
static void report_stray_line(al_context *ctx, const al_document *doc)
{
    size_t line = doc->fm.stray_line, s, e;
    line_span(doc, line, &s, &e);
    while (e > s && (doc->src.data[e - 1] == '\r' || doc->src.data[e - 1] == ' '))
        e--;
    /* the field it belongs to: the key above, or the known field above a
     * run of pasted `Context:`/`user:` keys */
    const char *key = NULL;
    size_t key_len = 0, key_line = 0;
    if (!field_above(doc, line, &key, &key_len, &key_line) &&
        !enclosing_key(doc, s, &key, &key_len, &key_line)) {
        key = "value";
        key_len = 5;
    }
    const al_kind_wording *w = al_wording(doc);
    const char *reader =
        w->lenient ? al_arena_printf(al_context_arena(ctx),
                                     ", not even by %s's own reader, which tolerates a `: ` only "
                                     "within one line",
                                     w->tool)
                   : "";
    al_report(ctx, s, e,
              "invalid YAML: line %zu (`%s`) is not indented, so it cannot continue the value of "
              "`%.*s` (line %zu), and it is no `key: value` line either: the front matter does "
              "not parse%s, so %s; write `%.*s: |` and indent all of its text below it",
              line, al_quote(ctx, doc->src.data + s, e - s), (int)key_len, key, key_line,
              reader ? reader : "", unparsable_effect(ctx, doc), (int)key_len, key);
}

void al_check_invalid_yaml(al_context *ctx, const al_document *doc)
{
    const al_frontmatter *fm = &doc->fm;
    if (!is_text(doc) || fm->status != AL_FM_PRESENT || fm->parse_ok) return;
    if (fm->too_deep) {
        al_report(ctx, fm->content_start, fm->content_start,
                  "front matter nests deeper than %d levels and was not read; %s %s's fields "
                  "are `key: value` lines",
                  AL_YAML_MAX_DEPTH, al_article(al_wording(doc)->noun), al_wording(doc)->noun);
        return;
    }
    const char *problem = fm->error_problem;
    const char *context = fm->error_context;
    size_t at = fm->error_offset;
    size_t ctx_line = al_source_line_of(&doc->src, fm->error_context_offset);
    const char *key = NULL;
    size_t key_len = 0, key_line = 0;
    bool have_key = enclosing_key(doc, at, &key, &key_len, &key_line);
    size_t end = at < doc->src.len ? at + 1 : at;

    if (fm->stray_line) {
        report_stray_line(ctx, doc);
        return;
    }
    if (strstr(problem, "mapping values are not allowed")) {
        const char *w;
        size_t wn;
        word_before(doc, at, &w, &wn);
        const char *field = NULL;
        size_t field_len = 0, field_line = 0;
        /* "Examples:" at the left margin under a description starts a new
         * key: the text the author meant for the description is not in it. */
        if (have_key && !al_cc_field_find(key, key_len) &&
            field_above(doc, key_line, &field, &field_len, &field_line)) {
            al_report_at(ctx, AL_WARNING, at, end,
                         "invalid YAML: `%.*s:` on line %zu starts a new key at the left margin, "
                         "so the text below it is not part of `%.*s` (line %zu), and its `: ` "
                         "after \"%.*s\" cannot be read; to keep it in `%.*s`, write `%.*s: |` "
                         "and indent all of its text below. %s",
                         (int)key_len, key, key_line, (int)field_len, field, field_line, (int)wn, w,
                         (int)field_len, field, (int)field_len, field, strict_note(ctx, doc));
            return;
        }
        al_pending *p = al_report_at(
            ctx, AL_WARNING, at, end,
            "invalid YAML: the value of `%.*s` (line %zu) contains `: ` after "
            "\"%.*s\", which YAML reads as the start of another key; put the whole "
            "value in double quotes (escaping any `\"` inside), or make it a block "
            "scalar: `%.*s: |` with the text indented on the lines below. %s",
            have_key ? (int)key_len : 5, have_key ? key : "value", key_line, (int)wn, w,
            have_key ? (int)key_len : 5, have_key ? key : "value", strict_note(ctx, doc));
        if (have_key && al_source_line_of(&doc->src, at) == key_line)
            quote_value_fix(ctx, p, doc, key_line);
        return;
    }
    if (context && strstr(context, "alias") && doc->src.data[fm->error_context_offset] == '*') {
        al_report(ctx, fm->error_context_offset, fm->error_context_offset + 1,
                  "invalid YAML: a plain value cannot start with `*`, which YAML reads as an "
                  "alias (a reference to an `&anchor`); quote the value, for example "
                  "`%.*s: \"**…**\"`. %s",
                  have_key ? (int)key_len : 11, have_key ? key : "description",
                  unparsable_effect(ctx, doc));
        return;
    }
    if (context && strstr(context, "simple key") &&
        strstr(problem, "could not find expected ':'")) {
        size_t s, e;
        line_span(doc, ctx_line, &s, &e);
        /* The value the stray line was meant to continue: the key above it,
         * not the key of the line where the parser gave up. */
        const char *owner = NULL;
        size_t owner_len = 0, owner_line = 0;
        if (!enclosing_key(doc, s, &owner, &owner_len, &owner_line)) {
            owner = "value";
            owner_len = 5;
        }
        size_t stop_line = al_source_line_of(&doc->src, at);
        if (owner_line)
            al_report(ctx, s, e,
                      "invalid YAML: line %zu is neither a `key: value` line nor an indented "
                      "continuation of the value of `%.*s` (line %zu) above, so the parser "
                      "stops %s %zu; if `%.*s` spans several lines, indent every line after the "
                      "first, or better, write `%.*s: |` and indent the text below it. %s",
                      ctx_line, (int)owner_len, owner, owner_line,
                      stop_line == ctx_line ? "on line" : "at line", stop_line, (int)owner_len,
                      owner, (int)owner_len, owner, unparsable_effect(ctx, doc));
        else
            al_report(ctx, s, e,
                      "invalid YAML: line %zu is neither a `key: value` line nor an indented "
                      "continuation of a value above; indent it under the key it belongs to, or "
                      "make it a `key: value` line. %s",
                      ctx_line, unparsable_effect(ctx, doc));
        return;
    }
    if (strstr(problem, "UTF-8") || strstr(problem, "control characters")) {
        al_report(ctx, at, end,
                  "invalid YAML: the front matter has %s here (%s), which YAML does not allow; "
                  "save the file as UTF-8 text. %s",
                  strstr(problem, "UTF-8") ? "bytes that are not UTF-8" : "a control character",
                  problem, unparsable_effect(ctx, doc));
        return;
    }
    if (at < doc->src.len && doc->src.data[at] == '\t') {
        al_report(ctx, at, at + 1,
                  "invalid YAML: a tab where YAML expects indentation; YAML allows only spaces "
                  "there. %s",
                  unparsable_effect(ctx, doc));
        return;
    }
    if (context)
        al_report(ctx, at, end, "invalid YAML: %s (%s on line %zu); %s", problem, context, ctx_line,
                  unparsable_effect(ctx, doc));
    else
        al_report(ctx, at, end, "invalid YAML: %s; %s", problem, unparsable_effect(ctx, doc));
}

void al_check_front_matter_not_mapping(al_context *ctx, const al_document *doc)
{
    const al_frontmatter *fm = &doc->fm;
    if (!is_text(doc) || fm->status != AL_FM_PRESENT || !fm->parse_ok || !fm->root) return;
    if (fm->root->kind == AL_YAML_MAPPING) return;
    if (al_yaml_is_null(fm->root)) return; /* empty front matter: the field rules speak */
    al_report(ctx, fm->root->start, fm->root->end,
              "front matter is %s, not a mapping of `key: value` lines, so %s; write one field "
              "per line, like `%s`",
              al_yaml_type_name(fm->root), unread_effect(doc),
              al_wording(doc)->example ? al_wording(doc)->example : "description: …");
}

void al_check_duplicate_key(al_context *ctx, const al_document *doc)
{
    const al_frontmatter *fm = &doc->fm;
    if (!is_text(doc) || fm->status != AL_FM_PRESENT) return;
    for (size_t i = 0; i < fm->duplicate_count; i++) {
        const al_yaml_node *k = fm->duplicates[i].key;
        al_report(ctx, k->start, k->end,
                  "duplicate key `%s` (first on line %zu): strict YAML parsers reject the file, "
                  "and the others keep only one of the two values; remove one",
                  al_quote(ctx, k->text, k->text_len),
                  al_source_line_of(&doc->src, fm->duplicates[i].first->start));
    }
}
