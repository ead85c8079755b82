#include "actor_stance.hpp"

#include "state_sides.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
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
                                       const StanceOptions &options) {
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
    TargetSpan target;
  };
  for (std::uint32_t a = 0; a < actors.size(); ++a)
    out[a].mentions.reserve(actors[a].spans.size());
  std::vector<std::pair<std::uint32_t, Ref>> refs_in_order; // (sentence, mention)
  refs_in_order.reserve(pending.size());
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
        {t.sentence, {p.actor, static_cast<std::uint32_t>(mentions.size() - 1), t}});
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
  StanceModel::SentencePart sentence_part;
  // The mention's others: every other mention of its sentence.
  auto others_of = [&](const TargetSpan &target, const std::vector<Ref> &refs) {
    others.clear();
    for (const auto &o : refs)
      if (o.target.first != target.first) others.push_back(o.target);
  };
  auto hits_of = [&](std::uint32_t s) {
    return std::span<const Hit>(analysis.hits.data() + first_hit[s],
                                first_hit[s + 1] - first_hit[s]);
  };
  // The words behind a quoted mention: its drivers that push toward its prediction, not on a
  // name of this or another actor (names are not reasons), up to drivers_kept of them.
  std::vector<std::pair<std::uint32_t, std::vector<Driver>>> explained; // by first token
  std::vector<Driver> drivers;
  auto explain = [&](const TargetSpan &target, const StancePrediction &prediction) {
    std::vector<Driver> kept_drivers;
    for (std::size_t k = 0; k < drivers.size() && kept_drivers.size() < drivers_kept; ++k) {
      if (k == ordered_drivers) order_drivers(std::span(drivers).subspan(k), prediction.value);
      const auto token = drivers[k].token;
      const bool named = (token >= target.first && token <= target.last) ||
                         std::any_of(others.begin(), others.end(), [&](const TargetSpan &o) {
                           return token >= o.first && token <= o.last;
                         });
      if (!named && drivers[k].weight * (prediction.value >= 0 ? 1.0f : -1.0f) > 0.0f &&
          explains(doc.norm(tokens[drivers[k].token])))
        kept_drivers.push_back(drivers[k]);
    }
    explained.push_back({target.first, std::move(kept_drivers)});
  };
  // An actor named no more often than the mentions quoted per actor has all of them quoted (in
  // distinct sentences), so their words are worked out in the same pass as their stance: in a
  // short article that is most mentions, which would otherwise be scored twice.
  auto surely_quoted = [&](const Ref &ref) {
    return out[ref.actor].mentions.size() <= options.quoted_per_actor;
  };
  for (const auto &[s, refs] : by_sentence) {
    sentence_features.clear();
    extractor.sentence(doc, s, sentence_features);
    const bool explaining = std::any_of(refs.begin(), refs.end(), surely_quoted);
    model.score_sentence(sentence_features, sentence_part, explaining);
    for (const auto &ref : refs) {
      auto &m = out[ref.actor].mentions[ref.mention];
      others_of(m.target, refs);
      own.clear();
      extractor.target(doc, analysis, hits_of(s), m.target, others, own);
      const bool explain_now =
          surely_quoted(ref) && (explained.empty() || explained.back().first != m.target.first);
      m.prediction = model.predict(own, sentence_part, explain_now ? &drivers : nullptr);
      if (explain_now) explain(m.target, m.prediction);
      if (options.keep_features) {
        m.features = own;
        m.features.insert(m.features.end(), sentence_features.begin(), sentence_features.end());
      }
    }
  }

  std::vector<ActorStance> kept;
  for (auto &a : out) {
    summarise(a);
    if (!a.mentions.empty() || a.actor.of_interest) kept.push_back(std::move(a));
  }
  if (options.state_sides) {
    auto sides = state_sides(kept);
    kept.insert(kept.end(), std::make_move_iterator(sides.begin()),
                std::make_move_iterator(sides.end()));
  }

  // The words behind the mentions that are quoted, worked out for those alone: ordering every
  // word's share for every mention would cost more than scoring them.
  std::vector<std::uint32_t> quoted;
  for (const auto &a : kept)
    for (const auto *m : quoted_mentions(a, options.quoted_per_actor))
      quoted.push_back(m->target.first);
  std::sort(quoted.begin(), quoted.end());
  quoted.erase(std::unique(quoted.begin(), quoted.end()), quoted.end());
  auto is_quoted = [&](std::uint32_t first) {
    return std::binary_search(quoted.begin(), quoted.end(), first);
  };
  // The rest of the quoted mentions, those of actors named more often, sentence by sentence.
  std::sort(explained.begin(), explained.end(),
            [](const auto &x, const auto &y) { return x.first < y.first; });
  const std::size_t explained_first = explained.size(); // those of the first pass, in order
  auto is_explained = [&](std::uint32_t first) {
    const auto end = explained.begin() + static_cast<std::ptrdiff_t>(explained_first);
    const auto it = std::lower_bound(explained.begin(), end, first,
                                     [](const auto &e, auto f) { return e.first < f; });
    return it != end && it->first == first;
  };
  for (const auto &[s, refs] : by_sentence) {
    if (std::none_of(refs.begin(), refs.end(), [&](const Ref &r) {
          return is_quoted(r.target.first) && !is_explained(r.target.first);
        }))
      continue;
    sentence_features.clear();
    extractor.sentence(doc, s, sentence_features);
    model.score_sentence(sentence_features, sentence_part, true);
    for (const auto &ref : refs) {
      const TargetSpan &target = ref.target;
      if (!is_quoted(target.first) || is_explained(target.first) ||
          (explained.size() > explained_first && explained.back().first == target.first))
        continue;
      others_of(target, refs);
      own.clear();
      extractor.target(doc, analysis, hits_of(s), target, others, own);
      explain(target, model.predict(own, sentence_part, &drivers));
    }
  }
  std::sort(explained.begin(), explained.end(),
            [](const auto &x, const auto &y) { return x.first < y.first; });
  for (auto &a : kept)
    for (auto &m : a.mentions) {
      if (!is_quoted(m.target.first)) continue; // explained, but another mention is quoted
      const auto it =
          std::lower_bound(explained.begin(), explained.end(), m.target.first,
                           [](const auto &e, std::uint32_t first) { return e.first < first; });
      if (it != explained.end() && it->first == m.target.first) m.drivers = it->second;
    }
  return kept;
}

std::vector<const MentionStance *> quoted_mentions(const ActorStance &a, std::size_t limit) {
  std::vector<const MentionStance *> order;
  for (const auto &m : a.mentions)
    order.push_back(&m);
  std::stable_sort(order.begin(), order.end(), [](const MentionStance *x, const MentionStance *y) {
    return std::abs(x->prediction.value) > std::abs(y->prediction.value);
  });
  // One mention per sentence: the sentence is what is quoted.
  std::vector<const MentionStance *> kept;
  for (const auto *m : order) {
    if (std::any_of(kept.begin(), kept.end(), [&](const MentionStance *k) {
          return k->target.sentence == m->target.sentence;
        }))
      continue;
    kept.push_back(m);
    if (kept.size() >= limit) break;
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
