#!/usr/bin/env bash
# Installs missing dependencies, then configures and builds aspectdiff into build/ (or $BUILD_DIR).
# Extra arguments go to CMake's configure step (e.g. -DASPECTDIFF_WERROR=ON).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-"$root/build"}

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
