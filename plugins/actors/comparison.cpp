#include "comparison.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace aspectdiff::plugins::actors {

namespace {

using sdk::view;

struct Side {
  const sdk::Document &doc;
  std::map<std::string_view, const aspectdiff_item *> items;
  // pair of keys (ordered) -> sentence indices where both are mentioned
  std::map<std::pair<std::string_view, std::string_view>, std::vector<std::uint32_t>> pairs;
};

std::uint32_t sentence_of(const sdk::Document &doc, std::uint32_t offset) {
  const auto sentences = doc.sentences();
  const auto it =
      std::upper_bound(sentences.begin(), sentences.end(), offset,
                       [](std::uint32_t o, const sdk::Segment &s) { return o < s.begin; });
  return it == sentences.begin() ? 0u : static_cast<std::uint32_t>(it - sentences.begin() - 1);
}

Side read_side(const sdk::Document &doc, const sdk::ResultView &r) {
  Side side{doc, {}, {}};
  std::map<std::uint32_t, std::set<std::string_view>> by_sentence;
  for (const auto &it : r.items()) {
    side.items.emplace(view(it.key), &it);
    for (const auto &span : sdk::ResultView::evidence(it))
      by_sentence[sentence_of(doc, span.begin)].insert(view(it.key));
  }
  for (const auto &[sentence, keys] : by_sentence)
    for (auto x = keys.begin(); x != keys.end(); ++x)
      for (auto y = std::next(x); y != keys.end(); ++y)
        side.pairs[{*x, *y}].push_back(sentence);
  return side;
}

std::vector<sdk::Span> first_spans(const aspectdiff_item &it, std::size_t n) {
  const auto ev = sdk::ResultView::evidence(it);
  return {ev.begin(), ev.begin() + static_cast<std::ptrdiff_t>(std::min(n, ev.size()))};
}

std::vector<sdk::Span> sentence_spans(const Side &s, const std::vector<std::uint32_t> &in,
                                      std::size_t n) {
  std::vector<sdk::Span> out;
  for (const auto i : in) {
    if (out.size() == n) break;
    out.push_back(sdk::Document::span_of(s.doc.sentences()[i]));
  }
  return out;
}

std::string fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

double agent_share(const aspectdiff_item &it) {
  const auto agents = sdk::ResultView::attribute(it, "mentions_as_agent");
  if (agents.empty() || it.count == 0) return 0.0;
  return std::stod(std::string(agents)) / static_cast<double>(it.count);
}

struct Pending {
  double magnitude;
  std::string key, label, category;
  double a, b;
  std::vector<sdk::Span> ea, eb;
};

void flush(std::vector<Pending> &found, std::size_t max, const sdk::CompareWriter &out) {
  std::stable_sort(found.begin(), found.end(),
                   [](const Pending &x, const Pending &y) { return x.magnitude > y.magnitude; });
  if (found.size() > max) found.resize(max);
  for (const auto &f : found)
    out.finding({.key = f.key,
                 .label = f.label,
                 .category = f.category,
                 .value_a = f.a,
                 .value_b = f.b,
                 .magnitude = f.magnitude,
                 .evidence_a = f.ea,
                 .evidence_b = f.eb});
  found.clear();
}

std::string label_of(const Side &s, std::string_view key) {
  const auto it = s.items.find(key);
  return it == s.items.end() ? std::string(key) : std::string(view(it->second->label));
}

// The partner an actor is most often paired with on one side, excluding `skip`.
std::pair<std::string_view, const std::vector<std::uint32_t> *>
top_partner(const Side &s, std::string_view key, const std::set<std::string_view> &skip) {
  std::pair<std::string_view, const std::vector<std::uint32_t> *> best{{}, nullptr};
  for (const auto &[pair, sentences] : s.pairs) {
    if (pair.first != key && pair.second != key) continue;
    const auto other = pair.first == key ? pair.second : pair.first;
    if (skip.contains(other)) continue;
    if (best.second == nullptr || sentences.size() > best.second->size())
      best = {other, &sentences};
  }
  return best;
}

} // namespace

double weighted_overlap(const sdk::ResultView &a, const sdk::ResultView &b) {
  std::map<std::string_view, std::pair<double, double>> w;
  for (const auto &it : a.items())
    w[view(it.key)].first = it.weight;
  for (const auto &it : b.items())
    w[view(it.key)].second = it.weight;
  if (w.empty()) return 1.0;
  double low = 0.0, high = 0.0;
  for (const auto &[key, ab] : w) {
    low += std::min(ab.first, ab.second);
    high += std::max(ab.first, ab.second);
  }
  return high > 0.0 ? low / high : 1.0;
}

