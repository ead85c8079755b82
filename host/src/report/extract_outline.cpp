// The outline of an `extract` run.
#include "report/evidence.hpp"
#include "report/number_format.hpp"
#include "report/outline_parts.hpp"
#include "report/outlines.hpp"

#include <algorithm>

namespace aspectdiff::report {

namespace {

void render_metrics(Renderer &renderer, const model::Document &doc,
                    const model::AspectResult &result, EvidenceQuoter &quoter) {
  if (result.metrics.empty()) return;
  Table table{{{"Metric"}, {"Value", Align::right}, {"Description"}}, {}};
  for (const auto &m : result.metrics) {
    Row row{{{m.name, Tone::plain}, {format_metric(m.kind, m.value), Tone::strong}, {m.label}}, {}};
    quoter.add(row.quotes, &doc, m.evidence, "");
    table.rows.push_back(std::move(row));
  }
  renderer.table(table);
}

void render_items(Renderer &renderer, const model::Document &doc, const model::AspectResult &result,
                  const ReportOptions &options, EvidenceQuoter &quoter) {
  if (result.items.empty()) return;
  // The heaviest items first; equal weights by count, then key, so the order is stable.
  std::vector<const model::Item *> order;
  order.reserve(result.items.size());
  for (const auto &item : result.items)
    order.push_back(&item);
  const std::size_t shown = std::min(options.max_items, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown), order.end(),
                    [](const model::Item *a, const model::Item *b) {
                      if (a->weight != b->weight) return a->weight > b->weight;
                      if (a->count != b->count) return a->count > b->count;
                      return a->key < b->key;
                    });

  renderer.heading(4, "Items",
                   {shown < order.size()
                        ? "top " + format_count(shown) + " of " + format_count(order.size())
                        : format_count(order.size()),
                    Tone::muted});
  Table table{
      {{"Item"}, {"Category"}, {"Weight", Align::right}, {"Count", Align::right}, {"Attributes"}},
      {}};
  for (std::size_t i = 0; i < shown; ++i) {
    const auto &item = *order[i];
    Row row{{{display_label(item.label, item.key)},
             {item.category, Tone::muted},
             {format_weight(item.weight)},
             {format_count(item.count)},
             {describe_attributes(item), Tone::muted}},
            {}};
    quoter.add(row.quotes, &doc, item.evidence, "");
    table.rows.push_back(std::move(row));
  }
  renderer.table(table);
  render_left_out(renderer, shown, order.size());
}

void render_aspect(Renderer &renderer, const model::Document &doc,
                   const model::AspectResult &result, const ReportOptions &options,
                   EvidenceQuoter &quoter) {
  renderer.heading(3, result.aspect, {describe_provenance(result), Tone::muted});
  if (result.status != model::ResultStatus::ok) {
    const bool failed = result.status == model::ResultStatus::failed;
    renderer.line({{failed ? "failed" : "not scored", failed ? Tone::bad : Tone::warn},
                   {result.error.empty() ? std::string() : ": " + result.error}});
    return;
  }
  render_metrics(renderer, doc, result, quoter);
  render_items(renderer, doc, result, options, quoter);
  for (const auto &note : result.notes)
    renderer.bullet({{note, Tone::muted}}, {});
}

} // namespace

void render_extract(Renderer &renderer, const model::ExtractRun &run,
                    const ReportOptions &options) {
  EvidenceQuoter quoter(options.evidence, options.evidence_per_difference);
  renderer.heading(1, "aspectdiff extract",
                   {format_count(run.documents.size()) +
                        (run.documents.size() == 1 ? " document" : " documents"),
                    Tone::muted});
  for (std::size_t i = 0; i < run.documents.size(); ++i) {
    const auto &doc = run.documents[i];
    renderer.heading(2, document_name(doc), {});
    renderer.line({{describe_document(doc), Tone::muted}});
    if (i >= run.results.size() || run.results[i].aspects.empty()) {
      renderer.line({{"no aspect results", Tone::warn}});
      continue;
    }
    for (const auto &result : run.results[i].aspects)
      render_aspect(renderer, doc, result, options, quoter);
  }
  render_problems(renderer, run.errors, run.results);
  renderer.finish();
}

} // namespace aspectdiff::report
