#include "config/plugin_settings.hpp"

#include "config/config_impl.hpp"
#include "model/error.hpp"

#include <algorithm>
#include <sstream>

namespace aspectdiff::config {

using model::Error;
using model::ErrorKind;

namespace {

bool compatible(const toml::node &default_value, const toml::node &user_value) {
  if (default_value.type() == user_value.type()) return true;
  // An integer where the default is a float is what people write ("weight = 2").
  return default_value.is_floating_point() && user_value.is_integer();
}

void merge(toml::table &into, const toml::table &user, const std::string &plugin,
           const std::string &prefix, const Config &config, std::vector<std::string> &warnings) {
  for (const auto &[k, value] : user) {
    const std::string key = prefix + std::string(k.str());
    toml::node *existing = into.get(k.str());
    if (existing == nullptr) {
      warnings.push_back(config.where(plugin, key) + ": plugin '" + plugin + "' has no setting '" +
                         key + "' (passed on, but probably a typo)");
      into.insert_or_assign(k, value);
      continue;
    }
    if (existing->is_table() && value.is_table()) {
      merge(*existing->as_table(), *value.as_table(), plugin, key + ".", config, warnings);
      continue;
    }
    if (!compatible(*existing, value)) {
      std::ostringstream expected;
      expected << existing->type();
      std::ostringstream found;
      found << value.type();
      throw Error(ErrorKind::usage, "C010",
                  config.where(plugin, key) + ": plugins." + plugin + "." + key + " must be " +
                      expected.str() + " (found " + found.str() + ")");
    }
    into.insert_or_assign(k, value);
  }
}

void add_scalar(std::vector<SettingEntry> &out, const std::string &key, const toml::node &node,
                const std::string &plugin) {
  SettingEntry e;
  e.key = key;
  if (auto s = node.value_exact<std::string>()) {
    e.type = ASPECTDIFF_VALUE_STRING;
    e.text = *s;
  } else if (auto i = node.value_exact<std::int64_t>()) {
    e.type = ASPECTDIFF_VALUE_INTEGER;
    e.number = static_cast<double>(*i);
    e.text = std::to_string(*i);
  } else if (auto d = node.value_exact<double>()) {
    e.type = ASPECTDIFF_VALUE_FLOAT;
    e.number = *d;
    std::ostringstream text;
    text << *d;
    e.text = text.str();
  } else if (auto b = node.value_exact<bool>()) {
    e.type = ASPECTDIFF_VALUE_BOOL;
    e.number = *b ? 1.0 : 0.0;
    e.text = *b ? "true" : "false";
  } else {
    throw Error(ErrorKind::usage, "C011",
                "plugins." + plugin + "." + key +
                    ": dates, times and arrays of tables are not supported in plugin settings");
  }
  out.push_back(std::move(e));
}

void flatten(const toml::table &table, const std::string &prefix, const std::string &plugin,
             std::vector<SettingEntry> &out) {
  std::vector<std::string> keys;
  for (const auto &[k, v] : table)
    keys.emplace_back(k.str());
  std::sort(keys.begin(), keys.end());
  for (const auto &k : keys) {
    const toml::node &node = *table.get(k);
    const std::string key = prefix + k;
    if (const auto *sub = node.as_table()) {
      flatten(*sub, key + ".", plugin, out);
    } else if (const auto *array = node.as_array()) {
      for (const auto &element : *array)
        add_scalar(out, key, element, plugin);
    } else {
      add_scalar(out, key, node, plugin);
    }
  }
}

} // namespace

std::vector<aspectdiff_config_entry> PluginSettings::abi_entries() const {
  std::vector<aspectdiff_config_entry> out;
  out.reserve(entries.size());
  for (const auto &e : entries)
    out.push_back({{e.key.data(), e.key.size()}, e.type, {e.text.data(), e.text.size()}, e.number});
  return out;
}

PluginSettings resolve_plugin_settings(const std::string &plugin, const std::string &default_toml,
                                       const Config &config) {
  PluginSettings settings;
  toml::table resolved;
  try {
    resolved = toml::parse(std::string_view(default_toml), "plugin '" + plugin + "' defaults");
  } catch (const toml::parse_error &e) {
    throw Error(ErrorKind::plugin, "P020",
                "plugin '" + plugin + "' ships default settings that are not valid TOML (line " +
                    std::to_string(e.source().begin.line) + "): " + std::string(e.description()));
  }
  if (const auto *user = config.impl_->root["plugins"][plugin].as_table())
    merge(resolved, *user, plugin, "", config, settings.warnings);
  flatten(resolved, "", plugin, settings.entries);
  std::ostringstream text;
  text << resolved;
  settings.toml = text.str();
  return settings;
}

} // namespace aspectdiff::config
