// The awkward documents `aspectdiff check-plugin` runs a plugin over: each is a case that real
// input produces sooner or later and that a plugin written against tidy prose tends to get wrong.
#pragma once

#include "model/document.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace aspectdiff::cli {

struct ConformanceDocument {
  std::string name; // short, shown in the report: "empty", "article-5mb", ...
  std::string what; // what it holds, shown with a problem found on it
  model::Document doc;
};

// The documents, segmented as the host segments a plain-text file. `article_bytes` sizes the
// long news-like article (the one the speed is measured on); the rest are small.
std::vector<ConformanceDocument> conformance_documents(std::size_t article_bytes);

// The index of the long article in conformance_documents()'s answer.
std::size_t article_index(const std::vector<ConformanceDocument> &documents);

} // namespace aspectdiff::cli
