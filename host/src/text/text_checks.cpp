#include "text/text_checks.hpp"

#include "text/input_error.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace aspectdiff::text {

namespace {

std::string hex(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

// Bytes no text file holds: C0 controls other than tab, line feed, vertical tab, form feed,
// carriage return and escape (terminal colours), and DEL.
bool is_control(unsigned char c) noexcept {
  return (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1B) ||
         c == 0x7F;
}

constexpr std::size_t kSniffBytes = 8192;

} // namespace

std::size_t utf8_bom_length(std::string_view bytes) noexcept {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

std::optional<ByteProblem> find_foreign_bom(std::string_view bytes) {
  const auto starts = [&](std::string_view mark) { return bytes.substr(0, mark.size()) == mark; };
  const char *name = nullptr;
  if (starts(std::string_view("\x00\x00\xFE\xFF", 4)))
    name = "UTF-32 (big-endian)";
  else if (starts(std::string_view("\xFF\xFE\x00\x00", 4)))
    name = "UTF-32 (little-endian)";
  else if (starts("\xFE\xFF"))
    name = "UTF-16 (big-endian)";
  else if (starts("\xFF\xFE"))
    name = "UTF-16 (little-endian)";
  if (name == nullptr) return std::nullopt;
  return ByteProblem{input_code::invalid_utf8, 0,
                     std::string("the file is ") + name +
                         ", not UTF-8 (its byte-order mark says so); convert it to UTF-8, "
                         "e.g. with iconv"};
}

std::optional<ByteProblem> find_binary(std::string_view bytes) {
  if (const void *nul = std::memchr(bytes.data(), 0, bytes.size())) {
    const auto at = static_cast<std::uint64_t>(static_cast<const char *>(nul) - bytes.data());
    return ByteProblem{input_code::binary, at,
                       "NUL byte at byte " + std::to_string(at) +
                           ": this looks like a binary file, not text"};
  }
  const std::string_view head = bytes.substr(0, kSniffBytes);
  const auto controls = static_cast<std::size_t>(std::count_if(
      head.begin(), head.end(), [](char c) { return is_control(static_cast<unsigned char>(c)); }));
  if (!head.empty() && controls * 10 > head.size()) {
    return ByteProblem{input_code::binary, 0,
                       std::to_string(controls) + " of the first " + std::to_string(head.size()) +
                           " bytes are control characters: this looks like a binary file, "
                           "not text"};
  }
  return std::nullopt;
}

std::optional<ByteProblem> find_invalid_utf8(std::string_view bytes, std::uint64_t base) {
  const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: most text never leaves this loop.
    while (i + 8 <= n) {
      std::uint64_t chunk;
      std::memcpy(&chunk, s + i, 8);
      if (chunk & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0; // no overlong forms
      if (c == 0xED) hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90; // no overlong forms
      if (c == 0xF4) hi = 0x8F; // nothing beyond U+10FFFF
    }
    const std::string hint = " (is the file in Latin-1 or Windows-1252? convert it to UTF-8)";
    const std::uint64_t at = base + i;
    if (len == 0) {
      return ByteProblem{
          input_code::invalid_utf8, at,
          "invalid UTF-8 at byte " + std::to_string(at) + ": byte " + hex(c) +
              (c >= 0x80 && c <= 0xBF ? " cannot start a character" : " never appears in UTF-8") +
              hint};
    }
    for (std::size_t k = 1; k < len; ++k) {
      if (i + k >= n) {
        return ByteProblem{input_code::invalid_utf8, at,
                           "invalid UTF-8 at byte " + std::to_string(at) + ": byte " + hex(c) +
                               " starts a " + std::to_string(len) +
                               "-byte character that the end of the input cuts off"};
      }
      const unsigned char b = s[i + k];
      const bool ok = k == 1 ? b >= lo && b <= hi : b >= 0x80 && b <= 0xBF;
      if (!ok) {
        return ByteProblem{input_code::invalid_utf8, at,
                           "invalid UTF-8 at byte " + std::to_string(at) + ": byte " + hex(c) +
                               " followed by " + hex(b) + hint};
      }
    }
    i += len;
  }
  return std::nullopt;
}

bool is_blank(std::string_view bytes) noexcept {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

std::uint64_t line_at(std::string_view bytes, std::uint64_t offset) noexcept {
  const std::string_view before = bytes.substr(0, static_cast<std::size_t>(offset));
  return 1 + static_cast<std::uint64_t>(std::count(before.begin(), before.end(), '\n'));
}

std::optional<ByteProblem> check_text_bytes(std::string_view bytes) {
  if (auto p = find_foreign_bom(bytes)) return p;
  if (auto p = find_binary(bytes)) return p;
  if (auto p = find_invalid_utf8(bytes)) return p;
  if (is_blank(bytes.substr(utf8_bom_length(bytes))))
    return ByteProblem{input_code::empty, 0,
                       bytes.empty() ? "the file is empty" : "the file holds only whitespace"};
  return std::nullopt;
}

} // namespace aspectdiff::text
