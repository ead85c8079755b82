#include "result_output.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace aspectdiff::plugins::hedging {
namespace {

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3g", v);
  return buffer;
}

double index_of(double boost, double hedge, double smoothing) {
  const double total = boost + hedge + smoothing;
  return total > 0.0 ? (boost - hedge) / total : 0.0;
}

// A label for a clause: its text, shortened at a UTF-8 boundary.
std::string clause_label(std::string_view text) {
  constexpr std::size_t limit = 200;
  if (text.size() <= limit) return std::string(text);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u)
    --cut;
  return std::string(text.substr(0, cut)) + "...";
}

// A key for a clause that two documents share when they make the same claim in the same words:
// the first eight words of its normalised form.
std::string clause_key(const sdk::Document &doc, const Clause &c) {
  std::string key = "claim:";
  std::size_t words = 0;
  const auto tokens = doc.tokens();
  for (std::uint32_t t = c.first; t < c.end && words < 8; ++t) {
    if (!sdk::has(tokens[t], ASPECTDIFF_TOKEN_WORD)) continue;
    if (words++ > 0) key.push_back('-');
    key.append(doc.norm(tokens[t]));
  }
  return key;
}

void write_cue_items(const sdk::Document &doc, const std::vector<Cue> &cues,
                     const sdk::ResultWriter &out) {
  struct Group {
    const Cue *first = nullptr;
    std::vector<aspectdiff_span> spans;
    double strength = 0.0;
  };
  std::vector<Group> groups;
  // By class, then by phrase: the phrases live in `cues`, so grouping builds no string per cue.
  std::array<std::unordered_map<std::string_view, std::size_t>, cue_class_count> by_phrase;
  for (const Cue &cue : cues) {
    auto [it, fresh] =
        by_phrase[static_cast<std::size_t>(cue.cls)].try_emplace(cue.phrase, groups.size());
    if (fresh) groups.push_back({&cue, {}, 0.0});
    Group &g = groups[it->second];
    g.spans.push_back(cue.span);
    g.strength += cue.strength;
  }
  std::vector<std::string> keys;
  keys.reserve(groups.size());
  for (const Group &g : groups)
    keys.push_back(std::string(cue_key_prefix) + to_string(g.first->cls) + ':' + g.first->phrase);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const Group &g = groups[i];
    const double mean = g.strength / static_cast<double>(g.spans.size());
    const std::string strength = number(mean);
    // A pattern with word sets ("<be> <hearsay_participle> to") reads better as its first
    // occurrence ("is reported to"); the key keeps the pattern, so every form groups together.
    const std::string_view phrase = g.first->phrase;
    const bool general = phrase.find_first_of("<*") != std::string_view::npos;
    const aspectdiff_span first = g.first->span;
    const std::string label =
        general ? clause_label(doc.text().substr(first.begin, first.end - first.begin))
                : std::string(phrase);
    const std::array<sdk::Attribute, 3> attributes{
        {{"subtype", g.first->subtype},
         {"strength", strength},
         {"epistemic", g.first->epistemic ? "true" : "false"}}};
    out.item({.key = keys[i],
              .label = label,
              .category = to_string(g.first->cls),
              .weight = std::fabs(mean),
              .count = g.spans.size(),
              .attributes = attributes,
              .evidence = g.spans});
  }
}

