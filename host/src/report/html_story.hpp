// The HTML of a pair's story and ranked differences: every figure in the story is a link to the
// ranked difference it comes from and, when clicked, lights that difference's evidence.
#pragma once

#include "model/comparison.hpp"
#include "model/document.hpp"

#include <string>
#include <string_view>

namespace aspectdiff::report::html {

// The id of a pair's ranked difference: "<pair_id>-r<rank>".
std::string ranked_id(std::string_view pair_id, std::size_t rank);

// <p class="story"> with its figures wrapped in evidence links, then <ol class="headline"> of
// the differences that stand out, strongest first, each clickable evidence with its ranked_id.
void append_story_and_ranking(std::string &out, const model::Comparison &c,
                              const model::Document *a, const model::Document *b,
                              const std::string &name_a, const std::string &name_b,
                              const std::string &pair_id);

} // namespace aspectdiff::report::html
