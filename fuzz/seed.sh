#!/usr/bin/env bash
# Seeds every target's corpus with the example documents (and the test inputs that exercise
# syntax errors, rules and formatting), so fuzzing starts from real documents; the language
# server's targets get them as the messages an editor sends (python3 writes those).
set -euo pipefail
cd "$(dirname "$0")"
for target in parse check fmt typst; do
    mkdir -p "corpus/$target"
    find ../examples ../tests -name '*.perf' -size -64k -print0 |
        while IFS= read -r -d '' file; do
            # Flattened names keep seeds from different directories apart.
            name="${file#../}"
            cp "$file" "corpus/$target/${name//\//_}"
        done
done
mkdir -p corpus/lsp corpus/lsp_messages
python3 - <<'PY'
import json, pathlib
root = pathlib.Path("..").resolve()
for file in sorted(root.glob("examples/**/*.perf")):
    uri = file.as_uri()
    text = file.read_text()
    doc = {"uri": uri}
    at = lambda line, character: {"textDocument": doc, "position": {"line": line, "character": character}}
    messages = [
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "perf", "version": 1, "text": text}}},
        {"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": at(12, 6)},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/completion", "params": at(15, 4)},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/definition", "params": at(1, 5)},
        {"jsonrpc": "2.0", "id": 4, "method": "textDocument/documentSymbol", "params": {"textDocument": doc}},
        {"jsonrpc": "2.0", "method": "textDocument/didChange",
         "params": {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": text[: len(text) // 2]}]}},
        {"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": doc}},
        {"jsonrpc": "2.0", "id": 5, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    lines = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages)
    name = str(file.relative_to(root)).replace("/", "_")
    pathlib.Path("corpus/lsp_messages", name).write_text(lines)
    framed = "".join(
        f"Content-Length: {len(json.dumps(m, ensure_ascii=False).encode())}\r\n\r\n"
        + json.dumps(m, ensure_ascii=False) for m in messages)
    pathlib.Path("corpus/lsp", name).write_text(framed)
PY
