// Text assembled from pieces of a source file (markup stripped, entities decoded), remembering
// where each piece came from so that offsets into the text map back to offsets in the file.
#pragma once

#include "model/document.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::text {

class MappedText {
public:
  // Appends bytes copied from the source, which start at source offset `source`.
  void copy(std::string_view bytes, std::uint64_t source);
  // Appends bytes that stand for the source bytes at `source` (a decoded entity, a line break
  // that replaces markup); they map to `source`, and what follows maps afresh.
  void put(std::string_view bytes, std::uint64_t source);
  // Ends a paragraph: a blank line, unless the text is empty or already ends with one.
  void paragraph_break(std::uint64_t source);
  // Removes trailing spaces and tabs (before a paragraph break or at the end).
  void trim_trailing_space();

  const std::string &text() const noexcept { return text_; }
  bool ends_with_space() const noexcept;

  // Moves the text and its source map into a document (the map is dropped when it is the
  // identity).
  void move_into(model::Document &doc);

private:
  void anchor(std::uint64_t source);

  std::string text_;
  std::vector<model::SourceAnchor> map_;
  bool synthetic_tail_ = false; // the last bytes were put(), not copied
};

} // namespace aspectdiff::text
