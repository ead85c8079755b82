// Writes the stance model's features for every target of a NewsMTSC-style JSON Lines file
// ({"id", "text", "targets": [{"start", "end", "polarity"}]}, offsets in code points), one JSON
// line per target: {"id", "target", "polarity", "found", "value", "features": {name: value}}.
// The features come from the built sentiment plugin itself (emit_target_features = true), each
// target given to it as an actor mention beside the mentions the built actors plugin finds in
// the sentence (those the targets overlap left out), so the other actors a target competes with
// for the sentence's words are the ones it meets at inference: tools/fit_stance.py fits exactly
// what the plugin computes there.
//
//   sentiment_target_features IN.jsonl > features.jsonl
#include "../../../tests/support/plugin_harness.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>

namespace {

// Byte offset of code point `at` in a UTF-8 string.
std::size_t byte_offset(const std::string &text, std::size_t at) {
  std::size_t i = 0;
  for (std::size_t points = 0; i < text.size() && points < at; ++points) {
    const auto c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : (c < 0xE0 ? 2 : (c < 0xF0 ? 3 : 4));
  }
  return std::min(i, text.size());
}

bool overlaps(const aspectdiff::model::Span &x, const aspectdiff::model::Span &y) {
  return x.begin < y.end && y.begin < x.end;
}

// The targets as actors, one each, then the actors plugin's other mentions.
aspectdiff::model::AspectResult targets_as_actors(const std::string &text,
                                                  const nlohmann::json &targets,
                                                  const aspectdiff::model::AspectResult &found) {
  aspectdiff::model::AspectResult r;
  r.aspect = "actors";
  r.provenance.plugin = "actors";
  r.provenance.version = "1.0.0";
  for (std::size_t i = 0; i < targets.size(); ++i) {
    aspectdiff::model::Item item;
    item.key = "target:" + std::to_string(i);
    item.label = targets[i].value("text", std::string());
    item.category = "person";
    const auto begin = byte_offset(text, targets[i].at("start").get<std::size_t>());
    const auto end = byte_offset(text, targets[i].at("end").get<std::size_t>());
    item.evidence.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
    item.count = 1;
    item.weight = 0.5;
    r.items.push_back(std::move(item));
  }
  const std::size_t labelled = r.items.size();
  for (const auto &actor : found.items) {
    aspectdiff::model::Item item;
    item.key = "other:" + actor.key;
    item.label = actor.label;
    item.category = actor.category;
    for (const auto &span : actor.evidence)
      if (std::none_of(r.items.begin(), r.items.begin() + static_cast<std::ptrdiff_t>(labelled),
                       [&](const auto &t) { return overlaps(t.evidence.front(), span); }))
        item.evidence.push_back(span);
    item.count = item.evidence.size();
    if (!item.evidence.empty()) r.items.push_back(std::move(item));
  }
  return r;
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::cerr << "usage: sentiment_target_features IN.jsonl > features.jsonl\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cannot read '" << argv[1] << "'\n";
    return 1;
  }
  const auto &plugin =
      aspectdiff::testing::plugin_instance("sentiment", "emit_target_features = true\n");
  const auto &actors_plugin = aspectdiff::testing::plugin_instance("actors");
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    nlohmann::json row;
    try {
      row = nlohmann::json::parse(line);
    } catch (const std::exception &e) {
      std::cerr << argv[1] << ":" << line_no << ": " << e.what() << "\n";
      return 1;
    }
    const std::string text = row.at("text").get<std::string>();
    const auto &targets = row.at("targets");
    const auto doc = aspectdiff::testing::make_document(text, row.at("id").get<std::string>());
    const auto found = actors_plugin.extract(doc, {});
    const auto actors = targets_as_actors(text, targets, found);
    const auto result = plugin.extract(doc, {&actors});
    if (result.status != aspectdiff::model::ResultStatus::ok) {
      std::cerr << argv[1] << ":" << line_no << ": " << result.error << "\n";
      return 1;
    }
    for (std::size_t i = 0; i < targets.size(); ++i) {
      nlohmann::json out{{"id", row.at("id")},
                         {"target", i},
                         {"polarity", targets[i].at("polarity")},
                         {"found", false}};
      const std::string key = "target:" + std::to_string(i) + "#0";
      for (const auto &item : result.items) {
        if (item.category != "target-features" || item.key != key) continue;
        nlohmann::json features = nlohmann::json::object();
        for (const auto &[name, value] : item.attributes) {
          if (name != "features") continue;
          std::size_t at = 0;
          while (at < value.size()) {
            auto end = value.find('\n', at);
            if (end == std::string::npos) end = value.size();
            const auto tab = value.find('\t', at);
            if (tab != std::string::npos && tab < end)
              features[value.substr(tab + 1, end - tab - 1)] =
                  std::stod(value.substr(at, tab - at));
            at = end + 1;
          }
        }
        out["found"] = true;
        out["value"] = item.weight; // the shipped model's P(positive) - P(negative)
        out["features"] = std::move(features);
      }
      std::cout << out.dump() << '\n';
    }
  }
  return 0;
}
