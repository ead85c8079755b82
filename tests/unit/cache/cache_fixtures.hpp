// Shared helpers for the cache tests: a full aspect result and a scratch cache folder.
#pragma once

#include "model/result.hpp"

#include <catch2/catch.hpp>

#include <cstring>

#include <filesystem>
#include <random>
#include <string>

namespace aspectdiff::cache::testing {

// A result with every field set, including per-sentence values and awkward bytes.
inline model::AspectResult full_result() {
  model::AspectResult r;
  r.aspect = "sentiment";
  r.status = model::ResultStatus::ok;
  r.error = "";
  model::Metric m;
  m.name = "tone";
  m.label = "Overall tone";
  m.value = -0.125;
  m.kind = model::MetricKind::score;
  m.evidence = {{0, 12}, {40, 97}};
  m.sentence_values = {0.5, -0.25, 1e-300, -0.0};
  m.sentence_index = {0, 3, 4, 9};
  r.metrics.push_back(m);
  model::Metric rate;
  rate.name = "hedges";
  rate.kind = model::MetricKind::rate;
  rate.value = 12.5;
  r.metrics.push_back(rate);
  model::Item item;
  item.key = "putin";
  item.label = "Vladimir Putin";
  item.category = "person";
  item.weight = 0.75;
  item.count = 1ULL << 40;
  item.attributes = {{"role", "president"}, {"bytes", std::string("a\0b\xff", 4)}};
  item.evidence = {{100, 105}};
  r.items.push_back(item);
  r.items.push_back(model::Item{});
  r.notes = {"ran without actors", "\xe2\x80\x94 note"};
  r.provenance = {"sentiment", "1.2.3", 1, 0, "0123456789abcdef0123456789abcdef"};
  return r;
}

// A fresh, empty folder under the system's temporary directory, removed afterwards.
class ScratchDir {
public:
  ScratchDir() {
    std::random_device seed;
    path_ = std::filesystem::temp_directory_path() /
            ("aspectdiff-cache-test-" + std::to_string(seed()) + std::to_string(seed()));
    std::filesystem::remove_all(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir &) = delete;
  ScratchDir &operator=(const ScratchDir &) = delete;
  const std::filesystem::path &path() const { return path_; }

private:
  std::filesystem::path path_;
};

inline bool same_spans(const std::vector<model::Span> &x, const std::vector<model::Span> &y) {
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x[i].begin != y[i].begin || x[i].end != y[i].end) return false;
  return true;
}

// Field-by-field equality of two results (doubles bit for bit), as Catch2 checks.
inline void require_same_result(const model::AspectResult &x, const model::AspectResult &y) {
  REQUIRE(x.aspect == y.aspect);
  REQUIRE(x.status == y.status);
  REQUIRE(x.error == y.error);
  REQUIRE(x.metrics.size() == y.metrics.size());
  for (std::size_t i = 0; i < x.metrics.size(); ++i) {
    const auto &a = x.metrics[i];
    const auto &b = y.metrics[i];
    CHECK(a.name == b.name);
    CHECK(a.label == b.label);
    CHECK(std::memcmp(&a.value, &b.value, sizeof a.value) == 0);
    CHECK(a.kind == b.kind);
    CHECK(same_spans(a.evidence, b.evidence));
    REQUIRE(a.sentence_values.size() == b.sentence_values.size());
    for (std::size_t v = 0; v < a.sentence_values.size(); ++v)
      CHECK(std::memcmp(&a.sentence_values[v], &b.sentence_values[v], sizeof(double)) == 0);
    CHECK(a.sentence_index == b.sentence_index);
  }
  REQUIRE(x.items.size() == y.items.size());
  for (std::size_t i = 0; i < x.items.size(); ++i) {
    const auto &a = x.items[i];
    const auto &b = y.items[i];
    CHECK(a.key == b.key);
    CHECK(a.label == b.label);
    CHECK(a.category == b.category);
    CHECK(a.weight == b.weight);
    CHECK(a.count == b.count);
    CHECK(a.attributes == b.attributes);
    CHECK(same_spans(a.evidence, b.evidence));
  }
  CHECK(x.notes == y.notes);
  CHECK(x.provenance.plugin == y.provenance.plugin);
  CHECK(x.provenance.version == y.provenance.version);
  CHECK(x.provenance.abi_major == y.provenance.abi_major);
  CHECK(x.provenance.abi_minor == y.provenance.abi_minor);
  CHECK(x.provenance.config_hash == y.provenance.config_hash);
}

} // namespace aspectdiff::cache::testing
