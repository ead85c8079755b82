// Writers that turn one `extract` or `compare` run into what a reader or a program consumes:
// terminal tables, GitHub-flavoured Markdown, JSON ("schema": "aspectdiff/3") and JSON Lines.
// Every writer reports everything in the run, including failed aspects and run errors.
#pragma once

#include "model/document.hpp"
#include "model/result.hpp"
#include "model/run.hpp"
#include "report/json_detail.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::report {

struct ReportOptions {
  bool color = false;    // ANSI colour (the CLI decides: a TTY and no NO_COLOR)
  bool evidence = false; // quote the sentences behind each difference
  std::size_t evidence_per_difference = 2;
  std::size_t max_items = 8; // per list in terminal and Markdown output
  unsigned width = 100;      // terminal width for tables
};

void write_extract_terminal(std::ostream &out, const model::ExtractRun &run,
                            const ReportOptions &options);
void write_compare_terminal(std::ostream &out, const model::CompareRun &run,
                            const ReportOptions &options);
void write_extract_markdown(std::ostream &out, const model::ExtractRun &run,
                            const ReportOptions &options);
void write_compare_markdown(std::ostream &out, const model::CompareRun &run,
                            const ReportOptions &options);

struct JsonOptions {
  // Evidence spans carry the text they cover as a third element: [begin, end, "text"].
  bool evidence_text = false;
  // What of each aspect result is written (json_detail.hpp): by default no metric labels, item
  // attributes or per-sentence values.
  Detail detail = Detail::items;
};

// One JSON document {"schema":"aspectdiff/3","kind":"extract"|"compare",...}; see
// docs/json-schema.md.
void write_extract_json(std::ostream &out, const model::ExtractRun &run,
                        const JsonOptions &options = {});
void write_compare_json(std::ostream &out, const model::CompareRun &run,
                        const JsonOptions &options = {});

// One self-contained HTML page: a ranking, then per compared document a headline, a panel per
// aspect with charts, and both texts side by side; every number highlights its evidence.
void write_compare_html(std::ostream &out, const model::CompareRun &run);

// One line per document {"schema":"aspectdiff/3","kind":"document","id":...,"aspects":{...}},
// then one line per run error {"schema":"aspectdiff/3","kind":"error",...}.
void write_extract_jsonl(std::ostream &out, const model::ExtractRun &run,
                         const JsonOptions &options = {});

class JsonStream;

// `extract --format json` or `jsonl` written one document at a time, as write_extract_json and
// write_extract_jsonl write a whole run: each document's text goes to `sink` as soon as it is
// added, so a long run never holds more than one document's output.
class ExtractJsonWriter {
public:
  using Sink = std::function<void(std::string_view)>;
  // JSON: writes the header and opens the documents array. JSON Lines: writes nothing yet.
  ExtractJsonWriter(Sink sink, bool lines, const JsonOptions &options = {});
  ~ExtractJsonWriter();
  ExtractJsonWriter(const ExtractJsonWriter &) = delete;
  ExtractJsonWriter &operator=(const ExtractJsonWriter &) = delete;

  // `result` may be null (a document without results).
  void document(const model::Document &doc, const model::DocumentResult *result);
  // An error in its place among the documents: JSON Lines writes its line now, JSON keeps it
  // for the errors array, ahead of those given to finish().
  void error(const model::RunError &error);
  // The run's errors and plugins (JSON), or one line per error (JSON Lines). Call once, last.
  void finish(const std::vector<model::RunError> &errors,
              const std::vector<model::PluginRecord> &plugins);

private:
  JsonStream &stream();
  void flush();

  Sink sink_;
  bool lines_;
  JsonOptions options_;
  std::string buffer_; // reused: grows to the longest document's output
  std::unique_ptr<JsonStream> stream_;
  std::vector<model::RunError> errors_; // JSON: those added by error(), until finish()
};

// `compare --format json` written as it goes, as write_compare_json writes a whole run: the
// reference first, then each document and its comparison with the reference as they come; the
// documents reach `sink` at once, the comparisons (which the schema puts after every document)
// wait in a temporary file rather than in memory.
class CompareJsonWriter {
public:
  using Sink = std::function<void(std::string_view)>;
  CompareJsonWriter(Sink sink, const JsonOptions &options = {});
  ~CompareJsonWriter();
  CompareJsonWriter(const CompareJsonWriter &) = delete;
  CompareJsonWriter &operator=(const CompareJsonWriter &) = delete;

  // The header and the reference's id (null when it could not be read). Call once, first.
  void start(const std::string *reference_id, bool reference_failed);
  // `result` may be null (a document without results).
  void document(const model::Document &doc, const model::DocumentResult *result);
  // `a` and `b` may be null when their documents are not known (no quotes, ids for names).
  void comparison(const model::Comparison &c, const model::Document *a, const model::Document *b);
  // The comparisons, then the ranking, errors and plugins. Call once, last.
  void finish(const std::vector<model::RankEntry> &ranking,
              const std::vector<model::RunError> &errors,
              const std::vector<model::PluginRecord> &plugins);

private:
  struct State;
  void flush();

  Sink sink_;
  std::unique_ptr<State> state_;
};

// The text behind a span, for quoting: the whole sentence containing it when `sentence` is true,
// trimmed, with runs of whitespace collapsed to one space, and cut at about 240 bytes on a UTF-8
// code point boundary (an ellipsis marks the cut). Spans outside the text are clamped.
std::string quote(const model::Document &doc, model::Span span, bool sentence);

} // namespace aspectdiff::report
