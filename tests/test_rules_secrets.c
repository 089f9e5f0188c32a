/* Secret rules (SEC001, SEC002): each fires on its line, never prints more
 * than four characters of a secret, and stays silent on placeholders and on
 * words about secrets. The keys below are random strings in the issuers'
 * formats, not real credentials. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

#define FM "---\nname: a\ndescription: d\n---\n"

static const struct {
    const char *secret;
    const char *what;
} tokens[] = {
    {"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d", "GitHub token"},
    {"github_pat_11C3J27XDCG2LmlZGEONYl_"
     "gCtjfIZ4SOcMz9CPVNPkNa1Hedcm4pMbXDuCL1mHoOsFaQfDPrAJ71fTquW",
     "GitHub fine-grained token"},
    {"AKIAZDOC9IS0J8HT9LGM", "AWS access key ID"},
    {"sk-ant-api03-xgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9QeWJKY40u",
     "Anthropic API key"},
    {"sk-proj-vSwMFLZDe1f8rESQedUStPKR0CsTy4Qwb8DwkNhFdnXsiVpzz63FfkCz", "OpenAI API key"},
    {"xoxb-84268465632-122330792440-jAIxNKu8iS2G8NPRVdD53X83", "Slack token"},
    {"AIzaRZJzzzzgEOzdmenCkhvMdgaKjIg8xNbe3nN", "Google API key"},
    {"sk_live_yjOq9wMxEhh2FDEEtfjgVvVq", "Stripe live secret key"},
    {"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudCJ9.ZPjN0MEQ7wjJJibaZUPgHV7iB3m03nbqnsGpWLuqIA1",
     "JSON Web Token"},
};

static void known_formats(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof tokens / sizeof tokens[0]; i++) {
        char text[512];
        snprintf(text, sizeof text, FM "Intro.\n\nUse the key `%s` for calls.\n", tokens[i].secret);
        al_result *r = lint_text(text);
        assert_fires(r, "SEC001", 7);
        const al_diagnostic *d = find_finding(r, "SEC001", 7);
        assert_int_equal(d->severity, AL_ERROR);
        assert_int_equal(d->start.column, 14);
        assert_int_equal(d->end.column - d->start.column, strlen(tokens[i].secret));
        assert_non_null(strstr(d->message, tokens[i].what));
        /* only the first four characters are shown */
        char head[5], tail[9];
        memcpy(head, tokens[i].secret, 4);
        head[4] = '\0';
        memcpy(tail, tokens[i].secret + 4, 8);
        tail[8] = '\0';
        assert_non_null(strstr(d->message, head));
        assert_null(strstr(d->message, tail));
        assert_silent(r, "SEC002"); /* one finding per secret */
        al_result_free(r);
    }
}

/* The scan for the formats' prefixes looks at byte pairs at even offsets
 * only: a secret is found at either parity, up to the end of the text. */
static void any_offset_and_end(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof tokens / sizeof tokens[0]; i++)
        for (int pad = 0; pad < 4; pad++) {
            char text[512];
            snprintf(text, sizeof text, FM "%.*s %s", pad, "aaaa", tokens[i].secret);
            al_result *r = lint_text(text);
            const al_diagnostic *d = find_finding(r, "SEC001", 5);
            assert_non_null(d);
            assert_int_equal(d->start.column, pad + 2);
            al_result_free(r);
        }
    /* credential words are compared without case */
    al_result *r = lint_text(FM "Connect.\n\nAPI_KEY=Zq8vT3nW7xK2pL9m\n");
    assert_fires(r, "SEC002", 7);
    al_result_free(r);
}

static void private_key(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Deploy with:\n\n```\n-----BEGIN RSA PRIVATE KEY-----\n"
                                "9ucAUsdMlHUvTCQCyEZDz/TddJ8HyS5SUkCnD8zRA9a9SkpXz9w3QlY7Zkuvqdt7\n"
                                "-----END RSA PRIVATE KEY-----\n```\n");
    assert_fires(r, "SEC001", 8);
    assert_non_null(strstr(find_finding(r, "SEC001", 8)->message, "private key"));
    assert_null(strstr(find_finding(r, "SEC001", 8)->message, "9ucA"));
    al_result_free(r);
    /* a template without a key body */
    r = lint_text(FM "Reject files holding `-----BEGIN RSA PRIVATE KEY-----`.\n\n```\n"
                     "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n```\n");
    assert_silent(r, "SEC001");
    al_result_free(r);
}

static void placeholders_and_words(void **state)
{
    (void)state;
    al_result *r = lint_text(
        FM "Read ANTHROPIC_API_KEY from the environment; never print GITHUB_TOKEN.\n"
           "Example: `AKIAIOSFODNN7EXAMPLE`, `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,\n"
           "`sk-ant-api03-your-api-key-goes-here-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,\n"
           "`sk-decomposition-expert`, `sk_live_...`, `eyJ...`.\n\n```bash\n"
           "export API_KEY=your-api-key-here\nexport TOKEN=${API_KEY}\npassword=<TOKEN>\n"
           "api_key: \"xxxxxxxxxxxxxxxxxxxx\"\nsecret: changeme12345678\n"
           "client_secret: example-secret-123456\ntoken: process.env.SLACK_BOT_TOKEN\n"
           "password: hashed_password_value\naccess_token = get_token_from_header()\n"
           "max_tokens: 4096\napi_key = os.environ[\"API_KEY\"]\n```\n");
    assert_silent(r, "SEC001");
    assert_silent(r, "SEC002");
    al_result_free(r);
}

