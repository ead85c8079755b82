// `aspectdiff compare` and `aspectdiff extract`.
#include "cli/inputs.hpp"
#include "cli/session.hpp"
#include "cli/strictness.hpp"
#include "compare/compare.hpp"
#include "engine/ordered_stream.hpp"
#include "io/atomic_file.hpp"
#include "io/zstd_stream.hpp"
#include "model/error.hpp"

#include <iostream>
#include <limits>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>
#include <variant>

namespace aspectdiff::cli {

namespace {

void collect_failures(const model::DocumentResult &result, std::vector<model::RunError> &errors) {
  for (const auto &a : result.aspects)
    if (a.status == model::ResultStatus::failed)
      errors.push_back({a.error.size() > 5 && a.error[0] == '[' ? a.error.substr(1, 4) : "E001",
                        result.document_id, a.aspect, a.error});
}

// The run's errors in input order: an unreadable document's where it stood among the others,
// and each document's failed aspects right after it.
std::vector<model::RunError>
errors_in_input_order(ReadDocuments &read, const std::vector<model::DocumentResult> &results) {
  std::vector<model::RunError> errors;
  std::size_t next = 0;
  const auto read_errors_before = [&](std::size_t document) {
    for (; next < read.errors.size() && read.error_at[next] <= document; ++next)
      errors.push_back(std::move(read.errors[next]));
  };
  for (std::size_t i = 0; i < results.size(); ++i) {
    read_errors_before(i);
    collect_failures(results[i], errors);
  }
  read_errors_before(std::numeric_limits<std::size_t>::max()); // after the last document
  return errors;
}

// Where streamed output goes: the --output file (appearing whole, on commit; compressed as it
// goes when its name ends in .zst) or standard output, flushed after each piece so that a reader
// downstream sees each document when it is done.
class StreamedOutput {
public:
  explicit StreamedOutput(const OutputOptions &options) {
    if (!options.output_file) return;
    file_.emplace(*options.output_file);
    if (io::wants_zstd(*options.output_file))
      zstd_.emplace([this](std::string_view bytes) { file_->write(bytes); });
  }
  StreamedOutput(const StreamedOutput &) = delete; // the compressor holds `this`
  StreamedOutput &operator=(const StreamedOutput &) = delete;
  void write(std::string_view text) {
    if (zstd_) {
      zstd_->write(text);
    } else if (file_) {
      file_->write(text);
    } else {
      std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
      std::cout.flush();
    }
  }
  void commit() {
    if (zstd_) zstd_->finish();
    if (file_) file_->commit();
  }

private:
  std::optional<io::AtomicOutput> file_;
  std::optional<io::ZstdStream> zstd_; // declared after file_, which it writes to
};

// `extract --format json|jsonl`: each document is read, analysed and written in turn (on
// several threads, in input order), so memory does not grow with the input.
std::vector<model::RunError> stream_extract(const engine::Engine &engine,
                                            const ExtractOptions &options, bool lines) {
  StreamedOutput output(options.output);
  report::ExtractJsonWriter writer([&](std::string_view text) { output.write(text); }, lines,
                                   json_options(options.output));
  // A document that could not be read travels down the stream as its error, so that the error
  // comes out where the document would have, whatever the number of threads.
  using Item = std::variant<model::Document, model::RunError>;
  using Analysed = std::pair<model::Document, model::DocumentResult>;
  using Done = std::variant<Analysed, model::RunError>;
  std::vector<model::RunError> errors;
  const auto add_error = [&](model::RunError &&error) {
    writer.error(error);
    errors.push_back(std::move(error));
  };
  engine::run_ordered<Item>(
      engine.jobs(), engine::stream_window(engine.jobs()),
      [&](const auto &push) {
        read_each_document(
            options.documents, options.input_format,
            [&](model::Document &&doc, std::size_t) { push(Item(std::move(doc))); },
            [&](model::RunError &&error) { push(Item(std::move(error))); });
      },
      [&](Item &&item) -> Done {
        if (auto *error = std::get_if<model::RunError>(&item)) return std::move(*error);
        auto &doc = std::get<model::Document>(item);
        auto result = engine.analyse(doc);
        return Analysed{std::move(doc), std::move(result)};
      },
      [&](Done &&done) {
        if (auto *error = std::get_if<model::RunError>(&done)) return add_error(std::move(*error));
        const auto &[doc, result] = std::get<Analysed>(done);
        writer.document(doc, &result);
        std::vector<model::RunError> failures;
        collect_failures(result, failures);
        for (auto &failure : failures)
          add_error(std::move(failure));
      });
  writer.finish({}, engine.plugin_records());
  output.commit();
  return errors;
}

struct StreamedCompare {
  std::vector<model::RunError> errors;
  std::vector<std::string> warnings; // about what plugins wrote (result_warnings)
  bool reference_failed = false;
};

// `compare --format json` against any number of documents: the reference is read and analysed
// first and kept; every other document is read, analysed, compared with it and written in turn
// (on several threads, in input order), then dropped. Only the ranking's entries accumulate.
StreamedCompare stream_compare(const engine::Engine &engine, const CompareOptions &options) {
  StreamedOutput output(options.output);
  report::CompareJsonWriter writer([&](std::string_view text) { output.write(text); },
                                   json_options(options.output));
  StreamedCompare run;
  std::vector<model::RankEntry> ranking;
  std::optional<model::Document> reference;
  model::DocumentResult reference_result;
  bool started = false;
  // The reference is the first document read from the first argument; a JSONL reference file
  // contributes only its first record as the reference, the rest are compared with it.
  const auto start = [&](const model::Document *first, std::size_t origin) {
    started = true;
    run.reference_failed = first == nullptr || origin != 0;
    writer.start(run.reference_failed ? nullptr : &first->id, run.reference_failed);
  };
  struct Compared {
    model::Document document;
    model::DocumentResult result;
    model::Comparison comparison;
  };
  // Errors travel down the stream in their place (a document that could not be read, or the
  // reference's failed aspects), so that the run lists them in input order.
  using Item = std::variant<model::Document, model::RunError>;
  using Done = std::variant<Compared, model::RunError>;

  std::vector<std::string> paths{options.reference};
  paths.insert(paths.end(), options.documents.begin(), options.documents.end());
  engine::run_ordered<Item>(
      engine.jobs(), engine::stream_window(engine.jobs()),
      [&](const auto &push) {
        read_each_document(
            paths, options.input_format,
            [&](model::Document &&doc, std::size_t origin) {
              if (!started) {
                start(&doc, origin);
                if (!run.reference_failed) {
                  reference = std::move(doc);
                  reference_result = engine.analyse(*reference);
                  add_result_warnings(reference_result, run.warnings);
                  writer.document(*reference, &reference_result);
                  std::vector<model::RunError> failures;
                  collect_failures(reference_result, failures);
                  for (auto &failure : failures)
                    push(Item(std::move(failure)));
                  return;
                }
              }
              push(Item(std::move(doc)));
            },
            [&](model::RunError &&error) { push(Item(std::move(error))); });
      },
      [&](Item &&item) -> Done {
        if (auto *error = std::get_if<model::RunError>(&item)) return std::move(*error);
        Compared out{std::move(std::get<model::Document>(item)), {}, {}};
        if (!reference) return out; // nothing to compare with: listed without results
        out.result = engine.analyse(out.document);
        out.comparison = engine.compare(*reference, reference_result, out.document, out.result);
        return out;
      },
      [&](Done &&done) {
        if (auto *error = std::get_if<model::RunError>(&done)) {
          run.errors.push_back(std::move(*error));
          return;
        }
        auto &compared = std::get<Compared>(done);
        if (!reference) {
          writer.document(compared.document, nullptr);
          return;
        }
        collect_failures(compared.result, run.errors);
        add_result_warnings(compared.result, run.warnings);
        writer.document(compared.document, &compared.result);
        writer.comparison(compared.comparison, &*reference, &compared.document);
        ranking.push_back(compare::rank_entry(compared.comparison));
      });
  if (!started) start(nullptr, 0);
  compare::order_ranking(ranking);
  writer.finish(ranking, run.errors, engine.plugin_records());
  output.commit();
  return run;
}

// Prints the host's warnings about what plugins wrote; in strict mode they fail the run.
int finish(const CommonOptions &common, const config::Config &config,
           const std::vector<std::string> &warnings, int code) {
  print_warnings(warnings, common.quiet);
  if (code == exit_ok && !warnings.empty() && strict_mode(common, config)) {
    std::cerr << "aspectdiff: error: strict mode: " << warnings.size()
              << " warning(s) about plugin results\n";
    return exit_failures;
  }
  return code;
}

// The end of `compare`, streamed or not: the reference's failure, the run's errors, then the
// warnings about plugin results (fatal in strict mode).
int finish_compare(const CompareOptions &options, const config::Config &config,
                   bool reference_failed, const std::vector<model::RunError> &errors,
                   const std::vector<std::string> &warnings) {
  if (reference_failed) {
    std::cerr << "aspectdiff: error: the reference " << options.reference
              << " could not be read; nothing was compared\n";
    return exit_failures;
  }
  print_errors(errors);
  return finish(options.common, config, warnings, errors.empty() ? exit_ok : exit_failures);
}

} // namespace

int run_compare(const CompareOptions &options) {
  return guarded([&] {
    auto session = open_session(options.common);
    const auto &engine = *session.engine;
    if (output_format(options.output, session.config) == "json" && !options.report_file) {
      const auto streamed = stream_compare(engine, options);
      return finish_compare(options, session.config, streamed.reference_failed, streamed.errors,
                            streamed.warnings);
    }
    model::CompareRun run;
    run.plugins = engine.plugin_records();

    std::vector<std::string> paths{options.reference};
    paths.insert(paths.end(), options.documents.begin(), options.documents.end());
    auto read = read_documents(paths, options.input_format);
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
    }
    run.errors = errors_in_input_order(read, run.results);

    const auto format = output_format(options.output, session.config);
    const auto report = report_options(options.output, session.config);
    std::ostringstream out;
    if (format == "json")
      report::write_compare_json(out, run, json_options(options.output));
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
    emit(options.output, std::move(out).str()); // the buffer itself, not a copy of it
    return finish_compare(options, session.config, run.reference_failed, run.errors,
                          result_warnings(run.results));
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
    if (format == "json" || format == "jsonl") {
      const auto errors = stream_extract(engine, options, format == "jsonl");
      print_errors(errors);
      return errors.empty() ? exit_ok : exit_failures;
    }
    model::ExtractRun run;
    run.plugins = engine.plugin_records();
    auto read = read_documents(options.documents, options.input_format);
    run.documents = std::move(read.documents);
    run.results = engine.analyse_all(run.documents);
    run.errors = errors_in_input_order(read, run.results);

    const auto report = report_options(options.output, session.config);
    std::ostringstream out;
    if (format == "markdown")
      report::write_extract_markdown(out, run, report);
    else
      report::write_extract_terminal(out, run, report);
    emit(options.output, std::move(out).str()); // the buffer itself, not a copy of it
    print_errors(run.errors);
    return finish(options.common, session.config, result_warnings(run.results),
                  run.errors.empty() ? exit_ok : exit_failures);
  });
}

} // namespace aspectdiff::cli
