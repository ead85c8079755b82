#include "cli/conformance.hpp"

#include "cache/result_codec.hpp"
#include "plugins/result_collector.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <thread>

namespace aspectdiff::cli {

namespace {

using model::AspectResult;
using model::DocumentResult;

const AspectResult *result_of(const DocumentResult &r, const std::string &plugin) {
  for (const auto &a : r.aspects)
    if (a.provenance.plugin == plugin) return &a;
  return nullptr;
}

// Every rule that one result can break on its own, as outcomes (no outcome = kept).
class ResultRules {
public:
  ResultRules(const ConformanceDocument &d, const AspectResult &r, std::vector<CheckOutcome> &out)
      : d_(d), r_(r), out_(out) {}

  void check() {
    if (r_.status == model::ResultStatus::unscored) return;
    if (r_.status == model::ResultStatus::failed) {
      const bool input = r_.error.find(": input error") != std::string::npos;
      report("runs", input ? Verdict::warn : Verdict::fail, r_.error,
             input ? "an input error is acceptable for input the plugin cannot read; for text "
                     "it merely finds nothing in, give a result without metrics and a note"
                   : "handle this document: return a result (possibly empty) with a note, "
                     "never an error");
      return;
    }
    for (const auto &note : r_.notes) {
      if (!plugins::is_output_warning(note)) continue;
      const bool spans = note.starts_with("[W201]");
      report(spans ? "spans" : "sentence values", Verdict::fail, note,
             spans ? "evidence spans are byte ranges [begin, end) of doc.text(), begin <= end <= "
                     "text size, both on character boundaries: take them from tokens, "
                     "sentences or paragraphs, or check your arithmetic"
                   : "give at most one value per sentence (sentence_index naming each, strictly "
                     "increasing), within the metric kind's range, on the metric's own scale: "
                     "their mean should be the metric's value");
    }
    metrics();
    items();
  }

private:
  void report(const char *check, Verdict v, std::string detail, std::string fix) {
    out_.push_back({check, v, d_.name, std::move(detail), std::move(fix)});
  }

  void metrics() {
    std::set<std::string> names;
    for (const auto &m : r_.metrics) {
      const std::string who = "metric '" + m.name + "'";
      if (m.name.empty())
        report("metrics", Verdict::fail, "a metric has no name", "name every metric");
      if (!names.insert(m.name).second)
        report("metrics", Verdict::warn, who + " is written twice; the host keeps the first",
               "write each metric once");
      if (!std::isfinite(m.value)) {
        report("metrics", Verdict::fail, who + " is not a finite number",
               "write 0 (and a note) when there is nothing to measure, never NaN or infinity");
        continue;
      }
      const bool bad = (m.kind == model::MetricKind::score && (m.value < -1 || m.value > 1)) ||
                       (m.kind == model::MetricKind::proportion && (m.value < 0 || m.value > 1)) ||
                       ((m.kind == model::MetricKind::rate || m.kind == model::MetricKind::count) &&
                        m.value < 0);
      if (bad)
        report("metrics", Verdict::fail,
               who + " = " + std::to_string(m.value) + " is outside the range of its kind (" +
                   model::to_string(m.kind) + ")",
               "score: [-1, 1]; proportion: [0, 1]; rate, count: >= 0; otherwise use kind value");
    }
  }

  void items() {
    std::set<std::string> keys;
    for (const auto &it : r_.items) {
      const std::string who = "item '" + it.key + "'";
      if (it.key.empty())
        report("items", Verdict::fail, "an item has an empty key",
               "give every item a canonical key, stable across documents");
      else if (!keys.insert(it.key).second)
        report("items", Verdict::warn, who + " is written twice",
               "write one item per key (the comparison matches items by key)");
      if (!std::isfinite(it.weight))
        report("items", Verdict::fail, who + " has a weight that is not finite",
               "weights are finite numbers");
      // Evidence spans are usually occurrences, and a plugin may quote fewer than it counted;
      // more is right only when an occurrence has several spans (a cue and its claim, say).
      if (it.count == 0 && !it.evidence.empty())
        report("counts", Verdict::fail,
               who + " has count 0 but " + std::to_string(it.evidence.size()) + " evidence spans",
               "count the occurrences the evidence shows");
      else if (it.evidence.size() > it.count)
        report("counts", Verdict::warn,
               who + " has count " + std::to_string(it.count) + " but " +
                   std::to_string(it.evidence.size()) + " evidence spans",
               "right when each occurrence has several spans; otherwise count every occurrence "
               "you quote");
    }
  }

