#!/usr/bin/env bash
# Installs .perf support into Helix's configuration (HELIX_CONFIG, else ~/.config/helix):
# the grammar built from this checkout into runtime/grammars/perf.so (with cc, as Helix's own
# `hx --grammar build` would), the queries into runtime/queries/perf/, and the language, its
# server and the grammar's source appended to languages.toml unless it already has `perf`.
# `perfc` must be on PATH for the server. Run again after pulling to rebuild the grammar.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
config="${HELIX_CONFIG:-${XDG_CONFIG_HOME:-$HOME/.config}/helix}"
grammar="$repo/editors/tree-sitter-perf"

mkdir -p "$config/runtime/grammars" "$config/runtime/queries/perf"
bash "$grammar/build.sh" "$config/runtime/grammars/perf.so"
cp "$repo"/editors/helix/queries/perf/*.scm "$config/runtime/queries/perf/"

if grep -qs '^name = "perf"' "$config/languages.toml"; then
  echo "$config/languages.toml already defines perf: left as it is"
else
  { echo; sed "s|path = \"editors/tree-sitter-perf\"|path = \"$grammar\"|" "$repo/editors/helix/languages.toml"; } \
    >>"$config/languages.toml"
fi
echo "installed: check with hx --health perf"
