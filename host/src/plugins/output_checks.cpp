#include "plugins/output_checks.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace aspectdiff::plugins {

namespace {

bool is_continuation_byte(char c) noexcept {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// A boundary is the text's end or a byte that starts a character.
bool on_boundary(std::string_view text, std::uint32_t offset) noexcept {
  return offset == text.size() || !is_continuation_byte(text[offset]);
}

std::string number(double v) {
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// The range a value of this kind must lie in; [lo, hi] with infinities for "unbounded".
struct Range {
  double lo, hi;
  const char *name;
};

Range range_of(std::int32_t kind) noexcept {
  switch (kind) {
  case ASPECTDIFF_METRIC_SCORE:
    return {-1.0, 1.0, "a score, [-1, 1]"};
  case ASPECTDIFF_METRIC_PROPORTION:
    return {0.0, 1.0, "a proportion, [0, 1]"};
  case ASPECTDIFF_METRIC_RATE:
    return {0.0, INFINITY, "a rate, >= 0"};
  case ASPECTDIFF_METRIC_COUNT:
    return {0.0, INFINITY, "a count, >= 0"};
  default:
    return {-INFINITY, INFINITY, "a value"};
  }
}

// Below this magnitude the value and the mean are both "about nothing" and their ratio says
// nothing about their scale.
double negligible(std::int32_t kind) noexcept {
  switch (kind) {
  case ASPECTDIFF_METRIC_SCORE:
  case ASPECTDIFF_METRIC_PROPORTION:
    return 0.02;
  case ASPECTDIFF_METRIC_RATE:
  case ASPECTDIFF_METRIC_COUNT:
    return 0.5;
  default:
    return 1e-6;
  }
}

} // namespace

SpanProblem span_problem(aspectdiff_span span, std::string_view text) noexcept {
  if (span.begin > span.end || span.end > text.size()) return SpanProblem::out_of_range;
  if (!on_boundary(text, span.begin) || !on_boundary(text, span.end))
    return SpanProblem::splits_character;
  return SpanProblem::none;
}

const char *describe(SpanProblem problem) noexcept {
  switch (problem) {
  case SpanProblem::out_of_range:
    return "lies outside the document";
  case SpanProblem::splits_character:
    return "cuts a UTF-8 character in two";
  default:
    return "is valid";
  }
}

std::string sentence_values_problem(const aspectdiff_metric &m, std::size_t sentence_count) {
  const std::size_t n = m.sentence_values == nullptr ? 0 : m.sentence_value_count;
  if (n == 0) return {};
  if (n > sentence_count)
    return std::to_string(n) + " sentence values for a document of " +
           std::to_string(sentence_count) + " sentences (at most one per sentence)";
  if (m.sentence_index == nullptr) {
    if (n != sentence_count)
      return std::to_string(n) + " sentence values without sentence_index for a document of " +
             std::to_string(sentence_count) +
             " sentences (give one per sentence, or say which sentence each belongs to)";
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      if (m.sentence_index[i] >= sentence_count)
        return "sentence_index[" + std::to_string(i) + "] names sentence " +
               std::to_string(m.sentence_index[i]) + " of a document of " +
               std::to_string(sentence_count) + " sentences";
      if (i > 0 && m.sentence_index[i] <= m.sentence_index[i - 1])
        return "sentence_index is not strictly increasing at position " + std::to_string(i) +
               " (one value per sentence, in document order)";
    }
  }
  // Single values may lie outside the kind's range (a linearised ratio does), their mean may not.
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double v = m.sentence_values[i];
    if (!std::isfinite(v)) return "sentence value " + std::to_string(i) + " is not finite";
    sum += v;
  }
  const double mean = sum / static_cast<double>(n);
  const Range range = range_of(m.kind);
  if (mean < range.lo - 1e-9 || mean > range.hi + 1e-9)
    return "the sentence values' mean (" + number(mean) + ") is outside the range of " +
           range.name;
  const double larger = std::max(std::abs(mean), std::abs(m.value));
  if (std::isfinite(m.value) && larger >= negligible(m.kind) &&
      std::abs(mean - m.value) > 0.95 * larger)
    return "the sentence values' mean (" + number(mean) + ") is not on the scale of the value (" +
           number(m.value) + "); the host bootstraps the interval of a difference from them";
  return {};
}

} // namespace aspectdiff::plugins
