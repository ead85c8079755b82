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

  // The row of a feature's weights, or -1 for a feature the model does not know. Inline: called
  // for every feature of every candidate token.
  std::int32_t find(std::uint64_t key) const noexcept {
    const auto fingerprint = static_cast<std::uint32_t>(key >> 32);
    for (std::size_t slot = key & mask_;; slot = (slot + 1) & mask_) {
      const std::uint64_t entry = slots_[slot];
      if (entry == 0) return -1;
      if (static_cast<std::uint32_t>(entry >> 32) != fingerprint) continue;
      const auto row = static_cast<std::uint32_t>(entry) - 1;
      if (records_[row].key == key) return static_cast<std::int32_t>(row);
    }
  }
  // Asks the memory system for the cache line a look-up of `key` starts at, and for a row's
  // weights: a sentence's features are looked up in a batch, each line requested some features
  // ahead, so the look-ups wait for memory in parallel rather than one after the other.
  void prefetch_slot(std::uint64_t key) const noexcept { __builtin_prefetch(&slots_[key & mask_]); }
  void prefetch_row(std::int32_t row) const noexcept { __builtin_prefetch(&records_[row]); }
  // Adds row `row`'s weights to `scores` (tag_count entries).
  void add_row(std::int32_t row, std::int32_t *scores) const noexcept {
    const std::int16_t *w = records_[static_cast<std::size_t>(row)].weights;
    for (std::size_t t = 0; t < tag_count; ++t)
      scores[t] += w[t];
  }
  // Adds the weights of one feature to `scores`; unknown features add nothing.
  void add(std::uint64_t key, std::int32_t *scores) const noexcept {
    if (const auto row = find(key); row >= 0) add_row(row, scores);
  }
  float scale() const noexcept { return scale_; }
  // (tag_count + 1) x tag_count: from (row) to (column); the last row is the sentence start.
  const float *transitions() const noexcept { return transitions_.data(); }
  std::size_t feature_count() const noexcept { return rows_count_; }
  bool empty() const noexcept { return rows_count_ == 0; }
  // Different for every model loaded in the process (0 for none), so weights summed from one
  // model are never taken for another's.
  std::uint64_t id() const noexcept { return id_; }

private:
  // A feature's key and weights, one cache line's half: a look-up that finds its row reads the
  // key and the weights in one access.
  struct alignas(32) Record {
    std::uint64_t key = 0;
    std::int16_t weights[tag_count] = {};
  };
  // Open addressing over slots of (the key's upper 32 bits << 32 | row + 1); 0 marks an empty
  // slot. The slots are 8 bytes, so the table the misses probe is small enough to stay in
  // cache. Two empty slots until a model is loaded, so a look-up in an empty model finds nothing.
  std::vector<std::uint64_t> slots_ = std::vector<std::uint64_t>(2, 0);
  std::vector<Record> records_;
  std::array<float, (tag_count + 1) * tag_count> transitions_{};
  std::size_t mask_ = 1;
  std::size_t rows_count_ = 0;
  float scale_ = 1.0f;
  std::uint64_t id_ = 0;
};

// Feature keys are never 0 (the empty slot): the hashes are forced odd.
constexpr std::uint64_t feature_key(std::uint64_t h) noexcept {
  return h | 1u;
}

} // namespace aspectdiff::plugins::actors
