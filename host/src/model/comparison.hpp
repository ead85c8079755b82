// The comparison of two documents, aspect by aspect, and a ranking of many against one.
#pragma once

#include "model/result.hpp"

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::model {

// A 95% interval for a difference b - a, from a bootstrap over per-sentence values.
struct Interval {
  double low = 0.0;
  double high = 0.0;
  // The bootstrap sets it when the interval excludes 0; the ranking then replaces it by the
  // Benjamini-Hochberg decision over all the pair's deltas (see compare/difference_ranking.hpp).
  bool distinguishable = false;
};

constexpr double unknown = std::numeric_limits<double>::quiet_NaN();

// Where one difference stands in its pair's ranking (docs/ranking.md). Rank 1 is the strongest;
// 0 until the comparison is ranked.
struct Standing {
  std::size_t rank = 0;
  double strength = 0.0;  // effect size times coverage weight, >= 0
  double effect = 0.0;    // the z-like effect size before weighting
  double coverage = -1.0; // share of the documents the difference concerns, 0..1; < 0 unknown
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
  double p_value = unknown;    // two-sided, from the interval (normal approximation)
  double p_adjusted = unknown; // Benjamini-Hochberg over the pair's deltas with a p value
  Standing standing{};
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
  double magnitude = 0.0; // z-like effect size from the plugin
  std::vector<Span> evidence_a;
  std::vector<Span> evidence_b;
  double coverage = -1.0; // from the plugin, 0..1; < 0 unknown
  Standing standing{};
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

// One entry of a pair's ranking: a plugin finding, a metric delta, or a finding that states a
// metric delta in words (both indices set; the delta is not ranked a second time).
struct RankedDifference {
  std::size_t aspect = 0;             // index into Comparison::aspects
  std::optional<std::size_t> finding; // index into that aspect's findings
  std::optional<std::size_t> metric;  // index into that aspect's metrics
  double strength = 0.0;
};

struct Comparison {
  std::string a_id;
  std::string b_id;
  double overall = 0.0; // weighted mean of comparable aspects' similarities
  std::vector<AspectComparison> aspects;
  std::vector<RankedDifference> ranked{}; // strongest first; empty until ranked
  double false_discovery_rate = 0.05;     // the Benjamini-Hochberg level the deltas were tested at
};

struct RankEntry {
  std::string document_id;
  double overall = 0.0;
  std::vector<std::pair<std::string, double>> per_aspect;
  // Sum over aspects of each aspect's strongest difference: what orders the ranking.
  double difference = 0.0;
};

} // namespace aspectdiff::model
