#!/usr/bin/env bash
# Runs nvim_e2e.lua in headless Neovim against AGENTLINT (argument 1).
set -euo pipefail
agentlint=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/project/.claude/agents" "$work/xdg"
cat > "$work/project/.claude/agents/reviewer.md" <<'AGENT'
---
name: reviewer
description: Reviews code
tools: é😀, MultiEdit
model: claude-3-opus-20240229
---
You review code ✓.
AGENT
# Neovim writes its logs and state under XDG folders: keep them here.
export XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/xdg" XDG_STATE_HOME="$work/xdg" \
       XDG_CACHE_HOME="$work/xdg"
cd "$work/project"
AGENTLINT="$agentlint" AGENT_FILE="$work/project/.claude/agents/reviewer.md" \
    timeout 120 nvim --headless --clean -n -i NONE -c "luafile $here/nvim_e2e.lua" </dev/null
