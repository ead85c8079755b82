// A plugin's resolved settings: its descriptor's default TOML with the user's [plugins.<name>]
// merged over it, flattened into the plain entries that cross the ABI.
#pragma once

#include <aspectdiff/abi.h>

#include <string>
#include <vector>

namespace aspectdiff::config {

class Config;

struct SettingEntry {
  std::string key;
  aspectdiff_value_type type = ASPECTDIFF_VALUE_STRING;
  std::string text;
  double number = 0.0;
};

struct PluginSettings {
  std::vector<SettingEntry> entries; // sorted by key; arrays keep their order
  std::string toml;                  // the resolved table, for `aspectdiff config`
  std::vector<std::string> warnings; // unknown keys

  std::vector<aspectdiff_config_entry> abi_entries() const; // views into `entries`
};

// Throws model::Error (usage) when the default TOML does not parse (code P020) or when a user
// value's type differs from the default's (code C010, naming file, line and column).
PluginSettings resolve_plugin_settings(const std::string &plugin, const std::string &default_toml,
                                       const Config &config);

} // namespace aspectdiff::config
