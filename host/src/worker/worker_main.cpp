// aspectdiff-plugin-worker: runs one plugin on behalf of the host, in its own process, so that a
// plugin that crashes or hangs costs one document instead of the whole run. Started only by the
// host (plugins/worker_process.cpp), which hands it the request socket as descriptor 3 and its
// lifeline as descriptor 4.
#include "plugins/worker_service.hpp"

#include <cstdio>

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fputs("aspectdiff-plugin-worker is started by aspectdiff, not by hand\n", stderr);
    return 2;
  }
  return aspectdiff::plugins::serve_plugin_worker(argv[1], 3, 4);
}
