#include "items.hpp"

#include "metrics.hpp"

#include <algorithm>
#include <charconv>
#include <map>

namespace aspectdiff::plugins::style {

namespace {

constexpr std::size_t label_bytes = 80;

// Text for a label: whitespace runs collapsed, cut at a character boundary with an ellipsis.
std::string label_of(std::string_view text) {
  std::string out;
  out.reserve(std::min(text.size(), label_bytes + 3));
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (out.size() >= label_bytes && (static_cast<unsigned char>(c) & 0xC0u) != 0x80u) {
      out += "\u2026";
      return out;
    }
    out.push_back(c);
  }
  return out;
}

std::string fixed(double v, int decimals) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  return std::string(buf, r.ptr);
}

void write_long_sentences(const sdk::Document &doc, const Profile &p, const Settings &settings,
                          const sdk::ResultWriter &out) {
  std::vector<std::uint32_t> long_ones;
  for (std::size_t i = 0; i < p.sentences.size(); ++i)
    if (p.sentences[i].words >= settings.long_sentence_words)
      long_ones.push_back(static_cast<std::uint32_t>(i));
  std::stable_sort(long_ones.begin(), long_ones.end(), [&](std::uint32_t a, std::uint32_t b) {
    return p.sentences[a].words > p.sentences[b].words;
  });
  if (long_ones.size() > settings.max_evidence) long_ones.resize(settings.max_evidence);
  std::sort(long_ones.begin(), long_ones.end());

  const auto sentences = doc.sentences();
  for (const auto i : long_ones) {
    const auto &s = p.sentences[i];
    const std::string key = "sentence:" + std::to_string(i);
    const std::string words = std::to_string(s.words);
    const std::string grade = fixed(sentence_grade(s), 1);
    const sdk::Attribute attributes[] = {{"words", words}, {"grade", grade}};
    const sdk::Span evidence[] = {sdk::Document::span_of(sentences[i])};
    out.item({.key = key,
              .label = label_of(doc.text_of(sentences[i])),
              .category = "long_sentence",
              .weight = static_cast<double>(s.words) / static_cast<double>(p.words.size()),
              .count = 1,
              .attributes = attributes,
              .evidence = evidence});
  }
}

void write_quotations(const sdk::Document &doc, const Profile &p, const sdk::ResultWriter &out) {
  // The same quotation may occur more than once: one item, every occurrence as evidence.
  struct Group {
    std::size_t first = 0;
    std::uint64_t words = 0;
    std::vector<sdk::Span> spans;
  };
  std::map<std::string, Group> groups;
  std::vector<const std::string *> order;
  for (std::size_t q = 0; q < p.quotations.size(); ++q) {
    if (p.quotation_words[q] == 0) continue;
    auto [it, inserted] = groups.try_emplace(quotation_key(doc, p, q));
    if (inserted) {
      it->second.first = q;
      order.push_back(&it->first);
    }
    it->second.words += p.quotation_words[q];
    it->second.spans.push_back(p.quotations[q].outer);
  }
  for (const auto *key : order) {
    const auto &g = groups.at(*key);
    const auto inner = p.quotations[g.first].inner;
    const std::string words = std::to_string(p.quotation_words[g.first]);
    const sdk::Attribute attributes[] = {{"words", words}};
    out.item({.key = *key,
              .label = label_of(doc.text().substr(inner.begin, inner.end - inner.begin)),
              .category = "quotation",
              .weight = static_cast<double>(g.words) / static_cast<double>(p.words.size()),
              .count = g.spans.size(),
              .attributes = attributes,
              .evidence = g.spans});
  }
}

} // namespace

std::string quotation_key(const sdk::Document &doc, const Profile &p, std::size_t quotation) {
  const auto inner = p.quotations[quotation].inner;
  // FNV-1a over the normalised words separated by one space.
  std::uint64_t h = 0xcbf29ce484222325ull;
  const auto mix = [&h](unsigned char c) { h = (h ^ c) * 0x100000001b3ull; };
  const auto tokens = doc.tokens();
  const auto first =
      std::lower_bound(tokens.begin(), tokens.end(), inner.begin,
                       [](const sdk::Token &t, std::uint32_t b) { return t.begin < b; });
  bool any = false;
  for (auto it = first; it != tokens.end() && it->end <= inner.end; ++it) {
    if (!sdk::has(*it, ASPECTDIFF_TOKEN_WORD) && !sdk::has(*it, ASPECTDIFF_TOKEN_NUMERIC)) continue;
    if (any) mix(' ');
    for (char c : doc.norm(*it))
      mix(static_cast<unsigned char>(c));
    any = true;
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string key = "quote:";
  for (int shift = 60; shift >= 0; shift -= 4)
    key.push_back(hex[(h >> shift) & 0xFu]);
  return key;
}

void write_items(const sdk::Document &doc, const Profile &p, const Settings &settings,
                 const sdk::ResultWriter &out) {
  if (p.words.empty()) return;
  write_long_sentences(doc, p, settings, out);
  write_quotations(doc, p, out);
}

} // namespace aspectdiff::plugins::style
