// Segmentation throughput on a generated English corpus, one thread: one 24 MB document, and
// the same kind of text as 2 KB articles, each in a new Document as the host reads them (so
// the cost of setting up each document's buffers counts).
#include "corpus.hpp"

#include "model/document.hpp"
#include "text/segment.hpp"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

const std::string &corpus() {
  static const std::string text = aspectdiff::bench::make_corpus(24u << 20);
  return text;
}

// 4,096 articles of a little over 2 KB, 8 MB in all.
const std::vector<std::string> &articles() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> t;
    for (std::uint64_t seed = 1; seed <= 4096; ++seed)
      t.push_back(aspectdiff::bench::make_corpus(2048, seed));
    return t;
  }();
  return texts;
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

void BM_segment_2kb_articles(benchmark::State &state) {
  const auto &texts = articles();
  std::int64_t bytes = 0;
  for (const auto &t : texts)
    bytes += static_cast<std::int64_t>(t.size());
  for (auto _ : state) {
    for (const auto &text : texts) {
      aspectdiff::model::Document doc;
      doc.text = text;
      aspectdiff::text::segment(doc);
      benchmark::DoNotOptimize(doc.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * bytes);
  state.counters["documents"] = static_cast<double>(texts.size());
}
BENCHMARK(BM_segment_2kb_articles)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
