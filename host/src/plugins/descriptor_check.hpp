// The load rule, applied to a plugin's descriptor before any other code of the plugin runs.
#pragma once

#include "plugins/plugin.hpp"

#include <aspectdiff/abi.h>

#include <string_view>
#include <variant>

namespace aspectdiff::plugins {

// Same ABI major; minor not newer than the host's; struct size at least what that minor needs;
// non-empty name, version and aspect; a parseable version; name equal to the file's stem;
// create, destroy, extract and release_message present; well-formed requirements.
// Returns the refusal's code and reason on failure.
struct CheckFailure {
  std::string code;
  std::string reason;
};

std::variant<LoadedPlugin, CheckFailure> check_descriptor(const aspectdiff_plugin_descriptor *d,
                                                          std::string_view file_stem);

// The entry symbol a file with this stem must export: aspectdiff_plugin_<stem>_v1.
std::string entry_symbol(std::string_view stem);

// Plugin names are [a-z0-9_]+ so that they make a C symbol and a file name.
bool valid_plugin_name(std::string_view name) noexcept;

} // namespace aspectdiff::plugins
