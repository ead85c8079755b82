#include "compare/item_diff.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace aspectdiff::compare {

namespace {

// One side's items, merged by key and sorted by key.
struct KeyedItem {
  const model::Item *first = nullptr;
  double weight = 0.0;
  std::uint64_t count = 0;
  std::vector<model::Span> evidence;
};

void append_evidence(std::vector<model::Span> &out, const std::vector<model::Span> &from,
                     std::size_t cap) {
  for (const auto &span : from) {
    if (out.size() >= cap) return;
    out.push_back(span);
  }
}

std::vector<KeyedItem> by_key(std::span<const model::Item> items, std::size_t evidence_cap) {
  std::vector<const model::Item *> sorted;
  sorted.reserve(items.size());
  for (const auto &item : items)
    sorted.push_back(&item);
  // Stable, so that when a key repeats, the first occurrence supplies label and category.
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const model::Item *x, const model::Item *y) { return x->key < y->key; });

  std::vector<KeyedItem> merged;
  merged.reserve(sorted.size());
  for (const model::Item *item : sorted) {
    if (merged.empty() || merged.back().first->key != item->key) merged.push_back({item, 0, 0, {}});
    KeyedItem &into = merged.back();
    into.weight += item->weight;
    into.count += item->count;
    append_evidence(into.evidence, item->evidence, evidence_cap);
  }
  return merged;
}

model::ItemDiff start_diff(const model::Item &item) {
  model::ItemDiff diff;
  diff.key = item.key;
  diff.label = item.label;
  diff.category = item.category;
  return diff;
}

void fill_a(model::ItemDiff &diff, KeyedItem &&from) {
  diff.in_a = true;
  diff.weight_a = from.weight;
  diff.count_a = from.count;
  diff.evidence_a = std::move(from.evidence);
}

void fill_b(model::ItemDiff &diff, KeyedItem &&from) {
  diff.in_b = true;
  diff.weight_b = from.weight;
  diff.count_b = from.count;
  diff.evidence_b = std::move(from.evidence);
}

// A NaN weight (a plugin's bug) sorts last instead of breaking the ordering std::sort needs.
template <class Magnitude>
void sort_largest_first(std::vector<model::ItemDiff> &diffs, Magnitude magnitude) {
  auto ordered = [&](const model::ItemDiff &d) {
    const double m = magnitude(d);
    return std::isnan(m) ? -1.0 : m;
  };
  std::sort(diffs.begin(), diffs.end(), [&](const model::ItemDiff &x, const model::ItemDiff &y) {
    const double mx = ordered(x), my = ordered(y);
    if (mx != my) return mx > my;
    return x.key < y.key;
  });
}

} // namespace

ItemSets diff_items(std::span<const model::Item> a, std::span<const model::Item> b,
                    std::size_t evidence_cap) {
  std::vector<KeyedItem> left = by_key(a, evidence_cap);
  std::vector<KeyedItem> right = by_key(b, evidence_cap);

  ItemSets sets;
  std::size_t i = 0, j = 0;
  while (i < left.size() || j < right.size()) {
    const int order = i == left.size()    ? 1
                      : j == right.size() ? -1
                                          : left[i].first->key.compare(right[j].first->key);
    if (order < 0) {
      model::ItemDiff diff = start_diff(*left[i].first);
      fill_a(diff, std::move(left[i++]));
      sets.only_a.push_back(std::move(diff));
    } else if (order > 0) {
      model::ItemDiff diff = start_diff(*right[j].first);
      fill_b(diff, std::move(right[j++]));
      sets.only_b.push_back(std::move(diff));
    } else {
      model::ItemDiff diff = start_diff(*left[i].first);
      fill_a(diff, std::move(left[i++]));
      fill_b(diff, std::move(right[j++]));
      sets.shared.push_back(std::move(diff));
    }
  }

  sort_largest_first(sets.only_a, [](const model::ItemDiff &d) { return std::fabs(d.weight_a); });
  sort_largest_first(sets.only_b, [](const model::ItemDiff &d) { return std::fabs(d.weight_b); });
  sort_largest_first(sets.shared,
                     [](const model::ItemDiff &d) { return std::fabs(d.weight_b - d.weight_a); });
  return sets;
}

} // namespace aspectdiff::compare
