#include "claims.hpp"

#include <algorithm>
#include <cmath>

namespace aspectdiff::plugins::hedging {
namespace {

// Fragments shorter than this many words are not clauses on their own ("Fundamentally,",
// "However,"): they join the next fragment.
constexpr std::uint32_t min_clause_words = 4;

void add_unique(std::vector<std::uint32_t> &v, std::uint32_t x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

Stance stance_of(const Clause &c, const std::vector<Cue> &cues) {
  StanceTally tally;
  for (const auto i : c.cues)
    tally.add(cues[i]);
  return tally.stance();
}

} // namespace

void StanceTally::add(const Cue &cue) noexcept {
  switch (cue.cls) {
  case CueClass::hedge:
  case CueClass::conditional:
    if (cue.epistemic) hedge += std::fabs(cue.strength);
    break;
  case CueClass::booster:
    boost += cue.strength;
    break;
  case CueClass::attribution:
  case CueClass::weasel:
    attributed = true;
    break;
  case CueClass::none:
    break;
  }
}

Stance StanceTally::stance() const noexcept {
  if (hedge > 0.0 && hedge >= boost) return Stance::hedged;
  if (boost > 0.0) return Stance::boosted;
  return attributed ? Stance::attributed : Stance::plain;
}

const char *to_string(Stance s) noexcept {
  switch (s) {
  case Stance::plain:
    return "plain";
  case Stance::boosted:
    return "boosted";
  case Stance::attributed:
    return "attributed";
  case Stance::hedged:
    return "hedged";
  }
  return "plain";
}

std::vector<Mention> actor_mentions(const std::optional<sdk::ResultView> &actors) {
  std::vector<Mention> out;
  if (!actors) return out;
  const auto items = actors->items();
  for (std::uint32_t a = 0; a < items.size(); ++a)
    for (const auto &span : sdk::ResultView::evidence(items[a]))
      if (span.end > span.begin) out.push_back({span.begin, span.end, a});
  std::sort(out.begin(), out.end(),
            [](const Mention &x, const Mention &y) { return x.begin < y.begin; });
  return out;
}

std::vector<Clause> ClauseSplitter::split(const sdk::Document &doc, const DocumentScan &scan,
                                          const std::vector<Mention> &mentions) const {
  const std::vector<Cue> &cues = scan.cues;
  const std::vector<ClauseBreak> &breaks = scan.breaks;
  std::size_t next_break = 0;
  std::vector<Clause> clauses;
  std::size_t next_cue = 0;
  std::size_t next_mention = 0;

  const auto sentences = doc.sentences();
  for (std::uint32_t k = 0; k < sentences.size(); ++k) {
    const auto &sentence = sentences[k];
    if (sentence.count == 0) continue;
    // A sentence with no cue and no actor mention has no clause anyone asks about.
    while (next_cue < cues.size() && cues[next_cue].sentence < k)
      ++next_cue;
    while (next_mention < mentions.size() && mentions[next_mention].begin < sentence.begin)
      ++next_mention;
    const bool has_cue = next_cue < cues.size() && cues[next_cue].sentence == k;
    const bool has_mention =
        next_mention < mentions.size() && mentions[next_mention].begin < sentence.end;
    if (!has_cue && !has_mention) continue;
    while (next_break < breaks.size() && breaks[next_break].token < sentence.first)
      ++next_break;
    const std::size_t sentence_first_clause = clauses.size();

    // Fragments between clause breaks; short ones join the next. The scan recorded each
    // break with the words before it and the bytes around it, so this reads no token (the
    // tokens were in cache during the scan, not any more).
    std::uint32_t start = sentence.first;
    std::uint32_t start_words = 0; // words before `start`
    std::uint32_t start_byte = scan.sentence_spans[k].begin;
    const std::uint32_t stop = sentence.first + sentence.count;
    for (; next_break < breaks.size() && breaks[next_break].token < stop; ++next_break) {
      const ClauseBreak &b = breaks[next_break];
      if (b.words_before - start_words < min_clause_words) continue;
      clauses.push_back(
          {k, start, b.token, {start_byte, b.previous_end}, Stance::plain, 0.0, {}, {}});
      start = b.token;
      start_words = b.words_before;
      start_byte = b.begin;
    }
    const std::uint32_t words = scan.lexical_words[k] - start_words;
    const std::uint32_t stop_byte = scan.sentence_spans[k].end;
    if (start < stop) {
      if (words < min_clause_words && clauses.size() > sentence_first_clause) {
        clauses.back().end = stop; // a short tail joins the clause before it
        clauses.back().span.end = stop_byte;
      } else {
        clauses.push_back({k, start, stop, {start_byte, stop_byte}, Stance::plain, 0.0, {}, {}});
      }
    }

    // Cues to clauses.
    for (; next_cue < cues.size() && cues[next_cue].sentence == k; ++next_cue) {
      const Cue &cue = cues[next_cue];
      std::size_t c = sentence_first_clause;
      while (c + 1 < clauses.size() && clauses[c].end <= cue.first)
        ++c;
      const auto index = static_cast<std::uint32_t>(next_cue);
      add_unique(clauses[c].cues, index);
      if (cue.cls == CueClass::conditional) {
        if (c + 1 < clauses.size())
          add_unique(clauses[c + 1].cues, index);
        else if (c > sentence_first_clause)
          add_unique(clauses[c - 1].cues, index);
      }
    }

    // Actors to clauses: mentions are sorted, clauses are in text order.
    for (std::size_t c = sentence_first_clause; c < clauses.size(); ++c) {
      Clause &clause = clauses[c];
      while (next_mention < mentions.size() && mentions[next_mention].begin < clause.span.begin)
        ++next_mention;
      for (std::size_t m = next_mention; m < mentions.size() && mentions[m].begin < clause.span.end;
           ++m)
        add_unique(clause.actors, mentions[m].actor);
    }
    // Only clauses with a cue or an actor are claims anyone asks about; dropping the rest
    // keeps a long document's clause list small.
    clauses.erase(
        std::remove_if(clauses.begin() + static_cast<std::ptrdiff_t>(sentence_first_clause),
                       clauses.end(),
                       [](const Clause &c) { return c.cues.empty() && c.actors.empty(); }),
        clauses.end());
  }

  for (Clause &clause : clauses) {
    clause.stance = stance_of(clause, cues);
    for (const auto i : clause.cues)
      if ((cues[i].cls == CueClass::hedge || cues[i].cls == CueClass::conditional) &&
          cues[i].epistemic)
        clause.hedge_weight += std::fabs(cues[i].strength);
  }
  return clauses;
}

} // namespace aspectdiff::plugins::hedging
