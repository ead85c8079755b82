#include "cli/inputs.hpp"

#include "model/error.hpp"
#include "text/ingest.hpp"

#include <map>

namespace aspectdiff::cli {

ReadDocuments read_documents(const std::vector<std::string> &paths, const std::string &format) {
  const auto parsed = text::input_format_from(format);
  if (!parsed)
    throw model::Error(model::ErrorKind::usage, "U001",
                       "unknown input format '" + format +
                           "' (expected auto, text, markdown, html or jsonl)");
  ReadDocuments out;
  std::map<std::string, unsigned> seen;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    text::read_input(
        paths[i], *parsed,
        [&](model::Document &&doc) {
          if (const unsigned n = ++seen[doc.id]; n > 1) doc.id += "#" + std::to_string(n);
          out.documents.push_back(std::move(doc));
          out.origin.push_back(i);
        },
        [&](text::InputError &&error) {
          out.errors.push_back({error.code, error.file, "", error.to_string()});
        });
  }
  return out;
}

} // namespace aspectdiff::cli
