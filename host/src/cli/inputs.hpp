// Reading the documents named on the command line.
#pragma once

#include "model/document.hpp"
#include "model/run.hpp"

#include <functional>
#include <string>
#include <vector>

namespace aspectdiff::cli {

struct ReadDocuments {
  std::vector<model::Document> documents;
  std::vector<model::RunError> errors; // one per document that could not be read
  std::vector<std::size_t> error_at;   // error_at[k]: documents read before errors[k]
  std::vector<std::size_t> origin;     // origin[i]: index of the argument documents[i] came from
};

// Reads every path (or "-") in order; a bad one is recorded, the rest still read. Ids that
// repeat get a "#2", "#3" suffix so every document stays addressable. Throws model::Error
// (usage) for an unknown input format name.
ReadDocuments read_documents(const std::vector<std::string> &paths, const std::string &format);

// The same, one document at a time as it is read: on_document(document, index of its argument),
// on_error(error) for each document that could not be read.
void read_each_document(const std::vector<std::string> &paths, const std::string &format,
                        const std::function<void(model::Document &&, std::size_t)> &on_document,
                        const std::function<void(model::RunError &&)> &on_error);

} // namespace aspectdiff::cli
