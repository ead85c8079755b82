#include "tagger.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace aspectdiff::plugins::actors {

namespace {

constexpr float impossible = -std::numeric_limits<float>::infinity();

// The transition weights with the ill-formed ones (I-X after anything but B-X or I-X) made
// impossible, so that decoding needs no test in its inner loop.
using Transitions = std::array<float, (tag_count + 1) * tag_count>;
Transitions constrained(const float *transitions) noexcept {
  Transitions out;
  for (std::size_t p = 0; p <= tag_count; ++p)
    for (std::size_t t = 0; t < tag_count; ++t)
      out[p * tag_count + t] = allowed(p, t) ? transitions[p * tag_count + t] : impossible;
  return out;
}

// Decodes candidates [a, b): the tag before a is O (or the sentence start when a is 0), the
// tag after b - 1 is O (or nothing at the sentence's end).
void decode_run(std::span<const float> emissions, std::size_t a, std::size_t b, bool at_end,
                const Transitions &transitions, DecodeBuffer &buf,
                std::vector<std::uint8_t> &tags) {
  const std::size_t from_start = a == 0 ? tag_count : std::size_t{tag_o};
  float *score = buf.score.data();
  std::uint8_t *back = buf.back.data();
  for (std::size_t t = 0; t < tag_count; ++t)
    score[a * tag_count + t] =
        transitions[from_start * tag_count + t] + emissions[a * tag_count + t];
  for (std::size_t k = a + 1; k < b; ++k) {
    const float *previous = &score[(k - 1) * tag_count];
    for (std::size_t t = 0; t < tag_count; ++t) {
      float best = impossible;
      std::uint8_t arg = tag_o;
      for (std::size_t p = 0; p < tag_count; ++p) {
        const float s = previous[p] + transitions[p * tag_count + t];
        if (s > best) {
          best = s;
          arg = static_cast<std::uint8_t>(p);
        }
      }
      score[k * tag_count + t] = best + emissions[k * tag_count + t];
      back[k * tag_count + t] = arg;
    }
  }
  float best = impossible;
  std::uint8_t last = tag_o;
  for (std::size_t t = 0; t < tag_count; ++t) {
    const float s = score[(b - 1) * tag_count + t] + (at_end ? 0.0f : transitions[t * tag_count]);
    if (s > best) {
      best = s;
      last = static_cast<std::uint8_t>(t);
    }
  }
  for (std::size_t k = b; k-- > a;) {
    tags[k] = last;
    if (k > a) last = back[k * tag_count + last];
  }
}

} // namespace

void viterbi(std::span<const float> emissions, std::span<const std::uint8_t> candidate,
             const float *transitions, DecodeBuffer &buffer, std::vector<std::uint8_t> &tags) {
  const std::size_t n = candidate.size();
  tags.assign(n, tag_o);
  buffer.score.resize(n * tag_count);
  buffer.back.resize(n * tag_count);
  const Transitions allowed_transitions = constrained(transitions);
  for (std::size_t a = 0; a < n;) {
    if (!candidate[a]) {
      ++a;
      continue;
    }
    std::size_t b = a;
    while (b < n && candidate[b])
      ++b;
    decode_run(emissions, a, b, b == n, allowed_transitions, buffer, tags);
    a = b;
  }
}

void names_of(std::span<const std::uint8_t> tags, std::vector<TaggedName> &out) {
  out.clear();
  for (std::size_t k = 0; k < tags.size();) {
    if (!begins(tags[k])) {
      ++k;
      continue;
    }
    std::size_t e = k + 1;
    while (e < tags.size() && continues(tags[e]) && type_of(tags[e]) == type_of(tags[k]))
      ++e;
    out.push_back({static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(e), type_of(tags[k])});
    k = e;
  }
}

void NameTagger::tag(std::span<const sdk::Token> tokens, const char *text, const char *normalised,
                     std::uint32_t first_token, std::span<const Mention> mentions,
                     TaggerFeatureBuffer &features, DecodeBuffer &decode,
                     std::vector<TaggedName> &out) const {
  out.clear();
  features_.prepare(tokens, text, normalised, first_token, mentions, features);
  if (!features.any_candidate) return;
  const std::size_t n = tokens.size();

  // The features that depend on a candidate's place in the sentence, resolved to rows in one
  // batch, each slot requested `ahead` features early so the look-ups wait for memory in
  // parallel.
  auto &keys = features.keys;
  for (std::size_t k = 0; k < n; ++k) {
    features.offsets[k] = static_cast<std::uint32_t>(keys.size());
    if (features.candidate[k]) features_.context_keys(features, k, keys);
  }
  features.offsets[n] = static_cast<std::uint32_t>(keys.size());
  constexpr std::size_t ahead = 12;
  decode.rows.resize(keys.size());
  for (std::size_t f = 0; f < std::min(ahead, keys.size()); ++f)
    model_.prefetch_slot(keys[f]);
  for (std::size_t f = 0; f < keys.size(); ++f) {
    if (f + ahead < keys.size()) model_.prefetch_slot(keys[f + ahead]);
    decode.rows[f] = model_.find(keys[f]);
    if (decode.rows[f] >= 0) model_.prefetch_row(decode.rows[f]);
  }

  // The rest comes from the token and its neighbours as word types, summed once per type.
  decode.types.bind(model_.id());
  decode.emissions.resize(n * tag_count);
  for (std::size_t k = 0; k < n; ++k) {
    if (!features.candidate[k]) continue;
    std::array<std::int32_t, tag_count> sums{};
    for (std::uint32_t f = features.offsets[k]; f < features.offsets[k + 1]; ++f)
      if (decode.rows[f] >= 0) model_.add_row(decode.rows[f], sums.data());
    for (const FeatureRole role : all_roles) {
      const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k) + offset_of(role);
      if (j < 0 || j >= static_cast<std::ptrdiff_t>(n)) {
        decode.edge_keys.clear();
        features_.type_keys(role, features, j, decode.edge_keys);
        for (const std::uint64_t key : decode.edge_keys)
          model_.add(key, sums.data());
        continue;
      }
      const auto r = static_cast<std::size_t>(role);
      auto &entry = decode.types.find(features.types[static_cast<std::size_t>(j)].signature);
      if ((entry.filled & (1u << r)) == 0) {
        decode.edge_keys.clear();
        features_.type_keys(role, features, j, decode.edge_keys);
        for (const std::uint64_t key : decode.edge_keys)
          model_.add(key, entry.sums[r].data());
        entry.filled |= 1u << r;
      }
      for (std::size_t t = 0; t < tag_count; ++t)
        sums[t] += entry.sums[r][t];
    }
    for (std::size_t t = 0; t < tag_count; ++t)
      decode.emissions[k * tag_count + t] = static_cast<float>(sums[t]) * model_.scale();
  }
  viterbi(decode.emissions, features.candidate, model_.transitions(), decode, decode.tags);
  names_of(decode.tags, out);
}

} // namespace aspectdiff::plugins::actors
