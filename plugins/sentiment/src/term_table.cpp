#include "term_table.hpp"

namespace aspectdiff::plugins::sentiment {

std::uint32_t TermTable::intern(std::string_view term) {
  if (const auto id = find(term); id != npos) return id;
  // Kept at most half full, so a miss (the common case: most words carry no sentiment) ends
  // after a probe or two.
  if ((keys_.size() + 1) * 2 > slots_.size()) grow();
  const auto id = static_cast<std::uint32_t>(keys_.size());
  keys_.push_back({prefix(term), static_cast<std::uint32_t>(arena_.size()),
                   static_cast<std::uint32_t>(term.size())});
  arena_.append(term);
  place(id);
  return id;
}

void TermTable::place(std::uint32_t id) {
  const std::uint64_t h = hash(keys_[id].head, term(id));
  std::uint64_t i = h & mask_;
  while (slots_[i].id != npos)
    i = (i + 1) & mask_;
  slots_[i] = {static_cast<std::uint32_t>(h >> 32), id};
}

void TermTable::grow() {
  const std::size_t capacity = slots_.empty() ? 1024 : slots_.size() * 2;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  for (std::uint32_t id = 0; id < keys_.size(); ++id)
    place(id);
}

} // namespace aspectdiff::plugins::sentiment
