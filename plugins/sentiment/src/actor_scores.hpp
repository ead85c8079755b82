// Sentiment toward each actor: the clauses that mention an actor (from the actors aspect's
// evidence spans) carry the sentiment expressed about it.
#pragma once

#include "lexicon.hpp"
#include "scorer.hpp"

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

#include <string>
#include <vector>

namespace aspectdiff::plugins::sentiment {

struct ActorScore {
  std::string key;      // the actor's canonical key ("state:RU")
  std::string label;    // its display name
  std::string category; // person, state, ...
  double score = 0.0;   // in [-1, 1]
  double mean_valence = 0.0;
  std::uint64_t mentions = 0;
  std::uint32_t clauses = 0; // distinct clauses that mention it
  std::uint32_t positive_clauses = 0;
  std::uint32_t negative_clauses = 0;
  std::vector<sdk::Span> evidence; // the sentences that weigh most, strongest first
};

// One score per actor item of `actors` that has at least one mention in the document.
std::vector<ActorScore> score_actors(const sdk::Document &doc, const Analysis &analysis,
                                     const Lexicon &lexicon, const sdk::ResultView &actors,
                                     std::size_t evidence_per_actor);

} // namespace aspectdiff::plugins::sentiment
