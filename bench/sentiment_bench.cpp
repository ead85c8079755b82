// Sentiment plugin throughput after segmentation, one thread, loaded through the engine's loader
// as the host loads it: a generated 24 MB corpus, and the reference essay repeated to 21 MB
// (real commentary, with its real density of sentiment words); and the essays again with the
// actors plugin's result as input, so the stance toward every actor mention is scored too (the
// actors plugin runs once, before timing).
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

const aspectdiff::model::AspectResult &essay_actors() {
  static const auto result = aspectdiff::testing::plugin_instance("actors").extract(essays(), {});
  return result;
}

void run(benchmark::State &state, const aspectdiff::model::Document &doc,
         const aspectdiff::model::AspectResult *actors = nullptr) {
  const auto &instance = aspectdiff::testing::plugin_instance("sentiment");
  std::vector<const aspectdiff::model::AspectResult *> inputs;
  if (actors != nullptr) inputs.push_back(actors);
  double score = 0.0;
  for (auto _ : state) {
    const auto result = instance.extract(doc, inputs);
    if (result.status != aspectdiff::model::ResultStatus::ok) {
      state.SkipWithError(result.error.c_str());
      return;
    }
    const auto *metric = result.metric("score");
    score = metric != nullptr ? metric->value : 0.0;
    benchmark::DoNotOptimize(score);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(doc.text.size()));
  state.counters["score"] = score;
  state.counters["sentences"] = static_cast<double>(doc.sentences.size());
}

void BM_sentiment_generated(benchmark::State &state) {
  run(state, generated());
}
void BM_sentiment_essays(benchmark::State &state) {
  run(state, essays());
}
void BM_sentiment_essays_with_actors(benchmark::State &state) {
  const auto &actors = essay_actors();
  if (actors.status != aspectdiff::model::ResultStatus::ok) {
    state.SkipWithError(actors.error.c_str());
    return;
  }
  std::size_t mentions = 0;
  for (const auto &item : actors.items)
    mentions += item.evidence.size();
  state.counters["mentions"] = static_cast<double>(mentions);
  run(state, essays(), &actors);
}

BENCHMARK(BM_sentiment_generated)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_sentiment_essays)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_sentiment_essays_with_actors)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
