// Turns resolved mentions into the aspect result: one item per actor (salience as weight,
// every mention as evidence, per-mention forms and roles, co-occurring actors), document
// metrics, and the most frequent co-occurrence pairs as count metrics with their sentences.
#pragma once

#include "gazetteer.hpp"
#include "mention.hpp"
#include "resolver.hpp"

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

#include <cstdint>
#include <vector>

namespace aspectdiff::plugins::actors {

struct SummaryOptions {
  double demonym_weight = 0.5; // a demonym counts this much of a mention toward salience
  std::size_t max_pairs = 12;  // co-occurrence pairs reported as metrics
};

// Salience in [0,1]: 0.6 x mentions relative to the most mentioned actor (demonyms weighted
// down), 0.25 x how early the first mention comes, 0.15 if named in the title or lead
// paragraph. The share of mentions is reported separately as an attribute.
struct Salience {
  double weighted_mentions = 0.0;
  double share = 0.0;
  double weight = 0.0;
  bool in_title = false;
  bool in_lead = false;
};

// Fills `out` with one Salience per actor; `actor_of[i]` is the actor of mention i.
void salience(const sdk::Document &doc, const std::vector<Mention> &mentions,
              const std::vector<Actor> &actors, const std::vector<std::uint32_t> &actor_of,
              const SummaryOptions &options, std::vector<Salience> &out);

void write_result(const sdk::Document &doc, const Gazetteer &gaz,
                  const std::vector<Mention> &mentions, const std::vector<Actor> &actors,
                  const std::vector<std::uint32_t> &actor_of, const SummaryOptions &options,
                  const sdk::ResultWriter &out);

} // namespace aspectdiff::plugins::actors
