/* Front matter: delimiting, the YAML node tree, duplicates, limits, list
 * fields split into entries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/agent.h"
#include "parse/frontmatter.h"
#include "support.h"

typedef struct {
    al_arena arena;
    al_source src;
    al_frontmatter fm;
} parsed;

static parsed *parse(const char *text)
{
    parsed *p = calloc(1, sizeof *p);
    al_arena_init(&p->arena);
    assert_true(al_source_init(&p->src, &p->arena, "x.md", text, strlen(text)));
    assert_true(al_frontmatter_parse(&p->fm, &p->src, &p->arena));
    return p;
}

static void done(parsed *p)
{
    al_arena_free(&p->arena);
    free(p);
}

/* The entries al_split_list gives for the value of `key` in text, as
 * "text@start-end" joined by "|". */
typedef struct {
    char out[512];
    size_t len;
} entries;

static bool collect(void *arg, const al_list_entry *e)
{
    entries *s = arg;
    int n = snprintf(s->out + s->len, sizeof s->out - s->len, "%s%.*s@%zu-%zu", s->len ? "|" : "",
                     (int)e->len, e->text, e->start, e->end);
    assert_true(n > 0 && (size_t)n < sizeof s->out - s->len);
    s->len += (size_t)n;
    return true;
}

static const char *split(const char *text, unsigned flags, entries *s)
{
    parsed *p = parse(text);
    memset(s, 0, sizeof *s);
    assert_true(p->fm.parse_ok);
    assert_true(al_split_list(&p->src, al_yaml_get(p->fm.root, "key"), flags, collect, s));
    done(p);
    return s->out;
}

static void lists_split_into_entries(void **state)
{
    (void)state;
    entries s;
    /* "---\nkey: " is 9 bytes: the value starts at offset 9 */
    assert_string_equal(split("---\nkey: Read, Bash(git add, git commit)\n---\n", 0, &s),
                        "Read@9-13|Bash(git add, git commit)@15-40");
    /* empty entries only when asked, each on its comma */
    assert_string_equal(split("---\nkey: a,,b,\n---\n", 0, &s), "a@9-10|b@12-13");
    assert_string_equal(split("---\nkey: a,,b,\n---\n", AL_SPLIT_EMPTY, &s),
                        "a@9-10|@11-12|b@12-13|@13-14");
    /* spaces separate too; empty entries never count then */
    assert_string_equal(split("---\nkey: Read  Grep,Bash\n---\n", AL_SPLIT_SPACES, &s),
                        "Read@9-13|Grep@15-19|Bash@20-24");
    /* a list: each scalar item, trimmed; a mapping item is skipped */
    assert_string_equal(split("---\nkey: [Read, ' Grep ', {a: b}, \"\"]\n---\n", 0, &s),
                        "Read@10-14|Grep@18-22|@34-36");
    /* nothing for null or empty values */
    assert_string_equal(split("---\nkey:\n---\n", 0, &s), "");
    assert_string_equal(split("---\nkey: ''\n---\n", AL_SPLIT_EMPTY, &s), "");
}

static void delimiters(void **state)
{
    (void)state;
    parsed *p = parse("---\nname: a\n---\nbody\n");
    assert_int_equal(p->fm.status, AL_FM_PRESENT);
    assert_int_equal(p->fm.close_line, 3);
    assert_memory_equal(p->src.data + p->fm.body_start, "body", 4);
    done(p);
    p = parse("---\nname: a\n...\nbody\n");
    assert_int_equal(p->fm.close_line, 3);
    done(p);
    p = parse("---  \nname: a\n---\t\n");
    assert_int_equal(p->fm.status, AL_FM_PRESENT);
    done(p);
    p = parse("\xEF\xBB\xBF---\nname: a\n---\n"); /* a BOM is looked past */
    assert_int_equal(p->fm.status, AL_FM_PRESENT);
    done(p);
    p = parse("# Title\n\nText.\n");
    assert_int_equal(p->fm.status, AL_FM_ABSENT);
    done(p);
    p = parse("\n---\nname: a\n---\nx\n");
    assert_int_equal(p->fm.status, AL_FM_NOT_AT_START);
    assert_int_equal(p->fm.open_line, 2);
    done(p);
    /* a thematic break in prose is not front matter */
    p = parse("Intro\n\n---\n\nMore prose\n---\n");
    assert_int_equal(p->fm.status, AL_FM_ABSENT);
    done(p);
    p = parse("---\nname: a\n-----\nbody\n");
    assert_int_equal(p->fm.status, AL_FM_UNTERMINATED);
    assert_int_equal(p->fm.dashes_line, 3);
    done(p);
}

