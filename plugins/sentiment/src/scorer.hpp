// Scores the sentences of a document: finds the sentiment words and expressions, applies the
// rules (negation scope, boosters, contrast, concession, conditions, questions, emphasis) and
// turns each sentence's contributions into a score in [-1, 1] through the fitted model.
#pragma once

#include "lexicon.hpp"
#include "model.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <array>
#include <cstdint>
#include <vector>

namespace aspectdiff::plugins::sentiment {

// Constants of the rules; defaults chosen by the authors, overridable in the configuration.
struct RuleSettings {
  int negation_scope = 4;         // words a negator reaches, unless a clause ends first
  float negated_positive = 0.5f;  // "not good" = -0.5 x good
  float negated_negative = 0.3f;  // "not terrible" = -0.3 x terrible (a weak positive)
  float contrast_before = 0.5f;   // weight of what precedes "but"
  float contrast_after = 1.5f;    // weight of what follows it
  float concession_weight = 0.5f; // weight of an "although ..." clause
  float condition_weight = 0.4f;  // weight of an "if ..." clause
  float question_weight = 0.6f;   // a question asserts less than a statement
  float exclamation_step = 0.1f;  // per '!' (up to three)
  float caps_emphasis = 0.3f;     // a word in capitals among lower-case words
  int booster_reach = 3;          // words between a booster and what it boosts
  bool names_neutral = true;      // capitalised words inside a sentence name, not judge
};

// One sentiment-bearing word, expression or emoticon found in the text.
struct Hit {
  std::uint32_t sentence = 0;
  std::uint32_t first_token = 0; // inclusive
  std::uint32_t last_token = 0;  // inclusive
  std::uint32_t label = 0;       // Lexicon::label
  float valence = 0.0f;          // as listed in the lexicon
  float contribution = 0.0f;     // after every rule
  bool derived = false;          // the entry's valence came from WordNet propagation
};

// A stance cue found in the text ("fails to", "should have known", "too slow"): it weighs
// through the model's cue_* features, so it is quoted as evidence apart from the terms.
struct StanceHit {
  std::uint32_t sentence = 0;
  std::uint32_t first_token = 0; // inclusive
  std::uint32_t last_token = 0;  // inclusive
  Stance stance = Stance::none;
};

struct SentenceScore {
  float score = 0.0f; // the model's score in [-1, 1]
  float sum = 0.0f;   // sum of contributions
  std::uint32_t words = 0;
  std::uint32_t hits = 0;
  Features features{};
};

// Everything the plugin derives from one document's text.
struct Analysis {
  std::vector<SentenceScore> sentences;
  std::vector<Hit> hits;          // in text order
  std::vector<StanceHit> stances; // in text order
};

class Scorer {
public:
  Scorer(const Lexicon &lexicon, const Model &model, const RuleSettings &rules) noexcept
      : lexicon_(lexicon), model_(model), rules_(rules) {}

  // Fills `out` (reusing its storage) for the whole document.
  void analyse(const sdk::Document &doc, Analysis &out) const;

private:
  void score_sentence(const sdk::Document &doc, std::uint32_t index, Analysis &out,
                      std::vector<std::uint32_t> &ids) const;
  std::uint32_t find_elongated(std::string_view norm) const;
  bool match_emoticon(const sdk::Document &doc, std::span<const sdk::Token> tokens, std::size_t i,
                      std::size_t &last, const Cue *&cue) const;

  const Lexicon &lexicon_;
  const Model &model_;
  const RuleSettings &rules_;
};

} // namespace aspectdiff::plugins::sentiment
