#include "cli/inputs.hpp"

#include "model/error.hpp"
#include "text/ingest.hpp"

#include <map>

namespace aspectdiff::cli {

void read_each_document(const std::vector<std::string> &paths, const std::string &format,
                        const std::function<void(model::Document &&, std::size_t)> &on_document,
                        const std::function<void(model::RunError &&)> &on_error) {
  const auto parsed = text::input_format_from(format);
  if (!parsed)
    throw model::Error(model::ErrorKind::usage, "U001",
                       "unknown input format '" + format +
                           "' (expected auto, text, markdown, html or jsonl)");
  std::map<std::string, unsigned> seen;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    text::read_input(
        paths[i], *parsed,
        [&](model::Document &&doc) {
          if (const unsigned n = ++seen[doc.id]; n > 1) doc.id += "#" + std::to_string(n);
          on_document(std::move(doc), i);
        },
        [&](text::InputError &&error) {
          on_error({error.code, error.file, "", error.to_string()});
        });
  }
}

ReadDocuments read_documents(const std::vector<std::string> &paths, const std::string &format) {
  ReadDocuments out;
  read_each_document(
      paths, format,
      [&](model::Document &&doc, std::size_t origin) {
        out.documents.push_back(std::move(doc));
        out.origin.push_back(origin);
      },
      [&](model::RunError &&error) {
        out.errors.push_back(std::move(error));
        out.error_at.push_back(out.documents.size());
      });
  return out;
}

} // namespace aspectdiff::cli
