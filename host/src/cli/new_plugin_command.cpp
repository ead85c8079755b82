// `aspectdiff new-plugin NAME [--lang cpp|c] [DIR]`: writes a plugin that builds out of tree
// against the installed SDK and passes `aspectdiff check-plugin` as written.
#include "cli/kit_options.hpp"
#include "cli/new_plugin_templates.hpp"
#include "cli/session.hpp"
#include "io/atomic_file.hpp"
#include "model/error.hpp"

#include <iostream>
#include <map>
#include <regex>

namespace aspectdiff::cli {

namespace {

std::string with_name(std::string_view text, const std::string &name) {
  std::string out(text);
  const std::string placeholder = "@NAME@";
  for (auto at = out.find(placeholder); at != std::string::npos;
       at = out.find(placeholder, at + name.size()))
    out.replace(at, placeholder.size(), name);
  return out;
}

} // namespace

int run_new_plugin(const NewPluginOptions &options) {
  return guarded([&] {
    if (!std::regex_match(options.name, std::regex("[a-z][a-z0-9_]*")))
      throw model::Error(model::ErrorKind::usage, "U004",
                         "plugin name '" + options.name +
                             "': use lower-case letters, digits and '_', starting with a letter "
                             "(it names the library file and its entry point)");
    const auto dir = options.directory.value_or(std::filesystem::path(options.name));
    std::error_code ec;
    if (std::filesystem::exists(dir, ec) && !std::filesystem::is_empty(dir, ec))
      throw model::Error(model::ErrorKind::usage, "U005",
                         dir.string() + ": exists and is not empty; nothing was written");
    // Files listed twice under one path are parts of the same file, in order.
    std::map<std::string, std::string> files;
    std::vector<std::string> order;
    for (const auto &f : plugin_template(options.language)) {
      const auto path = with_name(f.path, options.name);
      if (!files.contains(path)) order.push_back(path);
      files[path] += with_name(f.text, options.name);
    }
    for (const auto &path : order) {
      std::filesystem::create_directories((dir / path).parent_path());
      io::write_atomically(dir / path, files[path]);
    }
    const std::string lib = (dir / "build" / "plugins" / (options.name + ".so")).string();
    std::cout << "wrote a " << (options.language == "c" ? "C" : "C++") << " plugin '"
              << options.name << "' to " << dir.string() << "/\n"
              << "next:\n"
              << "  cmake -S " << dir.string() << " -B " << (dir / "build").string()
              << " -DCMAKE_PREFIX_PATH=<aspectdiff install prefix>\n"
              << "  cmake --build " << (dir / "build").string() << '\n'
              << "  aspectdiff check-plugin " << lib << '\n';
    return exit_ok;
  });
}

} // namespace aspectdiff::cli
