#include "passive.hpp"

#include <array>
#include <stdexcept>

namespace aspectdiff::plugins::style {

namespace {

constexpr std::array<std::string_view, 8> be_forms{"am",   "is", "are",  "was",
                                                   "were", "be", "been", "being"};
constexpr std::array<std::string_view, 4> negated_be_forms{"isn't", "aren't", "wasn't", "weren't"};
constexpr std::array<std::string_view, 5> get_forms{"get", "gets", "got", "gotten", "getting"};
// Words that may stand between the auxiliary and the participle besides adverbs in -ly.
constexpr std::array<std::string_view, 20> fillers{
    "not",  "n't",     "never", "also", "often", "still", "already",   "always", "just", "now",
    "then", "further", "even",  "all",  "both",  "each",  "sometimes", "again",  "thus", "so"};

template <std::size_t N>
bool among(const std::array<std::string_view, N> &list, std::string_view w) noexcept {
  for (auto x : list)
    if (x == w) return true;
  return false;
}

bool is_auxiliary(std::string_view w) noexcept {
  // Nearly every word is no auxiliary: rule most out by length and first letter first.
  if (w.size() < 2 || w.size() > 7) return false;
  if (w[0] != 'a' && w[0] != 'i' && w[0] != 'w' && w[0] != 'b' && w[0] != 'g') return false;
  return among(be_forms, w) || among(negated_be_forms, w) || among(get_forms, w);
}
bool is_filler(std::string_view w) noexcept {
  return (w.size() >= 4 && w.ends_with("ly")) || among(fillers, w) || among(be_forms, w);
}

} // namespace

void PassiveDetector::add_words(WordSet &set, std::string_view lines, std::string_view label) {
  std::size_t line_no = 0;
  while (!lines.empty()) {
    const auto eol = lines.find('\n');
    auto line = lines.substr(0, eol);
    lines = eol == std::string_view::npos ? std::string_view{} : lines.substr(eol + 1);
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    for (char c : line)
      if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\''))
        throw std::invalid_argument(std::string(label) + ":" + std::to_string(line_no) +
                                    ": expected one lower-case word, found '" + std::string(line) +
                                    "'");
    set.emplace(line);
  }
}

void PassiveDetector::add_irregular_participles(std::string_view lines, std::string_view label) {
  add_words(irregular_, lines, label);
}

void PassiveDetector::add_non_participles(std::string_view lines, std::string_view label) {
  add_words(non_participles_, lines, label);
}

bool PassiveDetector::is_participle(std::string_view w) const {
  if (irregular_.find(w) != irregular_.end()) return true;
  return w.size() >= 4 && w.ends_with("ed") && non_participles_.find(w) == non_participles_.end();
}

void PassiveDetector::find(const sdk::Document &doc, std::span<const sdk::Token> sentence,
                           std::vector<sdk::Span> &out) const {
  constexpr std::size_t max_gap = 3;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    if (!sdk::has(sentence[i], ASPECTDIFF_TOKEN_WORD)) continue;
    if (!is_auxiliary(doc.norm(sentence[i]))) continue;
    for (std::size_t j = i + 1; j < sentence.size() && j <= i + 1 + max_gap; ++j) {
      const auto &t = sentence[j];
      if (!sdk::has(t, ASPECTDIFF_TOKEN_WORD)) break; // punctuation ends the verb group
      const auto w = doc.norm(t);
      if (is_participle(w)) {
        out.push_back({sentence[i].begin, t.end});
        i = j;
        break;
      }
      if (!is_filler(w)) break;
    }
  }
}

} // namespace aspectdiff::plugins::style
