/* Elixir API rules (EXA001-EXA011): every deprecation entry fires on its line, and stays silent
 * in comments, strings and on look-alikes; each snippet rule fires and stays silent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spec/elixir_api.h"
#include "support.h"

#define HEAD "---\nname: ex\ndescription: Writes Elixir.\n---\n"
/* The first code line of a block made by snippet() is line 6. */
#define L1 6

static al_result *snippet_with(const al_options *opts, const char *info, const char *code)
{
    size_t n = strlen(code) + 256;
    char *buf = malloc(n);
    assert_non_null(buf);
    snprintf(buf, n, HEAD "```%s\n%s\n```\n", info, code);
    al_result *r = lint_text_with(opts, "agent.md", buf, AL_FILE_EXPLICIT);
    free(buf);
    return r;
}

static al_result *snippet(const char *code)
{
    return snippet_with(NULL, "elixir", code);
}

static size_t api_findings(const al_result *r, size_t line)
{
    return count_findings(r, "EXA001", line) + count_findings(r, "EXA002", line) +
           count_findings(r, "EXA003", line);
}

/* ----- table-driven: every entry ------------------------------------------------------------ */

static bool has_cond(const al_api_entry *e, const char *c)
{
    size_t n = strlen(c);
    for (const char *p = e->cond; p && (p = strstr(p, c)) != NULL; p += n)
        if ((p == e->cond || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
    return false;
}

static bool ends_with(const char *s, size_t o, const char *tail)
{
    size_t n = strlen(tail);
    return o >= n && memcmp(s + o - n, tail, n) == 0;
}

/* Makes code that uses entry e: wildcards filled in, calls closed with the right arity. */
static void instance(const al_api_entry *e, char *out, size_t size)
{
    const char *p = e->pattern;
    char closers[16];
    size_t o = 0, open = 0;
    if (has_cond(e, "|>")) o += (size_t)snprintf(out + o, size - o, "x |> ");
    if (has_cond(e, "desc") && strcmp(p, "..") == 0) {
        snprintf(out, size, "for i <- 10..1, do: i");
        return;
    }
    while (*p && o + 16 < size) {
        if (p[0] == ':' && p[1] == '_' && !(p[2] == '_' || (p[2] >= 'a' && p[2] <= 'z'))) {
            o += (size_t)snprintf(out + o, size - o, ":a");
            p += 2;
        } else if (p[0] == '.' && p[1] == '.' && p[2] == '.') {
            o += (size_t)snprintf(out + o, size - o, "x");
            p += 3;
        } else if (p[0] == '_' && (p[1] >= 'a' && p[1] <= 'z') &&
                   (p == e->pattern || p[-1] == '.')) {
            o += (size_t)snprintf(out + o, size - o, "user");
            p++;
        } else if (p[0] == '_' && !(p[1] >= 'a' && p[1] <= 'z') && !(p[1] == '_')) {
            o += (size_t)snprintf(out + o, size - o, "x");
            p++;
        } else if (*p == '"' && p[1] == '"' && p > e->pattern && p[-1] != '~') {
            o += (size_t)snprintf(out + o, size - o, "\"s\"");
            p += 2;
        } else {
            if ((*p == '(' || *p == '[' || *p == '{') && open < sizeof closers)
                closers[open++] = *p == '(' ? ')' : *p == '[' ? ']' : '}';
            if ((*p == ')' || *p == ']' || *p == '}') && open) open--;
            out[o++] = *p++;
        }
    }
    out[o] = '\0';
    size_t len = strlen(e->pattern);
    bool ends_call = len && e->pattern[len - 1] == '(';
    if (ends_call) {
        int arity = e->arity >= 0 ? e->arity - (has_cond(e, "|>") ? 1 : 0) : 3;
        for (int i = 0; i < arity; i++)
            o += (size_t)snprintf(out + o, size - o, "%s%s", i ? ", " : "",
                                  has_cond(e, "desc") ? (i ? "1" : "10")
                                                      : (char[]){'a', (char)('0' + i), 0});
    }
    if (ends_with(out, o, "->")) o += (size_t)snprintf(out + o, size - o, " :ok end");
    if (ends_with(out, o, "fn")) o += (size_t)snprintf(out + o, size - o, " _, _ -> true end");
    if (ends_with(out, o, "&")) o += (size_t)snprintf(out + o, size - o, "cb/2");
    if (ends_with(out, o, "^")) o += (size_t)snprintf(out + o, size - o, "name");
    if (ends_with(out, o, ",")) o += (size_t)snprintf(out + o, size - o, " y");
    if (ends_with(out, o, "{")) o += (size_t)snprintf(out + o, size - o, "M, :f, []");
    for (const char *c = e->cond; c && *c;) {
        size_t n = strcspn(c, " ");
        if (c[0] == '+')
            o += (size_t)snprintf(out + o, size - o, "%s%.*s 1", o && out[o - 1] != '(' ? ", " : "",
                                  (int)(n - 1), c + 1);
        c += n;
        while (*c == ' ')
            c++;
    }
    if (!ends_call && e->arity > 0 && open > 0 && closers[0] == ')') {
        /* fill in the arguments the pattern leaves out: `File.stream!(x, [], a2)` */
        while (open > 1)
            o += (size_t)snprintf(out + o, size - o, "%c", closers[--open]);
        int args = has_cond(e, "|>") ? 2 : 1, depth = 0;
        for (const char *c = strchr(out, '('); c && *c; c++) {
            depth += (*c == '(' || *c == '[' || *c == '{') - (*c == ')' || *c == ']' || *c == '}');
            args += depth == 1 && *c == ',';
        }
        for (; args < e->arity; args++)
            o += (size_t)snprintf(out + o, size - o, ", a%d", args);
    }
    while (open)
        o += (size_t)snprintf(out + o, size - o, "%c", closers[--open]);
}

static void every_entry_fires_and_not_in_comments_or_strings(void **state)
{
    (void)state;
    char code[512], block[1200];
    for (size_t k = 0; k < al_api_entry_count; k++) {
        const al_api_entry *e = &al_api_entries[k];
        instance(e, code, sizeof code);
        snprintf(block, sizeof block, "defmodule M do\n  %s\nend", code);
        al_result *r = snippet(block);
        const al_diagnostic *d = NULL;
        for (size_t i = 0; i < al_result_count(r); i++) {
            const al_diagnostic *x = al_result_get(r, i);
            if (x->start.line == L1 + 1 && strncmp(x->rule->code, "EXA00", 5) == 0 &&
                x->rule->code[5] >= '1' && x->rule->code[5] <= '3')
                d = x;
        }
        if (!d || !strstr(d->message, e->what)) {
            fprintf(stderr, "entry %zu `%s` (code `%s`) did not fire as itself\n", k, e->pattern,
                    code);
            dump_findings(r);
        }
        assert_non_null(d);
        assert_non_null(strstr(d->message, e->what));
        const char *want = e->removed ? "EXA001" : e->hard ? "EXA002" : "EXA003";
        assert_string_equal(d->rule->code, want);
        if (e->fix == AL_APIFIX_NONE) assert_null(d->fix);
        al_result_free(r);

        /* the same text in a comment and in a heredoc string */
        snprintf(block, sizeof block, "# %s\nx = \"\"\"\n%s\n\"\"\"", code, code);
        r = snippet(block);
        if (api_findings(r, 0)) fprintf(stderr, "entry %zu fired inside text\n", k);
        assert_int_equal(api_findings(r, 0), 0);
        al_result_free(r);
    }
}

/* ----- hand-written cases ------------------------------------------------------------------ */

static void logger_warn(void **state)
{
    (void)state;
    al_result *r = snippet("Logger.warn(\"disk full\")\nLogger.warn \"x\"");
    assert_fires(r, "EXA002", L1);
    assert_fires(r, "EXA002", L1 + 1);
    const al_diagnostic *d = find_finding(r, "EXA002", L1);
    assert_non_null(strstr(d->message, "deprecated since Elixir 1.15"));
    assert_non_null(d->fix);
    assert_true(d->fix->safe);
    assert_string_equal(d->fix->edits[0].text, "Logger.warning");
    assert_int_equal(d->start.column, 1);
    assert_int_equal(d->end.column, 12);
    al_result_free(r);
    r = snippet("Logger.warning(\"x\")\nMyLogger.warn(\"x\")\nApp.Logger.warn(\"x\")\n"
                "# Logger.warn(\"x\")\nIO.puts(\"Logger.warn\")\nlogger.warn(1)\n:warn");
    assert_silent(r, "EXA002");
    assert_silent(r, "EXA003");
    al_result_free(r);
}

static void target_versions(void **state)
{
    (void)state;
    al_options *o = al_options_new();
    assert_null(al_options_target_version(o, "elixir"));
    assert_false(al_options_set_target_version(o, "cobol", "1.0"));
    assert_false(al_options_set_target_version(o, "elixir", "one"));
    assert_false(al_options_set_target_version(o, "elixir", "1..2"));
    /* 1.10: Logger.warning does not exist yet, so Logger.warn is fine */
    assert_true(al_options_set_target_version(o, "elixir", "1.10"));
    assert_string_equal(al_options_target_version(o, "elixir"), "1.10");
    al_result *r = snippet_with(o, "elixir", "Logger.warn(\"x\")");
    assert_int_equal(api_findings(r, 0), 0);
    al_result_free(r);
    /* 1.12: soft-deprecated only; 1.9 < 1.12 numerically */
    assert_true(al_options_set_target_version(o, "elixir", "1.12"));
    r = snippet_with(o, "elixir", "Logger.warn(\"x\")");
    assert_fires(r, "EXA003", L1);
    al_result_free(r);
    /* :pg2 on OTP 23 is deprecated, on OTP 24 and by default removed */
    assert_true(al_options_set_target_version(o, "otp", "23"));
    r = snippet_with(o, "elixir", ":pg2.create(:g)");
    assert_fires(r, "EXA002", L1);
    assert_silent(r, "EXA001");
    al_result_free(r);
    al_options *c = al_options_clone(o);
    assert_string_equal(al_options_target_version(c, "otp"), "23");
    al_options_free(c);
    assert_true(al_options_set_target_version(o, "otp", NULL));
    r = snippet_with(o, "elixir", ":pg2.create(:g)");
    assert_fires(r, "EXA001", L1);
    al_result_free(r);
    al_options_free(o);
}

static void fixes_and_arity(void **state)
{
    (void)state;
    al_result *r = snippet("use Mix.Config\nEnum.chunk(l, 2)\nEnum.uniq(l, & &1.id)\n"
                           "l |> Enum.uniq(& &1.id)\nEnum.uniq(l)\nString.strip(s, \"x\")");
    const al_diagnostic *d = find_finding(r, "EXA002", L1);
    assert_non_null(d);
    assert_string_equal(d->fix->edits[0].text, "import Config");
    d = find_finding(r, "EXA002", L1 + 1);
    assert_non_null(d);
    assert_false(d->fix->safe);
    assert_fires(r, "EXA002", L1 + 2);
    assert_fires(r, "EXA002", L1 + 3);
    assert_int_equal(count_findings(r, "EXA002", L1 + 4), 0);
    d = find_finding(r, "EXA002", L1 + 5);
    assert_false(d->fix->safe);
    al_result_free(r);
    r = snippet("use Phoenix.HTML\nuse Phoenix.HTML.Engine\nlink(\"Home\", to: \"/\")\n"
                "link(\"Home\")\ndef link(a, b), do: a\nuse Phoenix.Controller, formats: [:html]\n"
                "use Phoenix.Controller\nRoutes.user_path(conn, :show, 1)\nRoutes.__define__(x)");
    assert_fires(r, "EXA001", L1);
    assert_int_equal(count_findings(r, "EXA001", L1 + 1), 0);
    assert_fires(r, "EXA001", L1 + 2);
    assert_int_equal(count_findings(r, "EXA001", L1 + 3), 0);
    assert_int_equal(count_findings(r, "EXA001", L1 + 4), 0);
    assert_int_equal(count_findings(r, "EXA002", L1 + 5), 0);
    assert_fires(r, "EXA002", L1 + 6);
    assert_fires(r, "EXA003", L1 + 7);
    assert_int_equal(count_findings(r, "EXA003", L1 + 8), 0);
    al_result_free(r);
}

static void argument_shapes(void **state)
{
    (void)state;
    static const char *const fire[] = {
        "Supervisor.start_child(MyApp.Sup, [arg])",
        "Supervisor.start_child(\n  sup,\n  [arg]\n)",
        "Supervisor.terminate_child(sup, child_pid)",
        "children = [worker(MyApp.Cache, [])]",
        "children = [supervisor(MyApp.Sub, [], restart: :temporary)]",
        "Enum.into(list, [a: 1])",
        "opts |> Enum.into([timeout: 5])",
        "for {k, v} <- m, into: [x: 1], do: {k, v}",
        "for i <- 10..1, do: i",
        "String.slice(s, 1..-1)",
        "Enum.to_list(-1..-5)",
        "Range.new(10, 1)",
        "File.cp(a, b, fn _, _ -> true end)",
        "File.cp_r!(a, b, &confirm/2)",
        "File.stream!(path, [:read], :line)",
        "def preload(list_of_assigns), do: list_of_assigns",
        "def preload(assigns) do\n  assigns\nend",
        "cast(user, params, ~w(name email), ~w(age))",
        "cast(user, params, @required_fields, @optional_fields)",
        "user |> cast(params, @required_fields, @optional_fields)",
        "changeset |> cast(params, ~w(name email))",
        "Ecto.Changeset.cast(user, params, [\"name\"])",
        "Multi.run(multi, :x, fn changes -> {:ok, changes} end)",
        "Ecto.Multi.run(multi, :x, fn %{a: a} -> {:ok, a} end)",
        "multi |> Ecto.Multi.run(:x, fn changes -> {:ok, changes} end)",
        "cast_assoc(cs, :items, with: {Item, :changeset, []})",
        "cs |> cast_assoc(:items, with: {Item, :changeset, []})",
        "from p in P, select: fragment(\"?\", literal(^name))",
        "mix do deps.get, compile",
        "[app: :a, default_task: \"phx.server\"]",
        "attrs = [phx_feedback_for: input_name(f, :name)]",
    };
    for (size_t i = 0; i < sizeof fire / sizeof fire[0]; i++) {
        al_result *r = snippet(fire[i]);
        if (api_findings(r, L1) != 1) {
            fprintf(stderr, "should fire once on its first line: %s\n", fire[i]);
            dump_findings(r);
        }
        assert_int_equal(api_findings(r, L1), 1);
        al_result_free(r);
    }
    static const char *const silent[] = {
        "DynamicSupervisor.start_child(sup, {Worker, arg})",
        "Supervisor.start_child(sup, child_spec)",
        "Supervisor.start_child(sup, %{id: A, start: {A, :start_link, [[]]}})",
        "Supervisor.terminate_child(sup, :worker_id)",
        "children = [{MyApp.Cache, []}, MyApp.Sub]",
        "Oban.worker(MyWorker, [])",
        "Enum.into(list, [])",
        "Enum.into(pairs, %{})",
        "Enum.into([a: 1], %{})",
        "for x <- l, into: [], do: x",
        "for i <- 1..10, do: i",
        "for i <- 10..1//-1, do: i",
        "String.slice(s, 1..-1//1)",
        "Enum.slice(cart, -2..-1)",
        "a..b",
        "x + 10..1",
        "10..1 * 2",
        "Range.new(1, 10)",
        "Range.new(10, 1, -1)",
        "Range.new(a, b)",
        "File.cp(a, b, on_conflict: fn _, _ -> false end)",
        "File.cp(a, b)",
        "File.stream!(path, :line, [:read])",
        "File.stream!(path, [:read])",
        "def update_many(assigns_sockets), do: assigns_sockets",
        "Repo.preload(user, :posts)",
        "def preload(query, assocs), do: query",
        "def preload(query), do: query",
        "cast(user, params, ~w(name email)a)",
        "cast(user, params, [:name, :email])",
        "cast(user, params, @fields, empty_values: [nil])",
        "GenServer.cast(pid, {:a, b})",
        "GenServer.cast(pid, [\"a\"])",
        "Multi.run(multi, :x, fn repo, changes -> {:ok, changes} end)",
        "Multi.run(multi, :x, fn _repo, %{a: a} -> {:ok, a} end)",
        "multi |> Multi.run(:x, fn _repo, changes -> {:ok, changes} end)",
        "cast_assoc(cs, :items, with: &Item.changeset/2)",
        "fragment(\"?\", identifier(^name))",
        "mix do deps.get + compile",
        "[app: :a, preferred_envs: [test: :test]]",
        "attrs = [phx_feedback: true]",
    };
    for (size_t i = 0; i < sizeof silent / sizeof silent[0]; i++) {
        al_result *r = snippet(silent[i]);
        if (api_findings(r, 0) != 0) {
            fprintf(stderr, "should be silent: %s\n", silent[i]);
            dump_findings(r);
        }
        assert_int_equal(api_findings(r, 0), 0);
        al_result_free(r);
    }
    /* the whole range is reported, at its columns */
    al_result *r = snippet("x = Enum.slice(l, 2..-1)");
    const al_diagnostic *d = find_finding(r, "EXA002", L1);
    assert_non_null(d);
    assert_int_equal(d->start.column, 19);
    assert_int_equal(d->end.column, 24);
    al_result_free(r);
}

/* HEEx markup that uses heex entry e. */
static void heex_instance(const al_api_entry *e, char *out, size_t size)
{
    const char *p = e->pattern, *tag = "div";
    size_t tag_len = 3;
    if (p[0] == '<') {
        tag = p + 1;
        tag_len = strcspn(tag, " ");
        p = tag + tag_len + 1;
    }
    size_t name_len = strcspn(p, "=~");
    if (p[name_len] == '=')
        snprintf(out, size, "<%.*s id=\"a\" %.*s=\"%s\">x</%.*s>", (int)tag_len, tag, (int)name_len,
                 p, p + name_len + 1, (int)tag_len, tag);
    else if (p[name_len] == '~')
        snprintf(out, size, "<%.*s id=\"a\" %.*s=\"mt-2 %s:hidden\">x</%.*s>", (int)tag_len, tag,
                 (int)name_len, p, p + name_len + 1, (int)tag_len, tag);
    else
        snprintf(out, size, "<%.*s id=\"a\" %.*s={f}>x</%.*s>", (int)tag_len, tag, (int)name_len, p,
                 (int)tag_len, tag);
}

static void every_heex_entry(void **state)
{
    (void)state;
    char markup[256], block[1024];
    for (size_t k = 0; k < al_heex_entry_count; k++) {
        const al_api_entry *e = &al_heex_entries[k];
        heex_instance(e, markup, sizeof markup);
        const char *want = e->removed ? "EXA001" : e->hard ? "EXA002" : "EXA003";
        /* in a ~H heredoc, on the template's second line; in a ```heex block, on its first */
        snprintf(block, sizeof block,
                 "def render(assigns) do\n  ~H\"\"\"\n  <p>hi</p>\n  %s\n  \"\"\"\nend", markup);
        al_result *r = snippet(block);
        const al_diagnostic *d = find_finding(r, want, L1 + 3);
        if (!d || !strstr(d->message, e->what)) {
            fprintf(stderr, "heex entry %zu `%s` (`%s`) did not fire\n", k, e->pattern, markup);
            dump_findings(r);
        }
        assert_non_null(d);
        assert_non_null(strstr(d->message, e->what));
        al_result_free(r);
        r = snippet_with(NULL, "heex", markup);
        assert_fires(r, want, L1);
        al_result_free(r);
        /* in a HEEx comment, in EEx code, in a plain string, in a ~s sigil */
        snprintf(block, sizeof block,
                 "def render(assigns) do\n  ~H\"\"\"\n  <%%!-- %s --%%>\n  <%%= \"%s\" %%>\n"
                 "  \"\"\"\nend\nx = ~s(%s)",
                 markup, "<div let={f}>", markup);
        r = snippet(block);
        if (api_findings(r, 0)) dump_findings(r);
        assert_int_equal(api_findings(r, 0), 0);
        al_result_free(r);
    }
}

static void heex_attributes(void **state)
{
    (void)state;
    al_result *r = snippet("def r(assigns), do: ~H\"<.form for={@f} let={f}></.form>\"");
    const al_diagnostic *d = find_finding(r, "EXA001", L1);
    assert_non_null(d);
    assert_int_equal(d->start.column, 40);
    assert_int_equal(d->end.column, 43);
    assert_string_equal(d->fix->edits[0].text, ":let");
    al_result_free(r);
    r = snippet_with(NULL, "heex",
                     "<.dynamic_tag name=\"h1\">x</.dynamic_tag>\n<ul phx-update='append'>\n"
                     "<div phx-capture-click=\"close\">");
    d = find_finding(r, "EXA002", L1);
    assert_non_null(d);
    assert_true(d->fix->safe);
    assert_string_equal(d->fix->edits[0].text, "tag_name");
    assert_fires(r, "EXA002", L1 + 1);
    d = find_finding(r, "EXA001", L1 + 2);
    assert_non_null(d);
    assert_false(d->fix->safe);
    al_result_free(r);
    /* the modern forms, look-alikes, and markup that is not HEEx */
    r = snippet_with(NULL, "heex",
                     "<.form for={@form} :let={f}>\n<ul phx-update=\"stream\" id=\"s\">\n"
                     "<.dynamic_tag tag_name=\"h1\" name=\"x\">\n<input name=\"q\">\n"
                     "<div phx-click-away={JS.hide()} data-let=\"1\">\n"
                     "<p class=\"phx-no-feedbackish\">\n<script>if (a <b let=1) {}</script>\n"
                     "<div {@rest} class={[\"a\", @b]}>\n<%= if true do %>let={x}<% end %>");
    if (api_findings(r, 0)) dump_findings(r);
    assert_int_equal(api_findings(r, 0), 0);
    al_result_free(r);
    r = snippet_with(NULL, "html", "<div phx-feedback-for=\"x\"></div>");
    assert_int_equal(api_findings(r, 0), 0);
    al_result_free(r);
    r = snippet("x = \"<div phx-feedback-for=\\\"a\\\">\"\n~HTML\"<div phx-feedback-for=1>\"");
    assert_int_equal(api_findings(r, 0), 0);
    al_result_free(r);
    /* target: LiveView 0.18 has let= deprecated, not removed */
    al_options *o = al_options_new();
    assert_true(al_options_set_target_version(o, "liveview", "0.18.1"));
    r = snippet_with(o, "heex", "<.form let={f}>");
    assert_fires(r, "EXA002", L1);
    al_result_free(r);
    al_options_free(o);
}

static void iex_sessions(void **state)
{
    (void)state;
    /* output lines are not code; prompts are blanked */
    al_result *r = snippet_with(NULL, "elixir",
                                "iex> String.strip(\" a \")\n\"a\"\niex> Enum.partition([1],\n"
                                "...>   & &1)\nLogger.warn is shown here as output");
    assert_fires(r, "EXA002", L1);
    const al_diagnostic *d = find_finding(r, "EXA002", L1);
    assert_int_equal(d->start.column, 6);
    assert_fires(r, "EXA002", L1 + 2);
    assert_int_equal(count_findings(r, "EXA002", L1 + 4), 0);
    al_result_free(r);
}

static void shell_lines(void **state)
{
    (void)state;
    al_result *r = snippet("# setup\nmix new my_app --sup\ncd my_app\n\ndefmodule A do\nend");
    assert_fires(r, "EXA004", L1 + 1);
    assert_non_null(strstr(find_finding(r, "EXA004", L1 + 1)->message, "lines 7-8"));
    assert_int_equal(count_findings(r, "EXA004", 0), 1);
    al_result_free(r);
    r = snippet("$ mix deps.get\nMIX_ENV=prod mix release\niex -S mix\ngit clone x");
    assert_fires(r, "EXA004", L1);
    al_result_free(r);
    r = snippet("mix = 1\nmix(a, b)\nmix\ncd(\"dir\")\nx = mix + 1\n"
                "\"mix deps.get\"\n# mix deps.get\ncd = 2");
    assert_silent(r, "EXA004");
    al_result_free(r);
}

static void heex_outside(void **state)
{
    (void)state;
    al_result *r =
        snippet("<div class=\"a\">\n  <%= @name %>\n  <.link navigate={~p\"/\"}>x</.link>\n"
                "</div>");
    assert_fires(r, "EXA005", L1);
    assert_int_equal(count_findings(r, "EXA005", 0), 1);
    al_result_free(r);
    r = snippet("def render(assigns) do\n  ~H\"\"\"\n  <div>hi</div>\n  \"\"\"\nend\n"
                "x < y\nif a <b, do: 1");
    assert_silent(r, "EXA005");
    al_result_free(r);
}

static void heex_quote(void **state)
{
    (void)state;
    al_result *r = snippet("def r(assigns), do: ~H\"<div class=\"x\">hi</div>\"");
    assert_fires(r, "EXA006", L1);
    al_result_free(r);
    r = snippet("def r(assigns), do: ~H\"<div class='x'>hi</div>\"\n"
                "def s(assigns), do: ~H\"\"\"\n<div class=\"x\"></div>\n\"\"\"");
    assert_silent(r, "EXA006");
    al_result_free(r);
}

static void logger_require(void **state)
{
    (void)state;
    al_result *r = snippet("defmodule A do\n  def f do\n    Logger.info(\"x\")\n  end\nend");
    assert_fires(r, "EXA007", L1 + 2);
    const al_diagnostic *d = find_finding(r, "EXA007", L1 + 2);
    assert_non_null(d->fix);
    assert_true(d->fix->safe);
    assert_int_equal(d->fix->edit_count, 1);
    assert_string_equal(d->fix->edits[0].text, "  require Logger\n");
    assert_int_equal(d->fix->edits[0].start.line, L1 + 1);
    assert_int_equal(d->fix->edits[0].start.column, 1);
    assert_int_equal(d->fix->edits[0].end.line, L1 + 1);
    assert_int_equal(d->fix->edits[0].end.column, 1);
    al_result_free(r);
    /* in a block quote, after a blank line and a comment: the first body line's prefix */
    r = lint_text(HEAD "> ```elixir\n> defmodule A do # the module\n>\n>     # logs\n"
                       ">     def f, do: Logger.info(1)\n> end\n> ```\n");
    d = find_finding(r, "EXA007", L1 + 3);
    assert_non_null(d);
    assert_non_null(d->fix);
    assert_string_equal(d->fix->edits[0].text, ">     require Logger\n");
    assert_int_equal(d->fix->edits[0].start.line, L1 + 2);
    al_result_free(r);
    /* no fix when the body starts on the `do` line */
    r = snippet("defmodule A do def f, do: Logger.info(1)\nend");
    d = find_finding(r, "EXA007", L1);
    assert_non_null(d);
    assert_null(d->fix);
    al_result_free(r);
    r = snippet("defmodule A do\n  require Logger\n  def f, do: Logger.info(\"x\")\nend");
    assert_silent(r, "EXA007");
    al_result_free(r);
    /* not the whole module; a `use` that may require it; MyApp.Logger */
    r = snippet("defmodule A do\n  def f, do: Logger.info(\"x\")\n");
    assert_silent(r, "EXA007");
    al_result_free(r);
    r = snippet("defmodule A do\n  use MyAppWeb, :live_view\n  def f, do: Logger.info(1)\nend\n"
                "defmodule B do\n  def f, do: MyApp.Logger.info(1)\nend");
    assert_silent(r, "EXA007");
    al_result_free(r);
}

static void app_env(void **state)
{
    (void)state;
    al_result *r = snippet("defmodule A do\n  @key Application.get_env(:app, :key)\n"
                           "  @k2 Application.fetch_env!(:app, :k2)\nend");
    assert_fires(r, "EXA008", L1 + 1);
    const al_diagnostic *d = find_finding(r, "EXA008", L1 + 1);
    assert_string_equal(d->fix->edits[0].text, "Application.compile_env");
    assert_fires(r, "EXA008", L1 + 2);
    al_result_free(r);
    r = snippet("defmodule A do\n  @key Application.compile_env(:app, :key)\n"
                "  def f, do: @x || Application.get_env(:a, :b)\n"
                "  def g, do: Application.get_env(:a, :b)\n  @doc \"Application.get_env\"\nend");
    assert_silent(r, "EXA008");
    al_result_free(r);
}

static void atoms(void **state)
{
    (void)state;
    al_result *r = snippet("def f(p) do\n  String.to_atom(p[\"k\"])\n  p |> String.to_atom()\n"
                           "  Jason.decode!(body, keys: :atoms)\n  Module.concat(Base, p)\nend");
    assert_fires(r, "EXA009", L1 + 1);
    assert_fires(r, "EXA009", L1 + 2);
    assert_fires(r, "EXA009", L1 + 3);
    assert_fires(r, "EXA009", L1 + 4);
    al_result_free(r);
    r = snippet("def f(p) do\n  String.to_atom(\"ok\")\n  String.to_existing_atom(p)\n"
                "  Jason.decode!(body, keys: :atoms!)\n  Module.concat(Base, Sub)\n"
                "  Module.concat([__MODULE__, \"X\"])\nend\n"
                "defmodule M do\n  for p <- [:A, :B], do: Module.concat(Base, p)\nend");
    assert_silent(r, "EXA009");
    al_result_free(r);
}

static void debug_calls(void **state)
{
    (void)state;
    al_result *r = snippet("defmodule A do\n  def f(x) do\n    x |> IO.inspect(label: \"x\")\n"
                           "    dbg(x)\n    x |> dbg()\n    IEx.pry()\n  end\nend");
    assert_fires(r, "EXA010", L1 + 2);
    assert_fires(r, "EXA010", L1 + 3);
    assert_fires(r, "EXA010", L1 + 4);
    assert_fires(r, "EXA010", L1 + 5);
    assert_int_equal(find_finding(r, "EXA010", L1 + 2)->severity, AL_INFO);
    al_result_free(r);
    r = snippet("defmodule A do\n  def f(x) do\n    IO.puts(x)\n"
                "    IO.inspect(:stderr, x, [])\n    Kernel.dbg(x)\n  end\nend\nIO.inspect(1)");
    assert_silent(r, "EXA010");
    al_result_free(r);
    r = snippet_with(NULL, "iex", "iex> IO.inspect(1)\n1\n1");
    assert_silent(r, "EXA010");
    al_result_free(r);
}

static void foreign(void **state)
{
    (void)state;
    al_result *r = snippet("def f(x) do\n  if x == null do\n    return nil\n  else if x > 1 do\n"
                           "    this.value\n  end\nend\nelsif x");
    assert_fires(r, "EXA011", L1 + 1);
    assert_fires(r, "EXA011", L1 + 2);
    assert_fires(r, "EXA011", L1 + 3);
    assert_fires(r, "EXA011", L1 + 4);
    assert_fires(r, "EXA011", L1 + 7);
    al_result_free(r);
    r = snippet("def f(x) do\n  return = compute(x)\n  {:ok, return}\n  x == nil\n"
                "  \"return x\"\n  # return x\n  if a do\n    1\n  else\n    if b, do: 2\n  end\n"
                "  :null\n  null = 1\nend");
    assert_silent(r, "EXA011");
    al_result_free(r);
}

static void bad_input(void **state)
{
    (void)state;
    /* unterminated strings, binary bytes, deep nesting, huge */
    static const char *const cases[] = {
        "\"never closed\nLogger.warn(1)",
        "~H\"",
        "\x01\xff\xfe Logger.warn",
        "<<<<<<< HEAD",
        "iex>",
        "iex(1)> \n...>",
        "$",
        "defmodule A do",
        "@",
        "Logger.",
        "String.strip(",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        al_result_free(snippet(cases[i]));
    static const char *const heex[] = {
        "<div let=",
        "<div let=\"",
        "<div let={",
        "<",
        "<a",
        "<div {{{ let={f}",
        "<script",
        "<%",
        "<!--",
        "<div phx-update='",
        "<.dynamic_tag name",
        "<p class=\"phx-no-feedback",
        "Supervisor.start_child(x, [",
        "Enum.into(x, [a",
        "1..",
        "..-1",
        "Range.new(1,",
        "cast(a, b, c, ~w(x",
        "Multi.run(m, :k, fn x",
    };
    for (size_t i = 0; i < sizeof heex / sizeof heex[0]; i++) {
        char buf[128];
        al_result_free(snippet_with(NULL, "heex", heex[i]));
        snprintf(buf, sizeof buf, "~H\"\"\"\n%s\n\"\"\"", heex[i]);
        al_result_free(snippet(buf));
        al_result_free(snippet(heex[i]));
    }
    size_t n = 200000;
    char *deep = malloc(n + 1);
    assert_non_null(deep);
    for (size_t i = 0; i < n; i++)
        deep[i] = i < n / 2 ? '(' : (i % 3 ? ' ' : '\n');
    deep[n] = '\0';
    al_result_free(snippet(deep));
    for (size_t i = 0; i < n; i++)
        deep[i] = "do fn "[i % 6];
    al_result_free(snippet(deep));
    free(deep);
}

/* Code that the file marks as a deliberate bad example gets a note at most, and no fix. */
static void bad_examples(void **state)
{
    (void)state;
    al_result *r = snippet("# ❌ Bad: the old name\n"         /* 6 */
                           "Logger.warn(\"disk full\")\n"    /* 7 */
                           "\n"                              /* 8 */
                           "# ✅ Good\n"                      /* 9 */
                           "Logger.warning(\"disk full\")\n" /* 10 */
                           "Logger.warn(\"again\")\n");      /* 11 */
    const al_diagnostic *d = find_finding(r, "EXA002", 7);
    assert_non_null(d);
    assert_int_equal(d->severity, AL_INFO);
    assert_null(d->fix);
    assert_non_null(strstr(d->message, "bad example"));
    d = find_finding(r, "EXA002", 11); /* after the good mark: a real use */
    assert_non_null(d);
    assert_int_equal(d->severity, AL_WARNING);
    assert_non_null(d->fix);
    al_result_free(r);
    const char *comments[] = {"# Bad", "# WRONG", "# Don't do this", "# Avoid:", "# Never"};
    for (size_t i = 0; i < sizeof comments / sizeof comments[0]; i++) {
        char code[128];
        snprintf(code, sizeof code, "%s\nLogger.warn(\"x\")\n", comments[i]);
        r = snippet(code);
        assert_int_equal(find_finding(r, "EXA002", L1 + 1)->severity, AL_INFO);
        al_result_free(r);
    }
    /* a label right before the block */
    r = lint_text(HEAD "**Wrong:**\n\n```elixir\nLogger.warn(\"x\")\n```\n");
    assert_int_equal(find_finding(r, "EXA002", 8)->severity, AL_INFO);
    al_result_free(r);
    r = lint_text(HEAD "❌ **Bad**: this warns on every build since 1.15\n```elixir\n"
                       "Logger.warn(\"x\")\n```\n");
    assert_int_equal(find_finding(r, "EXA002", 7)->severity, AL_INFO);
    al_result_free(r);
    /* a sentence that starts with such a word introduces good code; "# Badge" is no mark */
    r = lint_text(HEAD "Avoid N+1 queries by loading them all at once:\n\n"
                       "```elixir\nLogger.warn(\"x\")\n```\n\n```elixir\n# Badge count\n"
                       "Logger.warn(\"y\")\n```\n");
    assert_int_equal(find_finding(r, "EXA002", 8)->severity, AL_WARNING);
    assert_int_equal(find_finding(r, "EXA002", 13)->severity, AL_WARNING);
    al_result_free(r);
    /* a mark reaches 100 lines down, however many findings below it were
     * looked up before (each look-up reads only the lines since the last) */
    char many[16 + 150 * 16];
    char *at = many + sprintf(many, "# Bad\n");
    for (int i = 0; i < 150; i++)
        at += sprintf(at, "Logger.warn(1)\n");
    r = snippet(many);
    assert_int_equal(count_findings(r, "EXA002", 0), 150);
    assert_int_equal(find_finding(r, "EXA002", L1 + 1)->severity, AL_INFO);
    assert_int_equal(find_finding(r, "EXA002", L1 + 99)->severity, AL_INFO);
    assert_int_equal(find_finding(r, "EXA002", L1 + 100)->severity, AL_WARNING);
    assert_int_equal(find_finding(r, "EXA002", L1 + 150)->severity, AL_WARNING);
    al_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_entry_fires_and_not_in_comments_or_strings),
        cmocka_unit_test(logger_warn),
        cmocka_unit_test(target_versions),
        cmocka_unit_test(fixes_and_arity),
        cmocka_unit_test(argument_shapes),
        cmocka_unit_test(every_heex_entry),
        cmocka_unit_test(heex_attributes),
        cmocka_unit_test(iex_sessions),
        cmocka_unit_test(shell_lines),
        cmocka_unit_test(heex_outside),
        cmocka_unit_test(heex_quote),
        cmocka_unit_test(logger_require),
        cmocka_unit_test(app_env),
        cmocka_unit_test(atoms),
        cmocka_unit_test(debug_calls),
        cmocka_unit_test(foreign),
        cmocka_unit_test(bad_input),
        cmocka_unit_test(bad_examples),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
