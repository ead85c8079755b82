#include "lexicon.hpp"

#include "stemmer.hpp"

#include <algorithm>

namespace aspectdiff::plugins::themes {
namespace {

// Spellings of one cue that stem alike ("political" and "politics") are one cue: the theme
// keeps the highest of their weights, and the first spelling written names the match, instead
// of the word counting once per spelling.
void add_contribution(std::vector<Contribution> &list, const Contribution &c) {
  const auto same = std::find_if(list.begin(), list.end(),
                                 [&](const Contribution &x) { return x.theme == c.theme; });
  if (same == list.end()) {
    list.push_back(c);
  } else if (c.weight > same->weight) {
    same->weight = c.weight;
  }
}

} // namespace

Lexicon::Lexicon(const Taxonomy &taxonomy, Stemmer &stemmer, double learned_scale,
                 std::unordered_set<std::string> stop_words)
    : taxonomy_(taxonomy), stop_words_(stop_words.begin(), stop_words.end()) {
  for (const auto &t : taxonomy.themes())
    parents_.push_back(t.parent);
  std::unordered_set<std::string> stop_stems;
  for (const auto &w : stop_words_)
    stop_stems.emplace(stemmer.stem(w));

  const auto &cues = taxonomy.cues();
  std::unordered_map<std::string_view, std::uint32_t> text_ids;
  for (const auto &cue : cues)
    cue_text_ids_.push_back(
        text_ids.try_emplace(cue.text, static_cast<std::uint32_t>(text_ids.size())).first->second);
  for (std::uint32_t c = 0; c < cues.size(); ++c) {
    const auto &cue = cues[c];
    std::vector<std::uint32_t> ids;
    ids.reserve(cue.words.size());
    for (const auto &w : cue.words)
      ids.push_back(intern(stemmer.stem(w)));
    const Contribution contribution{cue.theme, static_cast<float>(cue.weight), c};
    if (ids.size() == 1) {
      if (stop_stems.contains(std::string(stemmer.stem(cue.words[0]))))
        stop_word_cues_.push_back(cue.text);
      add_contribution(entries_[ids[0]].single, contribution);
      continue;
    }
    auto &phrases = entries_[ids[0]].phrases;
    const std::vector<std::uint32_t> rest(ids.begin() + 1, ids.end());
    auto same = std::find_if(phrases.begin(), phrases.end(),
                             [&](const Phrase &p) { return p.rest == rest; });
    if (same == phrases.end()) {
      phrases.push_back({rest, {}, rest.front()});
      same = phrases.end() - 1;
    }
    add_contribution(same->contributions, contribution);
  }
  for (auto &e : entries_) {
    std::stable_sort(e.phrases.begin(), e.phrases.end(), [](const Phrase &a, const Phrase &b) {
      return a.rest.size() > b.rest.size();
    });
    for (const auto &p : e.phrases)
      e.seconds.push_back(p.second);
  }

  if (learned_scale > 0.0) {
    for (const auto &s : taxonomy.stem_weights())
      entries_[intern(s.stem)].learned.push_back(
          {s.theme, static_cast<float>(s.weight * learned_scale), learned_cue});
  }

  has_cues_.reserve(entries_.size());
  learned_begin_.reserve(entries_.size() + 1);
  for (const auto &e : entries_) {
    has_cues_.push_back(e.single.empty() && e.phrases.empty() ? 0 : 1);
    learned_begin_.push_back(static_cast<std::uint32_t>(learned_targets_.size()));
    for (const auto &c : e.learned) {
      learned_targets_.push_back({c.theme, c.weight});
      if (parents_[c.theme] != no_parent) learned_targets_.push_back({parents_[c.theme], c.weight});
    }
  }
  learned_begin_.push_back(static_cast<std::uint32_t>(learned_targets_.size()));
}

std::uint32_t Lexicon::intern(std::string_view stem) {
  const auto [it, inserted] =
      ids_.try_emplace(std::string(stem), static_cast<std::uint32_t>(entries_.size()));
  if (inserted) entries_.emplace_back();
  return it->second;
}

std::uint32_t Lexicon::find(std::string_view stem) const {
  const auto it = ids_.find(stem);
  return it == ids_.end() ? no_entry : it->second;
}

} // namespace aspectdiff::plugins::themes
