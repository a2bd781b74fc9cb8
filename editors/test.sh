#!/usr/bin/env bash
# Tests of the editor support; editors/README.md ("Tests") says what each part checks. Installs
# what is missing: the npm packages (npm ci), Vim and tmux (apt-get), the tree-sitter CLI, Helix and
# Neovim unpacked from newer Debian releases into editors/.tools (editors/debian.sh), clang 19
# with the WASI C library (apt-get) for Zed's grammar, and Rust's wasm32-wasip2 target (rustup)
# for the Zed extension.
# Needs a built perfc (target/release/perfc, or PERFC=path).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() { echo "== editors: $1 ($(($(date +%s) - started)) s)"; }

perfc="${PERFC:-${CARGO_TARGET_DIR:-target}/release/perfc}"
if [ ! -x "$perfc" ]; then
  cargo build --release --locked --quiet
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The editors start `perfc` by that name.
mkdir "$work/bin"
ln -s "$(realpath "$perfc")" "$work/bin/perfc"
npm_ci() { npm ci --no-audit --no-fund --loglevel=error; }

step "VS Code: the TextMate grammar, the extension, the .vsix"
(cd editors/vscode && npm_ci && npm run --silent package >/dev/null && PERF_VSIX=perf-language.vsix npm test)

step "tools from Debian 13 and testing: tree-sitter CLI, Helix, Neovim"
# shellcheck source=debian.sh
source editors/debian.sh
debian_tools trixie tree-sitter-cli hx
debian_tools forky neovim
grammar=editors/tree-sitter-perf
# The CLI is the version package.json pins (and its lock holds): the one that generated src/.
pinned="$(node -p "require('./$grammar/package.json').devDependencies['tree-sitter-cli']")"
locked="$(node -p "require('./$grammar/package-lock.json').packages['node_modules/tree-sitter-cli'].version")"
if [ "$(tree-sitter --version)" != "tree-sitter $pinned" ] || [ "$locked" != "$pinned" ]; then
  echo "tree-sitter CLI $(tree-sitter --version), package.json pins $pinned, the lock $locked" >&2
  exit 1
fi

step "tree-sitter: generate, corpus and highlight tests, every document, every query"
export TREE_SITTER_DIR="$work/tree-sitter" XDG_CACHE_HOME="$work/cache"
mkdir -p "$TREE_SITTER_DIR"
echo "{\"parser-directories\": [\"$PWD/editors\"]}" >"$TREE_SITTER_DIR/config.json"
cp -r "$grammar/src" "$work/committed-src"
(cd "$grammar" && tree-sitter generate --no-bindings)
if ! diff -r "$work/committed-src" "$grammar/src"; then
  echo "$grammar/src is not what grammar.js generates: run tree-sitter generate --no-bindings there and commit it" >&2
  exit 1
fi
(cd "$grammar" && tree-sitter test)
mapfile -t documents < <(find "$PWD/examples" -name '*.perf' | sort)
documents+=("$PWD/editors/test/constructs.perf")
# --quiet prints only the documents with an ERROR or MISSING node, and fails if there is one.
(cd "$grammar" && tree-sitter parse --quiet "${documents[@]}")
echo "${#documents[@]} documents parse without errors"
for query in "$grammar"/queries/*.scm editors/helix/queries/perf/*.scm editors/zed/languages/perf/*.scm; do
  (cd "$grammar" && tree-sitter query "$PWD/../../$query" "$PWD/../../examples/teaching/hello.perf" >/dev/null) ||
    { echo "$query does not compile against the grammar" >&2; exit 1; }
done

step "the other editors' files: keywords, queries, configuration, Zed's grammar in WebAssembly"
# Zed compiles the grammar with wasi-sdk's clang; Debian's clang, linker and WASI C library
# compile it the same way (editors/test/configs.test.js).
wasm_cc=clang-19
wasm_packages=(clang-19 lld-19 libclang-rt-19-dev-wasm32 wasi-libc)
if ! dpkg -s "${wasm_packages[@]}" >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${wasm_packages[@]}" >/dev/null
fi
(cd editors/test && npm_ci &&
  PERF_HELIX_RUNTIME="$PWD/../.tools/trixie/usr/lib/hx/runtime" \
    PERF_NVIM_RUNTIME="$PWD/../.tools/forky/usr/share/nvim/runtime" PERF_WASM_CC="$wasm_cc" npm test)

step "Helix: install.sh, then hx --health perf"
helix_home="$work/helix-home"
mkdir -p "$helix_home"
HOME="$helix_home" XDG_CONFIG_HOME="$helix_home/.config" bash editors/helix/install.sh
health="$(PATH="$work/bin:$PATH" HOME="$helix_home" XDG_CONFIG_HOME="$helix_home/.config" hx --health perf |
  sed 's/\x1b\[[0-9;]*m//g')"
echo "$health"
for expected in "✓ perfc: $work/bin/perfc" "Tree-sitter parser: ✓" "Highlight queries: ✓" "Indent queries: ✓"; do
  grep -qF "$expected" <<<"$health" || { echo "hx --health perf: no \"$expected\"" >&2; exit 1; }
done

step "Helix: a session in tmux: findings, a quick fix, format on save"
if ! command -v tmux >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux >/dev/null
fi
bash editors/helix/test.sh "$helix_home" "$work/bin"

step "Zed: the extension's WebAssembly part builds as Zed builds it (wasm32-wasip2)"
command -v rustup >/dev/null || { echo "the Zed extension is built with rustup's wasm32-wasip2 target: install rustup" >&2; exit 1; }
rustup target add wasm32-wasip2 >/dev/null 2>&1
(cd editors/zed && cargo build --release --locked --quiet --target wasm32-wasip2 --target-dir "$work/zed-target")
[ -s "$work/zed-target/wasm32-wasip2/release/perf_zed.wasm" ]

step "Neovim: the README's init.lua, install.sh, headless"
nvim_home="$work/nvim"
mkdir -p "$nvim_home"
# The init.lua lines exactly as editors/README.md's Neovim section gives them.
awk '/^## Neovim/ { section = 1 } section && /^```lua/ { copy = 1; next } copy && /^```/ { exit } copy' \
  editors/README.md >"$nvim_home/init.lua"
grep -q "vim.lsp.enable('perfc')" "$nvim_home/init.lua"
XDG_DATA_HOME="$nvim_home/data" bash editors/neovim/install.sh
nvim_env=(env PATH="$work/bin:$PATH" XDG_DATA_HOME="$nvim_home/data" XDG_CONFIG_HOME="$nvim_home/config"
  XDG_STATE_HOME="$nvim_home/state" XDG_CACHE_HOME="$nvim_home/cache")
# Without those lines Neovim takes a .perf file for `conf`: the filetype line is needed.
without="$("${nvim_env[@]}" nvim --headless --clean examples/teaching/hello.perf \
  +'lua io.stdout:write(vim.bo.filetype)' +qall)"
[ "$without" = conf ] || { echo "Neovim's own filetype for .perf is now $without" >&2; exit 1; }
"${nvim_env[@]}" nvim --headless -i NONE -u "$nvim_home/init.lua" examples/teaching/mistakes.perf \
  -S editors/neovim/test.lua

step "Vim: syntax, :make, :PerfFormat and :PerfFix, headless"
if ! command -v vim >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq vim >/dev/null
fi
PATH="$work/bin:$PATH" vim -Es -N -u NONE -i NONE --cmd 'set rtp^=editors/vim' \
  -S editors/vim/test/syntax.vim
step "done"
