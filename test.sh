#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test twice: once as built for users, once built
# with AddressSanitizer + UndefinedBehaviorSanitizer (leaks included). Non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh

duizhao_install
duizhao_build build
(cd build && ctest --output-on-failure -j2)

echo "== The same tests under AddressSanitizer and UndefinedBehaviorSanitizer =="
duizhao_build build-asan -DDUIZHAO_SANITIZE=ON
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
(cd build-asan && ctest --output-on-failure -j2 --timeout 900)
