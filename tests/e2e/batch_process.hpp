// Running `aspectdiff batch` as a separate process that a test can signal, and watching its
// journal, for the tests that stop or kill a job halfway.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

extern char **environ;

namespace aspectdiff::testing {

inline std::size_t journal_records(const std::filesystem::path &out) {
  std::ifstream in(out / ".batch/records.jsonl", std::ios::binary);
  std::size_t n = 0;
  std::string line;
  while (std::getline(in, line))
    if (!in.eof()) ++n;
  return n;
}

// Starts `aspectdiff batch ...` directly (no shell, so the signal reaches it), with stderr sent
// to `log`.
inline pid_t start_batch(const std::vector<std::string> &args, const std::filesystem::path &log) {
  std::vector<std::string> argv{ASPECTDIFF_TEST_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char *> raw;
  for (auto &a : argv)
    raw.push_back(a.data());
  raw.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, raw[0], &actions, nullptr, raw.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

} // namespace aspectdiff::testing
