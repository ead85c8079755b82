// The prose of a Markdown document with its markup stripped, with offsets that map back to the
// file's bytes.
#pragma once

#include "text/mapped_text.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace aspectdiff::text {

struct MarkdownText {
  MappedText text;
  std::string title; // the first level-1 heading, if any
};

// Strips `markdown` (UTF-8, first byte at offset `base` of the file):
//   - headings (# and underlined), list items, block quotes and table rows become paragraphs
//     of their own; their markers (#, -, *, +, 1., >, |) go;
//   - emphasis (* _ ** __ ~~), inline code backticks and backslash escapes go, their text
//     stays; links keep their text, images and reference definitions go entirely;
//   - fenced code blocks (``` and ~~~), thematic breaks, YAML front matter and inline HTML tags
//     go: they are not prose;
//   - the lines of one paragraph are joined with a space.
MarkdownText strip_markdown(std::string_view markdown, std::uint64_t base);

} // namespace aspectdiff::text
