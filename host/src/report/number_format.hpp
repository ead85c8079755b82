// Numbers as a reader expects them for each kind of metric: a score as ±0.000, a proportion as a
// percentage, a rate per 1,000 words, a count as an integer. Non-finite values print as "n/a".
#pragma once

#include "model/comparison.hpp"
#include "model/result.hpp"

#include <cstdint>
#include <string>

namespace aspectdiff::report {

// A metric's value: "+0.412", "12.5%", "4.2 /1k words", "1,234", "17.35". `compact` shortens
// the rate unit to "/1k" for narrow table columns.
std::string format_metric(model::MetricKind kind, double value, bool compact = false);

// A difference in the metric's unit, always signed: "+0.120", "-3.1 pp", "+1.2 /1k", "+3".
std::string format_delta(model::MetricKind kind, double delta);

// A 95% interval of a difference: "[-0.020, +0.100]".
std::string format_interval(model::MetricKind kind, const model::Interval &interval);

// A similarity in [0, 1]: "0.734".
std::string format_similarity(double similarity);

// An item weight: "0.42", or "1.2e-05" for very small ones.
std::string format_weight(double weight);

// A ranking strength: "4.21", "12.3".
std::string format_strength(double strength);

// A p value: "0.012", "<0.001"; "n/a" when there is none.
std::string format_p(double p);

// An integer with thousands separators: "12,345".
std::string format_count(std::uint64_t count);

} // namespace aspectdiff::report
