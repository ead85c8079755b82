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

std::size_t CueFinder::match(const SentenceContext &s, const CueEntry &e, std::size_t element,
                             std::size_t token) const noexcept {
  constexpr std::size_t fail = static_cast<std::size_t>(-1);
  if (element == e.pattern.size()) return token;
  const PatternElement &p = e.pattern[element];
  if (p.optional) {
    // Try with the element first (longest match), then without it.
    if (token < s.size()) {
      bool ok = false;
      switch (p.kind) {
      case PatternElement::Kind::word:
        ok = s.ids[token] == p.value;
        break;
      case PatternElement::Kind::set:
        ok = s.in(token, p.value);
        break;
      case PatternElement::Kind::number:
        ok = s.number(token);
        break;
      case PatternElement::Kind::any:
        ok = s.has(token, ASPECTDIFF_TOKEN_WORD);
        break;
      }
      if (ok) {
        const std::size_t end = match(s, e, element + 1, token + 1);
        if (end != fail) return end;
      }
    }
    return match(s, e, element + 1, token);
  }
  if (token >= s.size()) return fail;
  bool ok = false;
  switch (p.kind) {
  case PatternElement::Kind::word:
    ok = s.ids[token] == p.value;
    break;
  case PatternElement::Kind::set:
    ok = s.in(token, p.value);
    break;
  case PatternElement::Kind::number:
    ok = s.number(token);
    break;
  case PatternElement::Kind::any:
    ok = s.has(token, ASPECTDIFF_TOKEN_WORD);
    break;
  }
  return ok ? match(s, e, element + 1, token + 1) : fail;
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
  for (const auto list : {from_word, from_number})
    for (const std::uint32_t e : list) {
      const std::size_t stop = match(s, lexicon_.entry(e), 0, i);
      if (stop != fail && count < found.size()) found[count++] = {e, stop};
    }
  if (count > 1)
    std::stable_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(count),
                     [](const Candidate &a, const Candidate &b) { return a.end > b.end; });
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

void CueFinder::find_in_sentence(const sdk::Document &doc, const SentenceContext &s,
                                 std::uint32_t sentence, std::vector<Cue> &out) const {
  const std::uint32_t base = doc.sentences()[sentence].first;
  const std::size_t sentence_start = out.size();
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t entry_index = 0;
    std::size_t end = 0;
    if (s.ids[i] == no_word && !s.has(i, ASPECTDIFF_TOKEN_NUMERIC)) {
      ++i;
      continue;
    }
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

void CueFinder::find(const sdk::Document &doc, std::vector<WordId> &ids,
                     std::vector<Cue> &out) const {
  const auto tokens = doc.tokens();
  ids.resize(tokens.size());
  const Vocabulary &vocabulary = lexicon_.vocabulary();
  for (std::size_t t = 0; t < tokens.size(); ++t)
    ids[t] = vocabulary.find(doc.norm(tokens[t]));

  const auto sentences = doc.sentences();
  for (std::uint32_t k = 0; k < sentences.size(); ++k) {
    const auto &sentence = sentences[k];
    if (sentence.count == 0) continue;
    if (std::size_t{sentence.first} + sentence.count > tokens.size())
      throw std::out_of_range("sentence " + std::to_string(k) + " runs past the last token");
    SentenceContext s{doc.tokens_of(sentence),
                      std::span<const WordId>(ids).subspan(sentence.first, sentence.count),
                      &vocabulary, &sets_};
    find_in_sentence(doc, s, k, out);
  }
}

} // namespace aspectdiff::plugins::hedging
