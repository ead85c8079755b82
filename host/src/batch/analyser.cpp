#include "batch/analyser.hpp"

#include "batch/minhash.hpp"
#include "report/report.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace aspectdiff::batch {

namespace {

// The code inside an aspect's "[P032] ..." error, as `extract` reports it.
std::string error_code(const std::string &message) {
  return message.size() > 5 && message[0] == '[' ? message.substr(1, 4) : "E001";
}

// By default every fixed metric: not a plugin's model inputs (feature.*), and not the metrics
// named after items ("pair:state:RU+state:CN"), which would give a corpus thousands of columns.
bool wanted_metric(const JobSpec &spec, const std::string &name, const std::string &metric) {
  if (spec.metrics.empty())
    return !metric.starts_with("feature.") && metric.find(':') == std::string::npos;
  return std::find(spec.metrics.begin(), spec.metrics.end(), name) != spec.metrics.end();
}

} // namespace

std::string input_error_key(const text::InputError &error) {
  return error.line == 0 ? error.file : error.file + ":" + std::to_string(error.line);
}

void Analyser::headline(const model::Document &doc, const model::DocumentResult &result,
                        DocRecord &record) const {
  record.id = doc.id;
  record.title = doc.title;
  record.source = doc.source;
  record.date = doc.date;
  record.url = doc.url;
  record.words = doc.word_count;
  record.failed = result.any_failed();
  record.minhash = minhash(doc, spec_.shingle_width);
  for (const auto &aspect : result.aspects) {
    if (aspect.status != model::ResultStatus::ok) continue;
    for (const auto &m : aspect.metrics) {
      std::string name = aspect.aspect + "." + m.name;
      if (wanted_metric(spec_, name, m.name)) record.metrics.emplace_back(std::move(name), m.value);
    }
  }
  for (const auto &set : spec_.item_sets) {
    const auto *aspect = result.aspect(set.aspect);
    if (aspect == nullptr || aspect->status != model::ResultStatus::ok) continue;
    std::vector<const model::Item *> chosen;
    for (const auto &item : aspect->items)
      if ((set.category.empty() || item.category == set.category) && std::isfinite(item.weight))
        chosen.push_back(&item);
    std::sort(chosen.begin(), chosen.end(), [](const model::Item *a, const model::Item *b) {
      const double wa = std::fabs(a->weight), wb = std::fabs(b->weight);
      return wa != wb ? wa > wb : a->key < b->key;
    });
    if (chosen.size() > spec_.item_limit) chosen.resize(spec_.item_limit);
    const std::string name = set.name();
    for (const auto *item : chosen)
      record.items.push_back({name, item->key, item->label, item->weight});
  }
}

Finished Analyser::run(WorkItem &&item) const {
  Finished out;
  out.ticket = item.ticket;
  out.record.seq = item.seq;
  model::ExtractRun run; // the same writer as `extract --format jsonl`, one document at a time
  if (item.error) {
    out.record.kind = DocRecord::Kind::input_error;
    out.record.id = input_error_key(*item.error);
    run.errors.push_back({item.error->code, item.error->file, "", item.error->to_string()});
  } else {
    const model::Document &doc = *item.document;
    const auto isolation = item.suspect ? engine::Engine::Isolation::every_plugin
                                        : engine::Engine::Isolation::as_configured;
    model::DocumentResult result = engine_.analyse(doc, isolation);
    headline(doc, result, out.record);
    for (const auto &ref : references_) {
      ReferenceSimilarity sim;
      try {
        const auto comparison = engine_.compare(ref.document, ref.result, doc, result,
                                                engine::Engine::Detail::similarity_only, isolation);
        sim.overall = comparison.overall;
        for (const auto &ac : comparison.aspects)
          if (ac.comparable) sim.aspects.emplace_back(ac.aspect, ac.similarity);
      } catch (const std::exception &e) { // a bad weight in the configuration, say
        sim.overall = std::nan("");
        run.errors.push_back(
            {"E002", doc.id, "",
             std::string("comparison with ") + ref.document.id + " failed: " + e.what()});
      }
      out.record.similarity.push_back(std::move(sim));
    }
    for (const auto &a : result.aspects)
      if (a.status == model::ResultStatus::failed) {
        run.errors.push_back({error_code(a.error), doc.id, a.aspect, a.error});
        if (error_code(a.error) == "P043") out.abandoned = true;
      }
    run.documents.push_back(std::move(*item.document));
    run.results.push_back(std::move(result));
  }
  std::ostringstream lines;
  model::ExtractRun doc_only;
  doc_only.documents = std::move(run.documents);
  doc_only.results = std::move(run.results);
  if (!doc_only.documents.empty()) {
    report::write_extract_jsonl(lines, doc_only, {.evidence_text = false, .detail = spec_.detail});
    out.result_line = lines.str();
    lines.str({});
  }
  if (!run.errors.empty()) {
    model::ExtractRun errors_only;
    errors_only.errors = std::move(run.errors);
    out.failures = static_cast<unsigned>(errors_only.errors.size());
    report::write_extract_jsonl(lines, errors_only);
    out.error_lines = lines.str();
  }
  return out;
}

} // namespace aspectdiff::batch
