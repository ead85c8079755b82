// The outline of a `compare` run: the reference against each document, then the ranking.
#include "report/evidence.hpp"
#include "report/headline.hpp"
#include "report/number_format.hpp"
#include "report/outline_parts.hpp"
#include "report/outlines.hpp"
#include "report/story.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace aspectdiff::report {

namespace {

constexpr double negligible_shift = 1e-9;
const std::string noise_marker = "\u2248 noise";

// High similarity reads as good, low as a warning; the thresholds only pick a colour.
Tone similarity_tone(double s) noexcept {
  if (!std::isfinite(s)) return Tone::muted;
  return s >= 0.75 ? Tone::good : (s < 0.4 ? Tone::warn : Tone::plain);
}

Styled similarity_aside(std::string_view what, double s) {
  return {std::string(what) + " " + format_similarity(s), similarity_tone(s)};
}

struct Sides {
  const model::Document *a = nullptr;
  const model::Document *b = nullptr;
};

class CompareOutline {
public:
  CompareOutline(Renderer &renderer, const model::CompareRun &run, const ReportOptions &options)
      : renderer_(renderer), run_(run), options_(options),
        quoter_(options.evidence, options.evidence_per_difference) {
    for (const auto &doc : run.documents)
      documents_.try_emplace(doc.id, &doc);
  }

  void render() {
    // When the reference could not be read, documents[0] is merely the first one that could.
    const model::Document *reference =
        run_.documents.empty() || run_.reference_failed ? nullptr : &run_.documents.front();
    renderer_.heading(1, "aspectdiff compare",
                      {reference == nullptr
                           ? std::string()
                           : "reference: " + std::string(document_name(*reference)),
                       Tone::muted});
    if (reference != nullptr) renderer_.line({{describe_document(*reference), Tone::muted}});
    if (run_.reference_failed)
      renderer_.line({{"The reference could not be read: nothing was compared.", Tone::bad}});
    for (const auto &comparison : run_.comparisons)
      render_comparison(comparison);
    render_ranking();
    render_problems(renderer_, run_.errors, run_.results);
    renderer_.finish();
  }

private:
  const model::Document *find(const std::string &id) const {
    const auto it = documents_.find(id);
    return it == documents_.end() ? nullptr : it->second;
  }

  std::string name_of(const std::string &id) const {
    const auto *doc = find(id);
    return doc == nullptr ? id : std::string(document_name(*doc));
  }

  void render_comparison(const model::Comparison &c) {
    const Sides sides{find(c.a_id), find(c.b_id)};
    false_discovery_rate_ = c.false_discovery_rate;
    renderer_.heading(2, name_of(c.b_id), similarity_aside("overall similarity", c.overall));
    // The story opens the pair: what an analyst would say first.
    renderer_.line({{story_text(pair_story(c, name_of(c.a_id), name_of(c.b_id)))}});
    if (sides.b != nullptr) renderer_.line({{describe_document(*sides.b), Tone::muted}});
    render_headline(c, sides);
    for (const auto &aspect : c.aspects)
      render_aspect(aspect, sides);
  }

  // The pair's differences in ranked order. They are quoted even without --evidence: a ranked
  // difference is only as good as the sentence behind it.
  void render_headline(const model::Comparison &c, const Sides &sides) {
    const auto differences = headline_differences(c, options_.max_items);
    if (differences.empty()) return;
    renderer_.heading(3, "Ranked differences",
                      {"A = " + name_of(c.a_id) + ", B = " + name_of(c.b_id) +
                           "; strength = effect size x coverage",
                       Tone::muted});
    for (const auto &d : differences) {
      std::vector<Quote> quotes;
      headline_quoter_.add(quotes, sides.a, *d.evidence_a, "A");
      headline_quoter_.add(quotes, sides.b, *d.evidence_b, "B");
      renderer_.bullet({{"#" + std::to_string(d.rank) + " " + d.aspect + ": ", Tone::strong},
                        {d.text},
                        {"  (strength " + format_strength(d.strength) + ")", Tone::muted}},
                       quotes);
    }
    render_left_out(renderer_, differences.size(), standing_out_count(c));
  }

