#include "text/markdown.hpp"

namespace aspectdiff::text {

namespace {

bool is_blank_char(char c) noexcept {
  return c == ' ' || c == '\t';
}
bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}
// Letters, digits and anything beyond ASCII: what makes '_' intraword.
bool is_wordish(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool is_ascii_punct(char c) noexcept {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}
bool is_inline_special(char c) noexcept {
  return c == '\\' || c == '`' || c == '!' || c == '[' || c == '*' || c == '_' || c == '~' ||
         c == '<';
}

class MarkdownReader {
public:
  MarkdownReader(std::string_view s, std::uint64_t base) : s_(s), base_(base) {}

  MarkdownText run() {
    std::size_t pos = skip_front_matter();
    while (pos < s_.size()) {
      std::size_t end = s_.find('\n', pos);
      if (end == std::string_view::npos) end = s_.size();
      std::size_t content_end = end;
      if (content_end > pos && s_[content_end - 1] == '\r') --content_end;
      line(pos, content_end);
      pos = end + 1;
    }
    return std::move(out_);
  }

private:
  // YAML front matter ("---" ... "---" at the very start) is metadata, not prose.
  std::size_t skip_front_matter() const {
    if (s_.substr(0, 4) != "---\n" && s_.substr(0, 5) != "---\r\n") return 0;
    std::size_t pos = s_.find('\n') + 1;
    while (pos < s_.size()) {
      std::size_t end = s_.find('\n', pos);
      if (end == std::string_view::npos) end = s_.size();
      std::string_view line = s_.substr(pos, end - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line == "---" || line == "...") return end + 1;
      pos = end + 1;
    }
    return 0; // never closed: not front matter after all
  }

  std::size_t skip_indent(std::size_t p, std::size_t e, std::size_t most = 3) const {
    std::size_t n = 0;
    while (p < e && s_[p] == ' ' && n < most)
      ++p, ++n;
    return p;
  }

  void break_paragraph(std::size_t at) {
    out_.text.paragraph_break(base_ + at);
    in_paragraph_ = false;
  }

  // The length of a fence (``` or ~~~, three or more) starting at p, else 0.
  std::size_t fence_at(std::size_t p, std::size_t e) const {
    if (p >= e || (s_[p] != '`' && s_[p] != '~')) return 0;
    std::size_t k = p;
    while (k < e && s_[k] == s_[p])
      ++k;
    return k - p >= 3 ? k - p : 0;
  }

  // A line made only of one of - * _ = (spaces allowed), at least three of them (one for =).
  char rule_char(std::size_t p, std::size_t e) const {
    if (p >= e) return 0;
    const char c = s_[p];
    if (c != '-' && c != '*' && c != '_' && c != '=') return 0;
    std::size_t count = 0;
    for (std::size_t k = p; k < e; ++k) {
      if (s_[k] == c)
        ++count;
      else if (!is_blank_char(s_[k]))
        return 0;
    }
    return count >= 3 || (c == '=' && count >= 1) ? c : 0;
  }

  void line(std::size_t b, std::size_t e) {
    std::size_t p = skip_indent(b, e);
    if (fence_len_ != 0) { // inside a code block: only its closing fence matters
      if (p < e && s_[p] == fence_char_ && fence_at(p, e) >= fence_len_) fence_len_ = 0;
      return;
    }
    if (const std::size_t fence = fence_at(p, e)) {
      fence_char_ = s_[p];
      fence_len_ = fence;
      break_paragraph(b);
      return;
    }
    while (p < e && s_[p] == '>') { // block quotes, nested or not
      ++p;
      if (p < e && is_blank_char(s_[p])) ++p;
      p = skip_indent(p, e);
    }
    std::size_t q = p;
    while (q < e && is_blank_char(s_[q]))
      ++q;
    if (q == e) {
      break_paragraph(b);
      return;
    }
    if (const char rule = rule_char(p, e)) {
      if (rule == '=' || rule == '-') {
        if (!in_paragraph_ && rule == '=') {
          prose(b, p, e); // a lone '=' line is text
          return;
        }
        if (rule == '=' && in_paragraph_ && out_.title.empty())
          out_.title = out_.text.text().substr(paragraph_start_);
      }
      break_paragraph(b);
      return;
    }
    if (s_[p] == '#') {
      heading(b, p, e);
      return;
    }
    if (const std::size_t item = list_marker(p, e)) {
      break_paragraph(b);
      p = item;
      if (e - p >= 4 && s_[p] == '[' &&
          (s_[p + 1] == ' ' || s_[p + 1] == 'x' || s_[p + 1] == 'X') && s_[p + 2] == ']' &&
          is_blank_char(s_[p + 3]))
        p += 4; // a task box
    } else if (s_[p] == '[' && is_reference_definition(p, e)) {
      return;
    } else if (s_[p] == '|') {
      table_row(b, p, e);
      return;
    }
    prose(b, p, e);
  }

  void prose(std::size_t line_begin, std::size_t p, std::size_t e) {
    if (in_paragraph_)
      out_.text.put(" ", base_ + line_begin - 1); // the line break
    else
      paragraph_start_ = out_.text.text().size();
    inline_span(p, e);
    in_paragraph_ = true;
  }

  void heading(std::size_t b, std::size_t p, std::size_t e) {
    std::size_t level = 0;
    while (p + level < e && s_[p + level] == '#')
      ++level;
    if (level > 6 || (p + level < e && !is_blank_char(s_[p + level]))) {
      prose(b, p, e); // "#hashtag" is text
      return;
    }
    std::size_t cb = p + level, ce = e;
    while (cb < ce && is_blank_char(s_[cb]))
      ++cb;
    while (ce > cb && is_blank_char(s_[ce - 1]))
      --ce;
    std::size_t closing = ce; // an optional closing run of '#'
    while (closing > cb && s_[closing - 1] == '#')
      --closing;
    if (closing < ce && (closing == cb || is_blank_char(s_[closing - 1]))) {
      ce = closing;
      while (ce > cb && is_blank_char(s_[ce - 1]))
        --ce;
    }
    break_paragraph(b);
    const std::size_t start = out_.text.text().size();
    inline_span(cb, ce);
    if (level == 1 && out_.title.empty()) out_.title = out_.text.text().substr(start);
    break_paragraph(e);
  }

  // Just past a list marker ("- ", "* ", "+ ", "12. ", "3) ") at p, else 0.
  std::size_t list_marker(std::size_t p, std::size_t e) const {
    if (p >= e) return 0;
    std::size_t k = p;
    if (s_[k] == '-' || s_[k] == '*' || s_[k] == '+') {
      ++k;
    } else {
      while (k < e && k - p < 9 && is_digit(s_[k]))
        ++k;
      if (k == p || k >= e || (s_[k] != '.' && s_[k] != ')')) return 0;
      ++k;
    }
    if (k < e && !is_blank_char(s_[k])) return 0;
    while (k < e && is_blank_char(s_[k]))
      ++k;
    return k;
  }

  bool is_reference_definition(std::size_t p, std::size_t e) const {
    const std::size_t close = s_.substr(0, e).find("]:", p);
    return close != std::string_view::npos &&
           s_.substr(p + 1, close - p - 1).find(']') == std::string_view::npos;
  }

  // "| a | b |": each row a paragraph, cells separated by a space; "|---|:-:|" rows go.
  void table_row(std::size_t b, std::size_t p, std::size_t e) {
    bool separator = true;
    for (std::size_t k = p; k < e; ++k)
      if (s_[k] != '|' && s_[k] != '-' && s_[k] != ':' && !is_blank_char(s_[k])) separator = false;
    break_paragraph(b);
    if (separator) return;
    std::size_t cell = p + 1;
    while (cell < e) {
      std::size_t bar = cell;
      while (bar < e && !(s_[bar] == '|' && s_[bar - 1] != '\\'))
        ++bar;
      std::size_t cb = cell, ce = bar;
      while (cb < ce && is_blank_char(s_[cb]))
        ++cb;
      while (ce > cb && is_blank_char(s_[ce - 1]))
        --ce;
      if (ce > cb) {
        if (!out_.text.ends_with_space()) out_.text.put(" ", base_ + cell - 1);
        inline_span(cb, ce);
      }
      cell = bar + 1;
    }
    break_paragraph(e);
  }

  // The end of "[text](url)" or "[text][ref]" starting at the '[' at i (text in tb..te), else 0.
  std::size_t link_end(std::size_t i, std::size_t e, std::size_t &tb, std::size_t &te) const {
    int depth = 0;
    std::size_t close = i;
    for (; close < e; ++close) {
      const char c = s_[close];
      if (c == '\\')
        ++close;
      else if (c == '[')
        ++depth;
      else if (c == ']' && --depth == 0)
        break;
    }
    if (close >= e || close + 1 >= e) return 0;
    const char open = s_[close + 1];
    if (open != '(' && open != '[') return 0;
    const char shut = open == '(' ? ')' : ']';
    depth = 0;
    std::size_t k = close + 1;
    for (; k < e; ++k) {
      if (s_[k] == open)
        ++depth;
      else if (s_[k] == shut && --depth == 0)
        break;
    }
    if (k >= e) return 0;
    tb = i + 1;
    te = close;
    return k + 1;
  }

  void inline_span(std::size_t i, std::size_t e) {
    const std::size_t line_begin = i;
    while (i < e) {
      std::size_t run = i;
      while (run < e && !is_inline_special(s_[run]))
        ++run;
      if (run > i) {
        out_.text.copy(s_.substr(i, run - i), base_ + i);
        i = run;
        continue;
      }
      const char c = s_[i];
      switch (c) {
      case '\\':
        if (i + 1 < e && is_ascii_punct(s_[i + 1])) {
          out_.text.copy(s_.substr(i + 1, 1), base_ + i + 1);
          i += 2;
          continue;
        }
        break;
      case '`': {
        std::size_t n = 0;
        while (i + n < e && s_[i + n] == '`')
          ++n;
        const std::size_t close = s_.substr(0, e).find(std::string(n, '`'), i + n);
        if (close == std::string_view::npos) {
          out_.text.copy(s_.substr(i, n), base_ + i);
          i += n;
          continue;
        }
        std::size_t cb = i + n, ce = close;
        if (ce - cb >= 2 && s_[cb] == ' ' && s_[ce - 1] == ' ') ++cb, --ce;
        out_.text.copy(s_.substr(cb, ce - cb), base_ + cb);
        i = close + n;
        continue;
      }
      case '!': {
        std::size_t tb = 0, te = 0;
        if (i + 1 < e && s_[i + 1] == '[') {
          if (const std::size_t end = link_end(i + 1, e, tb, te)) {
            i = end; // images carry no prose
            continue;
          }
        }
        break;
      }
      case '[': {
        std::size_t tb = 0, te = 0;
        if (const std::size_t end = link_end(i, e, tb, te)) {
          inline_span(tb, te);
          i = end;
          continue;
        }
        break;
      }
      case '*':
      case '_':
      case '~': {
        std::size_t n = 0;
        while (i + n < e && s_[i + n] == c)
          ++n;
        const char before = i > line_begin ? s_[i - 1] : ' ';
        const char after = i + n < e ? s_[i + n] : ' ';
        bool markup;
        if (c == '~')
          markup = n == 2;
        else if (c == '_')
          markup = !(is_wordish(before) && is_wordish(after));
        else
          markup = !(is_blank_char(before) && is_blank_char(after));
        if (!markup) out_.text.copy(s_.substr(i, n), base_ + i);
        i += n;
        continue;
      }
      case '<': {
        const std::size_t close = s_.substr(0, e).find('>', i + 1);
        if (close != std::string_view::npos && i + 1 < e) {
          const std::string_view inside = s_.substr(i + 1, close - i - 1);
          if (inside.find("://") != std::string_view::npos || inside.substr(0, 7) == "mailto:" ||
              (inside.find('@') != std::string_view::npos &&
               inside.find(' ') == std::string_view::npos)) {
            out_.text.copy(inside, base_ + i + 1); // an autolink
            i = close + 1;
            continue;
          }
          const char first = s_[i + 1];
          if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '/' ||
              first == '!') {
            i = close + 1; // inline HTML
            continue;
          }
        }
        break;
      }
      default:
        break;
      }
      out_.text.copy(s_.substr(i, 1), base_ + i);
      ++i;
    }
  }

  std::string_view s_;
  std::uint64_t base_;
  MarkdownText out_;
  bool in_paragraph_ = false;
  std::size_t paragraph_start_ = 0;
  char fence_char_ = 0;
  std::size_t fence_len_ = 0;
};

} // namespace

MarkdownText strip_markdown(std::string_view markdown, std::uint64_t base) {
  return MarkdownReader(markdown, base).run();
}

} // namespace aspectdiff::text
