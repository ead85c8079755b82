// Actors plugin throughput after segmentation, one thread, loaded through the engine's loader as
// the host loads it: a generated 24 MB corpus as one document and as 4,000 news-sized ones, and
// the reference essay repeated to 21 MB (real commentary, with its real density of names).
// Each runs with the trained name tagger (the default) and with the rules alone
// ("rules_only", tagger = false), to show what the tagger costs.
#include "corpus.hpp"

#include "../tests/support/plugin_harness.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <vector>

namespace {

using aspectdiff::model::Document;

const Document &generated() {
  static const auto doc =
      aspectdiff::testing::make_document(aspectdiff::bench::make_corpus(24u << 20), "generated");
  return doc;
}

// The same generated text cut at paragraph breaks into documents of about 6 KB.
const std::vector<Document> &articles() {
  static const auto docs = [] {
    const std::string text = aspectdiff::bench::make_corpus(24u << 20, 7);
    std::vector<Document> out;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find("\n\n", std::min(text.size(), start + 6000));
      if (end == std::string::npos) end = text.size();
      out.push_back(aspectdiff::testing::make_document(text.substr(start, end - start),
                                                       "article" + std::to_string(out.size())));
      start = end + 2;
    }
    return out;
  }();
  return docs;
}

const Document &essays() {
  static const auto doc =
      aspectdiff::testing::make_document(aspectdiff::bench::essay_corpus(21u << 20), "essays");
  return doc;
}

bool extract(benchmark::State &state, const Document &doc, std::size_t &actors,
             const char *config) {
  const auto result = aspectdiff::testing::plugin_instance("actors", config).extract(doc, {});
  if (result.status != aspectdiff::model::ResultStatus::ok) {
    state.SkipWithError(result.error.c_str());
    return false;
  }
  actors += result.items.size();
  return true;
}

void run_one(benchmark::State &state, const Document &doc, const char *config) {
  std::size_t actors = 0;
  for (auto _ : state) {
    actors = 0;
    if (!extract(state, doc, actors, config)) return;
    benchmark::DoNotOptimize(actors);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(doc.text.size()));
  state.counters["actors"] = static_cast<double>(actors);
}

void BM_actors_generated(benchmark::State &state, const char *config) {
  run_one(state, generated(), config);
}
void BM_actors_essays(benchmark::State &state, const char *config) {
  run_one(state, essays(), config);
}

void BM_actors_articles(benchmark::State &state, const char *config) {
  const auto &docs = articles();
  std::int64_t bytes = 0;
  for (const auto &d : docs)
    bytes += static_cast<std::int64_t>(d.text.size());
  std::size_t actors = 0;
  for (auto _ : state) {
    actors = 0;
    for (const auto &d : docs)
      if (!extract(state, d, actors, config)) return;
    benchmark::DoNotOptimize(actors);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * bytes);
  state.counters["documents"] = static_cast<double>(docs.size());
  state.counters["actors_per_document"] =
      static_cast<double>(actors) / static_cast<double>(docs.size());
}

BENCHMARK_CAPTURE(BM_actors_generated, tagger, "")->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(BM_actors_articles, tagger, "")->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(BM_actors_essays, tagger, "")->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(BM_actors_generated, rules_only, "tagger = false")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);
BENCHMARK_CAPTURE(BM_actors_articles, rules_only, "tagger = false")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);
BENCHMARK_CAPTURE(BM_actors_essays, rules_only, "tagger = false")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
