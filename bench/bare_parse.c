/* The baseline for bench.sh: read each file, parse its front matter with
 * libyaml (events only) and the whole file with cmark, nothing else. What
 * agentlint costs above this is the price of its rules. */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

int main(int argc, char **argv)
{
    size_t events = 0, nodes = 0;
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *buf = slurp(argv[i], &len);
        if (!buf) continue;
        size_t fm_end = 0;
        if (len > 4 && memcmp(buf, "---\n", 4) == 0) {
            const char *close = strstr(buf + 4, "\n---");
            if (close) fm_end = (size_t)(close - buf) + 1;
        }
        if (fm_end) {
            yaml_parser_t p;
            yaml_parser_initialize(&p);
            yaml_parser_set_input_string(&p, (const unsigned char *)buf + 4, fm_end - 4);
            yaml_event_t ev;
            while (yaml_parser_parse(&p, &ev)) {
                int end = ev.type == YAML_STREAM_END_EVENT;
                yaml_event_delete(&ev);
                events++;
                if (end) break;
            }
            yaml_parser_delete(&p);
        }
        cmark_node *doc = cmark_parse_document(buf, len, CMARK_OPT_SOURCEPOS);
        cmark_iter *it = cmark_iter_new(doc);
        while (cmark_iter_next(it) != CMARK_EVENT_DONE)
            nodes++;
        cmark_iter_free(it);
        cmark_node_free(doc);
        free(buf);
    }
    printf("%zu yaml events, %zu markdown nodes\n", events, nodes);
    return 0;
}
