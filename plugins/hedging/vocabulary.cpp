#include "vocabulary.hpp"

#include <stdexcept>

namespace aspectdiff::plugins::hedging {

void Vocabulary::grow() {
  const std::size_t capacity = slots_.empty() ? 256 : slots_.size() * 2;
  slots_.assign(capacity, no_word);
  const std::size_t mask = capacity - 1;
  for (WordId id = 0; id < words_.size(); ++id) {
    std::size_t i = hash(words_[id]) & mask;
    while (slots_[i] != no_word)
      i = (i + 1) & mask;
    slots_[i] = id;
  }
}

WordId Vocabulary::intern(std::string_view word) {
  if (const WordId id = find(word); id != no_word) return id;
  if ((words_.size() + 1) * 2 > slots_.size()) grow();
  const auto id = static_cast<WordId>(words_.size());
  words_.push_back(storage_.emplace_back(word));
  masks_.push_back(0);
  if (word.size() > longest_) longest_ = word.size();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash(word) & mask;
  while (slots_[i] != no_word)
    i = (i + 1) & mask;
  slots_[i] = id;
  return id;
}

std::size_t Vocabulary::set_id(std::string_view name) {
  if (const std::size_t id = find_set(name); id != max_sets) return id;
  if (set_names_.size() == max_sets)
    throw std::length_error("more than 64 word sets; merge some of them");
  set_names_.emplace_back(name);
  return set_names_.size() - 1;
}

std::size_t Vocabulary::find_set(std::string_view name) const noexcept {
  for (std::size_t i = 0; i < set_names_.size(); ++i)
    if (set_names_[i] == name) return i;
  return max_sets;
}

} // namespace aspectdiff::plugins::hedging
