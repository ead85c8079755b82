// One sentence as the cue finder and the context rules see it: tokens with their word ids, so
// set membership and word identity are integer tests.
#pragma once

#include "cue_lexicon.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstddef>
#include <span>

namespace aspectdiff::plugins::hedging {

// The sets and words the context rules consult, resolved once at construction.
struct RuleSets {
  explicit RuleSets(CueLexicon &lexicon);

  std::size_t be, negation, month_context, number_word, approx_unit, pronoun_subject, skip_adverb,
      epistemic_follow, narrative_after_would, report_past, stage_follow, determiner, function_word,
      possible_blocker, possible_after_blocker, degree_modifier, copula, clause_break,
      habitual_adverb, finite_be;
  WordId that, whether, to, have, a, an, it, as, like, dash;
};

struct SentenceContext {
  std::span<const sdk::Token> tokens; // the sentence's tokens
  std::span<const WordId> ids;        // their word ids (no_word when unknown)
  const Vocabulary *vocabulary = nullptr;
  const RuleSets *sets = nullptr;

  std::size_t size() const noexcept { return tokens.size(); }
  bool in(std::size_t i, std::size_t set) const noexcept {
    return ((vocabulary->mask(ids[i]) >> set) & 1u) != 0;
  }
  bool is(std::size_t i, WordId w) const noexcept { return ids[i] == w && w != no_word; }
  bool has(std::size_t i, aspectdiff_token_flag f) const noexcept { return sdk::has(tokens[i], f); }
  bool word(std::size_t i) const noexcept {
    return has(i, ASPECTDIFF_TOKEN_WORD) || has(i, ASPECTDIFF_TOKEN_NUMERIC);
  }
  // A number written in digits or in words.
  bool number(std::size_t i) const noexcept {
    return has(i, ASPECTDIFF_TOKEN_NUMERIC) || in(i, sets->number_word);
  }
  // The first token after i that is not in `skip`; size() when there is none.
  std::size_t next_skipping(std::size_t i, std::size_t skip) const noexcept {
    std::size_t n = i + 1;
    while (n < size() && in(n, skip))
      ++n;
    return n;
  }
};

} // namespace aspectdiff::plugins::hedging
