// The hedging aspect's own comparison of two documents: density ratios with bootstrap
// intervals, the certainty index delta, and actors one document hedges about while the other
// asserts, with both sides' sentences.
#pragma once

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

namespace aspectdiff::plugins::hedging {

// Everything it needs is in the two results: per-sentence values behind the densities, the cue
// spans, and the actor stance items with their hedged and asserted sentences.
void compare_results(const sdk::ResultView &ra, const sdk::ResultView &rb,
                     const sdk::CompareWriter &out);

} // namespace aspectdiff::plugins::hedging
