#!/usr/bin/env bash
# The benchmark of record: aspectdiff end to end, as a user runs it, on article-sized documents.
#
#   bench/end_to_end.sh [--megabytes N] [--jobs N] [--build DIR] [--work DIR] [--keep]
#                       [--large MB]
#
# Builds an article-like JSON Lines corpus (about 2.6 KB per article, generated from the
# samples' sentences by bench/batch/make_corpus.py), then times, under /usr/bin/time -v, with
# every built-in aspect on and no result cache:
#   extract  --format jsonl       over the whole corpus (then with --detail metrics, and
#                                 written compressed to a .zst file)
#   compare  --format json        samples/essay.txt against the first 200 articles
#   batch                         the whole corpus against samples/essay.txt, then the same
#                                 job with compress = "zstd" (results.jsonl.zst)
# and prints for each: seconds, MB/s and documents/s of input, output size over input size,
# and peak resident memory. When VADER's Python package (vaderSentiment) is importable, it
# scores the same documents' text in the same run and the extract/VADER throughput ratio is
# printed; otherwise the output says it was not installed.
# --large MB then runs extract --format jsonl over a generated corpus of MB megabytes (output
# counted and discarded), to show that peak memory does not grow with the input.
# Public tools only: bash, python3 (standard library), GNU time.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
megabytes=4
jobs=1
build="$root/build"
work=""
keep=0
large=0
while [[ $# -gt 0 ]]; do
  case "$1" in
  --megabytes) megabytes=$2; shift 2 ;;
  --jobs) jobs=$2; shift 2 ;;
  --build) build=$2; shift 2 ;;
  --work) work=$2; shift 2 ;;
  --keep) keep=1; shift ;;
  --large) large=$2; shift 2 ;;
  *) echo "usage: $0 [--megabytes N] [--jobs N] [--build DIR] [--work DIR] [--keep] [--large MB]" >&2; exit 2 ;;
  esac
done

bin="$build/bin/aspectdiff"
[[ -x "$bin" ]] || bin="$build/aspectdiff"
[[ -x "$bin" ]] || { echo "no aspectdiff binary under $build (build first)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }

if [[ -z "$work" ]]; then work=$(mktemp -d); fi
mkdir -p "$work"
if [[ $keep -eq 0 ]]; then trap 'rm -rf "$work"' EXIT; fi

corpus="$work/corpus.jsonl"
python3 "$root/bench/batch/make_corpus.py" "$corpus" --megabytes "$megabytes" 2>/dev/null
head -n 200 "$corpus" >"$work/compare-200.jsonl"
documents=$(wc -l <"$corpus")
# Input size is the documents' text, not the JSON Lines wrapping around it.
text_bytes() {
  python3 -c 'import json, sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8")))' "$1"
}
input_bytes=$(text_bytes "$corpus")
compare_bytes=$(($(text_bytes "$work/compare-200.jsonl") + $(wc -c <"$root/samples/essay.txt")))

echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; $(uname -sr)"
echo "aspectdiff: $("$bin" --version 2>/dev/null || echo unknown); threads: $jobs"
printf 'corpus: %d articles, %.2f MB of text (%.0f bytes per article)\n\n' "$documents" \
  "$(echo "$input_bytes / 1000000" | bc -l)" "$(echo "$input_bytes / $documents" | bc -l)"

# Runs "$@" under GNU time; sets seconds (wall clock), cpu (user + system seconds) and rss_mb.
# On a busy machine the wall clock includes waiting for a core; CPU seconds do not.
timed() {
  local log="$work/time.log"
  /usr/bin/time -v "$@" 2>"$log" || { tail -20 "$log" >&2; return 1; }
  local wall
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
  seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  rss_mb=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$log")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$log")
}

report() { # name input_bytes docs output_bytes
  printf '%-28s %7.2f s wall %7.2f s CPU %7.2f MB/s %8.1f docs/s (per CPU s)  output %6.2f x input  peak RSS %5s MB\n' \
    "$1" "$seconds" "$cpu" "$(echo "$2 / 1000000 / $cpu" | bc -l)" "$(echo "$3 / $cpu" | bc -l)" \
    "$(echo "$4 / $2" | bc -l)" "$rss_mb"
}

