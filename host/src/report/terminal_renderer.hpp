// Prints an outline for a terminal: aligned tables sized to the terminal width, wrapped quotes,
// and ANSI colour only when asked for.
#pragma once

#include "report/outline.hpp"

#include <cstddef>
#include <ostream>
#include <string>

namespace aspectdiff::report {

class TerminalRenderer final : public Renderer {
public:
  TerminalRenderer(std::ostream &out, bool color, unsigned width);

  void heading(int level, std::string_view text, const Styled &aside) override;
  void line(const std::vector<Styled> &parts) override;
  void table(const Table &table) override;
  void bullet(const std::vector<Styled> &parts, const std::vector<Quote> &quotes) override;
  void finish() override;

private:
  std::string paint(std::string_view text, Tone tone) const;
  // Prints `parts` after `lead`, wrapped at the terminal width with `hanging` spaces before
  // each following line.
  void wrapped(const std::vector<Styled> &parts, const std::string &lead, std::size_t hanging);
  void quotes(const std::vector<Quote> &quotes, std::size_t indent);

  std::ostream &out_;
  bool color_;
  std::size_t width_;
  std::size_t indent_ = 0; // of the content under the latest heading
};

} // namespace aspectdiff::report
