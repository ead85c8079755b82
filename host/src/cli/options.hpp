// What the command line asked for, parsed (by cli.cpp, the one file that includes CLI11).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::cli {

struct CommonOptions {
  std::optional<std::filesystem::path> config_file;
  std::vector<std::filesystem::path> plugin_dirs;
  unsigned jobs = 0;
  bool no_cache = false;
  std::optional<std::filesystem::path> cache_dir;
  bool quiet = false;
  std::optional<double> plugin_timeout; // seconds an isolated plugin may take per document
  bool strict = false; // refused plugins and plugin warnings are errors (also `[run] strict`)
  std::vector<std::string> actors; // --actor: added to plugins.sentiment.actors_of_interest
};

struct OutputOptions {
  std::optional<std::string> format; // overrides the configuration's output.format
  std::optional<std::string> color;  // auto | always | never
  bool evidence = false;
  bool evidence_text = false;   // JSON: quote the text beside each evidence span
  std::string detail = "items"; // JSON: metrics | items | full (report/json_detail.hpp)
  std::optional<std::size_t> evidence_count;
  std::optional<std::filesystem::path> output_file; // written atomically
};

struct CompareOptions {
  CommonOptions common;
  OutputOptions output;
  std::string input_format = "auto";
  std::string reference;
  std::vector<std::string> documents;
  std::optional<std::filesystem::path> report_file; // the HTML report, written atomically
};

struct ExtractOptions {
  CommonOptions common;
  OutputOptions output;
  std::string input_format = "auto";
  std::vector<std::string> documents;
};

struct PluginsOptions {
  CommonOptions common;
  std::string format = "terminal"; // terminal | json
};

struct ConfigOptions {
  CommonOptions common;
};

struct CacheOptions {
  CommonOptions common;
};

int run_compare(const CompareOptions &options);
int run_extract(const ExtractOptions &options);
int run_plugins(const PluginsOptions &options);
int run_config(const ConfigOptions &options);
int run_cache_clear(const CacheOptions &options);

} // namespace aspectdiff::cli
