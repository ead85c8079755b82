#include "config/config.hpp"

#include "config/config_impl.hpp"
#include "model/error.hpp"

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

#include <sys/stat.h>
#include <unistd.h>

namespace aspectdiff::config {

using model::Error;
using model::ErrorKind;

Config::Config() : impl_(std::make_unique<Impl>()) {}
Config::~Config() = default;
Config::Config(Config &&) noexcept = default;
Config &Config::operator=(Config &&) noexcept = default;

namespace {

std::string position(const toml::source_region &where, const std::filesystem::path &file) {
  std::ostringstream out;
  out << file.string() << ':' << where.begin.line << ':' << where.begin.column;
  return out.str();
}

[[noreturn]] void wrong_type(const toml::node &node, const std::filesystem::path &file,
                             const std::string &key, const char *expected) {
  throw Error(ErrorKind::usage, "C002",
              position(node.source(), file) + ": '" + key + "' must be " + expected);
}

std::string expect_string(const toml::node &node, const std::filesystem::path &file,
                          const std::string &key) {
  if (auto s = node.value<std::string>()) return *s;
  wrong_type(node, file, key, "a string");
}

std::vector<std::string> expect_strings(const toml::node &node, const std::filesystem::path &file,
                                        const std::string &key) {
  const auto *array = node.as_array();
  if (array == nullptr) wrong_type(node, file, key, "an array of strings");
  std::vector<std::string> out;
  for (const auto &element : *array)
    out.push_back(expect_string(element, file, key));
  return out;
}

double expect_number(const toml::node &node, const std::filesystem::path &file,
                     const std::string &key) {
  if (auto d = node.value<double>()) return *d;
  wrong_type(node, file, key, "a number");
}

std::filesystem::path expand_home(const std::string &path) {
  if (path.starts_with("~/")) {
    if (const char *home = std::getenv("HOME")) return std::filesystem::path(home) / path.substr(2);
  }
  return path;
}

// A relative path in a configuration file is relative to the file's folder, whatever the
// working directory is when the path is used.
std::filesystem::path relative_to(const std::filesystem::path &file, const std::string &value) {
  std::filesystem::path p = expand_home(value);
  if (p.is_relative() && !file.empty()) {
    std::error_code ec;
    auto dir = std::filesystem::absolute(file, ec).parent_path();
    auto resolved = ((ec ? file.parent_path() : dir) / p).lexically_normal();
    if (resolved.has_parent_path() && !resolved.has_filename()) // "dir/." became "dir/"
      resolved = resolved.parent_path();
    return resolved;
  }
  return p;
}

// Drops what lets an untrusted ./aspectdiff.toml run code: its plugin directories and
// allow_insecure_plugins.
void distrust_unless_safe(Config &config) {
  struct stat st {};
  if (::stat(config.file.c_str(), &st) != 0) return;
  const bool owned = st.st_uid == ::geteuid();
  const bool others_write = (st.st_mode & S_IWOTH) != 0;
  if (owned && !others_write) return;
  if (config.plugin_dirs.empty() && !config.allow_insecure_plugins) return;
  config.plugin_dirs.clear();
  config.allow_insecure_plugins = false;
  config.warnings.push_back(
      "[C020] " + config.file.string() + ": its plugin_dirs and allow_insecure_plugins are " +
      "ignored, because this configuration was found in the working directory and " +
      (owned ? "other users can write it" : "another user owns it") +
      ". Fix: chown/chmod o-w the file if it is yours, or name it with --config");
}

void warn_unknown(Config &config, const toml::table &table, const std::set<std::string> &known,
                  const std::string &prefix) {
  for (const auto &[key, node] : table) {
    if (!known.contains(std::string(key.str())))
      config.warnings.push_back(position(node.source(), config.file) + ": unknown setting '" +
                                prefix + std::string(key.str()) + "' (ignored)");
  }
}

void read_output(Config &config, const toml::table &t) {
  const auto &f = config.file;
  if (const auto *n = t.get("format")) {
    config.output.format = expect_string(*n, f, "output.format");
    static const std::set<std::string> formats{"terminal", "json", "jsonl", "markdown", "html"};
    if (!formats.contains(config.output.format))
      throw Error(ErrorKind::usage, "C003",
                  position(n->source(), f) +
                      ": output.format must be one of terminal, json, "
                      "jsonl, markdown, html (found '" +
                      config.output.format + "')");
  }
  if (const auto *n = t.get("evidence")) {
    auto v = n->value<std::int64_t>();
    if (!v || *v < 0) wrong_type(*n, f, "output.evidence", "a non-negative integer");
    config.output.evidence = static_cast<std::size_t>(*v);
  }
  if (const auto *n = t.get("color")) {
    config.output.color = expect_string(*n, f, "output.color");
    if (config.output.color != "auto" && config.output.color != "always" &&
        config.output.color != "never")
      throw Error(ErrorKind::usage, "C003",
                  position(n->source(), f) + ": output.color must be auto, always or never");
  }
  warn_unknown(config, t, {"format", "evidence", "color"}, "output.");
}

void read_root(Config &config) {
  const auto &root = config.impl_->root;
  const auto &f = config.file;
  if (const auto *n = root.get("plugin_dirs"))
    for (const auto &d : expect_strings(*n, f, "plugin_dirs"))
      config.plugin_dirs.push_back(relative_to(f, d));
  if (const auto *n = root.get("isolation")) {
    const auto value = expect_string(*n, f, "isolation");
    if (value == "process")
      config.isolation = Isolation::process;
    else if (value == "in-process")
      config.isolation = Isolation::in_process;
    else if (value == "auto")
      config.isolation = Isolation::automatic;
    else
      throw Error(ErrorKind::usage, "C003",
                  position(n->source(), f) +
                      ": isolation must be \"process\", \"in-process\" or \"auto\" (found '" +
                      value + "')");
  }
  if (const auto *n = root.get("plugin_timeout")) {
    const double seconds = expect_number(*n, f, "plugin_timeout");
    if (!(seconds >= 0 && seconds <= 86400))
      wrong_type(*n, f, "plugin_timeout", "a number of seconds from 0 (no limit) to 86400");
    config.plugin_timeout = seconds;
  }
  if (const auto *n = root.get("allow_insecure_plugins")) {
    auto v = n->value<bool>();
    if (!v) wrong_type(*n, f, "allow_insecure_plugins", "true or false");
    config.allow_insecure_plugins = *v;
  }
  if (const auto *n = root.get("enabled")) config.enabled = expect_strings(*n, f, "enabled");
  if (const auto *n = root.get("disabled")) config.disabled = expect_strings(*n, f, "disabled");
  if (const auto *n = root.get("weights")) {
    const auto *t = n->as_table();
    if (t == nullptr) wrong_type(*n, f, "weights", "a table");
    for (const auto &[k, v] : *t) {
      const std::string key(k.str());
      const double w = expect_number(v, f, "weights." + key);
      if (w < 0) wrong_type(v, f, "weights." + key, "a non-negative number");
      config.weights[key] = w;
    }
  }
  if (const auto *n = root.get("output")) {
    const auto *t = n->as_table();
    if (t == nullptr) wrong_type(*n, f, "output", "a table");
    read_output(config, *t);
  }
  if (const auto *n = root.get("run")) {
    const auto *t = n->as_table();
    if (t == nullptr) wrong_type(*n, f, "run", "a table");
    if (const auto *j = t->get("jobs")) {
      auto v = j->value<std::int64_t>();
      if (!v || *v < 0 || *v > 4096) wrong_type(*j, f, "run.jobs", "an integer from 0 to 4096");
      config.jobs = static_cast<unsigned>(*v);
    }
    if (const auto *s = t->get("strict")) {
      auto v = s->value<bool>();
      if (!v) wrong_type(*s, f, "run.strict", "true or false");
      config.strict = *v;
    }
    warn_unknown(config, *t, {"jobs", "strict"}, "run.");
  }
  if (const auto *n = root.get("cache")) {
    const auto *t = n->as_table();
    if (t == nullptr) wrong_type(*n, f, "cache", "a table");
    if (const auto *e = t->get("enabled")) {
      auto v = e->value<bool>();
      if (!v) wrong_type(*e, f, "cache.enabled", "true or false");
      config.cache.enabled = *v;
    }
    if (const auto *d = t->get("dir"))
      config.cache.dir = relative_to(f, expect_string(*d, f, "cache.dir"));
    warn_unknown(config, *t, {"enabled", "dir"}, "cache.");
  }
  if (const auto *n = root.get("plugins")) {
    const auto *t = n->as_table();
    if (t == nullptr) wrong_type(*n, f, "plugins", "a table of plugin tables");
    for (const auto &[k, v] : *t)
      if (!v.is_table()) wrong_type(v, f, "plugins." + std::string(k.str()), "a table");
  }
  warn_unknown(config, root,
               {"plugin_dirs", "enabled", "disabled", "weights", "output", "run", "cache",
                "plugins", "isolation", "plugin_timeout", "allow_insecure_plugins"},
               "");
}

} // namespace

Config parse_config_text(std::string_view text, const std::filesystem::path &origin) {
  Config config;
  config.file = origin;
  try {
    config.impl_->root = toml::parse(text, origin.string());
  } catch (const toml::parse_error &e) {
    throw Error(ErrorKind::usage, "C001",
                position(e.source(), origin) + ": " + std::string(e.description()));
  }
  read_root(config);
  return config;
}

Config parse_config_file(const std::filesystem::path &file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw Error(ErrorKind::usage, "C004", file.string() + ": cannot read the configuration file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  return parse_config_text(std::string_view(text), file);
}

Config load_config(const std::optional<std::filesystem::path> &explicit_file) {
  if (explicit_file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(*explicit_file, ec))
      throw Error(ErrorKind::usage, "C004",
                  explicit_file->string() + ": configuration file not found (given by --config)");
    return parse_config_file(*explicit_file);
  }
  std::vector<std::filesystem::path> candidates{"aspectdiff.toml"};
  if (const char *xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg != '\0')
    candidates.emplace_back(std::filesystem::path(xdg) / "aspectdiff" / "aspectdiff.toml");
  else if (const char *home = std::getenv("HOME"); home != nullptr && *home != '\0')
    candidates.emplace_back(std::filesystem::path(home) / ".config" / "aspectdiff" /
                            "aspectdiff.toml");
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(candidates[i], ec)) continue;
    auto config = parse_config_file(candidates[i]);
    if (i == 0) distrust_unless_safe(config); // the working directory's
    return config;
  }
  return Config{};
}

std::string Config::plugin_table(const std::string &name) const {
  const auto *table = impl_->root["plugins"][name].as_table();
  if (table == nullptr) return {};
  std::ostringstream out;
  out << *table;
  return out.str();
}

void Config::append_plugin_strings(const std::string &name, const std::string &key,
                                   const std::vector<std::string> &values) {
  if (values.empty()) return;
  auto table_at = [](toml::table &parent, const std::string &k) -> toml::table & {
    if (!parent[k].is_table()) parent.insert_or_assign(k, toml::table{});
    return *parent[k].as_table();
  };
  auto &plugin = table_at(table_at(impl_->root, "plugins"), name);
  if (!plugin[key].is_array()) plugin.insert_or_assign(key, toml::array{});
  auto &list = *plugin[key].as_array();
  for (const auto &v : values)
    list.push_back(v);
}

std::string Config::where(const std::string &plugin, const std::string &key) const {
  auto node = std::as_const(impl_->root)["plugins"][plugin];
  std::string_view rest = key;
  while (node && !rest.empty()) {
    const auto dot = rest.find('.');
    node = node[rest.substr(0, dot)];
    rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
  }
  if (!node) return file.string();
  return position(node.node()->source(), file);
}

} // namespace aspectdiff::config
