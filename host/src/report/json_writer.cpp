// JSON and JSON Lines output, schema "aspectdiff/3" (docs/json-schema.md,
// docs/schema/aspectdiff-3.schema.json). Evidence is written as [begin, end] byte spans, with the
// quoted text as a third element only when asked (`--evidence-text`): the spans are what a
// program needs, and quoting every one made the output many times larger than the input.
// Numbers carry six significant digits; a non-finite number is written as null. The output is
// streamed into one string per document (JsonStream) rather than built as a tree, and `extract`
// hands each document to ExtractJsonWriter as soon as it is analysed.
#include "io/spill_file.hpp"
#include "report/evidence.hpp"
#include "report/json_stream.hpp"
#include "report/report.hpp"
#include "report/story.hpp"

#include <concepts>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#ifndef ASPECTDIFF_VERSION
#define ASPECTDIFF_VERSION "unknown"
#endif

namespace aspectdiff::report {

namespace {

using model::Document;

constexpr std::string_view schema_tag = "aspectdiff/3";

// Index of the last entry named like list[i] when list[i] is the first of that name, else
// nothing: a repeated name is written once, at its first place, with its last value (as an
// object assigned member by member would hold it).
template <typename List, typename Name>
std::optional<std::size_t> last_of_first(const List &list, std::size_t i, Name name) {
  for (std::size_t k = 0; k < i; ++k)
    if (name(list[k]) == name(list[i])) return std::nullopt;
  std::size_t last = i;
  for (std::size_t k = i + 1; k < list.size(); ++k)
    if (name(list[k]) == name(list[i])) last = k;
  return last;
}

// [[begin, end], ...], or [[begin, end, "text"], ...] when the stream quotes evidence.
void spans(JsonStream &w, const Document *doc, const std::vector<model::Span> &list) {
  w.begin_array();
  for (const auto &s : list) {
    w.begin_inline_array();
    w.number(s.begin);
    w.number(s.end);
    if (w.evidence_text) w.string(doc == nullptr ? std::string() : quote(*doc, s, false));
    w.end_array();
  }
  w.end_array();
}

// A comparison row's evidence: `evidence_a` quoted from A, `evidence_b` from B.
void paired_spans(JsonStream &w, const Document *a, const std::vector<model::Span> &evidence_a,
                  const Document *b, const std::vector<model::Span> &evidence_b) {
  w.key("evidence_a");
  spans(w, a, evidence_a);
  w.key("evidence_b");
  spans(w, b, evidence_b);
}

// The values alone; `sentence_index` says which of the document's `sentences` each belongs to,
// and is left out when value i is sentence i (as most plugins give them).
void sentence_values(JsonStream &w, const model::Metric &m) {
  w.key("sentence_values");
  w.begin_array();
  for (const double v : m.sentence_values)
    w.number(v);
  w.end_array();
  if (m.sentence_index.empty()) return;
  w.key("sentence_index");
  w.begin_array();
  for (std::size_t i = 0; i < m.sentence_values.size(); ++i)
    w.number(i < m.sentence_index.size() ? std::size_t{m.sentence_index[i]} : i);
  w.end_array();
}

// The document's sentences as [begin, end] spans, once, for the sentence values to point into.
void sentence_spans(JsonStream &w, const Document &doc) {
  w.begin_array();
  for (const auto &s : doc.sentences) {
    w.begin_inline_array();
    w.number(s.begin);
    w.number(s.end);
    w.end_array();
  }
  w.end_array();
}

void attributes(JsonStream &w, const model::Item &item) {
  w.begin_object();
  const auto &list = item.attributes;
  for (std::size_t i = 0; i < list.size(); ++i) {
    bool repeated = false; // the first of repeated keys, as Item::attribute
    for (std::size_t k = 0; k < i && !repeated; ++k)
      repeated = list[k].first == list[i].first;
    if (repeated) continue;
    w.key(list[i].first);
    w.string(list[i].second);
  }
  w.end_object();
}

// What an aspect's metrics and items carry depends on the stream's detail: metric labels and
// kinds, item attributes and per-sentence values only in full; items from `items` up.
void aspect_result(JsonStream &w, const Document &doc, const model::AspectResult &r) {
  const bool full = w.detail == Detail::full;
  w.begin_object();
  w.string_member("status", model::to_string(r.status));
  w.optional_string_member("error", r.error);
  w.boolean_member("from_cache", r.from_cache);
  const auto &p = r.provenance;
  w.key("provenance");
  w.begin_object();
  w.string_member("plugin", p.plugin);
  w.string_member("version", p.version);
  w.string_member("abi", std::to_string(p.abi_major) + "." + std::to_string(p.abi_minor));
  w.string_member("config_hash", p.config_hash);
  w.end_object();
  w.key("metrics");
  w.begin_array();
  for (const auto &m : r.metrics) {
    w.begin_object();
    w.string_member("name", m.name);
    if (full) {
      w.string_member("label", m.label);
      w.string_member("kind", model::to_string(m.kind));
    }
    w.number_member("value", m.value);
    w.key("evidence");
    spans(w, &doc, m.evidence);
    if (full && !m.sentence_values.empty()) sentence_values(w, m);
    w.end_object();
  }
  w.end_array();
  if (w.detail != Detail::metrics) {
    w.key("items");
    w.begin_array();
    for (const auto &it : r.items) {
      w.begin_object();
      w.string_member("key", it.key);
      w.string_member("label", it.label);
      w.string_member("category", it.category);
      w.number_member("weight", it.weight);
      w.number_member("count", it.count);
      if (full) {
        w.key("attributes");
        attributes(w, it);
      }
      w.key("evidence");
      spans(w, &doc, it.evidence);
      w.end_object();
    }
    w.end_array();
  }
  w.key("notes");
  w.begin_array();
  for (const auto &note : r.notes)
    w.string(note);
  w.end_array();
  w.end_object();
}

// A 1-based position, null when it is 0 (none).
template <std::unsigned_integral T>
void position_member(JsonStream &w, std::string_view name, T position) {
  w.key(name);
  if (position == 0)
    w.null();
  else
    w.number(position);
}

// The members of a document object, without its braces (a JSON Lines record prefixes its own).
void document_members(JsonStream &w, const Document &doc, const model::DocumentResult *result) {
  w.string_member("id", doc.id);
  w.optional_string_member("path", doc.path);
  position_member(w, "line", doc.line);
  w.optional_string_member("title", doc.title);
  w.optional_string_member("source", doc.source);
  w.optional_string_member("date", doc.date);
  w.optional_string_member("url", doc.url);
  w.string_member("format", doc.format);
  w.string_member("language", doc.language);
  w.number_member("byte_count", doc.text.size());
  w.number_member("word_count", doc.word_count);
  w.number_member("sentence_count", doc.sentences.size());
  w.number_member("paragraph_count", doc.paragraphs.size());
  w.key("sentences");
  sentence_spans(w, doc);
  w.key("aspects");
  w.begin_object();
  if (result != nullptr) {
    const auto &list = result->aspects;
    for (std::size_t i = 0; i < list.size(); ++i)
      if (auto last = last_of_first(
              list, i, [](const auto &r) -> const std::string & { return r.aspect; })) {
        w.key(list[i].aspect);
        aspect_result(w, doc, list[*last]);
      }
  }
  w.end_object();
}

const model::DocumentResult *result_of(const std::vector<model::DocumentResult> &results,
                                       std::size_t i) {
  return i < results.size() ? &results[i] : nullptr;
}

void error_members(JsonStream &w, const model::RunError &e) {
  w.string_member("code", e.code);
  w.string_member("document", e.document);
  w.optional_string_member("aspect", e.aspect);
  w.string_member("message", e.message);
}

void errors(JsonStream &w, const std::vector<model::RunError> &list) {
  w.begin_array();
  for (const auto &e : list) {
    w.begin_object();
    error_members(w, e);
    w.end_object();
  }
  w.end_array();
}

void plugins(JsonStream &w, const std::vector<model::PluginRecord> &list) {
  w.begin_array();
  for (const auto &p : list) {
    w.begin_object();
    w.string_member("name", p.name);
    w.string_member("version", p.version);
    w.string_member("aspect", p.aspect);
    w.string_member("path", p.path);
    w.string_member("config_hash", p.config_hash);
    w.end_object();
  }
  w.end_array();
}

void header_members(JsonStream &w, std::string_view kind) {
  w.string_member("schema", schema_tag);
  w.string_member("kind", kind);
  w.string_member("detail", to_string(w.detail));
  w.key("generator");
  w.begin_object();
  w.string_member("name", "aspectdiff");
  w.string_member("version", ASPECTDIFF_VERSION);
  w.end_object();
}

// A difference's place in its pair's ranking (docs/ranking.md); rank null when unranked.
void standing_members(JsonStream &w, const model::Standing &s) {
  position_member(w, "rank", s.rank);
  w.number_member("strength", s.strength);
  w.number_member("effect", s.effect);
  w.number_member("coverage", s.coverage < 0.0 ? model::unknown : s.coverage); // null: unknown
}

void item_diffs(JsonStream &w, const std::vector<model::ItemDiff> &list, const Document *a,
                const Document *b) {
  w.begin_array();
  for (const auto &d : list) {
    w.begin_object();
    w.string_member("key", d.key);
    w.string_member("label", d.label);
    w.string_member("category", d.category);
    w.boolean_member("in_a", d.in_a);
    w.boolean_member("in_b", d.in_b);
    w.number_member("weight_a", d.weight_a);
    w.number_member("weight_b", d.weight_b);
    w.number_member("weight_change", d.weight_b - d.weight_a);
    w.number_member("count_a", d.count_a);
    w.number_member("count_b", d.count_b);
    paired_spans(w, a, d.evidence_a, b, d.evidence_b);
    w.end_object();
  }
  w.end_array();
}

void metric_deltas(JsonStream &w, const std::vector<model::MetricDelta> &list, const Document *a,
                   const Document *b) {
  w.begin_array();
  for (const auto &d : list) {
    w.begin_object();
    w.string_member("name", d.name);
    w.string_member("label", d.label);
    w.string_member("kind", model::to_string(d.kind));
    w.number_member("a", d.a);
    w.number_member("b", d.b);
    w.number_member("delta", d.delta);
    w.key("interval");
    if (d.interval) {
      w.begin_object();
      w.number_member("low", d.interval->low);
      w.number_member("high", d.interval->high);
      w.boolean_member("distinguishable", d.interval->distinguishable);
      w.end_object();
    } else {
      w.null();
    }
    w.number_member("p_value", d.p_value);       // non-finite (no interval) writes null
    w.number_member("p_adjusted", d.p_adjusted); // Benjamini-Hochberg over the pair's deltas
    standing_members(w, d.standing);
    paired_spans(w, a, d.evidence_a, b, d.evidence_b);
    w.end_object();
  }
  w.end_array();
}

void findings(JsonStream &w, const std::vector<model::Finding> &list, const Document *a,
              const Document *b) {
  w.begin_array();
  for (const auto &f : list) {
    w.begin_object();
    w.string_member("key", f.key);
    w.string_member("label", f.label);
    w.string_member("category", f.category);
    w.number_member("value_a", f.value_a);
    w.number_member("value_b", f.value_b);
    w.number_member("magnitude", f.magnitude);
    standing_members(w, f.standing);
    paired_spans(w, a, f.evidence_a, b, f.evidence_b);
    w.end_object();
  }
  w.end_array();
}

void aspect_comparison(JsonStream &w, const model::AspectComparison &ac, const Document *a,
                       const Document *b) {
  w.begin_object();
  w.boolean_member("comparable", ac.comparable);
  w.key("why_not");
  if (ac.comparable)
    w.null();
  else
    w.string(ac.why_not);
  w.key("similarity");
  if (ac.comparable)
    w.number(ac.similarity);
  else
    w.null();
  w.key("metrics");
  metric_deltas(w, ac.metrics, a, b);
  w.key("only_a");
  item_diffs(w, ac.only_a, a, b);
  w.key("only_b");
  item_diffs(w, ac.only_b, a, b);
  w.key("shared");
  item_diffs(w, ac.shared, a, b);
  w.key("findings");
  findings(w, ac.findings, a, b);
  w.end_object();
}

const Document *find(const std::vector<Document> &docs, const std::string &id) {
  for (const auto &d : docs)
    if (d.id == id) return &d;
  return nullptr;
}

// The pair's differences strongest first, each naming the finding or metric it stands for.
void ranked(JsonStream &w, const model::Comparison &c) {
  w.begin_array();
  for (std::size_t r = 0; r < c.ranked.size(); ++r) {
    const auto &entry = c.ranked[r];
    const auto &ac = c.aspects[entry.aspect];
    w.begin_object();
    w.number_member("rank", r + 1);
    w.string_member("aspect", ac.aspect);
    w.key("finding");
    if (entry.finding)
      w.string(ac.findings[*entry.finding].key);
    else
      w.null();
    w.key("metric");
    if (entry.metric)
      w.string(ac.metrics[*entry.metric].name);
    else
      w.null();
    w.number_member("strength", entry.strength);
    w.end_object();
  }
  w.end_array();
}

std::string display_name(const Document *doc, const std::string &id) {
  return doc == nullptr ? id : std::string(document_name(*doc));
}

void comparison(JsonStream &w, const model::Comparison &c, const Document *a, const Document *b) {
  w.begin_object();
  w.string_member("a", c.a_id);
  w.string_member("b", c.b_id);
  w.number_member("overall", c.overall);
  w.string_member("story",
                  story_text(pair_story(c, display_name(a, c.a_id), display_name(b, c.b_id))));
  w.number_member("false_discovery_rate", c.false_discovery_rate);
  w.key("ranked");
  ranked(w, c);
  w.key("aspects");
  w.begin_object();
  for (std::size_t i = 0; i < c.aspects.size(); ++i)
    if (auto last = last_of_first(c.aspects, i,
                                  [](const auto &x) -> const std::string & { return x.aspect; })) {
      w.key(c.aspects[i].aspect);
      aspect_comparison(w, c.aspects[*last], a, b);
    }
  w.end_object();
  w.end_object();
}

void ranking(JsonStream &w, const std::vector<model::RankEntry> &list) {
  w.begin_array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    w.begin_object();
    w.number_member("rank", i + 1);
    w.string_member("document", list[i].document_id);
    w.number_member("overall", list[i].overall);
    w.number_member("difference", list[i].difference);
    w.key("aspects");
    w.begin_object();
    const auto &per_aspect = list[i].per_aspect;
    for (std::size_t k = 0; k < per_aspect.size(); ++k)
      if (auto last = last_of_first(per_aspect, k,
                                    [](const auto &x) -> const std::string & { return x.first; })) {
        w.key(per_aspect[k].first);
        w.number(per_aspect[*last].second);
      }
    w.end_object();
    w.end_object();
  }
  w.end_array();
}

} // namespace

