#include "cli/strictness.hpp"

#include "model/error.hpp"
#include "plugins/result_collector.hpp"

#include <system_error>

namespace aspectdiff::cli {

void require_plugin_dirs(const std::vector<std::filesystem::path> &dirs) {
  for (const auto &dir : dirs) {
    std::error_code ec;
    const bool is_dir = std::filesystem::is_directory(dir, ec);
    if (!is_dir)
      throw model::Error(
          model::ErrorKind::usage, "U002",
          "--plugin-dir " + dir.string() +
              (std::filesystem::exists(dir, ec) ? ": not a directory" : ": no such directory"));
    // Listing it is what discovery will do: a directory that cannot be read fails here, named.
    std::filesystem::directory_iterator listing(dir, ec);
    if (ec)
      throw model::Error(model::ErrorKind::usage, "U002",
                         "--plugin-dir " + dir.string() + ": cannot be read (" + ec.message() +
                             ")");
  }
}

bool strict_mode(const CommonOptions &options, const config::Config &config) {
  return options.strict || config.strict;
}

void enforce_strict_load(const engine::Engine &engine) {
  const auto &refusals = engine.plan().refusals;
  const auto &warnings = engine.warnings();
  if (refusals.empty() && warnings.empty()) return;
  std::string message = "strict mode: ";
  message += std::to_string(refusals.size()) + " plugin(s) refused and " +
             std::to_string(warnings.size()) + " warning(s) while loading";
  for (const auto &r : refusals)
    message += "\n  refused: " + r.message();
  for (const auto &w : warnings)
    message += "\n  warning: " + w;
  throw model::Error(model::ErrorKind::plugin, "P040", message);
}

void add_result_warnings(const model::DocumentResult &result, std::vector<std::string> &out) {
  for (const auto &aspect : result.aspects)
    for (const auto &note : aspect.notes)
      if (plugins::is_output_warning(note)) out.push_back(result.document_id + ": " + note);
}

std::vector<std::string> result_warnings(const std::vector<model::DocumentResult> &results) {
  std::vector<std::string> out;
  for (const auto &doc : results)
    add_result_warnings(doc, out);
  return out;
}

} // namespace aspectdiff::cli
