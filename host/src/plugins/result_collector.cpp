#include "plugins/result_collector.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <tuple>
#include <utility>

namespace aspectdiff::plugins {

namespace {

// A plugin may pass {NULL, 0} for an empty string; a NULL pointer reads as empty whatever its size.
std::string_view view(aspectdiff_str s) noexcept {
  return s.data == nullptr ? std::string_view() : std::string_view(s.data, s.size);
}

// Appends the spans of [p, p + n) that lie within a text of `text_size` bytes, in order. Spans
// from a plugin are almost always all valid: that case is one bulk copy.
void copy_valid_spans(const aspectdiff_span *p, std::size_t n, std::size_t text_size,
                      std::vector<model::Span> &out) {
  if (p == nullptr || n == 0) return;
  const auto valid = [text_size](const aspectdiff_span &s) {
    return s.begin <= s.end && s.end <= text_size;
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
}

} // namespace

ResultCollector::ResultCollector(model::AspectResult &result, std::size_t text_size,
                                 std::size_t expected_items)
    : result_(result), text_size_(text_size) {
  result_.items.reserve(expected_items);
  sink_.struct_size = sizeof sink_;
  sink_.context = this;
  sink_.metric = &ResultCollector::metric;
  sink_.item = &ResultCollector::item;
  sink_.note = &ResultCollector::note;
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
  copy_valid_spans(m->evidence, m->evidence_count, self.text_size_, out.evidence);
  if (m->sentence_values != nullptr) {
    out.sentence_values.assign(m->sentence_values, m->sentence_values + m->sentence_value_count);
    if (m->sentence_index != nullptr)
      out.sentence_index.assign(m->sentence_index, m->sentence_index + m->sentence_value_count);
  }
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
  copy_valid_spans(it->evidence, it->evidence_count, self.text_size_, out.evidence);
}

void ResultCollector::note(void *context, aspectdiff_str message) {
  static_cast<ResultCollector *>(context)->result_.notes.emplace_back(view(message));
}

} // namespace aspectdiff::plugins
