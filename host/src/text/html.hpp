// The text content of an HTML page, with offsets that map back to the page's bytes.
#pragma once

#include "text/mapped_text.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace aspectdiff::text {

struct HtmlText {
  MappedText text;
  std::string title; // the <title>, decoded and with its whitespace collapsed
};

// The visible text of `html` (UTF-8), whose first byte is at offset `base` of the file.
// Drops <script>, <style>, <head> (but keeps <title> as the title), <noscript>, <template>,
// <svg>, comments and declarations; decodes character references; collapses runs of
// whitespace to one space; block elements (p, div, br, li, h1–h6, table rows, ...) become
// paragraph breaks. Tolerates any malformed markup: a '<' that starts no tag is text.
HtmlText html_to_text(std::string_view html, std::uint64_t base);

} // namespace aspectdiff::text
