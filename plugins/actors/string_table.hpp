// Per-document strings that mentions refer to by number: the words of new names, the office
// words of descriptions, the keys the resolver makes. Each distinct string is stored once, so a
// mention stays a small fixed-size record and a name repeated a thousand times costs one copy.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace aspectdiff::plugins::actors {

class StringTable {
public:
  using Id = std::uint32_t;
  static constexpr Id none = 0xffffffffu;

  // The id of `s`, added if new. Looking up a known string allocates nothing.
  Id intern(std::string_view s) {
    if (const auto it = ids_.find(s); it != ids_.end()) return it->second;
    const auto id = static_cast<Id>(strings_.size());
    // A deque never moves its elements, so the views the index holds stay valid.
    const std::string &stored = strings_.emplace_back(s);
    ids_.emplace(std::string_view(stored), id);
    return id;
  }

  // The id of `s`, or none.
  Id find(std::string_view s) const {
    const auto it = ids_.find(s);
    return it == ids_.end() ? none : it->second;
  }

  std::size_t size() const noexcept { return strings_.size(); }

  // The string of `id`; empty for none.
  std::string_view operator[](Id id) const noexcept {
    return id == none ? std::string_view() : std::string_view(strings_[id]);
  }

private:
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, Id> ids_;
};

} // namespace aspectdiff::plugins::actors
