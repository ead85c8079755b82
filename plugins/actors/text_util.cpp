#include "text_util.hpp"

#include <cstdint>

namespace aspectdiff::plugins::actors {

namespace {

bool is_ascii_alnum(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void append_utf8(std::string &out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

} // namespace

std::string fold_case(std::string_view s) {
  std::string out;
  fold_case(s, out);
  return out;
}

void fold_case(std::string_view s, std::string &out) {
  // The ASCII run at the start (most often the whole string) is folded in place in one pass;
  // the rest, if any, character by character.
  std::size_t i = 0;
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80)
    ++i;
  out.resize(i);
  for (std::size_t j = 0; j < i; ++j)
    out[j] = s[j] >= 'A' && s[j] <= 'Z' ? static_cast<char>(s[j] + 32) : s[j];
  if (i == s.size()) return;
  out.reserve(s.size());
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
      std::uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        cp += 0x20; // Latin-1
      else if (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0 && cp != 0x130)
        cp += 1; // Extended-A
      append_utf8(out, cp);
      i += 2;
      continue;
    }
    // Typographic apostrophes (U+2019, U+2018, U+02BC) become plain ones.
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x99 ||
         static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      out.push_back('\'');
      i += 3;
      continue;
    }
    if (c == 0xCA && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
    ++i;
  }
}

std::vector<std::string> split_name(std::string_view name) {
  const std::string folded = fold_case(name);
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    // A final possessive is a token of its own, as the segmenter makes it.
    if (word.size() > 2 && word.ends_with("'s")) {
      out.push_back(word.substr(0, word.size() - 2));
      out.emplace_back("'s");
    } else {
      out.push_back(word);
    }
    word.clear();
  };
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    const auto u = static_cast<unsigned char>(c);
    const bool inner = (c == '.' || c == '-' || c == '\'' || c == '&') && !word.empty();
    if (is_ascii_alnum(c) || u >= 0x80 || inner) {
      word.push_back(c);
    } else if (c == ' ' || c == '\t') {
      flush();
    } else if (c == '&') {
      flush();
      out.emplace_back("&");
    } else {
      flush();
      out.emplace_back(1, c);
    }
  }
  flush();
  return out;
}

std::string slug(std::string_view s) {
  const std::string folded = fold_case(s);
  std::string out;
  for (const char c : folded) {
    if (is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80)
      out.push_back(c);
    else if (!out.empty() && out.back() != '-')
      out.push_back('-');
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

} // namespace aspectdiff::plugins::actors
