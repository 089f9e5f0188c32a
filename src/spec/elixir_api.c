/* Deprecated and removed APIs, one entry per line.
 *
 * Sources (docs/sources.md): Elixir's "Table of deprecations" and CHANGELOGs, OTP's DEPRECATIONS and otp_internal.erl, and the
 * CHANGELOGs of Phoenix, Phoenix LiveView, phoenix_html and Ecto. Only entries with a definite
 * version are here.
 *
 * Pattern notation. A pattern is Elixir source, split into tokens by agentlint's Elixir lexer and
 * matched against code tokens only (never inside strings or comments; comments between tokens
 * are skipped, a line break is not):
 *   Logger.warn           the three tokens `Logger` `.` `warn`: the identifier is exactly `warn`
 *                         (not `warning`) and `MyLogger.warn` or `App.Logger.warn` do not match
 *   String.strip(         a final `(` demands a call with parentheses right after the name; it is
 *                         not part of the reported span
 *   _                     any one token;  :_  any atom
 *   Routes._path          an identifier that starts with `_` matches names ending in the rest
 *   ~L""                  any sigil named L;  ''  any single-quoted charlist
 *   Mod                   any alias, dotted or not (`MyApp.Worker`)
 *   ...                   one whole argument: balanced tokens up to a `,`, `->` or closer at its
 *                         own depth (`Supervisor.start_child(..., [` : a list as 2nd argument)
 * Inside the pattern's own brackets, line breaks between tokens are skipped (calls over lines).
 *
 * Conditions (cond, space-separated): "+key:" the call (or the statement, without parentheses)
 * has keyword key `key:` among its arguments, "-key:" it has not; "|>" the call is piped (the
 * pipe counts as its first argument); "desc" the integer literals are decreasing with no `//`
 * step: the two operands of a `..` pattern (`10..1`, `1..-1`, the whole range is reported) or
 * the first two arguments of a call pattern (`Range.new(10, 1)`); "plain" the sigil has no
 * modifiers (`~w(a b)`, not `~w(a b)a`).
 * A pattern that starts with a lower-case name does not match a definition (`def link(`) and,
 * unless the entry is AL_API_QUALIFIED, no pattern matches right after a `.`. A pattern that ends
 * in an alias does not match a longer alias (`use Phoenix.HTML` is not `use Phoenix.HTML.Form`).
 * The first entry that matches at a position wins, so specific entries come first.
 *
 * Versions: soft = documented as deprecated (no warning); hard = warns; removed = gone or raises.
 * An entry is not reported when the configured target version is older than its first version,
 * and counts as removed only when the target is at least the removal version. */
#include "spec/elixir_api.h"

#define COUNT(a)  (sizeof(a) / sizeof((a)[0]))
#define ANY       (-1)
#define Q         AL_API_QUALIFIED
#define EL        AL_EXC_ELIXIR
#define OTP       AL_EXC_OTP
#define PHX       AL_EXC_PHOENIX
#define LV        AL_EXC_LIVEVIEW
#define HTML      AL_EXC_PHOENIX_HTML
#define ECTO      AL_EXC_ECTO
#define NONE      AL_APIFIX_NONE, NULL
#define SAFE(t)   AL_APIFIX_SAFE, t
#define UNSAFE(t) AL_APIFIX_UNSAFE, t

