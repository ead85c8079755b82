// The knowledge the recogniser uses: actors with their names (a phrase trie over normalised
// tokens), demonyms, seats of government and capitals that stand for a state, and the cue word
// classes that type names the gazetteers do not know. Built once in the plugin's constructor
// and read-only afterwards, so extract() may share it between threads.
#pragma once

#include "word_table.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::actors {

enum class Category : std::uint8_t { person, state, organisation, place, bloc, facility };

const char *to_string(Category c) noexcept;
const char *key_prefix(Category c) noexcept; // "person", "state", "org", ...
bool category_from(std::string_view name, Category &out) noexcept;

// Cue classes of a word (bit flags), from WordNet (generated) and the curated cue list.
enum WordClass : std::uint32_t {
  wc_common = 1u << 0,    // an ordinary lower-case word
  wc_verb = 1u << 1,      // a verb lemma or irregular verb form
  wc_capcommon = 1u << 2, // a capitalised common word: a month, a language, a creed
  wc_given = 1u << 3,     // a given name
  wc_title = 1u << 4,     // "President", "Gen."
  wc_title_modifier = 1u << 5,
  wc_org_head = 1u << 6,
  wc_org_start = 1u << 7,
  wc_place_head = 1u << 8,
  wc_place_start = 1u << 9,
  wc_facility_head = 1u << 10,
  wc_speech = 1u << 11,
  wc_particle = 1u << 12,
  wc_joining = 1u << 13,
  wc_place_preposition = 1u << 14,
  wc_function = 1u << 15,
  wc_agent_aux = 1u << 16,
  wc_patient_preposition = 1u << 17,
  wc_role = 1u << 18,
  wc_verb_form = 1u << 19,      // an irregular inflected verb form ("took", "met")
  wc_event_head = 1u << 20,     // ends the name of an event or a work: not an actor
  wc_org_context = 1u << 21,    // a word after a name that shows an organisation
  wc_place_modifier = 1u << 22, // "northern", "neighbouring": between a preposition and a place
};

// Where a gazetteer entry came from; a higher rank wins a name two entries claim.
enum class Source : std::uint8_t { wordnet = 0, iso = 1, curated = 2, user = 3 };
const char *to_string(Source s) noexcept;

struct Entry {
  std::string key;
  std::string label;
  Category category = Category::place;
  Source source = Source::wordnet;
  std::string state;              // ISO 3166 alpha-2 of an office holder, a state body or a capital
  std::string office;             // for office holders
  std::string years;              // for office holders, "2013-" or "2000-2008,2012-"
  std::vector<std::string> roles; // "leader", "foreign minister": what a description may name
};

// What a phrase of the trie can mean. -1 where it does not.
struct Phrase {
  std::int32_t name = -1;         // the entry this is a name of
  std::int32_t article_name = -1; // ... when "the" stands before it ("the West")
  std::int32_t demonym = -1;      // counts toward this entry with a lower weight
  std::int32_t seat = -1;         // a seat of government: always stands for this state
  std::int32_t capital = -1;      // a capital: stands for this state when it acts
};

class Gazetteer {
public:
  static constexpr std::uint32_t npos = WordTable::npos;

  // Adds the entries of one TSV file (see README.md). `label` names the file in errors; a bad
  // line throws std::invalid_argument naming label and line.
  void add_entries(std::string_view tsv, std::string_view label, Source source);
  // Adds word classes: "word<TAB>letters" (generated from WordNet) ...
  void add_word_classes(std::string_view tsv, std::string_view label);
  // ... and "class<TAB>word word ..." (the curated cue list).
  void add_cues(std::string_view tsv, std::string_view label);

  std::uint32_t word_id(std::string_view norm) const noexcept { return words_.find(norm); }
  std::uint32_t classes(std::uint32_t id) const noexcept { return id == npos ? 0u : classes_[id]; }
  std::uint32_t classes_of(std::string_view norm) const noexcept {
    return classes(words_.find(norm));
  }
  // The trie: root is node 0; child() returns npos when there is no edge.
  std::uint32_t child(std::uint32_t node, std::uint32_t word) const noexcept {
    return edges_.find((static_cast<std::uint64_t>(node) << 32) | word);
  }
  // Whether a phrase continues past this node: when not, the next token needs no look-up.
  bool has_children(std::uint32_t node) const noexcept { return node_has_children_[node] != 0; }
  const Phrase *phrase_at(std::uint32_t node) const noexcept {
    const auto p = node_phrase_[node];
    return p < 0 ? nullptr : &phrases_[static_cast<std::size_t>(p)];
  }

  const Entry &entry(std::int32_t i) const noexcept {
    return entries_[static_cast<std::size_t>(i)];
  }
  std::size_t entry_count() const noexcept { return entries_.size(); }
  std::int32_t find_key(std::string_view key) const noexcept;
  // The state entry with this ISO code, or -1.
  std::int32_t state_entry(std::string_view code) const noexcept;

private:
  enum class Kind { name, article_name, demonym, seat, capital };
  std::int32_t upsert_entry(Entry e);
  void add_alias(std::string_view alias, std::int32_t entry, Kind kind);
  std::uint32_t add_word(std::string_view norm);

  WordTable words_;
  std::vector<std::uint32_t> classes_;
  EdgeTable edges_;
  std::vector<std::int32_t> node_phrase_{-1};
  std::vector<std::uint8_t> node_has_children_{0};
  std::vector<Phrase> phrases_;
  std::vector<Entry> entries_;
  WordTable keys_; // entry key -> index (ids equal entry indices)
};

} // namespace aspectdiff::plugins::actors
