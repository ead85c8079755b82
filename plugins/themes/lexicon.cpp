#include "lexicon.hpp"

#include "stemmer.hpp"

#include <algorithm>

namespace aspectdiff::plugins::themes {

Lexicon::Lexicon(const Taxonomy &taxonomy, Stemmer &stemmer, double learned_scale,
                 std::unordered_set<std::string> stop_words)
    : taxonomy_(taxonomy), stop_words_(std::move(stop_words)) {
  for (const auto &t : taxonomy.themes())
    parents_.push_back(t.parent);
  std::unordered_set<std::string> stop_stems;
  for (const auto &w : stop_words_)
    stop_stems.emplace(stemmer.stem(w));

  const auto &cues = taxonomy.cues();
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
      entries_[ids[0]].single.push_back(contribution);
      continue;
    }
    auto &phrases = entries_[ids[0]].phrases;
    const std::vector<std::uint32_t> rest(ids.begin() + 1, ids.end());
    auto same = std::find_if(phrases.begin(), phrases.end(),
                             [&](const Phrase &p) { return p.rest == rest; });
    if (same == phrases.end()) {
      phrases.push_back({rest, {}});
      same = phrases.end() - 1;
    }
    same->contributions.push_back(contribution);
  }
  for (auto &e : entries_)
    std::stable_sort(e.phrases.begin(), e.phrases.end(), [](const Phrase &a, const Phrase &b) {
      return a.rest.size() > b.rest.size();
    });

  if (learned_scale > 0.0) {
    for (const auto &s : taxonomy.stem_weights())
      entries_[intern(s.stem)].learned.push_back(
          {s.theme, static_cast<float>(s.weight * learned_scale), learned_cue});
  }
}

std::uint32_t Lexicon::intern(std::string_view stem) {
  const auto [it, inserted] =
      ids_.try_emplace(std::string(stem), static_cast<std::uint32_t>(entries_.size()));
  if (inserted) entries_.emplace_back();
  return it->second;
}

std::uint32_t Lexicon::find(std::string_view stem) const {
  // Called once per distinct word per thread (word_cache.hpp caches the answer), so the
  // std::string built for the look-up is not on the per-token path.
  const auto it = ids_.find(std::string(stem));
  return it == ids_.end() ? no_entry : it->second;
}

} // namespace aspectdiff::plugins::themes
