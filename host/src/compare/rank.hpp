// Ranking documents by how similar each is to one reference.
#pragma once

#include "model/comparison.hpp"

#include <vector>

namespace aspectdiff::compare {

// One entry per comparison (the reference against each document), most similar first; equal
// overall similarities keep the input order. Each entry lists the similarity of every comparable
// aspect, in the comparison's aspect order.
std::vector<model::RankEntry> rank(const std::vector<model::Comparison> &comparisons);

} // namespace aspectdiff::compare
