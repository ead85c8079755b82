// `aspectdiff batch` and `aspectdiff merge`: the job assembled from the job file and flags, the
// engine started as for every other command, and the work handed to aspectdiff::batch.
#include "batch/batch_job.hpp"
#include "cli/batch_options.hpp"
#include "cli/session.hpp"
#include "cli/strictness.hpp"
#include "model/error.hpp"

#include <iostream>

namespace aspectdiff::cli {

namespace {

using model::Error;
using model::ErrorKind;

batch::JobSpec job_spec(const BatchOptions &o, bool &job_has_config) {
  batch::JobSpec spec;
  job_has_config = false;
  if (o.job_file) spec = batch::read_job_file(*o.job_file, job_has_config);
  if (!o.inputs.empty()) spec.inputs = o.inputs;
  if (!o.references.empty()) spec.references = o.references;
  if (o.output_dir) spec.output_dir = *o.output_dir;
  if (o.input_format) spec.input_format = *o.input_format;
  if (!o.group_by.empty()) {
    spec.group_by.clear();
    for (const auto &g : o.group_by) {
      const auto field = batch::parse_group_field(g);
      if (!field)
        throw Error(ErrorKind::usage, "U108",
                    "--group-by " + g + ": expected source, date or date:day|week|month|year");
      spec.group_by.push_back(*field);
    }
  }
  if (!o.items.empty()) {
    spec.item_sets.clear();
    for (const auto &s : o.items) {
      const auto set = batch::parse_item_set(s);
      if (!set)
        throw Error(ErrorKind::usage, "U108", "--items " + s + ": expected ASPECT[:CATEGORY]");
      spec.item_sets.push_back(*set);
    }
  }
  if (o.duplicates) spec.duplicates = *batch::parse_duplicate_mode(*o.duplicates);
  if (o.shard) {
    const auto shard = batch::parse_shard(*o.shard);
    if (!shard)
      throw Error(ErrorKind::usage, "U108",
                  "--shard " + *o.shard + ": expected K/N with 0 <= K < N (K counts from 0)");
    spec.shard = *shard;
  }
  batch::validate(spec, o.stream);
  return spec;
}

// The job file doubles as aspectdiff.toml when it has more than [batch]; its own table is not
// an unknown setting there.
config::Config job_config(const BatchOptions &o, bool job_has_config) {
  if (!job_has_config) return config::load_config(o.common.config_file);
  if (o.common.config_file)
    throw Error(ErrorKind::usage, "U109",
                o.job_file->string() +
                    " holds configuration sections itself; do not give --config as well");
  auto config = config::parse_config_file(*o.job_file);
  std::erase_if(config.warnings, [](const std::string &w) {
    return w.find("unknown setting 'batch'") != std::string::npos;
  });
  return config;
}

} // namespace

int run_batch(const BatchOptions &options) {
  return guarded([&] {
    bool job_has_config = false;
    const auto spec = job_spec(options, job_has_config);
    const auto config = job_config(options, job_has_config);
    require_plugin_dirs(options.common.plugin_dirs);
    engine::EngineOptions engine_options;
    engine_options.plugin_dirs = options.common.plugin_dirs;
    engine_options.use_cache = options.use_cache && !options.common.no_cache;
    engine_options.cache_dir = options.common.cache_dir;
    engine_options.jobs = options.common.jobs;
    engine_options.plugin_timeout = options.common.plugin_timeout;
    engine_options.quiet = options.common.quiet;
    const engine::Engine engine(config, engine_options);
    print_warnings(engine.warnings(), options.common.quiet);
    if (!options.common.quiet)
      for (const auto &refusal : engine.plan().refusals)
        std::cerr << "aspectdiff: warning: plugin refused: " << refusal.message() << '\n';
    if (strict_mode(options.common, config)) enforce_strict_load(engine);
    if (options.stream) return batch::run_stream_job(spec, config, engine, std::cout);
    batch::RunSettings settings;
    settings.quiet = options.common.quiet;
    settings.resume_hint = options.command_line;
    return batch::run_directory_job(spec, config, engine, settings);
  });
}

int run_merge(const MergeOptions &options) {
  return guarded(
      [&] { return batch::merge_jobs(options.output_dir, options.shard_dirs, options.quiet); });
}

} // namespace aspectdiff::cli
