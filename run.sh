#!/usr/bin/env bash
# Installs what is missing, builds, and opens Duizhao on the built-in sample article (or on the
# files and folders given as arguments).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh

duizhao_install
duizhao_build build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<MSG
Duizhao is built, but there is no display here (DISPLAY and WAYLAND_DISPLAY are unset), so the window
cannot open. Either run it in a desktop session, or under a virtual display:
  xvfb-run -a ./build/duizhao
or use the command line, which needs no display:
  ./build/duizhao sentences tests/data/corpus/rmrb/1954.06/
MSG
    exit 3
fi
exec ./build/duizhao "$@"
