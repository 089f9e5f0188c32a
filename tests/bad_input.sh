#!/usr/bin/env bash
# Bad input never wins: binary files, invalid UTF-8, NUL bytes, a 100 MB
# file, YAML alias bombs, deep nesting, a directory loop, a FIFO, a missing
# file and a directory named as a file. No crash, no hang, a clear finding or
# error for each, and every good file is still linted.
set -uo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

good="---\nname: good\ndescription: A good agent.\n---\nYou are good.\n"
printf -- "$good" >"$dir/good.md"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0' >"$dir/image.md"
printf -- '---\nname: bad-utf8\ndescription: caf\xe9 \xff\xfe\n---\nBody \xc3\x28.\n' >"$dir/latin1.md"
printf -- '---\nname: nul\ndescription: d\n---\nBody\n' >"$dir/nul.md"
head -c 9000 /dev/zero | tr '\0' 'x' >>"$dir/nul.md"; printf '\0tail\n' >>"$dir/nul.md"
{ printf -- '---\nname: huge\ndescription: d\n---\n'; head -c 100000000 /dev/zero | tr '\0' 'a'; } >"$dir/huge.md"
{
    printf -- '---\nname: bomb\ndescription: d\n'
    printf 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for l in b c d e f g h i; do
        p=$(printf '%s' "$l" | tr 'b-i' 'a-h')
        printf '%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n' "$l" "$l" "$p" "$p" "$p" "$p" "$p" "$p" "$p" "$p" "$p"
    done
    printf -- '---\nBody\n'
} >"$dir/bomb.md"
{ printf -- '---\nname: deep\ndescription: d\nx: '; head -c 200000 /dev/zero | tr '\0' '['; printf '\n---\nBody\n'; } >"$dir/deep.md"
{ printf -- '---\nname: deep-body\ndescription: d\n---\n'; head -c 200000 /dev/zero | tr '\0' '>'; printf ' text\n'; for i in $(seq 1 5000); do printf '%*s- item\n' $((i % 200)) ''; done; } >"$dir/deepbody.md"
mkdir -p "$dir/.claude/agents"
: >"$dir/.claude/agents/empty.md"
mkdir -p "$dir/tree/sub"
printf -- "$good" | sed 's/name: good/name: nested/' >"$dir/tree/sub/nested.md"
ln -s .. "$dir/tree/sub/loop"
mkfifo "$dir/fifo.md"

out=$(timeout 60 "$bin" "$dir/good.md" "$dir/image.md" "$dir/latin1.md" "$dir/nul.md" "$dir/huge.md" \
    "$dir/bomb.md" "$dir/deep.md" "$dir/deepbody.md" "$dir/.claude/agents/empty.md" "$dir/fifo.md" "$dir/missing.md" \
    "$dir/tree" 2>"$dir/stderr")
rc=$?
cat "$dir/stderr" >&2
[ "$rc" -eq 2 ] || fail "exit status $rc, expected 2 (a missing file and a FIFO)"
grep -q "missing.md: No such file" "$dir/stderr" || fail "missing file not reported"
grep -q "fifo.md: not a regular file" "$dir/stderr" || fail "FIFO not reported"
grep -q "image.md:1:1: error: .*\[IN001 binary-file\]" <<<"$out" || fail "binary file not reported"
grep -q "huge.md:1:1: error: .*\[IN002 file-too-large\]" <<<"$out" || fail "huge file not reported"
grep -q "deep.md:.*\[FM004 invalid-yaml\]" <<<"$out" || fail "deep nesting not reported"
grep -q "empty.md:1:1: error: .*\[FM001" <<<"$out" || fail "empty file not reported"
grep -q "nested.md" "$dir/stderr" && fail "nested.md error"
grep -q "10 files checked" "$dir/stderr" || fail "not every readable file was checked"
# the loop is walked once: nested.md appears at most once in the findings
[ "$(grep -c 'nested.md' <<<"$out")" -le 1 ] || fail "directory loop walked twice"
grep -q "good.md" <<<"$out" && fail "good.md has findings"
echo "bad input: all handled, exit $rc"
