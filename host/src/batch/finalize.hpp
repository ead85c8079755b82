// The end of a batch job: summary.csv, groups.csv, group_differences.csv, ranking.csv,
// duplicates.csv and manifest.json, each written atomically from the journal of per-document
// records, then results.jsonl and errors.jsonl moved into place. manifest.json comes last: its
// presence marks the job complete.
//
// Everything but manifest.json's "run" object depends only on the records, which are in input
// order, so a single run, a resumed run and a merge of shards give byte-identical files.
#pragma once

#include "batch/job.hpp"
#include "batch/job_state.hpp"
#include "model/run.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace aspectdiff::batch {

struct FinalizeInput {
  const JobSpec *spec = nullptr;
  std::vector<std::string> inputs;     // expanded
  std::vector<std::string> references; // reference document ids, in job order
  std::vector<model::PluginRecord> plugins;
  std::string config_hash;
  nlohmann::ordered_json run; // timings, shard, resumes: what the equality of outputs ignores
};

struct FinalCounts {
  std::uint64_t documents = 0, failed = 0, input_errors = 0, duplicates = 0, clusters = 0;
};

FinalCounts finalize_job(const JobPaths &paths, const FinalizeInput &input);

} // namespace aspectdiff::batch
