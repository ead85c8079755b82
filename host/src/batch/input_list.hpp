// Turning a job's input patterns into the ordered list of inputs it reads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::batch {

// Each pattern in order: "-" stays standard input; a pattern with * ? or [ becomes the matching
// paths in sorted order (none is a usage error: likely a typo); a directory becomes every
// regular file under it, sorted; anything else is kept as given (a missing file is reported as
// an input error when it is read). The order is deterministic, which sharding and resuming rely
// on.
std::vector<std::string> expand_inputs(const std::vector<std::string> &patterns);

// About how many documents the inputs hold (lines of JSON Lines files, one per other file), for
// progress; nullopt when standard input is among them.
std::optional<std::uint64_t> estimate_documents(const std::vector<std::string> &paths,
                                                const std::string &format);

} // namespace aspectdiff::batch
