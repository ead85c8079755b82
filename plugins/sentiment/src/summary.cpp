#include "summary.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include <unordered_map>

namespace aspectdiff::plugins::sentiment {

SentenceSeries sentence_series(const Analysis &analysis) {
  SentenceSeries s;
  double total = 0.0;
  for (std::uint32_t i = 0; i < analysis.sentences.size(); ++i) {
    const auto &sentence = analysis.sentences[i];
    if (sentence.words == 0) continue;
    s.values.push_back(sentence.score);
    s.index.push_back(i);
    total += sentence.score;
  }
  if (!s.values.empty()) s.mean = total / static_cast<double>(s.values.size());
  return s;
}

std::vector<TermTotal> term_totals(const Analysis &analysis) {
  std::vector<TermTotal> totals;
  std::unordered_map<std::uint32_t, std::size_t> slot;
  for (std::uint32_t h = 0; h < analysis.hits.size(); ++h) {
    const auto &hit = analysis.hits[h];
    auto [it, fresh] = slot.try_emplace(hit.label, totals.size());
    if (fresh) totals.push_back({hit.label, 0.0, 0, {}});
    auto &t = totals[it->second];
    t.sum += hit.contribution;
    ++t.count;
    t.hits.push_back(h);
  }
  return totals;
}

// As printf's "%+.2f" (the sign always written, "-0.00" kept), without its format parsing, which
// cost more than the rest of a stance label: the plugin writes some 140 of these per article.
std::string signed_number(double v) {
  std::array<char, 320> buf; // the largest double in fixed notation with two decimals, and a sign
  char *out = buf.data();
  if (!std::signbit(v)) *out++ = '+';
  const auto result = std::to_chars(out, buf.data() + buf.size(), v, std::chars_format::fixed, 2);
  return std::string(buf.data(), result.ptr);
}

sdk::Span hit_span(const sdk::Document &doc, const Hit &hit) noexcept {
  const auto tokens = doc.tokens();
  return {tokens[hit.first_token].begin, tokens[hit.last_token].end};
}

} // namespace aspectdiff::plugins::sentiment
