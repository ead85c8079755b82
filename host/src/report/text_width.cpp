#include "report/text_width.hpp"

#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace aspectdiff::report {

namespace {

std::size_t code_point_width(UChar32 c) noexcept {
  if (c < 0) return 1; // an invalid sequence is shown as one replacement character
  if (c < 0x300) return c < 0x20 || (c >= 0x7f && c < 0xa0) ? 0 : 1; // fast path: Latin
  const auto type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  const auto east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

// Splits a word wider than `width` into pieces of at most `width` columns.
void split_long_word(std::string_view word, std::size_t width, std::vector<std::string> &lines) {
  const auto *bytes = reinterpret_cast<const std::uint8_t *>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  std::int32_t start = 0;
  std::size_t used = 0;
  for (std::int32_t i = 0; i < length;) {
    std::int32_t next = i;
    UChar32 c = 0;
    U8_NEXT(bytes, next, length, c);
    const std::size_t w = code_point_width(c);
    if (used + w > width && i > start) {
      lines.emplace_back(
          word.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
      start = i;
      used = 0;
    }
    used += w;
    i = next;
  }
  lines.emplace_back(word.substr(static_cast<std::size_t>(start)));
}

} // namespace

std::size_t display_width(std::string_view text) noexcept {
  std::size_t width = 0;
  const auto *bytes = reinterpret_cast<const std::uint8_t *>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) { // ASCII needs no decoding
      width += bytes[i] >= 0x20 && bytes[i] != 0x7f ? 1 : 0;
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    width += code_point_width(c);
  }
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  const std::size_t budget = width - 1; // one column for the ellipsis
  const auto *bytes = reinterpret_cast<const std::uint8_t *>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::size_t used = 0;
  std::int32_t i = 0;
  while (i < length) {
    std::int32_t next = i;
    UChar32 c = 0;
    U8_NEXT(bytes, next, length, c);
    const std::size_t w = code_point_width(c);
    if (used + w > budget) break;
    used += w;
    i = next;
  }
  std::string out(text.substr(0, static_cast<std::size_t>(i)));
  out += "\u2026";
  return out;
}

std::vector<std::string> wrap_to_width(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  if (width == 0) width = 1;
  std::string current;
  std::size_t current_width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t space = text.find(' ', pos);
    const std::string_view word =
        text.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
    pos = space == std::string_view::npos ? text.size() : space + 1;
    if (word.empty()) continue;
    const std::size_t w = display_width(word);
    if (!current.empty() && current_width + 1 + w <= width) {
      current += ' ';
      current += word;
      current_width += 1 + w;
      continue;
    }
    if (!current.empty()) lines.push_back(std::move(current));
    current.clear();
    current_width = 0;
    if (w <= width) {
      current = word;
      current_width = w;
    } else {
      split_long_word(word, width, lines);
      current = std::move(lines.back());
      lines.pop_back();
      current_width = display_width(current);
    }
  }
  if (!current.empty()) lines.push_back(std::move(current));
  return lines;
}

} // namespace aspectdiff::report
