// Throughput of the themes plugin on one core, loaded through the engine's loader like the
// host does. The corpus is generated English: sentences drawn from the words of the sample
// commentary (so word frequencies and theme cues are those of real commentary), about 8 KB
// per document and at least 20 MB in all, segmented before timing.
#include "../tests/support/plugin_harness.hpp"

#include <benchmark/benchmark.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

std::vector<std::string> sample_words() {
  std::vector<std::string> words;
  const std::filesystem::path dir = ASPECTDIFF_TEST_SOURCE_DIR "/samples";
  std::vector<std::filesystem::path> files{dir / "essay.txt"};
  for (const auto &e : std::filesystem::directory_iterator(dir / "commentary"))
    files.push_back(e.path());
  for (const auto &f : files) {
    std::ifstream in(f);
    std::string w;
    while (in >> w) {
      while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())) && w.back() != '%')
        w.pop_back();
      if (!w.empty()) words.push_back(w);
    }
  }
  if (words.empty()) throw std::runtime_error("no sample text under " + dir.string());
  return words;
}

// 21 MiB unless THEMES_BENCH_MB asks for another size (a small corpus keeps a profiler's run
// short; the figures to report come from the default).
std::size_t corpus_bytes() {
  const char *mb = std::getenv("THEMES_BENCH_MB");
  const long n = mb == nullptr ? 0 : std::strtol(mb, nullptr, 10);
  return static_cast<std::size_t>(n > 0 ? n : 21) << 20;
}

const std::vector<aspectdiff::model::Document> &corpus() {
  static const std::vector<aspectdiff::model::Document> docs = [] {
    const auto words = sample_words();
    std::mt19937_64 rng(20240601);
    std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
    std::uniform_int_distribution<int> length(6, 32);
    std::vector<aspectdiff::model::Document> out;
    std::size_t total = 0;
    const std::size_t target = corpus_bytes();
    while (total < target) {
      std::string text;
      while (text.size() < 8000) {
        for (int s = 0; s < 5; ++s) {
          const int n = length(rng);
          for (int i = 0; i < n; ++i) {
            std::string w = words[pick(rng)];
            if (i == 0) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
            text += w;
            text += i + 1 == n ? ". " : (i % 9 == 8 ? ", " : " ");
          }
        }
        text += "\n\n";
      }
      total += text.size();
      out.push_back(
          aspectdiff::testing::make_document(std::move(text), "doc" + std::to_string(out.size())));
    }
    return out;
  }();
  return docs;
}

void themes_extract(benchmark::State &state) {
  const auto &docs = corpus();
  const auto &instance = aspectdiff::testing::plugin_instance("themes");
  std::size_t bytes = 0;
  for (const auto &d : docs)
    bytes += d.text.size();
  for (auto _ : state) {
    for (const auto &d : docs) {
      auto result = instance.extract(d, {});
      benchmark::DoNotOptimize(result);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes * state.iterations()));
  state.counters["documents"] = static_cast<double>(docs.size());
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

// The same corpus without the learned weights: what the hand-written cues alone cost.
void themes_extract_cues_only(benchmark::State &state) {
  const auto &docs = corpus();
  const auto &instance = aspectdiff::testing::plugin_instance("themes", "learned_weights = false");
  std::size_t bytes = 0;
  for (const auto &d : docs)
    bytes += d.text.size();
  for (auto _ : state) {
    for (const auto &d : docs) {
      auto result = instance.extract(d, {});
      benchmark::DoNotOptimize(result);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes * state.iterations()));
}

} // namespace

// Timed for at least 3 s each, unless THEMES_BENCH_PASSES asks for a fixed number of passes over
// the corpus: a profiler's counts per document then do not depend on how fast it ran.
int main(int argc, char **argv) {
  const char *passes_env = std::getenv("THEMES_BENCH_PASSES");
  const long passes = passes_env == nullptr ? 0 : std::strtol(passes_env, nullptr, 10);
  for (auto *b :
       {benchmark::RegisterBenchmark("themes_extract", themes_extract),
        benchmark::RegisterBenchmark("themes_extract_cues_only", themes_extract_cues_only)}) {
    b->Unit(benchmark::kMillisecond);
    if (passes > 0)
      b->Iterations(passes);
    else
      b->MinTime(3.0);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
