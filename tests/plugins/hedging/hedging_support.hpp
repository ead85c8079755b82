// Helpers shared by the hedging plugin's tests: run the built plugin and read its cues back as
// (class, text) pairs.
#pragma once

#include "../../support/plugin_harness.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hedging_test {

using aspectdiff::model::AspectResult;
using aspectdiff::model::Document;
using aspectdiff::model::Item;
using aspectdiff::testing::make_document;
using aspectdiff::testing::run_plugin;

inline AspectResult hedging_of(const Document &doc, std::string_view config = "",
                               std::vector<AspectResult> inputs = {}) {
  auto result = run_plugin("hedging", doc, config, std::move(inputs));
  INFO(result.error);
  REQUIRE(result.status == aspectdiff::model::ResultStatus::ok);
  return result;
}

inline std::string text_of(const Document &doc, aspectdiff::model::Span s) {
  return doc.text.substr(s.begin, s.end - s.begin);
}

struct FoundCue {
  std::string cls;     // hedge, booster, attribution, weasel, conditional
  std::string text;    // the cue as written
  std::string subtype; // modal, approximator, negated_booster...
};

// Every cue of a result, in text order.
inline std::vector<FoundCue> cues_of(const Document &doc, const AspectResult &r) {
  std::vector<std::pair<aspectdiff::model::Span, FoundCue>> found;
  for (const auto &item : r.items) {
    if (item.key.rfind("cue:", 0) != 0) continue;
    const auto *subtype = item.attribute("subtype");
    for (const auto &s : item.evidence)
      found.push_back({s, {item.category, text_of(doc, s), subtype ? *subtype : ""}});
  }
  std::sort(found.begin(), found.end(),
            [](const auto &a, const auto &b) { return a.first.begin < b.first.begin; });
  std::vector<FoundCue> out;
  for (auto &f : found)
    out.push_back(std::move(f.second));
  return out;
}

inline std::vector<FoundCue> cues_in(std::string text, std::string_view config = "") {
  const auto doc = make_document(std::move(text));
  return cues_of(doc, hedging_of(doc, config));
}

// True when a cue of class `cls` reads exactly `text` (case-sensitive, as written).
inline bool has_cue(const std::vector<FoundCue> &cues, std::string_view cls,
                    std::string_view text) {
  return std::any_of(cues.begin(), cues.end(),
                     [&](const FoundCue &c) { return c.cls == cls && c.text == text; });
}

// True when some cue's text contains `word`.
inline bool any_cue_contains(const std::vector<FoundCue> &cues, std::string_view word) {
  return std::any_of(cues.begin(), cues.end(),
                     [&](const FoundCue &c) { return c.text.find(word) != std::string::npos; });
}

inline const Item *item_of(const AspectResult &r, std::string_view key) {
  for (const auto &item : r.items)
    if (item.key == key) return &item;
  return nullptr;
}

inline double metric_of(const AspectResult &r, std::string_view name) {
  const auto *m = r.metric(name);
  INFO(name);
  REQUIRE(m != nullptr);
  return m->value;
}

} // namespace hedging_test
