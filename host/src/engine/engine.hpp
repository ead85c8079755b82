// The engine: loads and plans plugins once, then analyses documents (in parallel, through the
// cache) and compares their results aspect by aspect.
#pragma once

#include "config/config.hpp"
#include "config/plugin_settings.hpp"
#include "engine/plan.hpp"
#include "model/comparison.hpp"
#include "model/document.hpp"
#include "model/result.hpp"
#include "model/run.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::plugins {
class PluginInstance;
}
namespace aspectdiff::cache {
class ResultCache;
}

namespace aspectdiff::engine {

struct EngineOptions {
  std::vector<std::filesystem::path> plugin_dirs; // from --plugin-dir, searched first
  bool use_cache = true;
  std::optional<std::filesystem::path> cache_dir;
  unsigned jobs = 0;                    // 0 = all cores
  std::optional<double> plugin_timeout; // seconds; overrides the configuration's
  bool quiet = false;                   // no warning on standard error while documents are analysed
};

class Engine {
public:
  // Discovers, plans and creates every plugin on the calling thread. Throws model::Error for a
  // configuration problem or an enabled plugin that cannot run.
  Engine(const config::Config &config, EngineOptions options);
  ~Engine();
  Engine(const Engine &) = delete;
  Engine &operator=(const Engine &) = delete;

  const plugins::Discovery &discovery() const noexcept { return discovery_; }
  const Plan &plan() const noexcept { return plan_; }
  const std::vector<std::string> &warnings() const noexcept { return warnings_; }
  std::vector<model::PluginRecord> plugin_records() const;
  // Each plugin's resolved settings as TOML, for `aspectdiff config`.
  std::vector<std::pair<std::string, std::string>> resolved_settings() const;

  // Where plugins run for one call: as the configuration places them, or every plugin in a
  // worker process (for a document that crashed the host in an earlier run).
  enum class Isolation { as_configured, every_plugin };

  // Every aspect of one document, in plan order. A failing plugin fails only its aspect (and
  // the aspects that require it); nothing thrown escapes.
  model::DocumentResult analyse(const model::Document &doc,
                                Isolation isolation = Isolation::as_configured) const;
  // analyse() over many documents on `jobs` threads; results[i] belongs to docs[i].
  std::vector<model::DocumentResult> analyse_all(const std::vector<model::Document> &docs) const;

  // How much of a comparison to compute. `similarity_only` leaves out the host's bootstrap
  // intervals of metric deltas (every MetricDelta::interval is empty), which cost more than the
  // rest of the comparison and do not enter any similarity, and tells plugins to skip their
  // findings (and the bootstraps behind them): a batch ranking thousands of documents by
  // similarity to a reference never shows them.
  enum class Detail { full, similarity_only };

  // A against B, every aspect both have; the plugin's own comparison when it has one.
  model::Comparison compare(const model::Document &a, const model::DocumentResult &ra,
                            const model::Document &b, const model::DocumentResult &rb,
                            Detail detail = Detail::full,
                            Isolation isolation = Isolation::as_configured) const;

  unsigned jobs() const noexcept { return jobs_; }

private:
  const config::Config &config_;
  plugins::Discovery discovery_;
  Plan plan_;
  std::vector<std::unique_ptr<plugins::PluginInstance>> instances_; // parallel to plan_.steps
  std::vector<config::PluginSettings> settings_;
  std::unique_ptr<cache::ResultCache> cache_;
  std::vector<std::string> warnings_;
  unsigned jobs_ = 1;
};

} // namespace aspectdiff::engine
