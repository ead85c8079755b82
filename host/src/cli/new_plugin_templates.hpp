// The files `aspectdiff new-plugin` writes: a complete plugin in C++ or in C, with its CMake
// project, a test that uses aspectdiff/testing.hpp, and a README. `@NAME@` stands for the
// plugin's name wherever it appears.
#pragma once

#include <string_view>
#include <vector>

namespace aspectdiff::cli {

struct TemplateFile {
  std::string_view path; // relative to the new plugin's directory
  std::string_view text;
};

// `language`: "cpp" or "c".
std::vector<TemplateFile> plugin_template(std::string_view language);

} // namespace aspectdiff::cli
