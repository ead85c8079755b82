#include "comparison.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <string>

namespace aspectdiff::plugins::style {

namespace {

// One dimension of style. `scale` is a difference a reader notices (one "unit" of difference):
// similarity along it is exp(-|b - a| / scale), and a difference of at least `scale` becomes a
// finding. `format` prints the two values for the label.
struct Dimension {
  const char *metric;
  double scale;
  const char *more; // label when B has the higher value
  const char *less;
  double display_factor; // 100 for proportions shown as percentages
  const char *format;    // printf format of "(a vs b ...)", given b then a
};

constexpr std::array<Dimension, 8> dimensions{{
    {"mean_sentence_length", 6.0, "B writes longer sentences", "B writes shorter sentences", 1.0,
     " (%.1f vs %.1f words on average)"},
    {"sentence_length_sd", 5.0, "B varies its sentence length more",
     "B varies its sentence length less", 1.0, " (standard deviation %.1f vs %.1f words)"},
    {"flesch_kincaid_grade", 3.0, "B is harder to read", "B is easier to read", 1.0,
     " (grade %.1f vs %.1f)"},
    {"mtld", 25.0, "B's vocabulary is more varied", "B's vocabulary is less varied", 1.0,
     " (MTLD %.0f vs %.0f)"},
    {"quoted_share", 0.05, "B quotes more", "B quotes less", 100.0,
     " (%.0f%% vs %.0f%% of words in quotation marks)"},
    {"passive_rate", 5.0, "B uses the passive more often", "B uses the passive less often", 1.0,
     " (%.1f vs %.1f per 1,000 words)"},
    {"question_rate", 3.0, "B asks more questions", "B asks fewer questions", 1.0,
     " (%.1f vs %.1f per 1,000 words)"},
    {"exclamation_rate", 2.0, "B exclaims more often", "B exclaims less often", 1.0,
     " (%.1f vs %.1f per 1,000 words)"},
}};

const aspectdiff_metric *find(const sdk::ResultView &r, std::string_view name) {
  for (const auto &m : r.metrics())
    if (sdk::view(m.name) == name) return &m;
  return nullptr;
}

std::span<const sdk::Span> evidence(const aspectdiff_metric &m) {
  return {m.evidence, m.evidence_count};
}

} // namespace

void compare_styles(const sdk::ResultView &a, const sdk::ResultView &b,
                    const sdk::CompareWriter &out) {
  double total = 0.0;
  int used = 0;
  for (const auto &d : dimensions) {
    const auto *ma = find(a, d.metric);
    const auto *mb = find(b, d.metric);
    if (ma == nullptr || mb == nullptr) continue; // e.g. MTLD undefined for a short text
    const double delta = mb->value - ma->value;
    const double magnitude = std::abs(delta) / d.scale;
    total += std::exp(-magnitude);
    ++used;
    if (magnitude < 1.0) continue;
    char values[96];
    std::snprintf(values, sizeof values, d.format, mb->value * d.display_factor,
                  ma->value * d.display_factor);
    const std::string label = std::string(delta > 0 ? d.more : d.less) + values;
    sdk::Finding f;
    f.key = d.metric;
    f.label = label;
    f.category = "style";
    f.value_a = ma->value;
    f.value_b = mb->value;
    f.magnitude = magnitude;
    f.evidence_a = evidence(*ma);
    f.evidence_b = evidence(*mb);
    out.finding(f);
  }
  // Without a single shared dimension (a document without words) there is nothing to compare
  // with: the host's generic similarity stands.
  if (used > 0) out.similarity(total / used);
}

} // namespace aspectdiff::plugins::style
