#!/usr/bin/env bash
# Makes the README's pictures under a virtual X display: the main window on the built-in sample,
# with a sentence selected. Run after ./run.sh or ./test.sh has built the project.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=./build/duizhao
[ -x "$binary" ] || { echo "build first: ./test.sh" >&2; exit 1; }
export LC_ALL=C.UTF-8
run() { xvfb-run -a -s "-screen 0 1600x1000x24" "$binary" "$@"; }
run --ui-lang en --select-sentence 5 --screenshot docs/window.png
run --ui-lang zh_CN --select-sentence 5 --screenshot docs/window-zh.png
