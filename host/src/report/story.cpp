#include "report/story.hpp"

#include "report/headline.hpp"

#include <map>

namespace aspectdiff::report {

namespace {

constexpr std::size_t max_per_aspect = 2;

// A difference's words end the clause; a trailing full stop would double the template's.
std::string clause(std::string text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' '))
    text.pop_back();
  return text;
}

// The strongest differences that stand out, at most `max_per_aspect` from one aspect, so that
// one talkative plugin cannot tell the whole story.
std::vector<HeadlineDifference> story_picks(const model::Comparison &comparison,
                                            std::size_t count) {
  std::vector<HeadlineDifference> picks;
  std::map<std::string, std::size_t> per_aspect;
  for (auto &d : headline_differences(comparison, comparison.ranked.size())) {
    if (picks.size() == count) break;
    if (per_aspect[d.aspect]++ >= max_per_aspect) continue;
    picks.push_back(std::move(d));
  }
  return picks;
}

} // namespace

std::vector<StoryPart> pair_story(const model::Comparison &comparison, const std::string &name_a,
                                  const std::string &name_b, std::size_t differences) {
  std::vector<StoryPart> parts;
  const std::string opening = "Compared with A (" + name_a + "), B (" + name_b + ")";
  const auto picks = story_picks(comparison, differences);
  if (picks.empty()) {
    parts.push_back({opening + " shows no difference that stands out from sentence-to-sentence "
                               "variation.",
                     0});
    return parts;
  }
  for (std::size_t i = 0; i < picks.size(); ++i) {
    const auto &d = picks[i];
    const bool same_aspect = i > 0 && picks[i - 1].aspect == d.aspect;
    std::string lead;
    if (i == 0)
      lead = opening + " differs most in " + d.aspect + ": ";
    else if (i == 1)
      lead =
          same_aspect ? ". Also in " + d.aspect + ": " : ". It also differs in " + d.aspect + ": ";
    else
      lead = same_aspect ? "; and again in " + d.aspect + ": " : "; and in " + d.aspect + ": ";
    parts.push_back({lead, 0});
    parts.push_back({clause(d.text), d.rank});
  }
  parts.push_back({".", 0});
  return parts;
}

std::string story_text(const std::vector<StoryPart> &parts) {
  std::string text;
  for (const auto &part : parts)
    text += part.text;
  return text;
}

} // namespace aspectdiff::report