ExtractJsonWriter::ExtractJsonWriter(Sink sink, bool lines, const JsonOptions &options)
    : sink_(std::move(sink)), lines_(lines), options_(options) {
  if (lines_) return;
  JsonStream &w = stream();
  w.begin_object();
  header_members(w, "extract");
  w.key("documents");
  w.begin_array();
  flush();
}

ExtractJsonWriter::~ExtractJsonWriter() = default;

JsonStream &ExtractJsonWriter::stream() {
  // JSON Lines: a fresh stream per line. JSON: one stream for the whole output, so that it keeps
  // track of nesting and separators while its text is handed on piece by piece.
  if (lines_ || !stream_) {
    stream_ = std::make_unique<JsonStream>(buffer_, !lines_);
    stream_->evidence_text = options_.evidence_text;
    stream_->detail = options_.detail;
  }
  return *stream_;
}

void ExtractJsonWriter::flush() {
  if (lines_) buffer_ += '\n';
  sink_(buffer_);
  buffer_.clear();
}

void ExtractJsonWriter::document(const model::Document &doc, const model::DocumentResult *result) {
  JsonStream &w = stream();
  w.begin_object();
  if (lines_) {
    w.string_member("schema", schema_tag);
    w.string_member("kind", "document");
    w.string_member("detail", to_string(w.detail));
  }
  document_members(w, doc, result);
  w.end_object();
  flush();
}

