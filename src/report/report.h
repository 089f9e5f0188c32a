/* Stage 6 of the pipeline: reporters turn results into text.
 *
 * Every format but gcc is written for the whole run at once, since most
 * machine formats are one document (JSON, SARIF, XML). Each file comes with
 * its source text, kept by the caller until the report is written, for the
 * formats that quote source lines (full) or fingerprint them (SARIF). */
#ifndef AL_REPORT_H
#define AL_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "agentlint/agentlint.h"

typedef struct {
    const al_result *res; /* NULL when the file could not be read or linted */
    const char *data;     /* the text that was linted, or NULL */
    size_t len;
} al_report_file;

typedef struct {
    FILE *out;
    bool color; /* ANSI colour (gcc and full formats) */
    const al_report_file *files;
    size_t count;
    size_t files_checked, errors, warnings, infos, fixable;
    al_severity fail_on; /* findings at or above it fail (JUnit); 0 means warning */
} al_report;

/* "error", "warning" or "note": the words compilers use, which editors'
 * error formats recognise. */
const char *al_gcc_severity(al_severity sev);

/* One line per finding: path:line:col: severity: message [CODE name] */
void al_write_gcc(FILE *out, const al_result *res);
void al_write_gcc_all(const al_report *r);
/* Each finding with its source line, a caret span and the rule summary. */
void al_write_full(const al_report *r);
/* One JSON document: {"version": 1, "tool", "diagnostics", "summary"}. */
void al_write_json(const al_report *r);
/* SARIF 2.1.0 for GitHub code scanning. */
void al_write_sarif(const al_report *r);
/* GitHub Actions workflow commands (::error file=...::message). */
void al_write_github(const al_report *r);
void al_write_checkstyle(const al_report *r);
/* JUnit XML: a testsuite per file, a uniquely named testcase per finding;
 * findings below fail_on are passed testcases with the finding as output. */
void al_write_junit(const al_report *r);
/* GitLab Code Quality JSON (a subset of Code Climate's format). */
void al_write_gitlab(const al_report *r);
/* The rule registry as JSON (--list-rules --format json). */
void al_write_rules_json(FILE *out);

/* GitHub's security-severity of a security rule ("8.5"), or NULL for a
 * rule that is not about security (sarif.c). */
const char *al_security_severity(const al_rule_info *rule);

/* Fingerprints (fingerprint.c). */
typedef struct {
    char text[40]; /* 16 hex digits, ':', the occurrence */
} al_fingerprint;
/* The path relative to the nearest folder above it holding .git (else to
 * the working directory), symlinks resolved, '/' separators; malloc'd, or
 * NULL when out of memory. "-" stays "-". */
char *al_repo_relative_path(const char *path);
/* One fingerprint per finding of f (fp has al_result_count entries): the
 * repository-relative path, the rule's name and the finding's line text
 * (not its number), and the occurrence of those in the file. False when
 * out of memory. */
bool al_fingerprints(const al_report_file *f, const char *repo_path, al_fingerprint *fp);

/* Escaping, shared by the reporters (escape.c). */
/* A JSON string with its quotes; invalid UTF-8 becomes U+FFFD. */
void al_json_string(FILE *out, const char *s, size_t len);
void al_json_cstr(FILE *out, const char *s);
/* The same for text from or for the file (a fix's text): the secrets of
 * res masked (al_result_redact). */
void al_json_redacted(FILE *out, const al_result *res, const char *s);
/* XML character data or attribute value (without quotes): markup and
 * quotes escaped, characters XML forbids and invalid UTF-8 become U+FFFD,
 * and (attr) tab, CR and LF become character references. */
void al_xml_escape(FILE *out, const char *s, size_t len, bool attr);
/* GitHub workflow command data: % CR LF escaped; property values (prop)
 * also ':' and ','. */
void al_github_escape(FILE *out, const char *s, bool prop);
/* A path for a line of text (gcc, full, github, messages): control
 * characters, backslash and invalid bytes escaped as ls -b does ("\\n",
 * "\\x1B", "\\\\"), hidden characters as <U+202E>, so that a file name can
 * neither forge a line nor reach the terminal raw. */
void al_path_escape(FILE *out, const char *path);
/* Whether al_path_escape would print path as it is. */
bool al_path_is_plain(const char *path);
/* A relative URI reference for a path: '/' separators, everything outside
 * the unreserved and sub-delims set percent-encoded. */
void al_uri_encode(FILE *out, const char *path);

#endif
