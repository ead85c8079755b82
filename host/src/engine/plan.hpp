// The plan: which plugins run, in what order, and which inputs each receives. Validated before
// any document is read, so a missing or too-old requirement or a cycle is reported up front.
#pragma once

#include "plugins/discovery.hpp"

#include <memory>
#include <string>
#include <vector>

namespace aspectdiff::config {
class Config;
}

namespace aspectdiff::engine {

struct PlanStep {
  std::shared_ptr<const plugins::LoadedPlugin> plugin;
  std::vector<std::size_t> inputs;           // indices of earlier steps whose results it reads
  std::vector<std::string> missing_optional; // optional aspects nobody provides
};

struct Plan {
  std::vector<PlanStep> steps;            // in dependency order
  std::vector<plugins::Refusal> refusals; // files refused at load, and plugins refused here
  std::vector<std::string> skipped;       // found but disabled or not enabled

  const PlanStep *find_aspect(std::string_view aspect) const noexcept;
};

// Chooses and orders the plugins: the configuration's `enabled` (when given) or every plugin
// found, less `disabled`; refuses duplicates of an aspect (P008), missing required aspects
// (P009), too-old providers (P010) and cycles (P011), repeating until what remains is
// consistent. Throws model::Error (usage) when an enabled plugin is missing or refused.
Plan make_plan(const plugins::Discovery &discovery, const config::Config &config);

} // namespace aspectdiff::engine
