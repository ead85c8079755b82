#!/usr/bin/env bash
# Builds aspectdiff with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/ (or
# $SANITIZE_BUILD_DIR), runs the test suite there, then runs each fuzz target briefly
# (FUZZ_SECONDS, default 20). Extra arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SANITIZE_BUILD_DIR:-"$root/build-asan"}

"$root/scripts/install-deps.sh"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DASPECTDIFF_SANITIZE=address,undefined -DASPECTDIFF_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
# The browser, Dask and out-of-tree consumer tests drive other programs; they say nothing more
# about memory errors in ours than the end-to-end tests do, and take most of the time.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" \
  -E 'browser|dask|consumer' "$@"
"$root/scripts/fuzz.sh" "${FUZZ_SECONDS:-20}"
