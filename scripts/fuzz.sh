#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with Clang (ASan + UBSan) into build-fuzz/ and runs
# each for SECONDS (default 60), starting from seed corpora made from the samples and the
# plugins' README files. Corpora grow in build-fuzz/corpus/<target>; a crash leaves
# build-fuzz/crash-* and makes the script fail. FUZZ_RUNS=N stops a target after N executions
# if that comes before SECONDS. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FUZZ_BUILD_DIR:-"$root/build-fuzz"}
seconds=${1:-60}
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(fuzz_ingest fuzz_segment fuzz_config fuzz_decoders fuzz_result_collector)
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DASPECTDIFF_FUZZ=ON -DASPECTDIFF_BUILD_TESTS=OFF \
  -DASPECTDIFF_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Seeds: real documents for the text targets, real configuration for the TOML target.
seed() {
  local dir="$build/corpus/$1"
  mkdir -p "$dir"
  case $1 in
  fuzz_ingest)
    local i=0
    for f in "$root"/samples/essay.txt "$root"/samples/commentary/*.txt "$root"/plugins/*/README.md; do
      for kind in 0 1 2; do
        { printf "\\x$(printf %02x $kind)"; head -c 4096 "$f"; } >"$dir/seed-$i"
        i=$((i + 1))
      done
    done
    printf '\x03{"id":"a","text":"One. Two."}\n{"id":2,"text":"x","title":null}\n' >"$dir/seed-jsonl"
    ;;
  fuzz_segment)
    for f in "$root"/samples/essay.txt "$root"/samples/commentary/*.txt; do
      head -c 4096 "$f" >"$dir/$(basename "$f")"
    done
    ;;
  fuzz_config)
    cp "$root"/samples/aspectdiff.toml "$root"/samples/batch/job.toml "$dir/"
    ;;
  *) ;; # the binary decoders start from nothing: libFuzzer finds the formats' structure
  esac
}

limits=(-max_total_time="$seconds")
[[ -n ${FUZZ_RUNS:-} ]] && limits+=(-runs="$FUZZ_RUNS")

status=0
for target in "${targets[@]}"; do
  seed "$target"
  echo "== $target for ${seconds}s${FUZZ_RUNS:+ or $FUZZ_RUNS runs}"
  if ! (cd "$build" && "$build/bin/$target" "${limits[@]}" -print_final_stats=1 \
    -max_len=65536 -rss_limit_mb=4096 "$build/corpus/$target" 2>"$build/$target.log"); then
    status=1
    echo "$target: FAILED (see $build/$target.log and $build/crash-*)" >&2
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^Done' "$build/$target.log" || true
done
exit $status
