#include "state_sides.hpp"

#include <algorithm>
#include <map>

namespace aspectdiff::plugins::sentiment {

namespace {

constexpr std::string_view state_prefix = "state:";

} // namespace

std::vector<ActorStance> state_sides(const std::vector<ActorStance> &actors) {
  // By state code: the state's own entry and its office holders.
  struct Members {
    const ActorStance *state = nullptr;
    std::vector<const ActorStance *> leaders;
  };
  std::map<std::string, Members> by_state;
  for (const auto &a : actors) {
    if (a.mentions.empty()) continue;
    if (a.actor.key.starts_with(state_prefix))
      by_state[a.actor.key.substr(state_prefix.size())].state = &a;
    else if (!a.actor.state.empty())
      by_state[a.actor.state].leaders.push_back(&a);
  }
  std::vector<ActorStance> sides;
  for (const auto &[code, members] : by_state) {
    if (members.state == nullptr || members.leaders.empty()) continue;
    ActorStance side;
    side.actor = {.key = "side:" + code,
                  .label = members.state->actor.label + " and its leaders",
                  .category = "side",
                  .spans = {},
                  .of_interest = false,
                  .state = code};
    auto add = [&](const ActorStance &a) {
      side.mentions.insert(side.mentions.end(), a.mentions.begin(), a.mentions.end());
      side.actor.spans.insert(side.actor.spans.end(), a.actor.spans.begin(), a.actor.spans.end());
    };
    std::size_t count = members.state->mentions.size();
    for (const auto *leader : members.leaders)
      count += leader->mentions.size();
    side.mentions.reserve(count);
    add(*members.state);
    for (const auto *leader : members.leaders)
      add(*leader);
    std::sort(side.mentions.begin(), side.mentions.end(),
              [](const MentionStance &x, const MentionStance &y) {
                return x.target.first != y.target.first ? x.target.first < y.target.first
                                                        : x.target.last < y.target.last;
              });
    // A mention two members share (a name inside a description of the other) counts once.
    side.mentions.erase(std::unique(side.mentions.begin(), side.mentions.end(),
                                    [](const MentionStance &x, const MentionStance &y) {
                                      return x.target.first == y.target.first;
                                    }),
                        side.mentions.end());
    summarise(side);
    sides.push_back(std::move(side));
  }
  return sides;
}

} // namespace aspectdiff::plugins::sentiment
