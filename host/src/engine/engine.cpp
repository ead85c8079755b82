#include "engine/engine.hpp"

#include "cache/result_cache.hpp"
#include "compare/compare.hpp"
#include "engine/parallel.hpp"
#include "model/error.hpp"
#include "plugins/instance.hpp"

#include <algorithm>
#include <chrono>
#include <exception>

#include <unistd.h>

namespace aspectdiff::engine {

namespace {

// A plugin's comparison that failed shows as a finding of category "error" on its aspect.
model::Finding error_finding(std::string message) {
  model::Finding f;
  f.key = "error";
  f.label = std::move(message);
  f.category = "error";
  return f;
}

} // namespace

Engine::Engine(const config::Config &config, EngineOptions options)
    : config_(config), jobs_(resolve_jobs(options.jobs != 0 ? options.jobs : config.jobs)) {
  discovery_ =
      plugins::discover(plugins::plugin_search_path(options.plugin_dirs, config.plugin_dirs),
                        config.allow_insecure_plugins);
  const auto config_dir = config.file.empty() ? std::filesystem::path() : config.file.parent_path();
  plugins::IsolationLimits limits;
  limits.timeout = std::chrono::milliseconds(
      static_cast<long long>(options.plugin_timeout.value_or(config.plugin_timeout) * 1000.0));
  limits.warn_when_disabled = !options.quiet;
  const auto placement_of = [&](const plugins::LoadedPlugin &plugin) {
    const bool isolated =
        config.isolation == config::Isolation::process ||
        (config.isolation == config::Isolation::automatic && !plugins::is_first_party(plugin));
    return plugins::Placement{isolated, limits};
  };
  // A plugin that cannot start is refused like one that cannot load, and the plan is made again
  // without it, unless the user asked for it by name or gave it settings it rejected.
  for (bool planned = false; !planned;) {
    planned = true;
    warnings_ = config.warnings;
    instances_.clear();
    settings_.clear();
    plan_ = make_plan(discovery_, config);
    for (const auto &step : plan_.steps) {
      const auto &name = step.plugin->name;
      try {
        auto settings = config::resolve_plugin_settings(name, step.plugin->default_config, config);
        for (auto &w : settings.warnings)
          warnings_.push_back(std::move(w));
        instances_.push_back(std::make_unique<plugins::PluginInstance>(
            step.plugin, settings, config_dir, warnings_, placement_of(*step.plugin)));
        settings_.push_back(std::move(settings));
      } catch (const model::Error &e) {
        const bool enabled =
            config.enabled && std::find(config.enabled->begin(), config.enabled->end(), name) !=
                                  config.enabled->end();
        const bool user_settings = !config.plugin_table(name).empty();
        if (enabled || (e.kind() == model::ErrorKind::usage && user_settings)) throw;
        std::erase(discovery_.plugins, step.plugin);
        std::string reason = e.what();
        if (reason.starts_with("[" + e.code() + "] ")) reason.erase(0, e.code().size() + 3);
        discovery_.refusals.push_back({step.plugin->path, name, e.code(), std::move(reason)});
        planned = false;
        break;
      }
    }
  }
  const bool use_cache = options.use_cache && config.cache.enabled;
  if (use_cache) {
    auto dir = options.cache_dir ? *options.cache_dir
                                 : config.cache.dir.value_or(cache::ResultCache::default_dir());
    // A cache folder that cannot be made or written would fail every store in silence.
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (!std::filesystem::is_directory(dir) || ::access(dir.c_str(), W_OK | X_OK) != 0) {
      warnings_.push_back("[W201] the result cache " + dir.string() + " cannot be used (" +
                          (std::filesystem::exists(dir) && !std::filesystem::is_directory(dir)
                               ? std::string("it is not a folder")
                           : ec ? ec.message()
                                : std::string("it is not writable")) +
                          "), so nothing is cached this run; give another with --cache-dir or "
                          "cache.dir, or pass --no-cache");
    } else {
      cache_ = std::make_unique<cache::ResultCache>(std::move(dir));
    }
  }
}

Engine::~Engine() = default;

std::vector<model::PluginRecord> Engine::plugin_records() const {
  std::vector<model::PluginRecord> out;
  for (std::size_t i = 0; i < plan_.steps.size(); ++i) {
    const auto &p = *plan_.steps[i].plugin;
    out.push_back(
        {p.name, p.version_text, p.aspect, p.path.string(), instances_[i]->config_hash()});
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> Engine::resolved_settings() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < plan_.steps.size(); ++i)
    out.emplace_back(plan_.steps[i].plugin->name, settings_[i].toml);
  return out;
}

model::DocumentResult Engine::analyse(const model::Document &doc, Isolation isolation) const {
  model::DocumentResult out;
  out.document_id = doc.id;
  out.aspects.reserve(plan_.steps.size());
  std::vector<std::string> keys(plan_.steps.size());
  for (std::size_t i = 0; i < plan_.steps.size(); ++i) {
    const auto &step = plan_.steps[i];
    const auto &instance = *instances_[i];
    const auto &plugin = instance.plugin();
    model::AspectResult result;
    result.aspect = plugin.aspect;
    result.provenance = instance.provenance();
    try {
      std::vector<const model::AspectResult *> inputs;
      std::vector<std::string> input_keys;
      std::string failed_input;
      for (auto index : step.inputs) {
        const auto &input = out.aspects[index];
        if (input.status == model::ResultStatus::failed) failed_input = input.aspect;
        if (input.status == model::ResultStatus::ok) inputs.push_back(&input);
        input_keys.push_back(keys[index]);
      }
      if (!failed_input.empty()) {
        result.status = model::ResultStatus::failed;
        result.error = "[P032] aspect '" + plugin.aspect + "' needs '" + failed_input +
                       "', which failed on " + doc.id;
      } else if (!plugin.handles_language(doc.language)) {
        result.status = model::ResultStatus::unscored;
        result.error = "plugin '" + plugin.name + "' handles only " + plugin.descriptor->languages +
                       "; " + doc.id + " reads as language '" + doc.language + "'";
      } else {
        // The key hashes the whole text: computed only when there is a cache to look it up in.
        if (cache_) keys[i] = cache::result_key(doc, result.provenance, input_keys);
        std::optional<model::AspectResult> cached;
        if (cache_) cached = cache_->load(keys[i]);
        if (cached) {
          result = std::move(*cached);
        } else {
          result = instance.extract(doc, inputs, isolation == Isolation::every_plugin);
          for (const auto &missing : step.missing_optional)
            result.notes.push_back("no plugin provides '" + missing + "', so " + plugin.name +
                                   " ran without it");
          if (cache_ && result.status == model::ResultStatus::ok) cache_->store(keys[i], result);
        }
      }
    } catch (const std::exception &e) {
      result.status = model::ResultStatus::failed;
      result.error = "[E001] aspect '" + plugin.aspect + "' of " + doc.id + ": " + e.what();
    }
    if (cache_ && keys[i].empty()) keys[i] = "failed:" + plugin.name;
    out.aspects.push_back(std::move(result));
  }
  return out;
}

std::vector<model::DocumentResult>
Engine::analyse_all(const std::vector<model::Document> &docs) const {
  std::vector<model::DocumentResult> results(docs.size());
  parallel_for(docs.size(), jobs_, [&](std::size_t i) { results[i] = analyse(docs[i]); });
  return results;
}

model::Comparison Engine::compare(const model::Document &a, const model::DocumentResult &ra,
                                  const model::Document &b, const model::DocumentResult &rb,
                                  Detail detail, Isolation isolation) const {
  compare::CompareOptions options;
  for (const auto &[aspect, weight] : config_.weights)
    options.weights[aspect] = weight;
  if (detail == Detail::similarity_only) options.bootstrap_samples = 0; // no intervals
  model::Comparison out;
  out.a_id = a.id;
  out.b_id = b.id;
  for (std::size_t i = 0; i < plan_.steps.size(); ++i) {
    const auto &aspect = plan_.steps[i].plugin->aspect;
    const auto *x = ra.aspect(aspect);
    const auto *y = rb.aspect(aspect);
    if (x == nullptr || y == nullptr) continue;
    auto comparison = compare::compare_aspect(*x, *y, options);
    if (comparison.comparable && instances_[i]->has_compare()) {
      try {
        if (auto error = instances_[i]->compare(a, *x, b, *y, comparison,
                                                isolation == Isolation::every_plugin,
                                                detail == Detail::similarity_only);
            !error.empty())
          comparison.findings.push_back(error_finding(error));
      } catch (const std::exception &e) {
        comparison.findings.push_back(error_finding(e.what()));
      }
    }
    out.aspects.push_back(std::move(comparison));
  }
  out.overall = compare::overall_similarity(out.aspects, options);
  if (detail != Detail::similarity_only) compare::rank_differences(out);
  return out;
}

} // namespace aspectdiff::engine
