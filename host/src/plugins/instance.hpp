// One created plugin object, owned by the host. It holds the plugin (and so its library), so no
// object ever outlives its code.
#pragma once

#include "config/plugin_settings.hpp"
#include "model/comparison.hpp"
#include "model/document.hpp"
#include "model/result.hpp"
#include "plugins/isolated_plugin.hpp"
#include "plugins/plugin.hpp"

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace aspectdiff::plugins {

// Where a plugin's code runs: in the host, or in supervised worker processes (isolated_plugin.hpp).
struct Placement {
  bool isolated = false;
  IsolationLimits limits; // used when isolated
};

class PluginInstance {
public:
  // Calls the plugin's create() with the resolved settings (in a worker process when
  // `placement` says so). Throws model::Error (P021) with the plugin's message when create
  // fails. `warnings` receives what the plugin warned about.
  PluginInstance(std::shared_ptr<const LoadedPlugin> plugin, const config::PluginSettings &settings,
                 const std::filesystem::path &config_dir, std::vector<std::string> &warnings,
                 const Placement &placement = {});
  ~PluginInstance();
  PluginInstance(const PluginInstance &) = delete;
  PluginInstance &operator=(const PluginInstance &) = delete;

  const LoadedPlugin &plugin() const noexcept { return *plugin_; }
  bool isolated() const noexcept { return isolated_ != nullptr; }
  // XXH3-128 of the plugin's library file, its resolved settings and every data byte it recorded.
  const std::string &config_hash() const noexcept { return config_hash_; }
  model::Provenance provenance() const;

  // Runs extract() on one document with the results of the aspects it requires. Never throws
  // for a plugin failure: the result's status is `failed` with the plugin's message (or, when
  // isolated, with the crash or timeout of its worker).
  // `isolate`: run it in a worker process even when this instance lives in the host (for a
  // document suspected of crashing the host before).
  model::AspectResult extract(const model::Document &doc,
                              const std::vector<const model::AspectResult *> &inputs,
                              bool isolate = false) const;

  bool has_compare() const noexcept { return plugin_->descriptor->compare != nullptr; }
  // Runs the plugin's own comparison; adds its findings to `out` and, when it gives one, replaces
  // the similarity. Returns the plugin's error message, or "" on success.
  // `similarity_only`: the caller keeps only the similarity, so the plugin is told it may skip
  // its findings (ABI 1.2) and any it writes are dropped.
  std::string compare(const model::Document &a, const model::AspectResult &ra,
                      const model::Document &b, const model::AspectResult &rb,
                      model::AspectComparison &out, bool isolate = false,
                      bool similarity_only = false) const;

private:
  // The worker-process copy of an in-process instance, started on first use; nullptr with the
  // reason in `error` when it cannot start.
  const IsolatedPlugin *isolated_copy(std::string &error) const;

  std::shared_ptr<const LoadedPlugin> plugin_;
  void *handle_ = nullptr;                   // in process
  std::unique_ptr<IsolatedPlugin> isolated_; // or in worker processes
  // What an isolated copy needs, and the copy once made.
  config::PluginSettings settings_;
  std::filesystem::path config_dir_;
  IsolationLimits limits_;
  mutable std::mutex copy_mutex_;
  mutable std::unique_ptr<IsolatedPlugin> isolated_copy_;
  std::string config_hash_;
  // Items the last successful extract() wrote: a capacity hint for the next document's result.
  mutable std::atomic<std::size_t> items_last_written_{0};
};

// A result view over host-owned data, valid while the result and this object live.
class ResultViewHolder {
public:
  explicit ResultViewHolder(const model::AspectResult &result);
  const aspectdiff_result_view &view() const noexcept { return view_; }

private:
  std::vector<aspectdiff_metric> metrics_;
  std::vector<aspectdiff_item> items_;
  std::vector<aspectdiff_attribute> attributes_; // every item's, one after another
  aspectdiff_result_view view_{};
};

} // namespace aspectdiff::plugins
