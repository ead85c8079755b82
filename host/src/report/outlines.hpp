// What a human-readable report of a run says, in which order; the renderer decides how it looks.
#pragma once

#include "model/run.hpp"
#include "report/outline.hpp"
#include "report/report.hpp"

namespace aspectdiff::report {

// Per document, per aspect: metrics and top items, with evidence when asked; then problems.
void render_extract(Renderer &renderer, const model::ExtractRun &run, const ReportOptions &options);

// Per compared document: overall similarity, then per aspect the metric deltas, items only in A,
// only in B, the largest shared shifts and the plugin's findings; then the ranking and problems.
void render_compare(Renderer &renderer, const model::CompareRun &run, const ReportOptions &options);

} // namespace aspectdiff::report
