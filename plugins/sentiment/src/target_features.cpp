#include "target_features.hpp"

#include "clause.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace aspectdiff::plugins::sentiment {

namespace {

constexpr std::uint32_t word_flags = ASPECTDIFF_TOKEN_WORD | ASPECTDIFF_TOKEN_NUMERIC;
// Words either side of the target whose identity is a feature.
constexpr std::uint32_t window = 6;

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) noexcept {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Verbs that attribute speech or writing to their subject ("X said", "X wrote").
bool speech_verb(std::string_view w) noexcept {
  return one_of(w,
                {"said",      "says",      "say",        "told",      "tells",     "added",
                 "adds",      "argued",    "argues",     "claimed",   "claims",    "wrote",
                 "writes",    "stated",    "insisted",   "insists",   "noted",     "notes",
                 "explained", "declared",  "warned",     "warns",     "tweeted",   "asked",
                 "asks",      "suggested", "contended",  "responded", "replied",   "testified",
                 "recalled",  "admitted",  "complained", "posted",    "announced", "acknowledged",
                 "countered", "remarked",  "predicted",  "urged",     "blasted",   "slammed"});
}

// Words that may stand between a subject and its verb without changing who acts: auxiliaries,
// modals, and adverbs ("has also repeatedly", "brutally").
bool between_subject_and_verb(std::string_view w) noexcept {
  if (w.size() > 4 && w.ends_with("ly")) return true;
  return one_of(w, {"has",        "have",       "had",     "is",    "was",        "are",   "were",
                    "been",       "being",      "be",      "will",  "would",      "could", "can",
                    "should",     "may",        "might",   "must",  "also",       "not",   "n't",
                    "never",      "just",       "already", "still", "repeatedly", "then",  "later",
                    "reportedly", "allegedly",  "again",   "did",   "does",       "do",    "once",
                    "recently",   "previously", "now",     "even",  "only",       "who"});
}

bool be_form(std::string_view w) noexcept {
  return one_of(w, {"is", "was", "are", "were", "been", "being", "be", "got", "gets", "get"});
}

bool pronoun(std::string_view w) noexcept {
  return one_of(w, {"he", "she", "they", "him", "her", "them", "his", "their", "it", "its", "i",
                    "we", "you", "me", "us"});
}

bool preposition(std::string_view w) noexcept {
  return one_of(w, {"of", "on", "against", "toward", "towards", "to", "at", "with", "by", "for",
                    "from", "about", "over", "into", "behind", "under", "like", "than"});
}

bool quote_mark(std::string_view w) noexcept {
  return w == "\"" || w == "``" || w == "''" || w.starts_with("\u201c") || w.starts_with("\u201d");
}

// The kinds of lexicon features, by [same clause][after][distance band][positive]. Names are
// spelled out so the model file can be read.
constexpr std::string_view lex_kinds[2][2][3][2] = {
    {{{"lex.other.before.near.neg", "lex.other.before.near.pos"},
      {"lex.other.before.mid.neg", "lex.other.before.mid.pos"},
      {"lex.other.before.far.neg", "lex.other.before.far.pos"}},
     {{"lex.other.after.near.neg", "lex.other.after.near.pos"},
      {"lex.other.after.mid.neg", "lex.other.after.mid.pos"},
      {"lex.other.after.far.neg", "lex.other.after.far.pos"}}},
    {{{"lex.same.before.near.neg", "lex.same.before.near.pos"},
      {"lex.same.before.mid.neg", "lex.same.before.mid.pos"},
      {"lex.same.before.far.neg", "lex.same.before.far.pos"}},
     {{"lex.same.after.near.neg", "lex.same.after.near.pos"},
      {"lex.same.after.mid.neg", "lex.same.after.mid.pos"},
      {"lex.same.after.far.neg", "lex.same.after.far.pos"}}}};

std::uint32_t band(std::uint32_t distance) noexcept {
  return distance <= 3 ? 0u : (distance <= 8 ? 1u : 2u);
}

std::uint32_t distance_to(const TargetSpan &t, std::uint32_t token) noexcept {
  if (token > t.last) return token - t.last;
  if (token < t.first) return t.first - token;
  return 0;
}

// The contribution of the hit covering token k, or 0.
float contribution_at(std::span<const Hit> hits, std::uint32_t k) noexcept {
  for (const auto &h : hits)
    if (h.first_token <= k && k <= h.last_token) return h.contribution;
  return 0.0f;
}

} // namespace

std::vector<std::uint32_t> first_hits(const Analysis &analysis) {
  std::vector<std::uint32_t> first(analysis.sentences.size() + 1, 0);
  std::size_t h = 0;
  for (std::uint32_t s = 0; s <= analysis.sentences.size(); ++s) {
    while (h < analysis.hits.size() && analysis.hits[h].sentence < s)
      ++h;
    first[s] = static_cast<std::uint32_t>(h);
  }
  return first;
}

std::string feature_name(const TargetFeature &f) {
  std::string name(f.kind);
  if (!f.word.empty() || !f.word2.empty()) {
    name += '|';
    name += f.word;
    if (!f.word2.empty()) {
      name += ' ';
      name += f.word2;
    }
  }
  return name;
}

