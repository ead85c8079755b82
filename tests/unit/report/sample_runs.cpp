#include "sample_runs.hpp"

#include <limits>
#include <stdexcept>

namespace aspectdiff::report::testing {

namespace {

std::uint32_t u32(std::size_t v) {
  return static_cast<std::uint32_t>(v);
}

model::AspectResult style_result(const model::Document &doc, double mean_length,
                                 double quote_share) {
  model::AspectResult r;
  r.aspect = "style";
  r.provenance = {"style", "1.0.0", 1, 0, "0123456789abcdef0123456789abcdef"};
  model::Metric mean{"mean_sentence_length",
                     "Mean sentence length in words",
                     mean_length,
                     model::MetricKind::value,
                     {},
                     {},
                     {}};
  mean.evidence = {{doc.sentences.front().begin, doc.sentences.front().end}};
  for (std::size_t i = 0; i < doc.sentences.size(); ++i)
    mean.sentence_values.push_back(static_cast<double>(4 + i));
  r.metrics.push_back(mean);
  r.metrics.push_back({"quotation_share",
                       "Share of words inside quotations",
                       quote_share,
                       model::MetricKind::proportion,
                       {},
                       {},
                       {}});
  r.metrics.push_back({"tone", "Overall tone", -0.25, model::MetricKind::score, {}, {}, {}});
  r.metrics.push_back(
      {"question_rate", "Questions per 1,000 words", 12.5, model::MetricKind::rate, {}, {}, {}});
  r.metrics.push_back({"word_count",
                       "Words",
                       static_cast<double>(doc.word_count),
                       model::MetricKind::count,
                       {},
                       {},
                       {}});
  r.metrics.push_back({"mtld",
                       "Lexical diversity (MTLD)",
                       std::numeric_limits<double>::quiet_NaN(),
                       model::MetricKind::value,
                       {},
                       {},
                       {}});
  return r;
}

} // namespace

model::Document make_document(std::string id, std::string text) {
  model::Document doc;
  doc.id = id;
  doc.path = std::move(id);
  doc.format = "text";
  doc.language = "en";
  doc.text = std::move(text);
  const std::string &t = doc.text;
  std::size_t begin = 0;
  while (begin < t.size()) {
    std::size_t end = t.find(". ", begin);
    const std::size_t newline = t.find(".\n", begin);
    end = std::min(end, newline);
    end = end == std::string::npos ? t.size() : end + 1;
    doc.sentences.push_back({u32(begin), u32(end), 0, 0});
    begin = end;
    while (begin < t.size() && (t[begin] == ' ' || t[begin] == '\n'))
      ++begin;
  }
  std::uint32_t words = 0;
  bool in_word = false;
  for (const char c : t) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  doc.word_count = words;
  doc.paragraphs.push_back({0, u32(t.size()), 0, u32(doc.sentences.size())});
  return doc;
}

model::Span span_of(const model::Document &doc, std::string_view needle) {
  const auto at = doc.text.find(needle);
  if (at == std::string::npos) throw std::logic_error("fixture text lacks " + std::string(needle));
  return {u32(at), u32(at + needle.size())};
}

model::ExtractRun sample_extract_run() {
  model::ExtractRun run;
  run.documents.push_back(make_document(
      "samples/a.txt", "Putin met Xi in Moscow. The talks were \u201cwarm\u201d and long.\n"
                       "Energy deals were signed. Critics | doubt it."));
  run.documents.push_back(make_document(
      "samples/b.txt", "Xi visited Moscow. Sanctions bite hard.\nThe pipeline is stalled."));
  run.documents[1].title = "Pipeline | politics";

  for (const auto &doc : run.documents) {
    model::DocumentResult result;
    result.document_id = doc.id;
    result.aspects.push_back(style_result(doc, doc.id == "samples/a.txt" ? 6.5 : 4.0, 0.125));
    run.results.push_back(std::move(result));
  }

  const auto &a = run.documents[0];
  model::AspectResult actors;
  actors.aspect = "actors";
  actors.provenance = {"actors", "0.3.0", 1, 0, "fedcba9876543210fedcba9876543210"};
  actors.items.push_back({"putin",
                          "Vladimir Putin",
                          "person",
                          0.6,
                          1,
                          {{"role", "leader"}, {"country", "RU"}},
                          {span_of(a, "Putin")}});
  actors.items.push_back({"xi", "Xi Jinping", "person", 0.4, 1, {}, {span_of(a, "Xi")}});
  actors.notes.push_back("2 actors found");
  run.results[0].aspects.push_back(actors);

  model::AspectResult failed;
  failed.aspect = "actors";
  failed.status = model::ResultStatus::failed;
  failed.error = "gazetteer could not be read";
  run.results[1].aspects.push_back(failed);

  run.errors.push_back({"I003", "samples/missing.txt", "", "samples/missing.txt: no such file"});
  run.plugins.push_back(
      {"style", "1.0.0", "style", "/opt/plugins/libstyle.so", "0123456789abcdef0123456789abcdef"});
  run.plugins.push_back({"actors", "0.3.0", "actors", "/opt/plugins/libactors.so",
                         "fedcba9876543210fedcba9876543210"});
  return run;
}

model::CompareRun sample_compare_run() {
  auto extract = sample_extract_run();
  model::CompareRun run;
  run.documents = extract.documents;
  run.results = extract.results;
  run.errors = extract.errors;
  run.plugins = extract.plugins;
  const auto &a = run.documents[0];
  const auto &b = run.documents[1];

  model::AspectComparison style;
  style.aspect = "style";
  style.similarity = 0.8125;
  model::MetricDelta mean{"mean_sentence_length",
                          "Mean sentence length in words",
                          model::MetricKind::value,
                          6.5,
                          4.0,
                          -2.5,
                          model::Interval{-4.0, -1.0, true},
                          {span_of(a, "The talks")},
                          {span_of(b, "Sanctions")}};
  style.metrics.push_back(mean);
  style.metrics.push_back({"tone",
                           "Overall tone",
                           model::MetricKind::score,
                           -0.25,
                           -0.2,
                           0.05,
                           model::Interval{-0.1, 0.2, false},
                           {},
                           {}});
  style.metrics.push_back({"quotation_share",
                           "",
                           model::MetricKind::proportion,
                           0.125,
                           0.0,
                           -0.125,
                           std::nullopt,
                           {},
                           {}});
  style.metrics.push_back({"mtld",
                           "Lexical diversity (MTLD)",
                           model::MetricKind::value,
                           std::numeric_limits<double>::quiet_NaN(),
                           42.0,
                           std::numeric_limits<double>::infinity(),
                           std::nullopt,
                           {},
                           {}});
  style.only_a.push_back(
      {"energy", "Energy deals", "theme", 0.5, 0.0, 2, 0, true, false, {span_of(a, "Energy")}, {}});
  style.only_b.push_back({"sanctions",
                          "Sanctions",
                          "theme",
                          0.0,
                          0.7,
                          0,
                          1,
                          false,
                          true,
                          {},
                          {span_of(b, "Sanctions")}});
  style.shared.push_back({"moscow",
                          "Moscow",
                          "place",
                          0.2,
                          0.6,
                          1,
                          1,
                          true,
                          true,
                          {span_of(a, "Moscow")},
                          {span_of(b, "Moscow")}});
  style.findings.push_back({"tone.russia",
                            "B is more negative about Russia",
                            "tone",
                            0.1,
                            -0.4,
                            0.5,
                            {span_of(a, "Critics")},
                            {span_of(b, "stalled")}});

  model::AspectComparison actors;
  actors.aspect = "actors";
  actors.comparable = false;
  actors.why_not = "actors failed for samples/b.txt";

  run.comparisons.push_back({a.id, b.id, 0.8125, {style, actors}});
  run.ranking.push_back({b.id, 0.8125, {{"style", 0.8125}}});
  return run;
}

} // namespace aspectdiff::report::testing
