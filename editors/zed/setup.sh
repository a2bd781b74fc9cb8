#!/usr/bin/env bash
# Points editors/zed/extension.toml's grammar at this checkout, for Zed to build it: the
# repository as a file:// URL, the commit checked out (which must contain the grammar:
# commit editors/tree-sitter-perf first), the grammar's folder. Then, in Zed:
# `zed: install dev extension` and choose editors/zed.
set -euo pipefail
zed="$(cd "$(dirname "$0")" && pwd)"
repo="$(git -C "$zed" rev-parse --show-toplevel)"
rev="$(git -C "$repo" rev-parse HEAD)"
git -C "$repo" cat-file -e "$rev:editors/tree-sitter-perf/src/parser.c"
manifest="$zed/extension.toml"
# Drop a [grammars.perf] written before (the last section of the file), then write it again.
sed -i '/^\[grammars\.perf\]$/,$d' "$manifest"
cat >>"$manifest" <<TOML
[grammars.perf]
repository = "file://$repo"
rev = "$rev"
path = "editors/tree-sitter-perf"
TOML
echo "extension.toml: grammar at $repo, commit $rev"
