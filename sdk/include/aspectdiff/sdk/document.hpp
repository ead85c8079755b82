// Read-only C++ view of the document the host hands to a plugin.
#pragma once

#include <aspectdiff/abi.h>

#include <cstdint>
#include <span>
#include <string_view>

namespace aspectdiff::sdk {

inline std::string_view view(aspectdiff_str s) noexcept {
  return {s.data, s.size};
}
inline aspectdiff_str c_str(std::string_view s) noexcept {
  return {s.data(), s.size()};
}

using Token = aspectdiff_token;
using Segment = aspectdiff_segment;
using Span = aspectdiff_span;

class Document {
public:
  explicit Document(const aspectdiff_document &doc) noexcept : doc_(doc) {}

  std::string_view id() const noexcept { return view(doc_.id); }
  std::string_view title() const noexcept { return view(doc_.title); }
  std::string_view source() const noexcept { return view(doc_.source); }
  std::string_view date() const noexcept { return view(doc_.date); }
  std::string_view text() const noexcept { return view(doc_.text); }
  std::string_view language() const noexcept { return view(doc_.language); }
  std::uint32_t word_count() const noexcept { return doc_.word_count; }

  std::span<const Token> tokens() const noexcept { return {doc_.tokens, doc_.token_count}; }
  std::span<const Segment> sentences() const noexcept {
    return {doc_.sentences, doc_.sentence_count};
  }
  std::span<const Segment> paragraphs() const noexcept {
    return {doc_.paragraphs, doc_.paragraph_count};
  }

  // The token's bytes as written in the original text.
  std::string_view surface(const Token &t) const noexcept {
    return text().substr(t.begin, t.end - t.begin);
  }
  // The token's normalised form: lowercase, NFC, plain apostrophes, quotes and dashes.
  std::string_view norm(const Token &t) const noexcept {
    return view(doc_.normalised).substr(t.norm_begin, t.norm_end - t.norm_begin);
  }
  std::span<const Token> tokens_of(const Segment &sentence) const noexcept {
    return tokens().subspan(sentence.first, sentence.count);
  }
  std::span<const Segment> sentences_of(const Segment &paragraph) const noexcept {
    return sentences().subspan(paragraph.first, paragraph.count);
  }
  std::string_view text_of(const Segment &s) const noexcept {
    return text().substr(s.begin, s.end - s.begin);
  }
  static Span span_of(const Segment &s) noexcept { return {s.begin, s.end}; }
  static Span span_of(const Token &t) noexcept { return {t.begin, t.end}; }

  const aspectdiff_document &raw() const noexcept { return doc_; }

private:
  const aspectdiff_document &doc_;
};

inline bool has(const Token &t, aspectdiff_token_flag flag) noexcept {
  return (t.flags & static_cast<std::uint32_t>(flag)) != 0;
}

} // namespace aspectdiff::sdk
