// quote(): the readable text behind an evidence span.
#include "report/report.hpp"

#include <algorithm>

namespace aspectdiff::report {

namespace {

constexpr std::size_t quote_limit = 240;
// When a sentence is far longer than a quote, the quote starts this many bytes before the span
// so that the span itself is still shown.
constexpr std::size_t lead_context = 80;
// A cut moves back to the last space when one is this close, so words stay whole.
constexpr std::size_t word_slack = 40;

// Byte length of the whitespace character at `i`, or 0. Control characters count as
// whitespace: a quote is printed to terminals, where they would do harm.
std::size_t space_at(const std::string &text, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c <= 0x20 || c == 0x7f) return 1;
  if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xa0)
    return 2; // no-break space
  if (c == 0xe2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(text[i + 2]);
    // en/em spaces and friends, line and paragraph separators, narrow no-break space
    if ((d >= 0x80 && d <= 0x8a) || d == 0xa8 || d == 0xa9 || d == 0xaf) return 3;
  }
  return 0;
}

bool is_continuation(char c) noexcept {
  return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

bool contains(const aspectdiff_segment &s, std::size_t offset) noexcept {
  return s.begin <= offset && offset < s.end;
}

} // namespace

std::string quote(const model::Document &doc, model::Span span, bool sentence) {
  const std::string &text = doc.text;
  std::size_t begin = std::min<std::size_t>(span.begin, text.size());
  std::size_t end = std::clamp<std::size_t>(span.end, begin, text.size());

  bool cut_front = false;
  if (sentence && !doc.sentences.empty()) {
    const auto &first = doc.sentences[doc.sentence_at(static_cast<std::uint32_t>(begin))];
    const std::size_t last_byte = end > begin ? end - 1 : begin;
    const auto &last = doc.sentences[doc.sentence_at(static_cast<std::uint32_t>(last_byte))];
    const std::size_t span_begin = begin;
    if (contains(first, begin)) begin = first.begin;
    if (contains(last, last_byte))
      end = std::min<std::size_t>(std::max<std::size_t>(end, last.end), text.size());
    // A sentence much longer than a quote: start shortly before the span instead.
    if (end - begin > quote_limit && span_begin > begin + lead_context) {
      begin = span_begin - lead_context;
      while (begin < span_begin && is_continuation(text[begin]))
        ++begin;
      cut_front = true;
    }
  }

  std::string out;
  out.reserve(std::min(end - begin, quote_limit) + 8);
  if (cut_front) out += "\u2026";
  bool pending_space = false;
  bool cut_back = false;
  for (std::size_t i = begin; i < end;) {
    if (const auto n = space_at(text, i); n != 0) {
      pending_space = !out.empty();
      i += n;
      continue;
    }
    if (out.size() >= quote_limit && !is_continuation(text[i])) {
      cut_back = true;
      break;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += text[i++];
  }
  if (cut_back) {
    if (const auto space = out.rfind(' ');
        space != std::string::npos && space + word_slack >= out.size() && space > 0)
      out.resize(space);
    out += "\u2026";
  }
  return out;
}

} // namespace aspectdiff::report
