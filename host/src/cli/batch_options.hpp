// What `aspectdiff batch` and `aspectdiff merge` were asked for, parsed by cli.cpp.
#pragma once

#include "cli/options.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::cli {

struct BatchOptions {
  CommonOptions common;
  std::optional<std::filesystem::path> job_file; // JOB.toml: [batch] plus aspectdiff.toml sections
  std::vector<std::string> inputs;               // override batch.inputs
  std::vector<std::string> references;           // override batch.references
  std::optional<std::filesystem::path> output_dir;
  std::optional<std::string> input_format;
  std::vector<std::string> group_by;
  std::vector<std::string> items;
  std::optional<std::string> duplicates; // keep | collapse
  std::optional<std::string> shard;      // K/N
  bool stream = false;                   // JSON Lines on stdin, results on stdout
  bool use_cache = false;                // the journal makes resuming cheap; the cache is opt-in
  std::string command_line;              // as typed, for the resume hint
};

struct MergeOptions {
  bool quiet = false;
  std::filesystem::path output_dir;
  std::vector<std::filesystem::path> shard_dirs;
};

int run_batch(const BatchOptions &options);
int run_merge(const MergeOptions &options);

} // namespace aspectdiff::cli
