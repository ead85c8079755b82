// Segmentation throughput on a generated English corpus of 24 MB, one thread.
#include "corpus.hpp"

#include "model/document.hpp"
#include "text/segment.hpp"

#include <benchmark/benchmark.h>

namespace {

const std::string &corpus() {
  static const std::string text = aspectdiff::bench::make_corpus(24u << 20);
  return text;
}

void BM_segment(benchmark::State &state) {
  const std::string &text = corpus();
  aspectdiff::model::Document doc;
  doc.text = text; // segment() only reads the text, and rewrites everything else each time
  for (auto _ : state) {
    aspectdiff::text::segment(doc);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
  state.counters["tokens"] = static_cast<double>(doc.tokens.size());
  state.counters["sentences"] = static_cast<double>(doc.sentences.size());
}
BENCHMARK(BM_segment)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
