#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages agentlint needs, if any is missing.
set -euo pipefail
pkgs="build-essential cmake pkg-config libyaml-dev libcmark-dev libpcre2-dev libcmocka-dev libjansson-dev elixir python3 python3-jsonschema python3-yaml patch neovim pre-commit vim-nox emacs-nox elpa-flycheck"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing:$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
