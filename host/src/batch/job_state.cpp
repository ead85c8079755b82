#include "batch/job_state.hpp"

#include "batch/durable_file.hpp"
#include "model/error.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace aspectdiff::batch {

namespace {

[[noreturn]] void damaged(const std::filesystem::path &path, const std::string &what) {
  throw model::Error(model::ErrorKind::io, "W102",
                     path.string() + ": " + what +
                         "; the job state is damaged: start again with a new output directory");
}

// Reads whole lines ("\n"-terminated) of `path`, calling `line(text, end_offset)`; stops at the
// first one `line` rejects. Returns the offset after the last accepted line.
template <class OnLine> std::uint64_t whole_lines(const std::filesystem::path &path, OnLine line) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return 0;
  std::uint64_t accepted = 0, offset = 0;
  std::string text;
  while (std::getline(in, text)) {
    if (in.eof()) break; // no line feed: a torn write
    offset += text.size() + 1;
    if (!line(text, offset)) break;
    accepted = offset;
  }
  return accepted;
}

} // namespace

std::optional<JobIdentity> read_identity(const JobPaths &paths) {
  std::ifstream in(paths.job(), std::ios::binary);
  if (!in) return std::nullopt;
  try {
    const auto j = nlohmann::json::parse(in);
    JobIdentity id;
    id.config_hash = j.at("config_hash").get<std::string>();
    const auto shard = parse_shard(j.at("shard").get<std::string>());
    if (!shard) damaged(paths.job(), "bad shard");
    id.shard = *shard;
    return id;
  } catch (const nlohmann::json::exception &e) {
    damaged(paths.job(), e.what());
  }
}

void write_identity(const JobPaths &paths, const JobIdentity &identity) {
  nlohmann::ordered_json j{{"schema", "aspectdiff-batch-state/1"},
                           {"config_hash", identity.config_hash},
                           {"shard", identity.shard.to_string()}};
  io::AtomicOutput out(paths.job(), kBatchIoError);
  out.write(j.dump(2) + "\n");
  out.commit();
  sync_directory(paths.state());
}

Checkpoint read_checkpoint(const JobPaths &paths) {
  Checkpoint c;
  c.journal_size = whole_lines(paths.journal(), [&](const std::string &line, std::uint64_t) {
    auto record = decode_record(line);
    if (!record) return false;
    ++c.records;
    if (record->kind == DocRecord::Kind::input_error || record->failed) ++c.failures;
    c.results_size = record->results_end;
    c.errors_size = record->errors_end;
    c.last_seq = record->seq;
    c.last_id = std::move(record->id);
    return true;
  });
  if (file_size_or_zero(paths.results_part()) < c.results_size)
    damaged(paths.results_part(), "shorter than the journal says");
  if (file_size_or_zero(paths.errors_part()) < c.errors_size)
    damaged(paths.errors_part(), "shorter than the journal says");
  return c;
}

void reopen_outputs(const JobPaths &paths) {
  std::error_code ec;
  for (const auto &[final_path, part] :
       {std::pair{paths.results(), paths.results_part()},
        std::pair{paths.compressed_results(), paths.results_part()},
        std::pair{paths.errors(), paths.errors_part()}})
    if (!std::filesystem::exists(part, ec) && std::filesystem::exists(final_path, ec))
      std::filesystem::rename(final_path, part);
}

std::uint64_t for_each_record(const std::filesystem::path &journal,
                              const std::function<void(DocRecord &&)> &each) {
  std::uint64_t n = 0;
  whole_lines(journal, [&](const std::string &line, std::uint64_t) {
    auto record = decode_record(line);
    if (!record) return false;
    ++n;
    each(std::move(*record));
    return true;
  });
  return n;
}

} // namespace aspectdiff::batch
