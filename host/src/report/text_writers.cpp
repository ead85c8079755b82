// The terminal and Markdown writers: one outline per kind of run, printed by one renderer each.
#include "report/markdown_renderer.hpp"
#include "report/outlines.hpp"
#include "report/report.hpp"
#include "report/terminal_renderer.hpp"

namespace aspectdiff::report {

void write_extract_terminal(std::ostream &out, const model::ExtractRun &run,
                            const ReportOptions &options) {
  TerminalRenderer renderer(out, options.color, options.width);
  render_extract(renderer, run, options);
}

void write_compare_terminal(std::ostream &out, const model::CompareRun &run,
                            const ReportOptions &options) {
  TerminalRenderer renderer(out, options.color, options.width);
  render_compare(renderer, run, options);
}

void write_extract_markdown(std::ostream &out, const model::ExtractRun &run,
                            const ReportOptions &options) {
  MarkdownRenderer renderer(out);
  render_extract(renderer, run, options);
}

void write_compare_markdown(std::ostream &out, const model::CompareRun &run,
                            const ReportOptions &options) {
  MarkdownRenderer renderer(out);
  render_compare(renderer, run, options);
}

} // namespace aspectdiff::report
