#include "cue_finder.hpp"

#include "cue_rules.hpp"

#include <algorithm>
#include <array>

namespace aspectdiff::plugins::hedging {

RuleSets::RuleSets(CueLexicon &lexicon)
    : be(lexicon.required_set("be")), negation(lexicon.required_set("negation")),
      month_context(lexicon.required_set("month_context")),
      number_word(lexicon.required_set("number_word")),
      approx_unit(lexicon.required_set("approx_unit")),
      pronoun_subject(lexicon.required_set("pronoun_subject")),
      skip_adverb(lexicon.required_set("skip_adverb")),
      epistemic_follow(lexicon.required_set("epistemic_follow")),
      narrative_after_would(lexicon.required_set("narrative_after_would")),
      report_past(lexicon.required_set("report_past")),
      stage_follow(lexicon.required_set("stage_follow")),
      determiner(lexicon.required_set("determiner")),
      function_word(lexicon.required_set("function_word")),
      possible_blocker(lexicon.required_set("possible_blocker")),
      possible_after_blocker(lexicon.required_set("possible_after_blocker")),
      degree_modifier(lexicon.required_set("degree_modifier")),
      copula(lexicon.required_set("copula")), clause_break(lexicon.required_set("clause_break")),
      habitual_adverb(lexicon.required_set("habitual_adverb")),
      finite_be(lexicon.required_set("finite_be")), that(lexicon.intern("that")),
      whether(lexicon.intern("whether")), to(lexicon.intern("to")), have(lexicon.intern("have")),
      a(lexicon.intern("a")), an(lexicon.intern("an")), it(lexicon.intern("it")),
      as(lexicon.intern("as")), like(lexicon.intern("like")), dash(lexicon.intern("-")) {}

CueFinder::CueFinder(CueLexicon &lexicon) : lexicon_(lexicon), sets_(lexicon) {}

namespace {

// Whether token `token` of the sentence fits one pattern element.
inline bool fits(const SentenceContext &s, const PatternElement &p, std::size_t token) noexcept {
  switch (p.kind) {
  case PatternElement::Kind::word:
    return s.ids[token] == p.value;
  case PatternElement::Kind::set:
    return s.in(token, p.value);
  case PatternElement::Kind::number:
    return s.number(token);
  case PatternElement::Kind::any:
    return s.has(token, ASPECTDIFF_TOKEN_WORD);
  }
  return false;
}

} // namespace

std::size_t CueFinder::match(const SentenceContext &s, const CueEntry &e, std::size_t element,
                             std::size_t token) const noexcept {
  constexpr std::size_t fail = static_cast<std::size_t>(-1);
  if (element == e.pattern.size()) return token;
  const PatternElement &p = e.pattern[element];
  if (p.optional) {
    // Try with the element first (longest match), then without it.
    if (token < s.size() && fits(s, p, token)) {
      const std::size_t end = match(s, e, element + 1, token + 1);
      if (end != fail) return end;
    }
    return match(s, e, element + 1, token);
  }
  if (token >= s.size() || !fits(s, p, token)) return fail;
  return match(s, e, element + 1, token + 1);
}

bool CueFinder::best_match(const SentenceContext &s, std::size_t i, std::uint32_t &entry,
                           std::size_t &end) const {
  constexpr std::size_t fail = static_cast<std::size_t>(-1);
  const auto from_word = lexicon_.starting_with(s.ids[i]);
  const auto from_number = s.has(i, ASPECTDIFF_TOKEN_NUMERIC) ? lexicon_.starting_with_number()
                                                              : std::span<const std::uint32_t>{};
  if (from_word.empty() && from_number.empty()) return false;

  // Candidates that match here, longest first; a handful at most, so a fixed array will do.
  struct Candidate {
    std::uint32_t entry;
    std::size_t end;
  };
  std::array<Candidate, 32> found; // filled up to `count`
  std::size_t count = 0;
  const auto try_list = [&](std::span<const std::uint32_t> list) {
    for (const std::uint32_t e : list) {
      const CueEntry &candidate = lexicon_.entry(e);
      // Most candidates fail on their second element ("it" starts a dozen patterns, every
      // form of "be" a few): test it before the general matcher.
      if (candidate.pattern.size() > 1 && !candidate.pattern[1].optional &&
          (i + 1 >= s.size() || !fits(s, candidate.pattern[1], i + 1)))
        continue;
      const std::size_t stop = match(s, candidate, 0, i);
      if (stop == fail || count == found.size()) continue;
      // Insert keeping the longest first, and earlier entries first among equals.
      std::size_t k = count++;
      for (; k > 0 && found[k - 1].end < stop; --k)
        found[k] = found[k - 1];
      found[k] = {e, stop};
    }
  };
  try_list(from_word);
  try_list(from_number);
  for (std::size_t k = 0; k < count; ++k) {
    std::size_t stop = found[k].end;
    const CueEntry &e = lexicon_.entry(found[k].entry);
    if (!passes(e.rule, s, i, stop)) continue;
    entry = found[k].entry;
    end = stop;
    return true;
  }
  return false;
}

void CueFinder::find_in_sentence(const SentenceContext &s, std::uint32_t base,
                                 std::uint32_t sentence, std::span<const std::uint32_t> candidates,
                                 std::vector<Cue> &out) const {
  const std::size_t sentence_start = out.size();
  std::size_t i = 0; // the first token a new cue may start at
  for (const std::uint32_t candidate : candidates) {
    if (candidate < i) continue; // inside the previous match
    i = candidate;
    std::uint32_t entry_index = 0;
    std::size_t end = 0;
    if (!best_match(s, i, entry_index, end)) {
      ++i;
      continue;
    }
    const CueEntry &e = lexicon_.entry(entry_index);
    if (e.cls == CueClass::none) { // a fixed phrase: nothing inside it is a cue
      i = end;
      continue;
    }
    Cue cue;
    std::size_t first = i;
    cue.cls = e.cls;
    cue.subtype = e.subtype;
    cue.strength = e.strength;
    cue.epistemic = e.epistemic;
    if (e.cls == CueClass::booster) {
      // "not clear that", "not necessarily", "cannot be certain": a negated booster hedges.
      if (const std::size_t neg = negation_before(s, i); neg != i) {
        first = neg;
        cue.cls = CueClass::hedge;
        cue.subtype = "negated_booster";
        cue.strength = -0.6 * e.strength;
        cue.phrase = "not ";
      }
    }
    cue.phrase += e.phrase;
    cue.first = base + static_cast<std::uint32_t>(first);
    cue.end = base + static_cast<std::uint32_t>(end);
    cue.sentence = sentence;
    cue.span = {s.tokens[first].begin, s.tokens[end - 1].end};

    // Hedges that follow each other form one cue: "may" + "not necessarily".
    if (out.size() > sentence_start) {
      Cue &last = out.back();
      if (last.cls == CueClass::hedge && cue.cls == CueClass::hedge && last.end == cue.first &&
          last.epistemic && cue.epistemic) {
        last.end = cue.end;
        last.span.end = cue.span.end;
        last.strength = std::max(-1.0, last.strength + cue.strength);
        last.phrase += ' ';
        last.phrase += cue.phrase;
        if (last.subtype != cue.subtype) last.subtype = "combined";
        i = end;
        continue;
      }
    }
    out.push_back(std::move(cue));
    i = end;
  }
}

DocumentScan CueFinder::find(const sdk::Document &doc) const {
  const auto tokens = doc.tokens();
  const auto sentences = doc.sentences();
  const Vocabulary &vocabulary = lexicon_.vocabulary();
  const bool number_patterns = !lexicon_.starting_with_number().empty();
  DocumentScan scan;
  scan.cues.reserve(tokens.size() / 32); // about one cue in forty words in commentary
  scan.words.assign(sentences.size(), 0);
  scan.lexical_words.assign(sentences.size(), 0);
  scan.sentence_spans.assign(sentences.size(), aspectdiff_span{0, 0});
  // Normalised forms are views into one buffer, in token order; up to the end of the last one
  // every byte is readable.
  const char *padded_end = nullptr;
  if (!tokens.empty()) {
    const std::string_view last = doc.norm(tokens.back());
    padded_end = last.data() + last.size();
  }
  std::vector<WordId> ids;               // the current sentence's word ids
  std::vector<std::uint32_t> candidates; // its tokens that start a pattern
  for (std::uint32_t k = 0; k < sentences.size(); ++k) {
    const auto &sentence = sentences[k];
    if (sentence.count == 0) continue;
    if (std::size_t{sentence.first} + sentence.count > tokens.size())
      throw std::out_of_range("sentence " + std::to_string(k) + " runs past the last token");
    if (ids.size() < sentence.count) ids.resize(sentence.count); // grows to the longest sentence
    candidates.clear();
    std::uint32_t words = 0, lexical_words = 0;
    for (std::uint32_t j = 0; j < sentence.count; ++j) {
      const sdk::Token &token = tokens[sentence.first + j];
      const std::string_view norm = doc.norm(token);
      // Tokens well before the end of the normalised text can be packed by over-reading.
      const WordId id =
          padded_end - norm.data() >= 16 ? vocabulary.find_padded(norm) : vocabulary.find(norm);
      ids[j] = id;
      const bool numeric = sdk::has(token, ASPECTDIFF_TOKEN_NUMERIC);
      const bool lexical = sdk::has(token, ASPECTDIFF_TOKEN_WORD);
      if (id != no_word && ((vocabulary.mask(id) >> sets_.clause_break) & 1u) != 0)
        scan.breaks.push_back({sentence.first + j, lexical_words, token.begin,
                               j > 0 ? tokens[sentence.first + j - 1].end : token.begin});
      if ((id != no_word && lexicon_.starts_pattern(id)) || (numeric && number_patterns))
        candidates.push_back(j);
      words += numeric || lexical ? 1u : 0u;
      lexical_words += lexical ? 1u : 0u;
    }
    scan.words[k] = words;
    scan.lexical_words[k] = lexical_words;
    scan.sentence_spans[k] = {tokens[sentence.first].begin,
                              tokens[sentence.first + sentence.count - 1].end};
    if (candidates.empty()) continue;
    SentenceContext s{doc.tokens_of(sentence), std::span<const WordId>(ids.data(), sentence.count),
                      &vocabulary, &sets_};
    find_in_sentence(s, sentence.first, k, candidates, scan.cues);
  }
  return scan;
}

} // namespace aspectdiff::plugins::hedging
