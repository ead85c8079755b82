// What one analysis worker does with one input: run every aspect, compare with each reference,
// and turn the outcome into the lines of results.jsonl and errors.jsonl plus the small record
// that summaries are built from.
#pragma once

#include "batch/job.hpp"
#include "batch/record.hpp"
#include "engine/engine.hpp"
#include "model/document.hpp"
#include "text/input_error.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::batch {

struct Reference {
  model::Document document;
  model::DocumentResult result;
};

// One input as read: a document, or the error that stands for an input that could not be read.
struct WorkItem {
  std::uint64_t ticket = 0; // order of writing (dense over the items this process handles)
  std::uint64_t seq = 0;    // position in the job's input order
  std::optional<model::Document> document;
  std::optional<text::InputError> error;
  bool suspect = false; // being analysed when an earlier run died: every plugin runs isolated
};

struct Finished {
  std::uint64_t ticket = 0;
  DocRecord record;
  std::string result_line; // "" for an input error
  std::string error_lines; // zero or more lines
  unsigned failures = 0;   // error lines written
  bool abandoned = false;  // a plugin was stopped by SIGINT/SIGTERM: not written, redone on resume
};

// The key an unreadable input is known by: "<file>" or "<file>:<line>".
std::string input_error_key(const text::InputError &error);

class Analyser {
public:
  Analyser(const engine::Engine &engine, const JobSpec &spec,
           const std::vector<Reference> &references)
      : engine_(engine), spec_(spec), references_(references) {}

  // Never throws for a bad document: failures become error lines.
  Finished run(WorkItem &&item) const;

private:
  void headline(const model::Document &doc, const model::DocumentResult &result,
                DocRecord &record) const;

  const engine::Engine &engine_;
  const JobSpec &spec_;
  const std::vector<Reference> &references_;
};

} // namespace aspectdiff::batch
