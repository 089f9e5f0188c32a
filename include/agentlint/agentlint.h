/*
 * agentlint: a linter for AI agent-definition files (Claude Code subagents
 * and similar specs: YAML front matter, then a Markdown system prompt).
 *
 * This is the whole public API of the core library. The library keeps no
 * global mutable state: every call works on the objects passed to it, so
 * separate threads may lint separate buffers with a shared, read-only
 * al_options. The one exception is a per-thread cache (a YAML parser kept
 * between files, never shared): a thread's exit frees it, and
 * al_thread_cleanup() frees the calling thread's now.
 *
 * Typical use:
 *
 *     al_options *opts = al_options_new();
 *     al_result *res = al_lint_buffer(opts, "agent.md", buf, len, AL_FILE_EXPLICIT);
 *     for (size_t i = 0; i < al_result_count(res); i++) {
 *         const al_diagnostic *d = al_result_get(res, i);
 *         ...
 *     }
 *     al_result_free(res);
 *     al_options_free(opts);
 */
#ifndef AGENTLINT_H
#define AGENTLINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define AGENTLINT_VERSION "0.1.0"

/* Severities, lowest first, so that they compare numerically. AL_OFF is a
 * configured severity only: no diagnostic carries it. */
typedef enum {
    AL_OFF = 0,
    AL_INFO = 1,
    AL_WARNING = 2,
    AL_ERROR = 3,
} al_severity;

/* "note", "warning", "error" (or "off"): the words of every output. */
const char *al_severity_name(al_severity sev);
/* Parses "off", "note" (or its old spelling "info"), "warning", "error";
 * returns -1 on anything else. */
int al_severity_parse(const char *text);

/* A position in a file. line and column are 1-based; column counts Unicode
 * code points (an invalid UTF-8 byte counts as one). offset is the 0-based
 * byte offset, kept for formats that want bytes. */
typedef struct {
    size_t line;
    size_t column;
    size_t offset;
} al_position;

/* One replacement: the bytes [start.offset, end.offset) become text. */
typedef struct {
    al_position start;
    al_position end;
    const char *text;
} al_edit;

/* A fix: one or more non-overlapping edits, applied together. A safe fix
 * keeps the meaning of the file; an unsafe one may change it. */
typedef struct {
    bool safe;
    size_t edit_count;
    const al_edit *edits;
} al_fix;

/* The static description of a rule: the registry row. */
typedef struct al_rule_info {
    const char *code; /* stable, e.g. "CC005" */
    const char *name; /* kebab-case, e.g. "unknown-tool" */
    al_severity default_severity;
    bool default_enabled; /* false for opt-in rules */
    const char *summary;  /* one line, no final period */
} al_rule_info;

/* One finding. */
typedef struct {
    const al_rule_info *rule;
    al_severity severity;
    al_position start;
    al_position end; /* exclusive */
    const char *message;
    const al_fix *fix; /* NULL when there is none */
    /* Set by al_fix_buffer when this finding's fix was tried and rolled back
     * because it made the file worse (fix is then NULL): why, in words
     * ("it would make the front matter unparsable: ..."). NULL otherwise. */
    const char *fix_refused;
} al_diagnostic;

/* The rule registry. */
size_t al_rule_count(void);
const al_rule_info *al_rule_at(size_t index);
/* Finds a rule by code or by name (case-insensitive code, exact name), or
 * by the code it had before its family was renamed. */
const al_rule_info *al_rule_find(const char *code_or_name);
/* The rule whose code before a rename was old_code ("MD002" -> BD002), or
 * NULL when old_code is no such code; *since (may be NULL) gets the version
 * of the rename. For a note to whoever still writes the old code. */
const al_rule_info *al_rule_find_renamed(const char *old_code, const char **since);
/* Rewrites an old code or an old family prefix ("MD", "md002") into its new
 * spelling in out; false when it is not an old spelling. */
bool al_rule_code_renamed(const char *code, char *out, size_t outlen, const char **since);
/* The rule's explanation (Markdown, with a bad and a good example). */
const char *al_rule_explanation(const al_rule_info *rule);
/* The index of a rule in the registry. */
size_t al_rule_index(const al_rule_info *rule);

/* Options. Create, set, share read-only between threads, free. */
typedef struct al_options al_options;

