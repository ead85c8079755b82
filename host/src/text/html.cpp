#include "text/html.hpp"

#include "text/html_entities.hpp"

#include <algorithm>
#include <array>

namespace aspectdiff::text {

namespace {

bool is_ascii_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
char lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

// Elements whose start or end is a paragraph break.
constexpr std::array<std::string_view, 40> kBlockElements{
    "address", "article", "aside",   "blockquote", "body",  "br",  "caption",  "center",
    "dd",      "details", "dialog",  "div",        "dl",    "dt",  "fieldset", "figcaption",
    "figure",  "footer",  "form",    "h1",         "h2",    "h3",  "h4",       "h5",
    "h6",      "header",  "hr",      "li",         "main",  "nav", "ol",       "p",
    "pre",     "section", "summary", "table",      "tbody", "tr",  "ul",       "html",
};

// Elements whose content is not text a reader sees.
constexpr std::array<std::string_view, 9> kHiddenElements{
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "title",
};

template <std::size_t N>
bool contains(const std::array<std::string_view, N> &set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

// Case-insensitive search for `needle` (lower case) in `s` from `from`.
std::size_t find_ignoring_case(std::string_view s, std::string_view needle, std::size_t from) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (lower(s[i]) != needle[0]) continue;
    std::size_t k = 1;
    while (k < needle.size() && lower(s[i + k]) == needle[k])
      ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The end of a tag whose name ended at `i`: just past its '>', skipping quoted attribute values.
std::size_t tag_end(std::string_view s, std::size_t i) {
  char quote = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

class HtmlReader {
public:
  HtmlReader(std::string_view html, std::uint64_t base) : s_(html), base_(base) {}

  HtmlText run() {
    std::size_t i = 0;
    while (i < s_.size()) {
      const char c = s_[i];
      if (c == '<') {
        i = markup(i);
      } else if (c == '&') {
        i = entity(i);
      } else if (is_space(c)) {
        i = whitespace(i);
      } else {
        // A run of plain text up to the next special byte.
        std::size_t e = i + 1;
        while (e < s_.size() && s_[e] != '<' && s_[e] != '&' && !is_space(s_[e]))
          ++e;
        if (!in_head_) out_.text.copy(s_.substr(i, e - i), base_ + i);
        i = e;
      }
    }
    return std::move(out_);
  }

private:
  std::size_t whitespace(std::size_t i) {
    std::size_t e = i;
    while (e < s_.size() && is_space(s_[e]))
      ++e;
    if (!in_head_ && !out_.text.ends_with_space()) {
      if (e - i == 1 && s_[i] == ' ')
        out_.text.copy(" ", base_ + i);
      else
        out_.text.put(" ", base_ + i);
    }
    return e;
  }

  std::size_t entity(std::size_t i) {
    decoded_.clear();
    const std::size_t n = decode_entity(s_.substr(i), decoded_);
    if (n == 0) {
      if (!in_head_) out_.text.copy("&", base_ + i);
      return i + 1;
    }
    if (!in_head_) out_.text.put(decoded_, base_ + i);
    return i + n;
  }

  // Anything starting with '<': a tag, a comment, a declaration, or plain text.
  std::size_t markup(std::size_t i) {
    const std::string_view rest = s_.substr(i);
    if (rest.substr(0, 4) == "<!--") {
      const std::size_t end = s_.find("-->", i + 4);
      return end == std::string_view::npos ? s_.size() : end + 3;
    }
    if (rest.substr(0, 9) == "<![CDATA[") {
      const std::size_t end = s_.find("]]>", i + 9);
      const std::size_t stop = end == std::string_view::npos ? s_.size() : end;
      if (!in_head_) out_.text.copy(s_.substr(i + 9, stop - i - 9), base_ + i + 9);
      return end == std::string_view::npos ? s_.size() : end + 3;
    }
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) {
      const std::size_t end = s_.find('>', i);
      return end == std::string_view::npos ? s_.size() : end + 1;
    }
    const bool closing = rest.size() > 1 && rest[1] == '/';
    std::size_t name_begin = i + (closing ? 2 : 1);
    if (name_begin >= s_.size() || !is_ascii_alpha(s_[name_begin])) {
      if (!in_head_) out_.text.copy("<", base_ + i); // "a < b" is text
      return i + 1;
    }
    std::size_t name_end = name_begin;
    while (name_end < s_.size() &&
           (is_ascii_alpha(s_[name_end]) || (s_[name_end] >= '0' && s_[name_end] <= '9') ||
            s_[name_end] == '-'))
      ++name_end;
    std::string name(s_.substr(name_begin, name_end - name_begin));
    std::transform(name.begin(), name.end(), name.begin(), lower);
    const std::size_t end = tag_end(s_, name_end);
    if (end == std::string_view::npos) return s_.size(); // an unterminated tag ends the page

    if (name == "head") {
      in_head_ = !closing;
      return end;
    }
    if (name == "body") in_head_ = false;
    if (!closing && contains(kHiddenElements, name)) return skip_element(name, end);
    if (contains(kBlockElements, name)) {
      out_.text.paragraph_break(base_ + i);
    } else if (name == "td" || name == "th") {
      if (!out_.text.ends_with_space()) out_.text.put(" ", base_ + i);
    }
    return end;
  }

  // Skips the content of a hidden element that opened at `from`, up to its end tag; the title
  // is kept as the document's title.
  std::size_t skip_element(const std::string &name, std::size_t from) {
    const std::size_t close = find_ignoring_case(s_, "</" + name, from);
    const std::size_t content_end = close == std::string_view::npos ? s_.size() : close;
    if (name == "title" && out_.title.empty())
      out_.title = decode_and_collapse(s_.substr(from, content_end - from));
    if (close == std::string_view::npos) return s_.size();
    const std::size_t end = tag_end(s_, close + 2 + name.size());
    return end == std::string_view::npos ? s_.size() : end;
  }

  std::string_view s_;
  std::uint64_t base_;
  HtmlText out_;
  std::string decoded_;
  bool in_head_ = false;
};

} // namespace

HtmlText html_to_text(std::string_view html, std::uint64_t base) {
  return HtmlReader(html, base).run();
}

} // namespace aspectdiff::text
