#include "batch/input_list.hpp"

#include "model/error.hpp"
#include "text/input_format.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <glob.h>

namespace aspectdiff::batch {

namespace {

bool has_wildcard(const std::string &s) {
  return s.find_first_of("*?[") != std::string::npos;
}

std::vector<std::string> glob_paths(const std::string &pattern) {
  glob_t g{};
  const int rc = ::glob(pattern.c_str(), GLOB_ERR, nullptr, &g);
  std::vector<std::string> out;
  if (rc == 0)
    for (std::size_t i = 0; i < g.gl_pathc; ++i)
      out.emplace_back(g.gl_pathv[i]);
  ::globfree(&g);
  if (out.empty())
    throw model::Error(model::ErrorKind::usage, "U103",
                       "the input pattern '" + pattern + "' matches no file");
  return out;
}

void add_directory(const std::string &dir, std::vector<std::string> &out) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  std::sort(files.begin(), files.end());
  out.insert(out.end(), files.begin(), files.end());
}

} // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string> &patterns) {
  std::vector<std::string> out;
  for (const auto &p : patterns) {
    std::error_code ec;
    if (p == "-") {
      out.push_back(p);
    } else if (has_wildcard(p) && !std::filesystem::exists(p, ec)) {
      for (auto &path : glob_paths(p)) {
        if (std::filesystem::is_directory(path, ec))
          add_directory(path, out);
        else
          out.push_back(std::move(path));
      }
    } else if (std::filesystem::is_directory(p, ec)) {
      add_directory(p, out);
    } else {
      out.push_back(p);
    }
  }
  return out;
}

std::optional<std::uint64_t> estimate_documents(const std::vector<std::string> &paths,
                                                const std::string &format) {
  const auto requested = text::input_format_from(format).value_or(text::InputFormat::automatic);
  std::uint64_t total = 0;
  std::vector<char> buffer(1u << 16);
  for (const auto &path : paths) {
    if (path == "-") return std::nullopt;
    if (text::resolve_format(path, requested) != text::InputFormat::jsonl) {
      ++total;
      continue;
    }
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
      ++total; // it will be one error
      continue;
    }
    char last = '\n';
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0;) {
      for (const char *p = buffer.data(), *end = p + n;
           (p = static_cast<const char *>(
                std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr;
           ++p)
        ++total;
      last = buffer[n - 1];
    }
    if (last != '\n') ++total;
    std::fclose(f);
  }
  return total;
}

} // namespace aspectdiff::batch