/* clang-format off */
const al_api_entry al_api_entries[] = {
    /* pattern                          arity cond         flags comp  soft      hard      removed   what                                  use                                                         fix */
    /* Elixir core */
    {"Logger.warn",                     ANY,  NULL,        0,    EL,   "1.11",   "1.15",   NULL,     "`Logger.warn`",                      "`Logger.warning`",                                         SAFE("Logger.warning")},
    {"use Mix.Config",                  ANY,  NULL,        0,    EL,   "1.9",    "1.13",   NULL,     "`use Mix.Config`",                   "`import Config`",                                          SAFE("import Config")},
    {"import Supervisor.Spec",          ANY,  NULL,        0,    EL,   NULL,     "1.11",   NULL,     "`Supervisor.Spec`",                  "child specs such as `{Mod, arg}` with `Supervisor.start_link/2`", NONE},
    {"Supervisor.Spec",                 ANY,  NULL,        0,    EL,   NULL,     "1.10",   NULL,     "`Supervisor.Spec`",                  "child specs such as `{Mod, arg}` with `Supervisor.start_link/2`", NONE},
    {"supervise(",                      2,    NULL,        0,    EL,   NULL,     "1.10",   NULL,     "`supervise/2` (Supervisor.Spec)",    "`Supervisor.init/2` or `Supervisor.start_link/2` with child specs", NONE},
    {"worker(Mod,",                     ANY,  NULL,        0,    EL,   NULL,     "1.11",   NULL,     "`worker/2,3` (Supervisor.Spec)",     "a child spec: `{Mod, arg}` or `Mod.child_spec/1`",         NONE},
    {"supervisor(Mod,",                 ANY,  NULL,        0,    EL,   NULL,     "1.11",   NULL,     "`supervisor/2,3` (Supervisor.Spec)", "a child spec: `{Mod, arg}` or `Mod.child_spec/1`",         NONE},
    {":simple_one_for_one",             ANY,  NULL,        0,    EL,   "1.6",    "1.10",   NULL,     "the `:simple_one_for_one` strategy", "`DynamicSupervisor`",                                      NONE},
    {"Supervisor.start_child(..., [",   2,    NULL,        0,    EL,   NULL,     "1.11",   NULL,     "`Supervisor.start_child/2` with a list of arguments (`:simple_one_for_one`)", "`DynamicSupervisor.start_child/2` with a child spec", NONE},
    {"Supervisor.terminate_child(..., _pid)", 2, NULL,     0,    EL,   NULL,     "1.11",   NULL,     "`Supervisor.terminate_child/2` with a pid (`:simple_one_for_one`)", "`DynamicSupervisor.terminate_child/2`", NONE},
    {"HashDict",                        ANY,  NULL,        0,    EL,   NULL,     "1.4",    NULL,     "`HashDict`",                         "`Map`",                                                    NONE},
    {"HashSet",                         ANY,  NULL,        0,    EL,   NULL,     "1.4",    NULL,     "`HashSet`",                          "`MapSet`",                                                 NONE},
    {"Dict.",                           ANY,  NULL,        0,    EL,   NULL,     "1.3",    NULL,     "`Dict`",                             "`Map` or `Keyword`",                                       NONE},
    {"Set.",                            ANY,  NULL,        0,    EL,   NULL,     "1.4",    NULL,     "`Set`",                              "`MapSet`",                                                 NONE},
    {"String.strip(",                   1,    NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.strip/1`",                   "`String.trim/1`",                                          SAFE("String.trim")},
    {"String.strip",                    ANY,  NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.strip`",                     "`String.trim` (its second argument is a string, not a char)", UNSAFE("String.trim")},
    {"String.lstrip(",                  1,    NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.lstrip/1`",                  "`String.trim_leading/1`",                                  SAFE("String.trim_leading")},
    {"String.lstrip",                   ANY,  NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.lstrip`",                    "`String.trim_leading` (its second argument is a string)",  UNSAFE("String.trim_leading")},
    {"String.rstrip(",                  1,    NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.rstrip/1`",                  "`String.trim_trailing/1`",                                 SAFE("String.trim_trailing")},
    {"String.rstrip",                   ANY,  NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.rstrip`",                    "`String.trim_trailing` (its second argument is a string)", UNSAFE("String.trim_trailing")},
    {"String.ljust(",                   2,    NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.ljust/2`",                   "`String.pad_trailing/2`",                                  SAFE("String.pad_trailing")},
    {"String.ljust",                    ANY,  NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.ljust`",                     "`String.pad_trailing` (its padding is a string, not a char)", UNSAFE("String.pad_trailing")},
    {"String.rjust(",                   2,    NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.rjust/2`",                   "`String.pad_leading/2`",                                   SAFE("String.pad_leading")},
    {"String.rjust",                    ANY,  NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`String.rjust`",                     "`String.pad_leading` (its padding is a string, not a char)", UNSAFE("String.pad_leading")},
    {"to_char_list",                    ANY,  NULL,        Q,    EL,   NULL,     "1.5",    NULL,     "`to_char_list`",                     "`to_charlist`",                                            SAFE("to_charlist")},
    {"char_list(",                      0,    NULL,        Q,    EL,   NULL,     "1.5",    NULL,     "the `char_list()` type",             "`charlist()`",                                             SAFE("charlist")},
    {"Enum.filter_map(",                ANY,  NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`Enum.filter_map/3`",                "`Enum.filter/2` then `Enum.map/2`, or a `for` comprehension", NONE},
    {"Stream.filter_map(",              ANY,  NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`Stream.filter_map/3`",              "`Stream.filter/2` then `Stream.map/2`",                    NONE},
    {"Enum.partition",                  ANY,  NULL,        0,    EL,   NULL,     "1.6",    NULL,     "`Enum.partition/2`",                 "`Enum.split_with/2`",                                      SAFE("Enum.split_with")},
    {"Enum.chunk(",                     ANY,  NULL,        0,    EL,   NULL,     "1.7",    NULL,     "`Enum.chunk`",                       "`Enum.chunk_every` (it keeps the last, shorter chunk unless told `:discard`)", UNSAFE("Enum.chunk_every")},
    {"Stream.chunk(",                   ANY,  NULL,        0,    EL,   NULL,     "1.7",    NULL,     "`Stream.chunk`",                     "`Stream.chunk_every` (it keeps the last, shorter chunk unless told `:discard`)", UNSAFE("Stream.chunk_every")},
    {"Enum.uniq(",                      2,    NULL,        0,    EL,   NULL,     "1.4",    NULL,     "`Enum.uniq/2`",                      "`Enum.uniq_by/2`",                                         SAFE("Enum.uniq_by")},
    {"Stream.uniq(",                    2,    NULL,        0,    EL,   NULL,     "1.4",    NULL,     "`Stream.uniq/2`",                    "`Stream.uniq_by/2`",                                       SAFE("Stream.uniq_by")},
    {"not _ in",                        ANY,  NULL,        0,    EL,   NULL,     "1.7",    NULL,     "`not x in y`",                       "`x not in y`",                                             NONE},
    {"Map.size(",                       ANY,  NULL,        0,    EL,   NULL,     "1.3",    NULL,     "`Map.size/1`",                       "`map_size/1`",                                             SAFE("map_size")},
    {"Keyword.size(",                   ANY,  NULL,        0,    EL,   NULL,     "1.3",    NULL,     "`Keyword.size/1`",                   "`length/1`",                                               SAFE("length")},
    {"System.stacktrace",               ANY,  NULL,        0,    EL,   NULL,     "1.11",   NULL,     "`System.stacktrace/0`",              "`__STACKTRACE__` inside `rescue`/`catch`",                 NONE},
    {"System.cwd!",                     ANY,  NULL,        0,    EL,   NULL,     "1.8",    NULL,     "`System.cwd!/0`",                    "`File.cwd!/0`",                                            SAFE("File.cwd!")},
    {"System.cwd",                      ANY,  NULL,        0,    EL,   NULL,     "1.8",    NULL,     "`System.cwd/0`",                     "`File.cwd/0`",                                             SAFE("File.cwd")},
    {"System._(:seconds",               ANY,  NULL,        0,    EL,   NULL,     "1.8",    NULL,     "the time unit `:seconds`",           "`:second`",                                                NONE},
    {"System._(:milliseconds",          ANY,  NULL,        0,    EL,   NULL,     "1.8",    NULL,     "the time unit `:milliseconds`",      "`:millisecond`",                                           NONE},
    {"System._(:microseconds",          ANY,  NULL,        0,    EL,   NULL,     "1.8",    NULL,     "the time unit `:microseconds`",      "`:microsecond`",                                           NONE},
    {"System._(:nanoseconds",           ANY,  NULL,        0,    EL,   NULL,     "1.8",    NULL,     "the time unit `:nanoseconds`",       "`:nanosecond`",                                            NONE},
    {"System.get_pid",                  ANY,  NULL,        0,    EL,   NULL,     "1.13",   NULL,     "`System.get_pid/0`",                 "`System.pid/0`",                                           SAFE("System.pid")},
    {"use Bitwise",                     ANY,  NULL,        0,    EL,   NULL,     "1.14",   NULL,     "`use Bitwise`",                      "`import Bitwise`",                                         SAFE("import Bitwise")},
    {"^^^",                             ANY,  NULL,        0,    EL,   NULL,     "1.12",   NULL,     "the `^^^` operator",                 "`Bitwise.bxor/2` (`^^^` has the wrong precedence)",        NONE},
    {"~~~",                             ANY,  NULL,        0,    EL,   NULL,     "1.14",   NULL,     "the `~~~` operator",                 "`Bitwise.bnot/1`",                                         NONE},
    {"<|>",                             ANY,  NULL,        0,    EL,   NULL,     "1.14",   NULL,     "the `<|>` operator",                 "another operator",                                         NONE},
    {"@_()",                            ANY,  NULL,        0,    EL,   NULL,     "1.12",   NULL,     "reading a module attribute with `()`", "the attribute without parentheses",                      NONE},
    {"Macro.to_string(",                2,    NULL,        0,    EL,   NULL,     "1.13",   NULL,     "`Macro.to_string/2`",                "`Macro.to_string/1`",                                      NONE},
    {"Code.ensure_compiled?",           ANY,  NULL,        0,    EL,   NULL,     "1.10",   NULL,     "`Code.ensure_compiled?/1`",          "`Code.ensure_compiled/1` (it returns `{:module, mod}`)",   NONE},
    {"Code.load_file",                  ANY,  NULL,        0,    EL,   NULL,     "1.10",   NULL,     "`Code.load_file/2`",                 "`Code.require_file/2` or `Code.compile_file/2`",           NONE},
    {"Code.loaded_files",               ANY,  NULL,        0,    EL,   NULL,     "1.10",   NULL,     "`Code.loaded_files/0`",              "`Code.required_files/0`",                                  SAFE("Code.required_files")},
    {"Code.unload_files",               ANY,  NULL,        0,    EL,   NULL,     "1.10",   NULL,     "`Code.unload_files/1`",              "`Code.unrequire_files/1`",                                 SAFE("Code.unrequire_files")},
    {"Code.get_docs",                   ANY,  NULL,        0,    EL,   NULL,     "1.7",    NULL,     "`Code.get_docs/2`",                  "`Code.fetch_docs/1`",                                      NONE},
    {"GenEvent",                        ANY,  NULL,        0,    EL,   NULL,     "1.5",    NULL,     "`GenEvent`",                         "`GenServer`, `Supervisor` or Erlang's `:gen_event`",       NONE},
    {"use Behaviour",                   ANY,  NULL,        0,    EL,   NULL,     "1.4",    NULL,     "`use Behaviour`",                    "`@callback` / `@macrocallback`",                           NONE},
    {"defcallback",                     ANY,  NULL,        0,    EL,   NULL,     "1.4",    NULL,     "`defcallback`",                      "`@callback`",                                              NONE},
    {"defmacrocallback",                ANY,  NULL,        0,    EL,   NULL,     "1.4",    NULL,     "`defmacrocallback`",                 "`@macrocallback`",                                         NONE},
    {"Access.key(",                     1,    NULL,        0,    EL,   NULL,     "1.4",    NULL,     "`Access.key/1`",                     "`Access.key/2` with an explicit default",                  NONE},
    {"Enum.into(..., [_",               ANY,  NULL,        0,    EL,   NULL,     "1.8",    NULL,     "`Enum.into/2,3` into a non-empty list", "`++` or `Keyword.merge/2`",                           NONE},
    {"Enum.into([_",                    ANY,  "|>",        0,    EL,   NULL,     "1.8",    NULL,     "`Enum.into/2,3` into a non-empty list", "`++` or `Keyword.merge/2`",                           NONE},
    {"into: [_",                        ANY,  NULL,        0,    EL,   NULL,     "1.8",    NULL,     "`for` with `into:` a non-empty list", "`++` on the result, or `Keyword.merge/2`",             NONE},
    {"Exception.exception?",            ANY,  NULL,        0,    EL,   NULL,     "1.15",   NULL,     "`Exception.exception?/1`",           "`is_exception/1`",                                         SAFE("is_exception")},
    {"Regex.regex?",                    ANY,  NULL,        0,    EL,   NULL,     "1.15",   NULL,     "`Regex.regex?/1`",                   "`is_struct(term, Regex)`",                                 NONE},
    {"Calendar.ISO.day_of_week(",       3,    NULL,        0,    EL,   NULL,     "1.15",   NULL,     "`Calendar.ISO.day_of_week/3`",       "`Calendar.ISO.day_of_week/4`",                             NONE},
    {"~R\"\"",                          ANY,  NULL,        0,    EL,   NULL,     "1.16",   NULL,     "the `~R` sigil",                     "`~r` (escape as needed)",                                  NONE},
    {"''",                              ANY,  NULL,        0,    EL,   NULL,     "1.17",   NULL,     "a single-quoted charlist",           "`~c\"...\"` (`mix format --migrate` rewrites them)",       NONE},
    {"IO.read(_, :all",                 ANY,  NULL,        0,    EL,   NULL,     "1.17",   NULL,     "`IO.read(device, :all)`",            "`:eof`",                                                   NONE},
    {"IO.binread(_, :all",              ANY,  NULL,        0,    EL,   NULL,     "1.17",   NULL,     "`IO.binread(device, :all)`",         "`:eof`",                                                   NONE},
    {"..",                              ANY,  "desc",      0,    EL,   NULL,     "1.17",   NULL,     "a decreasing range without a step",  "an explicit step: `10..1//-1`, or `1..-1//1` for slices that count from the end", NONE},
    {"Tuple.append(",                   ANY,  NULL,        0,    EL,   NULL,     "1.18",   NULL,     "`Tuple.append/2`",                   "`Tuple.insert_at/3`",                                      NONE},
    {"List.zip(",                       ANY,  NULL,        0,    EL,   NULL,     "1.18",   NULL,     "`List.zip/1`",                       "`Enum.zip/1`",                                             SAFE("Enum.zip")},
    {"Module.eval_quoted(",             ANY,  NULL,        0,    EL,   NULL,     "1.18",   NULL,     "`Module.eval_quoted`",               "`Code.eval_quoted/3`",                                     NONE},
    {"Range.new(",                      2,    "desc",      0,    EL,   NULL,     "1.18",   NULL,     "`Range.new/2` with a decreasing range", "`Range.new/3` with an explicit step of -1",           NONE},
    {"File.cp(..., ..., fn",            3,    NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`File.cp/3` with a callback",        "the `:on_conflict` option",                                NONE},
    {"File.cp(..., ..., &",             3,    NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`File.cp/3` with a callback",        "the `:on_conflict` option",                                NONE},
    {"File.cp!(..., ..., fn",           3,    NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`File.cp!/3` with a callback",       "the `:on_conflict` option",                                NONE},
    {"File.cp!(..., ..., &",            3,    NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`File.cp!/3` with a callback",       "the `:on_conflict` option",                                NONE},
    {"File.cp_r(..., ..., fn",          3,    NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`File.cp_r/3` with a callback",      "the `:on_conflict` option",                                NONE},
    {"File.cp_r(..., ..., &",           3,    NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`File.cp_r/3` with a callback",      "the `:on_conflict` option",                                NONE},
    {"File.cp_r!(..., ..., fn",         3,    NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`File.cp_r!/3` with a callback",     "the `:on_conflict` option",                                NONE},
    {"File.cp_r!(..., ..., &",          3,    NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`File.cp_r!/3` with a callback",     "the `:on_conflict` option",                                NONE},
    {"File.stream!(..., [",             3,    NULL,        0,    EL,   NULL,     "1.20",   NULL,     "`File.stream!/3` with the modes before the line or byte count", "`File.stream!(path, :line, modes)`", NONE},
    {"unless",                          ANY,  NULL,        0,    EL,   "1.18",   NULL,     NULL,     "`unless`",                           "`if` with a negated condition",                            NONE},
    /* Logger */
    {"level: :warn",                    ANY,  NULL,        0,    EL,   "1.11",   NULL,     NULL,     "the `:warn` log level",              "`:warning`",                                               NONE},
    {"Logger.enable(",                  ANY,  NULL,        0,    EL,   "1.14",   "1.20",   NULL,     "`Logger.enable/1`",                  "`Logger.delete_process_level/1`",                          NONE},
    {"Logger.disable(",                 ANY,  NULL,        0,    EL,   "1.14",   "1.20",   NULL,     "`Logger.disable/1`",                 "`Logger.put_process_level(pid, :none)`",                   NONE},
    {"Logger.add_backend",              ANY,  NULL,        0,    EL,   "1.15",   "1.20",   NULL,     "`Logger.add_backend`",               "`LoggerBackends.add/2` (package `:logger_backends`) or `:logger` handlers", NONE},
    {"Logger.remove_backend",           ANY,  NULL,        0,    EL,   "1.15",   "1.20",   NULL,     "`Logger.remove_backend`",            "`LoggerBackends.remove/2` (package `:logger_backends`)",   NONE},
    {"Logger.configure_backend",        ANY,  NULL,        0,    EL,   "1.15",   "1.20",   NULL,     "`Logger.configure_backend`",         "`LoggerBackends.configure/2` (package `:logger_backends`)", NONE},
    {"config :logger, backends:",       ANY,  NULL,        0,    EL,   "1.15",   "1.19",   NULL,     "`config :logger, backends:`",        "`:default_handler` configuration or `Logger.add_handlers/1`", NONE},
    {"config :logger, :console",        ANY,  NULL,        0,    EL,   "1.15",   NULL,     NULL,     "`config :logger, :console`",         "`config :logger, :default_formatter`",                     NONE},
    {"compile_time_purge_level:",       ANY,  NULL,        0,    EL,   NULL,     "1.10",   NULL,     "`compile_time_purge_level`",         "`compile_time_purge_matching`",                            NONE},
    /* Mix */
    {"preferred_cli_env:",              ANY,  NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`preferred_cli_env:` in `project/0`", "`def cli, do: [preferred_envs: ...]`",                    NONE},
    {"preferred_cli_target:",           ANY,  NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`preferred_cli_target:` in `project/0`", "`def cli, do: [preferred_targets: ...]`",              NONE},
    {"default_task:",                   ANY,  NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`default_task:` in `project/0`",     "`def cli, do: [default_task: ...]`",                       NONE},
    {"mix do ...,",                     ANY,  NULL,        0,    EL,   NULL,     "1.19",   NULL,     "`mix do` with tasks separated by `,`", "`+` between the tasks: `mix do deps.get + compile`",    NONE},
    {"Mix.Project.compile(",            ANY,  NULL,        0,    EL,   NULL,     "1.11",   NULL,     "`Mix.Project.compile/2`",            "`Mix.Task.run(\"compile\", args)`",                        NONE},
    {"Mix.Project.load_paths",          ANY,  NULL,        0,    EL,   NULL,     "1.9",    NULL,     "`Mix.Project.load_paths/1`",         "`Mix.Project.compile_path/1`",                             NONE},
    /* Erlang/OTP */
    {":pg2.",                           ANY,  NULL,        0,    OTP,  NULL,     "23",     "24",     "`:pg2`",                             "`:pg`",                                                    NONE},
    {":crypto.hmac",                    ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.hmac`",                     "`:crypto.mac/4`",                                          NONE},
    {":crypto.hmac_init",               ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.hmac_init`",                "`:crypto.mac_init/3`",                                     NONE},
    {":crypto.hmac_update",             ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.hmac_update`",              "`:crypto.mac_update/2`",                                   NONE},
    {":crypto.hmac_final",              ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.hmac_final`",               "`:crypto.mac_final/1`",                                    NONE},
    {":crypto.cmac",                    ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.cmac`",                     "`:crypto.mac/4`",                                          NONE},
    {":crypto.block_encrypt",           ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.block_encrypt`",            "`:crypto.crypto_one_time/5` or `crypto_one_time_aead`",    NONE},
    {":crypto.block_decrypt",           ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.block_decrypt`",            "`:crypto.crypto_one_time/5` or `crypto_one_time_aead`",    NONE},
    {":crypto.stream_init",             ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.stream_init`",              "`:crypto.crypto_init/4`",                                  NONE},
    {":crypto.stream_encrypt",          ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.stream_encrypt`",           "`:crypto.crypto_update/2`",                                NONE},
    {":crypto.stream_decrypt",          ANY,  NULL,        0,    OTP,  NULL,     "22",     "24",     "`:crypto.stream_decrypt`",           "`:crypto.crypto_update/2`",                                NONE},
    {":erlang.get_stacktrace",          ANY,  NULL,        0,    OTP,  NULL,     "21",     "23",     "`:erlang.get_stacktrace/0`",         "`__STACKTRACE__` inside `rescue`/`catch`",                 NONE},
    {":http_uri.parse",                 ANY,  NULL,        0,    OTP,  NULL,     "23",     "25",     "`:http_uri.parse`",                  "`URI.parse/1` or `URI.new/1`",                             NONE},
    {":ssl.ssl_accept",                 ANY,  NULL,        0,    OTP,  NULL,     "21",     "24",     "`:ssl.ssl_accept`",                  "`:ssl.handshake`",                                         SAFE(":ssl.handshake")},
    {":random.",                        ANY,  NULL,        0,    OTP,  NULL,     "19",     NULL,     "`:random`",                          "`:rand` or `Enum.random/1`",                               NONE},
    {":crypto.rand_uniform",            ANY,  NULL,        0,    OTP,  NULL,     "20",     NULL,     "`:crypto.rand_uniform/2`",           "`:rand.uniform/1`",                                        NONE},
    {":crypto.rand_bytes",              ANY,  NULL,        0,    OTP,  NULL,     "19",     NULL,     "`:crypto.rand_bytes/1`",             "`:crypto.strong_rand_bytes/1`",                            SAFE(":crypto.strong_rand_bytes")},
    {":erlang.now(",                    0,    NULL,        0,    OTP,  NULL,     "18",     NULL,     "`:erlang.now/0`",                    "`System.monotonic_time/0,1`, `System.system_time/1` or `:erlang.unique_integer/1`", NONE},
    {":gen_fsm",                        ANY,  NULL,        0,    OTP,  NULL,     "20",     NULL,     "`:gen_fsm`",                         "`:gen_statem` (or the `GenStateMachine` package)",         NONE},
    {":slave.",                         ANY,  NULL,        0,    OTP,  NULL,     "25",     NULL,     "`:slave`",                           "`:peer`",                                                  NONE},
    {":erlang.phash(",                  ANY,  NULL,        0,    OTP,  NULL,     "24",     NULL,     "`:erlang.phash/2`",                  "`:erlang.phash2/2`",                                       NONE},
    {"def format_status(",              2,    NULL,        0,    OTP,  NULL,     "25",     NULL,     "the `format_status/2` callback",     "`format_status/1`",                                        NONE},
    /* Phoenix */
    {"use Phoenix.View",                ANY,  NULL,        0,    PHX,  "1.7",    NULL,     NULL,     "`Phoenix.View`",                     "`Phoenix.Template` with function components (`embed_templates`)", NONE},
    {"Phoenix.View.",                   ANY,  NULL,        0,    PHX,  "1.7",    NULL,     NULL,     "`Phoenix.View`",                     "`Phoenix.Template` with function components",              NONE},
    {"Router.Helpers",                  ANY,  NULL,        Q,    PHX,  "1.8",    NULL,     NULL,     "the `Router.Helpers` module",          "verified routes: `~p\"/path/#{id}\"`",                     NONE},
    {"Routes._path",                    ANY,  NULL,        0,    PHX,  "1.8",    NULL,     NULL,     "the router helper `Routes.*_path`", "verified routes: `~p\"/path/#{id}\"`",                     NONE},
    {"Routes._url",                     ANY,  NULL,        0,    PHX,  "1.8",    NULL,     NULL,     "the router helper `Routes.*_url`",  "verified routes: `url(~p\"/path\")`",                     NONE},
    {"get_flash(",                      ANY,  NULL,        Q,    PHX,  NULL,     "1.7",    NULL,     "`get_flash`",                        "`Phoenix.Flash.get(@flash, key)`",                         NONE},
    {"put_layout(_, :_",                ANY,  NULL,        Q,    PHX,  NULL,     "1.8",    NULL,     "`put_layout/2` with a bare layout name", "`put_layout(conn, html: {MyAppWeb.Layouts, :name})`",  NONE},
    {"put_layout(_, html: :_",          ANY,  NULL,        Q,    PHX,  NULL,     "1.8",    NULL,     "`put_layout/2` with a bare layout name", "`put_layout(conn, html: {MyAppWeb.Layouts, :name})`",  NONE},
    {"use Phoenix.Controller",          ANY,  "-formats:", 0,    PHX,  NULL,     "1.8",    NULL,     "`use Phoenix.Controller` without `formats:`", "`use Phoenix.Controller, formats: [:html, :json]`", NONE},
    {"trailing_slash:",                 ANY,  NULL,        0,    PHX,  NULL,     "1.8",    NULL,     "the router's `trailing_slash:` option", "verified routes",                                    NONE},
    {"use Phoenix.ConnTest",            ANY,  NULL,        0,    PHX,  NULL,     "1.5",    NULL,     "`use Phoenix.ConnTest`",             "`import Plug.Conn` and `import Phoenix.ConnTest`",         NONE},
    {"use Phoenix.ChannelTest",         ANY,  NULL,        0,    PHX,  NULL,     "1.5",    NULL,     "`use Phoenix.ChannelTest`",          "`import Phoenix.ChannelTest`",                             SAFE("import Phoenix.ChannelTest")},
    {"pubsub: [",                       ANY,  NULL,        0,    PHX,  NULL,     "1.5",    NULL,     "the endpoint's `pubsub:` option",    "a `{Phoenix.PubSub, name: MyApp.PubSub}` child in the application's supervisor", NONE},
    {"Phoenix.Endpoint.instrument",     ANY,  NULL,        0,    PHX,  NULL,     "1.5",    NULL,     "`Phoenix.Endpoint.instrument`",      "`:telemetry`",                                             NONE},
    {"compilers: [:phoenix",            ANY,  NULL,        0,    PHX,  "1.6",    NULL,     NULL,     "`compilers: [:phoenix, ...]`",       "the default compilers (remove the option)",                NONE},
    /* Phoenix LiveView */
    {"push_redirect",                   ANY,  NULL,        Q,    LV,   "0.18.0", "0.20.15", NULL,    "`push_redirect`",                    "`push_navigate`",                                          SAFE("push_navigate")},
    {"live_redirect(",                  ANY,  NULL,        Q,    LV,   "0.18.0", "0.20.0", NULL,     "`live_redirect`",                    "`<.link navigate={...}>`",                                 NONE},
    {"live_patch(",                     ANY,  NULL,        Q,    LV,   "0.18.0", "0.20.0", NULL,     "`live_patch`",                       "`<.link patch={...}>`",                                    NONE},
    {"live_component(",                 ANY,  NULL,        Q,    LV,   NULL,     "0.17.0", "1.0",    "the `live_component/2,3` helper",    "`<.live_component module={Mod} id={...} />`",              NONE},
    {"import Phoenix.LiveView.Helpers", ANY,  NULL,        0,    LV,   "0.18.0", NULL,     NULL,     "`Phoenix.LiveView.Helpers`",         "`import Phoenix.Component`",                               UNSAFE("import Phoenix.Component")},
    {"~L\"\"",                          ANY,  NULL,        0,    LV,   "0.16.0", "0.20.0", NULL,     "the `~L` sigil (LEEx)",              "`~H` (HEEx)",                                              NONE},
    {"live_title_tag(",                 ANY,  NULL,        Q,    LV,   NULL,     "0.20.0", NULL,     "`live_title_tag`",                   "`<.live_title>`",                                          NONE},
    {"live_flash(",                     ANY,  NULL,        Q,    LV,   NULL,     "0.20.15", NULL,    "`live_flash`",                       "`Phoenix.Flash.get/2`",                                    NONE},
    {"render_block(",                   ANY,  NULL,        Q,    LV,   NULL,     "0.17.0", "0.20.0", "`render_block`",                     "`render_slot/2`",                                          NONE},
    {"live_file_input(",                ANY,  NULL,        Q,    LV,   NULL,     "0.19.0", "0.20.0", "`live_file_input` as a function",    "`<.live_file_input upload={...} />`",                      NONE},
    {"live_img_preview(",               ANY,  NULL,        Q,    LV,   NULL,     "0.19.0", "0.20.0", "`live_img_preview` as a function",   "`<.live_img_preview entry={...} />`",                      NONE},
    {"def mount(",                      2,    NULL,        0,    LV,   NULL,     "0.6.0",  NULL,     "`mount/2` in a LiveView",            "`mount(params, session, socket)`",                         NONE},
    {"stream(",                         ANY,  "+dom_id:",  Q,    LV,   NULL,     "0.19.0", NULL,     "`stream/4` with `dom_id:`",          "`stream_configure/3`",                                     NONE},
    {"get_connect_info(",               1,    NULL,        Q,    LV,   NULL,     "0.17.6", NULL,     "`get_connect_info/1`",               "`get_connect_info(socket, key)`",                          NONE},
    {"def preload(_assigns",            1,    NULL,        0,    LV,   NULL,     "0.20.0", NULL,     "the `preload/1` callback of a LiveComponent", "`update_many/1`",                                  NONE},
    {"def preload(assigns",             1,    NULL,        0,    LV,   NULL,     "0.20.0", NULL,     "the `preload/1` callback of a LiveComponent", "`update_many/1`",                                  NONE},
    {"phx_feedback_for:",               ANY,  NULL,        0,    LV,   NULL,     NULL,     "1.0.0",  "the `phx_feedback_for:` option",     "`Phoenix.Component.used_input?/1`",                        NONE},
    /* phoenix_html */
    {"use Phoenix.HTML",                ANY,  NULL,        0,    HTML, NULL,     "4.0",    "4.0",    "`use Phoenix.HTML`",                 "`import Phoenix.HTML` (and `use PhoenixHTMLHelpers` from `phoenix_html_helpers` for the old helpers)", NONE},
    {"form_for(",                       ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`form_for`",                         "`<.form for={@form}>` with `to_form/2`",                   NONE},
    {"text_input(",                     ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`text_input`",                       "`<.input field={@form[:field]}>`",                         NONE},
    {"email_input(",                    ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`email_input`",                      "`<.input type=\"email\" field={...}>`",                    NONE},
    {"password_input(",                 ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`password_input`",                   "`<.input type=\"password\" field={...}>`",                 NONE},
    {"hidden_input(",                   ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`hidden_input`",                     "`<.input type=\"hidden\" field={...}>`",                   NONE},
    {"inputs_for(",                     ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`inputs_for/2,3,4` (phoenix_html)",  "`<.inputs_for field={@form[:assoc]}>`",                    NONE},
    {"date_select(",                    ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`date_select`",                      "`<.input type=\"date\" field={...}>`",                     NONE},
    {"textarea(_, :_",                  ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`textarea/2,3` (phoenix_html)",      "`<.input type=\"textarea\" field={...}>`",                 NONE},
    {"checkbox(_, :_",                  ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`checkbox/2,3` (phoenix_html)",      "`<.input type=\"checkbox\" field={...}>`",                 NONE},
    {"label(_, :_",                     ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`label/2,3` (phoenix_html)",         "`<.label for={...}>` or `<.input label=...>`",             NONE},
    {"select(_, :_",                    ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`select/3,4` (phoenix_html)",        "`<.input type=\"select\" field={...} options={...}>`",     NONE},
    {"link(",                           ANY,  "+to:",      Q,    HTML, NULL,     "4.0",    "4.0",    "`link/2` (phoenix_html)",            "`<.link href={...}>`",                                     NONE},
    {"button(",                         ANY,  "+to:",      Q,    HTML, NULL,     "4.0",    "4.0",    "`button/2` (phoenix_html)",          "`<.button>` or `<.link method=\"post\">`",                NONE},
    {"content_tag(",                    ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`content_tag`",                      "HEEx markup",                                              NONE},
    {"img_tag(",                        ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`img_tag`",                          "an `<img>` tag in HEEx",                                   NONE},
    {"csrf_meta_tag(",                  ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`csrf_meta_tag`",                    "`<meta name=\"csrf-token\" content={get_csrf_token()} />`", NONE},
    {"form_tag(",                       ANY,  NULL,        Q,    HTML, NULL,     "4.0",    "4.0",    "`form_tag`",                         "`<.form>`",                                                NONE},
    {"~E\"\"",                          ANY,  NULL,        0,    HTML, NULL,     "3.1",    NULL,     "the `~E` sigil",                     "`~H`",                                                     NONE},
    {"Phoenix.HTML.Tag.attributes_escape", ANY, NULL,      0,    HTML, NULL,     "3.3.0",  NULL,     "`Phoenix.HTML.Tag.attributes_escape/1`", "`Phoenix.HTML.attributes_escape/1`",                   SAFE("Phoenix.HTML.attributes_escape")},
    /* Ecto */
    {"Ecto.DateTime",                   ANY,  NULL,        0,    ECTO, NULL,     "2.1",    "3.0",    "`Ecto.DateTime`",                    "`:naive_datetime` or `:utc_datetime` with Elixir's `NaiveDateTime`/`DateTime`", NONE},
    {"Ecto.Date",                       ANY,  NULL,        0,    ECTO, NULL,     "2.1",    "3.0",    "`Ecto.Date`",                        "`:date` with Elixir's `Date`",                             NONE},
    {"Ecto.Time",                       ANY,  NULL,        0,    ECTO, NULL,     "2.1",    "3.0",    "`Ecto.Time`",                        "`:time` with Elixir's `Time`",                             NONE},
    {"add :_, :datetime",               ANY,  NULL,        0,    ECTO, NULL,     "2.1",    NULL,     "the `:datetime` column type",        "`:naive_datetime` or `:utc_datetime`",                     NONE},
    {"on_conflict: :replace_all_except_primary_keys", ANY, NULL, 0,  ECTO, NULL,     "3.3",    NULL,     "`on_conflict: :replace_all_except_primary_keys`", "`on_conflict: {:replace_all_except, fields}`",   NONE},
    {"conflict_target: {:constraint",   ANY,  NULL,        0,    ECTO, NULL,     "3.4.1",  NULL,     "`conflict_target: {:constraint, _}`", "`conflict_target: {:unsafe_fragment, ...}`",              NONE},
    {"update_all(",                     ANY,  "+returning:", Q,  ECTO, NULL,     "3.0",    NULL,     "`update_all` with `returning:`",     "a `select` in the query",                                  NONE},
    {"delete_all(",                     ANY,  "+returning:", Q,  ECTO, NULL,     "3.0",    NULL,     "`delete_all` with `returning:`",     "a `select` in the query",                                  NONE},
    {"loggers:",                        ANY,  NULL,        0,    ECTO, NULL,     "3.0",    NULL,     "the repo's `loggers:` option",       "telemetry events",                                         NONE},
    {"Repo.transaction(",               ANY,  NULL,        Q,    ECTO, "3.13",   NULL,     NULL,     "`Repo.transaction`",                 "`Repo.transact/2` (its function returns `{:ok, _}` or `{:error, _}`)", NONE},
    {"cast(..., ..., ..., ~w\"\"",      4,    NULL,        Q,    ECTO, NULL,     "2.0",    NULL,     "`cast/4` with required and optional fields", "`cast/3` then `validate_required/3`",               NONE},
    {"cast(..., ..., ..., [:_",         4,    NULL,        Q,    ECTO, NULL,     "2.0",    NULL,     "`cast/4` with required and optional fields", "`cast/3` then `validate_required/3`",               NONE},
    {"cast(..., ..., ..., [\"\"",       4,    NULL,        Q,    ECTO, NULL,     "2.0",    NULL,     "`cast/4` with required and optional fields", "`cast/3` then `validate_required/3`",               NONE},
    {"cast(..., ..., ..., @_fields",    4,    NULL,        Q,    ECTO, NULL,     "2.0",    NULL,     "`cast/4` with required and optional fields", "`cast/3` then `validate_required/3`",               NONE},
    {"cast(..., ..., @_fields",         4,    "|>",        Q,    ECTO, NULL,     "2.0",    NULL,     "`cast/4` with required and optional fields", "`cast/3` then `validate_required/3`",               NONE},
    {"cast(..., ..., ~w\"\"",           3,    "plain",     Q,    ECTO, NULL,     "3.0",    NULL,     "`cast/3` with string field names",   "atoms: `~w(a b)a` (current Ecto raises on strings)",       NONE},
    {"cast(..., ~w\"\"",                3,    "|> plain",  Q,    ECTO, NULL,     "3.0",    NULL,     "`cast/3` with string field names",   "atoms: `~w(a b)a` (current Ecto raises on strings)",       NONE},
    {"cast(..., ..., [\"\"",            3,    NULL,        Q,    ECTO, NULL,     "3.0",    NULL,     "`cast/3` with string field names",   "atoms: `[:a, :b]` (current Ecto raises on strings)",       NONE},
    {"cast(..., [\"\"",                 3,    "|>",        Q,    ECTO, NULL,     "3.0",    NULL,     "`cast/3` with string field names",   "atoms: `[:a, :b]` (current Ecto raises on strings)",       NONE},
    {"Multi.run(..., ..., fn ... ->",   3,    NULL,        Q,    ECTO, NULL,     "3.0",    NULL,     "`Multi.run/3` with a one-argument function", "`fn repo, changes -> ... end`",                    NONE},
    {"Multi.run(..., fn ... ->",        3,    "|>",        Q,    ECTO, NULL,     "3.0",    NULL,     "`Multi.run/3` with a one-argument function", "`fn repo, changes -> ... end`",                    NONE},
    {"cast_assoc(..., ..., with: {",    ANY,  NULL,        Q,    ECTO, NULL,     "3.10.2", NULL,     "`cast_assoc` with `with: {M, f, a}`", "an anonymous function: `with: &M.f(&1, &2, a)`",          NONE},
    {"cast_assoc(..., with: {",         ANY,  "|>",        Q,    ECTO, NULL,     "3.10.2", NULL,     "`cast_assoc` with `with: {M, f, a}`", "an anonymous function: `with: &M.f(&1, &2, a)`",          NONE},
    {"literal(^",                       1,    NULL,        Q,    ECTO, "3.13",   NULL,     NULL,     "`literal/1` in queries",             "`identifier/1`",                                           NONE},
};
/* clang-format on */
const size_t al_api_entry_count = COUNT(al_api_entries);

/* HEEx attributes, matched in the text of `~H`/`~L` sigils and ```heex blocks (outside EEx tags
 * and comments). Pattern: `name` an attribute named exactly so (`let` is not `:let`);
 * `name=value` with that quoted value; `name~word` whose value contains word as a whole word;
 * `<.tag name` only on that tag, and not when the tag also has the fix's attribute
 * (`<.dynamic_tag tag_name="input" name="q">` is fine). */
/* clang-format off */
const al_api_entry al_heex_entries[] = {
    /* pattern                          arity cond         flags comp  soft      hard      removed   what                                  use                                                         fix */
    {"phx-feedback-for",                ANY,  NULL,        0,    LV,   NULL,     NULL,     "1.0.0",  "the `phx-feedback-for` attribute",   "`Phoenix.Component.used_input?/1` to hide errors of untouched inputs", NONE},
    {"class~phx-no-feedback",           ANY,  NULL,        0,    LV,   NULL,     NULL,     "1.0.0",  "the `phx-no-feedback` class",        "`Phoenix.Component.used_input?/1` to hide errors of untouched inputs", NONE},
    {"phx-page-loading",                ANY,  NULL,        0,    LV,   NULL,     NULL,     "1.0.0",  "the `phx-page-loading` attribute",   "`JS.push(event, page_loading: true)`",                     NONE},
    {"phx-capture-click",               ANY,  NULL,        0,    LV,   NULL,     "0.17.0", "1.0.0",  "the `phx-capture-click` attribute",  "`phx-click-away` (it fires on clicks outside the element)", UNSAFE("phx-click-away")},
    {"phx-update=append",               ANY,  NULL,        0,    LV,   NULL,     "0.20.2", NULL,     "`phx-update=\"append\"`",            "streams: `phx-update=\"stream\"` with `stream/3`",         NONE},
    {"phx-update=prepend",              ANY,  NULL,        0,    LV,   NULL,     "0.20.2", NULL,     "`phx-update=\"prepend\"`",           "streams: `phx-update=\"stream\"` with `stream/4` and `at: 0`", NONE},
    {"let",                             ANY,  NULL,        0,    LV,   NULL,     "0.18.0", "0.19.0", "the `let={...}` attribute",          "`:let={...}`",                                             SAFE(":let")},
    {"<.dynamic_tag name",              ANY,  NULL,        0,    LV,   NULL,     "1.0.0",  NULL,     "the `name` attribute of `<.dynamic_tag>`", "`tag_name`",                                         SAFE("tag_name")},
};
/* clang-format on */
const size_t al_heex_entry_count = COUNT(al_heex_entries);

const char *al_ex_component_name(al_ex_component c)
{
    static const char *const names[] = {"Elixir",           "OTP",          "Phoenix",
                                        "Phoenix LiveView", "phoenix_html", "Ecto"};
    return (size_t)c < COUNT(names) ? names[c] : "?";
}
