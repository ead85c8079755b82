#!/usr/bin/env bash
# Builds aspectdiff and compares the reference essay with every commentary sample: the comparison
# on standard output, and the same as an HTML page in build/report.html.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-"$root/build"}

"$root/scripts/build.sh"
cd "$root"
"$build/bin/aspectdiff" compare --no-cache --report "$build/report.html" \
  samples/essay.txt samples/commentary/*.txt "$@"
