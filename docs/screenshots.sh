#!/usr/bin/env bash
# Makes the README's pictures: the main window on the built-in sample under a virtual X display (in
# English and in Chinese, a figure selected), and the membership chart as `duizhao chart` exports it.
# Run after ./run.sh or ./test.sh has built the project.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=./build/duizhao
[ -x "$binary" ] || { echo "build first: ./test.sh" >&2; exit 1; }
export LC_ALL=C.UTF-8
# A settings folder of its own, so the pictures show the default layout, not the last session's.
export XDG_CONFIG_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
shoot() { xvfb-run -a -s "-screen 0 1600x1000x24" "$binary" "$@"; }
shoot --ui-lang en --select-figure 6 --screenshot docs/window.png
shoot --ui-lang zh_CN --select-figure 6 --screenshot docs/window-zh.png
sample=tests/data/corpus/rmrb/1954.06/1954-06-22_西南各地加强对手工业者的教育和领导.md
"$binary" chart --metric members --size 1600x1000 --scale 1 -o docs/chart-members.png tests/data/corpus/rmrb
"$binary" chart --metric cooperative_growth --ui-lang zh_CN --size 1600x1000 --scale 1 -o docs/chart-cooperative-growth-zh.png "$sample"
