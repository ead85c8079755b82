// The stance table of a comparison: per actor, A beside B, the difference of mean stance with a
// bootstrap interval over mentions, the sentences and words behind each side. A difference whose
// interval excludes zero is a finding (category `stance`); the other rows are `stance-table`.
#pragma once

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/plugin.hpp>

namespace aspectdiff::plugins::sentiment {

// Writes the rows, findings first, largest standardised difference first. Returns the mean
// absolute difference over the actors both sides name (0 when none), for the similarity.
double compare_stance(const sdk::Document &a, const sdk::ResultView &ra, const sdk::Document &b,
                      const sdk::ResultView &rb, const sdk::CompareWriter &out);

} // namespace aspectdiff::plugins::sentiment
