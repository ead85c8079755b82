// The worker's side of process isolation: loads one plugin with the host's own loader and
// checks, then serves the host's requests (create once, then extract and compare) until the
// host closes the socket or dies.
#pragma once

#include <filesystem>

namespace aspectdiff::plugins {

// Serves requests on `socket_fd`; exits the process as soon as `lifeline_fd` reports end of
// file (the host is gone). Returns the process exit status.
int serve_plugin_worker(const std::filesystem::path &plugin_file, int socket_fd, int lifeline_fd);

} // namespace aspectdiff::plugins
