// Pieces that the extract and compare outlines share: a document's one-line description, an
// aspect's provenance, an item's attributes, and the closing list of everything that went wrong.
#pragma once

#include "model/document.hpp"
#include "model/result.hpp"
#include "model/run.hpp"
#include "report/outline.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::report {

// "“Title” · Source · 2024-05-16 · 1,234 words · 56 sentences · en · text"
std::string describe_document(const model::Document &doc);

// "style 1.0.0 · config 3f2a9c1e · cached"
std::string describe_provenance(const model::AspectResult &result);

// "stance=critical, role=leader"
std::string describe_attributes(const model::Item &item);

// The label a reader sees for a metric, an item, a finding: the label, else the key or name.
const std::string &display_label(const std::string &label, const std::string &key) noexcept;

// Run errors, then failed and unscored aspects that no run error already explains. Prints
// nothing when all went well.
void render_problems(Renderer &renderer, const std::vector<model::RunError> &errors,
                     const std::vector<model::DocumentResult> &results);

// The aspects of a ranking, one column each, in the order they first appear.
std::vector<std::string> ranking_aspects(const std::vector<model::RankEntry> &ranking);

// An entry's similarity on one aspect, or null when the aspect was not comparable for it.
const double *aspect_similarity(const model::RankEntry &entry, std::string_view aspect) noexcept;

// A line saying how many of a list were left out, or nothing when none were.
void render_left_out(Renderer &renderer, std::size_t shown, std::size_t total);

} // namespace aspectdiff::report
