// Stance toward a state taken with the people in office who speak for it: "Russia and its
// leaders" pools the mentions of Russia and of Vladimir Putin (the actors aspect gives each
// office holder's state). A commentary's stance toward a power is spread over the state's name
// and its leaders' names; apart, each has few mentions and a wide interval, together they say
// how the piece treats that side.
#pragma once

#include "actor_stance.hpp"

#include <vector>

namespace aspectdiff::plugins::sentiment {

// The sides to add: one per state that is named together with at least one of its office
// holders, keyed "side:<state code>", labelled "<state> and its leaders", holding every member's
// mentions once (in text order), with the mean and class counts over them.
std::vector<ActorStance> state_sides(const std::vector<ActorStance> &actors);

} // namespace aspectdiff::plugins::sentiment
