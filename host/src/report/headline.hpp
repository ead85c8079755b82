// The few differences a reader should see first for one pair of documents, chosen the same way
// for every output (terminal, Markdown, HTML) and for any plugin, built in or not.
#pragma once

#include "model/comparison.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace aspectdiff::report {

struct HeadlineDifference {
  std::string aspect;
  std::string text; // the plugin's own plain-words label, or one made from a metric delta
  double aspect_similarity = 0.0;
  const std::vector<model::Span> *evidence_a = nullptr; // owned by the comparison
  const std::vector<model::Span> *evidence_b = nullptr;
};

// Up to `count` differences, at most one per aspect, from the aspects that differ most (lowest
// similarity) first. An aspect contributes its plugin's first finding that carries evidence,
// else its metric delta with the widest interval clear of zero, else nothing. Findings of
// category "overview" are summaries, not differences, and are skipped.
std::vector<HeadlineDifference> headline_differences(const model::Comparison &comparison,
                                                     std::size_t count = 3);

} // namespace aspectdiff::report
