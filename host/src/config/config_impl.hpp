// Private to the config folder: the parsed TOML behind a Config.
#pragma once

#include "config/config.hpp"

#include <toml++/toml.h>

namespace aspectdiff::config {

struct Config::Impl {
  toml::table root;
};

} // namespace aspectdiff::config
