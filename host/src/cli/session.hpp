// What every command does around its own work: load the configuration, start the engine, print
// warnings, map errors to exit codes, and write the output.
#pragma once

#include "cli/options.hpp"
#include "config/config.hpp"
#include "engine/engine.hpp"
#include "model/run.hpp"
#include "report/report.hpp"

#include <functional>
#include <memory>
#include <string>

namespace aspectdiff::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_failures = 1;
inline constexpr int exit_usage = 2;
inline constexpr int exit_io = 3; // an output could not be written (a full disk, permissions)

struct Session {
  config::Config config;
  std::unique_ptr<engine::Engine> engine;
};

// Loads the configuration and (when `with_engine`) the plugins.
Session open_session(const CommonOptions &options, bool with_engine = true);

// Runs `body`, turning a model::Error or any other exception into a message on standard error
// and the matching exit code.
int guarded(const std::function<int()> &body);

// Prints warnings to standard error unless quiet.
void print_warnings(const std::vector<std::string> &warnings, bool quiet);
// Prints each error to standard error, in the order given; --quiet silences warnings only.
void print_errors(const std::vector<model::RunError> &errors);

// The format to use: the command line's, else the configuration's.
std::string output_format(const OutputOptions &output, const config::Config &config);
// Report options from the command line and configuration (colour only on a terminal, never with
// NO_COLOR, and never when writing to a file).
report::ReportOptions report_options(const OutputOptions &output, const config::Config &config);
// JSON writer options from the command line (`--evidence-text`, `--detail`).
report::JsonOptions json_options(const OutputOptions &output);

// Writes to standard output, or atomically to --output.
void emit(const OutputOptions &output, const std::string &content);

} // namespace aspectdiff::cli
