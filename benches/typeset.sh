#!/usr/bin/env bash
# Runs the typesetting benchmark with the standalone Typst anchor: a Python virtual environment
# in target/ with the PyPI `typst` package (0.15.2 embeds Typst 0.15.1, as perfc does).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/typst-venv
if ! "$venv/bin/python" -c "import typst" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "typst==0.15.2"
fi
PERFC_BENCH_PYTHON="$PWD/$venv/bin/python" cargo bench --locked --bench typeset
