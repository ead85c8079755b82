// Runs the built `aspectdiff` binary through the shell and captures what it printed, for the
// end-to-end tests.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace aspectdiff::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `arguments` is passed to the shell as written (quote it yourself). Runs in the source tree,
// with colour off and an empty cache directory of its own.
inline CommandResult run_aspectdiff(const std::string &arguments,
                                    const std::string &stdin_text = "") {
  static int counter = 0;
  const auto scratch =
      std::filesystem::temp_directory_path() /
      ("aspectdiff-e2e-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(scratch);
  const auto err_file = scratch / "stderr";
  const auto in_file = scratch / "stdin";
  {
    std::ofstream in(in_file, std::ios::binary);
    in << stdin_text;
  }
  const std::string command = "cd '" + std::string(ASPECTDIFF_TEST_SOURCE_DIR) +
                              "' && NO_COLOR=1 XDG_CACHE_HOME='" + (scratch / "cache").string() +
                              "' XDG_CONFIG_HOME='" + (scratch / "config").string() + "' '" +
                              ASPECTDIFF_TEST_BINARY + "' " + arguments + " <'" + in_file.string() +
                              "' 2>'" + err_file.string() + "'";
  CommandResult result;
  FILE *pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err_file);
  std::filesystem::remove_all(scratch);
  return result;
}

} // namespace aspectdiff::testing
