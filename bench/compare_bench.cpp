// Speed of the comparison engine and the result cache: the bootstrap at its default size (with
// the same reference every time, as `compare` has, and with a new one each time), one
// generic aspect comparison of realistic size, and a cache store and load of one result.
#include "cache/result_cache.hpp"
#include "compare/compare.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace aspectdiff;

namespace {

std::vector<double> sample(std::size_t n, double shift, unsigned seed) {
  std::mt19937_64 engine(seed);
  std::uniform_real_distribution<double> uniform(-1.0, 1.0);
  std::vector<double> out(n);
  for (auto &v : out)
    v = uniform(engine) + shift;
  return out;
}

// A result like a themes or actors plugin makes for a 1,000-word text: a few metrics with
// per-sentence values, and `items` items with evidence.
model::AspectResult result(std::size_t items, double shift, unsigned seed) {
  model::AspectResult r;
  r.aspect = "themes";
  for (int m = 0; m < 4; ++m) {
    model::Metric metric;
    metric.name = "metric" + std::to_string(m);
    metric.kind = static_cast<model::MetricKind>(m);
    metric.sentence_values = sample(60, shift, seed + static_cast<unsigned>(m));
    metric.value = metric.sentence_values[0];
    metric.evidence = {{0, 10}, {20, 30}, {40, 50}, {60, 70}};
    r.metrics.push_back(std::move(metric));
  }
  std::mt19937_64 engine(seed);
  for (std::size_t i = 0; i < items; ++i) {
    model::Item item;
    item.key = "key" + std::to_string(engine() % (items * 2));
    item.weight = static_cast<double>(engine() % 1000) / 1000.0;
    item.count = engine() % 20;
    item.evidence = {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}};
    r.items.push_back(std::move(item));
  }
  r.provenance = {"themes", "1.0.0", 1, 0, std::string(32, 'a')};
  return r;
}

void bootstrap_200_sentences(benchmark::State &state) {
  const auto a = sample(200, 0.0, 1);
  const auto b = sample(200, 0.1, 2);
  for (auto _ : state)
    benchmark::DoNotOptimize(compare::bootstrap_mean_difference(a, b, 2000, 0x5eed));
}
BENCHMARK(bootstrap_200_sentences)->Unit(benchmark::kMillisecond);

// The same with side A different at every call, so that none of its resampled means are kept
// (as when the reference itself changes): the cost of both sides.
void bootstrap_200_sentences_new_reference(benchmark::State &state) {
  std::vector<std::vector<double>> references;
  for (unsigned k = 0; k < 100; ++k)
    references.push_back(sample(200, 0.0, 100 + k));
  const auto b = sample(200, 0.1, 2);
  std::size_t next = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(compare::bootstrap_mean_difference(references[next], b, 2000, 0x5eed));
    next = (next + 1) % references.size();
  }
}
BENCHMARK(bootstrap_200_sentences_new_reference)->Unit(benchmark::kMillisecond);

void compare_aspect_with_items(benchmark::State &state) {
  const auto items = static_cast<std::size_t>(state.range(0));
  const auto a = result(items, 0.0, 3);
  const auto b = result(items, 0.2, 4);
  const compare::CompareOptions options;
  for (auto _ : state)
    benchmark::DoNotOptimize(compare::compare_aspect(a, b, options));
}
BENCHMARK(compare_aspect_with_items)->Arg(50)->Arg(1000)->Unit(benchmark::kMillisecond);

void cache_store_and_load(benchmark::State &state) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("aspectdiff-bench-cache-" + std::to_string(::getpid()));
  const cache::ResultCache cache(dir);
  const auto r = result(200, 0.0, 5);
  const std::string key(32, 'c');
  for (auto _ : state) {
    if (!cache.store(key, r)) state.SkipWithError("store failed");
    benchmark::DoNotOptimize(cache.load(key));
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(cache_store_and_load)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
