// XXH3-128 content hashing, the one hash the project uses for cache keys and provenance.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace aspectdiff::cache {

// Incremental XXH3-128. Each `add` is length-prefixed so ("ab","c") and ("a","bc") differ.
class Hasher {
public:
  Hasher();
  ~Hasher();
  Hasher(const Hasher &) = delete;
  Hasher &operator=(const Hasher &) = delete;

  Hasher &add(std::string_view bytes);
  Hasher &add(std::uint64_t value);
  // A file's bytes, read in chunks: the same hash as add() of its whole contents, without
  // holding them. A file that cannot be read adds as empty.
  Hasher &add_file(const std::filesystem::path &path);
  std::string hex() const; // 32 lowercase hex digits

private:
  struct State;
  std::unique_ptr<State> state_;
};

std::string xxh3_128_hex(std::string_view bytes);

} // namespace aspectdiff::cache
