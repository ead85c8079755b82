#include "plugins/isolated_plugin.hpp"

#include "model/error.hpp"
#include "plugins/worker_protocol.hpp"

#include <cstring>
#include <iostream>
#include <sstream>

namespace aspectdiff::plugins {

namespace {

using Kind = WorkerProcess::Outcome::Kind;

std::string signal_text(int signal) {
  const char *abbrev = ::sigabbrev_np(signal);
  return "signal " + std::to_string(signal) +
         (abbrev != nullptr ? std::string(", SIG") + abbrev : std::string());
}

std::string seconds_text(std::chrono::milliseconds limit) {
  std::ostringstream out;
  out << static_cast<double>(limit.count()) / 1000.0 << " s";
  return out.str();
}

model::AspectResult failed_result(const model::Provenance &provenance, const std::string &aspect,
                                  std::string error) {
  model::AspectResult failed;
  failed.aspect = aspect;
  failed.provenance = provenance;
  failed.status = model::ResultStatus::failed;
  failed.error = std::move(error);
  return failed;
}

std::string coded(const protocol::Failure &f) {
  return "[" + f.code + "] " + f.message;
}

} // namespace

IsolatedPlugin::IsolatedPlugin(std::shared_ptr<const LoadedPlugin> plugin,
                               const config::PluginSettings &settings,
                               const std::filesystem::path &config_dir, IsolationLimits limits,
                               std::vector<std::string> &warnings)
    : plugin_(std::move(plugin)), limits_(limits) {
  create_request_ = protocol::encode(protocol::CreateRequest{settings.entries, config_dir});
  const auto could_not_start = [&](const std::string &why) {
    return model::Error(model::ErrorKind::plugin, "P021",
                        "plugin '" + plugin_->name + "' (" + plugin_->path.string() +
                            ") could not start: " + why);
  };
  std::string error;
  auto worker = WorkerProcess::start(plugin_->path, error);
  if (!worker)
    throw model::Error(model::ErrorKind::plugin, "P044",
                       "plugin '" + plugin_->name + "' cannot run isolated: " + error);
  auto outcome = worker->call(create_request_, limits_.timeout);
  if (outcome.kind == Kind::died)
    throw could_not_start("its worker process ended (" +
                          (outcome.signal != 0
                               ? signal_text(outcome.signal)
                               : "exit status " + std::to_string(outcome.exit_status)) +
                          ")");
  if (outcome.kind == Kind::timed_out)
    throw could_not_start("it did not start within " + seconds_text(limits_.timeout));
  if (outcome.kind == Kind::interrupted) throw could_not_start("the run was interrupted");
  if (const auto failure = protocol::decode_failure(outcome.reply))
    throw model::Error(failure->usage ? model::ErrorKind::usage : model::ErrorKind::plugin,
                       failure->code, failure->message);
  const auto created = protocol::decode_created(outcome.reply);
  if (!created) throw could_not_start("its worker sent a malformed reply");
  config_hash_ = created->config_hash;
  warnings.insert(warnings.end(), created->warnings.begin(), created->warnings.end());
  idle_.push_back(std::move(worker));
}

IsolatedPlugin::~IsolatedPlugin() = default;

std::unique_ptr<WorkerProcess> IsolatedPlugin::acquire(std::string &error) const {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto worker = std::move(idle_.back());
      idle_.pop_back();
      return worker;
    }
  }
  auto worker = WorkerProcess::start(plugin_->path, error);
  if (!worker) {
    error = "[P044] cannot start a worker process for plugin '" + plugin_->name + "': " + error;
    return nullptr;
  }
  const auto outcome = worker->call(create_request_, limits_.timeout);
  if (outcome.kind == Kind::reply && protocol::decode_created(outcome.reply)) return worker;
  const auto failure =
      outcome.kind == Kind::reply ? protocol::decode_failure(outcome.reply) : std::nullopt;
  error = "[P044] plugin '" + plugin_->name + "' could not be started again in a new worker" +
          (failure ? ": " + coded(*failure) : std::string());
  return nullptr;
}

