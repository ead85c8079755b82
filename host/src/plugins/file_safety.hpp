// Loading a plugin runs its code with the user's rights, so a plugin file, or a directory of
// plugins, that any user of the machine can write is refused: anyone could replace or add code.
#pragma once

#include "plugins/plugin.hpp"

#include <filesystem>
#include <optional>

namespace aspectdiff::plugins {

// The refusal of a directory (P016) or file (P017) that users other than its owner may write,
// naming it and the fix; nullopt when it is safe (or cannot be examined: loading then fails on
// its own terms).
std::optional<Refusal> refuse_if_writable_by_others(const std::filesystem::path &path,
                                                    bool is_directory);

} // namespace aspectdiff::plugins
