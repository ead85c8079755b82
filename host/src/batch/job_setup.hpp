// What every way of running a job needs before reading inputs: the references read and
// analysed, and the configuration hash that tells whether an output directory holds this job.
#pragma once

#include "batch/analyser.hpp"
#include "batch/job.hpp"
#include "config/config.hpp"
#include "engine/engine.hpp"

#include <string>
#include <vector>

namespace aspectdiff::batch {

// Reads each reference (its first document) and analyses it. Throws model::Error (usage, U105)
// naming a reference that cannot be read.
std::vector<Reference> load_references(const JobSpec &spec, const engine::Engine &engine);

// XXH3-128 over everything that changes the outputs: the expanded inputs, the references' text,
// the job's settings (not the shard or the output directory), the plugins' versions and
// configuration hashes, and the similarity weights.
std::string job_config_hash(const JobSpec &spec, const std::vector<std::string> &inputs,
                            const std::vector<Reference> &references,
                            const std::vector<model::PluginRecord> &plugins,
                            const config::Config &config);

} // namespace aspectdiff::batch
