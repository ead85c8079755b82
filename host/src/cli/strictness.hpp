// What every command that loads plugins checks around loading: each --plugin-dir must name a
// readable directory, and --strict (or `[run] strict = true`) turns a refused plugin, a warning
// while loading, or a warning about what a plugin wrote into an error.
#pragma once

#include "cli/options.hpp"
#include "config/config.hpp"
#include "engine/engine.hpp"
#include "model/result.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace aspectdiff::cli {

// Throws model::Error (usage, U002) naming the first --plugin-dir that is missing, is not a
// directory or cannot be listed: a mistyped directory must not silently load nothing.
void require_plugin_dirs(const std::vector<std::filesystem::path> &dirs);

// True when the command line or the configuration asks for strict runs.
bool strict_mode(const CommonOptions &options, const config::Config &config);

// In strict mode, throws model::Error (plugin, P040) listing every refused plugin and every
// warning the engine gave while loading (configuration and plugin settings included).
void enforce_strict_load(const engine::Engine &engine);

// The host's warnings about what plugins wrote (notes coded [W2xx], see result_collector.hpp),
// one line each, prefixed with the document they concern.
std::vector<std::string> result_warnings(const std::vector<model::DocumentResult> &results);
// The same for one document's result, appended to `out`.
void add_result_warnings(const model::DocumentResult &result, std::vector<std::string> &out);

} // namespace aspectdiff::cli
