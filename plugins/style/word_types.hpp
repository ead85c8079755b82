// Numbers the distinct normalised words of one document (0, 1, 2... in order of first use) with
// an open-addressing table over views into the document, so interning a word allocates nothing
// once the table has grown to fit the vocabulary.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::style {

class WordTypes {
public:
  explicit WordTypes(std::size_t expected_types = 1024);

  struct Interned {
    std::uint32_t id;
    bool is_new;
  };
  // The views must stay valid as long as this table is used.
  Interned intern(std::string_view word);

  std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(words_.size()); }
  std::string_view word(std::uint32_t id) const noexcept { return words_[id]; }

private:
  static std::uint64_t hash(std::string_view s) noexcept;
  void grow();

  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t id = empty;
  };
  static constexpr std::uint32_t empty = 0xFFFFFFFFu;

  std::vector<Slot> slots_; // size is a power of two, at most half full
  std::vector<std::string_view> words_;
};

} // namespace aspectdiff::plugins::style
