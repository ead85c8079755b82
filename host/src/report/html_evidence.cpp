#include "report/html_evidence.hpp"

#include <algorithm>
#include <vector>

namespace aspectdiff::report::html {

namespace {

// A difference backed by hundreds of mentions still highlights only this many sentences: enough
// to read, and it keeps the page small.
constexpr std::size_t max_sentences = 40;

std::string sentence_list(const model::Document &doc, std::span<const model::Span> spans) {
  std::vector<std::size_t> sentences;
  for (const auto &span : spans) {
    if (span.begin >= doc.text.size()) continue;
    const std::size_t first = doc.sentence_at(span.begin);
    const std::size_t last = doc.sentence_at(span.end > span.begin ? span.end - 1 : span.begin);
    for (std::size_t s = first; s <= last; ++s)
      sentences.push_back(s);
  }
  std::sort(sentences.begin(), sentences.end());
  sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
  if (sentences.size() > max_sentences) sentences.resize(max_sentences);
  std::string out;
  for (const auto s : sentences) {
    if (!out.empty()) out += ' ';
    out += std::to_string(s);
  }
  return out;
}

} // namespace

std::string evidence_attributes(const model::Document *a, std::span<const model::Span> spans_a,
                                const model::Document *b, std::span<const model::Span> spans_b) {
  std::string out = R"( class="ev" tabindex="0" role="button")";
  const std::string list_a = a == nullptr ? std::string() : sentence_list(*a, spans_a);
  const std::string list_b = b == nullptr ? std::string() : sentence_list(*b, spans_b);
  if (!list_a.empty()) out += " data-a=\"" + list_a + "\"";
  if (!list_b.empty()) out += " data-b=\"" + list_b + "\"";
  if (list_a.empty() && list_b.empty()) out += R"( data-whole="1")";
  return out;
}

} // namespace aspectdiff::report::html
