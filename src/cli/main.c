/* agentlint's command line: a thin driver over the library.
 *
 * The run, one file per concern:
 *   args.c     the options (getopt_long)
 *   walk.c     paths expanded into the files to lint
 *   configs.c  each file's .agentlint.yml, loaded once
 *   run.c      the files linted (and fixed) on N threads, handed on in
 *              the run's order through a window of a few files per thread
 *   fileio.c   reading files, writing fixed text back safely
 *   output.c   each file as soon as the files before it are done: fixes
 *              written or shown, checks across files, the report; then
 *              the summary and the exit status
 *   diff.c     unified diffs for --diff */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/output.h"
#include "cli/run.h"
#include "cli/timings.h"
#include "lsp/lsp.h"

/* A standard descriptor closed when the program starts is held by
 * /dev/null opened the wrong way round: a read or write on it fails (and is
 * reported) instead of landing in the first file the run opens, which would
 * get that number. */
static void hold_closed_standard_fds(void)
{
    for (int fd = 0; fd < 3; fd++)
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
            int got = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
            if (got > 2) close(got);
        }
}

/* What an information command printed must all have reached standard
 * output (a full disk, a closed pipe): else exit 2, saying so. */
static int stdout_written(int status)
{
    if (fflush(stdout) == 0 && !ferror(stdout)) return status;
    int e = errno ? errno : EIO;
    fprintf(stderr, "agentlint: cannot write to standard output: %s\n", strerror(e));
    return EXIT_TROUBLE;
}

int main(int argc, char **argv)
{
    hold_closed_standard_fds();
    if (argc > 1 && strcmp(argv[1], "lsp") == 0) return al_lsp_main(argc, argv);
    cli_options cli;
    int status = EXIT_CLEAN;
    if (!cli_parse_args(argc, argv, &cli)) {
        cli_options_free(&cli);
        return EXIT_TROUBLE;
    }
    if (cli.help) {
        fputs(cli_usage, stdout);
        status = stdout_written(status);
    } else if (cli.version) {
        printf("agentlint %s\n", AGENTLINT_VERSION);
        status = stdout_written(status);
    } else if (cli.explain_rule) {
        status = stdout_written(cli_explain(cli.explain_rule));
    } else if (cli.list_rules) {
        cli_list_rules(stdout, cli.format_set && cli.format == FMT_JSON);
        status = stdout_written(status);
    } else {
        if (cli.path_count == 0 && cli.stdin_filename) cli.paths[cli.path_count++] = "-";
        if (cli.path_count == 0) {
            fputs(cli_usage, stderr);
            cli_options_free(&cli);
            return EXIT_TROUBLE;
        }
        if (cli.fix && cli.diff) cli.fix = false; /* --diff never writes */
        cli_run run;
        cli_timings tm = {{0}, 0, 0, 0, 0};
        unsigned long long t0 = cli.timings ? cli_process_cpu_ns() : 0;
        if (!cli_run_prepare(&run, &cli)) {
            status = EXIT_TROUBLE;
        } else if (cli.show_files) {
            status = stdout_written(cli_show_files(&run, &cli));
        } else {
            unsigned long long t1 = cli.timings ? cli_process_cpu_ns() : 0;
            status = cli_finish(&run, &cli, cli.timings ? &tm : NULL);
            if (cli.timings) {
                /* Files are linted and printed together: the output's own
                 * time is the printing thread's, measured in cli_finish. */
                unsigned long long all = cli_process_cpu_ns() - t1;
                tm.prepare_ns = t1 - t0;
                tm.lint_ns = all > tm.finish_ns ? all - tm.finish_ns : 0;
                cli_timings_print(&tm, stderr);
            }
        }
        cli_run_free(&run);
    }
    cli_options_free(&cli);
    return status;
}
