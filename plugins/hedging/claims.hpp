// Claims: the clause each cue qualifies, its stance (hedged, boosted, attributed, plain) and the
// actors named in it, so a comparison can say "A asserts X about Russia; B hedges it".
#pragma once

#include "cue_finder.hpp"
#include "sentence_context.hpp"

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::hedging {

enum class Stance : std::uint8_t { plain, boosted, attributed, hedged };
const char *to_string(Stance s) noexcept;

// Weighs the cues of a clause or a sentence into one stance: epistemic hedges and conditionals
// against boosters (hedges win a tie: a qualified claim is what a reader should see); sourcing
// alone makes it attributed.
struct StanceTally {
  double hedge = 0.0;
  double boost = 0.0;
  bool attributed = false;

  void add(const Cue &cue) noexcept;
  Stance stance() const noexcept;
};

struct Clause {
  std::uint32_t sentence = 0;
  std::uint32_t first = 0, end = 0; // tokens, document-wide
  aspectdiff_span span{};
  Stance stance = Stance::plain;
  double hedge_weight = 0.0;         // summed |strength| of the epistemic hedges qualifying it
  std::vector<std::uint32_t> cues;   // indices into the document's cue list
  std::vector<std::uint32_t> actors; // indices into the actors result's items
};

// An actor mention: byte span and the index of its item in the actors result.
struct Mention {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t actor = 0;
};

// Every mention of every actor, sorted by position; empty when there is no actors result.
std::vector<Mention> actor_mentions(const std::optional<sdk::ResultView> &actors);

class ClauseSplitter {
public:
  explicit ClauseSplitter(const CueLexicon &lexicon, const RuleSets &sets)
      : lexicon_(lexicon), sets_(sets) {}

  // The clauses of `doc` that hold a cue or name an actor, each with the cues that qualify it
  // and the actors it names. A cue
  // qualifies its own clause; a conditional also qualifies the clause it limits (the next one,
  // or the one before when the condition comes last).
  std::vector<Clause> split(const sdk::Document &doc, const DocumentScan &scan,
                            const std::vector<Mention> &mentions) const;

private:
  const CueLexicon &lexicon_;
  const RuleSets &sets_;
};

} // namespace aspectdiff::plugins::hedging
