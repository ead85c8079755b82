// Loads a plugin from the build tree exactly as the host does, and runs it on documents built
// from strings, for plugin tests and benchmarks.
#pragma once

#include "config/config.hpp"
#include "config/plugin_settings.hpp"
#include "model/document.hpp"
#include "model/result.hpp"
#include "plugins/discovery.hpp"
#include "plugins/instance.hpp"
#include "text/segment.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#ifndef ASPECTDIFF_TEST_PLUGIN_DIR
#error "ASPECTDIFF_TEST_PLUGIN_DIR must name the build tree's plugin folder"
#endif

namespace aspectdiff::testing {

// A segmented document, as the host would build it from a plain-text file.
inline model::Document make_document(std::string text, std::string id = "doc") {
  model::Document doc;
  doc.id = std::move(id);
  doc.path = doc.id;
  doc.format = "text";
  doc.text = std::move(text);
  text::segment(doc);
  return doc;
}

// The built plugin `<name>.so`; throws with the refusal's message when it is refused.
inline std::shared_ptr<const plugins::LoadedPlugin> load_built_plugin(std::string_view name) {
  const auto path = std::filesystem::path(ASPECTDIFF_TEST_PLUGIN_DIR) / (std::string(name) + ".so");
  auto loaded = plugins::load_plugin_file(path);
  if (auto *refusal = std::get_if<plugins::Refusal>(&loaded))
    throw std::runtime_error(refusal->message());
  return std::get<std::shared_ptr<const plugins::LoadedPlugin>>(std::move(loaded));
}

// One instance per (plugin, configuration), created on first use and kept, as the host keeps
// one instance for a whole run.
inline const plugins::PluginInstance &plugin_instance(std::string_view name,
                                                      std::string_view config_toml = "") {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<plugins::PluginInstance>> instances;
  const std::lock_guard lock(mutex);
  const std::string key = std::string(name) + '\n' + std::string(config_toml);
  auto &slot = instances[key];
  if (!slot) {
    const auto plugin = load_built_plugin(name);
    const std::string toml =
        config_toml.empty() ? std::string()
                            : "[plugins." + std::string(name) + "]\n" + std::string(config_toml);
    const auto config = config::parse_config_text(toml, "test.toml");
    const auto settings =
        config::resolve_plugin_settings(plugin->name, plugin->default_config, config);
    std::vector<std::string> warnings;
    slot = std::make_unique<plugins::PluginInstance>(plugin, settings, std::filesystem::path(),
                                                     warnings);
  }
  return *slot;
}

// Runs one plugin on one document with the given results of the aspects it requires.
inline model::AspectResult run_plugin(std::string_view name, const model::Document &doc,
                                      std::string_view config_toml = "",
                                      std::vector<model::AspectResult> inputs = {}) {
  std::vector<const model::AspectResult *> pointers;
  for (const auto &input : inputs)
    pointers.push_back(&input);
  return plugin_instance(name, config_toml).extract(doc, pointers);
}

// The item with this key in a result, or null.
inline const model::Item *find_item(const model::AspectResult &r, std::string_view key) {
  for (const auto &it : r.items)
    if (it.key == key) return &it;
  return nullptr;
}

} // namespace aspectdiff::testing
