// `aspectdiff compare` and `aspectdiff extract`.
#include "cli/inputs.hpp"
#include "cli/session.hpp"
#include "compare/compare.hpp"
#include "io/atomic_file.hpp"
#include "model/error.hpp"

#include <iostream>
#include <sstream>

namespace aspectdiff::cli {

namespace {

void collect_failures(const std::vector<model::DocumentResult> &results,
                      std::vector<model::RunError> &errors) {
  for (const auto &r : results)
    for (const auto &a : r.aspects)
      if (a.status == model::ResultStatus::failed)
        errors.push_back({a.error.size() > 5 && a.error[0] == '[' ? a.error.substr(1, 4) : "E001",
                          r.document_id, a.aspect, a.error});
}

} // namespace

int run_compare(const CompareOptions &options) {
  return guarded([&] {
    auto session = open_session(options.common);
    const auto &engine = *session.engine;
    model::CompareRun run;
    run.plugins = engine.plugin_records();

    std::vector<std::string> paths{options.reference};
    paths.insert(paths.end(), options.documents.begin(), options.documents.end());
    auto read = read_documents(paths, options.input_format);
    run.errors = std::move(read.errors);
    // The reference is the first document read from the first argument; a JSONL reference file
    // contributes only its first record as the reference, the rest are compared with it.
    if (read.documents.empty() || read.origin.front() != 0) {
      run.reference_failed = true;
      run.documents = std::move(read.documents);
    } else {
      run.documents = std::move(read.documents);
      run.results = engine.analyse_all(run.documents);
      for (std::size_t i = 1; i < run.documents.size(); ++i)
        run.comparisons.push_back(
            engine.compare(run.documents[0], run.results[0], run.documents[i], run.results[i]));
      run.ranking = compare::rank(run.comparisons);
      collect_failures(run.results, run.errors);
    }

    const auto format = output_format(options.output, session.config);
    const auto report = report_options(options.output, session.config);
    std::ostringstream out;
    if (format == "json")
      report::write_compare_json(out, run);
    else if (format == "markdown")
      report::write_compare_markdown(out, run, report);
    else if (format == "html")
      report::write_compare_html(out, run);
    else
      report::write_compare_terminal(out, run, report);
    if (options.report_file) {
      std::ostringstream page;
      report::write_compare_html(page, run);
      io::write_atomically(*options.report_file, page.str());
      if (!options.common.quiet)
        std::cerr << "aspectdiff: wrote the HTML report to " << options.report_file->string()
                  << '\n';
    }
    emit(options.output, out.str());
    if (run.reference_failed) {
      std::cerr << "aspectdiff: error: the reference " << options.reference
                << " could not be read; nothing was compared\n";
      return exit_failures;
    }
    if (!options.common.quiet)
      for (const auto &e : run.errors)
        std::cerr << "aspectdiff: " << e.message << '\n';
    return run.errors.empty() ? exit_ok : exit_failures;
  });
}

int run_extract(const ExtractOptions &options) {
  return guarded([&] {
    auto session = open_session(options.common);
    const auto format = output_format(options.output, session.config);
    if (format == "html")
      throw model::Error(model::ErrorKind::usage, "C003",
                         "the html format is a comparison report: use `aspectdiff compare`");
    const auto &engine = *session.engine;
    model::ExtractRun run;
    run.plugins = engine.plugin_records();
    auto read = read_documents(options.documents, options.input_format);
    run.errors = std::move(read.errors);
    run.documents = std::move(read.documents);
    run.results = engine.analyse_all(run.documents);
    collect_failures(run.results, run.errors);

    const auto report = report_options(options.output, session.config);
    std::ostringstream out;
    if (format == "json")
      report::write_extract_json(out, run);
    else if (format == "jsonl")
      report::write_extract_jsonl(out, run);
    else if (format == "markdown")
      report::write_extract_markdown(out, run, report);
    else
      report::write_extract_terminal(out, run, report);
    emit(options.output, out.str());
    if (!options.common.quiet)
      for (const auto &e : run.errors)
        std::cerr << "aspectdiff: " << e.message << '\n';
    return run.errors.empty() ? exit_ok : exit_failures;
  });
}

} // namespace aspectdiff::cli