static void tree_spans_and_styles(void **state)
{
    (void)state;
    const char *t = "---\nname: agent\ndescription: \"quoted: yes\"\ntools:\n  - Read\n  - 'Grep'\n"
                    "body: |\n  line\n---\n";
    parsed *p = parse(t);
    assert_true(p->fm.parse_ok);
    const al_yaml_node *root = p->fm.root;
    assert_int_equal(root->kind, AL_YAML_MAPPING);
    assert_int_equal(root->count, 4);
    const al_yaml_node *name = al_yaml_get(root, "name");
    assert_int_equal(name->style, AL_YAML_PLAIN);
    assert_memory_equal(t + name->start, "agent", 5);
    assert_int_equal(name->end - name->start, 5);
    const al_yaml_node *d = al_yaml_get(root, "description");
    assert_int_equal(d->style, AL_YAML_DOUBLE_QUOTED);
    assert_string_equal(d->text, "quoted: yes");
    assert_int_equal(t[d->start], '"');
    const al_yaml_node *tools = al_yaml_get(root, "tools");
    assert_int_equal(tools->kind, AL_YAML_SEQUENCE);
    assert_int_equal(tools->style, AL_YAML_BLOCK);
    assert_int_equal(tools->count, 2);
    assert_int_equal(tools->items[1]->style, AL_YAML_SINGLE_QUOTED);
    assert_int_equal(al_source_position(&p->src, tools->items[1]->start).line, 6);
    assert_int_equal(al_yaml_get(root, "body")->style, AL_YAML_LITERAL);
    done(p);
}

static void scalars_typed(void **state)
{
    (void)state;
    parsed *p = parse("---\na: true\nb: 'true'\nc: 12\nd: ~\ne: yes\n---\n");
    const al_yaml_node *r = p->fm.root;
    bool v;
    long long n;
    assert_true(al_yaml_is_bool(al_yaml_get(r, "a"), &v) && v);
    assert_false(al_yaml_is_bool(al_yaml_get(r, "b"), &v));
    assert_true(al_yaml_is_int(al_yaml_get(r, "c"), &n) && n == 12);
    assert_true(al_yaml_is_null(al_yaml_get(r, "d")));
    assert_string_equal(al_yaml_type_name(al_yaml_get(r, "e")), "a boolean");
    done(p);
}

static void duplicates_found_at_second_use(void **state)
{
    (void)state;
    parsed *p = parse("---\nname: a\ntools: Read\nmodel: x\ntools: Grep\nname: b\n---\n");
    assert_int_equal(p->fm.duplicate_count, 2);
    size_t lines[2];
    for (size_t i = 0; i < 2; i++)
        lines[i] = al_source_position(&p->src, p->fm.duplicates[i].key->start).line;
    assert_true((lines[0] == 5 && lines[1] == 6) || (lines[0] == 6 && lines[1] == 5));
    done(p);
}

static void errors_have_positions(void **state)
{
    (void)state;
    parsed *p = parse("---\nname: a\ndescription: Use it for: reviews\n---\n");
    assert_false(p->fm.parse_ok);
    assert_true(p->fm.lenient); /* the tolerated case is read leniently */
    assert_non_null(al_yaml_get(p->fm.root, "description"));
    al_position at = al_source_position(&p->src, p->fm.error_offset);
    assert_int_equal(at.line, 3);
    assert_int_equal(at.column, 24);
    assert_non_null(strstr(p->fm.error_problem, "mapping values"));
    done(p);
}

static void aliases_are_not_expanded(void **state)
{
    (void)state;
    /* a billion laughs: each level refers to the previous one nine times */
    const char *t =
        "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n";
    parsed *p = parse(t);
    assert_true(p->fm.parse_ok);
    const al_yaml_node *e = al_yaml_get(p->fm.root, "e");
    assert_int_equal(e->count, 9);
    assert_int_equal(e->items[0]->kind, AL_YAML_ALIAS);
    assert_string_equal(e->items[0]->anchor, "d");
    done(p);
}

static void deep_nesting_is_cut_off(void **state)
{
    (void)state;
    size_t depth = 100000;
    char *t = malloc(depth * 2 + 32);
    strcpy(t, "---\na: ");
    size_t n = strlen(t);
    for (size_t i = 0; i < depth; i++)
        t[n++] = '[';
    for (size_t i = 0; i < depth; i++)
        t[n++] = ']';
    strcpy(t + n, "\n---\n");
    parsed *p = parse(t);
    assert_false(p->fm.parse_ok);
    assert_true(p->fm.too_deep);
    done(p);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(delimiters),
        cmocka_unit_test(tree_spans_and_styles),
        cmocka_unit_test(scalars_typed),
        cmocka_unit_test(duplicates_found_at_second_use),
        cmocka_unit_test(errors_have_positions),
        cmocka_unit_test(aliases_are_not_expanded),
        cmocka_unit_test(deep_nesting_is_cut_off),
        cmocka_unit_test(lists_split_into_entries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
