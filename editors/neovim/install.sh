#!/usr/bin/env bash
# Installs the tree-sitter parser and queries of .perf for Neovim (0.11 or later), no plugin
# needed: the parser built from this checkout with cc into site/parser/perf.so and the queries
# (highlights, folds, indents) into site/queries/perf/ of Neovim's data directory
# (XDG_DATA_HOME, else ~/.local/share/nvim). editors/README.md has the init.lua lines that use
# them. Run again after pulling to rebuild the parser.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
site="${XDG_DATA_HOME:-$HOME/.local/share}/nvim/site"
grammar="$repo/editors/tree-sitter-perf"

mkdir -p "$site/parser" "$site/queries/perf"
bash "$grammar/build.sh" "$site/parser/perf.so"
cp "$grammar"/queries/*.scm "$site/queries/perf/"
echo "installed into $site: parser/perf.so, queries/perf/"