std::uint64_t feature_hash(std::string_view kind, std::string_view word,
                           std::string_view word2) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ull;
  auto mix = [&h](std::string_view s) {
    for (const char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 0x100000001b3ull;
    }
  };
  mix(kind);
  if (!word.empty() || !word2.empty()) {
    mix("|");
    mix(word);
    if (!word2.empty()) {
      mix(" ");
      mix(word2);
    }
  }
  return h;
}

bool TargetFeatureExtractor::turns(const sdk::Document &doc, const sdk::Token &t) const {
  if (!(t.flags & word_flags)) return ends_clause(doc.norm(t));
  const auto id = lexicon_.find(doc.norm(t));
  if (id == TermTable::npos) return false;
  const auto &cue = lexicon_.word_cue(id);
  return cue.contrast != 0.0f || cue.concession != 0.0f;
}

void TargetFeatureExtractor::sentence(const sdk::Document &doc, std::uint32_t sentence,
                                      std::vector<TargetFeature> &out) const {
  const auto &segment = doc.sentences()[sentence];
  const auto tokens = doc.tokens();
  const std::size_t begin = out.size();
  for (std::uint32_t k = segment.first; k < segment.first + segment.count; ++k)
    if (tokens[k].flags & ASPECTDIFF_TOKEN_WORD)
      out.push_back(
          {.kind = "ws", .word = doc.norm(tokens[k]), .word2 = {}, .value = 1.0f, .token = k});
  // Each word once: a repeated word says no more about the sentence.
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(),
            [](const TargetFeature &x, const TargetFeature &y) { return x.word < y.word; });
  out.erase(
      std::unique(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(),
                  [](const TargetFeature &x, const TargetFeature &y) { return x.word == y.word; }),
      out.end());
  const float value =
      1.0f / std::sqrt(static_cast<float>(std::max<std::size_t>(1, out.size() - begin)));
  for (std::size_t i = begin; i < out.size(); ++i)
    out[i].value = value;
}

