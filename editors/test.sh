#!/usr/bin/env bash
# Tests of the editor support: the VS Code grammar on the engine VS Code runs (Node) and the Vim
# files in headless Vim. Installs what is missing: the npm packages (npm ci) and Vim (apt-get).
# Needs a built perfc (target/release/perfc, or PERFC=path) for the :make test.
set -euo pipefail
cd "$(dirname "$0")/.."

perfc="${PERFC:-${CARGO_TARGET_DIR:-target}/release/perfc}"
if [ ! -x "$perfc" ]; then
  cargo build --release --locked --quiet
fi
perfc_dir="$(cd "$(dirname "$perfc")" && pwd)"

(cd editors/vscode && npm ci --no-audit --no-fund --loglevel=error && npm test)

if ! command -v vim >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq vim >/dev/null
fi
PATH="$perfc_dir:$PATH" vim -Es -N -u NONE -i NONE --cmd 'set rtp^=editors/vim' \
  -S editors/vim/test/syntax.vim
