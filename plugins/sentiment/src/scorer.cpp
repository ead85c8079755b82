#include "scorer.hpp"

#include "clause.hpp"

#include <algorithm>
#include <cmath>

namespace aspectdiff::plugins::sentiment {

namespace {

constexpr std::uint32_t word_flags = ASPECTDIFF_TOKEN_WORD | ASPECTDIFF_TOKEN_NUMERIC;
constexpr std::uint32_t mark_flags = ASPECTDIFF_TOKEN_PUNCTUATION | ASPECTDIFF_TOKEN_SYMBOL;

float squash(float x) noexcept {
  return x / std::sqrt(x * x + 4.0f);
}

// Whether a word has a run of three equal letters ("sooo"): only such words pay for the
// look-ups of find_elongated.
bool stretched(std::string_view norm) noexcept {
  for (std::size_t i = 2; i < norm.size(); ++i)
    if (norm[i] == norm[i - 1] && norm[i] == norm[i - 2]) return true;
  return false;
}

bool ascii_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static_assert(cue_excess - cue_failure + 1 == stance_count, "one model feature per stance cue");

constexpr std::size_t no_stance = static_cast<std::size_t>(-1);

// Where the stance cue opened by the word at k ends (its last token; `last` for an expression
// that carries the cue itself), or no_stance if it does not hold in its context. "should / could /
// would" reproach only before "have" and a past participle ("should have known"; "should have more"
// is advice), with "not" or "never" allowed between; "too" criticises before a content word
// ("too slow", "too many"), not at the end of a clause, where it means "also" ("me too", "it
// works, too"). The other cues are expressions that hold wherever they match.
std::size_t stance_end(const sdk::Document &doc, std::span<const sdk::Token> tokens, std::size_t k,
                       std::size_t last, Stance stance) noexcept {
  auto word = [&](std::size_t j) {
    return j < tokens.size() && (tokens[j].flags & ASPECTDIFF_TOKEN_WORD) != 0u;
  };
  if (stance == Stance::regret) {
    std::size_t j = k + 1;
    if (word(j) && modal_negation(doc.norm(tokens[j]))) ++j;
    if (!word(j)) return no_stance;
    const auto have = doc.norm(tokens[j]);
    const bool holds = (have == "have" || have == "'ve") && word(j + 1) &&
                       past_participle(doc.norm(tokens[j + 1]));
    return holds ? j + 1 : no_stance;
  }
  if (stance == Stance::excess)
    return word(k + 1) && !function_word(doc.norm(tokens[k + 1])) ? k + 1 : no_stance;
  return last;
}

} // namespace

void Scorer::analyse(const sdk::Document &doc, Analysis &out) const {
  out.sentences.clear();
  out.hits.clear();
  out.stances.clear();
  const auto sentences = doc.sentences();
  out.sentences.resize(sentences.size());
  // Per-thread scratch, so scoring a document allocates nothing once warmed up.
  thread_local std::vector<std::uint32_t> ids;
  for (std::uint32_t s = 0; s < sentences.size(); ++s)
    score_sentence(doc, s, out, ids);
}

bool Scorer::match_emoticon(const sdk::Document &doc, std::span<const sdk::Token> tokens,
                            std::size_t i, std::size_t &last, const Cue *&cue) const {
  const auto text = doc.text();
  const std::uint32_t at = tokens[i].begin;
  for (const auto &e : lexicon_.emoticons_from(static_cast<unsigned char>(text[at]))) {
    if (text.compare(at, e.text.size(), e.text) != 0) continue;
    const std::size_t end = at + e.text.size();
    // ":/" inside "http://" or ":p" inside ":path" are not faces.
    if (end < text.size() && (ascii_alnum(text[end]) || text[end] == '/')) continue;
    if (at > 0 && ascii_alnum(text[at - 1]) && e.text.find('/') != std::string::npos) continue;
    std::size_t j = i;
    while (j + 1 < tokens.size() && tokens[j + 1].begin < end)
      ++j;
    if (tokens[j].end > end) continue; // the face would cut a token in two
    last = j;
    cue = &e.cue;
    return true;
  }
  return false;
}

// Stretched words ("sooo", "yaaay") are looked up with each run of three or more equal letters
// cut to two, then to one. Only words with such a run pay for this.
std::uint32_t Scorer::find_elongated(std::string_view norm) const {
  thread_local std::string buffer;
  for (const std::size_t keep : {2u, 1u}) {
    buffer.clear();
    std::size_t run = 0;
    for (std::size_t i = 0; i < norm.size(); ++i) {
      run = (i > 0 && norm[i] == norm[i - 1]) ? run + 1 : 1;
      if (run <= keep) buffer.push_back(norm[i]);
    }
    const auto id = lexicon_.find(buffer);
    if (id != TermTable::npos) return id;
  }
  return TermTable::npos;
}

void Scorer::score_sentence(const sdk::Document &doc, std::uint32_t index, Analysis &out,
                            std::vector<std::uint32_t> &ids) const {
  const auto &segment = doc.sentences()[index];
  const auto tokens = doc.tokens_of(segment);
  const std::size_t n = tokens.size();
  ids.resize(n);

  // First pass: look every word up once; count words, capitals, '!' and '?'.
  std::uint32_t words = 0, caps = 0, capitalised = 0, exclamations = 0;
  std::uint64_t elongated = 0; // bit k & 63: word k was found after undoing a stretch ("sooo")
  float learned_sum = 0.0f;
  bool question = false, title_case = false;
  for (std::size_t k = 0; k < n; ++k) {
    const auto &t = tokens[k];
    ids[k] = TermTable::npos;
    if (t.flags & word_flags) {
      ++words;
      if (t.flags & ASPECTDIFF_TOKEN_ALL_CAPS) ++caps;
      if ((t.flags & (ASPECTDIFF_TOKEN_CAPITALISED | ASPECTDIFF_TOKEN_ALL_CAPS)) ==
          ASPECTDIFF_TOKEN_CAPITALISED) {
        ++capitalised;
        title_case = title_case ||
                     (!(t.flags & ASPECTDIFF_TOKEN_SENTENCE_INITIAL) && function_word(doc.norm(t)));
      }
      if (t.flags & ASPECTDIFF_TOKEN_WORD) {
        const auto norm = doc.norm(t);
        ids[k] = lexicon_.find(norm);
        if (ids[k] == TermTable::npos && norm.size() >= 4 && stretched(norm)) {
          ids[k] = find_elongated(norm);
          if (ids[k] != TermTable::npos) elongated |= std::uint64_t{1} << (k & 63);
        }
        if (ids[k] != TermTable::npos) learned_sum += lexicon_.learned(ids[k]);
      }
    } else if (t.flags & ASPECTDIFF_TOKEN_PUNCTUATION) {
      for (const char c : doc.norm(t)) {
        exclamations += c == '!';
        question = question || c == '?';
      }
    }
  }
  const bool caps_stand_out = caps > 0 && caps * 2 < words;
  // In a sentence written mostly in lower case, capitalised words next to each other that do
  // not start it make up a name or title ("President Bush", "the United Nations", "Grand
  // Central", "Mr. Gore"): the everyday sense of the words is not what the sentence says.
  // Headlines and posts in title case ("Plans For The City"), and a single capitalised word
  // ("@jo Hope it works"), are left alone.
  const bool names_stand_out = rules_.names_neutral && !title_case && capitalised * 4 < words * 3;
  auto capital = [&](std::size_t k) {
    return k < n && (tokens[k].flags & ASPECTDIFF_TOKEN_CAPITALISED) &&
           !(tokens[k].flags & ASPECTDIFF_TOKEN_ALL_CAPS);
  };
  auto is_name = [&](std::size_t k, std::size_t last) {
    if (!capital(k) || (tokens[k].flags & ASPECTDIFF_TOKEN_SENTENCE_INITIAL)) return false;
    // After an opening quote, a colon or a dash a new sentence may start in mid-sentence.
    if (k > 0 && !(tokens[k - 1].flags & word_flags) && opens_sentence(doc.norm(tokens[k - 1])))
      return false;
    return (k > 0 && capital(k - 1)) || capital(last + 1) ||
           (k > 1 && doc.norm(tokens[k - 1]) == "." && capital(k - 2)); // "Mr. Gore"
  };

  // Whether a sentiment word follows position k before the clause ends (within `reach` words):
  // decides if a word that can both carry valence and modify ("damn", "lacking") modifies.
  auto valence_ahead = [&](std::size_t k, int reach) {
    for (std::size_t j = k + 1; j < n && reach > 0; ++j) {
      if (tokens[j].flags & word_flags) {
        --reach;
        if (ids[j] != TermTable::npos && lexicon_.word_cue(ids[j]).valence != 0.0f) return true;
      } else if (ends_clause(doc.norm(tokens[j]))) {
        return false;
      }
    }
    return false;
  };

  const std::size_t first_hit = out.hits.size();
  unsigned stances = 0;  // bit s: stance cue s holds in the sentence
  float negation = 0.0f; // strength of the negation in force
  int since_negator = 1 << 20;
  float boost = 0.0f; // pending boost
  int since_booster = 1 << 20;
  float turn = 1.0f;   // weight after a contrast ("but")
  float clause = 1.0f; // weight of the current concession or conditional clause
  auto end_clause = [&] {
    negation = 0.0f;
    boost = 0.0f;
    clause = 1.0f;
  };

  for (std::size_t k = 0; k < n; ++k) {
    const auto &t = tokens[k];
    const Cue *cue = nullptr;
    std::size_t last = k;
    if (!(t.flags & word_flags)) {
      // Most marks ('.', ',') start no face: the by-first-byte index rules them out at once.
      if ((t.flags & mark_flags) &&
          !lexicon_.emoticons_from(static_cast<unsigned char>(doc.text()[t.begin])).empty() &&
          match_emoticon(doc, tokens, k, last, cue)) {
        // An emoticon stands on its own: no booster or negation reaches it.
        out.hits.push_back({index, segment.first + static_cast<std::uint32_t>(k),
                            segment.first + static_cast<std::uint32_t>(last), cue->label,
                            cue->valence, cue->valence * turn, false});
        k = last;
      } else if (ends_clause(doc.norm(t))) {
        end_clause();
      }
      continue;
    }
    const std::uint32_t id = ids[k];
    if (id != TermTable::npos) {
      cue = &lexicon_.word_cue(id);
      const auto candidates = lexicon_.phrases_starting(id);
      for (const std::uint32_t &p : candidates) {
        if (k + 1 >= n || ids[k + 1] != lexicon_.phrase_second(&p)) continue;
        const auto &phrase = lexicon_.phrase(p);
        const std::size_t len = phrase.words.size();
        if (k + len > n) continue;
        bool same = true;
        for (std::size_t w = 2; w < len && same; ++w)
          same = ids[k + w] == phrase.words[w];
        if (same) {
          cue = &phrase.cue;
          last = k + len - 1;
          break;
        }
      }
    }
    // A stance cue only marks the sentence and leaves the rules as they are: "should" in
    // "should have known" still opens a hypothetical clause. An expression carries its own
    // ("fails to"); a word's holds even inside a longer expression ("too bad", "could have been
    // better").
    const bool own_stance = cue != nullptr && cue->stance != Stance::none;
    const Stance stance = own_stance              ? cue->stance
                          : id != TermTable::npos ? lexicon_.word_cue(id).stance
                                                  : Stance::none;
    if (stance != Stance::none) {
      const std::size_t end = stance_end(doc, tokens, k, own_stance ? last : k, stance);
      if (end != no_stance) {
        stances |= 1u << static_cast<unsigned>(stance);
        out.stances.push_back({index, segment.first + static_cast<std::uint32_t>(k),
                               segment.first + static_cast<std::uint32_t>(end), stance});
      }
    }
    if (cue != nullptr && names_stand_out && cue->valence != 0.0f && cue->booster == 0.0f &&
        cue->negator == 0.0f && is_name(k, last))
      cue = nullptr;
    const bool modifies_only =
        cue != nullptr && cue->valence != 0.0f && (cue->booster != 0.0f || cue->negator != 0.0f) &&
        valence_ahead(last, cue->negator != 0.0f ? rules_.negation_scope : rules_.booster_reach);
    if (cue == nullptr || !cue->acts()) {
      // a word with no part in sentiment
    } else if (cue->block) {
    } else if (cue->contrast != 0.0f) {
      const float before = 1.0f - (1.0f - rules_.contrast_before) * cue->contrast;
      for (std::size_t h = first_hit; h < out.hits.size(); ++h)
        out.hits[h].contribution *= before;
      turn = 1.0f + (rules_.contrast_after - 1.0f) * cue->contrast;
      end_clause();
    } else if (cue->concession != 0.0f) {
      end_clause();
      clause = 1.0f - (1.0f - rules_.concession_weight) * cue->concession;
    } else if (cue->condition != 0.0f) {
      end_clause();
      clause = std::min(clause, 1.0f - (1.0f - rules_.condition_weight) * cue->condition);
    } else if (cue->negator != 0.0f && (cue->valence == 0.0f || modifies_only)) {
      negation = cue->negator;
      since_negator = -1;
    } else if (cue->booster != 0.0f && (cue->valence == 0.0f || modifies_only)) {
      if (since_booster > rules_.booster_reach) boost = 0.0f;
      boost += cue->booster;
      since_booster = -1;
    } else if (cue->valence != 0.0f) {
      float v = cue->valence;
      if (boost != 0.0f && since_booster < rules_.booster_reach)
        v *= 1.0f + boost * (1.0f - 0.2f * static_cast<float>(since_booster));
      if ((caps_stand_out && (t.flags & ASPECTDIFF_TOKEN_ALL_CAPS)) || (elongated >> (k & 63) & 1u))
        v *= 1.0f + rules_.caps_emphasis;
      if (negation != 0.0f && since_negator < rules_.negation_scope) {
        const float flip = v > 0.0f ? rules_.negated_positive : rules_.negated_negative;
        v *= 1.0f - negation * (1.0f + flip);
      }
      v *= turn * clause;
      out.hits.push_back({index, segment.first + static_cast<std::uint32_t>(k),
                          segment.first + static_cast<std::uint32_t>(last), cue->label,
                          cue->valence, v, cue->derived});
      boost = 0.0f;
    }
    ++since_negator;
    ++since_booster;
    k = last;
  }

  // Whole-sentence emphasis and hedging.
  float factor = question ? rules_.question_weight : 1.0f;
  factor *= 1.0f + rules_.exclamation_step * static_cast<float>(std::min(exclamations, 3u));
  float sum = 0.0f, positive = 0.0f, negative = 0.0f, top = 0.0f, bottom = 0.0f, derived = 0.0f;
  for (std::size_t h = first_hit; h < out.hits.size(); ++h) {
    float &c = out.hits[h].contribution;
    c *= factor;
    sum += c;
    if (c > 0.0f)
      positive += c;
    else
      negative += c;
    if (out.hits[h].derived) derived += c;
    top = std::max(top, c);
    bottom = std::min(bottom, c);
  }

  SentenceScore &s = out.sentences[index];
  s.sum = sum;
  s.words = words;
  s.hits = static_cast<std::uint32_t>(out.hits.size() - first_hit);
  s.features[sum_norm] = squash(sum);
  s.features[positive_norm] = squash(positive);
  s.features[negative_norm] = squash(negative);
  s.features[density] = 4.0f * sum / (static_cast<float>(words) + 4.0f);
  s.features[strongest_positive] = top / 4.0f;
  s.features[strongest_negative] = bottom / 4.0f;
  s.features[derived_norm] = squash(derived);
  for (std::size_t c = 0; c < stance_count; ++c)
    s.features[cue_failure + c] = (stances >> (c + 1)) & 1u ? 1.0f : 0.0f;
  s.features[learned] = learned_sum / std::sqrt(static_cast<float>(words) + 1.0f);
  s.score = words == 0 ? 0.0f : model_.apply(s.features);
}

} // namespace aspectdiff::plugins::sentiment