  void render_aspect(const model::AspectComparison &ac, const Sides &sides) {
    if (!ac.comparable) {
      renderer_.heading(3, ac.aspect, {"not comparable", Tone::warn});
      if (!ac.why_not.empty()) renderer_.line({{ac.why_not, Tone::warn}});
      return;
    }
    renderer_.heading(3, ac.aspect, similarity_aside("similarity", ac.similarity));
    render_metrics(ac, sides);
    render_exclusive("Only in A", ac.only_a, sides.a, "A", true);
    render_exclusive("Only in B", ac.only_b, sides.b, "B", false);
    render_shared(ac, sides);
    render_findings(ac, sides);
  }

  void render_metrics(const model::AspectComparison &ac, const Sides &sides) {
    if (ac.metrics.empty()) return;
    const bool any_interval = std::any_of(ac.metrics.begin(), ac.metrics.end(),
                                          [](const model::MetricDelta &d) { return d.interval; });
    Table table{{{"Metric"}, {"A", Align::right}, {"B", Align::right}, {"\u0394", Align::right}},
                {}};
    if (any_interval) {
      table.columns.push_back({"95% CI", Align::right});
      table.columns.push_back({"p (BH)", Align::right});
      table.columns.push_back({""});
    }
    bool any_noise = false;
    for (const auto &d : ac.metrics) {
      const bool noise = d.interval && !d.interval->distinguishable;
      any_noise = any_noise || noise;
      Row row{{{display_label(d.label, d.name)},
               {format_metric(d.kind, d.a, true)},
               {format_metric(d.kind, d.b, true)},
               {format_delta(d.kind, d.delta), noise ? Tone::muted : Tone::strong}},
              {}};
      if (any_interval) {
        row.cells.push_back(
            {d.interval ? format_interval(d.kind, *d.interval) : std::string(), Tone::muted});
        row.cells.push_back({format_p(d.p_adjusted), Tone::muted});
        row.cells.push_back({noise ? noise_marker : std::string(), Tone::muted});
      }
      quoter_.add(row.quotes, sides.a, d.evidence_a, "A");
      quoter_.add(row.quotes, sides.b, d.evidence_b, "B");
      table.rows.push_back(std::move(row));
    }
    renderer_.table(table);
    if (any_noise)
      renderer_.line(
          {{noise_marker + ": not distinguishable from sentence-to-sentence variation once all " +
                "the pair's deltas are tested together (Benjamini-Hochberg adjusted p above " +
                format_p(false_discovery_rate_) + ").",
            Tone::muted}});
  }

  void render_exclusive(std::string_view title, const std::vector<model::ItemDiff> &items,
                        const model::Document *doc, std::string_view side, bool in_a) {
    if (items.empty()) return;
    const std::size_t shown = std::min(options_.max_items, items.size());
    renderer_.heading(4, title, {format_count(items.size()), Tone::muted});
    Table table{{{"Item"}, {"Category"}, {"Weight", Align::right}, {"Count", Align::right}}, {}};
    for (std::size_t i = 0; i < shown; ++i) {
      const auto &item = items[i];
      Row row{{{display_label(item.label, item.key)},
               {item.category, Tone::muted},
               {format_weight(in_a ? item.weight_a : item.weight_b)},
               {format_count(in_a ? item.count_a : item.count_b)}},
              {}};
      quoter_.add(row.quotes, doc, in_a ? item.evidence_a : item.evidence_b, side);
      table.rows.push_back(std::move(row));
    }
    renderer_.table(table);
    render_left_out(renderer_, shown, items.size());
  }

  void render_shared(const model::AspectComparison &ac, const Sides &sides) {
    // Shared items arrive sorted by the size of their shift; unchanged ones say nothing.
    std::vector<const model::ItemDiff *> moved;
    for (const auto &item : ac.shared)
      if (std::fabs(item.weight_b - item.weight_a) > negligible_shift) moved.push_back(&item);
    if (moved.empty()) return;
    const std::size_t shown = std::min(options_.max_items, moved.size());
    renderer_.heading(4, "Largest shared shifts",
                      {format_count(moved.size()) + " of " + format_count(ac.shared.size()) +
                           " shared items changed weight",
                       Tone::muted});
    Table table{{{"Item"},
                 {"Category"},
                 {"A", Align::right},
                 {"B", Align::right},
                 {"\u0394", Align::right}},
                {}};
    for (std::size_t i = 0; i < shown; ++i) {
      const auto &item = *moved[i];
      const double change = item.weight_b - item.weight_a;
      Row row{{{display_label(item.label, item.key)},
               {item.category, Tone::muted},
               {format_weight(item.weight_a)},
               {format_weight(item.weight_b)},
               {(change > 0 ? "+" : "") + format_weight(change), Tone::strong}},
              {}};
      quoter_.add(row.quotes, sides.a, item.evidence_a, "A");
      quoter_.add(row.quotes, sides.b, item.evidence_b, "B");
      table.rows.push_back(std::move(row));
    }
    renderer_.table(table);
    render_left_out(renderer_, shown, moved.size());
  }

