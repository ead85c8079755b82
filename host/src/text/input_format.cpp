#include "text/input_format.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace aspectdiff::text {

namespace {

struct Extension {
  std::string_view suffix;
  InputFormat format;
};

constexpr std::array kExtensions{
    Extension{".md", InputFormat::markdown}, Extension{".markdown", InputFormat::markdown},
    Extension{".html", InputFormat::html},   Extension{".htm", InputFormat::html},
    Extension{".jsonl", InputFormat::jsonl}, Extension{".ndjson", InputFormat::jsonl},
};

bool ends_with_ignoring_case(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<long>(suffix.size()),
                    [](char a, char b) {
                      const auto lower = [](char c) {
                        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
                      };
                      return lower(a) == lower(b);
                    });
}

} // namespace

std::optional<InputFormat> input_format_from(std::string_view name) {
  if (name == "auto" || name == "automatic") return InputFormat::automatic;
  if (name == "text" || name == "txt") return InputFormat::text;
  if (name == "markdown" || name == "md") return InputFormat::markdown;
  if (name == "html") return InputFormat::html;
  if (name == "jsonl" || name == "ndjson") return InputFormat::jsonl;
  return std::nullopt;
}

std::string_view format_name(InputFormat format) {
  switch (format) {
  case InputFormat::text:
    return "text";
  case InputFormat::markdown:
    return "markdown";
  case InputFormat::html:
    return "html";
  case InputFormat::jsonl:
    return "jsonl";
  case InputFormat::automatic:
    break;
  }
  return "auto";
}

InputFormat resolve_format(std::string_view path, InputFormat requested) {
  if (requested != InputFormat::automatic) return requested;
  for (const auto &ext : kExtensions)
    if (ends_with_ignoring_case(path, ext.suffix)) return ext.format;
  return InputFormat::text;
}

} // namespace aspectdiff::text
