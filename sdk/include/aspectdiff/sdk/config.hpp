// The plugin's resolved configuration: the host merged the user's [plugins.<name>] table over
// the plugin's default TOML and flattened it to dotted keys.
#pragma once

#include <aspectdiff/abi.h>
#include <aspectdiff/sdk/document.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::sdk {

// Thrown by a plugin's constructor for a bad setting; the shim turns it into a config error.
class ConfigError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

class Config {
public:
  explicit Config(const aspectdiff_create_args &args) noexcept : args_(args) {}

  bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }

  std::string get_string(std::string_view key, std::string_view fallback = {}) const {
    const auto *e = find(key);
    return e ? std::string(view(e->text)) : std::string(fallback);
  }
  double get_number(std::string_view key, double fallback) const {
    const auto *e = find(key);
    if (e == nullptr) return fallback;
    if (e->type == ASPECTDIFF_VALUE_STRING)
      throw ConfigError("setting '" + std::string(key) + "' must be a number");
    return e->number;
  }
  bool get_bool(std::string_view key, bool fallback) const {
    const auto *e = find(key);
    if (e == nullptr) return fallback;
    if (e->type != ASPECTDIFF_VALUE_BOOL)
      throw ConfigError("setting '" + std::string(key) + "' must be true or false");
    return e->number != 0.0;
  }
  // Every value of an array setting, in order (a single value counts as a one-element array).
  std::vector<std::string> get_strings(std::string_view key) const {
    std::vector<std::string> out;
    for (const auto &e : entries())
      if (view(e.key) == key) out.emplace_back(view(e.text));
    return out;
  }
  // A path setting resolved against the directory of the configuration file.
  std::filesystem::path resolve_path(std::string_view value) const {
    std::filesystem::path p{std::string(value)};
    if (p.is_relative() && args_.config_dir.size > 0)
      return std::filesystem::path(std::string(view(args_.config_dir))) / p;
    return p;
  }

  std::span<const aspectdiff_config_entry> entries() const noexcept {
    return {args_.config, args_.config_count};
  }

  // Tell the host which data bytes this instance uses, so they enter the provenance hash.
  void record_data(std::string_view label, std::string_view bytes) const {
    if (args_.record_data) args_.record_data(args_.context, c_str(label), c_str(bytes));
  }
  void warn(std::string_view message) const {
    if (args_.warn) args_.warn(args_.context, c_str(message));
  }

private:
  const aspectdiff_config_entry *find(std::string_view key) const noexcept {
    const aspectdiff_config_entry *last = nullptr;
    for (const auto &e : entries())
      if (view(e.key) == key) last = &e;
    return last;
  }
  const aspectdiff_create_args &args_;
};

} // namespace aspectdiff::sdk
