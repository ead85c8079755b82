// One ranking of a compared pair's differences across all its aspects.
#pragma once

#include "model/comparison.hpp"

namespace aspectdiff::compare {

inline constexpr double default_false_discovery_rate = 0.05;

// Tests and ranks the differences of `comparison` in place:
//  1. every metric delta with an interval gets a two-sided p value (strength.hpp), and the p
//     values of all the pair's deltas, across aspects, are adjusted together by
//     Benjamini-Hochberg; a delta's interval is distinguishable only when its adjusted p is at
//     most `false_discovery_rate`, which is recorded on the comparison;
//  2. every finding and delta of a comparable aspect gets a Standing (strength.hpp). A finding
//     whose key names a metric of its aspect (the name itself, "...:<name>" or
//     "<name>_delta") states that delta in words: it takes the delta's effect (and its coverage,
//     when the plugin gave none), and the delta shares its entry instead of being ranked twice.
//     Findings of category "overview" or "error" are not differences: strength 0;
//  3. `comparison.ranked` lists the entries strongest first, except that a delta (or the
//     finding stating it) whose interval is not distinguishable after the correction comes
//     after every entry that is; ties keep aspect, then finding before delta, then input order.
//     Each finding and delta records its 1-based rank.
void rank_differences(model::Comparison &comparison,
                      double false_discovery_rate = default_false_discovery_rate);

// Sum over the comparable aspects of each one's strongest difference that is not noise (a delta
// the correction left indistinguishable): how unlike the pair is, on the same scale as the
// ranking (0 for two documents with no difference at all).
double pair_difference(const model::Comparison &comparison);

} // namespace aspectdiff::compare
