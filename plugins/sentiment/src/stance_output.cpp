#include "stance_output.hpp"

#include "summary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace aspectdiff::plugins::sentiment {

void write_actor_stances(const sdk::Document &doc, const std::vector<ActorStance> &actors,
                         std::size_t evidence_per_actor, const sdk::ResultWriter &out) {
  const auto tokens = doc.tokens();
  const auto sentences = doc.sentences();
  std::vector<double> values;
  std::vector<std::uint32_t> index;
  for (const auto &a : actors) {
    const bool present = !a.mentions.empty();
    const auto top = quoted_mentions(a, evidence_per_actor);
    std::vector<sdk::Span> sentence_spans, word_spans;
    std::string drivers;
    for (const auto *m : top) {
      sentence_spans.push_back(sdk::Document::span_of(sentences[m->target.sentence]));
      if (!drivers.empty()) drivers += "; ";
      drivers += signed_number(m->prediction.value) + " \"" +
                 std::string(doc.text().substr(m->span.begin, m->span.end - m->span.begin)) + "\":";
      if (m->drivers.empty()) drivers += " (no word stands out)";
      for (const auto &d : m->drivers) {
        word_spans.push_back(sdk::Document::span_of(tokens[d.token]));
        drivers +=
            " " + std::string(doc.surface(tokens[d.token])) + " (" + signed_number(d.weight) + ")";
      }
    }
    const std::string mentions = std::to_string(a.mentions.size()),
                      negative = std::to_string(a.negative), neutral = std::to_string(a.neutral),
                      positive = std::to_string(a.positive);
    const sdk::Attribute attributes[] = {{"actor_category", a.actor.category},
                                         {"present", present ? "yes" : "no"},
                                         {"of_interest", a.actor.of_interest ? "yes" : "no"},
                                         {"mentions", mentions},
                                         {"negative_mentions", negative},
                                         {"neutral_mentions", neutral},
                                         {"positive_mentions", positive},
                                         {"drivers", drivers}};
    out.item({.key = a.actor.key,
              .label = a.actor.label,
              .category = "actor",
              .weight = a.mean,
              .count = a.mentions.size(),
              .attributes = attributes,
              .evidence = sentence_spans});
    if (!present) continue; // absent is not neutral: no values to average
    // One value per sentence, as the host's bootstrap resamples sentences: the mean of the
    // actor's mentions there (mentions of one sentence are not independent of each other).
    values.clear();
    index.clear();
    std::vector<std::uint32_t> counts;
    for (const auto &m : a.mentions) {
      if (index.empty() || index.back() != m.target.sentence) {
        index.push_back(m.target.sentence);
        values.push_back(0.0);
        counts.push_back(0);
      }
      values.back() += m.prediction.value;
      ++counts.back();
    }
    double sentence_mean = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
      values[i] /= counts[i];
      sentence_mean += values[i] / static_cast<double>(values.size());
    }
    const std::string name = "stance:" + a.actor.key;
    const std::string label =
        "Stance toward " + a.actor.label + ": mean over the sentences of its " + mentions +
        (a.mentions.size() == 1 ? " mention (" : " mentions (") + negative + " negative, " +
        neutral + " neutral, " + positive + " positive), -1 to +1";
    out.metric({.name = name,
                .value = sentence_mean,
                .kind = sdk::MetricKind::score,
                .label = label,
                .evidence = word_spans,
                .sentence_values = values,
                .sentence_index = index});
  }
}

void write_target_features(const std::vector<ActorStance> &actors, const sdk::ResultWriter &out) {
  for (const auto &a : actors)
    for (std::size_t i = 0; i < a.mentions.size(); ++i) {
      const auto &m = a.mentions[i];
      std::string lines;
      for (const auto &f : m.features) {
        char value[32];
        std::snprintf(value, sizeof value, "%.6g", static_cast<double>(f.value));
        lines += value;
        lines += '\t';
        lines += feature_name(f);
        lines += '\n';
      }
      const std::string key = a.actor.key + "#" + std::to_string(i);
      const sdk::Attribute attributes[] = {{"features", lines}};
      const sdk::Span evidence[] = {m.span};
      out.item({.key = key,
                .label = a.actor.label,
                .category = "target-features",
                .weight = m.prediction.value,
                .count = 1,
                .attributes = attributes,
                .evidence = evidence});
    }
}

} // namespace aspectdiff::plugins::sentiment
