#include "report/terminal_renderer.hpp"

#include "report/table_layout.hpp"
#include "report/text_width.hpp"

#include <algorithm>

namespace aspectdiff::report {

namespace {

constexpr std::size_t column_gap = 2;
constexpr std::size_t narrowest = 40; // below this, wrapping and tables stop making sense

const char *ansi(Tone tone) noexcept {
  switch (tone) {
  case Tone::plain:
    return "";
  case Tone::strong:
    return "\x1b[1m";
  case Tone::muted:
    return "\x1b[2m";
  case Tone::good:
    return "\x1b[32m";
  case Tone::bad:
    return "\x1b[1;31m";
  case Tone::warn:
    return "\x1b[33m";
  }
  return "";
}

void rstrip(std::string &s) {
  while (!s.empty() && s.back() == ' ')
    s.pop_back();
}

} // namespace

TerminalRenderer::TerminalRenderer(std::ostream &out, bool color, unsigned width)
    : out_(out), color_(color), width_(std::max<std::size_t>(width, narrowest)) {}

std::string TerminalRenderer::paint(std::string_view text, Tone tone) const {
  const bool coloured = color_ && tone != Tone::plain && !text.empty();
  std::string s = coloured ? ansi(tone) : "";
  // Control characters in labels or messages (an escape sequence from a document, a line break
  // in an error) would garble the terminal or the table: they print as spaces.
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    s += byte < 0x20 || byte == 0x7f ? ' ' : c;
  }
  if (coloured) s += "\x1b[0m";
  return s;
}

void TerminalRenderer::heading(int level, std::string_view text, const Styled &aside) {
  const std::string extra = aside.text.empty() ? "" : "  " + paint(aside.text, aside.tone);
  switch (level) {
  case 1:
    out_ << paint(text, Tone::strong) << extra << '\n';
    indent_ = 0;
    break;
  case 2: {
    const std::size_t rule = std::min(width_, display_width(text) + 2 + display_width(aside.text));
    std::string underline;
    for (std::size_t i = 0; i < rule; ++i)
      underline += "\u2550"; // ═
    out_ << '\n'
         << paint(text, Tone::strong) << extra << '\n'
         << paint(underline, Tone::muted) << '\n';
    indent_ = 0;
    break;
  }
  case 3:
    out_ << '\n'
         << "  " << paint("\u2500\u2500 ", Tone::muted) << paint(text, Tone::strong) << extra
         << '\n';
    indent_ = 2;
    break;
  default:
    out_ << '\n' << std::string(indent_, ' ') << paint(text, Tone::strong) << extra << '\n';
    break;
  }
}

void TerminalRenderer::line(const std::vector<Styled> &parts) {
  wrapped(parts, std::string(indent_, ' '), indent_);
}

void TerminalRenderer::wrapped(const std::vector<Styled> &parts, const std::string &lead,
                               std::size_t hanging) {
  // Words keep their part's tone; a line breaks only between words, and the spaces at a break
  // are dropped.
  std::string text = lead;
  std::size_t column = display_width(lead);
  bool line_has_words = false;
  for (const auto &part : parts) {
    std::size_t pos = 0;
    while (pos < part.text.size()) {
      const std::size_t word_start = part.text.find_first_not_of(' ', pos);
      const std::size_t spaces =
          (word_start == std::string::npos ? part.text.size() : word_start) - pos;
      if (word_start == std::string::npos) {
        text.append(spaces, ' ');
        column += spaces;
        break;
      }
      const std::size_t word_end = std::min(part.text.find(' ', word_start), part.text.size());
      const std::string_view word(part.text.data() + word_start, word_end - word_start);
      const std::size_t w = display_width(word);
      if (line_has_words && column + spaces + w > width_) {
        rstrip(text);
        out_ << text << '\n';
        text.assign(hanging, ' ');
        column = hanging;
      } else {
        text.append(spaces, ' ');
        column += spaces;
      }
      text += paint(word, part.tone);
      column += w;
      line_has_words = true;
      pos = word_end;
    }
  }
  rstrip(text);
  out_ << text << '\n';
}

void TerminalRenderer::table(const Table &table) {
  if (table.columns.empty()) return;
  const auto widths = layout_columns(table, width_ - indent_, column_gap);
  const std::string margin(indent_, ' ');
  const std::string gap(column_gap, ' ');

  std::string header = margin;
  std::string rule = margin;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    if (c != 0) {
      header += gap;
      rule += gap;
    }
    header +=
        paint(fit_cell(table.columns[c].header, widths[c], table.columns[c].align), Tone::strong);
    for (std::size_t i = 0; i < widths[c]; ++i)
      rule += "\u2500"; // ─
  }
  rstrip(header);
  out_ << header << '\n' << paint(rule, Tone::muted) << '\n';

  for (const auto &row : table.rows) {
    std::string text = margin;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      if (c != 0) text += gap;
      const Styled empty;
      const Styled &cell = c < row.cells.size() ? row.cells[c] : empty;
      // Padding stays outside the colour codes so that they never count as width.
      const std::string cut = truncate_to_width(cell.text, widths[c]);
      const std::string padding(widths[c] - display_width(cut), ' ');
      if (table.columns[c].align == Align::left)
        text += paint(cut, cell.tone) + padding;
      else
        text += padding + paint(cut, cell.tone);
    }
    rstrip(text);
    out_ << text << '\n';
    quotes(row.quotes, indent_ + 4);
  }
}

void TerminalRenderer::bullet(const std::vector<Styled> &parts, const std::vector<Quote> &q) {
  wrapped(parts, std::string(indent_, ' ') + "\u2022 ", indent_ + 2);
  quotes(q, indent_ + 4);
}

void TerminalRenderer::quotes(const std::vector<Quote> &quotes, std::size_t indent) {
  for (const auto &q : quotes) {
    const std::string lead = q.side.empty() ? "" : q.side + ": ";
    const std::string hanging(indent + display_width(lead), ' ');
    const std::size_t room = width_ > hanging.size() + 10 ? width_ - hanging.size() : 10;
    const auto lines = wrap_to_width("\u201c" + q.text + "\u201d  (" + q.where + ")", room);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i == 0)
        out_ << std::string(indent, ' ') << paint(lead, Tone::strong);
      else
        out_ << hanging;
      out_ << paint(lines[i], Tone::plain) << '\n';
    }
  }
}

void TerminalRenderer::finish() {
  out_.flush();
}

} // namespace aspectdiff::report
