// `aspectdiff plugins`, `aspectdiff config` and `aspectdiff cache clear`.
#include "cache/result_cache.hpp"
#include "cli/session.hpp"
#include "plugins/instance.hpp"

#include <nlohmann/json.hpp>

#include <aspectdiff/abi.h>

#include <iomanip>
#include <iostream>
#include <sstream>

namespace aspectdiff::cli {

namespace {

std::string requirements(const plugins::LoadedPlugin &p) {
  std::string out;
  for (const auto &r : p.requires_list)
    out += (out.empty() ? "" : ", ") + r.aspect + " >= " + r.min_version.to_string() +
           (r.optional ? " (optional)" : "");
  return out.empty() ? "-" : out;
}

std::string languages(const plugins::LoadedPlugin &p) {
  std::string out;
  for (const auto &l : p.languages)
    out += (out.empty() ? "" : ",") + l;
  return out.empty() ? "*" : out;
}

std::string abi(const plugins::LoadedPlugin &p) {
  return std::to_string(p.descriptor->abi_major) + "." + std::to_string(p.descriptor->abi_minor);
}

void print_plugins_terminal(const engine::Engine &engine) {
  const auto &plan = engine.plan();
  const auto &discovery = engine.discovery();
  std::cout << "Plugin search path (in order):\n";
  if (discovery.searched.empty()) std::cout << "  (no existing directory)\n";
  for (const auto &d : discovery.searched)
    std::cout << "  " << d.string() << '\n';
  std::cout << "\nLoaded plugins, in run order:\n";
  if (plan.steps.empty()) std::cout << "  (none)\n";
  std::size_t order = 1;
  for (const auto &step : plan.steps) {
    const auto &p = *step.plugin;
    std::cout << "  " << order++ << ". " << p.name << ' ' << p.version_text << "  aspect "
              << p.aspect << "  ABI " << abi(p) << "  languages " << languages(p) << '\n'
              << "     " << p.summary << '\n'
              << "     requires: " << requirements(p) << '\n'
              << "     path: " << p.path.string() << '\n';
  }
  if (!plan.skipped.empty()) {
    std::cout << "\nFound but not run (configuration):";
    for (const auto &s : plan.skipped)
      std::cout << ' ' << s;
    std::cout << '\n';
  }
  std::cout << "\nRefused files:\n";
  if (plan.refusals.empty()) std::cout << "  (none)\n";
  for (const auto &r : plan.refusals)
    std::cout << "  " << r.path.string() << "\n     [" << r.code << "] " << r.reason << '\n';
}

void print_plugins_json(const engine::Engine &engine) {
  using nlohmann::json;
  json out{{"schema", "aspectdiff/2"}, {"kind", "plugins"}};
  out["host_abi"] =
      std::to_string(ASPECTDIFF_ABI_MAJOR) + "." + std::to_string(ASPECTDIFF_ABI_MINOR);
  out["search_path"] = json::array();
  for (const auto &d : engine.discovery().searched)
    out["search_path"].push_back(d.string());
  out["plugins"] = json::array();
  for (const auto &step : engine.plan().steps) {
    const auto &p = *step.plugin;
    json requires_list = json::array();
    for (const auto &r : p.requires_list)
      requires_list.push_back({{"aspect", r.aspect},
                               {"min_version", r.min_version.to_string()},
                               {"optional", r.optional}});
    out["plugins"].push_back({{"name", p.name},
                              {"version", p.version_text},
                              {"aspect", p.aspect},
                              {"abi", abi(p)},
                              {"summary", p.summary},
                              {"languages", languages(p)},
                              {"requires", requires_list},
                              {"path", p.path.string()}});
  }
  out["skipped"] = engine.plan().skipped;
  out["refused"] = json::array();
  for (const auto &r : engine.plan().refusals)
    out["refused"].push_back(
        {{"path", r.path.string()}, {"name", r.name}, {"code", r.code}, {"reason", r.reason}});
  std::cout << out.dump(2) << '\n';
}

} // namespace

int run_plugins(const PluginsOptions &options) {
  return guarded([&] {
    auto common = options.common;
    common.quiet = true; // refusals are part of this command's own output
    auto session = open_session(common);
    if (options.format == "json")
      print_plugins_json(*session.engine);
    else
      print_plugins_terminal(*session.engine);
    return exit_ok;
  });
}

int run_config(const ConfigOptions &options) {
  return guarded([&] {
    auto session = open_session(options.common);
    const auto &c = session.config;
    std::cout << "# configuration file: "
              << (c.file.empty() ? std::string("(none found; defaults)") : c.file.string())
              << "\n# plugin search path:";
    for (const auto &d : session.engine->discovery().searched)
      std::cout << ' ' << d.string();
    std::cout << "\n\n";
    std::cout << "[output]\nformat = \"" << c.output.format
              << "\"\nevidence = " << c.output.evidence << "\ncolor = \"" << c.output.color
              << "\"\n\n";
    std::cout << "[run]\njobs = " << session.engine->jobs() << "\n\n";
    std::cout << "[cache]\nenabled = " << (c.cache.enabled ? "true" : "false") << "\ndir = \""
              << c.cache.dir.value_or(cache::ResultCache::default_dir()).string() << "\"\n\n";
    std::cout << "[weights]\n";
    for (const auto &step : session.engine->plan().steps) {
      auto it = c.weights.find(step.plugin->aspect);
      std::cout << step.plugin->aspect << " = " << (it == c.weights.end() ? 1.0 : it->second)
                << '\n';
    }
    for (const auto &[name, toml] : session.engine->resolved_settings())
      std::cout << "\n[plugins." << name << "]\n" << toml << (toml.empty() ? "" : "\n");
    return exit_ok;
  });
}

int run_cache_clear(const CacheOptions &options) {
  return guarded([&] {
    auto session = open_session(options.common, false);
    const auto dir = options.common.cache_dir
                         ? *options.common.cache_dir
                         : session.config.cache.dir.value_or(cache::ResultCache::default_dir());
    const cache::ResultCache cache(dir);
    const auto removed = cache.clear();
    std::cout << "removed " << removed << " cached result" << (removed == 1 ? "" : "s") << " from "
              << dir.string() << '\n';
    return exit_ok;
  });
}

} // namespace aspectdiff::cli
