// Ranking documents by how unlike one reference each is.
#pragma once

#include "model/comparison.hpp"

#include <vector>

namespace aspectdiff::compare {

// One entry per comparison (the reference against each document), most alike first. The order
// uses the same strengths as each pair's ranking of differences: a pair's `difference` is
// pair_difference (difference_ranking.hpp), the sum over aspects of each aspect's strongest
// difference, so a piece that differs clearly in stance and themes ranks below one that differs
// only in sentence length. Comparisons that were never ranked count as difference 0. Equal
// differences fall back to the overall similarity (higher first), then keep the input order.
// Each entry lists the similarity of every comparable aspect, in the comparison's aspect order.
std::vector<model::RankEntry> rank(const std::vector<model::Comparison> &comparisons);

// The two halves of rank(), for a caller that streams comparisons out and keeps only their
// entries: one comparison's entry, and the ranking order over entries in input order.
model::RankEntry rank_entry(const model::Comparison &comparison);
void order_ranking(std::vector<model::RankEntry> &entries);

} // namespace aspectdiff::compare