  void render_findings(const model::AspectComparison &ac, const Sides &sides) {
    if (ac.findings.empty()) return;
    const std::size_t shown = std::min(options_.max_items, ac.findings.size());
    renderer_.heading(4, "Findings", {format_count(ac.findings.size()), Tone::muted});
    // In the pair's ranked order when it was ranked (the unranked keep the plugin's order).
    std::vector<const model::Finding *> ordered;
    for (const auto &f : ac.findings)
      ordered.push_back(&f);
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto *x, const auto *y) {
      return x->standing.rank - 1 < y->standing.rank - 1; // rank 0 wraps round: last
    });
    for (std::size_t i = 0; i < shown; ++i) {
      const auto &f = *ordered[i];
      std::vector<Quote> quotes;
      quoter_.add(quotes, sides.a, f.evidence_a, "A");
      quoter_.add(quotes, sides.b, f.evidence_b, "B");
      const bool ranked = f.standing.rank != 0;
      std::vector<Styled> parts;
      if (ranked) parts.push_back({"#" + std::to_string(f.standing.rank) + " ", Tone::strong});
      parts.push_back({display_label(f.label, f.key)});
      parts.push_back({"  (A " + format_metric(model::MetricKind::value, f.value_a) + " \u2192 B " +
                           format_metric(model::MetricKind::value, f.value_b) +
                           (f.category.empty() ? "" : ", " + f.category) +
                           (ranked ? ", strength " + format_strength(f.standing.strength) : "") +
                           ")",
                       Tone::muted});
      renderer_.bullet(parts, quotes);
    }
    render_left_out(renderer_, shown, ac.findings.size());
  }

  void render_ranking() {
    if (run_.ranking.empty()) return;
    const auto aspects = ranking_aspects(run_.ranking);

    const std::string reference = run_.documents.empty() || run_.reference_failed
                                      ? std::string("the reference")
                                      : std::string(document_name(run_.documents[0]));
    renderer_.heading(2, "Ranking",
                      {"least different from " + reference +
                           " first; difference = sum of each aspect's strongest ranked difference",
                       Tone::muted});
    Table table{{{"#", Align::right},
                 {"Document"},
                 {"Difference", Align::right},
                 {"Overall", Align::right}},
                {}};
    for (const auto &aspect : aspects)
      table.columns.push_back({aspect, Align::right});
    for (std::size_t i = 0; i < run_.ranking.size(); ++i) {
      const auto &entry = run_.ranking[i];
      Row row{{{std::to_string(i + 1)},
               {name_of(entry.document_id), Tone::strong},
               {format_strength(entry.difference), Tone::strong},
               {format_similarity(entry.overall), similarity_tone(entry.overall)}},
              {}};
      for (const auto &aspect : aspects) {
        if (const double *similarity = aspect_similarity(entry, aspect))
          row.cells.push_back({format_similarity(*similarity), similarity_tone(*similarity)});
        else
          row.cells.push_back({"\u2014", Tone::muted}); // not comparable for this document
      }
      table.rows.push_back(std::move(row));
    }
    renderer_.table(table);
  }

  Renderer &renderer_;
  const model::CompareRun &run_;
  const ReportOptions &options_;
  EvidenceQuoter quoter_;
  EvidenceQuoter headline_quoter_{true, 1};
  double false_discovery_rate_ = 0.05;
  std::unordered_map<std::string, const model::Document *> documents_;
};

} // namespace

void render_compare(Renderer &renderer, const model::CompareRun &run,
                    const ReportOptions &options) {
  CompareOutline(renderer, run, options).render();
}

} // namespace aspectdiff::report
