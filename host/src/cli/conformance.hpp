// The checks of `aspectdiff check-plugin`: runs one plugin, loaded and planned as the host loads
// and plans it, over the conformance documents, and says for each rule of sdk/README.md whether
// the plugin keeps it, on which document it does not, and what to change.
#pragma once

#include "cli/conformance_documents.hpp"
#include "engine/engine.hpp"

#include <string>
#include <vector>

namespace aspectdiff::cli {

enum class Verdict { pass, warn, fail };
const char *to_string(Verdict verdict) noexcept;

struct CheckOutcome {
  std::string check; // "spans", "deterministic", ...
  Verdict verdict = Verdict::pass;
  std::string document; // the document it concerns; empty when it concerns none in particular
  std::string detail;   // what was found (or, for a pass, what was checked)
  std::string fix;      // what to change; empty for a pass
};

struct ConformanceReport {
  std::vector<CheckOutcome> outcomes;
  double article_megabytes_per_second = 0.0; // on one thread, with the aspects it requires
  double article_megabytes = 0.0;
};

// `engine` has planned the plugin named `plugin` (and what it requires) without a cache.
// `threads`: how many threads run the documents at once for the thread check (at least 2).
ConformanceReport check_conformance(const engine::Engine &engine, const std::string &plugin,
                                    const std::vector<ConformanceDocument> &documents,
                                    unsigned threads);

} // namespace aspectdiff::cli
