// Sharding: which share of a job's inputs one process takes. A document belongs to shard
// xxh64(id) mod N, so every process reading the same inputs agrees without talking to the others.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aspectdiff::batch {

struct Shard {
  std::uint32_t index = 0; // K, 0-based (Kubernetes' JOB_COMPLETION_INDEX counts the same way)
  std::uint32_t count = 1; // N

  bool whole() const noexcept { return count == 1; }
  bool takes(std::string_view key) const noexcept;
  std::string to_string() const { return std::to_string(index) + "/" + std::to_string(count); }
};

// "K/N" with 0 <= K < N <= 65536; nullopt otherwise.
std::optional<Shard> parse_shard(std::string_view text);

// The 64-bit xxHash of a key, seed 0 (stable across machines and versions of xxHash).
std::uint64_t key_hash(std::string_view key) noexcept;

} // namespace aspectdiff::batch
