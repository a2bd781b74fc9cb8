#!/usr/bin/env bash
# The emitted NAME.typ + NAME.json compile with the standalone Typst compiler of the same version
# (PyPI `typst` 0.15.2 embeds Typst 0.15.1, as perfc does) into the same pages as perfc's PDF.
# The files differ only in the metadata written after the pages: the standalone compiler records
# the wall-clock date and derives another document identifier.
# Usage: tests/standalone-typst.sh DIR   (a `perfc build` output directory)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: tests/standalone-typst.sh DIR}
venv=target/typst-venv
if ! "$venv/bin/python" -c "import typst" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "typst==0.15.2"
fi
"$venv/bin/python" - "$out" <<'PY'
import pathlib, sys, typst

out = pathlib.Path(sys.argv[1])
typs = sorted(out.glob("*.typ"))
if not typs:
    sys.exit(f"no .typ files in {out}")
for typ in typs:
    ours = typ.with_suffix(".pdf").read_bytes()
    theirs = typst.compile(str(typ), font_paths=["fonts"], ignore_system_fonts=True)
    # The document information dictionary (the one naming the creator) follows the pages.
    pages_end = ours.rindex(b"<<", 0, ours.index(b"/Creator(Typst"))
    if ours[:pages_end] != theirs[:pages_end]:
        sys.exit(f"{typ}: the standalone compiler's pages differ from perfc's")
    print(f"{typ}: standalone Typst gives the same {pages_end} bytes of pages")
PY
