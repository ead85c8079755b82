// Turning files into documents: read one input (a file or standard input) in one of the
// supported formats, reject bad input with a clear error, and segment what was read.
#pragma once

#include "model/document.hpp"
#include "text/input_error.hpp"
#include "text/input_format.hpp"

#include <cstdint>
#include <functional>
#include <string>

namespace aspectdiff::text {

struct ReadOptions {
  // Files (and JSONL lines) longer than this are refused. Offsets are 32-bit, so the limit is
  // capped just under 4 GiB whatever is asked.
  std::uint64_t max_bytes = 64ull << 20;
};

// Reads one input (a path, or "-" for standard input) and calls `on_document` for every
// document in it, `on_error` for every document that cannot be read. A JSONL file is streamed
// line by line: a bad line is one error, the other lines still yield documents. Never throws
// for bad input (exceptions thrown by the callbacks themselves propagate).
//
// Each document: id = the path as given (JSONL: the record's "id", or "<path>:<line>"), path,
// line (JSONL only), format, title (HTML <title>, the first Markdown H1, a JSONL "title", or
// a plain-text file's first line when it stands alone as a heading), and the segmentation.
void read_input(const std::string &path, InputFormat format,
                const std::function<void(model::Document &&)> &on_document,
                const std::function<void(InputError &&)> &on_error);
void read_input(const std::string &path, InputFormat format, const ReadOptions &options,
                const std::function<void(model::Document &&)> &on_document,
                const std::function<void(InputError &&)> &on_error);

} // namespace aspectdiff::text
