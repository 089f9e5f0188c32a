#!/usr/bin/env bash
# scripts/new-rule.py on a copy of the tree: a rule in an existing family and
# file, and one of a new family in a new file; each edit where it belongs,
# the files it touched still compile, and a second run with a code or name
# that exists changes nothing.
# usage: new_rule.sh SOURCE_DIR CC
set -uo pipefail
src=$1 cc=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$tmp/docs"
cp -r "$src/src" "$src/include" "$src/scripts" "$tmp/"
cp -r "$src/docs/rules" "$tmp/docs/"
new_rule() { python3 "$tmp/scripts/new-rule.py" "$@"; }
reg=$tmp/src/rules/registry.c checks=$tmp/src/rules/checks.h

# an existing family and file
new_rule BD099 heading-in-fence --file fence_rules.c --summary "Heading inside a code fence" \
    --kinds AL_KINDS_MARKDOWN >/dev/null || fail "BD099: exit $?"
grep -A1 '"BD007"' "$reg" | tail -1 | grep -q '^    RK("BD099", *"heading-in-fence", *AL_WARNING, *true, AL_KINDS_MARKDOWN, "Heading inside a code fence", al_check_heading_in_fence),$' ||
    fail "BD099: not the row after BD007's: $(grep -A1 '"BD007"' "$reg")"
awk '/^\/\* fence_rules.c \*\//{s=1} s&&/^$/{exit} s' "$checks" |
    grep -q '^void al_check_heading_in_fence(al_context \*ctx, const al_document \*doc);$' ||
    fail "BD099: no declaration in the fence_rules.c part of checks.h"
grep -q '^void al_check_heading_in_fence(al_context \*ctx, const al_document \*doc)$' "$tmp/src/rules/fence_rules.c" ||
    fail "BD099: no function in fence_rules.c"
grep -q '^## Example$' "$tmp/docs/rules/BD099.md" || fail "BD099: no page"

# a new family in a new file: opt-in, an error
new_rule ZZ001 zz-example --file zz_rules.c --summary "An example" --severity error --opt-in >/dev/null ||
    fail "ZZ001: exit $?"
grep -B1 '^};' "$reg" | head -1 | grep -q '^    R("ZZ001", *"zz-example", *AL_ERROR, *false, *"An example", al_check_zz_example),$' ||
    fail "ZZ001: not the table's last row: $(grep -B1 '^};' "$reg")"
grep -q '^/\* zz_rules.c \*/$' "$checks" || fail "ZZ001: no zz_rules.c part in checks.h"
grep -q '^  zz_rules.c$' "$tmp/src/rules/CMakeLists.txt" || fail "ZZ001: zz_rules.c not in the source list"

# refused, and nothing changed: a code, a name or a page that exists; bad arguments
before=$(cd "$tmp" && find src docs -type f -exec md5sum {} + | sort)
for args in "BD099 other-name --file fence_rules.c --summary S" \
            "BD098 heading-in-fence --file fence_rules.c --summary S" \
            "CC001 missing-name --file claude_rules.c --summary S" \
            "bd100 lower-case --file fence_rules.c --summary S" \
            "BD100 Not_Kebab --file fence_rules.c --summary S" \
            "BD100 ok-name --file ../x.c --summary S" \
            "BD100 ok-name --file fence_rules.c --summary Period." \
            "BD100 ok-name --file fence_rules.c --summary S --severity fatal"; do
    # shellcheck disable=SC2086
    new_rule $args >/dev/null 2>&1
    rc=$?
    [ "$rc" -eq 2 ] || fail "new-rule.py $args: exit $rc, not 2"
done
[ "$before" = "$(cd "$tmp" && find src docs -type f -exec md5sum {} + | sort)" ] ||
    fail "a refused run changed files"

# what it wrote compiles, warnings as errors
# shellcheck disable=SC2046
flags=$(pkg-config --cflags yaml-0.1 libcmark libpcre2-8 jansson)
for f in registry.c fence_rules.c zz_rules.c; do
    # shellcheck disable=SC2086
    "$cc" -std=c11 -D_POSIX_C_SOURCE=200809L -fsyntax-only -Wall -Wextra -Wpedantic \
        -Wmissing-prototypes -Werror -I"$tmp/include" -I"$tmp/src" $flags \
        "$tmp/src/rules/$f" || fail "$f does not compile"
done
echo "new_rule: ok"
