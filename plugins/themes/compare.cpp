// Themes::compare: cosine similarity of the two theme distributions; the themes each side
// emphasises more, with the sentences behind them on both sides; key phrases shared and unique.
// Magnitudes are z-like, as the ABI asks: a two-proportion z for a theme's share (the themed
// sentences of each side are its sample). Key-phrase findings describe and do not rank
// (magnitude 0): a phrase missing from the other side's list may still be in its text.
#include "themes_plugin.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

namespace aspectdiff::plugins::themes {
namespace {

struct Side {
  std::map<std::string_view, const aspectdiff_item *> themes;  // majors and finer themes
  std::map<std::string_view, const aspectdiff_item *> phrases; // key phrases
  double sentences = 0.0;                                      // in the document
  double themed_sentences = 0.0; // with a hand-written cue: the sample behind the shares
};

Side read_side(const sdk::Document &doc, const sdk::ResultView &r) {
  Side s;
  s.sentences = static_cast<double>(doc.sentences().size());
  for (const auto &m : r.metrics())
    if (sdk::view(m.name) == "themed_sentences") s.themed_sentences = m.value * s.sentences;
  for (const auto &it : r.items()) {
    const auto category = sdk::view(it.category);
    if (category == "major" || category == "theme") s.themes.emplace(sdk::view(it.key), &it);
    if (category == "key_phrase") s.phrases.emplace(sdk::view(it.key), &it);
  }
  return s;
}

// Cosine over the union of both sides' themes, top level and finer together. Two documents
// without any theme are alike in having none.
double cosine(const Side &a, const Side &b) {
  if (a.themes.empty() && b.themes.empty()) return 1.0;
  double dot = 0.0, na = 0.0, nb = 0.0;
  for (const auto &[key, it] : a.themes) {
    na += it->weight * it->weight;
    if (const auto f = b.themes.find(key); f != b.themes.end())
      dot += it->weight * f->second->weight;
  }
  for (const auto &[key, it] : b.themes)
    nb += it->weight * it->weight;
  if (na == 0.0 || nb == 0.0) return 0.0;
  return std::clamp(dot / std::sqrt(na * nb), 0.0, 1.0);
}

std::string short_name(std::string_view id) {
  const auto slash = id.find_last_of('/');
  return std::string(slash == std::string_view::npos ? id : id.substr(slash + 1));
}

// "theme:energy" -> "energy", "phrase:gas pipelin" -> "gas pipelin".
std::string_view without_prefix(std::string_view key) {
  const auto colon = key.find(':');
  return colon == std::string_view::npos ? key : key.substr(colon + 1);
}

std::string percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", share * 100.0);
  return buf;
}

// Two-proportion z of shares `pa` and `pb` estimated from `na` and `nb` themed sentences (at
// least one each, so that a side with a single themed sentence is weak evidence, not none).
double share_z(double pa, double pb, double na, double nb) {
  na = std::max(na, 1.0);
  nb = std::max(nb, 1.0);
  const double pooled = (pa * na + pb * nb) / (na + nb);
  const double variance = pooled * (1.0 - pooled) * (1.0 / na + 1.0 / nb);
  return variance > 0.0 ? std::abs(pa - pb) / std::sqrt(variance) : 0.0;
}

std::span<const sdk::Span> evidence_of(const aspectdiff_item *it) {
  if (it == nullptr) return {};
  return sdk::ResultView::evidence(*it);
}

} // namespace

