#!/usr/bin/env bash
# A real Helix session, driven in tmux as a user would type, with .perf installed by install.sh:
# on a copy of examples/teaching/mistakes.perf with one row indented wrongly, perfc lsp's
# findings show, the quick fix on `≥95 百分比` is chosen from the code actions menu (space a), and
# saving formats the file (auto-format); the file is then what `perfc fmt` makes of the repaired
# text. Run by editors/test.sh.
# Usage: editors/helix/test.sh HOME BIN: Helix's HOME (install.sh done there), a folder with perfc.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
home="$1"
bin="$2"
work="$(mktemp -d)"
tmux=(tmux -L "perf-helix-$$")
trap '"${tmux[@]}" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

mistakes="$repo/examples/teaching/mistakes.perf"
sed 's/^    质量指标 "经费支出准确率"/        质量指标 "经费支出准确率"/' "$mistakes" >"$work/doc.perf"
cmp -s "$mistakes" "$work/doc.perf" && { echo "helix test: the row to indent is not in $mistakes" >&2; exit 1; }

"${tmux[@]}" new-session -d -x 160 -y 50 \
  "cd '$work' && env HOME='$home' XDG_CONFIG_HOME='$home/.config' PATH='$bin:$PATH' hx doc.perf"
screen() { "${tmux[@]}" capture-pane -p; }
keys() { "${tmux[@]}" send-keys "$@"; }
# Waits up to 20 s for `text` on the screen, else fails saying `missing`.
wait_for() {
  for _ in $(seq 200); do
    "${tmux[@]}" has-session 2>/dev/null || { echo "helix: hx is not running (not on PATH?)" >&2; exit 1; }
    screen | grep -qF -- "$1" && return
    sleep 0.1
  done
  echo "helix: $2; the screen:" >&2
  screen >&2
  exit 1
}

wait_for "●" "no findings from perfc lsp in the gutter"
# Line 24, its next finding (E0502 on `百分比`), the code actions there.
keys ':24' Enter
keys ']d'
keys ' a'
wait_for '改为 `%`' "no quick fix offered on line 24"
keys Enter
keys ':w' Enter
wait_for "'doc.perf' written" "the file was not written"
keys ':q' Enter

expected="$(sed 's/≥95 百分比/≥95%/' "$mistakes" | "$bin/perfc" fmt -)"
if [ "$(cat "$work/doc.perf")" != "$expected" ]; then
  echo "helix: the saved file is not the repaired, formatted text:" >&2
  diff <(echo "$expected") "$work/doc.perf" >&2
  exit 1
fi
echo "helix: findings shown, a quick fix applied, the file formatted on save"
