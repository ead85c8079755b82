// `aspectdiff check-plugin LIB`: loads a plugin as the host would, prints its descriptor, and
// runs the conformance checks (conformance.hpp) over the built-in awkward documents.
#include "cli/conformance.hpp"
#include "cli/kit_options.hpp"
#include "cli/session.hpp"
#include "cli/strictness.hpp"
#include "model/error.hpp"
#include "plugins/discovery.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <set>
#include <variant>

namespace aspectdiff::cli {

namespace {

using plugins::LoadedPlugin;
using PluginPtr = std::shared_ptr<const LoadedPlugin>;

void print_descriptor(const LoadedPlugin &p) {
  std::string languages;
  for (const auto &l : p.languages)
    languages += (languages.empty() ? "" : ",") + l;
  std::string requires_text;
  for (const auto &r : p.requires_list)
    requires_text += (requires_text.empty() ? "" : ", ") + r.aspect +
                     " >= " + r.min_version.to_string() + (r.optional ? " (optional)" : "");
  std::cout << "plugin  " << p.name << ' ' << p.version_text << "  (" << p.path.string() << ")\n"
            << "  aspect     " << p.aspect << '\n'
            << "  ABI        " << p.descriptor->abi_major << '.' << p.descriptor->abi_minor
            << "  (descriptor " << p.descriptor->struct_size << " bytes)\n"
            << "  summary    " << p.summary << '\n'
            << "  languages  " << (languages.empty() ? "* (any)" : languages) << '\n'
            << "  requires   " << (requires_text.empty() ? "-" : requires_text) << '\n'
            << "  compare    "
            << (p.descriptor->compare != nullptr ? "its own" : "the host's generic comparison")
            << '\n'
            << "  settings   " << (p.default_config.empty() ? "(none)" : "") << '\n';
  std::size_t begin = 0;
  while (begin < p.default_config.size()) {
    auto end = p.default_config.find('\n', begin);
    if (end == std::string::npos) end = p.default_config.size();
    std::cout << "    " << p.default_config.substr(begin, end - begin) << '\n';
    begin = end + 1;
  }
  std::cout << '\n';
}

void print_outcome(const CheckOutcome &o) {
  std::cout << to_string(o.verdict) << "  " << o.check;
  if (!o.document.empty()) std::cout << " [" << o.document << "]";
  std::cout << ": " << o.detail << '\n';
  if (!o.fix.empty()) std::cout << "      fix: " << o.fix << '\n';
}

// The names of the plugins that provide what `plugin` requires, transitively, found in
// `discovery`; a missing or too old required provider is an outcome of the requirements check.
std::vector<std::string> requirement_closure(const LoadedPlugin &plugin,
                                             const plugins::Discovery &discovery,
                                             std::vector<CheckOutcome> &out) {
  std::vector<std::string> names{plugin.name};
  std::vector<const LoadedPlugin *> pending{&plugin};
  std::set<std::string> seen{plugin.aspect};
  bool met = true;
  while (!pending.empty()) {
    const LoadedPlugin *p = pending.back();
    pending.pop_back();
    for (const auto &req : p->requires_list) {
      if (!seen.insert(req.aspect).second) continue;
      PluginPtr provider;
      for (const auto &q : discovery.plugins)
        if (q->aspect == req.aspect) {
          provider = q;
          break;
        }
      const std::string wanted = "'" + req.aspect + "' >= " + req.min_version.to_string();
      if (!provider || provider->version < req.min_version) {
        if (req.optional) {
          out.push_back({"requirements", Verdict::pass, "",
                         "optional " + wanted + " not found: runs without it", ""});
          continue;
        }
        met = false;
        out.push_back({"requirements", Verdict::fail, "",
                       p->name + " requires " + wanted + ", but " +
                           (provider ? "the provider found is " + provider->name + " " +
                                           provider->version_text
                                     : std::string("no plugin in the search path provides it")),
                       "install the plugin that provides it, point --plugin-dir at it, or make "
                       "the requirement optional (and say in a note what is missing)"});
        continue;
      }
      names.push_back(provider->name);
      pending.push_back(provider.get());
    }
  }
  if (met)
    out.push_back(
        {"requirements", Verdict::pass, "",
         plugin.requires_list.empty()
             ? std::string("none declared")
             : "met by the plugins found: " + std::to_string(names.size() - 1) + " provider(s)",
         ""});
  return names;
}

int summarise(const std::vector<CheckOutcome> &outcomes) {
  std::size_t counts[3] = {0, 0, 0};
  for (const auto &o : outcomes)
    ++counts[static_cast<int>(o.verdict)];
  std::cout << '\n'
            << counts[0] << " passed, " << counts[1] << " warning(s), " << counts[2]
            << " failure(s)\n";
  return counts[2] > 0 ? exit_failures : exit_ok;
}

} // namespace

int run_check_plugin(const CheckPluginOptions &options) {
  return guarded([&] {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(options.library, ec))
      throw model::Error(model::ErrorKind::usage, "U003",
                         options.library.string() + ": no such plugin file");
    require_plugin_dirs(options.plugin_dirs);
    std::vector<CheckOutcome> outcomes;

    // The load rule, exactly as discovery applies it to every file it finds.
    auto loaded = plugins::load_plugin_file(options.library);
    if (auto *refusal = std::get_if<plugins::Refusal>(&loaded)) {
      outcomes.push_back({"loads", Verdict::fail, "", refusal->message(),
                          "the host refuses this file before running any of its code; see "
                          "sdk/README.md, \"What the host checks when it loads a plugin\""});
      print_outcome(outcomes.back());
      return summarise(outcomes);
    }
    const auto plugin = std::get<PluginPtr>(std::move(loaded));
    print_descriptor(*plugin);
    outcomes.push_back({"loads", Verdict::pass, "", "the descriptor passes the load rule", ""});

    // Everything else runs through an engine planned as for `aspectdiff extract`: the library's
    // own folder first, then the usual search path; only the plugin and its providers enabled.
    auto config = config::load_config(options.config_file);
    std::vector<std::filesystem::path> dirs{
        std::filesystem::absolute(options.library).parent_path()};
    dirs.insert(dirs.end(), options.plugin_dirs.begin(), options.plugin_dirs.end());
    const auto discovery = plugins::discover(plugins::plugin_search_path(dirs, config.plugin_dirs));
    const auto names = requirement_closure(*plugin, discovery, outcomes);
    for (const auto &o : outcomes)
      print_outcome(o);
    if (std::any_of(outcomes.begin(), outcomes.end(),
                    [](const CheckOutcome &o) { return o.verdict == Verdict::fail; }))
      return summarise(outcomes);

    config.enabled = names;
    // In this process, whatever the configuration says: the thread check needs the plugin's
    // extract() called from several threads of one process, as an in-process run does.
    config.isolation = config::Isolation::in_process;
    engine::EngineOptions engine_options;
    engine_options.plugin_dirs = dirs;
    engine_options.use_cache = false;
    engine_options.jobs = 1;
    std::unique_ptr<engine::Engine> engine;
    try {
      engine = std::make_unique<engine::Engine>(config, engine_options);
    } catch (const model::Error &e) {
      outcomes.push_back({"starts", Verdict::fail, "", e.what(),
                          "create() must accept the default settings (and any given with "
                          "--config); throw ConfigError only for a bad setting"});
      print_outcome(outcomes.back());
      return summarise(outcomes);
    }
    const std::size_t printed = outcomes.size();
    for (const auto &w : engine->warnings())
      outcomes.push_back(
          {"starts", Verdict::warn, "", w, "settings and data the plugin warns about at start-up"});
    if (engine->warnings().empty())
      outcomes.push_back(
          {"starts", Verdict::pass, "", "create() with its settings, no warning", ""});

    const std::size_t article_bytes = options.quick ? 500'000 : 5'000'000;
    const unsigned threads = options.quick ? 2 : std::max(2u, options.threads);
    const auto documents = conformance_documents(article_bytes);
    auto report = check_conformance(*engine, plugin->name, documents, threads);
    outcomes.insert(outcomes.end(), report.outcomes.begin(), report.outcomes.end());
    for (std::size_t i = printed; i < outcomes.size(); ++i)
      print_outcome(outcomes[i]);
    std::cout << "\ndocuments:";
    for (const auto &d : documents)
      std::cout << ' ' << d.name;
    char speed[160];
    std::snprintf(speed, sizeof speed,
                  "\nspeed: %.1f MB/s on a %.1f MB article (one thread, with the aspects it "
                  "requires)\n",
                  report.article_megabytes_per_second, report.article_megabytes);
    std::cout << speed;
    return summarise(outcomes);
  });
}

} // namespace aspectdiff::cli