void Themes::compare(const sdk::Document &a, const sdk::ResultView &ra, const sdk::Document &b,
                     const sdk::ResultView &rb, const sdk::CompareWriter &out) const {
  const Side sa = read_side(a, ra);
  const Side sb = read_side(b, rb);
  out.similarity(cosine(sa, sb));
  const std::string name_a = short_name(a.id());
  const std::string name_b = short_name(b.id());

  // Emphasis: every theme whose share differs by at least the threshold, largest first.
  std::map<std::string_view, std::pair<const aspectdiff_item *, const aspectdiff_item *>> all;
  for (const auto &[k, it] : sa.themes)
    all[k].first = it;
  for (const auto &[k, it] : sb.themes)
    all[k].second = it;
  struct Emphasis {
    std::string_view key;
    const aspectdiff_item *a, *b;
    double wa, wb;
  };
  std::vector<Emphasis> emphases;
  for (const auto &[key, pair] : all) {
    const double wa = pair.first ? pair.first->weight : 0.0;
    const double wb = pair.second ? pair.second->weight : 0.0;
    if (std::abs(wa - wb) >= settings_.emphasis_threshold && std::abs(wa - wb) > 0.0)
      emphases.push_back({key, pair.first, pair.second, wa, wb});
  }
  std::stable_sort(emphases.begin(), emphases.end(), [](const auto &x, const auto &y) {
    return std::abs(x.wa - x.wb) > std::abs(y.wa - y.wb);
  });
  for (const auto &e : emphases) {
    const auto *any = e.a ? e.a : e.b;
    const std::string theme(sdk::view(any->label));
    const bool a_more = e.wa > e.wb;
    const std::string level = sdk::view(any->category) == "major" ? "top-level theme" : "theme";
    const std::string label = (a_more ? name_a : name_b) + " gives more weight to " + level + " '" +
                              theme + "' (" + percent(a_more ? e.wa : e.wb) + ") than " +
                              (a_more ? name_b : name_a) + " (" + percent(a_more ? e.wb : e.wa) +
                              ")";
    const std::string key = "emphasis:" + std::string(without_prefix(e.key));
    out.finding({.key = key,
                 .label = label,
                 .category = a_more ? "emphasised_in_a" : "emphasised_in_b",
                 .value_a = e.wa,
                 .value_b = e.wb,
                 .magnitude = share_z(e.wa, e.wb, sa.themed_sentences, sb.themed_sentences),
                 .evidence_a = evidence_of(e.a),
                 .evidence_b = evidence_of(e.b),
                 .coverage = std::max(e.wa, e.wb)});
  }

  // Key phrases: shared ones, then the best of those only one side has.
  constexpr std::size_t max_unique = 5;
  for (const auto &[key, it] : sa.phrases) {
    const auto f = sb.phrases.find(key);
    if (f == sb.phrases.end()) continue;
    const std::string label = "both stress '" + std::string(sdk::view(it->label)) + "'";
    const std::string fkey = "shared_phrase:" + std::string(without_prefix(key));
    out.finding({.key = fkey,
                 .label = label,
                 .category = "shared_key_phrase",
                 .value_a = it->weight,
                 .value_b = f->second->weight,
                 .magnitude = 0.0,
                 .evidence_a = evidence_of(it),
                 .evidence_b = evidence_of(f->second),
                 .coverage = -1.0});
  }
  auto unique = [&](const Side &mine, const Side &other, bool is_a) {
    std::vector<const aspectdiff_item *> only;
    for (const auto &[key, it] : mine.phrases)
      if (!other.phrases.contains(key)) only.push_back(it);
    std::stable_sort(only.begin(), only.end(),
                     [](const auto *x, const auto *y) { return x->weight > y->weight; });
    if (only.size() > max_unique) only.resize(max_unique);
    for (const auto *it : only) {
      const std::string label = "only " + (is_a ? name_a : name_b) + " has key phrase '" +
                                std::string(sdk::view(it->label)) + "'";
      const std::string fkey = "unique_phrase:" + std::string(without_prefix(sdk::view(it->key)));
      out.finding({.key = fkey,
                   .label = label,
                   .category = is_a ? "key_phrase_only_a" : "key_phrase_only_b",
                   .value_a = is_a ? it->weight : 0.0,
                   .value_b = is_a ? 0.0 : it->weight,
                   .magnitude = 0.0,
                   .evidence_a = is_a ? evidence_of(it) : std::span<const sdk::Span>{},
                   .evidence_b = is_a ? std::span<const sdk::Span>{} : evidence_of(it),
                   .coverage = -1.0});
    }
  };
  unique(sa, sb, true);
  unique(sb, sa, false);
}

} // namespace aspectdiff::plugins::themes