void write_claims(const sdk::Document &doc, const std::vector<Cue> &cues,
                  const std::vector<Clause> &clauses, const std::optional<sdk::ResultView> &actors,
                  std::size_t max_claims, const sdk::ResultWriter &out) {
  // Every hedged clause counts; the items list the most strongly hedged ones, in text order,
  // since no reader goes through thousands of them.
  std::vector<std::uint32_t> listed;
  for (std::uint32_t i = 0; i < clauses.size(); ++i)
    if (clauses[i].stance == Stance::hedged) listed.push_back(i);
  const std::uint64_t hedged = listed.size();
  if (listed.size() > max_claims) {
    const auto stronger = [&](std::uint32_t x, std::uint32_t y) {
      if (clauses[x].hedge_weight != clauses[y].hedge_weight)
        return clauses[x].hedge_weight > clauses[y].hedge_weight;
      return x < y;
    };
    std::nth_element(listed.begin(), listed.begin() + static_cast<std::ptrdiff_t>(max_claims),
                     listed.end(), stronger);
    listed.resize(max_claims);
    std::sort(listed.begin(), listed.end());
  }
  std::unordered_map<std::string, std::size_t> seen;
  struct Claim {
    std::string key, cue_list, actor_list, sentence;
    const Clause *clause;
    std::vector<aspectdiff_span> evidence;
    std::uint64_t count = 0;
  };
  std::vector<Claim> claims;
  for (const std::uint32_t index : listed) {
    const Clause &c = clauses[index];
    auto [it, fresh] = seen.try_emplace(clause_key(doc, c), claims.size());
    if (fresh) claims.push_back({it->first, {}, {}, std::to_string(c.sentence), &c, {}, 0});
    Claim &claim = claims[it->second];
    ++claim.count;
    claim.evidence.push_back(c.span);
    for (const auto i : c.cues) {
      if (!claim.cue_list.empty()) claim.cue_list += "; ";
      claim.cue_list += cues[i].phrase;
      claim.evidence.push_back(cues[i].span);
    }
    if (actors)
      for (const auto a : c.actors) {
        if (!claim.actor_list.empty()) claim.actor_list += ',';
        claim.actor_list += sdk::view(actors->items()[a].key);
      }
  }
  for (const Claim &claim : claims) {
    const std::array<sdk::Attribute, 4> attributes{{{"stance", "hedged"},
                                                    {"cues", claim.cue_list},
                                                    {"actors", claim.actor_list},
                                                    {"sentence", claim.sentence}}};
    out.item({.key = claim.key,
              .label = clause_label(doc.text().substr(
                  claim.clause->span.begin, claim.clause->span.end - claim.clause->span.begin)),
              .category = "hedged_claim",
              .weight = std::min(1.0, claim.clause->hedge_weight),
              .count = claim.count,
              .attributes = attributes,
              .evidence = claim.evidence});
  }
  out.metric({.name = "hedged_claims",
              .value = static_cast<double>(hedged),
              .kind = sdk::MetricKind::count,
              .label = "clauses qualified by an epistemic hedge or a condition",
              .evidence = {},
              .sentence_values = {},
              .sentence_index = {}});
}

