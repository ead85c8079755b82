#include "batch/batch_job.hpp"

#include "batch/durable_file.hpp"
#include "batch/finalize.hpp"
#include "batch/in_flight.hpp"
#include "batch/input_list.hpp"
#include "batch/job_setup.hpp"
#include "batch/job_state.hpp"
#include "batch/output_lock.hpp"
#include "batch/pipeline.hpp"
#include "batch/progress.hpp"
#include "batch/stop_signal.hpp"
#include "batch/zstd_frames.hpp"
#include "model/error.hpp"

#include <chrono>
#include <csignal>
#include <ctime>
#include <iostream>

namespace aspectdiff::batch {

namespace {

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void check_identity(const JobPaths &paths, const JobIdentity &wanted) {
  const auto existing = read_identity(paths);
  if (!existing) {
    write_identity(paths, wanted);
    return;
  }
  if (existing->config_hash != wanted.config_hash)
    throw model::Error(model::ErrorKind::usage, "U106",
                       paths.dir.string() +
                           " holds another job (its inputs, references, settings or plugins "
                           "differ); use a new output directory");
  if (existing->shard.index != wanted.shard.index || existing->shard.count != wanted.shard.count)
    throw model::Error(model::ErrorKind::usage, "U106",
                       paths.dir.string() + " holds shard " + existing->shard.to_string() +
                           " of this job, not " + wanted.shard.to_string());
}

} // namespace

int run_directory_job(const JobSpec &spec, const config::Config &config,
                      const engine::Engine &engine, const RunSettings &settings) {
  const auto started = utc_now();
  const auto clock_start = std::chrono::steady_clock::now();
  const JobPaths paths{spec.output_dir};
  std::filesystem::create_directories(paths.state());
  const OutputLock lock(paths.state());
  // Left by a run killed between writing an output and renaming it into place.
  remove_stale_temporaries(paths.dir);
  remove_stale_temporaries(paths.state());
  const auto inputs = expand_inputs(spec.inputs);
  const auto references = load_references(spec, engine);
  const auto plugins = engine.plugin_records();
  const auto hash = job_config_hash(spec, inputs, references, plugins, config);
  check_identity(paths, {hash, spec.shard});

  if (std::filesystem::exists(paths.manifest())) {
    if (!settings.quiet)
      std::cerr << "aspectdiff: batch: " << paths.dir.string()
                << " already holds this job, complete; nothing to do\n";
    return file_size_or_zero(paths.errors()) > 0 ? 1 : 0;
  }

  reopen_outputs(paths);
  const Checkpoint checkpoint = read_checkpoint(paths);
  PipelineInput input;
  input.paths = inputs;
  input.format = spec.input_format;
  input.shard = spec.shard;
  input.jobs = engine.jobs();
  if (checkpoint.last_seq)
    input.resume = ResumePoint{*checkpoint.last_seq, checkpoint.last_id, checkpoint.records};
  if (input.resume && !settings.quiet)
    std::cerr << "aspectdiff: batch: resuming after " << checkpoint.records << " finished inputs\n";

  std::optional<std::uint64_t> total = estimate_documents(inputs, spec.input_format);
  if (total && spec.shard.count > 1) *total = (*total + spec.shard.count - 1) / spec.shard.count;
  Progress progress(Progress::detect(settings.quiet), total, checkpoint.records);
  std::uint64_t done = checkpoint.records, failures = checkpoint.failures;

  InFlightLog in_flight(paths.in_flight());
  for (const auto seq : in_flight.left_over())
    if (!checkpoint.last_seq || seq > *checkpoint.last_seq) input.suspects.insert(seq);
  input.in_flight = &in_flight;
  if (!input.suspects.empty() && !settings.quiet)
    std::cerr << "aspectdiff: batch: the last run stopped abnormally while analysing "
              << input.suspects.size()
              << " document(s); they are analysed again with every plugin in a worker process\n";

  PipelineStats stats;
  {
    AppendFile results(paths.results_part(), checkpoint.results_size);
    AppendFile errors(paths.errors_part(), checkpoint.errors_size);
    AppendFile journal(paths.journal(), checkpoint.journal_size);
    sync_directory(paths.state());
    const Analyser analyser(engine, spec, references);
    StopSignals signals;
    stats = run_pipeline(input, analyser, [&](std::vector<Finished> &batch) {
      // Outputs first, then the records that commit them: a record on disk means its lines are.
      for (auto &f : batch) {
        if (spec.compress_results && !f.result_line.empty())
          results.append(zstd_frame(f.result_line));
        else
          results.append(f.result_line);
        errors.append(f.error_lines);
        f.record.results_end = results.size();
        f.record.errors_end = errors.size();
      }
      results.sync();
      errors.sync();
      for (const auto &f : batch) {
        journal.append(encode_record(f.record));
        journal.append("\n");
        if (f.failures > 0) ++failures;
      }
      journal.sync();
      done += batch.size();
      progress.update(done, failures);
    });
    progress.finish(done, failures);
    if (stats.interrupted) {
      const int sig = StopSignals::signal();
      std::cerr << "aspectdiff: batch: stopped after " << done << " inputs"
                << (total ? " of about " + std::to_string(*total) : std::string())
                << "; everything finished is saved. To resume, run the same command again:\n  "
                << settings.resume_hint << '\n';
      return sig == SIGTERM ? exit_interrupted_term : exit_interrupted_int;
    }
  }

  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - clock_start).count();
  FinalizeInput fin;
  fin.spec = &spec;
  fin.inputs = inputs;
  for (const auto &r : references)
    fin.references.push_back(r.document.id);
  fin.plugins = plugins;
  fin.config_hash = hash;
  fin.run = {
      {"shard", spec.shard.to_string()},
      {"jobs", engine.jobs()},
      {"started", started},
      {"finished", utc_now()},
      {"elapsed_seconds", elapsed},
      {"inputs_this_run", stats.handled},
      {"inputs_before_resume", checkpoint.records},
      {"inputs_of_other_shards", stats.other_shards},
      {"documents_per_second", elapsed > 0 ? static_cast<double>(stats.handled) / elapsed : 0.0}};
  const auto counts = finalize_job(paths, fin);
  if (!settings.quiet)
    std::cerr << "aspectdiff: batch: " << counts.documents << " documents (" << counts.failed
              << " with a failed aspect), " << counts.input_errors << " unreadable inputs, "
              << counts.duplicates << " near-duplicates in " << counts.clusters
              << " clusters; outputs in " << paths.dir.string() << '\n';
  return counts.failed + counts.input_errors > 0 ? 1 : 0;
}

int run_stream_job(const JobSpec &spec, const config::Config &, const engine::Engine &engine,
                   std::ostream &out) {
  PipelineInput input;
  input.paths = spec.inputs.empty() ? std::vector<std::string>{"-"} : expand_inputs(spec.inputs);
  // Standard input would be read as plain text under "auto"; a stream is JSON Lines.
  input.format = spec.input_format == "auto" ? "jsonl" : spec.input_format;
  input.shard = spec.shard;
  input.jobs = engine.jobs();
  const auto references = load_references(spec, engine);
  const Analyser analyser(engine, spec, references);
  StopSignals signals;
  const auto stats = run_pipeline(input, analyser, [&](std::vector<Finished> &batch) {
    for (const auto &f : batch)
      out << f.result_line << f.error_lines;
    out.flush();
    if (!out) throw model::Error(model::ErrorKind::io, "W103", "cannot write to standard output");
  });
  if (stats.interrupted)
    return StopSignals::signal() == SIGTERM ? exit_interrupted_term : exit_interrupted_int;
  // Failed documents are error lines in the stream itself; a non-zero exit would make Hadoop
  // Streaming fail (and retry) the whole task for one bad record.
  return 0;
}

} // namespace aspectdiff::batch
