// Context checks that decide whether a matched cue word is a cue in this sentence: "May" the
// month, "can" of ability, "would" as a future in the past, "appears" on stage, "about" a
// topic, "some" as a plain quantity, attributive "certain", a noun "thought".
#pragma once

#include "cue_lexicon.hpp"
#include "sentence_context.hpp"

#include <cstddef>

namespace aspectdiff::plugins::hedging {

// True when the cue matched on tokens [first, end) of the sentence passes `rule`. A rule may
// widen the cue (an intensifier takes the word it intensifies): it then updates `end`.
bool passes(Rule rule, const SentenceContext &s, std::size_t first, std::size_t &end) noexcept;

// The first token of a negation ("not", "n't", "never", "no"...) that governs the cue starting
// at `first`, looking back over at most three tokens of the same clause; `first` when none.
std::size_t negation_before(const SentenceContext &s, std::size_t first) noexcept;

} // namespace aspectdiff::plugins::hedging
