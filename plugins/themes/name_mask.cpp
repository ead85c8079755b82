#include "name_mask.hpp"

#include <algorithm>
#include <charconv>

namespace aspectdiff::plugins::themes {

std::vector<NameRange> name_ranges(const sdk::Document &doc,
                                   const std::optional<sdk::ResultView> &actors) {
  std::vector<NameRange> names;
  if (!actors) return names;
  const auto tokens = doc.tokens();
  for (const auto &item : actors->items()) {
    const auto category = sdk::view(item.category);
    if (category != "organisation" && category != "facility") continue;
    double confidence = 0.0;
    const auto text = sdk::ResultView::attribute(item, "confidence");
    std::from_chars(text.data(), text.data() + text.size(), confidence);
    if (confidence < min_name_confidence) continue;
    for (const auto &span : sdk::ResultView::evidence(item)) {
      // Tokens are in text order: the first that starts inside the span, then all that end
      // inside it.
      const auto first = std::lower_bound(
          tokens.begin(), tokens.end(), span.begin,
          [](const sdk::Token &t, std::uint32_t offset) { return t.begin < offset; });
      auto last = first;
      while (last != tokens.end() && last->end <= span.end)
        ++last;
      if (last - first >= 2)
        names.push_back({static_cast<std::uint32_t>(first - tokens.begin()),
                         static_cast<std::uint32_t>(last - tokens.begin())});
    }
  }
  std::sort(names.begin(), names.end(),
            [](const NameRange &x, const NameRange &y) { return x.first < y.first; });
  std::vector<NameRange> merged;
  for (const auto &n : names)
    if (!merged.empty() && n.first < merged.back().end)
      merged.back().end = std::max(merged.back().end, n.end);
    else
      merged.push_back(n);
  return merged;
}

} // namespace aspectdiff::plugins::themes
