#include "key_phrases.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <span>

namespace aspectdiff::plugins::themes {
namespace {

struct Candidate {
  std::uint32_t first = 0; // token index of its first occurrence
  std::uint32_t size = 0;  // words
  std::uint32_t count = 0;
  std::uint32_t last_run = 0; // its last occurrence, for the chain through Scratch::previous_run
  double score = 0.0;
};

// An entry of the table from a candidate's hash to the candidate. Entries hold the number of
// the document that filled them, so that a new document empties the table by counting on, with
// no pass over the last one's entries.
struct Slot {
  std::uint64_t hash = 0;
  std::uint32_t candidate = 0;
  std::uint32_t document = 0; // 0: never filled
};

// Per-thread buffers, reused so that a document costs no allocation once they have grown.
struct Scratch {
  std::vector<std::uint32_t> degree; // per interned stem: its RAKE degree, 0 until seen
  std::vector<std::uint32_t> touched;
  // Open-addressing table from the hash of a candidate's stems to its index, its entries of
  // other documents empty; a node-based map would allocate per candidate.
  std::vector<Slot> slots;
  std::uint32_t document = 0; // the number of the current document, from 1
  std::vector<Candidate> candidates;
  // Per run: the previous run of the same candidate (UINT32_MAX: none), so that a candidate's
  // occurrences are found without a list of their own.
  std::vector<std::uint32_t> previous_run;
  std::vector<std::uint32_t> order;
  // The reported phrases: their keys back to back, every occurrence, and the phrases viewing
  // them.
  std::string keys;
  std::vector<sdk::Span> evidence;
  std::vector<KeyPhrase> phrases;
  std::vector<std::size_t> key_ends; // per reported phrase: where its key ends in `keys`
  // How much of `touched` the last document filled: the vector keeps its size so that a
  // document does not initialise it again.
  std::uint32_t touched_count = 0;
};

// A run's hash: one multiply per stem, the table indexed by the top bits, which depend on every
// stem. The stem enters offset by an odd constant and the high half is folded back, so that
// small stem ids cannot cancel the state: with (h ^ v) * K alone, a run of length 2 starting
// with stem 2 hashed like the one-word run of stem 1 ^ its second stem.
std::uint64_t mix(std::uint64_t h, std::uint32_t v) noexcept {
  h = (h ^ (v + 0x632be59bd9b4e019ULL)) * 0x9e3779b97f4a7c15ULL;
  return h ^ (h >> 32);
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

std::span<const KeyPhrase> key_phrases(const sdk::Document &doc,
                                       const std::vector<TokenWord> &words,
                                       const std::vector<KeyRun> &runs, const WordCache &cache,
                                       const KeyPhraseOptions &options) {
  Scratch &s = thread_scratch();
  if (++s.document == 0) { // counted round: entries of old documents could look current
    for (auto &slot : s.slots)
      slot.document = 0;
    s.document = 1;
  }
  const std::uint32_t document = s.document;
  std::size_t want = 1024;
  while (want < 2 * doc.tokens().size())
    want *= 2;
  if (s.slots.size() < want) s.slots.assign(want, Slot{});
  const std::size_t mask = s.slots.size() - 1;
  const int shift = 64 - std::countr_zero(s.slots.size());
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
  if (s.previous_run.size() < runs.size()) s.previous_run.resize(runs.size());
  if (s.touched.size() < s.degree.size()) s.touched.resize(s.degree.size());
  const TokenWord *w = words.data();
  std::uint32_t *degrees = s.degree.data();
  std::uint32_t *touched = s.touched.data();
  Slot *slots = s.slots.data();
  Candidate *candidates = s.candidates.data();
  std::uint32_t *previous_run = s.previous_run.data();
  std::uint32_t touched_count = 0, candidate_count = 0;
  for (std::uint32_t r = 0; r < runs.size(); ++r) {
    const std::uint32_t begin = runs[r].begin;
    const std::uint32_t size = runs[r].size;
    std::uint64_t h = size;
    for (std::uint32_t k = begin; k < begin + size; ++k) {
      const auto stem = w[k].stem;
      // Noted when first seen (a run adds at least 1), without a branch: whether a word was
      // seen before is as good as random.
      touched[touched_count] = stem;
      touched_count += degrees[stem] == 0 ? 1U : 0U;
      degrees[stem] += size;
      h = mix(h, stem);
    }
    std::size_t at = static_cast<std::size_t>(h >> shift);
    // Equal hashes are confirmed on the stems, so that the phrases found never depend on the
    // stem ids, which depend on what the thread read before.
    while (slots[at].document == document &&
           (slots[at].hash != h || candidates[slots[at].candidate].size != size ||
            !same_stems(words, candidates[slots[at].candidate].first, begin, size)))
      at = (at + 1) & mask;
    std::uint32_t c = slots[at].candidate;
    if (slots[at].document != document) {
      c = candidate_count++;
      slots[at] = {h, c, document};
      candidates[c] = {begin, size, 0, UINT32_MAX, 0.0};
    }
    ++candidates[c].count;
    previous_run[r] = candidates[c].last_run;
    candidates[c].last_run = r;
  }
  s.touched_count = touched_count;
  const std::span<Candidate> found(candidates, candidate_count);

  // The `n` best candidates, best first, kept while they are scored: a candidate no better than
  // the n-th so far costs one comparison, where sorting every candidate cost more than scoring
  // them. Candidates differ in their first token, so the order is total and the list is the one
  // a sort gives. They are found in text order, so a candidate that ties with the n-th comes
  // after it: `bar`, the n-th's score once the list is full, must be beaten.
  const auto before = [](const Candidate &x, const Candidate &y) {
    if (x.score != y.score) return x.score > y.score;
    return x.first < y.first;
  };
  const std::size_t n = std::min(options.top, found.size());
  auto &order = s.order;
  order.clear();
  double bar = -std::numeric_limits<double>::infinity();
  for (std::uint32_t i = 0; i < found.size(); ++i) {
    Candidate &c = found[i];
    // Summed as an integer: every partial sum of the double sum this replaced was an exact
    // integer, so the score is the same number, with one conversion instead of one per word.
    std::int64_t degree = 0;
    for (std::uint32_t k = 0; k < c.size; ++k)
      degree += degrees[w[c.first + k].stem];
    c.score = static_cast<double>(degree) * one_plus_log(c.count);
    if (!(c.score > bar)) continue;
    if (order.size() == n) order.pop_back();
    order.push_back(i);
    for (std::size_t j = order.size() - 1; j > 0 && before(c, found[order[j - 1]]); --j)
      std::swap(order[j], order[j - 1]);
    if (order.size() == n) bar = found[order.back()].score;
  }

  // A phrase scoring a tenth of the best is a stray word, not a key phrase.
  std::size_t reported = 0;
  while (reported < n &&
         !(s.candidates[order[reported]].score < 0.1 * s.candidates[order[0]].score))
    ++reported;
  // The keys are written first and viewed after, once their buffer no longer moves.
  std::string &keys = s.keys;
  keys.clear();
  auto &key_ends = s.key_ends;
  key_ends.clear();
  std::size_t occurrence_total = 0;
  for (std::size_t r = 0; r < reported; ++r) {
    const auto &c = s.candidates[order[r]];
    for (std::uint32_t k = 0; k < c.size; ++k) {
      if (k > 0) keys += ' ';
      keys += cache.stem_text(words[c.first + k].stem);
    }
    key_ends.push_back(keys.size());
    occurrence_total += c.count;
  }
  s.evidence.resize(occurrence_total);
  std::vector<KeyPhrase> &out = s.phrases;
  out.resize(reported);
  sdk::Span *evidence_end = s.evidence.data();
  for (std::size_t r = 0; r < reported; ++r) {
    const auto &c = s.candidates[order[r]];
    KeyPhrase &p = out[r];
    const std::size_t key_begin = r == 0 ? 0 : key_ends[r - 1];
    p.key = std::string_view(keys).substr(key_begin, key_ends[r] - key_begin);
    const auto &first = tokens[c.first];
    const auto &last = tokens[c.first + c.size - 1];
    p.label = doc.text().substr(first.begin, last.end - first.begin);
    p.score = c.score;
    p.count = c.count;
    // The chain runs from the last occurrence back: fill the evidence from its end.
    evidence_end += c.count;
    sdk::Span *slot = evidence_end;
    for (auto o = c.last_run; o != UINT32_MAX; o = previous_run[o]) {
      const auto &b = tokens[runs[o].begin];
      const auto &e = tokens[runs[o].begin + c.size - 1];
      *--slot = {b.begin, e.end};
    }
    p.evidence = {slot, c.count};
  }
  return out;
}

} // namespace aspectdiff::plugins::themes
