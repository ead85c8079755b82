#include "plugins/result_collector.hpp"

#include "plugins/output_checks.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>
#include <utility>

namespace aspectdiff::plugins {

namespace {

// A plugin may pass {NULL, 0} for an empty string; a NULL pointer reads as empty whatever its size.
std::string_view view(aspectdiff_str s) noexcept {
  return s.data == nullptr ? std::string_view() : std::string_view(s.data, s.size);
}

std::string span_text(aspectdiff_span s) {
  return "[" + std::to_string(s.begin) + ", " + std::to_string(s.end) + ")";
}

} // namespace

bool is_output_warning(std::string_view note) noexcept {
  return note.size() > 6 && note.starts_with("[W2") && note[5] == ']';
}

ResultCollector::ResultCollector(model::AspectResult &result, std::string_view text,
                                 std::size_t sentence_count, std::string plugin,
                                 std::size_t expected_items)
    : result_(result), text_(text), sentence_count_(sentence_count), plugin_(std::move(plugin)) {
  result_.items.reserve(expected_items);
  sink_.struct_size = sizeof sink_;
  sink_.context = this;
  sink_.metric = &ResultCollector::metric;
  sink_.item = &ResultCollector::item;
  sink_.note = &ResultCollector::note;
}

// Appends the valid spans of [p, p + n), in order. Spans from a plugin are almost always all
// valid: that case is one bulk copy.
void ResultCollector::copy_spans(const aspectdiff_span *p, std::size_t n, const char *owner_kind,
                                 std::string_view owner, std::vector<model::Span> &out) {
  if (p == nullptr || n == 0) return;
  const auto valid = [this](const aspectdiff_span &s) {
    return span_problem(s, text_) == SpanProblem::none;
  };
  const aspectdiff_span *end = p + n;
  const aspectdiff_span *first_invalid = std::find_if_not(p, end, valid);
  if (first_invalid == end) {
    out.assign(p, end);
    return;
  }
  out.reserve(n);
  out.assign(p, first_invalid);
  std::copy_if(first_invalid + 1, end, std::back_inserter(out), valid);
  if (dropped_spans_ == 0)
    first_dropped_ = std::string(owner_kind) + " '" + std::string(owner) + "' " +
                     span_text(*first_invalid) + " " +
                     describe(span_problem(*first_invalid, text_));
  dropped_spans_ += n - out.size();
}

void ResultCollector::metric(void *context, const aspectdiff_metric *m) {
  auto &self = *static_cast<ResultCollector *>(context);
  auto &out = self.result_.metrics.emplace_back();
  out.name = view(m->name);
  out.label = view(m->label);
  out.value = m->value;
  out.kind = m->kind >= ASPECTDIFF_METRIC_SCORE && m->kind <= ASPECTDIFF_METRIC_VALUE
                 ? static_cast<model::MetricKind>(m->kind)
                 : model::MetricKind::value;
  self.copy_spans(m->evidence, m->evidence_count, "metric", out.name, out.evidence);
  if (m->sentence_values == nullptr || m->sentence_value_count == 0) return;
  if (auto problem = sentence_values_problem(*m, self.sentence_count_); !problem.empty()) {
    self.sentence_value_problems_.push_back("metric '" + out.name + "': " + problem);
    return;
  }
  out.sentence_values.assign(m->sentence_values, m->sentence_values + m->sentence_value_count);
  if (m->sentence_index != nullptr)
    out.sentence_index.assign(m->sentence_index, m->sentence_index + m->sentence_value_count);
}

void ResultCollector::item(void *context, const aspectdiff_item *it) {
  auto &self = *static_cast<ResultCollector *>(context);
  auto &out = self.result_.items.emplace_back();
  out.key = view(it->key);
  out.label = view(it->label);
  out.category = view(it->category);
  out.weight = it->weight;
  out.count = it->count;
  if (it->attributes != nullptr && it->attribute_count > 0) {
    // Each pair is built in place from the plugin's bytes: no temporary strings to move.
    out.attributes.reserve(it->attribute_count);
    for (std::size_t i = 0; i < it->attribute_count; ++i)
      out.attributes.emplace_back(std::piecewise_construct,
                                  std::forward_as_tuple(view(it->attributes[i].key)),
                                  std::forward_as_tuple(view(it->attributes[i].value)));
  }
  self.copy_spans(it->evidence, it->evidence_count, "item", out.key, out.evidence);
}

void ResultCollector::note(void *context, aspectdiff_str message) {
  static_cast<ResultCollector *>(context)->result_.notes.emplace_back(view(message));
}

void ResultCollector::finish() {
  const std::string who = "plugin '" + plugin_ + "': ";
  if (dropped_spans_ > 0)
    result_.notes.push_back("[W201] " + who + std::to_string(dropped_spans_) +
                            " evidence span(s) dropped, first " + first_dropped_ + " (text of " +
                            std::to_string(text_.size()) + " bytes)");
  for (const auto &problem : sentence_value_problems_)
    result_.notes.push_back("[W202] " + who + problem + "; the values were dropped");
  dropped_spans_ = 0;
  sentence_value_problems_.clear();
}

} // namespace aspectdiff::plugins
