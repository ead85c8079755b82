// An open-addressing hash table from a normalised term to a small integer id. It is built once
// when the plugin is created and then only read, from several threads at once; look-ups do not
// allocate. Keys are copied into one arena so the table does not depend on where they came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::sentiment {

class TermTable {
public:
  static constexpr std::uint32_t npos = 0xffffffffu;

  // The id of `term`, inserting it if it is new. Ids are dense: 0, 1, 2, ...
  std::uint32_t intern(std::string_view term);
  // The id of `term`, or npos.
  std::uint32_t find(std::string_view term) const noexcept;
  std::string_view term(std::uint32_t id) const noexcept {
    return {arena_.data() + keys_[id].offset, keys_[id].size};
  }
  std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(keys_.size()); }

  static std::uint64_t hash(std::string_view s) noexcept;

private:
  struct Key {
    std::uint32_t offset;
    std::uint32_t size;
  };
  struct Slot {
    std::uint32_t id = npos;
    std::uint32_t tag = 0; // low bits of the hash, to skip most key comparisons
  };
  void grow();

  std::string arena_;
  std::vector<Key> keys_;
  std::vector<std::uint64_t> hashes_;
  std::vector<Slot> slots_;
  std::uint64_t mask_ = 0;
};

} // namespace aspectdiff::plugins::sentiment
