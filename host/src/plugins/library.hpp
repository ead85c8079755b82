// A shared library opened with Boost.DLL. This pair of files is the only place that includes
// Boost.DLL: the rest of the host sees plain symbols.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace aspectdiff::plugins {

class Library {
public:
  // Opens with RTLD_NOW | RTLD_LOCAL so a library with unresolved symbols is refused at once
  // and two plugins' symbols never mix. Returns nullptr and the system's reason in `error` when
  // the file cannot be loaded.
  static std::shared_ptr<const Library> open(const std::filesystem::path &path, std::string &error);

  ~Library();
  Library(const Library &) = delete;
  Library &operator=(const Library &) = delete;

  bool has(const std::string &symbol) const;
  // The address of a symbol, or nullptr when the library does not export it.
  void *symbol(const std::string &name) const;
  const std::filesystem::path &path() const noexcept { return path_; }

private:
  Library() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::filesystem::path path_;
};

} // namespace aspectdiff::plugins
