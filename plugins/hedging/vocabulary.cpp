#include "vocabulary.hpp"

#include <stdexcept>

namespace aspectdiff::plugins::hedging {

void Vocabulary::insert_slot(WordId id) {
  const Key key = key_of(words_[id]);
  const std::uint64_t h = hash(key);
  const std::size_t mask = tags_.size() - 1;
  std::size_t i = h & mask;
  while (tags_[i] != 0)
    i = (i + 1) & mask;
  tags_[i] = tag_of(h);
  slots_[i] = {key, id};
}

void Vocabulary::grow() {
  // A sparse table: most document tokens are not known words, and an unknown word's probe ends
  // at the first empty slot.
  const std::size_t capacity = tags_.empty() ? 1024 : tags_.size() * 2;
  tags_.assign(capacity, 0);
  slots_.assign(capacity, Slot{});
  for (WordId id = 0; id < words_.size(); ++id)
    insert_slot(id);
}

WordId Vocabulary::intern(std::string_view word) {
  if (word.empty()) throw std::invalid_argument("an empty word cannot be interned");
  if (tags_.empty()) grow();
  if (const WordId id = find(word); id != no_word) return id;
  if ((words_.size() + 1) * 4 > tags_.size()) grow();
  const auto id = static_cast<WordId>(words_.size());
  words_.push_back(storage_.emplace_back(word));
  masks_.push_back(0);
  if (word.size() > longest_) longest_ = word.size();
  insert_slot(id);
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
