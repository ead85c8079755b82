// The comparison of two documents, aspect by aspect, and a ranking of many against one.
#pragma once

#include "model/result.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::model {

// A 95% interval for a difference b - a, from a bootstrap over per-sentence values.
struct Interval {
  double low = 0.0;
  double high = 0.0;
  bool distinguishable = false; // false when the interval contains 0: not told apart from noise
};

struct MetricDelta {
  std::string name;
  std::string label;
  MetricKind kind = MetricKind::value;
  double a = 0.0;
  double b = 0.0;
  double delta = 0.0; // b - a
  std::optional<Interval> interval;
  std::vector<Span> evidence_a;
  std::vector<Span> evidence_b;
};

// An item present in A, in B, or both.
struct ItemDiff {
  std::string key;
  std::string label;
  std::string category;
  double weight_a = 0.0; // 0 when absent
  double weight_b = 0.0;
  std::uint64_t count_a = 0;
  std::uint64_t count_b = 0;
  bool in_a = false;
  bool in_b = false;
  std::vector<Span> evidence_a;
  std::vector<Span> evidence_b;
};

// A difference a plugin's own comparison wants a reader to see.
struct Finding {
  std::string key;
  std::string label;
  std::string category;
  double value_a = 0.0;
  double value_b = 0.0;
  double magnitude = 0.0;
  std::vector<Span> evidence_a;
  std::vector<Span> evidence_b;
};

struct AspectComparison {
  std::string aspect;
  bool comparable = true;  // false when either side failed or was unscored
  std::string why_not;     // set when !comparable
  double similarity = 0.0; // in [0, 1]
  std::vector<MetricDelta> metrics;
  std::vector<ItemDiff> only_a;
  std::vector<ItemDiff> only_b;
  std::vector<ItemDiff> shared; // sorted by |weight_b - weight_a|, largest first
  std::vector<Finding> findings;
};

struct Comparison {
  std::string a_id;
  std::string b_id;
  double overall = 0.0; // weighted mean of comparable aspects' similarities
  std::vector<AspectComparison> aspects;
};

struct RankEntry {
  std::string document_id;
  double overall = 0.0;
  std::vector<std::pair<std::string, double>> per_aspect;
};

} // namespace aspectdiff::model
