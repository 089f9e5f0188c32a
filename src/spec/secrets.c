/* Credential formats, from the issuers' documentation of their key formats.
 * One entry per line. Patterns run on raw bytes (no UTF mode): every secret
 * format is ASCII. The prefixes are the literal start of each pattern (after
 * its look-behind): keep the two columns in step. */
#include "spec/secrets.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* clang-format off */
const al_secret_pattern al_secret_patterns[] = {
    {"aws-access-key-id",   AL_SECRET_TOKEN,      "an AWS access key ID",                "AKIA|ASIA|ABIA|ACCA",                   "(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])"},
    {"github-token",        AL_SECRET_TOKEN,      "a GitHub token",                      "ghp_|gho_|ghu_|ghs_|ghr_",              "(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])"},
    {"github-fine-grained", AL_SECRET_TOKEN,      "a GitHub fine-grained token",         "github_pat_",                           "(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,244}(?![A-Za-z0-9_])"},
    {"anthropic-key",       AL_SECRET_TOKEN,      "an Anthropic API key",                "sk-ant-",                               "(?<![A-Za-z0-9_-])sk-ant-(?:api|admin|oat|sid)[0-9]{2}-[A-Za-z0-9_-]{32,}"},
    {"openai-key",          AL_SECRET_TOKEN,      "an OpenAI API key",                   "sk-",                                   "(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})(?![A-Za-z0-9_-])"},
    {"slack-token",         AL_SECRET_TOKEN,      "a Slack token",                       "xox",                                   "(?<![A-Za-z0-9])xox[abposre]-[0-9A-Za-z]{8,}-[0-9A-Za-z-]{8,}"},
    {"slack-webhook",       AL_SECRET_TOKEN,      "a Slack incoming-webhook URL",        "https://hooks.slack.com/services/T",    "https://hooks\\.slack\\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}"},
    {"google-api-key",      AL_SECRET_TOKEN,      "a Google API key",                    "AIza",                                  "(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"},
    {"stripe-live-key",     AL_SECRET_TOKEN,      "a Stripe live secret key",            "sk_live_|rk_live_",                     "(?<![A-Za-z0-9])(?:sk|rk)_live_[0-9A-Za-z]{20,}(?![A-Za-z0-9])"},
    {"private-key-block",   AL_SECRET_TOKEN,      "a private key",                       "-----BEGIN ",                           "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\\r?\\n(?:[A-Za-z-]+: [^\\n]*\\r?\\n)*\\s*[A-Za-z0-9+/=]{40,}"},
    {"jwt",                 AL_SECRET_TOKEN,      "a JSON Web Token",                    "eyJ",                                   "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])"},
    {"credential-assignment", AL_SECRET_ASSIGNMENT, "a credential",                      "pass|secret|api|access|auth|token|client|private", "(?i)(?<![A-Za-z0-9])(password|passwd|secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|access[_-]?token|token|client[_-]?secret|private[_-]?key|authorization)[\"']?[ \\t]*(?:=|:|=>|:=)[ \\t]*[\"']?(?:(?:bearer|basic|token)[ \\t]+)?([A-Za-z0-9+/=_.~!@#%^&*-]{12,})"},
};

const char *const al_secret_placeholders[] = {
    "example",
    "xxxx",
    "your",
    "placeholder",
    "changeme",
    "change_me",
    "change-me",
    "dummy",
    "sample",
    "redacted",
    "fake",
    "here",
    "****",
    "...",
    "secret",
    "password",
    "token",
    "<",
    "${",
    "{{",
    "$",
    "env",
    "0123456789",
    "123456",
    "abcdef",
};
/* clang-format on */

const size_t al_secret_pattern_count = COUNT(al_secret_patterns);
const size_t al_secret_placeholder_count = COUNT(al_secret_placeholders);
