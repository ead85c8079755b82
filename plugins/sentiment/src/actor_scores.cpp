#include "actor_scores.hpp"

#include "clause.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace aspectdiff::plugins::sentiment {

namespace {

constexpr std::uint32_t word_flags = ASPECTDIFF_TOKEN_WORD | ASPECTDIFF_TOKEN_NUMERIC;

// A word that turns the sentence ("but", "although") also bounds a clause.
bool turns(const sdk::Document &doc, const Lexicon &lexicon, const sdk::Token &t) {
  if (!(t.flags & word_flags)) return ends_clause(doc.norm(t));
  const auto id = lexicon.find(doc.norm(t));
  if (id == TermTable::npos) return false;
  const auto &cue = lexicon.word_cue(id);
  return cue.contrast != 0.0f || cue.concession != 0.0f;
}

struct Clause {
  std::uint32_t sentence;
  std::uint32_t first; // token range, inclusive
  std::uint32_t last;
  auto operator<=>(const Clause &) const = default;
};

} // namespace

std::vector<ActorScore> score_actors(const sdk::Document &doc, const Analysis &analysis,
                                     const Lexicon &lexicon, const sdk::ResultView &actors,
                                     std::size_t evidence_per_actor) {
  const auto tokens = doc.tokens();
  const auto sentences = doc.sentences();
  // Hits are in sentence order: the first hit of each sentence.
  std::vector<std::uint32_t> first_hit(sentences.size() + 1, 0);
  {
    std::size_t h = 0;
    for (std::uint32_t s = 0; s <= sentences.size(); ++s) {
      while (h < analysis.hits.size() && analysis.hits[h].sentence < s)
        ++h;
      first_hit[s] = static_cast<std::uint32_t>(h);
    }
  }

  std::vector<ActorScore> out;
  for (const auto &item : actors.items()) {
    const auto spans = sdk::ResultView::evidence(item);
    if (spans.empty()) continue;
    std::set<Clause> clauses;
    for (const auto &span : spans) {
      auto it = std::lower_bound(tokens.begin(), tokens.end(), span.begin,
                                 [](const sdk::Token &t, std::uint32_t at) { return t.end <= at; });
      if (it == tokens.end() || it->begin >= span.end) continue; // not on a token: ignore
      const auto m = static_cast<std::uint32_t>(it - tokens.begin());
      const auto &sentence = sentences[it->sentence];
      std::uint32_t first = m, last = m;
      while (first > sentence.first && !turns(doc, lexicon, tokens[first - 1]))
        --first;
      while (last + 1 < sentence.first + sentence.count && !turns(doc, lexicon, tokens[last + 1]))
        ++last;
      clauses.insert({it->sentence, first, last});
    }
    if (clauses.empty()) continue;

    ActorScore a;
    a.key = std::string(sdk::view(item.key));
    a.label = std::string(sdk::view(item.label));
    a.category = std::string(sdk::view(item.category));
    a.mentions = item.count > 0 ? item.count : spans.size();
    std::vector<std::pair<double, std::uint32_t>> weighty; // |valence|, sentence
    double total = 0.0;
    for (const auto &c : clauses) {
      double clause_sum = 0.0, sentence_sum = 0.0;
      for (std::uint32_t h = first_hit[c.sentence]; h < first_hit[c.sentence + 1]; ++h) {
        const auto &hit = analysis.hits[h];
        sentence_sum += hit.contribution;
        if (hit.first_token >= c.first && hit.first_token <= c.last) clause_sum += hit.contribution;
      }
      // A clause with no sentiment of its own takes a damped share of its sentence's.
      const double v = clause_sum != 0.0 ? clause_sum : 0.5 * sentence_sum;
      total += v;
      a.positive_clauses += v > 0.0;
      a.negative_clauses += v < 0.0;
      if (v != 0.0) weighty.emplace_back(std::abs(v), c.sentence);
    }
    a.clauses = static_cast<std::uint32_t>(clauses.size());
    a.mean_valence = total / static_cast<double>(a.clauses);
    a.score = a.mean_valence / std::sqrt(a.mean_valence * a.mean_valence + 4.0);
    std::stable_sort(weighty.begin(), weighty.end(),
                     [](const auto &x, const auto &y) { return x.first > y.first; });
    for (const auto &[weight, s] : weighty) {
      const sdk::Span span = sdk::Document::span_of(sentences[s]);
      if (std::none_of(a.evidence.begin(), a.evidence.end(),
                       [&](const sdk::Span &e) { return e.begin == span.begin; }))
        a.evidence.push_back(span);
      if (a.evidence.size() >= evidence_per_actor) break;
    }
    out.push_back(std::move(a));
  }
  return out;
}

} // namespace aspectdiff::plugins::sentiment
