// A pair's differences in the order of its ranking (compare/difference_ranking.hpp), in words,
// the same for every output (terminal, Markdown, HTML, and the story paragraph) and for any
// plugin, built in or not.
#pragma once

#include "model/comparison.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace aspectdiff::report {

struct HeadlineDifference {
  std::size_t rank = 0; // the pair's rank of this difference, 1 = strongest
  std::string aspect;
  std::string text; // the plugin's own plain-words label, or one made from a metric delta
  double strength = 0.0;
  const std::vector<model::Span> *evidence_a = nullptr; // owned by the comparison
  const std::vector<model::Span> *evidence_b = nullptr;
};

// Up to `count` of the pair's ranked differences, strongest first, leaving out those that do
// not stand out: strength 0 (summaries, errors, no effect), and metric deltas (or findings that
// state one) not distinguishable after the Benjamini-Hochberg correction.
std::vector<HeadlineDifference> headline_differences(const model::Comparison &comparison,
                                                     std::size_t count = 3);

// How many of the pair's ranked differences headline_differences could show at most.
std::size_t standing_out_count(const model::Comparison &comparison);

} // namespace aspectdiff::report
