#include "batch/shard.hpp"

#include <charconv>

#include <xxhash.h>

namespace aspectdiff::batch {

std::uint64_t key_hash(std::string_view key) noexcept {
  return XXH64(key.data(), key.size(), 0);
}

bool Shard::takes(std::string_view key) const noexcept {
  return count <= 1 || key_hash(key) % count == index;
}

std::optional<Shard> parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  Shard shard;
  const auto k = text.substr(0, slash);
  const auto n = text.substr(slash + 1);
  if (k.empty() || n.empty()) return std::nullopt;
  if (auto [p, ec] = std::from_chars(k.data(), k.data() + k.size(), shard.index);
      ec != std::errc() || p != k.data() + k.size())
    return std::nullopt;
  if (auto [p, ec] = std::from_chars(n.data(), n.data() + n.size(), shard.count);
      ec != std::errc() || p != n.data() + n.size())
    return std::nullopt;
  if (shard.count == 0 || shard.count > 65536 || shard.index >= shard.count) return std::nullopt;
  return shard;
}

} // namespace aspectdiff::batch
