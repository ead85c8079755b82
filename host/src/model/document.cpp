#include "model/document.hpp"

#include <algorithm>

namespace aspectdiff::model {

namespace {
aspectdiff_str str(const std::string &s) noexcept {
  return {s.data(), s.size()};
}
} // namespace

aspectdiff_document Document::view() const noexcept {
  aspectdiff_document d{};
  d.struct_size = sizeof d;
  d.id = str(id);
  d.title = str(title);
  d.source = str(source);
  d.date = str(date);
  d.url = str(url);
  d.text = str(text);
  d.normalised = str(normalised);
  d.language = str(language);
  d.tokens = tokens.data();
  d.token_count = tokens.size();
  d.sentences = sentences.data();
  d.sentence_count = sentences.size();
  d.paragraphs = paragraphs.data();
  d.paragraph_count = paragraphs.size();
  d.word_count = word_count;
  return d;
}

std::uint64_t Document::source_offset(std::uint32_t text_offset) const noexcept {
  if (source_map.empty()) return text_offset;
  auto it = std::upper_bound(source_map.begin(), source_map.end(), text_offset,
                             [](std::uint32_t off, const SourceAnchor &a) { return off < a.text; });
  if (it == source_map.begin()) return text_offset;
  --it;
  return it->source + (text_offset - it->text);
}

std::size_t Document::sentence_at(std::uint32_t offset) const noexcept {
  if (sentences.empty()) return 0;
  auto it = std::upper_bound(
      sentences.begin(), sentences.end(), offset,
      [](std::uint32_t off, const aspectdiff_segment &s) { return off < s.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<std::size_t>(std::distance(sentences.begin(), it) - 1);
}

} // namespace aspectdiff::model
