// The sentiment lexicon in memory: every word or expression the scorer reacts to, with its
// valence (-4..+4) and its role in the rules (negator, booster, contrast, ...). Built once from
// the embedded data and the user's files, then read concurrently without locks.
#pragma once

#include "stance.hpp"
#include "term_table.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::sentiment {

// What one word or expression does. A cue may both carry valence and act as a booster ("damn").
struct Cue {
  float valence = 0.0f;         // -4..+4; 0 = carries no sentiment of its own
  float booster = 0.0f;         // scales the next sentiment word by (1 + booster)
  float negator = 0.0f;         // strength of the flip, 0..1
  float contrast = 0.0f;        // "but": earlier clauses weigh less, later ones more
  float concession = 0.0f;      // "although": the clause it opens weighs less
  float condition = 0.0f;       // "if": the clause it opens is hypothetical
  bool block = false;           // looks like a rule word but is not ("not only")
  bool derived = false;         // valence propagated through WordNet rather than set by hand
  Stance stance = Stance::none; // opens a stance cue ("fails to", "too"); changes no valence
  std::uint32_t label = 0;      // index of the display term ("sanction" for "sanctions")

  bool acts() const noexcept {
    return valence != 0.0f || booster != 0.0f || negator != 0.0f || contrast != 0.0f ||
           concession != 0.0f || condition != 0.0f || block;
  }
};

// A multi-word expression, as the ids of its words.
struct Phrase {
  std::vector<std::uint32_t> words;
  Cue cue;
};

struct Emoticon {
  std::string text; // as written, matched byte for byte in the original text
  Cue cue;
};

class Lexicon {
public:
  Lexicon();

  // Sets (or, for an existing entry, overrides) the valence of a term. Multi-word terms are
  // written with spaces. A term that starts with punctuation or a symbol is an emoticon.
  void set_valence(std::string_view term, float valence, bool derived = false);
  // Sets the fitted weight of a single word (see tools/fit_model.py).
  void set_learned(std::string_view word, float weight);
  // Adds a rule role; `kind` is one of negator, booster, contrast, concession, condition, block,
  // or a stance cue: failure, refusal, lack, regret, excess. Returns false for an unknown kind.
  bool set_role(std::string_view term, std::string_view kind, float value);
  // An inflected form takes the valence of its lemma unless it has its own entry.
  void add_inflection(std::string_view form, std::string_view lemma);
  // Call once after loading: orders each word's expressions longest first.
  void finish();

  // The word id of a normalised token, or TermTable::npos.
  [[gnu::always_inline]] std::uint32_t find(std::string_view norm) const noexcept {
    return words_.find(norm);
  }
  const Cue &word_cue(std::uint32_t id) const noexcept { return word_cues_[id]; }
  // The fitted weight of word `id` (data/learned_terms.tsv), 0 for most. Kept apart from the
  // cues, in four bytes a word, because the scorer reads it for every word it finds.
  float learned(std::uint32_t id) const noexcept { return learned_[id]; }
  // Expressions whose first word is `id`, longest first, as indices for phrase().
  std::span<const std::uint32_t> phrases_starting(std::uint32_t id) const noexcept {
    return {phrase_index_.data() + phrase_begin_[id], phrase_count_[id]};
  }
  // The second word of each expression, in the order of phrase_index_: the scorer rejects most
  // candidates on it without reading the expression itself.
  std::uint32_t phrase_second(const std::uint32_t *p) const noexcept {
    return phrase_second_[static_cast<std::size_t>(p - phrase_index_.data())];
  }
  const Phrase &phrase(std::uint32_t i) const noexcept { return phrases_[i]; }
  std::span<const Emoticon> emoticons() const noexcept { return emoticons_; }
  // The emoticons that start with byte `first`, longest first.
  std::span<const Emoticon> emoticons_from(unsigned char first) const noexcept {
    return std::span<const Emoticon>(emoticons_)
        .subspan(emoticon_begin_[first], emoticon_begin_[first + 1u] - emoticon_begin_[first]);
  }
  std::string_view label(std::uint32_t i) const noexcept { return labels_[i]; }

  std::size_t valence_entries() const noexcept;
  std::size_t size_words() const noexcept { return words_.size(); }

  // Splits a term into the normalised tokens the document segmentation would produce.
  static std::vector<std::string> split_term(std::string_view term);
  static bool is_emoticon(std::string_view term) noexcept;

private:
  Cue &cue_for(std::string_view term);
  std::uint32_t intern_word(std::string_view word);
  std::uint32_t add_label(std::string_view text);

  TermTable words_;
  std::vector<Cue> word_cues_;
  std::vector<float> learned_; // by word id, as word_cues_
  std::vector<Phrase> phrases_;
  std::vector<Emoticon> emoticons_;
  std::vector<std::string> labels_;
  std::vector<std::uint32_t> phrase_index_;
  std::vector<std::uint32_t> phrase_second_;
  std::vector<std::uint32_t> phrase_begin_;
  std::vector<std::uint32_t> phrase_count_;
  std::array<std::uint32_t, 257> emoticon_begin_{}; // by first byte, into emoticons_
  std::vector<std::pair<std::string, std::string>> inflections_;
};

} // namespace aspectdiff::plugins::sentiment
