// The host's side of aspectdiff_result_sink: copies what a plugin writes into the host's model.
// The plugin's pointers are only valid during each call, so everything kept is copied there, in
// one pass straight into the result (no intermediate copy, no later filtering pass).
#pragma once

#include "model/result.hpp"

#include <aspectdiff/abi.h>

#include <cstddef>

namespace aspectdiff::plugins {

class ResultCollector {
public:
  // `text_size`: evidence that does not lie within the document's text is dropped as it is
  // copied, so nothing downstream quotes garbage. `expected_items`: item capacity reserved
  // before the first item arrives.
  ResultCollector(model::AspectResult &result, std::size_t text_size, std::size_t expected_items);
  ResultCollector(const ResultCollector &) = delete;
  ResultCollector &operator=(const ResultCollector &) = delete;

  // The sink to hand to the plugin; valid while this collector lives.
  const aspectdiff_result_sink &sink() const noexcept { return sink_; }

private:
  static void metric(void *context, const aspectdiff_metric *m);
  static void item(void *context, const aspectdiff_item *it);
  static void note(void *context, aspectdiff_str message);

  model::AspectResult &result_;
  std::size_t text_size_;
  aspectdiff_result_sink sink_{};
};

} // namespace aspectdiff::plugins
