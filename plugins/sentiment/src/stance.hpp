// Stance cues of commentary: wordings that criticise without a sentiment word of their own
// ("the plan fails to convince", "the film is too slow", "they should have known"). The scorer
// notes which of them a sentence holds; the fitted model weighs each (see model.hpp).
#pragma once

#include <cstdint>
#include <string_view>

namespace aspectdiff::plugins::sentiment {

// Which stance cue a rule word opens (data/rules.tsv kinds of the same names).
enum class Stance : std::uint8_t {
  none,
  failure, // "fails to", "failed to": what was attempted did not come about
  refusal, // "refuses to", "refused to"
  lack,    // "lack of", "lacks", "lacking": something wanted is missing
  regret,  // "should / could / would have" + past participle: it went otherwise than it ought
  excess,  // "too" + a word ("too slow", "too long"): more than is wanted
};

inline constexpr std::size_t stance_count = 5;

// The names of the cues, by Stance value: the rule kinds, and the items' keys (`stance:lack`).
inline constexpr std::string_view stance_names[stance_count + 1] = {"none", "failure", "refusal",
                                                                    "lack", "regret",  "excess"};

// Whether a normalised word reads as a past participle after "should have" ("known", "done",
// "been", "made", "thought"). Regular and most irregular forms end in -ed, -en, -wn, -ne or
// -ght; the common others are listed. Runs only after a modal and "have", so its cost is nil.
inline bool past_participle(std::string_view w) noexcept {
  if (w.size() < 3) return false;
  if (w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn") || w.ends_with("ne") ||
      w.ends_with("ght"))
    return true;
  static constexpr std::string_view irregular[] = {
      "made",  "had",   "said",  "paid",  "told",       "sold", "held",   "felt",
      "built", "dealt", "meant", "spent", "sent",       "kept", "left",   "lost",
      "got",   "put",   "let",   "set",   "run",        "come", "become", "begun",
      "hit",   "cut",   "found", "stood", "understood", "won",  "heard",  "read"};
  for (const auto form : irregular)
    if (w == form) return true;
  return false;
}

// A negation that may stand between the modal and "have" ("should not have", "could never
// have") without changing the reproach.
inline bool modal_negation(std::string_view w) noexcept {
  return w == "not" || w == "n't" || w == "never";
}

} // namespace aspectdiff::plugins::sentiment
