// Everything one `extract` or `compare` run produced, handed to the report writers.
#pragma once

#include "model/comparison.hpp"
#include "model/document.hpp"
#include "model/result.hpp"

#include <string>
#include <vector>

namespace aspectdiff::model {

// A document that could not be read, or an aspect of a document that failed.
struct RunError {
  std::string code;     // stable code such as "I003" or "P010"
  std::string document; // document id or path
  std::string aspect;   // empty for input errors
  std::string message;  // full message, already naming file and place
};

// A plugin that was loaded and ran, for provenance in outputs.
struct PluginRecord {
  std::string name;
  std::string version;
  std::string aspect;
  std::string path;
  std::string config_hash;
};

struct ExtractRun {
  std::vector<Document> documents;
  std::vector<DocumentResult> results; // results[i] belongs to documents[i]
  std::vector<RunError> errors;
  std::vector<PluginRecord> plugins;
};

struct CompareRun {
  std::vector<Document> documents;     // documents[0] is the reference
  std::vector<DocumentResult> results; // results[i] belongs to documents[i]
  std::vector<Comparison> comparisons; // reference against documents[1..], in input order
  std::vector<RankEntry> ranking;      // least different first (compare/rank.hpp)
  std::vector<RunError> errors;
  std::vector<PluginRecord> plugins;
  bool reference_failed = false; // the reference could not be read: nothing compared
};

} // namespace aspectdiff::model
