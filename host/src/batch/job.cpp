#include "batch/job.hpp"

#include "model/error.hpp"
#include "text/input_format.hpp"

#include <toml++/toml.h>

#include <set>

namespace aspectdiff::batch {

namespace {

using model::Error;
using model::ErrorKind;

[[noreturn]] void bad(const std::filesystem::path &file, const toml::node &node,
                      const std::string &key, const std::string &what) {
  const auto &src = node.source();
  throw Error(ErrorKind::usage, "C101",
              file.string() + ":" + std::to_string(src.begin.line) + ":" +
                  std::to_string(src.begin.column) + ": batch." + key + " " + what);
}

std::vector<std::string> strings(const std::filesystem::path &file, const toml::node &node,
                                 const std::string &key) {
  std::vector<std::string> out;
  if (const auto *s = node.as_string()) {
    out.push_back(s->get());
    return out;
  }
  const auto *array = node.as_array();
  if (array == nullptr) bad(file, node, key, "must be a string or an array of strings");
  for (const auto &element : *array) {
    const auto *s = element.as_string();
    if (s == nullptr) bad(file, element, key, "must hold only strings");
    out.push_back(s->get());
  }
  return out;
}

std::string one_string(const std::filesystem::path &file, const toml::node &node,
                       const std::string &key) {
  const auto *s = node.as_string();
  if (s == nullptr) bad(file, node, key, "must be a string");
  return s->get();
}

std::int64_t integer(const std::filesystem::path &file, const toml::node &node,
                     const std::string &key, std::int64_t low, std::int64_t high) {
  const auto *i = node.as_integer();
  if (i == nullptr || i->get() < low || i->get() > high)
    bad(file, node, key,
        "must be an integer from " + std::to_string(low) + " to " + std::to_string(high));
  return i->get();
}

// A relative path is relative to the job file; glob patterns and "-" too (except "-").
std::string anchored(const std::filesystem::path &file, const std::string &path) {
  if (path == "-" || path.empty()) return path;
  std::filesystem::path p(path);
  if (p.is_absolute()) return path;
  const auto dir = file.parent_path();
  return dir.empty() ? path : (dir / p).lexically_normal().string();
}

} // namespace

std::optional<GroupField> parse_group_field(std::string_view text) {
  GroupField g;
  const auto colon = text.find(':');
  g.field = std::string(text.substr(0, colon));
  if (colon != std::string_view::npos) g.bucket = std::string(text.substr(colon + 1));
  static const std::set<std::string, std::less<>> fields{"source", "date"};
  if (!fields.contains(g.field)) return std::nullopt;
  if (!g.bucket.empty() && (g.field != "date" || (g.bucket != "day" && g.bucket != "week" &&
                                                  g.bucket != "month" && g.bucket != "year")))
    return std::nullopt;
  return g;
}

std::optional<ItemSet> parse_item_set(std::string_view text) {
  ItemSet s;
  const auto colon = text.find(':');
  s.aspect = std::string(text.substr(0, colon));
  if (colon != std::string_view::npos) s.category = std::string(text.substr(colon + 1));
  if (s.aspect.empty() || (colon != std::string_view::npos && s.category.empty()))
    return std::nullopt;
  return s;
}

std::optional<DuplicateMode> parse_duplicate_mode(std::string_view text) {
  if (text == "keep") return DuplicateMode::keep;
  if (text == "collapse") return DuplicateMode::collapse;
  return std::nullopt;
}

const char *to_string(DuplicateMode mode) noexcept {
  return mode == DuplicateMode::collapse ? "collapse" : "keep";
}

JobSpec read_job_file(const std::filesystem::path &file, bool &has_config) {
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error &e) {
    const auto &src = e.source();
    throw Error(ErrorKind::usage, "C001",
                file.string() + ":" + std::to_string(src.begin.line) + ":" +
                    std::to_string(src.begin.column) + ": " + std::string(e.description()));
  }
  has_config = false;
  for (const auto &[key, node] : root)
    if (key.str() != "batch") has_config = true;
  JobSpec spec;
  const auto *table = root["batch"].as_table();
  if (table == nullptr)
    throw Error(ErrorKind::usage, "C102", file.string() + ": the job file has no [batch] table");
  for (const auto &[key_node, node] : *table) {
    const std::string key(key_node.str());
    if (key == "inputs") {
      for (auto &s : strings(file, node, key))
        spec.inputs.push_back(anchored(file, s));
    } else if (key == "input_format") {
      spec.input_format = one_string(file, node, key);
    } else if (key == "references") {
      for (auto &s : strings(file, node, key))
        spec.references.push_back(anchored(file, s));
    } else if (key == "output") {
      spec.output_dir = anchored(file, one_string(file, node, key));
    } else if (key == "group_by") {
      spec.group_by.clear();
      for (auto &s : strings(file, node, key)) {
        auto g = parse_group_field(s);
        if (!g)
          bad(file, node, key,
              "has '" + s + "': expected source, date or date:day|week|month|year");
        spec.group_by.push_back(*g);
      }
    } else if (key == "items") {
      spec.item_sets.clear();
      for (auto &s : strings(file, node, key)) {
        auto set = parse_item_set(s);
        if (!set) bad(file, node, key, "has '" + s + "': expected ASPECT or ASPECT:CATEGORY");
        spec.item_sets.push_back(*set);
      }
    } else if (key == "item_limit") {
      spec.item_limit = static_cast<std::size_t>(integer(file, node, key, 1, 1000));
    } else if (key == "metrics") {
      spec.metrics = strings(file, node, key);
    } else if (key == "duplicates") {
      const auto mode = parse_duplicate_mode(one_string(file, node, key));
      if (!mode) bad(file, node, key, "must be \"keep\" or \"collapse\"");
      spec.duplicates = *mode;
    } else if (key == "duplicate_similarity") {
      const auto v = node.value<double>();
      if (!v || !(*v >= 0.5 && *v <= 1.0)) bad(file, node, key, "must be a number from 0.5 to 1");
      spec.duplicate_similarity = *v;
    } else if (key == "compress") {
      const auto s = one_string(file, node, key);
      if (s != "none" && s != "zstd") bad(file, node, key, "must be \"none\" or \"zstd\"");
      spec.compress_results = s == "zstd";
    } else if (key == "detail") {
      const auto d = report::parse_detail(one_string(file, node, key));
      if (!d) bad(file, node, key, "must be \"metrics\", \"items\" or \"full\"");
      spec.detail = *d;
    } else if (key == "shingle_width") {
      spec.shingle_width = static_cast<unsigned>(integer(file, node, key, 1, 16));
    } else if (key == "shard") {
      const auto s = parse_shard(one_string(file, node, key));
      if (!s) bad(file, node, key, "must be K/N with 0 <= K < N");
      spec.shard = *s;
    } else {
      bad(file, node, key, "is not a batch setting");
    }
  }
  return spec;
}

void validate(const JobSpec &spec, bool streaming) {
  if (!streaming && spec.inputs.empty())
    throw Error(ErrorKind::usage, "U101", "a batch job needs inputs (--input or batch.inputs)");
  if (!streaming && spec.output_dir.empty())
    throw Error(ErrorKind::usage, "U102",
                "a batch job needs an output directory (--output-dir or batch.output)");
  if (!text::input_format_from(spec.input_format))
    throw Error(ErrorKind::usage, "U001",
                "unknown input format '" + spec.input_format +
                    "' (expected auto, text, markdown, html or jsonl)");
}

} // namespace aspectdiff::batch