void ExtractJsonWriter::error(const model::RunError &e) {
  if (!lines_) {
    errors_.push_back(e);
    return;
  }
  JsonStream &w = stream();
  w.begin_object();
  w.string_member("schema", schema_tag);
  w.string_member("kind", "error");
  error_members(w, e);
  w.end_object();
  flush();
}

void ExtractJsonWriter::finish(const std::vector<model::RunError> &run_errors,
                               const std::vector<model::PluginRecord> &run_plugins) {
  if (lines_) {
    for (const auto &e : run_errors)
      error(e);
    return;
  }
  errors_.insert(errors_.end(), run_errors.begin(), run_errors.end());
  JsonStream &w = stream();
  w.end_array();
  w.key("errors");
  errors(w, errors_);
  w.key("plugins");
  plugins(w, run_plugins);
  w.end_object();
  buffer_ += '\n';
  flush();
}

namespace {

void write_extract(std::ostream &out, const model::ExtractRun &run, bool lines,
                   const JsonOptions &options) {
  ExtractJsonWriter writer([&](std::string_view text) { out << text; }, lines, options);
  for (std::size_t i = 0; i < run.documents.size(); ++i)
    writer.document(run.documents[i], result_of(run.results, i));
  writer.finish(run.errors, run.plugins);
  out.flush();
}

} // namespace

