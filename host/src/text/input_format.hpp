// The input formats a document can be read from, and how a format is chosen for a file.
#pragma once

#include <optional>
#include <string_view>

namespace aspectdiff::text {

enum class InputFormat { automatic, text, markdown, html, jsonl };

// "auto", "text", "markdown", "html" or "jsonl"; nullopt for any other name.
std::optional<InputFormat> input_format_from(std::string_view name);

// The name used in model::Document::format: "text", "markdown", "html", "jsonl" ("auto" for
// automatic).
std::string_view format_name(InputFormat format);

// The concrete format of `path` when `requested` is automatic: by extension (.md/.markdown,
// .html/.htm, .jsonl/.ndjson, case-insensitive), otherwise plain text. Standard input ("-")
// is plain text. A concrete `requested` format is returned unchanged.
InputFormat resolve_format(std::string_view path, InputFormat requested);

} // namespace aspectdiff::text
