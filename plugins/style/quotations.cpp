#include "quotations.hpp"

#include <algorithm>
#include <cstdint>

namespace aspectdiff::plugins::style {

namespace {

enum class Mark { none, straight_double, open_double, close_double, open_single, close_single };

struct Found {
  Mark mark;
  std::size_t length; // bytes of the mark
};

Found mark_at(std::string_view t, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(t[i]);
  if (c == '"') return {Mark::straight_double, 1};
  if (c == 0xC2 && i + 1 < t.size()) {
    const auto d = static_cast<unsigned char>(t[i + 1]);
    if (d == 0xAB) return {Mark::open_double, 2};  // «
    if (d == 0xBB) return {Mark::close_double, 2}; // »
  }
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    switch (static_cast<unsigned char>(t[i + 2])) {
    case 0x9C:
      return {Mark::open_double, 3}; // “
    case 0x9E:
      return {Mark::open_double, 3}; // „
    case 0x9D:
      return {Mark::close_double, 3}; // ”
    case 0x98:
      return {Mark::open_single, 3}; // ‘
    case 0x99:
      return {Mark::close_single, 3}; // ’ (also the apostrophe)
    default:
      break;
    }
  }
  return {Mark::none, 1};
}

// Decodes the code point starting at t[i] (invalid bytes decode as themselves).
char32_t decode(std::string_view t, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(t[i]);
  auto cont = [&](std::size_t k) -> char32_t {
    return i + k < t.size() ? static_cast<char32_t>(static_cast<unsigned char>(t[i + k]) & 0x3Fu)
                            : 0;
  };
  if (c < 0x80) return c;
  if ((c & 0xE0u) == 0xC0u) return (static_cast<char32_t>(c & 0x1Fu) << 6) | cont(1);
  if ((c & 0xF0u) == 0xE0u)
    return (static_cast<char32_t>(c & 0x0Fu) << 12) | (cont(1) << 6) | cont(2);
  if ((c & 0xF8u) == 0xF0u)
    return (static_cast<char32_t>(c & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
  return c;
}

// A letter or digit: anything but ASCII punctuation and space, and the Unicode spaces, dashes,
// quotation marks and ellipsis that prose uses.
bool is_word_char(char32_t cp) noexcept {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp == 0xA0 || cp == 0xAB || cp == 0xBB) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false; // general punctuation and spaces
  if (cp == 0x3000) return false;
  return true;
}

bool is_space(unsigned char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Whether the character before byte i (within [begin, i)) is a letter or digit.
bool word_before(std::string_view t, std::size_t begin, std::size_t i) noexcept {
  if (i <= begin) return false;
  std::size_t k = i - 1;
  while (k > begin && (static_cast<unsigned char>(t[k]) & 0xC0u) == 0x80u)
    --k;
  return is_word_char(decode(t, k));
}

bool word_after(std::string_view t, std::size_t i, std::size_t end) noexcept {
  return i < end && is_word_char(decode(t, i));
}

bool space_before(std::string_view t, std::size_t begin, std::size_t i) noexcept {
  return i <= begin || is_space(static_cast<unsigned char>(t[i - 1]));
}

bool space_after(std::string_view t, std::size_t i, std::size_t end) noexcept {
  return i >= end || is_space(static_cast<unsigned char>(t[i]));
}

// A single quotation that has not closed within this many bytes was an apostrophe or a stray
// mark, not a quotation.
constexpr std::size_t max_single_quote_bytes = 400;

struct Open {
  bool active = false;
  bool single = false;
  std::size_t begin = 0; // the mark
  std::size_t inner = 0; // after the mark
};

void emit(std::string_view t, const Open &open, std::size_t inner_end, std::size_t outer_end,
          std::vector<Quotation> &out) {
  bool has_text = false;
  for (std::size_t k = open.inner; k < inner_end && !has_text; ++k)
    has_text = !is_space(static_cast<unsigned char>(t[k]));
  if (!has_text) return;
  out.push_back({{static_cast<std::uint32_t>(open.begin), static_cast<std::uint32_t>(outer_end)},
                 {static_cast<std::uint32_t>(open.inner), static_cast<std::uint32_t>(inner_end)}});
}

void scan_paragraph(std::string_view t, std::size_t begin, std::size_t end,
                    std::vector<Quotation> &out) {
  Open open;
  for (std::size_t i = begin; i < end;) {
    const auto [mark, len] = mark_at(t, i);
    const std::size_t next = i + len;
    if (open.active && open.single && i - open.begin > max_single_quote_bytes) open = {};
    switch (mark) {
    case Mark::none:
      break;
    case Mark::straight_double:
      if (open.active && !open.single) {
        if (space_before(t, begin, i) && !space_after(t, next, end)) {
          open = Open{true, false, i, next}; // the earlier mark was stray: this one opens
        } else {
          emit(t, open, i, next, out);
          open = {};
        }
      } else if (!open.active && !word_before(t, begin, i) && !space_after(t, next, end)) {
        open = Open{true, false, i, next};
      }
      break;
    case Mark::open_double:
      // An open single quotation was an apostrophe; an open double one was never closed:
      // either way the newer mark is the one that counts.
      open = Open{true, false, i, next};
      break;
    case Mark::close_double:
      if (open.active && !open.single) {
        emit(t, open, i, next, out);
        open = {};
      }
      break;
    case Mark::open_single:
      if (!open.active && !word_before(t, begin, i)) open = Open{true, true, i, next};
      break;
    case Mark::close_single:
      // Inside a word (don’t) or a double quotation it is an apostrophe or a nested quote.
      if (open.active && open.single && !word_after(t, next, end)) {
        emit(t, open, i, next, out);
        open = {};
      }
      break;
    }
    i = next;
  }
  if (open.active && !open.single) {
    std::size_t stop = end;
    while (stop > open.inner && is_space(static_cast<unsigned char>(t[stop - 1])))
      --stop;
    emit(t, open, stop, stop, out);
  }
}

} // namespace

std::vector<Quotation> find_quotations(std::string_view text,
                                       std::span<const sdk::Segment> paragraphs) {
  std::vector<Quotation> out;
  if (paragraphs.empty()) {
    scan_paragraph(text, 0, text.size(), out);
    return out;
  }
  for (const auto &p : paragraphs) {
    const std::size_t end = std::min<std::size_t>(p.end, text.size());
    if (p.begin < end) scan_paragraph(text, p.begin, end, out);
  }
  return out;
}

} // namespace aspectdiff::plugins::style
