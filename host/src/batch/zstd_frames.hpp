// Compressed batch results (`compress = "zstd"`): results.jsonl.zst holds one zstd frame per
// document's line. A file of concatenated frames is itself a valid zstd stream (`zstd -dc`
// reads it whole), and each frame ends where a journal record says its document's output
// ends, so resuming (cut back to a record) and merging (copy each record's bytes) work on the
// compressed bytes exactly as on plain lines.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace aspectdiff::batch {

// `text` as one complete zstd frame (level 3: fast, about 6-10x on results).
std::string zstd_frame(std::string_view text);

// Every frame of `bytes` decompressed and concatenated. Throws model::Error (io, W103) naming
// `where` when the bytes are not whole zstd frames.
std::string zstd_decompress(std::string_view bytes, const std::string &where);

// The lines of a finished job's results, plain or compressed, whichever the directory holds.
std::string read_results(const std::filesystem::path &plain, const std::filesystem::path &zst);

} // namespace aspectdiff::batch
