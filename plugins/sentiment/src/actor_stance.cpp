#include "actor_stance.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace aspectdiff::plugins::sentiment {

namespace {

constexpr std::size_t drivers_kept = 3;

// Words an editor can check as the reason for a stance: not punctuation, not the grammatical
// words whose fitted weights only shift the odds a little ("the", "of", "has").
bool explains(std::string_view norm) noexcept {
  static constexpr std::string_view grammar[] = {
      "a",     "an",    "the",  "and",   "or",   "but",   "of",    "in",    "on",   "at",
      "to",    "for",   "from", "with",  "by",   "as",    "into",  "about", "that", "this",
      "these", "those", "it",   "its",   "is",   "are",   "was",   "were",  "be",   "been",
      "being", "has",   "have", "had",   "will", "would", "can",   "could", "may",  "might",
      "he",    "she",   "they", "his",   "her",  "their", "him",   "them",  "we",   "our",
      "i",     "you",   "who",  "which", "what", "when",  "where", "than",  "then", "there",
      "'s",    "mr.",   "mrs.", "ms.",   "mr",   "mrs",   "ms",    "also",  "so",   "if",
      "do",    "does",  "did",  "said",  "says", "one",   "two",   "all",   "some", "such"};
  static const std::unordered_set<std::string_view> grammatical(std::begin(grammar),
                                                                std::end(grammar));
  if (norm.empty()) return false;
  const auto first = static_cast<unsigned char>(norm[0]);
  if (first < 0x80 && !std::isalnum(first)) return false;
  return !grammatical.contains(norm);
}

std::string folded(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    out.push_back(c == '-' || c == '_' ? ' ' : static_cast<char>(std::tolower(u)));
  }
  const auto first = out.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

// The token range a span covers, or false when it touches no token. `cursor` is the first token
// that may end after the span's start: spans come in order of their start, so it only moves on.
bool tokens_of(std::span<const sdk::Token> tokens, const sdk::Span &span, std::size_t &cursor,
               TargetSpan &out) {
  while (cursor < tokens.size() && tokens[cursor].end <= span.begin)
    ++cursor;
  if (cursor == tokens.size() || tokens[cursor].begin >= span.end) return false;
  std::size_t last = cursor;
  while (last + 1 < tokens.size() && tokens[last + 1].begin < span.end &&
         tokens[last + 1].sentence == tokens[cursor].sentence)
    ++last;
  out = {tokens[cursor].sentence, static_cast<std::uint32_t>(cursor),
         static_cast<std::uint32_t>(last)};
  return true;
}

} // namespace

void summarise(ActorStance &a) {
  double total = 0.0;
  a.negative = a.neutral = a.positive = 0;
  for (const auto &m : a.mentions) {
    total += m.prediction.value;
    a.negative += m.prediction.polarity < 0;
    a.neutral += m.prediction.polarity == 0;
    a.positive += m.prediction.polarity > 0;
  }
  a.mean = a.mentions.empty() ? 0.0 : total / static_cast<double>(a.mentions.size());
}

