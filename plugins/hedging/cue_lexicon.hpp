// The cue lexicon: word sets and cue patterns read from tab-separated data (the built-in files
// and any the configuration names), indexed by the word a pattern starts with.
#pragma once

#include "vocabulary.hpp"

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aspectdiff::plugins::hedging {

enum class CueClass : std::uint8_t { hedge, booster, attribution, weasel, conditional, none };
inline constexpr std::size_t cue_class_count = 5; // the classes a cue can have (not `none`)

const char *to_string(CueClass c) noexcept;

// Context checks a cue entry may name; see cue_rules.hpp.
enum class Rule : std::uint8_t {
  none,
  month,
  epistemic_can,
  past_ability,
  future_in_past,
  stage,
  quantity,
  predicative,
  epistemic_must,
  not_after_determiner,
  possible,
  intensifier,
  infinitive
};

struct PatternElement {
  enum class Kind : std::uint8_t { word, set, number, any };
  Kind kind = Kind::word;
  bool optional = false;
  std::uint32_t value = 0; // WordId for word, set id for set
};

struct CueEntry {
  std::vector<PatternElement> pattern;
  CueClass cls = CueClass::hedge;
  std::string subtype;
  double strength = 0.0;
  Rule rule = Rule::none;
  std::string phrase; // canonical form: the pattern with set names in place of their words
  // Approximators and degree words hedge an amount or an extent, not whether a claim holds.
  bool epistemic = true;
};

// A bad line in a data file; the message names the source and the line.
class LexiconError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

class CueLexicon {
public:
  // Word sets: "name<TAB>word word ...". Adds to a set that already exists.
  void add_word_sets(std::string_view text, std::string_view source);
  // Cue entries (see data/cues.tsv). An entry whose pattern exists already replaces it; class
  // "off" removes it.
  void add_cues(std::string_view text, std::string_view source);
  // Forgets every cue entry (word sets stay), for configurations that replace the built-ins.
  void clear_cues();
  // Builds the index; call once after the last add.
  void finish();

  const Vocabulary &vocabulary() const noexcept { return vocabulary_; }
  std::span<const std::uint32_t> starting_with(WordId id) const noexcept {
    if (id == no_word || id >= index_.size()) return {};
    return index_[id];
  }
  std::span<const std::uint32_t> starting_with_number() const noexcept { return number_index_; }
  // Whether some pattern starts with this word: the cue finder looks for matches only there.
  bool starts_pattern(WordId id) const noexcept { return id < starts_.size() && starts_[id] != 0; }
  const CueEntry &entry(std::uint32_t i) const noexcept { return entries_[i]; }
  std::size_t size() const noexcept { return live_; }
  // The id of a set the rules need; throws LexiconError when it is not defined.
  std::size_t required_set(std::string_view name) const;
  // The id of a word, interned by the constructor for the rules' sake.
  WordId word(std::string_view w) const noexcept { return vocabulary_.find(w); }
  WordId intern(std::string_view w) { return vocabulary_.intern(w); }

private:
  PatternElement parse_element(std::string_view text, const std::string &where);

  Vocabulary vocabulary_;
  std::vector<CueEntry> entries_; // removed entries keep their slot with an empty pattern
  std::unordered_map<std::string, std::uint32_t> by_pattern_;
  std::size_t live_ = 0;
  std::vector<std::vector<std::uint32_t>> index_; // by first word id
  std::vector<std::uint32_t> number_index_;       // patterns starting with <num>
  std::vector<std::uint8_t> starts_;              // by word id: 1 when index_ has entries
};

} // namespace aspectdiff::plugins::hedging
