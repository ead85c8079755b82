#include "lexicon.hpp"

#include <algorithm>
#include <numeric>

namespace aspectdiff::plugins::sentiment {

namespace {

bool ascii_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Lowercases ASCII letters and makes typographic apostrophes plain, as the document
// normaliser does, so user terms meet tokens on equal terms.
std::string normalise_word(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w.compare(i, 3, "\xe2\x80\x99") == 0 || w.compare(i, 3, "\xe2\x80\x98") == 0) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    const char c = w[i];
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

} // namespace

Lexicon::Lexicon() {
  labels_.emplace_back();
}

bool Lexicon::is_emoticon(std::string_view term) noexcept {
  if (term.empty()) return false;
  const auto first = static_cast<unsigned char>(term[0]);
  if (first < 0x80) return !ascii_alnum(term[0]) && term[0] != '\'' && term[0] != '-';
  // Non-ASCII: symbols and emoji (U+2000 and above start with 0xE2..0xF4) unless letters follow.
  return first >= 0xe2 && std::none_of(term.begin(), term.end(), ascii_alnum);
}

std::vector<std::string> Lexicon::split_term(std::string_view term) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < term.size()) {
    while (i < term.size() && term[i] == ' ')
      ++i;
    std::size_t j = i;
    while (j < term.size() && term[j] != ' ')
      ++j;
    if (j > i) {
      std::string w = normalise_word(term.substr(i, j - i));
      // The segmentation splits clitics off their word, Penn Treebank style: "don't" is
      // "do" + "n't", "can't" is "ca" + "n't", "Russia's" is "russia" + "'s".
      std::size_t clitic = 0;
      if (w.size() > 3 && w.ends_with("n't"))
        clitic = 3;
      else
        for (std::string_view c : {"'s", "'m", "'d", "'re", "'ve", "'ll"})
          if (w.size() > c.size() && w.ends_with(c)) clitic = c.size();
      if (clitic > 0) {
        words.push_back(w.substr(0, w.size() - clitic));
        words.push_back(w.substr(w.size() - clitic));
      } else {
        words.push_back(std::move(w));
      }
    }
    i = j;
  }
  return words;
}

std::uint32_t Lexicon::intern_word(std::string_view word) {
  const std::uint32_t id = words_.intern(word);
  if (id >= word_cues_.size()) {
    word_cues_.resize(id + 1);
    learned_.resize(id + 1, 0.0f);
  }
  return id;
}

std::uint32_t Lexicon::add_label(std::string_view text) {
  labels_.emplace_back(text);
  return static_cast<std::uint32_t>(labels_.size() - 1);
}

Cue &Lexicon::cue_for(std::string_view term) {
  if (is_emoticon(term)) {
    for (auto &e : emoticons_)
      if (e.text == term) return e.cue;
    emoticons_.push_back({std::string(term), Cue{}});
    emoticons_.back().cue.label = add_label(term);
    return emoticons_.back().cue;
  }
  const auto words = split_term(term);
  if (words.size() == 1) {
    const auto id = intern_word(words[0]);
    Cue &cue = word_cues_[id];
    if (cue.label == 0) cue.label = add_label(words[0]);
    return cue;
  }
  std::vector<std::uint32_t> ids;
  ids.reserve(words.size());
  for (const auto &w : words)
    ids.push_back(intern_word(w));
  for (auto &p : phrases_)
    if (p.words == ids) return p.cue;
  std::string text;
  for (const auto &w : words) {
    if (!text.empty() && w[0] != '\'' && w != "n't") text.push_back(' ');
    text += w;
  }
  phrases_.push_back({std::move(ids), Cue{}});
  phrases_.back().cue.label = add_label(text);
  return phrases_.back().cue;
}

void Lexicon::set_valence(std::string_view term, float valence, bool derived) {
  Cue &cue = cue_for(term);
  cue.valence = valence;
  cue.derived = derived;
}

