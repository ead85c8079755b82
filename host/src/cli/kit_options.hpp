// What the plugin author's commands were asked for: `check-plugin` and `new-plugin`.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::cli {

struct CheckPluginOptions {
  std::filesystem::path library;
  std::optional<std::filesystem::path> config_file;
  std::vector<std::filesystem::path> plugin_dirs; // where required aspects are looked for
  bool quick = false;   // a 0.5 MB article instead of 5 MB, and 2 threads: for CI
  unsigned threads = 4; // threads running the documents at once in the thread check
};

struct NewPluginOptions {
  std::string name;
  std::string language = "cpp";                   // cpp | c
  std::optional<std::filesystem::path> directory; // default: ./NAME
};

int run_check_plugin(const CheckPluginOptions &options);
int run_new_plugin(const NewPluginOptions &options);

} // namespace aspectdiff::cli
