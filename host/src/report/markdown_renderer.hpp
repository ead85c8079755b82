// Prints an outline as GitHub-flavoured Markdown: headings, pipe tables with escaped cells, and
// evidence as block quotes after the table it belongs to.
#pragma once

#include "report/outline.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace aspectdiff::report {

// `text` with the characters Markdown would interpret backslash-escaped (`|` included, so the
// result is safe in a table cell) and line breaks turned into spaces.
std::string escape_markdown(std::string_view text);

class MarkdownRenderer final : public Renderer {
public:
  explicit MarkdownRenderer(std::ostream &out) : out_(out) {}

  void heading(int level, std::string_view text, const Styled &aside) override;
  void line(const std::vector<Styled> &parts) override;
  void table(const Table &table) override;
  void bullet(const std::vector<Styled> &parts, const std::vector<Quote> &quotes) override;
  void finish() override;

private:
  void end_list();

  std::ostream &out_;
  bool in_list_ = false;
};

} // namespace aspectdiff::report
