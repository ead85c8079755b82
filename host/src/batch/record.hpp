// The small per-document record a batch job keeps beside results.jsonl: the headline numbers
// that summary.csv, groups.csv, the ranking and the duplicate clusters are built from, so that
// aggregating never needs the full results in memory. One JSON line each in the journal.
#pragma once

#include "batch/minhash.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aspectdiff::batch {

// One item kept for aggregation (an actor's salience, sentiment toward an actor, a theme share).
struct ItemValue {
  std::string set; // the item set it was selected by, e.g. "actors" or "themes:major"
  std::string key;
  std::string label;
  double weight = 0.0;
};

struct ReferenceSimilarity {
  double overall = 0.0;
  std::vector<std::pair<std::string, double>> aspects; // comparable aspects, plan order
};

struct DocRecord {
  enum class Kind { document, input_error };

  std::uint64_t seq = 0; // position in the job's input order; every shard numbers alike
  Kind kind = Kind::document;
  std::string id; // document id; for an input error, "<file>" or "<file>:<line>"
  std::string title, source, date, url;
  std::uint64_t words = 0;
  bool failed = false; // an aspect failed (the document is still in results.jsonl)
  MinHash minhash{};   // near-duplicate signature
  std::vector<ReferenceSimilarity> similarity;         // one per reference, in job order
  std::vector<std::pair<std::string, double>> metrics; // "aspect.metric" -> value
  std::vector<ItemValue> items;                        // selected items, heaviest first
  std::uint64_t results_end = 0; // size of results.jsonl once this record's line is written
  std::uint64_t errors_end = 0;  // size of errors.jsonl once this record's lines are written

  const double *metric(std::string_view name) const noexcept;
};

// One compact JSON line (no newline). Non-finite numbers are written as null.
std::string encode_record(const DocRecord &record);
// nullopt for a line that is not a complete record (a torn write).
std::optional<DocRecord> decode_record(std::string_view line);

} // namespace aspectdiff::batch
