// What one plugin produced for one document, in the host's own types (copied out of the sink
// callbacks), and the results of one document across aspects.
#pragma once

#include <aspectdiff/abi.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace aspectdiff::model {

using Span = aspectdiff_span;

enum class MetricKind { score, rate, count, proportion, value };

const char *to_string(MetricKind kind) noexcept;
std::optional<MetricKind> metric_kind_from(std::string_view name) noexcept;

struct Metric {
  std::string name;
  std::string label;
  double value = 0.0;
  MetricKind kind = MetricKind::value;
  std::vector<Span> evidence;
  std::vector<double> sentence_values; // optional per-sentence values behind the metric
  std::vector<std::uint32_t>
      sentence_index; // sentence of each value; empty = value i is sentence i
};

struct Item {
  std::string key;
  std::string label;
  std::string category;
  double weight = 0.0;
  std::uint64_t count = 0;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<Span> evidence;

  const std::string *attribute(std::string_view name) const noexcept;
};

struct Provenance {
  std::string plugin;
  std::string version;
  std::uint32_t abi_major = 0;
  std::uint32_t abi_minor = 0;
  std::string config_hash; // XXH3-128 of resolved configuration and data bytes, 32 hex digits
};

enum class ResultStatus {
  ok,      // the plugin ran and produced this result
  failed,  // the plugin reported an error, or a required aspect failed
  unscored // the document's language is one the plugin does not handle
};

const char *to_string(ResultStatus status) noexcept;

struct AspectResult {
  std::string aspect;
  ResultStatus status = ResultStatus::ok;
  std::string error; // why it failed or was not scored
  std::vector<Metric> metrics;
  std::vector<Item> items;
  std::vector<std::string> notes;
  Provenance provenance;
  bool from_cache = false;

  const Metric *metric(std::string_view name) const noexcept;
};

// All aspects of one document, in plan order.
struct DocumentResult {
  std::string document_id;
  std::vector<AspectResult> aspects;

  const AspectResult *aspect(std::string_view name) const noexcept;
  bool any_failed() const noexcept;
};

} // namespace aspectdiff::model
