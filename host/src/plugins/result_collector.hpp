// The host's side of aspectdiff_result_sink: copies what a plugin writes into the host's model.
// The plugin's pointers are only valid during each call, so everything kept is copied there, in
// one pass straight into the result (no intermediate copy, no later filtering pass).
//
// What breaks the output rules (output_checks.hpp) is not kept, and not dropped silently either:
// finish() adds one note per kind of problem, coded so that tools and --strict can find them:
//   [W201] evidence spans outside the document or cutting a character (dropped)
//   [W202] sentence_values that cannot stand behind their metric (dropped: no interval)
#pragma once

#include "model/result.hpp"

#include <aspectdiff/abi.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins {

// True for a note the host wrote about a plugin's output (coded [W2xx]).
bool is_output_warning(std::string_view note) noexcept;

class ResultCollector {
public:
  // `text` and `sentence_count`: the document the plugin runs on, for checking spans and
  // sentence values. `plugin`: named in warnings. `expected_items`: item capacity reserved
  // before the first item arrives.
  ResultCollector(model::AspectResult &result, std::string_view text, std::size_t sentence_count,
                  std::string plugin, std::size_t expected_items);
  ResultCollector(const ResultCollector &) = delete;
  ResultCollector &operator=(const ResultCollector &) = delete;

  // The sink to hand to the plugin; valid while this collector lives.
  const aspectdiff_result_sink &sink() const noexcept { return sink_; }

  // Adds the warnings about what was dropped to the result's notes. Call once, after extract.
  void finish();

private:
  static void metric(void *context, const aspectdiff_metric *m);
  static void item(void *context, const aspectdiff_item *it);
  static void note(void *context, aspectdiff_str message);
  // Copies the valid spans of [p, p + n) to `out`; counts the others, naming their owner.
  void copy_spans(const aspectdiff_span *p, std::size_t n, const char *owner_kind,
                  std::string_view owner, std::vector<model::Span> &out);

  model::AspectResult &result_;
  std::string_view text_;
  std::size_t sentence_count_;
  std::string plugin_;
  aspectdiff_result_sink sink_{};
  // Spans dropped, and the first one with where it came from, for the warning.
  std::size_t dropped_spans_ = 0;
  std::string first_dropped_;
  std::vector<std::string> sentence_value_problems_;
};

} // namespace aspectdiff::plugins