common=(--no-cache --jobs "$jobs" --quiet)

timed "$bin" extract "${common[@]}" --format jsonl --output "$work/extract.jsonl" "$corpus"
extract_cpu=$cpu
report "extract --format jsonl" "$input_bytes" "$documents" "$(wc -c <"$work/extract.jsonl")"

# The same, lighter (--detail metrics: no items), and compressed as it is written (-o FILE.zst);
# builds from before schema aspectdiff/3 have neither.
if "$bin" extract --help 2>/dev/null | grep -q -- '--detail'; then
  timed "$bin" extract "${common[@]}" --format jsonl --detail metrics \
    --output "$work/extract-metrics.jsonl" "$corpus"
  report "extract --detail metrics" "$input_bytes" "$documents" \
    "$(wc -c <"$work/extract-metrics.jsonl")"
  timed "$bin" extract "${common[@]}" --format jsonl --output "$work/extract.jsonl.zst" "$corpus"
  report "extract -o FILE.jsonl.zst" "$input_bytes" "$documents" \
    "$(wc -c <"$work/extract.jsonl.zst")"
fi

timed "$bin" compare "${common[@]}" --format json --output "$work/compare.json" \
  "$root/samples/essay.txt" "$work/compare-200.jsonl"
report "compare essay vs 200 (json)" "$compare_bytes" 201 "$(wc -c <"$work/compare.json")"

cat >"$work/job.toml" <<EOF
[batch]
inputs = ["$corpus"]
references = ["$root/samples/essay.txt"]
output = "$work/batch"
EOF
rm -rf "$work/batch"
timed "$bin" batch --jobs "$jobs" --quiet "$work/job.toml"
batch_out=$(du -cb "$work"/batch/results.jsonl* 2>/dev/null | tail -1 | cut -f1)
report "batch" "$input_bytes" "$documents" "${batch_out:-0}"

# The same job with its results compressed (results.jsonl.zst).
echo 'compress = "zstd"' >>"$work/job.toml"
sed -i "s|^output = .*|output = \"$work/batch-zstd\"|" "$work/job.toml"
rm -rf "$work/batch-zstd"
timed "$bin" batch --jobs "$jobs" --quiet "$work/job.toml"
report "batch, compress = zstd" "$input_bytes" "$documents" \
  "$(wc -c <"$work/batch-zstd/results.jsonl.zst")"

echo
if python3 -c 'import vaderSentiment' 2>/dev/null; then
  timed python3 -c 'import json, sys
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
analyzer = SentimentIntensityAnalyzer()
for line in open(sys.argv[1], encoding="utf-8"):
    analyzer.polarity_scores(json.loads(line)["text"])' "$corpus"
  report "VADER-py (sentiment only)" "$input_bytes" "$documents" 0
  printf 'extract (every aspect) / VADER-py (one aspect), CPU seconds: %.2fx\n' \
    "$(echo "$cpu / $extract_cpu" | bc -l)"
else
  echo "VADER-py: not installed (python3 cannot import vaderSentiment; it is not a Debian" \
    "package), so no side-by-side ratio was measured"
fi

if [[ $large != 0 ]]; then
  big="$work/large.jsonl"
  python3 "$root/bench/batch/make_corpus.py" "$big" --megabytes "$large" 2>/dev/null
  big_docs=$(wc -l <"$big")
  big_bytes=$(text_bytes "$big")
  timed bash -c '"$1" extract --no-cache --quiet --jobs "$2" --format jsonl "$3" | wc -c >"$4"' \
    _ "$bin" "$jobs" "$big" "$work/large.bytes"
  echo
  report "extract, ${large} MB corpus" "$big_bytes" "$big_docs" "$(cat "$work/large.bytes")"
  rm -f "$big"
fi