void write_extract_json(std::ostream &out, const model::ExtractRun &run,
                        const JsonOptions &options) {
  write_extract(out, run, false, options);
}

void write_extract_jsonl(std::ostream &out, const model::ExtractRun &run,
                         const JsonOptions &options) {
  write_extract(out, run, true, options);
}

// The comparisons follow the documents in the schema but are made beside them: each goes to a
// spill file as it comes, written by a second stream that stands at the comparisons array's
// depth, and is copied after the documents. Memory holds one document and one comparison.
struct CompareJsonWriter::State {
  explicit State(const JsonOptions &options) : main(main_text, true), spilled(spill_text, true) {
    main.evidence_text = spilled.evidence_text = options.evidence_text;
    main.detail = spilled.detail = options.detail;
    spilled.begin_object(); // stand where "comparisons": [ leaves the main stream
    spilled.key("comparisons");
    spilled.begin_array();
    spill_text.clear();
  }
  std::string main_text, spill_text;
  JsonStream main, spilled;
  io::SpillFile spill;
};

CompareJsonWriter::CompareJsonWriter(Sink sink, const JsonOptions &options)
    : sink_(std::move(sink)), state_(std::make_unique<State>(options)) {}

CompareJsonWriter::~CompareJsonWriter() = default;

void CompareJsonWriter::flush() {
  sink_(state_->main_text);
  state_->main_text.clear();
}

