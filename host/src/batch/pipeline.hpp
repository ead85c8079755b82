// The streaming core of a batch job: one reader thread (ingest and segmentation, in input order),
// N analysis workers, and the calling thread as the single writer, connected by a bounded queue.
// At most `window` inputs are in flight between reading and writing, so memory stays flat
// whatever the corpus size, and the writer hands results on strictly in input order.
#pragma once

#include "batch/analyser.hpp"
#include "batch/in_flight.hpp"
#include "batch/shard.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace aspectdiff::batch {

// Where a previous run of the same job stopped: every input this process takes up to and
// including `last_seq` is done (the writer commits in input order).
struct ResumePoint {
  std::uint64_t last_seq = 0;
  std::string last_id;
  std::uint64_t records = 0;
};

struct PipelineInput {
  std::vector<std::string> paths; // expanded, in order
  std::string format = "auto";
  Shard shard;
  std::optional<ResumePoint> resume;
  unsigned jobs = 1;
  InFlightLog *in_flight = nullptr; // told of each document as a worker takes it
  std::set<std::uint64_t> suspects; // input positions analysed with every plugin isolated
};

struct PipelineStats {
  std::uint64_t seen = 0;         // documents and unreadable inputs met, all shards
  std::uint64_t handled = 0;      // written by this run
  std::uint64_t other_shards = 0; // left to other shards
  std::uint64_t already_done = 0; // skipped because an earlier run wrote them
  bool interrupted = false;       // stopped by SIGINT/SIGTERM before the end of the inputs
};

// Called on the writer thread with consecutive finished inputs, in input order. May throw
// (a full disk): the pipeline then stops and rethrows.
using WriteBatch = std::function<void(std::vector<Finished> &)>;

PipelineStats run_pipeline(const PipelineInput &input, const Analyser &analyser,
                           const WriteBatch &write);

} // namespace aspectdiff::batch
