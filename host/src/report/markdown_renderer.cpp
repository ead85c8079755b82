#include "report/markdown_renderer.hpp"

#include <algorithm>

namespace aspectdiff::report {

namespace {

const char *marker(Tone tone) noexcept {
  switch (tone) {
  case Tone::strong:
  case Tone::bad:
    return "**";
  case Tone::muted:
  case Tone::warn:
    return "*";
  case Tone::plain:
  case Tone::good:
    break;
  }
  return "";
}

// Emphasis only works when the markers touch the text, so surrounding spaces go outside them.
std::string styled(std::string_view text, Tone tone) {
  const std::size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return std::string(text);
  const std::size_t last = text.find_last_not_of(' ');
  const char *m = marker(tone);
  return std::string(text.substr(0, first)) + m +
         escape_markdown(text.substr(first, last + 1 - first)) + m +
         std::string(text.substr(last + 1));
}

std::string styled(const Styled &s) {
  return styled(s.text, s.tone);
}

// Neighbouring parts of one tone are emphasised together: "**a**** b**" would not render.
std::string joined(const std::vector<Styled> &parts) {
  std::string s;
  for (std::size_t i = 0; i < parts.size();) {
    std::string text = parts[i].text;
    std::size_t j = i + 1;
    for (; j < parts.size() && parts[j].tone == parts[i].tone; ++j)
      text += parts[j].text;
    s += styled(text, parts[i].tone);
    i = j;
  }
  return s;
}

std::string quote_line(const Quote &q) {
  std::string s = q.side.empty() ? "" : "**" + escape_markdown(q.side) + ":** ";
  s += "\u201c" + escape_markdown(q.text) + "\u201d \u2014 " + escape_markdown(q.where);
  return s;
}

} // namespace

std::string escape_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (const char c : text) {
    switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '|':
    case '~':
      out += '\\';
      out += c;
      break;
    case '\n':
    case '\r':
    case '\t':
      out += ' ';
      break;
    default:
      out += c;
    }
  }
  return out;
}

void MarkdownRenderer::end_list() {
  if (in_list_) out_ << '\n';
  in_list_ = false;
}

void MarkdownRenderer::heading(int level, std::string_view text, const Styled &aside) {
  end_list();
  out_ << std::string(static_cast<std::size_t>(std::clamp(level, 1, 6)), '#') << ' '
       << escape_markdown(text);
  if (!aside.text.empty()) out_ << " \u2014 " << escape_markdown(aside.text);
  out_ << "\n\n";
}

void MarkdownRenderer::line(const std::vector<Styled> &parts) {
  end_list();
  const std::string text = joined(parts);
  if (!text.empty() && text.front() == '#') out_ << '\\'; // not a heading
  out_ << text << "\n\n";
}

void MarkdownRenderer::table(const Table &table) {
  end_list();
  if (table.columns.empty()) return;
  out_ << '|';
  for (const auto &c : table.columns)
    out_ << ' ' << escape_markdown(c.header) << " |";
  out_ << "\n|";
  for (const auto &c : table.columns)
    out_ << (c.align == Align::right ? " ---: |" : " --- |");
  out_ << '\n';
  for (const auto &row : table.rows) {
    out_ << '|';
    for (std::size_t c = 0; c < table.columns.size(); ++c)
      out_ << ' ' << (c < row.cells.size() ? styled(row.cells[c]) : std::string()) << " |";
    out_ << '\n';
  }
  out_ << '\n';
  // A pipe table cannot hold block quotes: the evidence follows, under each row's first cell.
  for (const auto &row : table.rows) {
    if (row.quotes.empty()) continue;
    out_ << "**" << (row.cells.empty() ? std::string() : escape_markdown(row.cells[0].text))
         << "**\n\n";
    for (std::size_t i = 0; i < row.quotes.size(); ++i)
      out_ << (i == 0 ? "" : ">\n") << "> " << quote_line(row.quotes[i]) << '\n';
    out_ << '\n';
  }
}

void MarkdownRenderer::bullet(const std::vector<Styled> &parts, const std::vector<Quote> &quotes) {
  in_list_ = true;
  out_ << "- " << joined(parts) << '\n';
  for (std::size_t i = 0; i < quotes.size(); ++i)
    out_ << (i == 0 ? "" : "  >\n") << "  > " << quote_line(quotes[i]) << '\n';
}

void MarkdownRenderer::finish() {
  end_list();
  out_.flush();
}

} // namespace aspectdiff::report