  const ConformanceDocument &d_;
  const AspectResult &r_;
  std::vector<CheckOutcome> &out_;
};

// The encoded result is what the cache stores: equal bytes mean equal results, notes included.
std::vector<std::string> encoded(const std::vector<DocumentResult> &results,
                                 const std::string &plugin) {
  std::vector<std::string> out;
  for (const auto &r : results) {
    const auto *a = result_of(r, plugin);
    out.push_back(a == nullptr ? std::string() : cache::encode_result(*a));
  }
  return out;
}

std::vector<DocumentResult> analyse_each(const engine::Engine &engine,
                                         const std::vector<ConformanceDocument> &documents) {
  std::vector<DocumentResult> out;
  out.reserve(documents.size());
  for (const auto &d : documents)
    out.push_back(engine.analyse(d.doc));
  return out;
}

// The same documents on `threads` threads at once, each thread starting at another document,
// so that different documents are in the plugin at the same time.
std::vector<std::vector<std::string>>
analyse_on_threads(const engine::Engine &engine, const std::vector<ConformanceDocument> &docs,
                   const std::string &plugin, unsigned threads) {
  std::vector<std::vector<std::string>> per_thread(threads);
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t)
    workers.emplace_back([&, t] {
      std::vector<DocumentResult> results(docs.size());
      for (std::size_t k = 0; k < docs.size(); ++k) {
        const std::size_t i = (k + t * docs.size() / threads) % docs.size();
        results[i] = engine.analyse(docs[i].doc);
      }
      per_thread[t] = encoded(results, plugin);
    });
  for (auto &w : workers)
    w.join();
  return per_thread;
}

void compare_with_itself(const engine::Engine &engine, const ConformanceDocument &d,
                         const DocumentResult &r, const std::string &aspect,
                         std::vector<CheckOutcome> &out) {
  const auto comparison = engine.compare(d.doc, r, d.doc, r);
  for (const auto &a : comparison.aspects) {
    if (a.aspect != aspect || !a.comparable) continue;
    std::string problems;
    if (std::abs(a.similarity - 1.0) > 1e-9)
      problems += "similarity " + std::to_string(a.similarity) + " instead of 1; ";
    for (const auto &m : a.metrics)
      if (m.delta != 0.0 && !(std::isnan(m.a) && std::isnan(m.b)))
        problems += "metric '" + m.name + "' differs by " + std::to_string(m.delta) + "; ";
    if (!a.only_a.empty() || !a.only_b.empty())
      problems += std::to_string(a.only_a.size() + a.only_b.size()) + " item(s) on one side only; ";
    for (const auto &f : a.findings)
      if (f.magnitude > 0.0)
        problems += "finding '" + f.label + "' (magnitude " + std::to_string(f.magnitude) + "); ";
    if (!problems.empty()) {
      problems.resize(problems.size() - 2);
      out.push_back({"compare with itself", Verdict::fail, d.name, problems,
                     "compare() of a document with itself must report no difference: "
                     "similarity 1 and no finding of positive magnitude"});
    }
  }
}

// Keeps the first `keep` outcomes of each check and verdict from `first` on, and replaces the
// rest by one line saying how many more documents had the same problem.
void cap_repeats(std::vector<CheckOutcome> &out, std::size_t first, std::size_t keep) {
  std::map<std::pair<std::string, Verdict>, std::size_t> seen;
  std::vector<CheckOutcome> kept(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(first));
  for (std::size_t i = first; i < out.size(); ++i)
    if (++seen[{out[i].check, out[i].verdict}] <= keep) kept.push_back(std::move(out[i]));
  for (const auto &[key, count] : seen)
    if (count > keep)
      kept.push_back({key.first, key.second, "",
                      "and " + std::to_string(count - keep) + " more like the above", ""});
  out = std::move(kept);
}

} // namespace

