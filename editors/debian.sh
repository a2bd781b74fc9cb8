#!/usr/bin/env bash
# Sourced by editors/test.sh. Brings editors and tools that Debian 12 lacks from newer Debian
# releases: the tree-sitter CLI and Helix from Debian 13 (trixie), Neovim ≥ 0.11 from testing
# (forky, whose packages have passed unstable's checks; trixie's is 0.10). npm's tree-sitter-cli
# downloads its binary from GitHub when installed, which CI cannot reach; Debian's archive it can. The newer releases' binaries need their newer
# C library, so nothing is installed: each package, with everything it depends on, is unpacked
# into editors/.tools/SUITE, and wrappers in editors/.tools/bin run the programs through that
# release's dynamic loader. Programs they start (node, cc, perfc) are the machine's own.
# Usage: debian_tools trixie tree-sitter-cli hx; debian_tools forky neovim
set -euo pipefail

tools_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.tools"

debian_tools() {
  local suite="$1"
  shift
  local root="$tools_dir/$suite" apt="$tools_dir/apt-$suite" missing=() pkg
  for pkg in "$@"; do
    [ -e "$root/.$pkg" ] || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/debs" "$root"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" \
      >"$apt/sources.list"
    # A private apt state: the machine's own sources and packages are left alone.
    local opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache" -o Dir::State::status=/dev/null
      -o APT::Sandbox::User=root -qq)
    apt-get "${opts[@]}" update
    local packages
    packages="$(apt-cache "${opts[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts \
      --no-breaks --no-replaces --no-enhances "${missing[@]}" | grep -v '^[ <]' | sort -u)"
    # shellcheck disable=SC2086 # one package a word
    (cd "$apt/debs" && apt-get "${opts[@]}" download $packages)
    for deb in "$apt/debs"/*.deb; do dpkg-deb -x "$deb" "$root"; done
    rm -rf "$apt" # the package lists: tens of megabytes, not needed again
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
  for pkg in "$@"; do
    case "$pkg" in
      tree-sitter-cli) wrap tree-sitter "$root/usr/bin/tree-sitter" ;;
      hx) wrap hx "$root/usr/lib/hx/hx" "HELIX_RUNTIME=$root/usr/lib/hx/runtime" ;;
      neovim) wrap nvim "$root/usr/bin/nvim" "VIMRUNTIME=$root/usr/share/nvim/runtime" ;;
      *) echo "debian_tools: no wrapper for $pkg" >&2; return 1 ;;
    esac
  done
  export PATH="$tools_dir/bin:$PATH"
}