// For each actor: its clauses by stance; the evidence lists the sentences with hedged clauses
// first, then those with asserted (plain or boosted) ones, which is what the comparison needs.
void write_actor_stances(const sdk::Document &doc, const std::vector<Clause> &clauses,
                         const sdk::ResultView &actors, const sdk::ResultWriter &out) {
  const auto items = actors.items();
  struct Tally {
    std::array<std::uint64_t, 4> by_stance{};
    std::vector<std::uint32_t> hedged_sentences, asserted_sentences;
  };
  std::vector<Tally> tallies(items.size());
  auto add_sentence = [](std::vector<std::uint32_t> &v, std::uint32_t s) {
    if (v.empty() || v.back() != s) v.push_back(s);
  };
  for (const Clause &c : clauses)
    for (const auto a : c.actors) {
      Tally &t = tallies[a];
      ++t.by_stance[static_cast<std::size_t>(c.stance)];
      if (c.stance == Stance::hedged)
        add_sentence(t.hedged_sentences, c.sentence);
      else if (c.stance == Stance::plain || c.stance == Stance::boosted)
        add_sentence(t.asserted_sentences, c.sentence);
    }
  const auto sentences = doc.sentences();
  for (std::size_t a = 0; a < items.size(); ++a) {
    const Tally &t = tallies[a];
    const std::uint64_t hedged = t.by_stance[static_cast<std::size_t>(Stance::hedged)];
    const std::uint64_t asserted = t.by_stance[static_cast<std::size_t>(Stance::plain)] +
                                   t.by_stance[static_cast<std::size_t>(Stance::boosted)];
    const std::uint64_t total =
        hedged + asserted + t.by_stance[static_cast<std::size_t>(Stance::attributed)];
    if (total == 0) continue;
    std::vector<aspectdiff_span> evidence;
    std::vector<std::uint32_t> asserted_only; // a sentence with both stances counts as hedged
    for (const auto s : t.hedged_sentences)
      evidence.push_back(sdk::Document::span_of(sentences[s]));
    for (const auto s : t.asserted_sentences)
      if (!std::binary_search(t.hedged_sentences.begin(), t.hedged_sentences.end(), s))
        evidence.push_back(sdk::Document::span_of(sentences[s]));
    const std::string key = std::string(stance_key_prefix) + std::string(sdk::view(items[a].key));
    const std::string label = "claims about " + std::string(sdk::view(items[a].label));
    const std::string hedged_text = std::to_string(hedged);
    const std::string asserted_text = std::to_string(asserted);
    const std::string boosted_text =
        std::to_string(t.by_stance[static_cast<std::size_t>(Stance::boosted)]);
    const std::string attributed_text =
        std::to_string(t.by_stance[static_cast<std::size_t>(Stance::attributed)]);
    const std::string split = std::to_string(t.hedged_sentences.size());
    const std::array<sdk::Attribute, 6> attributes{{{"actor", sdk::view(items[a].key)},
                                                    {"hedged", hedged_text},
                                                    {"asserted", asserted_text},
                                                    {"boosted", boosted_text},
                                                    {"attributed", attributed_text},
                                                    {hedged_evidence_attribute, split}}};
    out.item({.key = key,
              .label = label,
              .category = "actor_stance",
              .weight = static_cast<double>(hedged) / static_cast<double>(total),
              .count = total,
              .attributes = attributes,
              .evidence = evidence});
  }
}

} // namespace