void IsolatedPlugin::release(std::unique_ptr<WorkerProcess> worker) const {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(worker));
}

void IsolatedPlugin::count_failure(const std::string &error) const {
  if (failures_in_row_.fetch_add(1) + 1 < limits_.max_failures_in_row) return;
  if (disabled_.exchange(true) || !limits_.warn_when_disabled) return;
  std::cerr << "aspectdiff: warning: plugin '" << plugin_->name
            << "' is disabled for the rest of this run after " << limits_.max_failures_in_row
            << " failures in a row (the last: " << error << ")\n";
}

std::string IsolatedPlugin::call(const std::string &request, const std::string &what,
                                 std::string &error) const {
  auto worker = acquire(error);
  if (!worker) {
    count_failure(error);
    return {};
  }
  auto outcome = worker->call(request, limits_.timeout);
  switch (outcome.kind) {
  case Kind::reply:
    release(std::move(worker));
    failures_in_row_.store(0);
    return std::move(outcome.reply);
  case Kind::died:
    error = "[P040] plugin '" + plugin_->name + "' crashed while " + what + " (" +
            (outcome.signal != 0 ? signal_text(outcome.signal)
                                 : "exit status " + std::to_string(outcome.exit_status)) +
            "); the next document gets a new worker process";
    break;
  case Kind::timed_out:
    error = "[P041] plugin '" + plugin_->name + "' did not finish " + what + " within " +
            seconds_text(limits_.timeout) + " (plugin_timeout) and was stopped";
    break;
  case Kind::interrupted:
    error = "[P043] plugin '" + plugin_->name + "' was stopped while " + what +
            ": the run was interrupted";
    return {};
  }
  count_failure(error);
  return {};
}

model::AspectResult IsolatedPlugin::extract(const model::Document &doc,
                                            const std::vector<const model::AspectResult *> &inputs,
                                            const model::Provenance &provenance) const {
  if (disabled_.load())
    return failed_result(provenance, plugin_->aspect,
                         "[P042] plugin '" + plugin_->name + "' was disabled after " +
                             std::to_string(limits_.max_failures_in_row) +
                             " failures in a row, so it did not analyse " + doc.id);
  std::string error;
  const auto reply = call(protocol::encode_extract(doc, inputs), "analysing " + doc.id, error);
  if (!error.empty()) return failed_result(provenance, plugin_->aspect, std::move(error));
  if (const auto failure = protocol::decode_failure(reply))
    return failed_result(provenance, plugin_->aspect, coded(*failure));
  auto result = protocol::decode_result(reply);
  if (!result)
    return failed_result(provenance, plugin_->aspect,
                         "[P045] the worker of plugin '" + plugin_->name +
                             "' sent a malformed result for " + doc.id);
  return std::move(*result);
}

std::string IsolatedPlugin::compare(const model::Document &a, const model::AspectResult &ra,
                                    const model::Document &b, const model::AspectResult &rb,
                                    model::AspectComparison &out) const {
  if (disabled_.load())
    return "[P042] plugin '" + plugin_->name + "' was disabled after " +
           std::to_string(limits_.max_failures_in_row) + " failures in a row";
  std::string error;
  const auto reply =
      call(protocol::encode_compare(a, ra, b, rb), "comparing " + a.id + " with " + b.id, error);
  if (!error.empty()) return error;
  if (const auto failure = protocol::decode_failure(reply)) return coded(*failure);
  auto compared = protocol::decode_compared(reply);
  if (!compared)
    return "[P045] the worker of plugin '" + plugin_->name + "' sent a malformed comparison";
  if (compared->similarity && *compared->similarity >= 0.0 && *compared->similarity <= 1.0)
    out.similarity = *compared->similarity;
  for (auto &f : compared->findings)
    out.findings.push_back(std::move(f));
  return compared->error;
}

} // namespace aspectdiff::plugins
