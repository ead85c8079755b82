// Evidence spans turned into quotes a reader can check: the sentence behind each span and where
// it is ("samples/essay.txt:12").
#pragma once

#include "model/document.hpp"
#include "model/result.hpp"
#include "report/outline.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aspectdiff::report {

// "path:line" of a byte offset, the line counted 1-based in the document's text. A JSON Lines
// record is placed at its line in the file. Line starts are indexed once per document.
class Locator {
public:
  std::string where(const model::Document &doc, std::uint32_t offset);

private:
  std::unordered_map<const model::Document *, std::vector<std::uint32_t>> line_starts_;
};

class EvidenceQuoter {
public:
  // `limit` distinct sentences per difference; none at all when `enabled` is false.
  EvidenceQuoter(bool enabled, std::size_t limit) : enabled_(enabled), limit_(limit) {}

  bool enabled() const noexcept { return enabled_; }

  // Appends up to `limit` quotes of distinct sentences of `doc` behind `spans`, labelled `side`.
  // Does nothing when quoting is off or the document is unknown.
  void add(std::vector<Quote> &out, const model::Document *doc, std::span<const model::Span> spans,
           std::string_view side);

private:
  bool enabled_;
  std::size_t limit_;
  Locator locator_;
};

// The name a document goes by in a report.
std::string_view document_name(const model::Document &doc) noexcept;

} // namespace aspectdiff::report
