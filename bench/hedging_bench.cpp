// Hedging plugin throughput after segmentation, one thread, loaded through the engine's loader
// as the host loads it: a generated 24 MB corpus, and the reference essay repeated to 21 MB
// (real commentary, with its real density of cues).
#include "corpus.hpp"

#include "../tests/support/plugin_harness.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

namespace {

const aspectdiff::model::Document &generated() {
  static const auto doc =
      aspectdiff::testing::make_document(aspectdiff::bench::make_corpus(24u << 20), "generated");
  return doc;
}

const aspectdiff::model::Document &essays() {
  static const auto doc =
      aspectdiff::testing::make_document(aspectdiff::bench::essay_corpus(21u << 20), "essays");
  return doc;
}

void run(benchmark::State &state, const aspectdiff::model::Document &doc) {
  const auto &instance = aspectdiff::testing::plugin_instance("hedging");
  std::size_t cues = 0;
  for (auto _ : state) {
    const auto result = instance.extract(doc, {});
    if (result.status != aspectdiff::model::ResultStatus::ok) {
      state.SkipWithError(result.error.c_str());
      return;
    }
    cues = 0;
    for (const auto &item : result.items)
      if (item.key.rfind("cue:", 0) == 0) cues += item.evidence.size();
    benchmark::DoNotOptimize(cues);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(doc.text.size()));
  state.counters["cues"] = static_cast<double>(cues);
  state.counters["words"] = static_cast<double>(doc.word_count);
}

void BM_hedging_generated(benchmark::State &state) {
  run(state, generated());
}
void BM_hedging_essays(benchmark::State &state) {
  run(state, essays());
}

BENCHMARK(BM_hedging_generated)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_hedging_essays)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
