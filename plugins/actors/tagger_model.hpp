// The trained name tagger's weights: a linear model over hashed features, one weight per
// (feature, tag), quantised to 16 bits, and the tag-bigram weights Viterbi decoding adds.
//
// File format (little-endian), versioned so that a model trained for another feature set is
// refused rather than read wrongly:
//   magic "ADTAGGER"; u32 format version; u32 feature-set version; u32 tag count;
//   u32 feature count; f32 scale (a weight is its int16 times the scale);
//   f32 transitions[(tags + 1) * tags] (row `tags` is the sentence start);
//   feature count records of { u64 key; i16 weights[tags] };
//   u64 FNV-1a checksum of every byte before it.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::actors {

// BIO over four types. Even tags after O begin a name, odd ones continue it.
enum Tag : std::uint8_t {
  tag_o = 0,
  tag_b_per,
  tag_i_per,
  tag_b_org,
  tag_i_org,
  tag_b_loc,
  tag_i_loc,
  tag_b_misc,
  tag_i_misc,
};
inline constexpr std::size_t tag_count = 9;
enum class NameType : std::uint8_t { per, org, loc, misc };

constexpr bool begins(std::uint8_t tag) noexcept {
  return tag != tag_o && tag % 2 == 1;
}
constexpr bool continues(std::uint8_t tag) noexcept {
  return tag != tag_o && tag % 2 == 0;
}
constexpr NameType type_of(std::uint8_t tag) noexcept {
  return static_cast<NameType>((tag - 1) / 2);
}
constexpr std::uint8_t begin_tag(NameType t) noexcept {
  return static_cast<std::uint8_t>(1 + 2 * static_cast<int>(t));
}
const char *to_string(NameType t) noexcept;

// Bumped whenever the features change: a model is only valid for the features it was trained on.
inline constexpr std::uint32_t tagger_feature_version = 1;
inline constexpr std::uint32_t tagger_format_version = 1;

// Float weights as the trainer holds them, written in the file format above.
struct TaggerWeights {
  std::vector<std::uint64_t> keys;
  std::vector<std::array<float, tag_count>> rows;
  std::array<float, (tag_count + 1) * tag_count> transitions{};
};
// Quantises and serialises; the result loads with TaggerModel::load.
std::string serialise(const TaggerWeights &weights);

class TaggerModel {
public:
  // Reads a model from its bytes; `label` names the file in errors. Throws std::runtime_error
  // for a file that is truncated, corrupt, of another version or for another feature set.
  static TaggerModel load(std::string_view bytes, std::string_view label);

  // Adds the weights of one feature to `scores` (tag_count entries); unknown features add
  // nothing. Inline: called for every feature of every candidate token.
  void add(std::uint64_t key, std::int32_t *scores) const noexcept {
    std::size_t slot = key & mask_;
    for (;;) {
      const std::uint64_t k = keys_[slot];
      if (k == key) {
        const std::int16_t *w = &weights_[rows_[slot] * tag_count];
        for (std::size_t t = 0; t < tag_count; ++t)
          scores[t] += w[t];
        return;
      }
      if (k == 0) return;
      slot = (slot + 1) & mask_;
    }
  }
  float scale() const noexcept { return scale_; }
  // (tag_count + 1) x tag_count: from (row) to (column); the last row is the sentence start.
  const float *transitions() const noexcept { return transitions_.data(); }
  std::size_t feature_count() const noexcept { return rows_count_; }
  bool empty() const noexcept { return rows_count_ == 0; }

private:
  // Open addressing; 0 marks an empty slot. Two empty slots until a model is loaded, so a
  // look-up in an empty model finds nothing.
  std::vector<std::uint64_t> keys_ = std::vector<std::uint64_t>(2, 0);
  std::vector<std::uint32_t> rows_ = std::vector<std::uint32_t>(2, 0);
  std::vector<std::int16_t> weights_;
  std::array<float, (tag_count + 1) * tag_count> transitions_{};
  std::size_t mask_ = 1;
  std::size_t rows_count_ = 0;
  float scale_ = 1.0f;
};

// Feature keys are never 0 (the empty slot): the hashes are forced odd.
constexpr std::uint64_t feature_key(std::uint64_t h) noexcept {
  return h | 1u;
}

} // namespace aspectdiff::plugins::actors
