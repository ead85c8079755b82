// The rules a plugin's output must keep, as pure functions: the result collector applies them to
// every result (warning and dropping what breaks them) and `aspectdiff check-plugin` reports
// them to the plugin's author. sdk/README.md states the same rules in prose.
#pragma once

#include <aspectdiff/abi.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace aspectdiff::plugins {

enum class SpanProblem {
  none,
  out_of_range,    // begin > end, or end past the text
  splits_character // begin or end falls inside a UTF-8 character
};

SpanProblem span_problem(aspectdiff_span span, std::string_view text) noexcept;
const char *describe(SpanProblem problem) noexcept;

// Why the metric's sentence_values cannot stand behind its value (the host bootstraps the
// interval of a difference from them), or "" when they can. Values must be finite, at most one
// per sentence of a document of `sentence_count` sentences (every sentence when sentence_index
// is NULL), and on the metric's scale: their mean within the range of the metric's kind (single
// values need not be: a linearised ratio's are not), and within a factor of 20 of the value (the mean of per-sentence values is the document's value
// or an estimate of it; a factor of 20 or more is another unit, such as a fraction per word
// behind a rate per 1,000 words).
std::string sentence_values_problem(const aspectdiff_metric &metric, std::size_t sentence_count);

} // namespace aspectdiff::plugins
