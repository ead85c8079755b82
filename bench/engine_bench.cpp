// The whole engine, every built-in aspect, one thread, no cache: many short documents (about
// 2 KB each, the size of a news article, where per-document set-up costs show) against one large
// document (20 MB, where they vanish), and the comparison of a 2 KB article with the essay.
// Documents are the sample essay and commentary cut into articles, so every aspect finds what
// it looks for at a realistic density.
#include "corpus.hpp"

#include "config/config.hpp"
#include "engine/engine.hpp"
#include "text/segment.hpp"

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

using namespace aspectdiff;

namespace {

model::Document document(std::string text, std::string id) {
  model::Document doc;
  doc.id = std::move(id);
  doc.format = "text";
  doc.text = std::move(text);
  text::segment(doc);
  doc.language = "en";
  return doc;
}

// The essay corpus cut at paragraph ends into pieces of about `bytes` each.
std::vector<model::Document> articles(std::size_t count, std::size_t bytes) {
  const std::string text = bench::essay_corpus(count * bytes + bytes);
  std::vector<model::Document> out;
  std::size_t begin = 0;
  while (out.size() < count && begin < text.size()) {
    std::size_t end = text.find("\n\n", begin + bytes);
    if (end == std::string::npos) end = text.size();
    out.push_back(
        document(text.substr(begin, end - begin), "article-" + std::to_string(out.size())));
    begin = end + 2;
  }
  return out;
}

const engine::Engine &the_engine() {
  static const config::Config config = config::parse_config_text("", "bench");
  static const engine::Engine engine = [] {
    engine::EngineOptions options;
    options.plugin_dirs = {ASPECTDIFF_TEST_PLUGIN_DIR};
    options.use_cache = false;
    options.jobs = 1;
    return engine::Engine(config, options);
  }();
  return engine;
}

void BM_analyse_2kb_articles(benchmark::State &state) {
  static const auto docs = articles(400, 2048);
  const auto &engine = the_engine();
  std::size_t bytes = 0;
  for (const auto &d : docs)
    bytes += d.text.size();
  for (auto _ : state)
    for (const auto &d : docs)
      benchmark::DoNotOptimize(engine.analyse(d));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_analyse_2kb_articles)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_analyse_20mb_document(benchmark::State &state) {
  static const auto doc = document(bench::essay_corpus(20u << 20), "large");
  const auto &engine = the_engine();
  for (auto _ : state)
    benchmark::DoNotOptimize(engine.analyse(doc));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.text.size()));
}
BENCHMARK(BM_analyse_20mb_document)->Unit(benchmark::kMillisecond)->Iterations(2);

// A full comparison (bootstrap intervals included) of the essay with each of 100 articles,
// results extracted beforehand: the per-pair cost of `compare` against many documents.
void BM_compare_essay_with_2kb_articles(benchmark::State &state) {
  const auto &engine = the_engine();
  static const auto docs = articles(100, 2048);
  static const auto essay = document(bench::essay_corpus(2400).substr(0, 2400), "essay");
  static const auto essay_result = engine.analyse(essay);
  static const auto results = [&] {
    std::vector<model::DocumentResult> out;
    for (const auto &d : docs)
      out.push_back(engine.analyse(d));
    return out;
  }();
  for (auto _ : state)
    for (std::size_t i = 0; i < docs.size(); ++i)
      benchmark::DoNotOptimize(engine.compare(essay, essay_result, docs[i], results[i]));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_compare_essay_with_2kb_articles)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
