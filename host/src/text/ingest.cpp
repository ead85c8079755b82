#include "text/ingest.hpp"

#include "text/file_bytes.hpp"
#include "text/html.hpp"
#include "text/jsonl.hpp"
#include "text/markdown.hpp"
#include "text/segment.hpp"
#include "text/text_checks.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <variant>

namespace aspectdiff::text {

namespace {

// Offsets are 32-bit: keep every document under 4 GiB whatever the options say.
constexpr std::uint64_t kHardLimit = std::numeric_limits<std::uint32_t>::max() - 1;

// A plain-text file's first paragraph is its title when it is one short line without final
// punctuation, followed by more text ("Putin and Xi\n\nThe relationship ...").
std::string plain_title(const model::Document &doc) {
  if (doc.paragraphs.size() < 2 || doc.paragraphs[0].count != 1) return {};
  const aspectdiff_segment &p = doc.paragraphs[0];
  const std::string_view line(doc.text.data() + p.begin, p.end - p.begin);
  if (line.size() > 150 || line.find('\n') != std::string_view::npos) return {};
  const aspectdiff_token &last =
      doc.tokens[doc.sentences[p.first].first + doc.sentences[p.first].count - 1];
  if ((last.flags & ASPECTDIFF_TOKEN_PUNCTUATION) != 0) {
    const char c = doc.text[last.end - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ',' || c == ';') return {};
  }
  return std::string(line);
}

InputError error_at(const std::string &path, std::string_view bytes, const ByteProblem &p) {
  InputError e;
  e.code = p.code;
  e.file = path;
  e.offset = p.offset;
  // A position inside the file is worth a line number; "empty" and "UTF-16" are not.
  if (p.code == input_code::binary || p.code == input_code::invalid_utf8)
    if (p.offset != 0 || !bytes.empty()) e.line = line_at(bytes, p.offset);
  e.message = p.message;
  return e;
}

// Reads a whole text, Markdown or HTML file into a document.
std::variant<model::Document, InputError> read_document(const std::string &path, InputFormat format,
                                                        std::uint64_t max_bytes) {
  std::string bytes;
  if (auto error = read_all(path, max_bytes, bytes)) return std::move(*error);
  if (auto problem = check_text_bytes(bytes)) return error_at(path, bytes, *problem);

  model::Document doc;
  doc.id = path;
  doc.path = path;
  doc.format = std::string(format_name(format));
  const std::size_t bom = utf8_bom_length(bytes);
  switch (format) {
  case InputFormat::markdown: {
    MarkdownText md = strip_markdown(std::string_view(bytes).substr(bom), bom);
    md.text.move_into(doc);
    doc.title = std::move(md.title);
    break;
  }
  case InputFormat::html: {
    HtmlText html = html_to_text(std::string_view(bytes).substr(bom), bom);
    html.text.move_into(doc);
    doc.title = std::move(html.title);
    break;
  }
  default:
    bytes.erase(0, bom);
    doc.text = std::move(bytes);
    if (bom != 0) doc.source_map.push_back({0, bom});
    break;
  }
  if (is_blank(doc.text))
    return InputError{input_code::empty, path, 0, 0,
                      "no text is left once the " + doc.format + " markup is removed"};
  segment(doc);
  if (doc.tokens.empty())
    return InputError{input_code::empty, path, 0, 0, "the file holds no words or symbols"};
  if (format == InputFormat::text) doc.title = plain_title(doc);
  return doc;
}

} // namespace

void read_input(const std::string &path, InputFormat format,
                const std::function<void(model::Document &&)> &on_document,
                const std::function<void(InputError &&)> &on_error) {
  read_input(path, format, ReadOptions{}, on_document, on_error);
}

void read_input(const std::string &path, InputFormat format, const ReadOptions &options,
                const std::function<void(model::Document &&)> &on_document,
                const std::function<void(InputError &&)> &on_error) {
  const InputFormat resolved = resolve_format(path, format);
  const std::uint64_t max_bytes = std::min(options.max_bytes, kHardLimit);

  if (resolved == InputFormat::jsonl) {
    InputError error;
    InputFile file = open_input(path, error);
    if (!file) {
      on_error(std::move(error));
      return;
    }
    read_jsonl(file.get(), path, max_bytes, on_document, on_error);
    return;
  }

  std::variant<model::Document, InputError> result;
  try {
    result = read_document(path, resolved, max_bytes);
  } catch (const std::exception &e) { // out of memory, or a filesystem error
    result =
        InputError{input_code::read_failed, path, 0, 0, std::string("cannot read: ") + e.what()};
  }
  if (auto *doc = std::get_if<model::Document>(&result))
    on_document(std::move(*doc));
  else
    on_error(std::move(std::get<InputError>(result)));
}

} // namespace aspectdiff::text
