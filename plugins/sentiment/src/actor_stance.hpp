// Stance toward each actor: every mention the actors aspect links to an actor (names, surnames,
// titles, descriptions, pronouns) is scored by the stance model; the actor's stance is the mean
// of its mentions' values, with the counts of each class and the words that drove the strongest.
#pragma once

#include "stance_model.hpp"
#include "target_features.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace aspectdiff::plugins::sentiment {

// An actor to score: from the actors aspect's items, or an actor of interest found by name.
struct ActorMentions {
  std::string key;
  std::string label;
  std::string category;
  std::vector<sdk::Span> spans; // every mention, in any order
  bool of_interest = false;
  std::string state; // for an office holder, the state it holds office in (ISO 3166 code)
};

struct MentionStance {
  TargetSpan target;
  sdk::Span span; // the mention's bytes
  StancePrediction prediction;
  std::vector<Driver> drivers;         // for a quoted mention, the tokens that weighed most,
                                       // strongest first (up to 3)
  std::vector<TargetFeature> features; // only when asked for (the fitting tool's dump)
};

struct ActorStance {
  ActorMentions actor;
  std::vector<MentionStance> mentions; // in text order
  double mean = 0.0;                   // mean of the mentions' values, -1 .. +1
  std::uint32_t negative = 0, neutral = 0, positive = 0;
};

// Sets the actor's mean and class counts from its mentions' predictions.
void summarise(ActorStance &a);

struct StanceOptions {
  std::size_t quoted_per_actor = 4; // mentions quoted per actor, with the words behind them
  bool state_sides = true;          // add each state with its leaders as one more actor
  bool keep_features = false;       // keep every mention's features (the fitting tool's dump)
};

// Scores every actor's mentions, then adds the state sides (state_sides.hpp) and works out the
// words behind the mentions that will be quoted (quoted_mentions). Mentions that fall on no
// token are dropped; an actor left without mentions is kept (absent) only when it is of
// interest.
std::vector<ActorStance> stance_toward(const sdk::Document &doc, const Analysis &analysis,
                                       const TargetFeatureExtractor &extractor,
                                       const StanceModel &model, std::vector<ActorMentions> actors,
                                       const StanceOptions &options);

// The mentions quoted for an actor: those that weigh most (the largest |value|, earlier first
// among equals), one per sentence, at most `limit`.
std::vector<const MentionStance *> quoted_mentions(const ActorStance &a, std::size_t limit);

// The mentions of a name in the text, for an actor of interest no actors result lists: the
// whole name, or its last word where written with a capital ("Xi Jinping", "Xi").
std::vector<sdk::Span> find_name(const sdk::Document &doc, std::string_view name);

// Whether a user's name for an actor ("Putin", "xi jinping") names this actor (by its label,
// the last word of its label, or its key's name part "person:xi-jinping").
bool names_actor(std::string_view name, std::string_view key, std::string_view label);

} // namespace aspectdiff::plugins::sentiment