void Lexicon::set_learned(std::string_view word, float weight) {
  const auto id = intern_word(word);
  learned_[id] = weight;
}

bool Lexicon::set_role(std::string_view term, std::string_view kind, float value) {
  float Cue::*field = nullptr;
  if (kind == "negator")
    field = &Cue::negator;
  else if (kind == "booster")
    field = &Cue::booster;
  else if (kind == "contrast")
    field = &Cue::contrast;
  else if (kind == "concession")
    field = &Cue::concession;
  else if (kind == "condition")
    field = &Cue::condition;
  if (field != nullptr) {
    cue_for(term).*field = value;
    return true;
  }
  if (kind == "block") {
    cue_for(term).block = true;
    return true;
  }
  for (std::size_t k = 1; k <= stance_count; ++k)
    if (kind == stance_names[k]) {
      cue_for(term).stance = static_cast<Stance>(k);
      return true;
    }
  return false;
}

void Lexicon::add_inflection(std::string_view form, std::string_view lemma) {
  inflections_.emplace_back(form, lemma);
}

void Lexicon::finish() {
  // Inflections first, so a form takes its lemma's final valence (user overrides included).
  for (const auto &[form, lemma] : inflections_) {
    const auto lemma_id = words_.find(lemma);
    if (lemma_id == TermTable::npos || word_cues_[lemma_id].valence == 0.0f) continue;
    const Cue lemma_cue = word_cues_[lemma_id];
    const auto id = intern_word(form);
    Cue &cue = word_cues_[id];
    if (cue.valence != 0.0f) continue;
    cue.valence = lemma_cue.valence;
    cue.derived = lemma_cue.derived;
    if (cue.label == 0) cue.label = lemma_cue.label;
  }
  inflections_.clear();
  inflections_.shrink_to_fit();

  // Each word's expressions, longest first, so the first match is the longest.
  const std::uint32_t n = words_.size();
  phrase_begin_.assign(n, 0);
  phrase_count_.assign(n, 0);
  std::vector<std::uint32_t> order(phrases_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto &pa = phrases_[a], &pb = phrases_[b];
    if (pa.words[0] != pb.words[0]) return pa.words[0] < pb.words[0];
    return pa.words.size() > pb.words.size();
  });
  phrase_index_ = order;
  phrase_second_.resize(order.size());
  for (std::size_t k = 0; k < order.size(); ++k)
    phrase_second_[k] = phrases_[order[k]].words[1];
  for (std::uint32_t k = 0; k < order.size(); ++k) {
    const auto first = phrases_[order[k]].words[0];
    if (phrase_count_[first] == 0) phrase_begin_[first] = k;
    ++phrase_count_[first];
  }
  // Grouped by first byte (so a punctuation mark checks only the faces that start with it),
  // longest first within a group.
  std::stable_sort(emoticons_.begin(), emoticons_.end(), [](const Emoticon &a, const Emoticon &b) {
    const auto fa = static_cast<unsigned char>(a.text[0]);
    const auto fb = static_cast<unsigned char>(b.text[0]);
    return fa != fb ? fa < fb : a.text.size() > b.text.size();
  });
  std::size_t e = 0;
  for (std::size_t byte = 0; byte <= 256; ++byte) {
    while (e < emoticons_.size() && static_cast<unsigned char>(emoticons_[e].text[0]) < byte)
      ++e;
    emoticon_begin_[byte] = static_cast<std::uint32_t>(e);
  }
}

std::size_t Lexicon::valence_entries() const noexcept {
  std::size_t n = 0;
  for (const auto &c : word_cues_)
    n += c.valence != 0.0f;
  for (const auto &p : phrases_)
    n += p.cue.valence != 0.0f;
  for (const auto &e : emoticons_)
    n += e.cue.valence != 0.0f;
  return n;
}

} // namespace aspectdiff::plugins::sentiment
