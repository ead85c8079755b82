#include "batch/job_setup.hpp"

#include "cache/hash.hpp"
#include "model/error.hpp"
#include "text/ingest.hpp"

namespace aspectdiff::batch {

std::vector<Reference> load_references(const JobSpec &spec, const engine::Engine &engine) {
  const auto format = text::input_format_from(spec.input_format);
  std::vector<Reference> out;
  for (const auto &path : spec.references) {
    std::optional<model::Document> first;
    std::string problem;
    text::read_input(
        path, format.value_or(text::InputFormat::automatic),
        [&](model::Document &&doc) {
          if (!first) first = std::move(doc);
        },
        [&](text::InputError &&error) {
          if (problem.empty()) problem = error.to_string();
        });
    if (!first)
      throw model::Error(model::ErrorKind::usage, "U105",
                         "the reference " + path + " cannot be read: " +
                             (problem.empty() ? std::string("no document in it") : problem));
    Reference ref;
    ref.result = engine.analyse(*first);
    ref.document = std::move(*first);
    out.push_back(std::move(ref));
  }
  return out;
}

std::string job_config_hash(const JobSpec &spec, const std::vector<std::string> &inputs,
                            const std::vector<Reference> &references,
                            const std::vector<model::PluginRecord> &plugins,
                            const config::Config &config) {
  cache::Hasher h;
  h.add("aspectdiff-batch/1").add(spec.input_format);
  h.add(std::uint64_t{inputs.size()});
  for (const auto &i : inputs)
    h.add(i);
  h.add(std::uint64_t{references.size()});
  for (const auto &r : references)
    h.add(r.document.id).add(r.document.text);
  for (const auto &g : spec.group_by)
    h.add("group").add(g.name());
  for (const auto &s : spec.item_sets)
    h.add("items").add(s.name());
  h.add(std::uint64_t{spec.item_limit});
  for (const auto &m : spec.metrics)
    h.add("metric").add(m);
  h.add(to_string(spec.duplicates))
      .add(std::to_string(spec.duplicate_similarity))
      .add(std::uint64_t{spec.shingle_width});
  if (spec.compress_results) h.add("compress").add("zstd"); // older jobs keep their hash
  // The results' schema and detail: a job is not resumed into lines of another shape.
  h.add("detail").add(report::to_string(spec.detail)).add("schema 3");
  for (const auto &p : plugins)
    h.add("plugin").add(p.name).add(p.version).add(p.config_hash);
  for (const auto &[aspect, weight] : config.weights)
    h.add("weight").add(aspect).add(std::to_string(weight));
  return h.hex();
}

} // namespace aspectdiff::batch