const char *to_string(Verdict verdict) noexcept {
  switch (verdict) {
  case Verdict::pass:
    return "PASS";
  case Verdict::warn:
    return "WARN";
  default:
    return "FAIL";
  }
}

ConformanceReport check_conformance(const engine::Engine &engine, const std::string &plugin,
                                    const std::vector<ConformanceDocument> &documents,
                                    unsigned threads) {
  ConformanceReport report;
  auto &out = report.outcomes;
  std::string aspect;
  for (const auto &step : engine.plan().steps)
    if (step.plugin->name == plugin) aspect = step.plugin->aspect;

  // First run, on this thread, one document at a time; the article is timed.
  std::vector<DocumentResult> first;
  first.reserve(documents.size());
  const std::size_t article = article_index(documents);
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const auto start = std::chrono::steady_clock::now();
    first.push_back(engine.analyse(documents[i].doc));
    if (i == article) {
      const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
      report.article_megabytes = static_cast<double>(documents[i].doc.text.size()) / 1e6;
      report.article_megabytes_per_second =
          seconds.count() > 0 ? report.article_megabytes / seconds.count() : 0.0;
    }
  }

  const std::size_t before_rules = out.size();
  std::size_t unscored = 0;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const auto *r = result_of(first[i], plugin);
    if (r == nullptr) continue;
    if (r->status == model::ResultStatus::unscored) ++unscored;
    ResultRules(documents[i], *r, out).check();
  }
  cap_repeats(out, before_rules, 3);
  for (const char *check : {"runs", "spans", "sentence values", "metrics", "items", "counts"}) {
    const bool any = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(before_rules), out.end(),
                                 [&](const CheckOutcome &o) { return o.check == check; });
    if (!any)
      out.push_back({check, Verdict::pass, "",
                     std::to_string(documents.size() - unscored) + " documents" +
                         (unscored > 0 ? " (" + std::to_string(unscored) +
                                             " not in the plugin's languages, unscored)"
                                       : std::string()),
                     ""});
  }

  // Deterministic: the same documents again on this thread give the same bytes.
  const auto once = encoded(first, plugin);
  const auto twice = encoded(analyse_each(engine, documents), plugin);
  std::size_t differing = 0;
  for (std::size_t i = 0; i < documents.size(); ++i)
    if (once[i] != twice[i]) {
      if (differing++ == 0)
        out.push_back({"deterministic", Verdict::fail, documents[i].name,
                       "a second run on the same document gave a different result",
                       "a result may depend on the document, the settings and the data only: "
                       "no clock, no random seed, no counter or cache that changes what is "
                       "written, no iteration over unordered containers' order"});
    }
  if (differing == 0)
    out.push_back({"deterministic", Verdict::pass, "", "every document twice, byte for byte", ""});

  // Thread-safe: the documents on several threads at once give what one thread gave.
  const auto per_thread = analyse_on_threads(engine, documents, plugin, threads);
  bool thread_problem = false;
  for (unsigned t = 0; t < threads && !thread_problem; ++t)
    for (std::size_t i = 0; i < documents.size(); ++i)
      if (per_thread[t][i] != once[i] && once[i] == twice[i]) {
        out.push_back({"threads", Verdict::fail, documents[i].name,
                       "the result on " + std::to_string(threads) +
                           " threads at once differs from the result on one thread",
                       "extract() runs on several documents at once: keep the plugin object "
                       "read-only after create(), put scratch state in locals or "
                       "thread_local buffers that are reset for each document"});
        thread_problem = true;
        break;
      }
  if (!thread_problem)
    out.push_back({"threads", Verdict::pass, "",
                   "every document on " + std::to_string(threads) + " threads at once", ""});

  // Compare: a document against itself shows no difference.
  const std::size_t before_compare = out.size();
  for (std::size_t i = 0; i < documents.size(); ++i)
    compare_with_itself(engine, documents[i], first[i], aspect, out);
  if (out.size() == before_compare)
    out.push_back({"compare with itself", Verdict::pass, "",
                   "every document against itself: similarity 1, no difference", ""});
  return report;
}

} // namespace aspectdiff::cli
