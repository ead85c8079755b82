#include "cli/session.hpp"

#include "cli/strictness.hpp"
#include "io/atomic_file.hpp"
#include "io/zstd_stream.hpp"
#include "model/error.hpp"

#include <cstdlib>
#include <iostream>

#include <sys/ioctl.h>
#include <unistd.h>

namespace aspectdiff::cli {

Session open_session(const CommonOptions &options, bool with_engine) {
  Session session;
  session.config = config::load_config(options.config_file);
  require_plugin_dirs(options.plugin_dirs);
  session.config.append_plugin_strings("sentiment", "actors_of_interest", options.actors);
  if (with_engine) {
    engine::EngineOptions engine_options;
    engine_options.plugin_dirs = options.plugin_dirs;
    engine_options.use_cache = !options.no_cache;
    engine_options.cache_dir = options.cache_dir;
    engine_options.jobs = options.jobs;
    engine_options.plugin_timeout = options.plugin_timeout;
    engine_options.quiet = options.quiet;
    session.engine = std::make_unique<engine::Engine>(session.config, engine_options);
    print_warnings(session.engine->warnings(), options.quiet);
    if (!options.quiet)
      for (const auto &refusal : session.engine->plan().refusals)
        std::cerr << "aspectdiff: warning: plugin refused: " << refusal.message() << '\n';
    if (strict_mode(options, session.config)) enforce_strict_load(*session.engine);
  } else {
    print_warnings(session.config.warnings, options.quiet);
  }
  return session;
}

int guarded(const std::function<int()> &body) {
  try {
    return body();
  } catch (const model::Error &e) {
    std::cerr << "aspectdiff: error: " << e.what() << '\n';
    if (e.kind() == model::ErrorKind::io) return exit_io;
    return e.kind() == model::ErrorKind::usage ? exit_usage : exit_failures;
  } catch (const std::exception &e) {
    std::cerr << "aspectdiff: error: " << e.what() << '\n';
    return exit_failures;
  }
}

void print_warnings(const std::vector<std::string> &warnings, bool quiet) {
  if (quiet) return;
  for (const auto &w : warnings)
    std::cerr << "aspectdiff: warning: " << w << '\n';
}

void print_errors(const std::vector<model::RunError> &errors) {
  for (const auto &e : errors)
    std::cerr << "aspectdiff: " << e.message << '\n';
}

std::string output_format(const OutputOptions &output, const config::Config &config) {
  return output.format.value_or(config.output.format);
}

report::ReportOptions report_options(const OutputOptions &output, const config::Config &config) {
  report::ReportOptions options;
  const std::string color = output.color.value_or(config.output.color);
  const bool to_terminal = !output.output_file && ::isatty(STDOUT_FILENO) != 0;
  const char *no_color = std::getenv("NO_COLOR");
  const bool colour_vetoed = no_color != nullptr && *no_color != '\0';
  options.color = color == "always" || (color == "auto" && to_terminal && !colour_vetoed);
  options.evidence = output.evidence;
  options.evidence_per_difference = output.evidence_count.value_or(config.output.evidence);
  if (to_terminal) {
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 60)
      options.width = size.ws_col;
  }
  return options;
}

report::JsonOptions json_options(const OutputOptions &output) {
  report::JsonOptions options;
  options.evidence_text = output.evidence_text;
  // The command line checks the word; the default stands for anything else.
  options.detail = report::parse_detail(output.detail).value_or(report::Detail::items);
  return options;
}

void emit(const OutputOptions &output, const std::string &content) {
  if (output.output_file) {
    io::write_atomically(*output.output_file, io::wants_zstd(*output.output_file)
                                                  ? io::zstd_compress(content)
                                                  : content);
    return;
  }
  std::cout << content;
  std::cout.flush();
}

} // namespace aspectdiff::cli
