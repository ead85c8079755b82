#include "compare/rank.hpp"

#include "compare/difference_ranking.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aspectdiff::compare {

model::RankEntry rank_entry(const model::Comparison &comparison) {
  model::RankEntry entry;
  entry.document_id = comparison.b_id;
  entry.overall = comparison.overall;
  entry.difference = pair_difference(comparison);
  for (const auto &aspect : comparison.aspects)
    if (aspect.comparable) entry.per_aspect.emplace_back(aspect.aspect, aspect.similarity);
  return entry;
}

std::vector<model::RankEntry> rank(const std::vector<model::Comparison> &comparisons) {
  std::vector<model::RankEntry> entries;
  entries.reserve(comparisons.size());
  for (const auto &comparison : comparisons)
    entries.push_back(rank_entry(comparison));
  order_ranking(entries);
  return entries;
}

void order_ranking(std::vector<model::RankEntry> &entries) {
  // NaN would break the strict ordering stable_sort needs: it ranks last on either key.
  auto difference = [](const model::RankEntry &e) {
    return std::isnan(e.difference) ? std::numeric_limits<double>::infinity() : e.difference;
  };
  auto overall = [](const model::RankEntry &e) { return std::isnan(e.overall) ? -1.0 : e.overall; };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const model::RankEntry &x, const model::RankEntry &y) {
                     if (difference(x) != difference(y)) return difference(x) < difference(y);
                     return overall(x) > overall(y);
                   });
}

} // namespace aspectdiff::compare