void TargetFeatureExtractor::target(const sdk::Document &doc, const Analysis &analysis,
                                    std::span<const Hit> hits, const TargetSpan &t,
                                    std::span<const TargetSpan> others,
                                    std::vector<TargetFeature> &out) const {
  const auto tokens = doc.tokens();
  const auto &segment = doc.sentences()[t.sentence];
  const std::uint32_t s_first = segment.first, s_end = segment.first + segment.count;
  auto norm = [&](std::uint32_t k) { return doc.norm(tokens[k]); };
  auto is_word = [&](std::uint32_t k) {
    return k >= s_first && k < s_end && (tokens[k].flags & word_flags) != 0u;
  };
  auto add = [&](std::string_view kind, float value,
                 std::uint32_t token = TargetFeature::no_token) {
    out.push_back({.kind = kind, .word = {}, .word2 = {}, .value = value, .token = token});
  };
  auto add_word = [&](std::string_view kind, std::uint32_t k, std::string_view word2 = {}) {
    out.push_back({.kind = kind, .word = norm(k), .word2 = word2, .value = 1.0f, .token = k});
  };

  add("bias", 1.0f);
  const auto &scored = analysis.sentences[t.sentence];
  add("sent.score", scored.score);

  // The clause around the target.
  std::uint32_t clause_first = t.first, clause_last = t.last;
  while (clause_first > s_first && !turns(doc, tokens[clause_first - 1]))
    --clause_first;
  while (clause_last + 1 < s_end && !turns(doc, tokens[clause_last + 1]))
    ++clause_last;

  // Contrast and negation around the target; quotation marks before it.
  bool contrast_before = false, contrast_after = false, negated = false, question = false;
  std::uint32_t quotes_before = 0;
  for (std::uint32_t k = s_first; k < s_end; ++k) {
    const auto w = norm(k);
    if (k < t.first && quote_mark(w)) ++quotes_before;
    if (w == "?") question = true;
    if (!(tokens[k].flags & ASPECTDIFF_TOKEN_WORD)) continue;
    const auto id = lexicon_.find(w);
    if (id == TermTable::npos) continue;
    const auto &cue = lexicon_.word_cue(id);
    if (cue.contrast != 0.0f || cue.concession != 0.0f) {
      if (k < t.first) contrast_before = true;
      if (k > t.last) contrast_after = true;
    }
    if (cue.negator != 0.0f && k >= clause_first && k <= clause_last) negated = true;
  }
  if (contrast_before) add("contrast.before", 1.0f);
  if (contrast_after) add("contrast.after", 1.0f);
  if (negated) add("clause.negated", 1.0f);
  if (question) add("sentence.question", 1.0f);
  if (quotes_before % 2 == 1) add("target.in_quotes", 1.0f);

  // The target itself.
  const bool single = t.first == t.last;
  if (single && pronoun(norm(t.first))) add("target.pronoun", 1.0f);
  if (t.first == s_first) add("target.initial", 1.0f);
  if (!others.empty()) add("target.multi", 1.0f);
  add("target.others", static_cast<float>(std::min<std::size_t>(others.size(), 4)) / 4.0f);

  // Attributed speech: "X said", "said X", "according to X". The words on the far side of the
  // speech verb are the speaker's, not about the speaker.
  std::uint32_t r = t.last + 1;
  bool possessive = r < s_end && (norm(r) == "'s" || norm(r) == "'");
  if (possessive) add("target.possessive", 1.0f);
  bool passive = false;
  std::uint32_t skipped = 0;
  while (is_word(r) && between_subject_and_verb(norm(r)) && skipped < 4) {
    passive = passive || be_form(norm(r));
    ++r;
    ++skipped;
  }
  std::uint32_t speech_at = TargetFeature::no_token;
  bool quote_after = false;
  if (!possessive && is_word(r) && speech_verb(norm(r))) {
    speech_at = r;
    quote_after = true;
  } else if (t.first > s_first + 1 && norm(t.first - 2) == "according" &&
             norm(t.first - 1) == "to") {
    speech_at = t.first - 2;
  } else if (t.first > s_first && is_word(t.first - 1) && speech_verb(norm(t.first - 1))) {
    speech_at = t.first - 1; // "..., said Smith"
  }
  if (speech_at != TargetFeature::no_token) {
    add("target.speaker", 1.0f, speech_at);
    add("sent.score.speaker", scored.score);
  }
  if (!others.empty()) add("sent.score.multi", scored.score);

  // Agent or patient of a loaded verb.
  if (!possessive && is_word(r) && speech_at != r) {
    const float c = contribution_at(hits, r) / 4.0f;
    const auto verb = norm(r);
    const bool participle = verb.ends_with("ed") || verb.ends_with("en");
    if (passive && participle) {
      add_word("passive", r);
      if (c != 0.0f) add("patient.passive", c, r);
    } else {
      add_word("agent", r);
      if (c != 0.0f) add("agent.verb", c, r);
    }
    if (r + 1 < s_end && norm(r + 1) == "by") add("passive.by_follows", 1.0f);
  }
  if (t.first > s_first && is_word(t.first - 1)) {
    const std::uint32_t l1 = t.first - 1;
    const auto w = norm(l1);
    if (preposition(w) && t.first >= s_first + 2 && is_word(l1 - 1)) {
      add_word("prep", l1 - 1, w);
      const float c = contribution_at(hits, l1 - 1) / 4.0f;
      if (c != 0.0f) add(w == "by" ? "agent.by" : "patient.prep", c, l1 - 1);
    } else if (!preposition(w)) {
      const float c = contribution_at(hits, l1) / 4.0f;
      if (c != 0.0f) add("patient.object", c, l1);
    }
  }

  // Neighbours and the window of words either side.
  if (t.first > s_first) add_word("L1", t.first - 1);
  if (t.first > s_first + 1) add_word("L2L1", t.first - 2, norm(t.first - 1));
  if (t.last + 1 < s_end) add_word("R1", t.last + 1);
  if (t.last + 2 < s_end) add_word("R1R2", t.last + 1, norm(t.last + 2));
  for (std::uint32_t k = t.first > s_first + window ? t.first - window : s_first; k < t.first; ++k)
    if (tokens[k].flags & ASPECTDIFF_TOKEN_WORD) add_word("wl", k);
  for (std::uint32_t k = t.last + 1; k < s_end && k <= t.last + window; ++k)
    if (tokens[k].flags & ASPECTDIFF_TOKEN_WORD) add_word("wr", k);

  // The words of the target's own clause, each weighing 1/sqrt(clause words).
  const std::size_t clause_begin = out.size();
  for (std::uint32_t k = clause_first; k <= clause_last; ++k)
    if ((k < t.first || k > t.last) && (tokens[k].flags & ASPECTDIFF_TOKEN_WORD)) add_word("wc", k);
  for (std::size_t i = clause_begin; i < out.size(); ++i)
    out[i].value = 1.0f / std::sqrt(static_cast<float>(out.size() - clause_begin));

  // The lexicon's contributions, by where they stand from the target.
  for (const auto &h : hits) {
    if (h.last_token >= t.first && h.first_token <= t.last) continue; // the target's own words
    const std::uint32_t at = h.first_token;
    const std::uint32_t d = distance_to(t, at);
    const bool positive = h.contribution > 0.0f;
    const float v = h.contribution / 4.0f;
    const bool theirs = std::any_of(others.begin(), others.end(),
                                    [&](const TargetSpan &o) { return distance_to(o, at) < d; });
    if (speech_at != TargetFeature::no_token &&
        (quote_after ? at > speech_at : (at < t.first || at > t.last))) {
      add(positive ? "lex.quote.pos" : "lex.quote.neg", v, at);
    } else if (theirs) {
      add(positive ? "lex.theirs.pos" : "lex.theirs.neg", v, at);
    } else {
      const bool same = at >= clause_first && at <= clause_last;
      add(lex_kinds[same][at > t.last][band(d)][positive], v, at);
    }
  }
}

} // namespace aspectdiff::plugins::sentiment