void write_result(const sdk::Document &doc, const DocumentScan &scan,
                  const std::vector<Clause> &clauses, const std::optional<sdk::ResultView> &actors,
                  const OutputSettings &settings, const sdk::ResultWriter &out) {
  const auto sentences = doc.sentences();
  const std::vector<Cue> &cues = scan.cues;
  // Per sentence: words, cue counts per class, the stance tally and the certainty balance.
  const std::vector<std::uint32_t> &words = scan.words;
  std::uint64_t total_words = 0;
  for (const auto w : words)
    total_words += w;
  std::vector<std::array<std::uint32_t, cue_class_count>> counts(sentences.size());
  std::vector<StanceTally> tallies(sentences.size());
  std::vector<double> boost(sentences.size(), 0.0), hedge(sentences.size(), 0.0);
  std::array<std::vector<aspectdiff_span>, cue_class_count> spans;
  double total_boost = 0.0, total_hedge = 0.0;
  for (const Cue &cue : cues) {
    const auto cls = static_cast<std::size_t>(cue.cls);
    ++counts[cue.sentence][cls];
    spans[cls].push_back(cue.span);
    tallies[cue.sentence].add(cue);
    if (cue.strength > 0)
      boost[cue.sentence] += cue.strength;
    else
      hedge[cue.sentence] -= cue.strength;
  }
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    total_boost += boost[k];
    total_hedge += hedge[k];
  }

  // Only sentences with words carry per-sentence values.
  std::vector<std::uint32_t> index;
  for (std::uint32_t k = 0; k < sentences.size(); ++k)
    if (words[k] > 0) index.push_back(k);
  std::vector<double> values(index.size());
  // When every sentence has words, value i is sentence i and the index need not be sent (the
  // host copies every array it is given).
  const std::span<const std::uint32_t> sentence_index =
      index.size() == sentences.size() ? std::span<const std::uint32_t>{} : index;

  static constexpr const char *density_label[cue_class_count] = {
      "hedges per 1,000 words", "boosters per 1,000 words",
      "attributions and evidentials per 1,000 words", "weasel attributions per 1,000 words",
      "limiting conditionals per 1,000 words"};
  for (std::size_t cls = 0; cls < cue_class_count; ++cls) {
    // A sentence's cues per 1,000 words of an average sentence: the values' mean is the
    // document's rate, so an interval bootstrapped from them is an interval for that rate (a
    // sentence's own rate would make short sentences count as much as long ones).
    const double scale = total_words > 0 ? 1000.0 * static_cast<double>(index.size()) /
                                               static_cast<double>(total_words)
                                         : 0.0;
    for (std::size_t i = 0; i < index.size(); ++i)
      values[i] = scale * counts[index[i]][cls];
    const double rate = total_words > 0 ? 1000.0 * static_cast<double>(spans[cls].size()) /
                                              static_cast<double>(total_words)
                                        : 0.0;
    out.metric({.name = density_metric[cls],
                .value = rate,
                .kind = sdk::MetricKind::rate,
                .label = density_label[cls],
                .evidence = spans[cls],
                .sentence_values = values,
                .sentence_index = sentence_index});
  }

  std::vector<aspectdiff_span> certainty_evidence;
  for (const Cue &cue : cues)
    if (cue.strength != 0.0) certainty_evidence.push_back(cue.span);
  // The index is a ratio of sums, R = X / Y with X = B - H and Y = B + H + s. Each sentence
  // gets its linearised value R + n (x - R y) / Y (s shared out evenly): their mean is R, and
  // resampling them gives the delta-method interval for R. A sentence's own index would average
  // to something else (mostly zeros), and its interval would not bracket the document's value.
  const double document_index = index_of(total_boost, total_hedge, settings.index_smoothing);
  const double denominator = total_boost + total_hedge + settings.index_smoothing;
  const double n = static_cast<double>(index.size());
  for (std::size_t i = 0; i < index.size(); ++i) {
    const double x = boost[index[i]] - hedge[index[i]];
    const double y = boost[index[i]] + hedge[index[i]] + settings.index_smoothing / n;
    values[i] =
        denominator > 0.0 ? document_index + n * (x - document_index * y) / denominator : 0.0;
  }
  out.metric({.name = certainty_metric,
              .value = document_index,
              .kind = sdk::MetricKind::score,
              .label = "certainty index: boosters against hedges, -1 all hedged, +1 all boosted",
              .evidence = certainty_evidence,
              .sentence_values = values,
              .sentence_index = sentence_index});

  // Sentence labels: a proportion metric each (per-sentence 0/1) and an item listing them.
  static constexpr Stance order[] = {Stance::hedged, Stance::boosted, Stance::attributed,
                                     Stance::plain};
  for (const Stance stance : order) {
    std::vector<aspectdiff_span> evidence;
    for (std::size_t i = 0; i < index.size(); ++i) {
      const bool match = tallies[index[i]].stance() == stance;
      values[i] = match ? 1.0 : 0.0;
      if (match) evidence.push_back(sdk::Document::span_of(sentences[index[i]]));
    }
    const double share =
        index.empty() ? 0.0
                      : static_cast<double>(evidence.size()) / static_cast<double>(index.size());
    const std::string name = std::string(to_string(stance)) + "_sentences";
    const std::string label = "share of sentences labelled " + std::string(to_string(stance));
    out.metric({.name = name,
                .value = share,
                .kind = sdk::MetricKind::proportion,
                .label = label,
                .evidence = evidence,
                .sentence_values = values,
                .sentence_index = sentence_index});
    const std::string key = "sentences:" + std::string(to_string(stance));
    const std::string item_label = std::string(to_string(stance)) + " sentences";
    out.item({.key = key,
              .label = item_label,
              .category = "sentence_label",
              .weight = share,
              .count = evidence.size(),
              .attributes = {},
              .evidence = evidence});
  }

  write_cue_items(doc, cues, out);
  write_claims(doc, cues, clauses, actors, settings.max_claims, out);
  if (actors) write_actor_stances(doc, clauses, *actors, out);
}

} // namespace aspectdiff::plugins::hedging
