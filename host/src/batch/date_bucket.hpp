// The group a document falls into for one grouping field.
#pragma once

#include "batch/job.hpp"
#include "batch/record.hpp"

#include <string>

namespace aspectdiff::batch {

inline constexpr const char *no_group = "(none)";

// The value of `field` for the record: its source as written; its date as written
// or bucketed (day "2026-11-29", week "2026-W48" (ISO 8601), month "2026-11", year "2026").
// A missing value, or a date that does not start with YYYY-MM-DD when bucketing, is "(none)".
std::string group_of(const DocRecord &record, const GroupField &field);

} // namespace aspectdiff::batch