void CompareJsonWriter::start(const std::string *reference_id, bool reference_failed) {
  JsonStream &w = state_->main;
  w.begin_object();
  header_members(w, "compare");
  w.key("reference");
  if (reference_id == nullptr)
    w.null();
  else
    w.string(*reference_id);
  w.boolean_member("reference_failed", reference_failed);
  w.key("documents");
  w.begin_array();
  flush();
}

void CompareJsonWriter::document(const model::Document &doc, const model::DocumentResult *result) {
  JsonStream &w = state_->main;
  w.begin_object();
  document_members(w, doc, result);
  w.end_object();
  flush();
}

void CompareJsonWriter::comparison(const model::Comparison &c, const model::Document *a,
                                   const model::Document *b) {
  report::comparison(state_->spilled, c, a, b);
  state_->spill.write(state_->spill_text);
  state_->spill_text.clear();
}

void CompareJsonWriter::finish(const std::vector<model::RankEntry> &list,
                               const std::vector<model::RunError> &run_errors,
                               const std::vector<model::PluginRecord> &run_plugins) {
  JsonStream &w = state_->main;
  w.end_array();
  w.key("comparisons");
  w.begin_array();
  flush();
  if (!state_->spill.empty()) {
    state_->spill.replay(sink_);
    w.values_written_elsewhere();
  }
  w.end_array();
  w.key("ranking");
  ranking(w, list);
  w.key("errors");
  errors(w, run_errors);
  w.key("plugins");
  plugins(w, run_plugins);
  w.end_object();
  state_->main_text += '\n';
  flush();
}

void write_compare_json(std::ostream &out, const model::CompareRun &run,
                        const JsonOptions &options) {
  CompareJsonWriter writer([&](std::string_view text) { out << text; }, options);
  // When the reference could not be read, documents[0] is not the reference.
  const bool named = !run.documents.empty() && !run.reference_failed;
  writer.start(named ? &run.documents.front().id : nullptr, run.reference_failed);
  for (std::size_t i = 0; i < run.documents.size(); ++i)
    writer.document(run.documents[i], result_of(run.results, i));
  for (const auto &c : run.comparisons)
    writer.comparison(c, find(run.documents, c.a_id), find(run.documents, c.b_id));
  writer.finish(run.ranking, run.errors, run.plugins);
  out.flush();
}

} // namespace aspectdiff::report
