// The actors plugin's own comparison of two documents: similarity as the weighted overlap of
// salience (sum of the smaller weight over sum of the larger, per actor key), and findings a
// reader should see: the salient actors only one side names, salience shifts, pairings that one
// side makes and the other does not ("A pairs Xi Jinping with Vladimir Putin; B pairs him with
// Narendra Modi"), and actors cast as acting far more often on one side.
#pragma once

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

namespace aspectdiff::plugins::actors {

struct CompareOptions {
  double min_unique_weight = 0.25; // an actor only one side names is a finding from this weight
  double min_shift = 0.15;         // a salience change is a finding from this size
  std::size_t max_findings = 8;    // per kind of finding
  std::size_t evidence = 3;        // spans per side per finding
};

double weighted_overlap(const sdk::ResultView &a, const sdk::ResultView &b);

void compare_actors(const sdk::Document &a, const sdk::ResultView &ra, const sdk::Document &b,
                    const sdk::ResultView &rb, const CompareOptions &options,
                    const sdk::CompareWriter &out);

} // namespace aspectdiff::plugins::actors