al_options *al_options_new(void);
al_options *al_options_clone(const al_options *opts);
void al_options_free(al_options *opts);
/* Sets a rule's severity (AL_OFF disables it). */
void al_options_set_severity(al_options *opts, const al_rule_info *rule, al_severity sev);
/* The severity a rule runs at under these options (AL_OFF: not run). */
al_severity al_options_severity(const al_options *opts, const al_rule_info *rule);
/* Extra names accepted beyond the built-in vocabulary (for example a team's
 * own tools or models). The strings are copied. */
bool al_options_add_known_tool(al_options *opts, const char *name);
bool al_options_add_known_field(al_options *opts, const char *name);
bool al_options_add_known_model(al_options *opts, const char *name);
/* Files larger than this many bytes are not parsed (default 16 MiB). */
void al_options_set_max_file_size(al_options *opts, size_t bytes);
/* The versions a team targets, so that rules about deprecated APIs do not
 * suggest replacements it lacks. component: "elixir", "otp", "phoenix",
 * "liveview", "phoenix_html", "ecto"; version: numeric components separated
 * by dots ("1.15", "0.20.2", "26"), compared numerically; NULL unsets it
 * (= current versions). Returns false for an unknown component, a malformed
 * version or out of memory. */
bool al_options_set_target_version(al_options *opts, const char *component, const char *version);
/* The target version of a component, or NULL when none is set (current). */
const char *al_options_target_version(const al_options *opts, const char *component);
/* In-file suppression comments (agentlint-disable...) are honoured unless
 * this is set to false (default true). */
void al_options_set_inline_suppressions(al_options *opts, bool on);
/* Records where al_lint_buffer spends each file's time, by stage
 * (al_result_stage_ns); default false (reading the thread's CPU clock costs
 * a system call per stage). */
void al_options_set_timings(al_options *opts, bool on);

/* How a file came to be linted. A file named on the command line must be an
 * agent; one found by walking a directory may just be documentation. */
typedef enum {
    AL_FILE_EXPLICIT = 0,
    AL_FILE_DISCOVERED = 1,
} al_file_origin;

/* What a file is, which decides the front-matter rules that apply to it.
 * Body rules (Markdown, encoding, hidden text, secrets, Elixir) run on every
 * kind. AL_KIND_AUTO: decide from the path, then from the content. */
typedef enum {
    AL_KIND_AUTO = 0,
    AL_KIND_AGENT,                /* Claude Code subagent: .claude/agents, a plugin's agents/ */
    AL_KIND_SKILL,                /* skills/<dir>/SKILL.md */
    AL_KIND_COMMAND,              /* .claude/commands, a plugin's commands/ */
    AL_KIND_PLUGIN_MANIFEST,      /* .claude-plugin/plugin.json or marketplace.json */
    AL_KIND_COPILOT_AGENT,        /* .github/agents */
    AL_KIND_OPENCODE_AGENT,       /* .opencode/agent(s) */
    AL_KIND_GEMINI_AGENT,         /* .gemini/agents */
    AL_KIND_CURSOR_AGENT,         /* .cursor/agents */
    AL_KIND_CURSOR_RULE,          /* .cursor/rules, *.mdc files */
    AL_KIND_INSTRUCTIONS,         /* GEMINI.md, AGENTS.override.md */   
    AL_KIND_DOCUMENTATION,        /* README, CHANGELOG, other Markdown without front matter */
    AL_KIND_COPILOT_INSTRUCTIONS, /* *.instructions.md in .github/instructions */
    AL_KIND_COPILOT_PROMPT,       /* *.prompt.md in .github/prompts */
    AL_KIND_CLAUDE_RULE,          /* Markdown in .claude/rules */
    /* The rest of Claude Code's .claude/ surface */
    AL_KIND_SETTINGS,             /* .claude/settings.json, .claude/settings.local.json */
    AL_KIND_PLUGIN_HOOKS,         /* a plugin's hooks/hooks.json */
    AL_KIND_MCP_CONFIG,           /* .mcp.json, of a project or a plugin */
    AL_KIND_MEMORY,               /* CLAUDE.md, CLAUDE.local.md, AGENTS.md (any folder) */
    AL_KIND_COUNT
} al_file_kind;

/* The kebab-case name of a kind ("agent", "skill", "plugin-manifest", ...;
 * "auto" for AL_KIND_AUTO). */
