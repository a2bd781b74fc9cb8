#!/usr/bin/env bash
# Sourced by editors/test.sh. Brings programs that Debian 12 lacks from Debian 13 (trixie): the
# tree-sitter CLI and Helix. npm's tree-sitter-cli downloads its binary from GitHub when installed
# and Debian 12 has no tree-sitter CLI at all, so the registry that CI reaches for it is Debian's.
# trixie's binaries need its newer C library: the packages (and that library) are unpacked into
# editors/.tools/trixie, never installed, and each program runs through trixie's dynamic loader
# with wrappers in editors/.tools/bin. Programs they start (node, cc) are the machine's own.
# Usage: trixie_tools tree-sitter-cli hx
set -euo pipefail

tools_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.tools"

trixie_tools() {
  local root="$tools_dir/trixie" apt="$tools_dir/apt" wanted=("$@") missing=()
  local pkg
  for pkg in "${wanted[@]}"; do
    [ -e "$root/.$pkg" ] || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/debs" "$root"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
      >"$apt/sources.list"
    # A private apt state: the machine's own sources and packages are left alone.
    local opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o Dir::State::status=/dev/null
      -o APT::Sandbox::User=root -qq)
    apt-get "${opts[@]}" update
    (cd "$apt/debs" && apt-get "${opts[@]}" download libc6 libgcc-s1 "${missing[@]}")
    for deb in "$apt/debs"/*.deb; do dpkg-deb -x "$deb" "$root"; done
    rm -f "$apt/debs"/*.deb
    for pkg in "${missing[@]}"; do touch "$root/.$pkg"; done
  fi

  local lib loader
  lib="$(dirname "$(find "$root/usr/lib" -maxdepth 2 -name 'libc.so.6' | head -1)")"
  loader="$(find "$lib" -maxdepth 1 -name 'ld-linux*.so.*' | head -1)"
  mkdir -p "$tools_dir/bin"
  wrap() { # NAME PROGRAM [ENV=VALUE]
    printf '#!/bin/sh\n%sexec "%s" --library-path "%s" "%s" "$@"\n' \
      "${3:+export $3; }" "$loader" "$lib" "$2" >"$tools_dir/bin/$1"
    chmod +x "$tools_dir/bin/$1"
  }
  for pkg in "${wanted[@]}"; do
    case "$pkg" in
      tree-sitter-cli) wrap tree-sitter "$root/usr/bin/tree-sitter" ;;
      hx) wrap hx "$root/usr/lib/hx/hx" "HELIX_RUNTIME=$root/usr/lib/hx/runtime" ;;
      *) echo "trixie_tools: no wrapper for $pkg" >&2; return 1 ;;
    esac
  done
  export PATH="$tools_dir/bin:$PATH"
}
