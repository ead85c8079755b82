// The shape of a human-readable report, independent of how it is printed: headings, lines,
// tables whose rows may carry quoted evidence, and bullet lists. The extract and compare
// outlines describe a run through a Renderer; the terminal and Markdown renderers print it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::report {

// How a piece of text should stand out; only the terminal renderer with colour shows it.
enum class Tone : unsigned char { plain, strong, muted, good, bad, warn };

struct Styled {
  std::string text;
  Tone tone = Tone::plain;
};

// A quoted sentence with its side ("A", "B" or empty) and place ("essay.txt:12").
struct Quote {
  std::string side;
  std::string text;
  std::string where;
};

enum class Align : unsigned char { left, right };

struct Column {
  std::string header;
  Align align = Align::left;
};

struct Row {
  std::vector<Styled> cells;
  std::vector<Quote> quotes; // evidence shown under the row
};

struct Table {
  std::vector<Column> columns;
  std::vector<Row> rows;
};

class Renderer {
public:
  virtual ~Renderer() = default;
  // Level 1: the run; 2: a document; 3: an aspect; 4: a list within an aspect.
  virtual void heading(int level, std::string_view text, const Styled &aside) = 0;
  virtual void line(const std::vector<Styled> &parts) = 0;
  virtual void table(const Table &table) = 0;
  virtual void bullet(const std::vector<Styled> &parts, const std::vector<Quote> &quotes) = 0;
  virtual void finish() = 0;
};

} // namespace aspectdiff::report
