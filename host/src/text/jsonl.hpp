// JSON Lines input: one document per line, {"id", "text", "title", "source", "date", "url"}.
#pragma once

#include "model/document.hpp"
#include "text/input_error.hpp"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>

namespace aspectdiff::text {

// Streams `file` (named `path` in messages) line by line. Each non-blank line is one record: a
// JSON object with a string "text" (required) and optional "id" (string or integer; default
// "<path>:<line>"), "title", "source", "date", "url" (strings or null). A bad line is one error;
// the other lines still yield documents. A binary file is one error and nothing else; after
// 100 bad lines and no good one, reading stops with one more error. The documents' text is
// the record's text, so their source map is empty and offsets are into that text.
void read_jsonl(std::FILE *file, const std::string &path, std::uint64_t max_line,
                const std::function<void(model::Document &&)> &on_document,
                const std::function<void(InputError &&)> &on_error);

} // namespace aspectdiff::text
