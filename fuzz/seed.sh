#!/usr/bin/env bash
# Seeds every target's corpus with the example documents (and the test inputs that exercise
# syntax errors, rules and formatting), so fuzzing starts from real documents.
set -euo pipefail
cd "$(dirname "$0")"
for target in parse check fmt typst fast_reader; do
    mkdir -p "corpus/$target"
    find ../examples ../tests -name '*.perf' -size -64k -print0 |
        while IFS= read -r -d '' file; do
            # Flattened names keep seeds from different directories apart.
            name="${file#../}"
            cp "$file" "corpus/$target/${name//\//_}"
        done
done
