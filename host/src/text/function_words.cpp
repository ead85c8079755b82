#include "text/function_words.hpp"

#include <cstdint>

namespace aspectdiff::text {

namespace {

constexpr unsigned kTableBits = 9;
constexpr std::size_t kTableSize = std::size_t{1} << kTableBits;

// A word of at most 8 bytes packed into an integer (zero-padded); 0 never names a word. A
// byte loop rather than memcpy: the length varies, and a library call per word costs more.
constexpr std::uint64_t pack(std::string_view word) noexcept {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < word.size(); ++i)
    key |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
  return key;
}

constexpr std::size_t slot_of(std::uint64_t key) noexcept {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kTableBits));
}

// Open addressing with linear probing; the table is under a quarter full. Built at compile
// time.
struct Table {
  std::uint64_t keys[kTableSize] = {};
  constexpr Table() noexcept {
    for (const auto word : kFunctionWords) {
      const std::uint64_t key = pack(word);
      std::size_t slot = slot_of(key);
      while (keys[slot] != 0 && keys[slot] != key)
        slot = (slot + 1) & (kTableSize - 1);
      keys[slot] = key;
    }
  }
};

constexpr Table kTable;

static_assert([] {
  for (const auto word : kFunctionWords)
    if (word.empty() || word.size() > 8) return false;
  return true;
}());

} // namespace

bool is_function_word(std::string_view word) noexcept {
  if (word.empty() || word.size() > 8) return false;
  const std::uint64_t key = pack(word);
  for (std::size_t slot = slot_of(key);; slot = (slot + 1) & (kTableSize - 1)) {
    if (kTable.keys[slot] == key) return true;
    if (kTable.keys[slot] == 0) return false;
  }
}

bool is_capitalised_function_word(std::string_view word) noexcept {
  if (word.empty() || word.size() > 8 || word[0] < 'A' || word[0] > 'Z') return false;
  char lower[8];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return is_function_word({lower, word.size()});
}

} // namespace aspectdiff::text
