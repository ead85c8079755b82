// Choosing evidence: the k highest-ranked candidates, returned in text order.
#pragma once

#include <aspectdiff/sdk/document.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace aspectdiff::plugins::style {

struct Candidate {
  sdk::Span span;
  double rank = 0.0; // higher is stronger evidence
};

// The `limit` candidates of highest rank (earlier ones first among equals), in text order.
inline std::vector<sdk::Span> strongest(std::vector<Candidate> candidates, std::size_t limit) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate &a, const Candidate &b) { return a.rank > b.rank; });
  if (candidates.size() > limit) candidates.resize(limit);
  std::vector<sdk::Span> spans;
  spans.reserve(candidates.size());
  for (const auto &c : candidates)
    spans.push_back(c.span);
  std::sort(spans.begin(), spans.end(), [](const sdk::Span &a, const sdk::Span &b) {
    return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
  });
  return spans;
}

// The first `limit` spans (already in text order).
inline std::vector<sdk::Span> first(const std::vector<sdk::Span> &spans, std::size_t limit) {
  return {spans.begin(),
          spans.begin() + static_cast<std::ptrdiff_t>(std::min(limit, spans.size()))};
}

} // namespace aspectdiff::plugins::style
