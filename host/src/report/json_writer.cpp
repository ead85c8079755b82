// JSON and JSON Lines output, schema "aspectdiff/1" (docs/json-schema.md,
// docs/schema/aspectdiff-1.schema.json). Every evidence span carries the text it points at, so
// each number traces back to the document; a non-finite number is written as null.
#include "report/report.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#ifndef ASPECTDIFF_VERSION
#define ASPECTDIFF_VERSION "unknown"
#endif

namespace aspectdiff::report {

namespace {

using Json = nlohmann::ordered_json;
using model::Document;

constexpr const char *schema_tag = "aspectdiff/1";

Json number(double v) {
  return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Json optional_text(const std::string &s) {
  return s.empty() ? Json(nullptr) : Json(s);
}

Json spans(const Document *doc, const std::vector<model::Span> &list) {
  Json out = Json::array();
  for (const auto &s : list)
    out.push_back({{"begin", s.begin},
                   {"end", s.end},
                   {"text", doc == nullptr ? std::string() : quote(*doc, s, false)}});
  return out;
}

Json sentence_values(const Document &doc, const model::Metric &m) {
  Json out = Json::array();
  for (std::size_t i = 0; i < m.sentence_values.size(); ++i) {
    const std::size_t sentence = i < m.sentence_index.size() ? m.sentence_index[i] : i;
    Json v{{"sentence", sentence}, {"value", number(m.sentence_values[i])}};
    if (sentence < doc.sentences.size()) {
      v["begin"] = doc.sentences[sentence].begin;
      v["end"] = doc.sentences[sentence].end;
    }
    out.push_back(std::move(v));
  }
  return out;
}

Json attributes(const model::Item &item) {
  Json out = Json::object();
  for (const auto &[key, value] : item.attributes)
    if (!out.contains(key)) out[key] = value; // the first of repeated keys, as Item::attribute
  return out;
}

Json aspect_result(const Document &doc, const model::AspectResult &r) {
  Json metrics = Json::array();
  for (const auto &m : r.metrics) {
    Json j{{"name", m.name},
           {"label", m.label},
           {"kind", model::to_string(m.kind)},
           {"value", number(m.value)},
           {"evidence", spans(&doc, m.evidence)}};
    if (!m.sentence_values.empty()) j["sentence_values"] = sentence_values(doc, m);
    metrics.push_back(std::move(j));
  }
  Json items = Json::array();
  for (const auto &it : r.items)
    items.push_back({{"key", it.key},
                     {"label", it.label},
                     {"category", it.category},
                     {"weight", number(it.weight)},
                     {"count", it.count},
                     {"attributes", attributes(it)},
                     {"evidence", spans(&doc, it.evidence)}});
  const auto &p = r.provenance;
  return {{"status", model::to_string(r.status)},
          {"error", optional_text(r.error)},
          {"from_cache", r.from_cache},
          {"provenance",
           {{"plugin", p.plugin},
            {"version", p.version},
            {"abi", std::to_string(p.abi_major) + "." + std::to_string(p.abi_minor)},
            {"config_hash", p.config_hash}}},
          {"metrics", std::move(metrics)},
          {"items", std::move(items)},
          {"notes", r.notes}};
}

Json document(const Document &doc, const model::DocumentResult *result) {
  Json aspects = Json::object();
  if (result != nullptr)
    for (const auto &r : result->aspects)
      aspects[r.aspect] = aspect_result(doc, r);
  return {{"id", doc.id},
          {"path", optional_text(doc.path)},
          {"line", doc.line == 0 ? Json(nullptr) : Json(doc.line)},
          {"title", optional_text(doc.title)},
          {"source", optional_text(doc.source)},
          {"date", optional_text(doc.date)},
          {"url", optional_text(doc.url)},
          {"format", doc.format},
          {"language", doc.language},
          {"byte_count", doc.text.size()},
          {"word_count", doc.word_count},
          {"sentence_count", doc.sentences.size()},
          {"paragraph_count", doc.paragraphs.size()},
          {"aspects", std::move(aspects)}};
}

const model::DocumentResult *result_of(const std::vector<model::DocumentResult> &results,
                                       std::size_t i) {
  return i < results.size() ? &results[i] : nullptr;
}

Json documents(const std::vector<Document> &docs,
               const std::vector<model::DocumentResult> &results) {
  Json out = Json::array();
  for (std::size_t i = 0; i < docs.size(); ++i)
    out.push_back(document(docs[i], result_of(results, i)));
  return out;
}

Json error(const model::RunError &e) {
  return {{"code", e.code},
          {"document", e.document},
          {"aspect", optional_text(e.aspect)},
          {"message", e.message}};
}

Json errors(const std::vector<model::RunError> &list) {
  Json out = Json::array();
  for (const auto &e : list)
    out.push_back(error(e));
  return out;
}

Json plugins(const std::vector<model::PluginRecord> &list) {
  Json out = Json::array();
  for (const auto &p : list)
    out.push_back({{"name", p.name},
                   {"version", p.version},
                   {"aspect", p.aspect},
                   {"path", p.path},
                   {"config_hash", p.config_hash}});
  return out;
}

Json header(const char *kind) {
  return {{"schema", schema_tag},
          {"kind", kind},
          {"generator", {{"name", "aspectdiff"}, {"version", ASPECTDIFF_VERSION}}}};
}

Json item_diffs(const std::vector<model::ItemDiff> &list, const Document *a, const Document *b) {
  Json out = Json::array();
  for (const auto &d : list)
    out.push_back({{"key", d.key},
                   {"label", d.label},
                   {"category", d.category},
                   {"in_a", d.in_a},
                   {"in_b", d.in_b},
                   {"weight_a", number(d.weight_a)},
                   {"weight_b", number(d.weight_b)},
                   {"weight_change", number(d.weight_b - d.weight_a)},
                   {"count_a", d.count_a},
                   {"count_b", d.count_b},
                   {"evidence_a", spans(a, d.evidence_a)},
                   {"evidence_b", spans(b, d.evidence_b)}});
  return out;
}

Json aspect_comparison(const model::AspectComparison &ac, const Document *a, const Document *b) {
  Json metrics = Json::array();
  for (const auto &d : ac.metrics) {
    Json interval = nullptr;
    if (d.interval)
      interval = {{"low", number(d.interval->low)},
                  {"high", number(d.interval->high)},
                  {"distinguishable", d.interval->distinguishable}};
    metrics.push_back({{"name", d.name},
                       {"label", d.label},
                       {"kind", model::to_string(d.kind)},
                       {"a", number(d.a)},
                       {"b", number(d.b)},
                       {"delta", number(d.delta)},
                       {"interval", std::move(interval)},
                       {"evidence_a", spans(a, d.evidence_a)},
                       {"evidence_b", spans(b, d.evidence_b)}});
  }
  Json findings = Json::array();
  for (const auto &f : ac.findings)
    findings.push_back({{"key", f.key},
                        {"label", f.label},
                        {"category", f.category},
                        {"value_a", number(f.value_a)},
                        {"value_b", number(f.value_b)},
                        {"magnitude", number(f.magnitude)},
                        {"evidence_a", spans(a, f.evidence_a)},
                        {"evidence_b", spans(b, f.evidence_b)}});
  return {{"comparable", ac.comparable},
          {"why_not", ac.comparable ? Json(nullptr) : Json(ac.why_not)},
          {"similarity", ac.comparable ? number(ac.similarity) : Json(nullptr)},
          {"metrics", std::move(metrics)},
          {"only_a", item_diffs(ac.only_a, a, b)},
          {"only_b", item_diffs(ac.only_b, a, b)},
          {"shared", item_diffs(ac.shared, a, b)},
          {"findings", std::move(findings)}};
}

const Document *find(const std::vector<Document> &docs, const std::string &id) {
  for (const auto &d : docs)
    if (d.id == id) return &d;
  return nullptr;
}

Json comparisons(const model::CompareRun &run) {
  Json out = Json::array();
  for (const auto &c : run.comparisons) {
    const Document *a = find(run.documents, c.a_id);
    const Document *b = find(run.documents, c.b_id);
    Json aspects = Json::object();
    for (const auto &ac : c.aspects)
      aspects[ac.aspect] = aspect_comparison(ac, a, b);
    out.push_back(
        {{"a", c.a_id}, {"b", c.b_id}, {"overall", number(c.overall)}, {"aspects", aspects}});
  }
  return out;
}

Json ranking(const std::vector<model::RankEntry> &list) {
  Json out = Json::array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    Json aspects = Json::object();
    for (const auto &[aspect, similarity] : list[i].per_aspect)
      aspects[aspect] = number(similarity);
    out.push_back({{"rank", i + 1},
                   {"document", list[i].document_id},
                   {"overall", number(list[i].overall)},
                   {"aspects", std::move(aspects)}});
  }
  return out;
}

// Invalid UTF-8 (which ingest should already have refused) becomes U+FFFD instead of an
// exception halfway through the output.
std::string dump(const Json &j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

} // namespace

void write_extract_json(std::ostream &out, const model::ExtractRun &run) {
  Json j = header("extract");
  j["documents"] = documents(run.documents, run.results);
  j["errors"] = errors(run.errors);
  j["plugins"] = plugins(run.plugins);
  out << dump(j, 2) << '\n';
}

void write_compare_json(std::ostream &out, const model::CompareRun &run) {
  Json j = header("compare");
  // When the reference could not be read, documents[0] is not the reference.
  j["reference"] = run.documents.empty() || run.reference_failed ? Json(nullptr)
                                                                 : Json(run.documents.front().id);
  j["reference_failed"] = run.reference_failed;
  j["documents"] = documents(run.documents, run.results);
  j["comparisons"] = comparisons(run);
  j["ranking"] = ranking(run.ranking);
  j["errors"] = errors(run.errors);
  j["plugins"] = plugins(run.plugins);
  out << dump(j, 2) << '\n';
}

void write_extract_jsonl(std::ostream &out, const model::ExtractRun &run) {
  for (std::size_t i = 0; i < run.documents.size(); ++i) {
    Json line{{"schema", schema_tag}, {"kind", "document"}};
    Json doc = document(run.documents[i], result_of(run.results, i));
    for (auto &[key, value] : doc.items())
      line[key] = std::move(value);
    out << dump(line, -1) << '\n';
  }
  for (const auto &e : run.errors) {
    Json line{{"schema", schema_tag}, {"kind", "error"}};
    Json fields = error(e);
    for (auto &[key, value] : fields.items())
      line[key] = std::move(value);
    out << dump(line, -1) << '\n';
  }
  out.flush();
}

} // namespace aspectdiff::report
