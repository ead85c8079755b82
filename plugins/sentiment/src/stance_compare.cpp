#include "stance_compare.hpp"

#include "bootstrap.hpp"
#include "summary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

namespace aspectdiff::plugins::sentiment {

namespace {

// Rows shown besides the findings and the actors of interest: the most mentioned actors.
constexpr std::size_t other_rows = 8;
// A side needs this many mentions before its mean is compared at all.
constexpr std::size_t min_mentions = 2;
// The bootstrap's standard error of two or three equal values is zero; a difference is never
// taken as surer than this.
constexpr double min_standard_error = 0.05;
constexpr std::size_t words_per_side = 4;

struct Side {
  const aspectdiff_item *item = nullptr;
  const aspectdiff_metric *metric = nullptr;
  std::span<const double> values() const {
    return metric == nullptr
               ? std::span<const double>{}
               : std::span<const double>{metric->sentence_values, metric->sentence_value_count};
  }
  bool present() const { return !values().empty(); }
  bool of_interest() const {
    return item != nullptr && sdk::ResultView::attribute(*item, "of_interest") == "yes";
  }
};

std::map<std::string, Side> sides_of(const sdk::ResultView &r) {
  std::map<std::string, Side> out;
  for (const auto &item : r.items())
    if (sdk::view(item.category) == "actor") out[std::string(sdk::view(item.key))].item = &item;
  for (const auto &m : r.metrics()) {
    const auto name = sdk::view(m.name);
    if (name.starts_with("stance:")) out[std::string(name.substr(7))].metric = &m;
  }
  return out;
}

// "+0.41 over 9 mentions (1 negative, 3 neutral, 5 positive)", or "not named".
std::string describe(const Side &s) {
  if (!s.present() || s.item == nullptr) return "not named";
  const auto attr = [&](std::string_view key) {
    return std::string(sdk::ResultView::attribute(*s.item, key));
  };
  const auto mentions = attr("mentions");
  return signed_number(s.metric->value) + " over " + mentions +
         (mentions == "1" ? " mention (" : " mentions (") + attr("negative_mentions") +
         " negative, " + attr("neutral_mentions") + " neutral, " + attr("positive_mentions") +
         " positive)";
}

// The words behind a side's score: the driver words its stance metric quotes, each once.
std::string words_of(const sdk::Document &doc, const Side &s) {
  if (s.metric == nullptr) return {};
  std::vector<std::string> words;
  for (std::size_t i = 0; i < s.metric->evidence_count && words.size() < words_per_side; ++i) {
    const auto &span = s.metric->evidence[i];
    std::string w(doc.text().substr(span.begin, span.end - span.begin));
    if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(std::move(w));
  }
  std::string out;
  for (const auto &w : words)
    out += (out.empty() ? "\"" : ", \"") + w + "\"";
  return out;
}

std::string label_of(const Side &a, const Side &b) {
  const auto *item = b.item != nullptr ? b.item : a.item;
  return item != nullptr ? std::string(sdk::view(item->label)) : std::string("?");
}

struct Row {
  std::string key;
  Side a, b;
  double difference = 0.0;
  double magnitude = 0.0; // difference / bootstrap standard error
  Interval interval;
  bool compared = false;
  bool finding = false;
  double mentions = 0.0;
};

} // namespace

double compare_stance(const sdk::Document &a, const sdk::ResultView &ra, const sdk::Document &b,
                      const sdk::ResultView &rb, const sdk::CompareWriter &out) {
  auto sides_a = sides_of(ra), sides_b = sides_of(rb);
  std::map<std::string, Row> rows;
  for (const auto &[key, side] : sides_a)
    rows[key].a = side;
  for (const auto &[key, side] : sides_b)
    rows[key].b = side;

  std::vector<Row> table;
  double gap_total = 0.0;
  std::size_t gap_count = 0;
  for (auto &[key, row] : rows) {
    row.key = key;
    const auto va = row.a.values(), vb = row.b.values();
    row.mentions = static_cast<double>(va.size() + vb.size());
    if (!va.empty() && !vb.empty()) {
      row.difference = row.b.metric->value - row.a.metric->value;
      gap_total += std::abs(row.difference);
      ++gap_count;
    }
    if (out.similarity_only()) continue; // the gap is all the similarity needs
    if (va.size() >= min_mentions && vb.size() >= min_mentions) {
      row.compared = true;
      row.interval = bootstrap_mean_difference(va, vb);
      row.magnitude =
          std::abs(row.difference) / std::max(row.interval.standard_error, min_standard_error);
      row.finding = row.interval.low > 0.0 || row.interval.high < 0.0;
    }
    table.push_back(std::move(row));
  }
  const double gap = gap_count > 0 ? gap_total / static_cast<double>(gap_count) : 0.0;
  if (out.similarity_only()) return gap;
  // Findings first, by standardised size; then the other compared rows, the same way; then the
  // rest by how often they are named.
  std::stable_sort(table.begin(), table.end(), [](const Row &x, const Row &y) {
    if (x.finding != y.finding) return x.finding;
    if (x.compared != y.compared) return x.compared;
    if (x.magnitude != y.magnitude) return x.magnitude > y.magnitude;
    return x.mentions > y.mentions;
  });

  std::size_t others = 0;
  for (const auto &row : table) {
    const bool of_interest = row.a.of_interest() || row.b.of_interest();
    if (!row.finding && !of_interest && others++ >= other_rows) continue;
    const std::string name = label_of(row.a, row.b);
    std::string label;
    if (row.finding)
      label = std::string(row.difference < 0.0 ? "B is colder toward " : "B is warmer toward ") +
              name + " than A: ";
    else if (row.compared)
      label = "A and B are not told apart in their stance toward " + name + ": ";
    else
      label = "Stance toward " + name + ": ";
    label += "A " + describe(row.a) + "; B " + describe(row.b);
    if (row.compared)
      label += "; difference " + signed_number(row.difference) + " (95% interval " +
               signed_number(row.interval.low) + " to " + signed_number(row.interval.high) + ")";
    const auto words_a = words_of(a, row.a), words_b = words_of(b, row.b);
    if (!words_a.empty() || !words_b.empty())
      label += ". Words: A " + (words_a.empty() ? std::string("none") : words_a) + "; B " +
               (words_b.empty() ? std::string("none") : words_b);
    const std::string key = "stance:" + row.key;
    out.finding({.key = key,
                 .label = label,
                 .category = row.finding ? "stance" : "stance-table",
                 .value_a = row.a.present() ? row.a.metric->value : 0.0,
                 .value_b = row.b.present() ? row.b.metric->value : 0.0,
                 .magnitude = row.magnitude,
                 .evidence_a = row.a.item != nullptr ? sdk::ResultView::evidence(*row.a.item)
                                                     : std::span<const sdk::Span>{},
                 .evidence_b = row.b.item != nullptr ? sdk::ResultView::evidence(*row.b.item)
                                                     : std::span<const sdk::Span>{}});
  }
  return gap;
}

} // namespace aspectdiff::plugins::sentiment
