// Writing a file so that readers see either the old content or the whole new one, never a part.
#pragma once

#include <filesystem>
#include <string_view>

namespace aspectdiff::io {

// Writes `content` to a temporary file beside `path`, flushes it to disk, then renames it over
// `path`. Throws model::Error (io, code W001) naming the file when any step fails; the temporary
// file is removed.
void write_atomically(const std::filesystem::path &path, std::string_view content);

} // namespace aspectdiff::io
