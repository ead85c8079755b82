// Engine options for tests that run the plugins built in this tree: no cache, `jobs` threads.
#pragma once

#include "engine/engine.hpp"

namespace aspectdiff::testing {

inline engine::EngineOptions built_plugins(unsigned jobs) {
  engine::EngineOptions options;
  options.plugin_dirs = {ASPECTDIFF_TEST_PLUGIN_DIR};
  options.use_cache = false;
  options.jobs = jobs;
  return options;
}

} // namespace aspectdiff::testing