std::vector<ActorStance> stance_toward(const sdk::Document &doc, const Analysis &analysis,
                                       const TargetFeatureExtractor &extractor,
                                       const StanceModel &model, std::vector<ActorMentions> actors,
                                       bool keep_features) {
  const auto tokens = doc.tokens();
  std::vector<ActorStance> out(actors.size());
  // Every mention of every actor in text order (one walk over the tokens finds them all),
  // grouped by sentence: each mention's others are the rest of its group.
  struct Pending {
    sdk::Span span;
    std::uint32_t actor;
  };
  std::vector<Pending> pending;
  for (std::uint32_t a = 0; a < actors.size(); ++a)
    for (const auto &span : actors[a].spans)
      pending.push_back({span, a});
  std::sort(pending.begin(), pending.end(), [](const Pending &x, const Pending &y) {
    if (x.span.begin != y.span.begin) return x.span.begin < y.span.begin;
    return x.span.end != y.span.end ? x.span.end < y.span.end : x.actor < y.actor;
  });
  struct Ref {
    std::uint32_t actor;
    std::uint32_t mention;
  };
  std::vector<std::pair<std::uint32_t, Ref>> refs_in_order; // (sentence, mention)
  std::size_t cursor = 0;
  for (const auto &p : pending) {
    TargetSpan t;
    if (!tokens_of(tokens, p.span, cursor, t)) continue;
    auto &mentions = out[p.actor].mentions;
    // Two spans on the same tokens (a name inside a description) are one mention.
    if (!mentions.empty() && mentions.back().target.first == t.first) continue;
    mentions.push_back(
        {.target = t, .span = p.span, .prediction = {}, .drivers = {}, .features = {}});
    refs_in_order.push_back(
        {t.sentence, {p.actor, static_cast<std::uint32_t>(mentions.size() - 1)}});
  }
  for (std::uint32_t a = 0; a < actors.size(); ++a)
    out[a].actor = std::move(actors[a]);
  // Tokens come in sentence order, so the mentions of a sentence are neighbours.
  std::vector<std::pair<std::uint32_t, std::vector<Ref>>> by_sentence;
  for (const auto &[sentence, ref] : refs_in_order) {
    if (by_sentence.empty() || by_sentence.back().first != sentence)
      by_sentence.push_back({sentence, {}});
    by_sentence.back().second.push_back(ref);
  }

  const auto first_hit = first_hits(analysis);
  std::vector<TargetFeature> sentence_features, own;
  std::vector<TargetSpan> others;
  std::vector<Driver> drivers;
  StanceModel::SentencePart sentence_part;
  for (const auto &[s, refs] : by_sentence) {
    sentence_features.clear();
    extractor.sentence(doc, s, sentence_features);
    model.score_sentence(sentence_features, sentence_part, true);
    const std::span<const Hit> hits(analysis.hits.data() + first_hit[s],
                                    first_hit[s + 1] - first_hit[s]);
    for (const auto &ref : refs) {
      auto &m = out[ref.actor].mentions[ref.mention];
      others.clear();
      for (const auto &o : refs) {
        const auto &t = out[o.actor].mentions[o.mention].target;
        if (t.first != m.target.first) others.push_back(t);
      }
      own.clear();
      extractor.target(doc, analysis, hits, m.target, others, own);
      m.prediction = model.predict(own, sentence_part, &drivers);
      for (std::size_t k = 0; k < drivers.size() && m.drivers.size() < drivers_kept; ++k) {
        if (k == ordered_drivers) order_drivers(std::span(drivers).subspan(k), m.prediction.value);
        // Names of this or another actor are not reasons: only the words around them.
        const auto token = drivers[k].token;
        const bool named = (token >= m.target.first && token <= m.target.last) ||
                           std::any_of(others.begin(), others.end(), [&](const TargetSpan &o) {
                             return token >= o.first && token <= o.last;
                           });
        if (!named && drivers[k].weight * (m.prediction.value >= 0 ? 1.0f : -1.0f) > 0.0f &&
            explains(doc.norm(tokens[drivers[k].token])))
          m.drivers.push_back(drivers[k]);
      }
      if (keep_features) {
        m.features = own;
        m.features.insert(m.features.end(), sentence_features.begin(), sentence_features.end());
      }
    }
  }

  std::vector<ActorStance> kept;
  for (auto &a : out) {
    if (a.mentions.empty() && !a.actor.of_interest) continue;
    summarise(a);
    kept.push_back(std::move(a));
  }
  return kept;
}

std::vector<sdk::Span> find_name(const sdk::Document &doc, std::string_view name) {
  // The name's words, as the segmentation normalises them (lower case, split on spaces).
  std::vector<std::string> words;
  for (std::size_t at = 0; at < name.size();) {
    const auto space = name.find(' ', at);
    const auto word =
        name.substr(at, space == std::string_view::npos ? name.size() - at : space - at);
    if (!word.empty()) words.push_back(folded(word));
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  std::vector<sdk::Span> spans;
  if (words.empty()) return spans;
  const auto tokens = doc.tokens();
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!(tokens[k].flags & ASPECTDIFF_TOKEN_CAPITALISED)) continue;
    std::size_t n = 0;
    while (n < words.size() && k + n < tokens.size() && doc.norm(tokens[k + n]) == words[n])
      ++n;
    if (n == words.size()) {
      spans.push_back({tokens[k].begin, tokens[k + n - 1].end});
      k += n - 1;
    } else if (words.size() > 1 && doc.norm(tokens[k]) == words.back()) {
      spans.push_back(sdk::Document::span_of(tokens[k])); // the surname alone
    }
  }
  return spans;
}

bool names_actor(std::string_view name, std::string_view key, std::string_view label) {
  const std::string n = folded(name);
  if (n.empty()) return false;
  const std::string l = folded(label);
  if (n == l) return true;
  if (l.size() > n.size() && l.ends_with(n) && l[l.size() - n.size() - 1] == ' ') return true;
  const auto colon = key.find(':');
  return colon != std::string_view::npos && folded(key.substr(colon + 1)) == n;
}

} // namespace aspectdiff::plugins::sentiment
