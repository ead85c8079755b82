#include "cli/cli.hpp"

#include "cli/batch_options.hpp"
#include "cli/kit_options.hpp"
#include "cli/options.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace aspectdiff::cli {

namespace {

void add_common(CLI::App &app, CommonOptions &o) {
  app.add_option("--config", o.config_file,
                 "Configuration file (default: ./aspectdiff.toml, then the user's config dir)");
  // One directory per use, so that `--plugin-dir DIR doc.txt` leaves doc.txt a document.
  app.add_option("--plugin-dir", o.plugin_dirs,
                 "Directory searched for plugins first (one per use; repeatable)")
      ->allow_extra_args(false);
  app.add_option("-j,--jobs", o.jobs, "Worker threads (default: all cores)");
  app.add_flag("--no-cache", o.no_cache, "Neither read nor write the result cache");
  app.add_option("--cache-dir", o.cache_dir, "Result cache directory");
  app.add_option("--plugin-timeout", o.plugin_timeout,
                 "Seconds a plugin in a worker process may take on one document (0: no limit); "
                 "plugins run in the host, as the bundled ones are by default, have no limit")
      ->check(CLI::Range(0.0, 86400.0));
  app.add_flag("-q,--quiet", o.quiet, "Print no warnings");
  app.add_flag("--strict", o.strict,
               "Fail (exit 1) on a refused plugin or any plugin warning (also [run] strict)");
}

void add_output(CLI::App &app, OutputOptions &o, std::vector<std::string> formats) {
  app.add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember(std::move(formats)));
  app.add_option("--color", o.color, "Colour: auto, always or never (NO_COLOR is honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-e,--evidence", o.evidence, "Quote the sentences behind every difference");
  app.add_option("--evidence-count", o.evidence_count, "Sentences quoted per difference");
  app.add_flag("--evidence-text", o.evidence_text,
               "JSON: write each evidence span's text beside its offsets");
  app.add_option("--detail", o.detail,
                 "JSON: what each aspect result carries: metrics (no items), items (default; no "
                 "metric labels, item attributes or per-sentence values) or full")
      ->check(CLI::IsMember({"metrics", "items", "full"}));
  app.add_option("-o,--output", o.output_file,
                 "Write the output to this file (atomically; compressed with zstd when its name "
                 "ends in .zst)");
}

// Actors of interest, passed to the sentiment plugin's `actors_of_interest` list.
void add_actors(CLI::App &app, CommonOptions &o) {
  app.add_option("--actor", o.actors,
                 "An actor always reported, by name, even when not salient (repeatable)");
}

} // namespace

