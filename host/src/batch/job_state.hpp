// The state a batch job keeps in OUTPUT/.batch/ so that a killed run can be resumed and shard
// outputs merged:
//   job.json       the job's configuration hash and shard, written once at the start;
//   records.jsonl  the journal: one DocRecord per finished document or unreadable input, in
//                  input order, each appended only after its lines in the two files below are
//                  on disk, and carrying their sizes at that point;
//   results.jsonl.part, errors.jsonl.part   the outputs while the job runs;
//   in-flight      the documents being analysed (in_flight.hpp).
// A record is the commit point: on resume, a torn journal tail is cut, and both outputs are cut
// back to the sizes the last whole record names, so nothing is lost, repeated or torn.
#pragma once

#include "batch/record.hpp"
#include "batch/shard.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace aspectdiff::batch {

struct JobPaths {
  std::filesystem::path dir; // the output directory
  std::filesystem::path state() const { return dir / ".batch"; }
  std::filesystem::path job() const { return state() / "job.json"; }
  std::filesystem::path journal() const { return state() / "records.jsonl"; }
  std::filesystem::path results_part() const { return state() / "results.jsonl.part"; }
  std::filesystem::path errors_part() const { return state() / "errors.jsonl.part"; }
  std::filesystem::path in_flight() const { return state() / "in-flight"; } // in_flight.hpp
  std::filesystem::path results() const { return dir / "results.jsonl"; }
  std::filesystem::path compressed_results() const { return dir / "results.jsonl.zst"; }
  // The finished results file: results.jsonl.zst when the job compresses its results.
  std::filesystem::path results(bool compressed) const {
    return compressed ? compressed_results() : results();
  }
  std::filesystem::path errors() const { return dir / "errors.jsonl"; }
  std::filesystem::path manifest() const { return dir / "manifest.json"; }
};

struct JobIdentity {
  std::string config_hash;
  Shard shard;
};

// Where the last run stopped.
struct Checkpoint {
  std::uint64_t records = 0;      // whole records in the journal
  std::uint64_t failures = 0;     // of those, unreadable inputs and documents with a failed aspect
  std::uint64_t journal_size = 0; // bytes of those records
  std::uint64_t results_size = 0; // results.jsonl.part cut back to this
  std::uint64_t errors_size = 0;  // errors.jsonl.part cut back to this
  std::optional<std::uint64_t> last_seq;
  std::string last_id;
};

// Reads job.json; nullopt when absent.
std::optional<JobIdentity> read_identity(const JobPaths &paths);
void write_identity(const JobPaths &paths, const JobIdentity &identity);

// Reads the journal up to its last whole record. Throws model::Error (io, W102) when the outputs
// are shorter than a record says (they were changed by hand or the disk lost data).
Checkpoint read_checkpoint(const JobPaths &paths);

// A finished job's results and errors sit in OUTPUT/; an interrupted one's in .batch/*.part. This
// moves finished files back to .part when a run stopped between the renames at the end.
void reopen_outputs(const JobPaths &paths);

// Calls `each` for every whole record of a journal, in order; returns how many.
std::uint64_t for_each_record(const std::filesystem::path &journal,
                              const std::function<void(DocRecord &&)> &each);

} // namespace aspectdiff::batch
