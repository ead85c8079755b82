#include "cue_rules.hpp"

namespace aspectdiff::plugins::hedging {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

std::size_t previous(std::size_t i) noexcept {
  return i == 0 ? none : i - 1;
}

// "May" is the month when it is capitalised inside a sentence, sits next to a number
// ("May 20", "20 May"), or is followed by a finite "is/was" ("May is the fifth month").
bool month(const SentenceContext &s, std::size_t i) noexcept {
  const bool capital =
      s.has(i, ASPECTDIFF_TOKEN_CAPITALISED) || s.has(i, ASPECTDIFF_TOKEN_ALL_CAPS);
  if (capital && !s.has(i, ASPECTDIFF_TOKEN_SENTENCE_INITIAL) &&
      !s.has(i, ASPECTDIFF_TOKEN_ALL_CAPS))
    return false;
  const std::size_t p = previous(i);
  if (p != none && s.has(p, ASPECTDIFF_TOKEN_NUMERIC)) return false;
  if (capital && p != none && s.in(p, s.sets->month_context)) return false;
  const std::size_t n = i + 1;
  if (n < s.size()) {
    if (s.has(n, ASPECTDIFF_TOKEN_NUMERIC)) return false;
    if (s.in(n, s.sets->finite_be)) return false; // a modal is never followed by "is"
  }
  return true;
}

// "can" hedges when it states a possibility ("can be", "can lead to"), not an ability ("I can
// swim") and not the noun ("a can of").
bool epistemic_can(const SentenceContext &s, std::size_t i) noexcept {
  const std::size_t n = s.next_skipping(i, s.sets->skip_adverb);
  return n < s.size() && s.in(n, s.sets->epistemic_follow);
}

// "could" hedges as a possibility ("could be", "could cause"); after a personal subject or with
// a negation it is usually a past ability ("he could recite", "could not attend").
bool past_ability(const SentenceContext &s, std::size_t i) noexcept {
  const std::size_t n = s.next_skipping(i, s.sets->skip_adverb);
  if (n >= s.size()) return true; // "... if it could." stays a hedge
  if (s.in(n, s.sets->negation)) return n + 1 < s.size() && s.is(n + 1, s.sets->have);
  if (s.in(n, s.sets->epistemic_follow)) return true;
  const std::size_t p = previous(i);
  return !(p != none && s.in(p, s.sets->pronoun_subject));
}

// "would" as the future of a past narrative ("would later become", "said that he would") or a
// past habit ("would often visit") is not a hedge.
bool future_in_past(const SentenceContext &s, std::size_t i) noexcept {
  if (i + 1 < s.size() && s.in(i + 1, s.sets->habitual_adverb)) return false;
  const std::size_t n = s.next_skipping(i, s.sets->skip_adverb);
  if (n < s.size() && s.in(n, s.sets->narrative_after_would)) return false;
  for (std::size_t back = 1; back <= 8 && back <= i; ++back)
    if (s.in(i - back, s.sets->report_past)) return false;
  return true;
}

// "appears to / that / like" hedges; "appears in the film", "appeared on stage" does not.
bool stage(const SentenceContext &s, std::size_t i) noexcept {
  const std::size_t n = i + 1;
  if (n >= s.size() || !s.in(n, s.sets->stage_follow)) return false;
  // "appeared to the crowd" is a sighting, "appeared to be" a hedge.
  return !(s.is(n, s.sets->to) && n + 1 < s.size() && s.in(n + 1, s.sets->determiner));
}

// "about 30", "around a third", "some 300" approximate; "about Russia", "some countries" do not.
bool quantity(const SentenceContext &s, std::size_t i) noexcept {
  const std::size_t n = i + 1;
  if (n >= s.size()) return false;
  if (s.number(n)) return true;
  return (s.is(n, s.sets->a) || s.is(n, s.sets->an)) && n + 1 < s.size() &&
         s.in(n + 1, s.sets->approx_unit);
}

// "clear", "certain", "obvious" boost only as a predicate ("it is clear", "clear that"); "a
// certain man", "clear water" are not about certainty.
bool predicative(const SentenceContext &s, std::size_t i) noexcept {
  if (i + 1 < s.size() && (s.is(i + 1, s.sets->that) || s.is(i + 1, s.sets->whether))) return true;
  std::size_t p = previous(i);
  while (p != none && s.in(p, s.sets->degree_modifier))
    p = previous(p);
  return p != none && s.in(p, s.sets->copula);
}

// Epistemic "must be / must have" boosts; deontic "must respond" does not.
bool epistemic_must(const SentenceContext &s, std::size_t i) noexcept {
  const std::size_t n = s.next_skipping(i, s.sets->skip_adverb);
  return n < s.size() && (s.in(n, s.sets->be) || s.is(n, s.sets->have));
}

// The noun readings: "the thought", "a doubt", "school of thought", "thought-provoking".
bool not_after_determiner(const SentenceContext &s, std::size_t i, std::size_t end) noexcept {
  const std::size_t p = previous(i);
  if (p != none && s.in(p, s.sets->determiner)) return false;
  return !(end < s.size() && s.is(end, s.sets->dash));
}

// "possible" hedges in "it is possible that", "a possible cause"; not in "as soon as possible",
// "the best possible", "possible to travel".
bool possible(const SentenceContext &s, std::size_t i) noexcept {
  const std::size_t p = previous(i);
  if (p != none && s.in(p, s.sets->possible_blocker)) return false;
  return !(i + 1 < s.size() && s.in(i + 1, s.sets->possible_after_blocker));
}

// An intensifier boosts the word it intensifies ("particularly striking"); as a focus word
// before a function word ("particularly in Asia") it is not a booster.
bool intensifier(const SentenceContext &s, std::size_t &end) noexcept {
  if (end >= s.size() || !s.has(end, ASPECTDIFF_TOKEN_WORD) || s.in(end, s.sets->function_word))
    return false;
  ++end;
  return true;
}

// "is reported to have", "is said to be": the "to" starts an infinitive, not a phrase such as
// "was reported to the police".
bool infinitive(const SentenceContext &s, std::size_t end) noexcept {
  return end < s.size() && s.has(end, ASPECTDIFF_TOKEN_WORD) && !s.in(end, s.sets->determiner);
}

} // namespace

bool passes(Rule rule, const SentenceContext &s, std::size_t first, std::size_t &end) noexcept {
  switch (rule) {
  case Rule::none:
    return true;
  case Rule::month:
    return month(s, first);
  case Rule::epistemic_can:
    return epistemic_can(s, first);
  case Rule::past_ability:
    return past_ability(s, first);
  case Rule::future_in_past:
    return future_in_past(s, first);
  case Rule::stage:
    return stage(s, first);
  case Rule::quantity:
    return quantity(s, first);
  case Rule::predicative:
    return predicative(s, first);
  case Rule::epistemic_must:
    return epistemic_must(s, first);
  case Rule::not_after_determiner:
    return not_after_determiner(s, first, end);
  case Rule::possible:
    return possible(s, first);
  case Rule::intensifier:
    return intensifier(s, end);
  case Rule::infinitive:
    return infinitive(s, end);
  }
  return true;
}

std::size_t negation_before(const SentenceContext &s, std::size_t first) noexcept {
  for (std::size_t back = 1; back <= 3 && back <= first; ++back) {
    const std::size_t p = first - back;
    if (s.has(p, ASPECTDIFF_TOKEN_PUNCTUATION) || s.in(p, s.sets->clause_break)) break;
    if (s.in(p, s.sets->negation)) return p;
  }
  return first;
}

} // namespace aspectdiff::plugins::hedging
