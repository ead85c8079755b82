#include "report/html_panels.hpp"

#include "report/html_charts.hpp"
#include "report/html_escape.hpp"
#include "report/html_evidence.hpp"
#include "report/number_format.hpp"
#include "report/outline_parts.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace aspectdiff::report::html {

namespace {

constexpr std::size_t max_findings = 8;
constexpr std::size_t max_bars = 12;
constexpr std::size_t visible_metric_rows = 12;
// Items whose labels are this long on average are sentences (claims, quotes): listed, not drawn.
constexpr std::size_t list_label_length = 48;

// Aspects whose items of all categories share one scale and read best as a single chart.
bool merge_item_categories(const std::string &aspect) {
  return aspect == "actors";
}

std::string humanise(std::string name) {
  std::replace(name.begin(), name.end(), '_', ' ');
  std::replace(name.begin(), name.end(), '-', ' ');
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z')
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

void append_heading(std::string &out, const char *tag, const std::string &text) {
  out += "<";
  out += tag;
  out += ">";
  append_html_escaped(out, text);
  out += "</";
  out += tag;
  out += ">";
}

void append_findings(std::string &out, const model::AspectComparison &ac, const PanelSides &s) {
  if (ac.findings.empty()) return;
  out += "<ul class=\"findings\">";
  const std::size_t shown = std::min(max_findings, ac.findings.size());
  for (std::size_t i = 0; i < shown; ++i) {
    const auto &f = ac.findings[i];
    out += "<li" + evidence_attributes(s.a, f.evidence_a, s.b, f.evidence_b) + ">";
    append_html_escaped(out, display_label(f.label, f.key));
    out += "</li>";
  }
  out += "</ul>";
  if (ac.findings.size() > shown)
    out += "<p class=\"muted\">and " + std::to_string(ac.findings.size() - shown) +
           " more findings in the JSON output</p>";
}

void append_metric_charts(std::string &out, const model::AspectComparison &ac,
                          const PanelSides &s) {
  struct Group {
    model::MetricKind kind;
    const char *title;
    double max;
    bool diverging;
  };
  const Group groups[] = {
      {model::MetricKind::score, "Scores (-1 to +1)", 1.0, true},
      {model::MetricKind::rate, "Per 1,000 words", 0.0, false},
      {model::MetricKind::proportion, "Shares", 1.0, false},
  };
  for (const auto &g : groups) {
    std::vector<BarPair> rows;
    for (const auto &d : ac.metrics) {
      if (d.kind != g.kind || rows.size() == max_bars) continue;
      rows.push_back({display_label(d.label, d.name),
                      {},
                      d.a,
                      d.b,
                      format_metric(d.kind, d.a, true),
                      format_metric(d.kind, d.b, true),
                      evidence_attributes(s.a, d.evidence_a, s.b, d.evidence_b)});
    }
    if (rows.empty()) continue;
    out += "<figure>";
    out += paired_bar_chart(rows, g.max, g.diverging);
    out += "<figcaption>";
    out += g.title;
    out += "</figcaption></figure>";
  }
}

void append_metric_table(std::string &out, const model::AspectComparison &ac, const PanelSides &s) {
  if (ac.metrics.empty()) return;
  const auto row = [&](const model::MetricDelta &d) {
    const bool noise = d.interval && !d.interval->distinguishable;
    out +=
        "<tr" + evidence_attributes(s.a, d.evidence_a, s.b, d.evidence_b) + "><th scope=\"row\">";
    append_html_escaped(out, display_label(d.label, d.name));
    out += "</th><td>";
    append_html_escaped(out, format_metric(d.kind, d.a, true));
    out += "</td><td>";
    append_html_escaped(out, format_metric(d.kind, d.b, true));
    out += std::string("</td><td class=\"") + (noise ? "noise" : "delta") + "\">";
    append_html_escaped(out, format_delta(d.kind, d.delta));
    out += "</td><td class=\"ci\">";
    if (d.interval) append_html_escaped(out, format_interval(d.kind, *d.interval));
    if (noise)
      out += " <span class=\"muted\" title=\"the 95% interval contains 0\">\u2248 noise</span>";
    out += "</td></tr>";
  };
  const auto head = [&] {
    out += "<div class=\"scroll\"><table "
           "class=\"metrics\"><thead><tr><th>Figure</th><th>A</th><th>B</th>"
           "<th>\u0394 (B\u2212A)</th><th>95% interval</th></tr></thead><tbody>";
  };
  head();
  const std::size_t visible = std::min(visible_metric_rows, ac.metrics.size());
  for (std::size_t i = 0; i < visible; ++i)
    row(ac.metrics[i]);
  out += "</tbody></table></div>";
  if (ac.metrics.size() > visible) {
    out += "<details><summary>" + std::to_string(ac.metrics.size() - visible) +
           " more figures</summary>";
    head();
    for (std::size_t i = visible; i < ac.metrics.size(); ++i)
      row(ac.metrics[i]);
    out += "</tbody></table></div></details>";
  }
}

struct ItemRow {
  const model::ItemDiff *item;
  std::string tag;
};

void append_item_group(std::string &out, const std::string &title, std::vector<ItemRow> rows,
                       const PanelSides &s, bool tag_category) {
  std::stable_sort(rows.begin(), rows.end(), [](const ItemRow &x, const ItemRow &y) {
    return std::max(std::fabs(x.item->weight_a), std::fabs(x.item->weight_b)) >
           std::max(std::fabs(y.item->weight_a), std::fabs(y.item->weight_b));
  });
  const std::size_t total = rows.size();
  if (rows.size() > max_bars) rows.resize(max_bars);
  std::size_t label_bytes = 0;
  bool negative = false;
  for (const auto &r : rows) {
    label_bytes += display_label(r.item->label, r.item->key).size();
    negative = negative || r.item->weight_a < 0 || r.item->weight_b < 0;
  }

  out += "<figure>";
  if (label_bytes / rows.size() > list_label_length) {
    out += "<ul class=\"items\">";
    for (const auto &r : rows) {
      out += "<li" + evidence_attributes(s.a, r.item->evidence_a, s.b, r.item->evidence_b) + ">";
      append_html_escaped(out, display_label(r.item->label, r.item->key));
      out += " <span class=\"muted\">(";
      append_html_escaped(out, r.tag.empty() ? "A " + format_weight(r.item->weight_a) + ", B " +
                                                   format_weight(r.item->weight_b)
                                             : r.tag);
      out += ")</span></li>";
    }
    out += "</ul>";
  } else {
    std::vector<BarPair> bars;
    for (const auto &r : rows) {
      std::string tag = tag_category ? humanise(r.item->category) : std::string();
      if (!r.tag.empty()) tag += (tag.empty() ? "" : ", ") + r.tag;
      bars.push_back({display_label(r.item->label, r.item->key), tag, r.item->weight_a,
                      r.item->weight_b,
                      r.item->in_a ? format_weight(r.item->weight_a) : std::string("\u2014"),
                      r.item->in_b ? format_weight(r.item->weight_b) : std::string("\u2014"),
                      evidence_attributes(s.a, r.item->evidence_a, s.b, r.item->evidence_b)});
    }
    out += paired_bar_chart(bars, 0.0, negative);
  }
  out += "<figcaption>";
  append_html_escaped(out, title);
  if (total > rows.size())
    out += " (the " + std::to_string(rows.size()) + " largest of " + std::to_string(total) + ")";
  out += "</figcaption></figure>";
}

// Points of an arc from the plugin's own items of category "arc", placed at the middle of the
// text they cover.
std::vector<ArcPoint> arc_points(const model::AspectResult *result, const model::Document *doc,
                                 bool side_a) {
  std::vector<ArcPoint> points;
  if (result == nullptr || doc == nullptr || doc->text.empty()) return points;
  const double length = static_cast<double>(doc->text.size());
  for (const auto &item : result->items) {
    if (item.category != "arc" || item.evidence.empty()) continue;
    const double middle =
        (static_cast<double>(item.evidence.front().begin) + item.evidence.back().end) / 2.0;
    const std::span<const model::Span> spans(item.evidence);
    points.push_back({middle / length, item.weight,
                      display_label(item.label, item.key) + ": " + format_weight(item.weight),
                      side_a ? evidence_attributes(doc, spans, nullptr, {})
                             : evidence_attributes(nullptr, {}, doc, spans)});
  }
  std::sort(points.begin(), points.end(),
            [](const ArcPoint &x, const ArcPoint &y) { return x.position < y.position; });
  return points;
}

void append_item_charts(std::string &out, const model::AspectComparison &ac, const PanelSides &s) {
  // Groups in the order their categories first appear; an arc is drawn, not listed.
  std::vector<std::string> order;
  std::map<std::string, std::vector<ItemRow>> groups;
  const bool merged = merge_item_categories(ac.aspect);
  bool has_arc = false;
  const auto add = [&](const std::vector<model::ItemDiff> &items, const char *tag) {
    for (const auto &item : items) {
      if (item.category == "arc") {
        has_arc = true;
        continue;
      }
      const std::string group = merged ? std::string("Salience") : humanise(item.category);
      if (!groups.count(group)) order.push_back(group);
      groups[group].push_back({&item, tag});
    }
  };
  add(ac.shared, "");
  add(ac.only_a, "only A");
  add(ac.only_b, "only B");

  if (has_arc) {
    const auto a = arc_points(s.result_a, s.a, true);
    const auto b = arc_points(s.result_b, s.b, false);
    out += "<figure>" + arc_chart(a, b, 0.0) +
           "<figcaption>Arc: paragraph by paragraph from start to end (A solid, B dashed)"
           "</figcaption></figure>";
  }
  for (const auto &name : order)
    append_item_group(out, name, std::move(groups[name]), s, merged);
}

} // namespace

void append_aspect_panel(std::string &out, const model::AspectComparison &ac,
                         const PanelSides &sides, const std::string &panel_id) {
  out += "<section class=\"panel\" id=\"";
  append_html_escaped(out, panel_id);
  out += "\" data-aspect=\"";
  append_html_escaped(out, ac.aspect);
  out += "\"><h3>";
  append_html_escaped(out, humanise(ac.aspect));
  if (ac.comparable) {
    out += " <span class=\"sim\">similarity " + format_similarity(ac.similarity) + "</span>";
  }
  out += "</h3>";
  if (!ac.comparable) {
    out += "<p class=\"warn\">Not comparable";
    if (!ac.why_not.empty()) {
      out += ": ";
      append_html_escaped(out, ac.why_not);
    }
    out += "</p></section>";
    return;
  }
  append_findings(out, ac, sides);
  append_metric_charts(out, ac, sides);
  append_item_charts(out, ac, sides);
  append_heading(out, "h4", "Figures");
  append_metric_table(out, ac, sides);
  out += "</section>";
}

} // namespace aspectdiff::report::html
