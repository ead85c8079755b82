// `aspectdiff merge`: the shards' journals are merged by input position, each record's lines
// copied from its shard's results and errors, and the merged journal finalised exactly as a
// single run's would be.
#include "batch/batch_job.hpp"
#include "batch/durable_file.hpp"
#include "batch/finalize.hpp"
#include "batch/job_state.hpp"
#include "model/error.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <queue>

namespace aspectdiff::batch {

namespace {

using Json = nlohmann::ordered_json;

[[noreturn]] void refuse(const std::string &message) {
  throw model::Error(model::ErrorKind::usage, "U107", message);
}

Json read_manifest(const JobPaths &paths) {
  std::ifstream in(paths.manifest(), std::ios::binary);
  if (!in)
    refuse(paths.dir.string() + " is not a finished batch job (no manifest.json): finish or "
                                "resume that shard first");
  try {
    return Json::parse(in);
  } catch (const Json::exception &e) {
    refuse(paths.manifest().string() + ": " + e.what());
  }
}

JobSpec spec_from(const Json &job) {
  JobSpec spec;
  spec.input_format = job.at("input_format").get<std::string>();
  spec.group_by.clear();
  for (const auto &g : job.at("group_by"))
    if (auto field = parse_group_field(g.get<std::string>())) spec.group_by.push_back(*field);
  spec.item_sets.clear();
  for (const auto &s : job.at("items"))
    if (auto set = parse_item_set(s.get<std::string>())) spec.item_sets.push_back(*set);
  spec.item_limit = job.at("item_limit").get<std::size_t>();
  spec.metrics = job.at("metrics").get<std::vector<std::string>>();
  spec.duplicates =
      parse_duplicate_mode(job.at("duplicates").get<std::string>()).value_or(DuplicateMode::keep);
  spec.duplicate_similarity = job.at("duplicate_similarity").get<double>();
  spec.shingle_width = job.at("shingle_width").get<unsigned>();
  spec.compress_results = job.value("compress", std::string("none")) == "zstd";
  spec.detail = report::parse_detail(job.value("detail", std::string("items")))
                    .value_or(report::Detail::items);
  return spec;
}

// One shard's journal and outputs, read in step.
struct ShardReader {
  JobPaths paths;
  std::ifstream journal, results, errors;
  std::uint64_t results_at = 0, errors_at = 0;
  std::optional<DocRecord> next;

  explicit ShardReader(std::filesystem::path dir)
      : paths{std::move(dir)}, journal(paths.journal(), std::ios::binary),
        results(std::filesystem::exists(paths.compressed_results()) ? paths.compressed_results()
                                                                    : paths.results(),
                std::ios::binary),
        errors(paths.errors(), std::ios::binary) {
    // Compressed results are copied frame by frame: each record's bytes are whole frames.
    if (!journal || !results || !errors)
      refuse(paths.dir.string() +
             ": cannot read its journal, results.jsonl (or .zst) or errors.jsonl");
    advance();
  }

  void advance() {
    next.reset();
    std::string line;
    if (!std::getline(journal, line) || journal.eof()) return;
    next = decode_record(line);
    if (!next) refuse(paths.journal().string() + ": a damaged record");
  }

