#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/setup.sh

duizhao_install
duizhao_build build
cd build
ctest --output-on-failure -j2