int run(int argc, char **argv) {
  CLI::App app{"aspectdiff: compare documents aspect by aspect (sentiment, actors, themes, "
               "hedging, style, ...), with the sentences behind every difference"};
  app.set_version_flag("--version", std::string("aspectdiff ") + ASPECTDIFF_VERSION);
  app.require_subcommand(1);

  CompareOptions compare;
  auto *cmp = app.add_subcommand("compare", "Compare REF with each DOC, aspect by aspect, then "
                                            "rank the DOCs by similarity to REF");
  add_common(*cmp, compare.common);
  add_actors(*cmp, compare.common);
  add_output(*cmp, compare.output, {"terminal", "json", "markdown", "html"});
  cmp->add_option("--report", compare.report_file,
                  "Also write the comparison as a self-contained HTML page to this file");
  cmp->add_option("--input-format", compare.input_format, "auto, text, markdown, html or jsonl")
      ->check(CLI::IsMember({"auto", "text", "markdown", "html", "jsonl"}));
  cmp->add_option("REF", compare.reference, "Reference document ('-' for standard input)")
      ->required();
  cmp->add_option("DOC", compare.documents, "Documents to compare with REF")->required();

  ExtractOptions extract;
  auto *ext = app.add_subcommand("extract", "Run every aspect plugin on each document and print "
                                            "the results");
  add_common(*ext, extract.common);
  add_actors(*ext, extract.common);
  add_output(*ext, extract.output, {"terminal", "json", "jsonl", "markdown"});
  ext->add_option("--input-format", extract.input_format, "auto, text, markdown, html or jsonl")
      ->check(CLI::IsMember({"auto", "text", "markdown", "html", "jsonl"}));
  ext->add_option("DOC", extract.documents, "Documents ('-' for standard input)")->required();

  PluginsOptions plugins;
  auto *plg = app.add_subcommand("plugins", "List the plugins found (name, version, aspect, ABI, "
                                            "requires, path), the run order, and every refused "
                                            "file with its reason");
  add_common(*plg, plugins.common);
  plg->add_option("-f,--format", plugins.format, "terminal or json")
      ->check(CLI::IsMember({"terminal", "json"}));

  ConfigOptions config;
  auto *cfg = app.add_subcommand("config", "Print the resolved configuration: the file used, "
                                           "the plugin search path, each plugin's settings");
  add_common(*cfg, config.common);

  CacheOptions cache;
  auto *cch = app.add_subcommand("cache", "Manage the result cache");
  cch->require_subcommand(1);
  auto *clear = cch->add_subcommand("clear", "Remove every cached result");
  add_common(*clear, cache.common);

  // batch and merge: long jobs over many documents (docs/batch.md).
  BatchOptions batch;
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool plain = arg.find_first_of(" \t'\"$*?;&|<>()") == std::string::npos && !arg.empty();
    batch.command_line += (i > 0 ? " " : "") + (plain ? arg : "'" + arg + "'");
  }
  auto *bat = app.add_subcommand("batch", "Analyse a corpus as a resumable job: results.jsonl, "
                                          "summary.csv, groups.csv, errors.jsonl, manifest.json");
  add_common(*bat, batch.common);
  bat->add_option("JOB", batch.job_file,
                  "Job file: a [batch] table, optionally aspectdiff.toml sections");
  bat->add_option("-i,--input", batch.inputs, "Input file, glob, directory or '-' (repeatable)")
      ->allow_extra_args(false);
  bat->add_option("-r,--reference", batch.references, "Reference document (repeatable)")
      ->allow_extra_args(false);
  bat->add_option("-o,--output-dir", batch.output_dir, "Output directory (resumes a job there)");
  bat->add_option("--input-format", batch.input_format, "auto, text, markdown, html or jsonl")
      ->check(CLI::IsMember({"auto", "text", "markdown", "html", "jsonl"}));
  bat->add_option("--group-by", batch.group_by,
                  "source, date, date:day|week|month|year (repeatable)")
      ->allow_extra_args(false);
  bat->add_option("--items", batch.items, "Items kept per document: ASPECT[:CATEGORY] (repeatable)")
      ->allow_extra_args(false);
  bat->add_option("--duplicates", batch.duplicates, "Near-duplicates: keep or collapse")
      ->check(CLI::IsMember({"keep", "collapse"}));
  bat->add_option("--shard", batch.shard, "Take shard K of N (K from 0) by xxHash of the id");
  bat->add_flag("--stream", batch.stream,
                "JSON Lines on standard input, result lines on standard output");
  bat->add_flag("--cache", batch.use_cache, "Read and write the result cache");

  MergeOptions merge;
  auto *mrg = app.add_subcommand("merge", "Combine the outputs of every shard of a batch job "
                                          "into what one run would have written");
  mrg->add_flag("-q,--quiet", merge.quiet, "Print no summary");
  mrg->add_option("OUT", merge.output_dir, "Output directory")->required();
  mrg->add_option("SHARD_DIR", merge.shard_dirs, "Shard output directories")->required();

  // For plugin authors: a conformance check of a built plugin, and a new plugin to start from.
  CheckPluginOptions check;
  auto *chk = app.add_subcommand(
      "check-plugin", "Check a built plugin as the host loads it: its descriptor, then awkward "
                      "documents for spans, counts, determinism, threads, metric ranges, "
                      "sentence values, compare with itself, requirements; and its speed");
  chk->add_option("LIB", check.library, "The plugin's library (NAME.so)")->required();
  chk->add_option("--config", check.config_file, "Configuration file (the plugin's settings)");
  chk->add_option("--plugin-dir", check.plugin_dirs,
                  "Directory with the plugins it requires (one per use; repeatable)")
      ->allow_extra_args(false);
  chk->add_flag("--quick", check.quick,
                "A 0.5 MB article instead of 5 MB and 2 threads (for CI: seconds, not minutes)");
  chk->add_option("--threads", check.threads, "Threads running at once in the thread check")
      ->check(CLI::Range(2u, 64u));

  NewPluginOptions fresh;
  auto *np = app.add_subcommand("new-plugin", "Write a plugin to start from (CMake project, "
                                              "source, a test, a README) that builds against the "
                                              "installed SDK and passes check-plugin");
  np->add_option("NAME", fresh.name, "Plugin name: [a-z][a-z0-9_]*")->required();
  np->add_option("DIR", fresh.directory, "Directory to write (default: ./NAME; must be empty)");
  np->add_option("--lang", fresh.language, "cpp or c")->check(CLI::IsMember({"cpp", "c"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError &e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (cmp->parsed()) return run_compare(compare);
  if (ext->parsed()) return run_extract(extract);
  if (plg->parsed()) return run_plugins(plugins);
  if (cfg->parsed()) return run_config(config);
  if (clear->parsed()) return run_cache_clear(cache);
  if (bat->parsed()) return run_batch(batch);
  if (mrg->parsed()) return run_merge(merge);
  if (chk->parsed()) return run_check_plugin(check);
  if (np->parsed()) return run_new_plugin(fresh);
  std::cerr << app.help();
  return 2;
}

} // namespace aspectdiff::cli
