// Running a whole batch job: into an output directory (resumable, finalised at the end), or as
// a stream filter (JSON Lines in, result lines out) for Hadoop Streaming and Spark's RDD.pipe.
#pragma once

#include "batch/job.hpp"
#include "config/config.hpp"
#include "engine/engine.hpp"

#include <iosfwd>

namespace aspectdiff::batch {

struct RunSettings {
  bool quiet = false;      // no progress, no notes
  std::string resume_hint; // the command to run again, printed when interrupted
};

// Exit codes beyond the CLI's own: 130/143 when SIGINT/SIGTERM stopped the job (resumable).
inline constexpr int exit_interrupted_int = 130;
inline constexpr int exit_interrupted_term = 143;

// Returns the exit code: 0 all went well, 1 some input or aspect failed, 130/143 interrupted.
// Throws model::Error for a usage problem (exit 2) or an unwritable output.
int run_directory_job(const JobSpec &spec, const config::Config &config,
                      const engine::Engine &engine, const RunSettings &settings);

// Reads JSON Lines from standard input (or the spec's inputs when given), writes one result line
// per document (and one error line per failure) to `out`, in input order. Returns 0 unless
// interrupted: failures travel in the stream.
int run_stream_job(const JobSpec &spec, const config::Config &config, const engine::Engine &engine,
                   std::ostream &out);

// Combines completed shard outputs into `output_dir`, byte for byte what one unsharded run
// would have written (manifest.json's "run" object aside).
int merge_jobs(const std::filesystem::path &output_dir,
               const std::vector<std::filesystem::path> &shard_dirs, bool quiet);

} // namespace aspectdiff::batch
