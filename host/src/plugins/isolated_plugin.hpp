// A plugin run in supervised worker processes rather than in the host. Each concurrent caller
// gets a worker of its own from a small pool; a worker that crashes or exceeds the time limit
// becomes a coded failure of that plugin on that document, and the next document gets a fresh
// worker. After `max_failures_in_row` such failures in a row the plugin is disabled for the rest
// of the run, with a warning.
#pragma once

#include "config/plugin_settings.hpp"
#include "model/comparison.hpp"
#include "model/document.hpp"
#include "model/result.hpp"
#include "plugins/plugin.hpp"
#include "plugins/worker_process.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace aspectdiff::plugins {

struct IsolationLimits {
  std::chrono::milliseconds timeout{0}; // per document and plugin; zero: none
  unsigned max_failures_in_row = 3;
  bool warn_when_disabled = true; // on standard error; false under --quiet
};

class IsolatedPlugin {
public:
  // Starts the first worker and creates the plugin there. Throws model::Error as
  // PluginInstance does (P021) when the plugin refuses its settings, or P044 when no worker can
  // be started.
  IsolatedPlugin(std::shared_ptr<const LoadedPlugin> plugin, const config::PluginSettings &settings,
                 const std::filesystem::path &config_dir, IsolationLimits limits,
                 std::vector<std::string> &warnings);
  ~IsolatedPlugin();
  IsolatedPlugin(const IsolatedPlugin &) = delete;
  IsolatedPlugin &operator=(const IsolatedPlugin &) = delete;

  // The provenance hash the worker computed, exactly as an in-process instance would.
  const std::string &config_hash() const noexcept { return config_hash_; }

  // Never throws for a plugin failure; `result.status` is `failed` with a coded message.
  model::AspectResult extract(const model::Document &doc,
                              const std::vector<const model::AspectResult *> &inputs,
                              const model::Provenance &provenance) const;
  // As PluginInstance::compare: findings into `out`, the plugin's error (or "") returned.
  std::string compare(const model::Document &a, const model::AspectResult &ra,
                      const model::Document &b, const model::AspectResult &rb,
                      model::AspectComparison &out) const;

private:
  // A worker ready for a request: an idle one, or a new one with the plugin created in it.
  std::unique_ptr<WorkerProcess> acquire(std::string &error) const;
  void release(std::unique_ptr<WorkerProcess> worker) const;
  // Sends a request; on a crash or timeout returns "" and sets `error` to the coded message.
  std::string call(const std::string &request, const std::string &what, std::string &error) const;
  void count_failure(const std::string &error) const;

  std::shared_ptr<const LoadedPlugin> plugin_;
  std::string create_request_;
  IsolationLimits limits_;
  std::string config_hash_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<WorkerProcess>> idle_;
  mutable std::atomic<unsigned> failures_in_row_{0};
  mutable std::atomic<bool> disabled_{false};
};

} // namespace aspectdiff::plugins