void compare_actors(const sdk::Document &a, const sdk::ResultView &ra, const sdk::Document &b,
                    const sdk::ResultView &rb, const CompareOptions &options,
                    const sdk::CompareWriter &out) {
  out.similarity(weighted_overlap(ra, rb));
  const Side sa = read_side(a, ra), sb = read_side(b, rb);
  std::vector<Pending> found;

  // Shared and unique actors: an overview, then the salient ones only one side names.
  std::size_t shared = 0;
  for (const auto &[key, it] : sa.items)
    shared += sb.items.contains(key) ? 1 : 0;
  out.finding({.key = "overview",
               .label = "shared actors: " + std::to_string(shared) +
                        "; only in A: " + std::to_string(sa.items.size() - shared) +
                        "; only in B: " + std::to_string(sb.items.size() - shared),
               .category = "overview",
               .value_a = static_cast<double>(sa.items.size()),
               .value_b = static_cast<double>(sb.items.size()),
               .magnitude = 0.0,
               .evidence_a = {},
               .evidence_b = {}});
  for (const auto &[side, other, name] : {std::tuple{&sa, &sb, "A"}, std::tuple{&sb, &sa, "B"}}) {
    for (const auto &[key, it] : side->items) {
      if (other->items.contains(key) || it->weight < options.min_unique_weight) continue;
      const bool in_a = side == &sa;
      found.push_back({it->weight, "only:" + std::string(key),
                       std::string("only ") + name + " names " + std::string(view(it->label)) +
                           " (" + std::to_string(it->count) + " mentions)",
                       in_a ? "only_a" : "only_b", in_a ? it->weight : 0.0, in_a ? 0.0 : it->weight,
                       in_a ? first_spans(*it, options.evidence) : std::vector<sdk::Span>{},
                       in_a ? std::vector<sdk::Span>{} : first_spans(*it, options.evidence)});
    }
  }
  flush(found, options.max_findings * 2, out);

  // Salience shifts and differences in how often an actor acts.
  for (const auto &[key, ia] : sa.items) {
    const auto jb = sb.items.find(key);
    if (jb == sb.items.end()) continue;
    const auto *ib = jb->second;
    const double d = ib->weight - ia->weight;
    const std::string label(view(ia->label));
    if (std::abs(d) >= options.min_shift)
      found.push_back({std::abs(d), "salience:" + std::string(key),
                       (d > 0 ? "B gives " : "A gives ") + label + " more prominence (" +
                           fixed(ia->weight) + " in A, " + fixed(ib->weight) + " in B)",
                       "salience", ia->weight, ib->weight, first_spans(*ia, options.evidence),
                       first_spans(*ib, options.evidence)});
    if (ia->count >= 3 && ib->count >= 3) {
      const double xa = agent_share(*ia), xb = agent_share(*ib);
      if (std::abs(xa - xb) >= 0.4)
        found.push_back({std::abs(xa - xb) * 0.5, "agency:" + std::string(key),
                         label + " acts in " + std::to_string(std::lround(xa * 100)) +
                             "% of its mentions in A, " + std::to_string(std::lround(xb * 100)) +
                             "% in B",
                         "agency", xa, xb, first_spans(*ia, options.evidence),
                         first_spans(*ib, options.evidence)});
    }
  }
  flush(found, options.max_findings, out);

  // Pairings: for an actor both sides name, its most frequent partner on each side when the
  // other side never pairs them.
  for (const auto &[key, ia] : sa.items) {
    if (!sb.items.contains(key)) continue;
    std::set<std::string_view> none;
    const auto pa = top_partner(sa, key, none), pb = top_partner(sb, key, none);
    if (pa.second == nullptr && pb.second == nullptr) continue;
    auto paired_in = [&](const Side &s, std::string_view x, std::string_view y) {
      return s.pairs.contains({std::min(x, y), std::max(x, y)});
    };
    const bool a_only = pa.second != nullptr && !paired_in(sb, key, pa.first);
    const bool b_only = pb.second != nullptr && !paired_in(sa, key, pb.first);
    if (!a_only && !b_only) continue;
    // Report each unordered pair once: from the actor whose key sorts first.
    if (a_only && !b_only && pa.first < key) continue;
    if (b_only && !a_only && pb.first < key) continue;
    const std::string me(view(ia->label));
    std::string label;
    if (a_only && b_only)
      label = "A pairs " + me + " with " + label_of(sa, pa.first) + "; B pairs " + me + " with " +
              label_of(sb, pb.first);
    else if (a_only)
      label = "A pairs " + me + " with " + label_of(sa, pa.first) + " (" +
              std::to_string(pa.second->size()) + " sentences); B never does";
    else
      label = "B pairs " + me + " with " + label_of(sb, pb.first) + " (" +
              std::to_string(pb.second->size()) + " sentences); A never does";
    const double va = a_only ? static_cast<double>(pa.second->size()) : 0.0;
    const double vb = b_only ? static_cast<double>(pb.second->size()) : 0.0;
    found.push_back(
        {0.1 * (va + vb), "pairing:" + std::string(key), label, "pairing", va, vb,
         a_only ? sentence_spans(sa, *pa.second, options.evidence) : std::vector<sdk::Span>{},
         b_only ? sentence_spans(sb, *pb.second, options.evidence) : std::vector<sdk::Span>{}});
  }
  flush(found, options.max_findings, out);
}

} // namespace aspectdiff::plugins::actors
