/* Markdown: code blocks, fence closure, line mapping, headings, comments. */
#include <stdlib.h>
#include <string.h>

#include "parse/markdown.h"
#include "support.h"

typedef struct {
    al_arena arena;
    al_source src;
    al_markdown md;
} parsed;

static parsed *parse(const char *text, size_t body_start)
{
    parsed *p = calloc(1, sizeof *p);
    al_arena_init(&p->arena);
    assert_true(al_source_init(&p->src, &p->arena, "x.md", text, strlen(text)));
    assert_true(al_markdown_parse(&p->md, &p->src, body_start, &p->arena));
    return p;
}

static void done(parsed *p)
{
    al_markdown_free(&p->md);
    al_arena_free(&p->arena);
    free(p);
}

static void blocks_with_file_lines(void **state)
{
    (void)state;
    const char *t =
        "---\nname: a\n---\n# Title\n\n```elixir\nIO.puts(1)\n```\n\n~~~~ json extra\n{}\n~~~~~\n";
    size_t body = strlen("---\nname: a\n---\n");
    parsed *p = parse(t, body);
    assert_int_equal(p->md.first_line, 4);
    assert_int_equal(p->md.heading_count, 1);
    assert_int_equal(p->md.headings[0].line, 4);
    assert_int_equal(p->md.block_count, 2);
    const al_code_block *b = &p->md.blocks[0];
    assert_true(b->fenced);
    assert_int_equal(b->open_line, 6);
    assert_int_equal(b->close_line, 8);
    assert_int_equal(b->content_line, 7);
    assert_int_equal(b->lang_len, 6);
    assert_memory_equal(b->lang, "elixir", 6);
    assert_string_equal(b->content, "IO.puts(1)\n");
    b = &p->md.blocks[1];
    assert_int_equal(b->fence_char, '~');
    assert_int_equal(b->fence_len, 4);
    assert_int_equal(b->close_line, 12); /* a longer closer closes */
    assert_memory_equal(b->info, "json extra", 10);
    done(p);
}

static void unclosed_fences(void **state)
{
    (void)state;
    parsed *p = parse("Text\n\n```python\nx = 1\n``\nmore\n", 0);
    assert_int_equal(p->md.block_count, 1);
    assert_int_equal(p->md.blocks[0].close_line, 0);
    done(p);
    /* a shorter closer does not close a longer fence */
    p = parse("````\ncode\n```\n", 0);
    assert_int_equal(p->md.blocks[0].close_line, 0);
    done(p);
    /* a fence inside a list item, closed inside it */
    p = parse("- item\n\n  ```sh\n  ls\n  ```\n", 0);
    assert_int_equal(p->md.block_count, 1);
    assert_int_equal(p->md.blocks[0].close_line, 5);
    done(p);
    /* inside a block quote */
    p = parse("> ```\n> code\n> ```\n", 0);
    assert_int_equal(p->md.blocks[0].close_line, 3);
    done(p);
    /* a closer may be indented less than the opener, or sit right after ">" */
    p = parse("  ```\ncode\n```\n", 0);
    assert_int_equal(p->md.blocks[0].close_line, 3);
    done(p);
    p = parse("> ```\n> code\n>```\n", 0);
    assert_int_equal(p->md.blocks[0].close_line, 3);
    done(p);
    /* four spaces of indentation make it content, not a closer */
    p = parse("```\ncode\n    ```\n", 0);
    assert_int_equal(p->md.blocks[0].close_line, 0);
    done(p);
    /* a fence outside the list item opens a new block; the item's stays open */
    p = parse("- ```\n  code\n```\n", 0);
    assert_int_equal(p->md.block_count, 2);
    assert_int_equal(p->md.blocks[0].close_line, 0);
    assert_int_equal(p->md.blocks[1].close_line, 0);
    done(p);
    /* the block quote ends at a blank line, and its fence with it */
    p = parse("> ```\n> code\n\nafter\n", 0);
    assert_int_equal(p->md.blocks[0].close_line, 0);
    done(p);
    p = parse("> - ```\n>   a\n>   ```\n", 0);
    assert_int_equal(p->md.blocks[0].close_line, 3);
    done(p);
    p = parse("```\ncode", 0);
    assert_int_equal(p->md.blocks[0].close_line, 0);
    done(p);
    p = parse("```\n", 0);
    assert_int_equal(p->md.blocks[0].close_line, 0);
    done(p);
}

static void content_offsets_map_to_file(void **state)
{
    (void)state;
    const char *t = "- item\n\n  ```sh\n  echo hi\n  ls -l\n  ```\n";
    parsed *p = parse(t, 0);
    const al_code_block *b = &p->md.blocks[0];
    assert_string_equal(b->content, "echo hi\nls -l\n");
    size_t off = al_code_block_file_offset(&p->src, b, 8); /* the l of ls */
    assert_int_equal(t[off], 'l');
    assert_int_equal(al_source_position(&p->src, off).line, 5);
    assert_int_equal(al_source_position(&p->src, off).column, 3);
    done(p);
}

static void comments_collected(void **state)
{
    (void)state;
    parsed *p = parse("Para\n\n<!-- agentlint-disable -->\n\nText <!-- inline --> more\n", 0);
    assert_int_equal(p->md.comment_count, 2);
    assert_int_equal(p->md.comments[0].line, 3);
    assert_int_equal(p->md.comments[1].line, 5);
    done(p);
    /* cmark 0.30 misreports these end lines; they are counted instead */
    p = parse("Para\n\n<!-- a\nb\nc -->\n\ntext\n<!-- one -->\n", 0);
    assert_int_equal(p->md.comments[0].line, 3);
    assert_int_equal(p->md.comments[0].end_line, 5);
    done(p);
    p = parse("<!-- x -->\n", 0);
    assert_int_equal(p->md.comments[0].end_line, 1);
    done(p);
}

static void blank_body(void **state)
{
    (void)state;
    parsed *p = parse("---\nname: a\n---\n \n\t\n", strlen("---\nname: a\n---\n"));
    assert_true(p->md.blank);
    done(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(blocks_with_file_lines),
        cmocka_unit_test(unclosed_fences),
        cmocka_unit_test(content_offsets_map_to_file),
        cmocka_unit_test(comments_collected),
        cmocka_unit_test(blank_body),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