static void assignments(void **state)
{
    (void)state;
    al_result *r = lint_text(FM "Connect with:\n\n```python\nclient = Client(\n"
                                "    api_key=\"id6Vw5DQL05HA064GiIj\",\n)\n```\n\n"
                                "DB_PASSWORD: 'Tr0ub4dor&3xkcd#936'\n");
    assert_fires(r, "SEC002", 9);
    const al_diagnostic *d = find_finding(r, "SEC002", 9);
    assert_int_equal(d->start.column, 14);
    assert_int_equal(d->severity, AL_ERROR);
    assert_non_null(strstr(d->message, "`api_key`"));
    assert_non_null(strstr(d->message, "id6V"));
    assert_null(strstr(d->message, "id6Vw"));
    assert_fires(r, "SEC002", 13);
    assert_null(strstr(find_finding(r, "SEC002", 13)->message, "Tr0ub"));
    al_result_free(r);
}

/* Base64 of placeholder words is a placeholder too; base64 of random bytes is not. */
static void base64_placeholders(void **state)
{
    (void)state;
    al_result *r =
        lint_text(FM "```yaml\npassword: cGFzc3dvcmQ=\n"   /* "password" */
                     "api_key: \"YXBpLXRva2VuLWhlcmU=\"\n" /* "api-token-here" */
                     "```\n\nToken: `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ5b3VyLXVzZXItaWQifQ."
                     "ZPjN0MEQ7wjJJibaZUPgHV7iB3m03nbqnsGpWLuqIA1`\n");
    assert_silent(r, "SEC001");
    assert_silent(r, "SEC002");
    al_result_free(r);
    r = lint_text(FM "```yaml\nclient_secret: nzp8Iei0XQaqEw9kR2==\n```\n");
    assert_fires(r, "SEC002", 6);
    al_result_free(r);
}

static void shared_options(void **state)
{
    (void)state;
    /* The compiled patterns live in the options; clones get their own. */
    al_options *o = al_options_new();
    al_options *c = al_options_clone(o);
    al_options_free(o);
    al_result *r =
        lint_text_with(c, "agent.md", FM "Key: AKIAZDOC9IS0J8HT9LGM\n", AL_FILE_EXPLICIT);
    assert_fires(r, "SEC001", 5);
    al_result_free(r);
    al_options_free(c);
}

/* The result knows where its secrets are, whether or not the
 * secret rules run, and masks them in any text. */
static void secret_spans_and_redaction(void **state)
{
    (void)state;
    const char *tok = "ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cQ";
    char text[1024];
    snprintf(text, sizeof text,
             "---\nname: a\ndescription: d\nbackground: %s\n---\nUse %s.\n\n"
             "-----BEGIN RSA PRIVATE KEY-----\n"
             "MIIEowIBAAKCAQEA1c2Vx9Qm8pZ3Lk7Jh5Gf4Ds2Aq1Wz0Xc9Vb8Nm7Mk6Lj5Hg4F\n"
             "Fd3Sa2Qw1Er0Ty9Ui8Op7As6Df5Gh4Jk3Lz2Xc1Vb0Nm9Qw8Er7Ty6Ui5Op4As3Df\n"
             "-----END RSA PRIVATE KEY-----\n",
             tok, tok);
    al_options *o = al_options_new();
    al_options_set_severity(o, al_rule_find("SEC001"), AL_OFF); /* off: still masked */
    al_result *r = lint_text_with(o, "agent.md", text, AL_FILE_EXPLICIT);
    assert_int_equal(count_findings(r, "SEC001", 0), 0);
    /* the token twice, the key's two body lines */
    assert_int_equal(al_result_secret_count(r), 4);
    const al_span *s = al_result_secret_get(r, 0);
    assert_non_null(s);
    assert_int_equal(s->start.line, 4);
    assert_int_equal(s->start.column, 13);
    assert_null(al_result_secret_get(r, 4));
    /* the background message quotes the value: masked */
    const al_diagnostic *d = find_finding(r, "CC008", 4);
    assert_non_null(d);
    assert_null(strstr(d->message, "ghp_Ab3d"));
    assert_non_null(strstr(d->message, "ghp_****"));
    /* any text: its length kept, first four characters shown */
    const char *line = "x Fd3Sa2Qw1Er0Ty9Ui8Op7As6Df5Gh4Jk3Lz2Xc1Vb0Nm9Qw8Er7Ty6Ui5Op4As3Df y";
    size_t n;
    char *m = al_result_redact(r, line, strlen(line), &n);
    assert_int_equal(n, strlen(line));
    assert_memory_equal(m, "x Fd3S*****", 11);
    assert_int_equal(m[n - 1], 'y');
    free(m);
    /* a piece of a secret long enough to matter, in another case */
    m = al_result_redact(r, "use GHP-AB3DEF6HIJ9K…", strlen("use GHP-AB3DEF6HIJ9K…"), NULL);
    assert_null(strstr(m, "AB3DEF"));
    free(m);
    /* nothing to mask: the same text */
    m = al_result_redact(NULL, "plain", 5, NULL);
    assert_string_equal(m, "plain");
    free(m);
    al_result_free(r);
    al_options_free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(known_formats),
        cmocka_unit_test(any_offset_and_end),
        cmocka_unit_test(private_key),
        cmocka_unit_test(placeholders_and_words),
        cmocka_unit_test(assignments),
        cmocka_unit_test(shared_options),
        cmocka_unit_test(secret_spans_and_redaction),
        cmocka_unit_test(base64_placeholders),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
