// Reads one input through text::read_input and collects what it yields.
#pragma once

#include "text/ingest.hpp"

#include <string>
#include <vector>

namespace aspectdiff::testing {

struct ReadResult {
  std::vector<model::Document> documents;
  std::vector<text::InputError> errors;
};

inline ReadResult read(const std::string &path,
                       text::InputFormat format = text::InputFormat::automatic,
                       text::ReadOptions options = {}) {
  ReadResult r;
  text::read_input(
      path, format, options, [&](model::Document &&d) { r.documents.push_back(std::move(d)); },
      [&](text::InputError &&e) { r.errors.push_back(std::move(e)); });
  return r;
}

// The surface of token i, and its normalised form.
inline std::string surface(const model::Document &d, std::size_t i) {
  const auto &t = d.tokens.at(i);
  return d.text.substr(t.begin, t.end - t.begin);
}
inline std::string norm(const model::Document &d, std::size_t i) {
  const auto &t = d.tokens.at(i);
  return d.normalised.substr(t.norm_begin, t.norm_end - t.norm_begin);
}
inline std::vector<std::string> sentences(const model::Document &d) {
  std::vector<std::string> out;
  for (const auto &s : d.sentences)
    out.push_back(d.text.substr(s.begin, s.end - s.begin));
  return out;
}
inline std::vector<std::string> surfaces(const model::Document &d) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < d.tokens.size(); ++i)
    out.push_back(surface(d, i));
  return out;
}
inline std::vector<std::string> norms(const model::Document &d) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < d.tokens.size(); ++i)
    out.push_back(norm(d, i));
  return out;
}

} // namespace aspectdiff::testing
