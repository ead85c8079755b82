// Writes the stance toward each actor into the result: an `actor` item per actor (mean stance,
// class counts, the sentences that weigh most and the words behind them) and a `stance:<key>`
// metric whose per-mention values let the host bootstrap an interval.
#pragma once

#include "actor_stance.hpp"

#include <aspectdiff/sdk/result.hpp>

namespace aspectdiff::plugins::sentiment {

void write_actor_stances(const sdk::Document &doc, const std::vector<ActorStance> &actors,
                         std::size_t evidence_per_actor, const sdk::ResultWriter &out);

// The fitting tool's view: one `target-features` item per mention, key "<actor key>#<n>", whose
// `features` attribute lists "value<TAB>name" lines.
void write_target_features(const std::vector<ActorStance> &actors, const sdk::ResultWriter &out);

} // namespace aspectdiff::plugins::sentiment
