// Writing an aspect result, and reading the results of aspects a plugin requires.
#pragma once

#include <aspectdiff/abi.h>
#include <aspectdiff/sdk/document.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aspectdiff::sdk {

enum class MetricKind : std::int32_t {
  score = ASPECTDIFF_METRIC_SCORE,
  rate = ASPECTDIFF_METRIC_RATE,
  count = ASPECTDIFF_METRIC_COUNT,
  proportion = ASPECTDIFF_METRIC_PROPORTION,
  value = ASPECTDIFF_METRIC_VALUE
};

struct Metric {
  std::string_view name;
  double value = 0.0;
  MetricKind kind = MetricKind::value;
  std::string_view label = {};
  std::span<const Span> evidence = {};
  std::span<const double> sentence_values = {};       // optional
  std::span<const std::uint32_t> sentence_index = {}; // optional; empty = value i is sentence i
};

struct Attribute {
  std::string_view key;
  std::string_view value;
};

struct Item {
  std::string_view key;
  std::string_view label;
  std::string_view category;
  double weight = 0.0;
  std::uint64_t count = 0;
  std::span<const Attribute> attributes = {};
  std::span<const Span> evidence = {};
};

// Where extract() writes. The host copies each call's data before it returns.
class ResultWriter {
public:
  explicit ResultWriter(const aspectdiff_result_sink &sink) noexcept : sink_(sink) {}

  void metric(const Metric &m) const {
    aspectdiff_metric c{};
    c.struct_size = sizeof c;
    c.name = c_str(m.name);
    c.label = c_str(m.label);
    c.value = m.value;
    c.kind = static_cast<std::int32_t>(m.kind);
    c.evidence = m.evidence.data();
    c.evidence_count = m.evidence.size();
    c.sentence_values = m.sentence_values.data();
    c.sentence_index = m.sentence_index.empty() ? nullptr : m.sentence_index.data();
    c.sentence_value_count = m.sentence_values.size();
    sink_.metric(sink_.context, &c);
  }

  void item(const Item &it) const {
    // Most items carry a handful of attributes: those stay on the stack, since plugins write
    // thousands of items per document. Left uninitialised: only the first entries are written
    // and only those are passed on.
    constexpr std::size_t on_stack = 16;
    std::array<aspectdiff_attribute, on_stack> small;
    std::vector<aspectdiff_attribute> large;
    aspectdiff_attribute *attrs = small.data();
    if (it.attributes.size() > on_stack) {
      large.resize(it.attributes.size());
      attrs = large.data();
    }
    for (std::size_t i = 0; i < it.attributes.size(); ++i)
      attrs[i] = {c_str(it.attributes[i].key), c_str(it.attributes[i].value)};
    aspectdiff_item c{};
    c.struct_size = sizeof c;
    c.key = c_str(it.key);
    c.label = c_str(it.label);
    c.category = c_str(it.category);
    c.weight = it.weight;
    c.count = it.count;
    c.attributes = attrs;
    c.attribute_count = it.attributes.size();
    c.evidence = it.evidence.data();
    c.evidence_count = it.evidence.size();
    sink_.item(sink_.context, &c);
  }

  void note(std::string_view message) const {
    if (sink_.note) sink_.note(sink_.context, c_str(message));
  }

private:
  const aspectdiff_result_sink &sink_;
};

// Read-only access to a finished result of another aspect.
class ResultView {
public:
  explicit ResultView(const aspectdiff_result_view &r) noexcept : r_(r) {}
  std::string_view aspect() const noexcept { return view(r_.aspect); }
  std::string_view plugin() const noexcept { return view(r_.plugin); }
  std::span<const aspectdiff_metric> metrics() const noexcept {
    return {r_.metrics, r_.metric_count};
  }
  std::span<const aspectdiff_item> items() const noexcept { return {r_.items, r_.item_count}; }
  std::optional<double> metric(std::string_view name) const noexcept {
    for (const auto &m : metrics())
      if (view(m.name) == name) return m.value;
    return std::nullopt;
  }
  static std::span<const Span> evidence(const aspectdiff_item &it) noexcept {
    return {it.evidence, it.evidence_count};
  }
  static std::string_view attribute(const aspectdiff_item &it, std::string_view key) noexcept {
    for (std::size_t i = 0; i < it.attribute_count; ++i)
      if (view(it.attributes[i].key) == key) return view(it.attributes[i].value);
    return {};
  }

private:
  const aspectdiff_result_view &r_;
};

// The results of the aspects this plugin declared it requires (absent ones are simply missing:
// a plugin should fall back and say so in a note).
class Inputs {
public:
  Inputs(const aspectdiff_result_view *views, std::size_t count) noexcept : views_(views, count) {}
  std::optional<ResultView> find(std::string_view aspect) const noexcept {
    for (const auto &v : views_)
      if (view(v.aspect) == aspect) return ResultView(v);
    return std::nullopt;
  }

private:
  std::span<const aspectdiff_result_view> views_;
};

// Where a plugin's own compare() writes.
struct Finding {
  std::string_view key;
  std::string_view label;
  std::string_view category;
  double value_a = 0.0;
  double value_b = 0.0;
  double magnitude = 0.0; // z-like: the difference over its standard error
  std::span<const Span> evidence_a = {};
  std::span<const Span> evidence_b = {};
  double coverage = -1.0; // share of the documents concerned, 0..1; negative: unknown
};

class CompareWriter {
public:
  explicit CompareWriter(const aspectdiff_compare_sink &sink) noexcept : sink_(sink) {}
  void similarity(double s) const { sink_.similarity(sink_.context, s); }
  // True when the host keeps only the similarity: findings (and their bootstrap intervals)
  // need not be computed. The similarity must not depend on this.
  bool similarity_only() const noexcept {
    return sink_.struct_size >=
               offsetof(aspectdiff_compare_sink, similarity_only) + sizeof sink_.similarity_only &&
           sink_.similarity_only != 0;
  }
  void finding(const Finding &f) const {
    if (similarity_only()) return;
    aspectdiff_finding c{};
    c.struct_size = sizeof c;
    c.key = c_str(f.key);
    c.label = c_str(f.label);
    c.category = c_str(f.category);
    c.value_a = f.value_a;
    c.value_b = f.value_b;
    c.magnitude = f.magnitude;
    c.evidence_a = f.evidence_a.data();
    c.evidence_a_count = f.evidence_a.size();
    c.evidence_b = f.evidence_b.data();
    c.evidence_b_count = f.evidence_b.size();
    c.coverage = f.coverage;
    sink_.finding(sink_.context, &c);
  }

private:
  const aspectdiff_compare_sink &sink_;
};

} // namespace aspectdiff::sdk
