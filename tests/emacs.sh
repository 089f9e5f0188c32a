#!/usr/bin/env bash
# The Emacs recipes of docs/integrations.md (flycheck and flymake), run in a headless Emacs
# (Debian's emacs-nox and elpa-flycheck), so the documentation cannot rot:
# each lints a buffer whose file name has a space, with non-ASCII text before
# a finding, and must put the finding on the right character.
# usage: emacs.sh AGENTLINT INTEGRATIONS_MD
set -uo pipefail
bin=$(realpath "$1")
readme=$(realpath "$2")
command -v emacs >/dev/null || { echo "FAIL: emacs is not installed (scripts/deps.sh)" >&2; exit 1; }
dir=$(mktemp -d)
trap "rm -rf \"$dir\"" EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# The ```elisp blocks of the Emacs section: flycheck, then flymake.
awk '/^#+ Emacs/ {s=1; next} s && /^#+ / {exit} s && /^```elisp$/ {b=1; n++; next} b && /^```$/ {b=0; next} b {print > (dir "/recipe" n ".el")}' \
    dir="$dir" "$readme"
[ -s "$dir/recipe1.el" ] && [ -s "$dir/recipe2.el" ] || fail "no flycheck and flymake recipes in $readme"

mkdir -p "$dir/bin" && ln -s "$bin" "$dir/bin/agentlint"
printf -- '---\nname: a\ndescription: Naïve — à la carte\ntools: Réad, Grpe\n---\nBody.\n' >"$dir/my agent.md"
cat >"$dir/check.el" <<'ELISP'
(defun report (where diags-pos)
  (with-temp-file (expand-file-name (concat where ".txt") default-directory)
    (dolist (d diags-pos) (insert d "\n"))))
(defun describe-at (beg type)
  (save-excursion
    (goto-char beg)
    (format "%d:%d:%s:%s" (line-number-at-pos) (1+ (current-column)) type
            (buffer-substring-no-properties beg (min (point-max) (+ beg 4))))))
(unless (fboundp 'markdown-mode) (define-derived-mode markdown-mode text-mode "Markdown"))
(find-file "my agent.md")
(markdown-mode)
;; flymake
(require 'flymake)
(load-file "recipe2.el")
(let ((done nil) (result nil) (deadline (+ (float-time) 30)))
  (agentlint-flymake (lambda (diags &rest _) (setq result diags done t)))
  (while (and (not done) (< (float-time) deadline)) (accept-process-output nil 0.1))
  (report "flymake" (mapcar (lambda (d) (describe-at (flymake-diagnostic-beg d) (flymake-diagnostic-type d)))
                            result)))
;; flycheck
(require 'flycheck)
(load-file "recipe1.el")
(setq flycheck-check-syntax-automatically nil)
(flycheck-mode 1)
(flycheck-select-checker 'agentlint)
(flycheck-buffer)
(let ((deadline (+ (float-time) 30)))
  (while (and (flycheck-running-p) (< (float-time) deadline)) (accept-process-output nil 0.1)))
(report "flycheck" (mapcar (lambda (e) (describe-at (flycheck-error-pos e) (flycheck-error-level e)))
                           flycheck-current-errors))
ELISP
(cd "$dir" && PATH="$dir/bin:$PATH" HOME="$dir" timeout 120 emacs --batch -Q \
    --eval '(dolist (d (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa*/*")) (add-to-list (quote load-path) d))' \
    -l check.el </dev/null >"$dir/log" 2>&1) || fail "emacs: $(cat "$dir/log")"
for tool in flymake flycheck; do
    [ -f "$dir/$tool.txt" ] || fail "$tool: no result ($(cat "$dir/log"))"
    got=$(cat "$dir/$tool.txt")
    grep -q '^4:14:.*warning:Grpe$' <<<"$got" || fail "$tool: Grpe at 4:14, a warning: $got"
    grep -q '^4:8:.*error:Réad$' <<<"$got" || fail "$tool: the error at 4:8: $got"
done
cat "$dir/flymake.txt" "$dir/flycheck.txt"; echo "emacs: ok"
