#!/usr/bin/env bash
# Builds aspectdiff with warnings as errors and runs the whole test suite through ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-"$root/build"}

"$root/scripts/build.sh" -DASPECTDIFF_WERROR=ON
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
