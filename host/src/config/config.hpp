// aspectdiff.toml: where plugins are, which run, their settings, weights and output defaults.
// Found through --config, then ./aspectdiff.toml, then the user's config directory.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aspectdiff::config {

struct OutputSettings {
  std::string format = "terminal"; // terminal | json | jsonl | markdown
  std::size_t evidence = 2;        // quoted sentences per difference with --evidence
  std::string color = "auto";      // auto | always | never
};

struct CacheSettings {
  bool enabled = true;
  std::optional<std::filesystem::path> dir; // default: ResultCache::default_dir()
};

// Where plugins run: `automatic` keeps the plugins that ship with aspectdiff in the host and
// runs every other plugin in worker processes; `process` isolates all; `in_process` none.
enum class Isolation { automatic, process, in_process };

class Config {
public:
  Config();
  ~Config();
  Config(Config &&) noexcept;
  Config &operator=(Config &&) noexcept;

  std::filesystem::path file; // empty when no configuration file was found
  std::vector<std::filesystem::path> plugin_dirs;
  std::optional<std::vector<std::string>> enabled; // only these run; each must load
  std::vector<std::string> disabled;
  std::map<std::string, double, std::less<>> weights;
  OutputSettings output;
  CacheSettings cache;
  unsigned jobs = 0; // 0 = all cores
  Isolation isolation = Isolation::automatic;
  double plugin_timeout = 60.0; // seconds one isolated plugin may take on one document; 0: none
  bool strict = false; // [run] strict: plugin refusals and warnings are errors
  bool allow_insecure_plugins = false; // load plugins from files or folders anyone may write
  std::vector<std::string> warnings;   // unknown keys and other things the user should see

  // The user's [plugins.<name>] table as TOML text ("" when absent).
  std::string plugin_table(const std::string &name) const;
  // Appends strings to the list [plugins.<name>].<key> (created when absent; a value of another
  // type is replaced), as the command line's --actor does.
  void append_plugin_strings(const std::string &name, const std::string &key,
                             const std::vector<std::string> &values);
  // The source position ("file:line:column") of [plugins.<name>].<key>, for messages.
  std::string where(const std::string &plugin, const std::string &key) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses one configuration file; throws model::Error (kind usage, code C001..) naming the file,
// line and column of a syntax error or of a value of the wrong type.
Config parse_config_file(const std::filesystem::path &file);
// Parses configuration text (for tests); `origin` names it in messages.
Config parse_config_text(std::string_view text, const std::filesystem::path &origin);
// The search order: `explicit_file` if given (must exist), then ./aspectdiff.toml, then
// $XDG_CONFIG_HOME/aspectdiff/aspectdiff.toml (or ~/.config/...). No file is not an error.
// A ./aspectdiff.toml found on its own (running inside a downloaded corpus, say) adds plugin
// directories and allow_insecure_plugins only when the user owns it and no one else can write
// it; otherwise those two settings are dropped with a warning (C020).
Config load_config(const std::optional<std::filesystem::path> &explicit_file);

} // namespace aspectdiff::config
