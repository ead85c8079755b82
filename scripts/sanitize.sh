#!/usr/bin/env bash
# The sanitizer check (CI runs it after the test suite): builds the test suite and what it loads
# with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/ (or $SANITIZE_BUILD_DIR),
# runs it there, then runs each fuzz target of tests/fuzz for FUZZ_SECONDS (default 10; 0 skips
# fuzzing). Any report of either sanitizer fails the test or target it comes from. Extra
# arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SANITIZE_BUILD_DIR:-"$root/build-asan"}
jobs=$(nproc)
started=$SECONDS

"$root/scripts/install-deps.sh"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
# -O1 with line tables only: half the compile time of -O2 -g, and reports still name each line.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DASPECTDIFF_SANITIZE=address,undefined -DASPECTDIFF_BUILD_BENCH=OFF \
  "${launcher[@]}" >/dev/null
# The test binary depends on the host, its worker, the plugins and the test fixtures: nothing else
# (the out-of-tree SDK consumer) is built.
cmake --build "$build" --parallel "$jobs" --target aspectdiff_tests
echo "sanitize: built in $((SECONDS - started)) s"

# The browser, Dask and out-of-tree consumer tests drive other programs; they say nothing more
# about memory errors in ours than the end-to-end tests do, and need targets not built here. The
# peak-memory tests measure the sanitizers' shadow memory and quarantine more than ours.
# handle_segv=0: the crash-isolation tests load a plugin that raises SIGSEGV on purpose and
# check that the host names the signal; the sanitizers' own handler would turn it into an exit.
tested=$SECONDS
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:handle_segv=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:handle_segv=0 \
  ctest --test-dir "$build" --output-on-failure --parallel "$jobs" \
  -E "browser|dask|consumer|memory does not grow" "$@"
echo "sanitize: tests took $((SECONDS - tested)) s"

if ((${FUZZ_SECONDS:-10} > 0)); then
  "$root/scripts/fuzz.sh" "${FUZZ_SECONDS:-10}"
fi
echo "sanitize: $((SECONDS - started)) s in all"
