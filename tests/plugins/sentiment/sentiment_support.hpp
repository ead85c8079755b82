// Helpers shared by the sentiment plugin's tests.
#pragma once

#include "../../support/plugin_harness.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace sentiment_test {

using aspectdiff::model::AspectResult;
using aspectdiff::model::Document;
using aspectdiff::testing::make_document;
using aspectdiff::testing::run_plugin;

// Without the fitted word weights, so what is tested is the lexicon and the rules alone.
inline constexpr std::string_view lexicon_only = "learned_terms = false\n";

inline AspectResult sentiment_of(const Document &doc, std::string_view config = "",
                                 std::vector<AspectResult> inputs = {}) {
  auto result = run_plugin("sentiment", doc, config, std::move(inputs));
  INFO(result.error);
  REQUIRE(result.status == aspectdiff::model::ResultStatus::ok);
  return result;
}

inline double metric_of(const AspectResult &r, std::string_view name) {
  const auto *m = r.metric(name);
  INFO(name);
  REQUIRE(m != nullptr);
  return m->value;
}

// The document score of a text.
inline double score_of(std::string text, std::string_view config = "") {
  return metric_of(sentiment_of(make_document(std::move(text)), config), "score");
}

inline const aspectdiff::model::Item *item_of(const AspectResult &r, std::string_view key) {
  for (const auto &item : r.items)
    if (item.key == key) return &item;
  return nullptr;
}

inline std::string text_of(const Document &doc, aspectdiff::model::Span s) {
  return doc.text.substr(s.begin, s.end - s.begin);
}

} // namespace sentiment_test
