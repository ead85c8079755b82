// What a batch job does: its inputs, references, aspects' settings, grouping, duplicate handling
// and output directory. Read from the [batch] table of a job file (the rest of the file is an
// ordinary aspectdiff.toml) and overridden by command-line flags; see docs/batch.md.
#pragma once

#include "batch/minhash.hpp"
#include "batch/shard.hpp"
#include "report/json_detail.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::batch {

// A grouping field: "source", "date" or "date:day|week|month|year" (dates read as ISO
// YYYY-MM-DD prefixes).
struct GroupField {
  std::string field;  // source | date
  std::string bucket; // for dates: day | week | month | year ("" = the date as written)
  std::string name() const { return bucket.empty() ? field : field + ":" + bucket; }
};

// Items kept per document for aggregation: an aspect, optionally only one item category.
struct ItemSet {
  std::string aspect;
  std::string category; // "" = any
  std::string name() const { return category.empty() ? aspect : aspect + ":" + category; }
};

enum class DuplicateMode { keep, collapse };

struct JobSpec {
  std::vector<std::string> inputs; // paths, glob patterns, or "-" for standard input
  std::string input_format = "auto";
  std::vector<std::string> references;
  std::filesystem::path output_dir;
  std::vector<GroupField> group_by{{"source", ""}};
  std::vector<ItemSet> item_sets{{"actors", ""}, {"sentiment", "actor"}, {"themes", "major"}};
  std::size_t item_limit = 10;      // items kept per set and document
  std::vector<std::string> metrics; // "aspect.metric"; empty = every metric but feature.*
  DuplicateMode duplicates = DuplicateMode::keep;
  double duplicate_similarity = 0.7; // estimated shingle Jaccard that links two documents
  unsigned shingle_width = 4;        // words per shingle (1..16)
  Shard shard;
  // results.jsonl as is, or as results.jsonl.zst: one zstd frame per document (batch_output.hpp)
  bool compress_results = false;
  // What each line of results.jsonl carries of each aspect result (`--detail` of extract).
  report::Detail detail = report::Detail::items;
};

// The settings of the [batch] table of a job file; relative paths are taken from the job
// file's folder. Throws model::Error (usage, C1xx) naming the file and key for a wrong value.
// `has_config` is set when the file holds anything besides [batch] (it is then the job's
// aspectdiff.toml as well).
JobSpec read_job_file(const std::filesystem::path &file, bool &has_config);

std::optional<GroupField> parse_group_field(std::string_view text);
std::optional<ItemSet> parse_item_set(std::string_view text);
std::optional<DuplicateMode> parse_duplicate_mode(std::string_view text);
const char *to_string(DuplicateMode mode) noexcept;

// Checks the combination of settings (inputs given, output directory given unless streaming,
// limits); throws model::Error (usage).
void validate(const JobSpec &spec, bool streaming);

} // namespace aspectdiff::batch
