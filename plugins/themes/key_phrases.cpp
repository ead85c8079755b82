#include "key_phrases.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <span>

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
  std::vector<std::uint32_t> degree; // per interned stem: its RAKE degree, 0 until seen
  std::vector<std::uint32_t> touched;
  // Open-addressing table from the hash of a candidate's stems to its index (UINT32_MAX: empty);
  // a node-based map would allocate per candidate.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> slots;
  std::vector<std::uint32_t> used;
  std::vector<Candidate> candidates;
  std::vector<Occurrence> occurrences;
  std::vector<std::uint32_t> order;
  // How much of `touched`, `used`, `candidates` and `occurrences` the last document filled: the
  // vectors keep their size so that a document does not initialise them again.
  std::uint32_t touched_count = 0, used_count = 0, candidate_count = 0, occurrence_count = 0;
};

// One multiply per stem; the table is indexed by the top bits, which depend on every stem.
std::uint64_t mix(std::uint64_t h, std::uint32_t v) noexcept {
  return (h ^ v) * 0x9e3779b97f4a7c15ULL;
}

// 1 + ln(count), from a table for the small counts nearly every candidate has (a libm call per
// candidate showed in profiles); the same std::log values, so scores do not move.
double one_plus_log(std::uint32_t count) {
  static const auto table = [] {
    std::array<double, 64> t{};
    for (std::size_t i = 1; i < t.size(); ++i)
      t[i] = 1.0 + std::log(static_cast<double>(i));
    return t;
  }();
  return count < table.size() ? table[count] : 1.0 + std::log(static_cast<double>(count));
}

// The thread's buffers, from a function the compiler does not inline: a reference bound to a
// thread_local in view is treated as the thread_local itself, so every use (the sort's
// comparator included) became a call to __tls_get_addr in this shared library.
[[gnu::noinline]] Scratch &thread_scratch() {
  thread_local Scratch scratch;
  return scratch;
}

bool same_stems(const std::vector<TokenWord> &words, std::uint32_t a, std::uint32_t b,
                std::uint32_t n) {
  for (std::uint32_t k = 0; k < n; ++k)
    if (words[a + k].stem != words[b + k].stem) return false;
  return true;
}

} // namespace

std::vector<KeyPhrase> key_phrases(const sdk::Document &doc, const std::vector<TokenWord> &words,
                                   const std::vector<KeyRun> &runs, const WordCache &cache,
                                   const KeyPhraseOptions &options) {
  Scratch &s = thread_scratch();
  for (std::uint32_t u = 0; u < s.used_count; ++u)
    s.slots[s.used[u]].second = UINT32_MAX;
  s.used_count = 0;
  std::size_t want = 1024;
  while (want < 2 * doc.tokens().size())
    want *= 2;
  if (s.slots.size() < want) s.slots.assign(want, {0, UINT32_MAX});
  const std::size_t mask = s.slots.size() - 1;
  const int shift = 64 - std::countr_zero(s.slots.size());
  s.candidate_count = s.occurrence_count = 0;
  if (s.degree.size() < cache.stem_count()) s.degree.resize(cache.stem_count(), 0);
  for (std::uint32_t t = 0; t < s.touched_count; ++t)
    s.degree[s.touched[t]] = 0;
  s.touched_count = 0;
  if (options.top == 0) return {};

  const auto tokens = doc.tokens();
  // Every buffer is sized for the worst case up front (a run per token at most), so the loop
  // below writes through raw pointers with no capacity check per run.
  const std::size_t most = words.size();
  if (s.candidates.size() < most) s.candidates.resize(most);
  if (s.occurrences.size() < most) s.occurrences.resize(most);
  if (s.used.size() < most) s.used.resize(most);
  if (s.touched.size() < s.degree.size()) s.touched.resize(s.degree.size());
  const TokenWord *w = words.data();
  std::uint32_t *degrees = s.degree.data();
  std::uint32_t *touched = s.touched.data();
  std::pair<std::uint64_t, std::uint32_t> *slots = s.slots.data();
  std::uint32_t *used = s.used.data();
  Candidate *candidates = s.candidates.data();
  Occurrence *occurrences = s.occurrences.data();
  std::uint32_t touched_count = 0, used_count = 0, candidate_count = 0, occurrence_count = 0;
  auto add_run = [&](std::uint32_t begin, std::uint32_t size) {
    std::uint64_t h = size;
    for (std::uint32_t k = 0; k < size; ++k) {
      const auto stem = w[begin + k].stem;
      if (degrees[stem] == 0) touched[touched_count++] = stem; // a run adds at least 1
      degrees[stem] += size;
      h = mix(h, stem);
    }
    std::size_t at = static_cast<std::size_t>(h >> shift);
    while (slots[at].second != UINT32_MAX && slots[at].first != h)
      at = (at + 1) & mask;
    if (slots[at].second == UINT32_MAX) {
      slots[at] = {h, candidate_count};
      used[used_count++] = static_cast<std::uint32_t>(at);
      candidates[candidate_count++] = {begin, size, 0, UINT32_MAX, 0.0};
    } else if (candidates[slots[at].second].size != size ||
               !same_stems(words, candidates[slots[at].second].first, begin, size)) {
      return; // a 64-bit hash collision: drop the rarer reading rather than merge two phrases
    }
    auto &c = candidates[slots[at].second];
    ++c.count;
    occurrences[occurrence_count] = {begin, c.last_occurrence};
    c.last_occurrence = occurrence_count++;
  };

  for (const auto &run : runs)
    add_run(run.begin, run.size);
  s.touched_count = touched_count;
  s.used_count = used_count;
  s.candidate_count = candidate_count;
  s.occurrence_count = occurrence_count;
  const std::span<Candidate> found(candidates, candidate_count);

  // The `n` best candidates, best first, kept while they are scored: a candidate no better than
  // the n-th so far costs one comparison, where sorting every candidate cost more than scoring
  // them. Candidates differ in their first token, so the order is total and the list is the one
  // a sort gives.
  const auto before = [](const Candidate &x, const Candidate &y) {
    if (x.score != y.score) return x.score > y.score;
    return x.first < y.first;
  };
  const std::size_t n = std::min(options.top, found.size());
  auto &order = s.order;
  order.clear();
  for (std::uint32_t i = 0; i < found.size(); ++i) {
    Candidate &c = found[i];
    double degree = 0.0;
    for (std::uint32_t k = 0; k < c.size; ++k)
      degree += degrees[w[c.first + k].stem];
    c.score = degree * one_plus_log(c.count);
    if (order.size() == n) {
      if (n == 0 || !before(c, found[order.back()])) continue;
      order.pop_back();
    }
    order.push_back(i);
    for (std::size_t j = order.size() - 1; j > 0 && before(c, found[order[j - 1]]); --j)
      std::swap(order[j], order[j - 1]);
  }

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
    // The chain runs from the last occurrence back: fill the evidence from its end.
    p.evidence.resize(c.count);
    auto slot = p.evidence.end();
    for (auto o = c.last_occurrence; o != UINT32_MAX; o = s.occurrences[o].previous) {
      const auto &b = tokens[s.occurrences[o].token];
      const auto &e = tokens[s.occurrences[o].token + c.size - 1];
      *--slot = {b.begin, e.end};
    }
    out.push_back(std::move(p));
  }
  return out;
}

} // namespace aspectdiff::plugins::themes
