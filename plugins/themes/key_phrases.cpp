#include "key_phrases.hpp"

#include <algorithm>
#include <cmath>

namespace aspectdiff::plugins::themes {
namespace {

struct Candidate {
  std::uint32_t first = 0; // token index of its first occurrence
  std::uint32_t size = 0;  // words
  std::uint32_t count = 0;
  std::uint32_t last_occurrence = 0; // index into Scratch::occurrences, for the chain
  double score = 0.0;
};

struct Occurrence {
  std::uint32_t token = 0;
  std::uint32_t previous = UINT32_MAX; // the candidate's previous occurrence
};

// Per-thread buffers, reused so that a document costs no allocation once they have grown.
struct Scratch {
  std::vector<std::uint32_t> freq, degree, touched;
  // Open-addressing table from the hash of a candidate's stems to its index (UINT32_MAX: empty);
  // a node-based map would allocate per candidate.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> slots;
  std::vector<std::uint32_t> used;
  std::vector<Candidate> candidates;
  std::vector<Occurrence> occurrences;
  std::vector<std::uint32_t> order;
};

std::uint64_t mix(std::uint64_t h, std::uint32_t v) noexcept {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdULL;
}

bool same_stems(const std::vector<TokenWord> &words, std::uint32_t a, std::uint32_t b,
                std::uint32_t n) {
  for (std::uint32_t k = 0; k < n; ++k)
    if (words[a + k].stem != words[b + k].stem) return false;
  return true;
}

} // namespace

std::vector<KeyPhrase> key_phrases(const sdk::Document &doc, const std::vector<TokenWord> &words,
                                   const WordCache &cache, const KeyPhraseOptions &options) {
  thread_local Scratch s;
  for (const auto u : s.used)
    s.slots[u].second = UINT32_MAX;
  s.used.clear();
  std::size_t want = 1024;
  while (want < 2 * doc.tokens().size())
    want *= 2;
  if (s.slots.size() < want) s.slots.assign(want, {0, UINT32_MAX});
  const std::size_t mask = s.slots.size() - 1;
  s.candidates.clear();
  s.occurrences.clear();
  if (s.freq.size() < cache.stem_count()) {
    s.freq.resize(cache.stem_count(), 0);
    s.degree.resize(cache.stem_count(), 0);
  }
  for (const auto stem : s.touched)
    s.freq[stem] = s.degree[stem] = 0;
  s.touched.clear();
  if (options.top == 0) return {};

  const auto tokens = doc.tokens();
  auto add_run = [&](std::uint32_t begin, std::uint32_t size) {
    if (size == 0) return;
    std::uint64_t h = size;
    for (std::uint32_t k = 0; k < size; ++k) {
      const auto stem = words[begin + k].stem;
      if (s.freq[stem]++ == 0) s.touched.push_back(stem);
      s.degree[stem] += size;
      h = mix(h, stem);
    }
    std::size_t at = static_cast<std::size_t>(h) & mask;
    while (s.slots[at].second != UINT32_MAX && s.slots[at].first != h)
      at = (at + 1) & mask;
    if (s.slots[at].second == UINT32_MAX) {
      s.slots[at] = {h, static_cast<std::uint32_t>(s.candidates.size())};
      s.used.push_back(static_cast<std::uint32_t>(at));
      s.candidates.push_back({begin, size, 0, UINT32_MAX, 0.0});
    } else if (s.candidates[s.slots[at].second].size != size ||
               !same_stems(words, s.candidates[s.slots[at].second].first, begin, size)) {
      return; // a 64-bit hash collision: drop the rarer reading rather than merge two phrases
    }
    auto &c = s.candidates[s.slots[at].second];
    ++c.count;
    s.occurrences.push_back({begin, c.last_occurrence});
    c.last_occurrence = static_cast<std::uint32_t>(s.occurrences.size() - 1);
  };

  for (const auto &sentence : doc.sentences()) {
    std::uint32_t run_begin = sentence.first;
    std::uint32_t run_size = 0;
    const std::uint32_t end = sentence.first + sentence.count;
    for (std::uint32_t i = sentence.first; i < end && i < words.size(); ++i) {
      const bool content = words[i].key_word;
      if (!content || run_size == options.max_words) {
        add_run(run_begin, run_size);
        run_size = 0;
        run_begin = i;
      }
      if (content) {
        if (run_size == 0) run_begin = i;
        ++run_size;
      }
    }
    add_run(run_begin, run_size);
  }

  for (auto &c : s.candidates) {
    double degree = 0.0;
    for (std::uint32_t k = 0; k < c.size; ++k)
      degree += s.degree[words[c.first + k].stem];
    c.score = degree * (1.0 + std::log(static_cast<double>(c.count)));
  }
  auto &order = s.order;
  order.resize(s.candidates.size());
  for (std::uint32_t i = 0; i < order.size(); ++i)
    order[i] = i;
  const std::size_t n = std::min(options.top, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                    [&](std::uint32_t a, std::uint32_t b) {
                      const auto &x = s.candidates[a];
                      const auto &y = s.candidates[b];
                      if (x.score != y.score) return x.score > y.score;
                      return x.first < y.first;
                    });

  std::vector<KeyPhrase> out;
  out.reserve(n);
  for (std::size_t r = 0; r < n; ++r) {
    const auto &c = s.candidates[order[r]];
    // A phrase scoring a tenth of the best is a stray word, not a key phrase.
    if (c.score < 0.1 * s.candidates[order[0]].score) break;
    KeyPhrase p;
    for (std::uint32_t k = 0; k < c.size; ++k) {
      if (k > 0) p.key += ' ';
      p.key += cache.stem_text(words[c.first + k].stem);
    }
    const auto &first = tokens[c.first];
    const auto &last = tokens[c.first + c.size - 1];
    p.label = std::string(doc.text().substr(first.begin, last.end - first.begin));
    p.score = c.score;
    p.count = c.count;
    for (auto o = c.last_occurrence; o != UINT32_MAX; o = s.occurrences[o].previous) {
      const auto &b = tokens[s.occurrences[o].token];
      const auto &e = tokens[s.occurrences[o].token + c.size - 1];
      p.evidence.push_back({b.begin, e.end});
    }
    std::reverse(p.evidence.begin(), p.evidence.end());
    out.push_back(std::move(p));
  }
  return out;
}

} // namespace aspectdiff::plugins::themes
