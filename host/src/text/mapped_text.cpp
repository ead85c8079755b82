#include "text/mapped_text.hpp"

namespace aspectdiff::text {

void MappedText::anchor(std::uint64_t source) {
  const auto at = static_cast<std::uint32_t>(text_.size());
  if (!map_.empty() && map_.back().text == at) {
    map_.back().source = source; // nothing was written since the last anchor
    return;
  }
  map_.push_back({at, source});
}

void MappedText::copy(std::string_view bytes, std::uint64_t source) {
  if (bytes.empty()) return;
  // A new anchor only where the source does not simply continue.
  const bool continues = !map_.empty() && !synthetic_tail_ &&
                         map_.back().source + (text_.size() - map_.back().text) == source;
  if (!continues) anchor(source);
  text_.append(bytes);
  synthetic_tail_ = false;
}

void MappedText::put(std::string_view bytes, std::uint64_t source) {
  if (bytes.empty()) return;
  anchor(source);
  text_.append(bytes);
  synthetic_tail_ = true;
}

bool MappedText::ends_with_space() const noexcept {
  if (text_.empty()) return true;
  const char c = text_.back();
  return c == ' ' || c == '\n' || c == '\t';
}

void MappedText::trim_trailing_space() {
  std::size_t n = text_.size();
  while (n > 0 && (text_[n - 1] == ' ' || text_[n - 1] == '\t'))
    --n;
  text_.resize(n);
  while (!map_.empty() && map_.back().text > n)
    map_.pop_back();
}

void MappedText::paragraph_break(std::uint64_t source) {
  trim_trailing_space();
  if (text_.empty()) return;
  if (text_.size() >= 2 && text_.compare(text_.size() - 2, 2, "\n\n") == 0) return;
  put(text_.back() == '\n' ? "\n" : "\n\n", source);
}

void MappedText::move_into(model::Document &doc) {
  trim_trailing_space();
  // Drop anchors that point past the trimmed end; an identity map is no map.
  while (!map_.empty() && map_.back().text >= text_.size() && !text_.empty())
    map_.pop_back();
  if (map_.size() == 1 && map_[0].text == 0 && map_[0].source == 0) map_.clear();
  doc.text = std::move(text_);
  doc.source_map = std::move(map_);
  text_.clear();
  map_.clear();
  synthetic_tail_ = false;
}

} // namespace aspectdiff::text
