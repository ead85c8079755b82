// A plugin whose descriptor passed every check, and a file that was refused.
#pragma once

#include "plugins/library.hpp"
#include "plugins/version.hpp"

#include <aspectdiff/abi.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace aspectdiff::plugins {

struct Requirement {
  std::string aspect;
  Version min_version;
  bool optional = false; // the plugin runs without it when no plugin provides it
};

struct LoadedPlugin {
  std::shared_ptr<const Library> library; // keeps the code loaded while anything refers to it
  const aspectdiff_plugin_descriptor *descriptor = nullptr;
  std::filesystem::path path;
  std::string name;
  Version version;
  std::string version_text;
  std::string aspect;
  std::string summary;
  std::vector<std::string> languages; // empty = any language
  std::string default_config;
  std::vector<Requirement> requires_list;

  bool handles_language(std::string_view language) const noexcept;
};

struct Refusal {
  std::filesystem::path path;
  std::string name; // the plugin's name when known, else the file's stem
  std::string code; // P001...
  std::string reason;
  std::string message() const; // "[P003] path: reason"
};

} // namespace aspectdiff::plugins
