#!/usr/bin/env bash
# The Vim recipe of docs/integrations.md, run in a headless Vim (Debian's
# vim-nox), so the documentation cannot rot: :make on a file whose name has a
# space, with non-ASCII text before the finding, must put the cursor on the
# finding.
# usage: vim.sh AGENTLINT INTEGRATIONS_MD
set -uo pipefail
bin=$(realpath "$1")
readme=$(realpath "$2")
vim=$(command -v vim.nox || command -v vim) || { echo "FAIL: vim is not installed (scripts/deps.sh)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# The first ```vim block of the Vim section is the recipe.
awk '/^#+ Vim/ {s=1} s && /^```vim$/ {b=1; next} b && /^```$/ {exit} b' "$readme" >"$dir/recipe.vim"
grep -q 'makeprg=agentlint' "$dir/recipe.vim" || fail "no Vim recipe in $readme: $(cat "$dir/recipe.vim")"

mkdir -p "$dir/bin" && ln -s "$bin" "$dir/bin/agentlint"
printf -- '---\nname: café\ndescription: Naïve — à la carte\ntools: Réad, Grpe\n---\nBody.\n' >"$dir/my agent.md"
cat >"$dir/check.vim" <<'VIM'
silent make!
let s:qf = getqflist()
let s:out = []
for s:e in s:qf
  call add(s:out, printf('%d:%d:%d:%s:%s', s:e.lnum, s:e.col, s:e.vcol, s:e.type, bufname(s:e.bufnr)))
endfor
silent clast
call add(s:out, 'cursor:' . line('.') . ':' . virtcol('.') . ':' . strpart(getline('.'), col('.') - 1, 4))
call writefile(s:out, 'result.txt')
qall!
VIM
(cd "$dir" && PATH="$dir/bin:$PATH" timeout 60 "$vim" -N -u NONE -i NONE -es \
    -c 'filetype off' -S recipe.vim -S check.vim "my agent.md" </dev/null >/dev/null 2>&1)
[ -f "$dir/result.txt" ] || fail "vim wrote no result"
got=$(cat "$dir/result.txt")
# café (CC003 at 2:7), Réad (CC010 and CC016 at 4:8), Grpe (CC010 at 4:14)
expected_cursor="cursor:4:14:Grpe"
grep -q '^4:14:1:w:my agent.md$' <<<"$got" || fail "quickfix entry of Grpe (line 4, screen column 14, warning): $got"
grep -q "^$expected_cursor\$" <<<"$got" || fail "cursor on the last finding (Grpe, after the é of Réad): $got"
echo "vim: ok"
