#!/usr/bin/env bash
# Builds the parser of this checkout into a shared library at OUTPUT (with cc, as Helix's
# `hx --grammar build` and nvim-treesitter would): what editors/helix/install.sh and
# editors/neovim/install.sh install. Usage: build.sh OUTPUT.so
set -euo pipefail
grammar="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$(dirname "$1")"
"${CC:-cc}" -shared -fPIC -O2 -I "$grammar/src" "$grammar/src/parser.c" "$grammar/src/scanner.c" -o "$1"
