#include "text/jsonl.hpp"

#include "text/file_bytes.hpp"
#include "text/line_reader.hpp"
#include "text/segment.hpp"
#include "text/text_checks.hpp"

#include <nlohmann/json.hpp>

#include <optional>

namespace aspectdiff::text {

namespace {

using nlohmann::json;

constexpr std::uint64_t kGiveUpAfter = 100;

// A record's problem, before the file and line are added.
struct RecordError {
  const char *code;
  std::uint64_t offset; // within the line
  std::string message;
};

// An optional string field: absent or null → empty.
std::optional<RecordError> string_field(const json &record, const char *name, std::string &out) {
  const auto it = record.find(name);
  if (it == record.end() || it->is_null()) return std::nullopt;
  if (!it->is_string())
    return RecordError{input_code::bad_field, 0,
                       std::string("field \"") + name + "\" must be a string, not " +
                           it->type_name()};
  out = it->get<std::string>();
  return std::nullopt;
}

// What nlohmann says, without its "[json.exception.parse_error.101] " prefix.
std::string parse_message(const json::parse_error &e) {
  std::string what = e.what();
  if (const auto close = what.find("] ");
      what.rfind("[json.exception", 0) == 0 && close != std::string::npos)
    what.erase(0, close + 2);
  return what;
}

// `line_offset`: where the line starts in the file, for messages.
std::optional<RecordError> parse_record(std::string_view line, const std::string &path,
                                        std::uint64_t line_number, std::uint64_t line_offset,
                                        model::Document &doc) {
  if (auto bad = find_invalid_utf8(line, line_offset))
    return RecordError{input_code::invalid_utf8, bad->offset - line_offset,
                       std::move(bad->message)};
  json record;
  try {
    record = json::parse(line);
  } catch (const json::parse_error &e) {
    const std::uint64_t at = e.byte > 0 ? e.byte - 1 : 0;
    return RecordError{input_code::not_json, at, "not JSON: " + parse_message(e)};
  }
  if (!record.is_object())
    return RecordError{input_code::not_json, 0,
                       std::string("a record must be a JSON object, not ") + record.type_name()};
  const auto text = record.find("text");
  if (text == record.end() || text->is_null())
    return RecordError{input_code::missing_text, 0, "record has no \"text\" field"};
  if (!text->is_string())
    return RecordError{input_code::bad_field, 0,
                       std::string("field \"text\" must be a string, not ") + text->type_name()};
  doc.text = text->get<std::string>();
  if (is_blank(doc.text)) return RecordError{input_code::empty, 0, "record's \"text\" is empty"};
  if (doc.text.find('\0') != std::string::npos)
    return RecordError{input_code::binary, 0, "record's \"text\" holds a NUL character"};

  const auto id = record.find("id");
  if (id == record.end() || id->is_null())
    doc.id = path + ":" + std::to_string(line_number);
  else if (id->is_string())
    doc.id = id->get<std::string>();
  else if (id->is_number_integer())
    doc.id = id->dump();
  else
    return RecordError{input_code::bad_field, 0,
                       std::string("field \"id\" must be a string or an integer, not ") +
                           id->type_name()};
  for (const auto &[name, field] :
       {std::pair{"title", &doc.title}, std::pair{"source", &doc.source},
        std::pair{"date", &doc.date}, std::pair{"url", &doc.url}})
    if (auto bad = string_field(record, name, *field)) return bad;
  return std::nullopt;
}

} // namespace

void read_jsonl(std::FILE *file, const std::string &path, std::uint64_t max_line,
                const std::function<void(model::Document &&)> &on_document,
                const std::function<void(InputError &&)> &on_error) {
  LineReader reader(file, max_line);
  if (auto binary = find_binary(reader.peek(8192))) {
    on_error({binary->code, path, 0, binary->offset, binary->message});
    return;
  }
  if (auto foreign = find_foreign_bom(reader.peek(4))) {
    on_error({foreign->code, path, 0, 0, foreign->message});
    return;
  }

  std::uint64_t good = 0, bad = 0;
  std::string_view line;
  for (;;) {
    const auto status = reader.next(line);
    if (status == LineReader::Status::end) break;
    if (status == LineReader::Status::read_error) {
      on_error({input_code::read_failed, path, reader.line_number(), reader.line_offset(),
                "read error after line " + std::to_string(reader.line_number())});
      return;
    }
    if (status == LineReader::Status::too_long) {
      ++bad;
      on_error({input_code::too_large, path, reader.line_number(), reader.line_offset(),
                "the line is over the limit of " + describe_size(max_line) + "; skipped"});
    } else {
      std::uint64_t skipped = 0; // bytes dropped from the front of the line
      if (reader.line_number() == 1 && utf8_bom_length(line) != 0) {
        line.remove_prefix(3);
        skipped = 3;
      }
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (is_blank(line)) continue;

      model::Document doc;
      std::optional<RecordError> problem;
      try {
        problem =
            parse_record(line, path, reader.line_number(), reader.line_offset() + skipped, doc);
      } catch (const std::exception &e) { // nlohmann's own errors, bad_alloc
        problem =
            RecordError{input_code::not_json, 0, std::string("cannot read record: ") + e.what()};
      }
      if (problem) {
        ++bad;
        on_error({problem->code, path, reader.line_number(),
                  reader.line_offset() + skipped + problem->offset, std::move(problem->message)});
      } else {
        ++good;
        doc.path = path;
        doc.line = reader.line_number();
        doc.format = "jsonl";
        segment(doc);
        on_document(std::move(doc));
      }
    }
    if (good == 0 && bad >= kGiveUpAfter) {
      on_error({input_code::not_json, path, reader.line_number(), reader.line_offset(),
                "stopped after " + std::to_string(bad) +
                    " bad lines and no good record: is this a JSON Lines file?"});
      return;
    }
  }
  if (good == 0 && bad == 0) on_error({input_code::empty, path, 0, 0, "the file holds no records"});
}

} // namespace aspectdiff::text
