#include "compare/rank.hpp"

#include <algorithm>
#include <cmath>

namespace aspectdiff::compare {

std::vector<model::RankEntry> rank(const std::vector<model::Comparison> &comparisons) {
  std::vector<model::RankEntry> entries;
  entries.reserve(comparisons.size());
  for (const auto &comparison : comparisons) {
    model::RankEntry entry;
    entry.document_id = comparison.b_id;
    entry.overall = comparison.overall;
    for (const auto &aspect : comparison.aspects)
      if (aspect.comparable) entry.per_aspect.emplace_back(aspect.aspect, aspect.similarity);
    entries.push_back(std::move(entry));
  }
  // A NaN overall would break the strict ordering stable_sort needs: it ranks last.
  auto key = [](const model::RankEntry &e) { return std::isnan(e.overall) ? -1.0 : e.overall; };
  std::stable_sort(
      entries.begin(), entries.end(),
      [&](const model::RankEntry &x, const model::RankEntry &y) { return key(x) > key(y); });
  return entries;
}

} // namespace aspectdiff::compare
