#include "report/evidence.hpp"

#include "report/report.hpp"

#include <algorithm>

namespace aspectdiff::report {

std::string_view document_name(const model::Document &doc) noexcept {
  return doc.path.empty() || doc.line != 0 ? std::string_view(doc.id) : std::string_view(doc.path);
}

std::string Locator::where(const model::Document &doc, std::uint32_t offset) {
  const std::string_view file = doc.path.empty() ? std::string_view(doc.id) : doc.path;
  if (doc.line != 0) return std::string(file) + ":" + std::to_string(doc.line);

  auto [it, inserted] = line_starts_.try_emplace(&doc);
  if (inserted) {
    auto &starts = it->second;
    starts.push_back(0);
    for (std::size_t i = doc.text.find('\n'); i != std::string::npos;
         i = doc.text.find('\n', i + 1))
      starts.push_back(static_cast<std::uint32_t>(i + 1));
  }
  const auto &starts = it->second;
  const auto line = std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin();
  return std::string(file) + ":" + std::to_string(line);
}

void EvidenceQuoter::add(std::vector<Quote> &out, const model::Document *doc,
                         std::span<const model::Span> spans, std::string_view side) {
  if (!enabled_ || doc == nullptr) return;
  std::size_t added = 0;
  const std::size_t first = out.size();
  for (const auto &span : spans) {
    if (added == limit_) break;
    std::string text = quote(*doc, span, true);
    if (text.empty()) continue;
    // Several spans in one sentence would repeat the same quote.
    const bool seen = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                                  [&](const Quote &q) { return q.text == text; });
    if (seen) continue;
    out.push_back({std::string(side), std::move(text), locator_.where(*doc, span.begin)});
    ++added;
  }
}

} // namespace aspectdiff::report