  std::string take(std::ifstream &in, std::uint64_t &at, std::uint64_t end) {
    if (end < at) refuse(paths.dir.string() + ": the journal and the outputs disagree");
    std::string bytes(end - at, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in) refuse(paths.dir.string() + ": an output is shorter than its journal says");
    at = end;
    return bytes;
  }
};

} // namespace

int merge_jobs(const std::filesystem::path &output_dir,
               const std::vector<std::filesystem::path> &shard_dirs, bool quiet) {
  if (shard_dirs.empty()) refuse("merge needs at least one shard directory");
  std::vector<Json> manifests;
  std::vector<JobIdentity> identities;
  for (const auto &dir : shard_dirs) {
    const JobPaths paths{dir};
    const auto id = read_identity(paths);
    if (!id) refuse(dir.string() + " is not a batch job output directory");
    identities.push_back(*id);
    manifests.push_back(read_manifest(paths));
  }
  const auto shards = identities.front().shard.count;
  std::vector<bool> present(shards, false);
  for (std::size_t i = 0; i < identities.size(); ++i) {
    if (identities[i].config_hash != identities.front().config_hash)
      refuse(shard_dirs[i].string() + " holds a different job from " + shard_dirs[0].string() +
             " (inputs, settings or plugins differ)");
    if (identities[i].shard.count != shards)
      refuse(shard_dirs[i].string() + " was cut into " + std::to_string(identities[i].shard.count) +
             " shards, " + shard_dirs[0].string() + " into " + std::to_string(shards));
    if (present[identities[i].shard.index])
      refuse("shard " + identities[i].shard.to_string() + " is given twice");
    present[identities[i].shard.index] = true;
  }
  for (std::uint32_t k = 0; k < shards; ++k)
    if (!present[k])
      refuse("shard " + std::to_string(k) + "/" + std::to_string(shards) +
             " is missing: a merge needs every shard");

  const JobPaths out{output_dir};
  std::filesystem::create_directories(out.state());
  if (std::filesystem::exists(out.manifest()))
    refuse(output_dir.string() + " already holds a finished job; merge into a new directory");
  write_identity(out, {identities.front().config_hash, Shard{}});

  std::vector<std::unique_ptr<ShardReader>> readers;
  for (const auto &dir : shard_dirs)
    readers.push_back(std::make_unique<ShardReader>(dir));
  {
    AppendFile results(out.results_part(), 0), errors(out.errors_part(), 0),
        journal(out.journal(), 0);
    auto later = [&](std::size_t a, std::size_t b) {
      return readers[a]->next->seq > readers[b]->next->seq;
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
    for (std::size_t i = 0; i < readers.size(); ++i)
      if (readers[i]->next) heap.push(i);
    while (!heap.empty()) {
      const std::size_t i = heap.top();
      heap.pop();
      auto &r = *readers[i];
      DocRecord record = std::move(*r.next);
      results.append(r.take(r.results, r.results_at, record.results_end));
      errors.append(r.take(r.errors, r.errors_at, record.errors_end));
      record.results_end = results.size();
      record.errors_end = errors.size();
      journal.append(encode_record(record));
      journal.append("\n");
      r.advance();
      if (r.next) heap.push(i);
    }
    results.sync();
    errors.sync();
    journal.sync();
  }

  const Json &first = manifests.front();
  const JobSpec spec = spec_from(first.at("job"));
  FinalizeInput fin;
  fin.spec = &spec;
  fin.inputs = first.at("job").at("inputs").get<std::vector<std::string>>();
  fin.references = first.at("job").at("references").get<std::vector<std::string>>();
  for (const auto &p : first.at("plugins"))
    fin.plugins.push_back({p.at("name").get<std::string>(), p.at("version").get<std::string>(),
                           p.at("aspect").get<std::string>(), "",
                           p.at("config_hash").get<std::string>()});
  fin.config_hash = first.at("config_hash").get<std::string>();
  Json runs = Json::array();
  for (const auto &m : manifests)
    runs.push_back(m.at("run"));
  std::vector<std::string> dirs;
  for (const auto &d : shard_dirs)
    dirs.push_back(d.string());
  fin.run = {{"merged_from", dirs}, {"shard_runs", std::move(runs)}};
  const auto counts = finalize_job(out, fin);
  if (!quiet)
    std::cerr << "aspectdiff: merge: " << shards << " shards, " << counts.documents
              << " documents, " << counts.input_errors << " unreadable inputs; outputs in "
              << output_dir.string() << '\n';
  return counts.failed + counts.input_errors > 0 ? 1 : 0;
}

} // namespace aspectdiff::batch
