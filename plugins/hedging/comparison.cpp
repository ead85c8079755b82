#include "comparison.hpp"

#include "bootstrap.hpp"
#include "result_output.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <span>
#include <string>
#include <vector>

namespace aspectdiff::plugins::hedging {
namespace {

// Enough evidence for a reader to see the pattern without flooding the report.
constexpr std::size_t max_evidence = 12;
// A hedged share that differs by at least this much is a finding.
constexpr double min_share_difference = 0.34;

const aspectdiff_metric *find_metric(const sdk::ResultView &r, std::string_view name) {
  for (const auto &m : r.metrics())
    if (sdk::view(m.name) == name) return &m;
  return nullptr;
}

std::span<const aspectdiff_span> capped(const aspectdiff_span *data, std::size_t n) {
  return {data, std::min(n, max_evidence)};
}

std::string format(const char *pattern, double x) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, pattern, x);
  return buffer;
}

std::uint64_t attribute_count(const aspectdiff_item &item, std::string_view key) {
  const auto text = sdk::ResultView::attribute(item, key);
  std::uint64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// Density of one class: returns the similarity of the two rates in [0, 1].
double compare_density(std::size_t cls, const std::string &name_a, const sdk::ResultView &ra,
                       const std::string &name_b, const sdk::ResultView &rb,
                       const sdk::CompareWriter &out) {
  const auto *ma = find_metric(ra, density_metric[cls]);
  const auto *mb = find_metric(rb, density_metric[cls]);
  if (ma == nullptr || mb == nullptr) return 1.0;
  const double va = ma->value, vb = mb->value;
  if (va <= 0.0 && vb <= 0.0) return 1.0;
  const double similarity = std::min(va, vb) / std::max(va, vb);
  if (out.similarity_only()) return similarity; // the label and its bootstrap are not kept
  const std::string noun =
      std::string(density_metric[cls]).substr(0, std::string_view(density_metric[cls]).find('_'));

  std::string label = noun + ": " + format("%.1f", va) + " per 1,000 words in " + name_a + ", " +
                      format("%.1f", vb) + " in " + name_b;
  double magnitude = 1.0;
  if (va > 0.0 && vb > 0.0) {
    const double ratio = vb / va;
    magnitude = std::fabs(std::log(ratio));
    label += " (" + name_b + " " + format("x%.2f", ratio);
    RatioInterval interval;
    if (bootstrap_ratio({ma->sentence_values, ma->sentence_value_count},
                        {mb->sentence_values, mb->sentence_value_count}, interval))
      label += interval.bounded
                   ? ", 95% interval " + format("x%.2f", interval.low) + " to " +
                         format("x%.2f", interval.high)
                   : ", 95% interval from " + format("x%.2f", interval.low) + ", unbounded";
    label += ")";
  } else {
    label += va > 0.0 ? " (none in " + name_b + ")" : " (none in " + name_a + ")";
  }
  const std::string key = std::string("density_ratio:") + density_metric[cls];
  out.finding({.key = key,
               .label = label,
               .category = "density",
               .value_a = va,
               .value_b = vb,
               .magnitude = magnitude,
               .evidence_a = capped(ma->evidence, ma->evidence_count),
               .evidence_b = capped(mb->evidence, mb->evidence_count)});
  return similarity;
}

double compare_index(const std::string &name_a, const sdk::ResultView &ra,
                     const std::string &name_b, const sdk::ResultView &rb,
                     const sdk::CompareWriter &out) {
  const auto *ma = find_metric(ra, certainty_metric);
  const auto *mb = find_metric(rb, certainty_metric);
  if (ma == nullptr || mb == nullptr) return 1.0;
  const double delta = mb->value - ma->value;
  std::string label;
  if (std::fabs(delta) < 0.05)
    label = name_a + " and " + name_b + " sound about equally certain";
  else
    label = (delta > 0 ? name_b + " sounds more certain than " + name_a
                       : name_b + " sounds less certain than " + name_a);
  label += " (certainty index " + format("%+.2f", ma->value) + " vs " + format("%+.2f", mb->value) +
           ", delta " + format("%+.2f", delta) + ")";
  out.finding({.key = "certainty_index_delta",
               .label = label,
               .category = "certainty",
               .value_a = ma->value,
               .value_b = mb->value,
               .magnitude = std::fabs(delta),
               .evidence_a = capped(ma->evidence, ma->evidence_count),
               .evidence_b = capped(mb->evidence, mb->evidence_count)});
  return 1.0 - std::fabs(delta) / 2.0;
}

struct ActorStance {
  const aspectdiff_item *item = nullptr;
  std::uint64_t hedged = 0, asserted = 0;
  std::size_t split = 0; // evidence before `split` is hedged, after it asserted

  double share() const {
    return hedged + asserted == 0
               ? 0.0
               : static_cast<double>(hedged) / static_cast<double>(hedged + asserted);
  }
  std::span<const aspectdiff_span> hedged_spans() const {
    return capped(item->evidence, std::min(split, item->evidence_count));
  }
  std::span<const aspectdiff_span> asserted_spans() const {
    const std::size_t from = std::min(split, item->evidence_count);
    return capped(item->evidence + from, item->evidence_count - from);
  }
};

std::vector<ActorStance> stances(const sdk::ResultView &r) {
  std::vector<ActorStance> out;
  for (const auto &item : r.items()) {
    if (!sdk::view(item.key).starts_with(stance_key_prefix)) continue;
    out.push_back({&item, attribute_count(item, "hedged"), attribute_count(item, "asserted"),
                   static_cast<std::size_t>(attribute_count(item, hedged_evidence_attribute))});
  }
  return out;
}

void compare_actors(const std::string &name_a, const sdk::ResultView &ra, const std::string &name_b,
                    const sdk::ResultView &rb, const sdk::CompareWriter &out) {
  const auto in_b = stances(rb);
  for (const ActorStance &sa : stances(ra)) {
    const auto match = std::find_if(in_b.begin(), in_b.end(), [&](const ActorStance &sb) {
      return sdk::view(sb.item->key) == sdk::view(sa.item->key);
    });
    if (match == in_b.end()) continue;
    const ActorStance &sb = *match;
    const double difference = sa.share() - sb.share();
    if (std::fabs(difference) < min_share_difference) continue;
    const bool a_hedges = difference > 0;
    const ActorStance &hedger = a_hedges ? sa : sb;
    const ActorStance &asserter = a_hedges ? sb : sa;
    if (hedger.hedged == 0 || asserter.asserted == 0) continue;

    std::string actor(sdk::view(sa.item->label));
    if (actor.starts_with("claims about ")) actor.erase(0, 13);
    const std::string label = (a_hedges ? name_a : name_b) + " hedges claims about " + actor +
                              " (" + std::to_string(hedger.hedged) + " of " +
                              std::to_string(hedger.hedged + hedger.asserted) + " clauses); " +
                              (a_hedges ? name_b : name_a) + " asserts them (" +
                              std::to_string(asserter.asserted) + " of " +
                              std::to_string(asserter.hedged + asserter.asserted) + ")";
    const std::string key = "hedged_vs_asserted:" +
                            std::string(sdk::view(sa.item->key).substr(stance_key_prefix.size()));
    out.finding({.key = key,
                 .label = label,
                 .category = "claims",
                 .value_a = sa.share(),
                 .value_b = sb.share(),
                 .magnitude = std::fabs(difference),
                 .evidence_a = a_hedges ? sa.hedged_spans() : sa.asserted_spans(),
                 .evidence_b = a_hedges ? sb.asserted_spans() : sb.hedged_spans()});
  }
}

} // namespace

void compare_results(const sdk::ResultView &ra, const sdk::ResultView &rb,
                     const sdk::CompareWriter &out) {
  // The report names the two sides A and B, as every aspect's findings do.
  const std::string name_a = "A";
  const std::string name_b = "B";
  double density_similarity = 0.0;
  for (std::size_t cls = 0; cls < cue_class_count; ++cls)
    density_similarity += compare_density(cls, name_a, ra, name_b, rb, out);
  density_similarity /= static_cast<double>(cue_class_count);
  const double index_similarity = compare_index(name_a, ra, name_b, rb, out);
  if (!out.similarity_only()) compare_actors(name_a, ra, name_b, rb, out);
  out.similarity(std::clamp(0.5 * (density_similarity + index_similarity), 0.0, 1.0));
}

} // namespace aspectdiff::plugins::hedging