const char *al_kind_name(al_file_kind kind);
/* Parses a kind name; returns -1 on anything else. */
int al_kind_parse(const char *text);
/* The kind of a file from its path alone: the forced kind (al_options_set_kind)
 * first, then the configuration's `kinds:` globs, then the built-in path
 * table (a tool's folder, a name, a place that holds no agents such as a
 * skill's other files, docs/, examples/, templates/, test fixtures).
 * AL_KIND_AUTO when only the content can tell: al_lint_buffer then reads a
 * front matter that says agent (`name` or `description` with another agent
 * key, both, or a near miss of either) as an agent, then a file among
 * agents (the other Markdown files of its folder) as one, anything else as
 * documentation. May look in the folders above path for a plugin's
 * manifest, a SKILL.md and the project's root (`.git`). */
al_file_kind al_kind_for_path(const al_options *opts, const char *path);
/* The kind al_lint_buffer lints data as, and in why (why_size bytes, may be
 * 0) what decided it: "folder .claude/agents", "front matter: name, tools",
 * "skill resource". */
al_file_kind al_kind_of_text(const al_options *opts, const char *path, const char *data, size_t len,
                             char *why, size_t why_size);

/* What the kind decision learns about folders (the project around them, the
 * skill they belong to, whether their Markdown files are agents), kept for
 * the files of one run: without it each file looks at its folder again,
 * which for a folder of n files costs n times n reads. Thread-safe; it must
 * outlive every options object it is set on. It answers as the files were
 * when a folder was first looked at: make a new one when they may have
 * changed (an editor's session). */
typedef struct al_kind_cache al_kind_cache;
al_kind_cache *al_kind_cache_new(void);
void al_kind_cache_free(al_kind_cache *cache);
void al_options_set_kind_cache(al_options *opts, al_kind_cache *cache);
/* Body rules (those that also run on documentation: Markdown, encoding,
 * hidden text, secrets, Elixir, suppressions) run unless this is set to
 * false: a file reached through paths of several kinds is linted once per
 * kind, its body only once. Default true. */
void al_options_set_body_rules(al_options *opts, bool on);
/* Forces the kind of every file linted with these options (`--kind`, stdin,
 * editors); AL_KIND_AUTO (the default) decides per file. */
void al_options_set_kind(al_options *opts, al_file_kind kind);
/* Maps files matching glob (relative to base, an absolute folder, as in
 * .agentlint.yml) to kind; later calls win over earlier ones. Returns false
 * when out of memory. */
bool al_options_add_kind_glob(al_options *opts, const char *base, const char *glob,
                              al_file_kind kind);

typedef struct al_result al_result;

/* Lints one buffer. path is used for messages and for rules that look at the
 * file name; the buffer is not copied and need only live during the call.
 * Never returns NULL unless out of memory. */
al_result *al_lint_buffer(const al_options *opts, const char *path, const char *data, size_t len,
                          al_file_origin origin);

/* Frees what al_lint_buffer keeps for the calling thread between calls (a
 * YAML parser). Other threads exiting free theirs; call this on a thread
 * that lints and does not exit before the program does (the main thread). */
void al_thread_cleanup(void);

const char *al_result_path(const al_result *res);
size_t al_result_count(const al_result *res);
const al_diagnostic *al_result_get(const al_result *res, size_t index);
/* Keeps only the diagnostics i with keep[i] (one flag per diagnostic), in
 * order; returns how many are left. For callers that filter findings, such
 * as a baseline. */
size_t al_result_retain(al_result *res, const bool *keep);
/* The agent's `name` value, or NULL if it has none. */
const char *al_result_agent_name(const al_result *res);
/* The kind the file was linted as (never AL_KIND_AUTO). */
al_file_kind al_result_kind(const al_result *res);
/* What decided that kind, as al_kind_of_text says it. */
const char *al_result_kind_reason(const al_result *res);

/* The stages of al_lint_buffer, in order. */
typedef enum {
    AL_STAGE_SOURCE,       /* the file kind, the one pass over the bytes (line index, encoding) */
    AL_STAGE_FRONT_MATTER, /* libyaml, the YAML tree, the agent's fields */
    AL_STAGE_MARKDOWN,     /* cmark and the walk over its tree */
    AL_STAGE_SNIPPETS,     /* the Elixir blocks lexed and checked, the API table matched */
    AL_STAGE_RULES,        /* every enabled rule, secrets, suppressions, sorting */
    AL_STAGE_COUNT
} al_stage;
/* The calling thread's CPU time the stage took on this file, in nanoseconds;
 * 0 unless al_options_set_timings was on. */
