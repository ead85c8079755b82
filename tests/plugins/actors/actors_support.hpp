// Helpers shared by the actors plugin's tests.
#pragma once

#include "../../support/plugin_harness.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace actors_test {

using aspectdiff::model::AspectResult;
using aspectdiff::model::Document;
using aspectdiff::model::Item;
using aspectdiff::testing::make_document;
using aspectdiff::testing::plugin_instance;
using aspectdiff::testing::run_plugin;

inline AspectResult actors_of(const Document &doc, std::string_view config = "") {
  auto result = run_plugin("actors", doc, config);
  INFO(result.error);
  REQUIRE(result.status == aspectdiff::model::ResultStatus::ok);
  return result;
}

inline const Item *item_of(const AspectResult &r, std::string_view key) {
  for (const auto &item : r.items)
    if (item.key == key) return &item;
  return nullptr;
}

// The item, which must exist.
inline const Item &actor(const AspectResult &r, std::string_view key) {
  const Item *item = item_of(r, key);
  if (item == nullptr) {
    std::string keys;
    for (const auto &i : r.items)
      keys += i.key + " ";
    FAIL("no actor " << key << "; found: " << keys);
  }
  return *item;
}

// The text of every mention of an item, in order.
inline std::vector<std::string> mentions(const Document &doc, const Item &item) {
  std::vector<std::string> out;
  for (const auto &s : item.evidence)
    out.push_back(doc.text.substr(s.begin, s.end - s.begin));
  return out;
}

// One value per mention of a comma-separated attribute ("mention_forms", "mention_roles").
inline std::vector<std::string> per_mention(const Item &item, std::string_view name) {
  std::vector<std::string> out;
  const std::string *value = item.attribute(name);
  REQUIRE(value != nullptr);
  std::stringstream s(*value);
  for (std::string v; std::getline(s, v, ',');)
    out.push_back(v);
  return out;
}

// Writes `content` to a file in the temporary directory and returns its path.
inline std::string write_temp(const std::string &name, const std::string &content) {
  const auto path = std::filesystem::temp_directory_path() / ("aspectdiff_actors_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

inline std::string creation_error(const std::string &config) {
  try {
    plugin_instance("actors", config);
  } catch (const std::exception &e) {
    return e.what();
  }
  return "";
}

} // namespace actors_test
