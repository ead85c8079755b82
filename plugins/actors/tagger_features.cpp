#include "tagger_features.hpp"

#include "tagger_model.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <bit>

namespace aspectdiff::plugins::actors {

namespace {

using sdk::has;

// Feature templates: the number mixed into every key of one kind.
enum Template : std::uint64_t {
  t_bias = 1,
  t_word,
  t_word_prev,
  t_word_next,
  t_word_prev2,
  t_word_next2,
  t_bigram_prev,
  t_bigram_next,
  t_prefix2,
  t_prefix3,
  t_suffix2,
  t_suffix3,
  t_suffix4,
  t_shape,
  t_shape_prev,
  t_shape_next,
  t_shape_trigram,
  t_initial_shape,
  t_capitals_line_shape,
  t_word_capitals,
  t_class,
  t_class_prev,
  t_class_next,
  t_recognised,
  t_recognised_coarse,
  t_recognised_prev,
  t_recognised_next,
  t_capitals_length,
  t_recognised_shape,
};

constexpr std::uint64_t out_of_sentence_before = 0x5bd1e9955bd1e995ull;
constexpr std::uint64_t out_of_sentence_after = 0x27d4eb2f165667c5ull;

std::uint64_t key(Template t, std::uint64_t value) noexcept {
  return feature_key(fold_multiply(value + t * hash_seed, hash_factor ^ 0x3c6ef372fe94f82bull));
}
std::uint64_t combine(std::uint64_t a, std::uint64_t b) noexcept {
  return fold_multiply(a ^ 0xa0761d6478bd642full, b + 0xe7037ed1a0b428dbull);
}

// How capitals are used: 0 lower case or none, 1 capitalised, 2 all capitals.
std::uint32_t capitals(const sdk::Token &t) noexcept {
  if (has(t, ASPECTDIFF_TOKEN_ALL_CAPS)) return 2;
  return has(t, ASPECTDIFF_TOKEN_CAPITALISED) ? 1 : 0;
}

// The word's shape with runs of one kind collapsed: "Putin" Xx, "NATO" X, "U.S." X.X.,
// "1,200" d,d, "al-Assad" x-Xx. Typographic quotes and dashes read as the plain ones, so the
// shape does not depend on the typography.
std::uint64_t shape_of(std::string_view s, bool capital_first) noexcept {
  char buf[12];
  std::size_t n = 0;
  char last = 0;
  for (std::size_t i = 0; i < s.size() && n < sizeof buf;) {
    const auto b = static_cast<unsigned char>(s[i]);
    char c;
    if (b < 0x80) {
      c = (b >= 'A' && b <= 'Z')   ? 'X'
          : (b >= 'a' && b <= 'z') ? 'x'
          : (b >= '0' && b <= '9') ? 'd'
                                   : static_cast<char>(b);
      ++i;
    } else {
      const std::size_t len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      c = (i == 0 && capital_first) ? 'X' : 'x';
      if (b == 0xe2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const auto third = static_cast<unsigned char>(s[i + 2]);
        if (third == 0x98 || third == 0x99) c = '\'';
        if (third == 0x9c || third == 0x9d) c = '"';
        if (third >= 0x90 && third <= 0x95) c = '-';
      }
      i += len;
    }
    if (c != last) buf[n++] = c;
    last = c;
  }
  return hash_bytes({buf, n});
}

constexpr std::uint32_t neighbour_classes =
    wc_title | wc_title_modifier | wc_org_head | wc_place_head | wc_facility_head | wc_speech |
    wc_function | wc_place_preposition | wc_org_context | wc_role | wc_verb | wc_verb_form |
    wc_particle | wc_given | wc_common | wc_patient_preposition | wc_place_modifier;

// What the recogniser made of a token, packed: its place in the mention (1 first, 2 inside,
// 3 part of a hyphenated word), the mention's kind and category, and its details.
struct Recognised {
  std::uint32_t detailed = 0, coarse = 0;
};

Recognised describe(const Gazetteer &gaz, const Mention &m, std::uint32_t position) {
  std::uint32_t kind = 0, category = 0, detail = 0;
  if (m.phrase != nullptr) {
    const Phrase &p = *m.phrase;
    kind = 1;
    const std::int32_t e = p.name >= 0           ? p.name
                           : p.article_name >= 0 ? p.article_name
                           : p.seat >= 0         ? p.seat
                           : p.capital >= 0      ? p.capital
                                                 : p.demonym;
    if (e >= 0) {
      category = static_cast<std::uint32_t>(gaz.entry(e).category);
      detail = static_cast<std::uint32_t>(gaz.entry(e).source);
    }
    detail |= (p.seat >= 0 ? 4u : 0u) | (p.capital >= 0 ? 8u : 0u) | (p.demonym >= 0 ? 16u : 0u);
  } else {
    kind = 2;
    category = static_cast<std::uint32_t>(m.category);
    detail = static_cast<std::uint32_t>(m.confidence * 10.0f) | (m.needs_link ? 16u : 0u);
  }
  const std::uint32_t form = static_cast<std::uint32_t>(m.form);
  detail |= (m.titled ? 32u : 0u) | form << 6;
  const std::uint32_t coarse = position | kind << 2 | category << 4 | (form == 2 ? 1u : 0u) << 7;
  return {coarse | detail << 8, coarse};
}

} // namespace

void TaggerFeatures::prepare(std::span<const sdk::Token> toks, const char *text,
                             const char *normalised, std::uint32_t first_token,
                             std::span<const Mention> mentions, TaggerFeatureBuffer &out) const {
  const std::size_t n = toks.size();
  out.keys.clear();
  out.offsets.assign(n + 1, 0);
  out.candidate.assign(n, 0);
  out.any_candidate = false;
  out.recognised.assign(n, 0);
  out.recognised_coarse.assign(n, 0);
  for (const Mention &m : mentions) {
    const std::size_t first = m.first_token - first_token, last = m.last_token - first_token;
    for (std::size_t j = first; j < last && j < n; ++j) {
      const bool part = toks[j].begin < m.begin || m.end < toks[j].end;
      const auto r = describe(gaz_, m, part ? 3u : j == first ? 1u : 2u);
      out.recognised[j] = r.detailed;
      out.recognised_coarse[j] = r.coarse;
    }
  }

  // Candidates: capitalised words and mentions; words with such a word at most two before and
  // two after; a number right after one.
  auto capital = [&](std::size_t k) { return capitals(toks[k]) != 0 || out.recognised[k] != 0; };
  for (std::size_t k = 0; k < n; ++k) {
    bool c = capital(k);
    if (!c && k > 0 && capital(k - 1) && has(toks[k], ASPECTDIFF_TOKEN_NUMERIC)) c = true;
    if (!c && k > 0 && k + 1 < n) {
      const bool before = capital(k - 1) || (k > 1 && capital(k - 2));
      const bool after = capital(k + 1) || (k + 2 < n && capital(k + 2));
      c = before && after;
    }
    out.candidate[k] = c;
    out.any_candidate |= c;
  }
  if (!out.any_candidate) return;

  // Per-token values, for every token next to a candidate.
  out.types.assign(n, TokenType{});
  std::size_t words = 0, capital_words = 0;
  out.initial = n;
  for (std::size_t k = 0; k < n; ++k) {
    const auto &t = toks[k];
    if (out.initial == n && (has(t, ASPECTDIFF_TOKEN_WORD) || has(t, ASPECTDIFF_TOKEN_NUMERIC)))
      out.initial = k;
    if (has(t, ASPECTDIFF_TOKEN_WORD) && t.end - t.begin >= 2) {
      ++words;
      capital_words += has(t, ASPECTDIFF_TOKEN_ALL_CAPS) ? 1 : 0;
    }
    const bool near = out.candidate[k] || (k > 0 && out.candidate[k - 1]) ||
                      (k > 1 && out.candidate[k - 2]) || (k + 1 < n && out.candidate[k + 1]) ||
                      (k + 2 < n && out.candidate[k + 2]);
    if (!near) continue;
    TokenType &type = out.types[k];
    type.norm = {normalised + t.norm_begin, t.norm_end - t.norm_begin};
    const auto form = lookup_form(type.norm);
    type.word = hash_bytes(form);
    type.shape = shape_of({text + t.begin, t.end - t.begin}, has(t, ASPECTDIFF_TOKEN_CAPITALISED) ||
                                                                 has(t, ASPECTDIFF_TOKEN_ALL_CAPS));
    type.classes = gaz_.classes_of(form);
    type.capitals = capitals(t);
    // The length tells "U.S." from "U.S", which share a look-up form.
    type.signature = combine(combine(type.word, type.shape), type.capitals | type.norm.size() << 2);
  }
  out.capitals_line = words >= 2 && capital_words == words;
}

void TaggerFeatures::type_keys(FeatureRole role, const TaggerFeatureBuffer &in, std::ptrdiff_t j,
                               std::vector<std::uint64_t> &out) const {
  auto add = [&](Template tp, std::uint64_t v) { out.push_back(key(tp, v)); };
  auto add_classes = [&](Template tp, std::uint32_t classes) {
    for (std::uint32_t c = classes; c != 0; c &= c - 1)
      add(tp, static_cast<std::uint64_t>(std::countr_zero(c)));
  };
  const auto n = static_cast<std::ptrdiff_t>(in.types.size());
  const bool before = j < 0, after = j >= n;
  const std::uint64_t edge = before ? out_of_sentence_before : out_of_sentence_after;
  const TokenType *type = before || after ? nullptr : &in.types[static_cast<std::size_t>(j)];
  const std::uint64_t w = type != nullptr ? type->word : edge;
  const std::uint64_t s = type != nullptr ? type->shape : edge;
  switch (role) {
  case FeatureRole::self: {
    const std::string_view norm = type->norm;
    add(t_bias, 0);
    add(t_word, w);
    if (norm.size() >= 3) {
      add(t_prefix2, hash_bytes(norm.substr(0, 2)));
      add(t_suffix2, hash_bytes(norm.substr(norm.size() - 2)));
    }
    if (norm.size() >= 4) {
      add(t_prefix3, hash_bytes(norm.substr(0, 3)));
      add(t_suffix3, hash_bytes(norm.substr(norm.size() - 3)));
    }
    if (norm.size() >= 5) add(t_suffix4, hash_bytes(norm.substr(norm.size() - 4)));
    add(t_shape, s);
    add(t_word_capitals, combine(w, type->capitals));
    add(t_capitals_length, type->capitals * 16 + std::min<std::size_t>(norm.size(), 9));
    add_classes(t_class, type->classes);
    return;
  }
  case FeatureRole::prev1:
    add(t_word_prev, w);
    add(t_shape_prev, s);
    if (type != nullptr) add_classes(t_class_prev, type->classes & neighbour_classes);
    return;
  case FeatureRole::next1:
    add(t_word_next, w);
    add(t_shape_next, s);
    if (type != nullptr) add_classes(t_class_next, type->classes & neighbour_classes);
    return;
  case FeatureRole::prev2:
    add(t_word_prev2, w);
    return;
  case FeatureRole::next2:
    add(t_word_next2, w);
    return;
  }
}

void TaggerFeatures::context_keys(const TaggerFeatureBuffer &in, std::size_t k,
                                  std::vector<std::uint64_t> &out) const {
  const std::size_t n = in.types.size();
  const auto i = static_cast<std::ptrdiff_t>(k);
  auto word = [&](std::ptrdiff_t j) {
    return j < 0                                 ? out_of_sentence_before
           : j >= static_cast<std::ptrdiff_t>(n) ? out_of_sentence_after
                                                 : in.types[static_cast<std::size_t>(j)].word;
  };
  auto shape = [&](std::ptrdiff_t j) {
    return j < 0                                 ? out_of_sentence_before
           : j >= static_cast<std::ptrdiff_t>(n) ? out_of_sentence_after
                                                 : in.types[static_cast<std::size_t>(j)].shape;
  };
  auto recognised = [&](std::ptrdiff_t j) -> std::uint64_t {
    return j < 0 || j >= static_cast<std::ptrdiff_t>(n)
               ? 0xffffu
               : in.recognised_coarse[static_cast<std::size_t>(j)];
  };
  auto add = [&](Template tp, std::uint64_t v) { out.push_back(key(tp, v)); };
  const std::uint64_t w = word(i), s = shape(i);
  add(t_bigram_prev, combine(word(i - 1), w));
  add(t_bigram_next, combine(w, word(i + 1)));
  add(t_shape_trigram, combine(combine(shape(i - 1), s), shape(i + 1)));
  if (k == in.initial) add(t_initial_shape, s);
  if (in.capitals_line) add(t_capitals_line_shape, s);
  add(t_recognised, in.recognised[k]);
  add(t_recognised_coarse, in.recognised_coarse[k]);
  add(t_recognised_prev, recognised(i - 1));
  add(t_recognised_next, recognised(i + 1));
  add(t_recognised_shape, combine(in.recognised_coarse[k], s));
}

void TaggerFeatures::extract(std::span<const sdk::Token> toks, const char *text,
                             const char *normalised, std::uint32_t first_token,
                             std::span<const Mention> mentions, TaggerFeatureBuffer &out) const {
  prepare(toks, text, normalised, first_token, mentions, out);
  const std::size_t n = toks.size();
  for (std::size_t k = 0; k < n; ++k) {
    out.offsets[k] = static_cast<std::uint32_t>(out.keys.size());
    if (!out.candidate[k]) continue;
    const auto i = static_cast<std::ptrdiff_t>(k);
    for (const FeatureRole role : all_roles)
      type_keys(role, out, i + offset_of(role), out.keys);
    context_keys(out, k, out.keys);
  }
  out.offsets[n] = static_cast<std::uint32_t>(out.keys.size());
}

} // namespace aspectdiff::plugins::actors