unsigned long long al_result_stage_ns(const al_result *res, al_stage stage);
/* "source", "front matter", ... */
const char *al_stage_name(al_stage stage);
void al_result_free(al_result *res);

/* Secrets (issue 14): where the text linted holds a credential (the spans
 * of SEC001 and SEC002 findings, whether or not those rules are enabled or
 * suppressed, each private key's body lines, and every other occurrence of
 * the same text). Messages never hold one; anything else shown to a user
 * (source lines, fix texts, diffs) goes through al_result_redact. */
typedef struct {
    al_position start;
    al_position end; /* exclusive */
} al_span;

size_t al_result_secret_count(const al_result *res);
const al_span *al_result_secret_get(const al_result *res, size_t index);
/* A copy of text (any text: a source line, a fix's text, a diff line) with
 * every secret of res masked: its first four characters kept, the others
 * shown as '*', so the length and columns stay. res may be NULL (nothing
 * masked). Returns a malloc'd NUL-terminated buffer of len bytes (*out_len,
 * may be NULL), or NULL when out of memory. */
char *al_result_redact(const al_result *res, const char *text, size_t len, size_t *out_len);

/* Applies the fixes of res (which must come from linting exactly data) to
 * data: safe fixes, and unsafe ones too when unsafe is true. A fix whose
 * edits overlap an edit already taken is skipped (a later pass, after
 * linting again, may apply it). Returns a malloc'd buffer of *out_len bytes
 * (NUL-terminated), or NULL when out of memory; *applied (may be NULL) gets
 * the number of fixes applied. */
char *al_apply_fixes(const al_result *res, const char *data, size_t len, bool unsafe,
                     size_t *out_len, size_t *applied);

/* Lints data, applies its fixes (unsafe ones too when unsafe), lints again, until nothing more
 * applies (at most 8 passes). A pass that would make the file worse is rolled back. Returns the
 * result of linting the final text, which goes to *out (malloc'd, NUL-terminated, *out_len
 * bytes; a copy of data when nothing applied); *applied gets the number of fixes applied.
 * NULL only when out of memory.
 *
 * "Worse" means: a new error-severity finding, front matter that parsed no longer parsing, or
 * a changed value of a front-matter key that no edit of the pass touched. A rolled-back pass
 * of several fixes is retried one fix at a time, so that one bad fix does not block the good
 * ones; a fix still refused alone keeps its finding in the result, with fix NULL and
 * fix_refused saying why. */
al_result *al_fix_buffer(const al_options *opts, const char *path, const char *data, size_t len,
                         al_file_origin origin, bool unsafe, char **out, size_t *out_len,
                         size_t *applied);

/* Checks that run across files: two agents with the same `name` in one
 * namespace (plugin agents are `plugin:agent`), a skill shadowing a command,
 * an agent's `skills:` entry or a skill's `agent:` naming nothing in the run,
 * an agent's `mcpServers:` naming a server no file of the run defines.
 * Adds diagnostics to the later results (in the order given) and re-sorts
 * them. */
void al_check_across_files(const al_options *opts, al_result **results, size_t count);

/* The same checks one file at a time, for a driver that reports each file
 * as soon as it is linted (the run's order kept): only the files' names are
 * kept, not their results. Give each file's result to al_across_add, then
 * to al_across_check, in the run's order. A reference may point at a file
 * later in the order: al_across_check then adds nothing and returns what it
 * needs first (AL_ACROSS_ bits): every later file's skills (by path,
 * al_across_add_path), or agents or MCP servers (the results of the later
 * files that may hold them: agents, .mcp.json, plugin.json; al_across_add), then
 * al_across_complete with those bits, and al_across_check again. */
typedef struct al_across al_across;
enum { AL_ACROSS_SKILLS = 1, AL_ACROSS_AGENTS = 2, AL_ACROSS_MCP = 4 };
al_across *al_across_new(void);
void al_across_free(al_across *a);
void al_across_add(al_across *a, const al_result *res);
/* A file not linted yet: a skill is one by its path and options alone. */
void al_across_add_path(al_across *a, const al_options *opts, const char *path);
void al_across_complete(al_across *a, unsigned what);
/* Adds res's findings across files (severities from opts); 0, or what it needs first. */
unsigned al_across_check(al_across *a, const al_options *opts, al_result *res);

#ifdef __cplusplus
}
#endif

#endif
