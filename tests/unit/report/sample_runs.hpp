// Small extract and compare runs built by hand, for the report writers' tests.
#pragma once

#include "model/run.hpp"

#include <string>
#include <string_view>

namespace aspectdiff::report::testing {

// A document whose sentences end at ". " or ".\n" (enough for hand-written fixtures) and whose
// paragraphs are its lines.
model::Document make_document(std::string id, std::string text);

// Span of the first occurrence of `needle` in the document's text.
model::Span span_of(const model::Document &doc, std::string_view needle);

// Two documents with a `style` result each and an `actors` result that failed for the second;
// one run error for a third document that could not be read.
model::ExtractRun sample_extract_run();

// The same documents compared: style with metric deltas (one within noise, one not, one
// non-finite), only-in-A, only-in-B, shared items and a finding; actors not comparable.
model::CompareRun sample_compare_run();

} // namespace aspectdiff::report::testing
