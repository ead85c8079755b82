// Matching two results' items by their canonical key.
#pragma once

#include "model/comparison.hpp"
#include "model/result.hpp"

#include <cstddef>
#include <span>
#include <vector>

namespace aspectdiff::compare {

struct ItemSets {
  std::vector<model::ItemDiff> only_a; // by |weight_a|, largest first
  std::vector<model::ItemDiff> only_b; // by |weight_b|, largest first
  std::vector<model::ItemDiff> shared; // by |weight_b - weight_a|, largest first
};

// Splits the items of A and B by key into those only in A, only in B and in both. Items that
// repeat a key within one side are merged (weights and counts added, evidence joined), since a
// key names one thing. Each diff keeps at most `evidence_cap` spans per side; label and category
// come from A when the item is in A. Ties in the orderings are broken by key, so the output
// depends only on the inputs.
ItemSets diff_items(std::span<const model::Item> a, std::span<const model::Item> b,
                    std::size_t evidence_cap);

} // namespace aspectdiff::compare
