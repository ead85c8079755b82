// One panel per aspect in a pair's view of the HTML report. The panel is built from what every
// plugin produces (findings, metrics, items), so an aspect from a third-party plugin gets the
// same panel as a built-in one; a few conventions add charts: metrics of kind rate, score and
// proportion are drawn as bars, items of category "arc" as a line over the text.
#pragma once

#include "model/comparison.hpp"
#include "model/document.hpp"
#include "model/result.hpp"

#include <string>

namespace aspectdiff::report::html {

struct PanelSides {
  const model::Document *a = nullptr;
  const model::Document *b = nullptr;
  const model::AspectResult *result_a = nullptr; // may be null when the aspect did not run
  const model::AspectResult *result_b = nullptr;
};

void append_aspect_panel(std::string &out, const model::AspectComparison &comparison,
                         const PanelSides &sides, const std::string &panel_id);

} // namespace aspectdiff::report::html
