#include "report/html_charts.hpp"

#include "report/html_escape.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aspectdiff::report::html {

namespace {

// Geometry in SVG user units; the chart scales to its container's width.
constexpr double chart_width = 640.0;
constexpr double label_width = 190.0;
constexpr double value_width = 96.0;
constexpr double row_height = 26.0;
constexpr double bar_height = 9.0;
constexpr std::size_t label_chars = 27;

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::isfinite(v) ? v : 0.0);
  return buffer;
}

// Cuts a label to about `label_chars` code points; the full label stays in the tooltip.
std::string shorten(const std::string &label) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0U) == 0x80U) continue;
    if (++chars > label_chars) return label.substr(0, i) + "\u2026";
  }
  return label;
}

double finite(double v) noexcept {
  return std::isfinite(v) ? v : 0.0;
}

} // namespace

std::string paired_bar_chart(const std::vector<BarPair> &rows, double max, bool diverging) {
  if (rows.empty()) return {};
  if (max <= 0.0)
    for (const auto &r : rows)
      max = std::max({max, std::fabs(finite(r.a)), std::fabs(finite(r.b))});
  if (max <= 0.0) max = 1.0;

  const double plot_left = label_width + 8.0;
  const double plot_width = chart_width - plot_left - value_width;
  const double zero = diverging ? plot_left + plot_width / 2.0 : plot_left;
  const double scale = diverging ? plot_width / 2.0 / max : plot_width / max;
  const double height = row_height * static_cast<double>(rows.size()) + 6.0;

  std::string out = "<svg class=\"chart bars\" viewBox=\"0 0 " + number(chart_width) + " " +
                    number(height) + "\" role=\"img\" preserveAspectRatio=\"xMinYMin meet\">";
  out += "<line class=\"axis\" x1=\"" + number(zero) + "\" x2=\"" + number(zero) +
         "\" y1=\"0\" y2=\"" + number(height) + "\"/>";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto &r = rows[i];
    const double top = 3.0 + row_height * static_cast<double>(i);
    out += "<g" + r.evidence + "><title>";
    append_html_escaped(out, r.label + (r.tag.empty() ? "" : " (" + r.tag + ")") + ": A " +
                                 r.a_text + ", B " + r.b_text);
    out += "</title><rect class=\"hit\" x=\"0\" y=\"" + number(top) + "\" width=\"" +
           number(chart_width) + "\" height=\"" + number(row_height - 2.0) + "\"/>";
    out += "<text class=\"label\" x=\"" + number(label_width) + "\" y=\"" +
           number(top + row_height / 2.0 + 3.0) + "\" text-anchor=\"end\">";
    append_html_escaped(out, shorten(r.label));
    if (!r.tag.empty()) {
      out += "<tspan class=\"tag\"> ";
      append_html_escaped(out, r.tag);
      out += "</tspan>";
    }
    out += "</text>";
    const double values[2] = {finite(r.a), finite(r.b)};
    const std::string *texts[2] = {&r.a_text, &r.b_text};
    for (int side = 0; side < 2; ++side) {
      const double v = std::clamp(values[side], diverging ? -max : 0.0, max);
      const double x = v >= 0.0 ? zero : zero + v * scale;
      const double w = std::fabs(v) * scale;
      const double y = top + 2.0 + (bar_height + 1.0) * side;
      out += "<rect class=\"bar side-" + std::string(side == 0 ? "a" : "b") + "\" x=\"" +
             number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(std::max(w, 0.8)) +
             "\" height=\"" + number(bar_height) + "\"/>";
      out += "<text class=\"value\" x=\"" + number(chart_width - 2.0) + "\" y=\"" +
             number(y + bar_height - 1.0) + "\" text-anchor=\"end\">" +
             std::string(side == 0 ? "A " : "B ");
      append_html_escaped(out, *texts[side]);
      out += "</text>";
    }
    out += "</g>";
  }
  out += "</svg>";
  return out;
}

std::string arc_chart(const std::vector<ArcPoint> &a, const std::vector<ArcPoint> &b, double max) {
  if (a.empty() && b.empty()) return {};
  if (max <= 0.0) {
    for (const auto *series : {&a, &b})
      for (const auto &p : *series)
        max = std::max(max, std::fabs(finite(p.value)));
    max = max <= 0.0 ? 1.0 : max * 1.15;
  }
  constexpr double height = 180.0;
  constexpr double left = 40.0;
  constexpr double right = 12.0;
  constexpr double top = 12.0;
  constexpr double bottom = 22.0;
  const double plot_width = chart_width - left - right;
  const double plot_height = height - top - bottom;
  const auto x_of = [&](double position) {
    return left + std::clamp(position, 0.0, 1.0) * plot_width;
  };
  const auto y_of = [&](double value) {
    return top + (1.0 - (std::clamp(finite(value), -max, max) + max) / (2.0 * max)) * plot_height;
  };

  std::string out = "<svg class=\"chart arc\" viewBox=\"0 0 " + number(chart_width) + " " +
                    number(height) + "\" role=\"img\" preserveAspectRatio=\"xMinYMin meet\">";
  out += "<line class=\"axis\" x1=\"" + number(left) + "\" x2=\"" + number(chart_width - right) +
         "\" y1=\"" + number(y_of(0.0)) + "\" y2=\"" + number(y_of(0.0)) + "\"/>";
  for (const double v : {max, -max}) {
    out += "<text class=\"value\" x=\"" + number(left - 4.0) + "\" y=\"" + number(y_of(v) + 4.0) +
           "\" text-anchor=\"end\">" + (v > 0 ? "+" : "") + number(v) + "</text>";
  }
  out += "<text class=\"value\" x=\"" + number(left) + "\" y=\"" + number(height - 4.0) +
         "\">start</text><text class=\"value\" x=\"" + number(chart_width - right) + "\" y=\"" +
         number(height - 4.0) + "\" text-anchor=\"end\">end of text</text>";
  const std::pair<const std::vector<ArcPoint> *, const char *> series[] = {{&a, "a"}, {&b, "b"}};
  for (const auto &[points, side] : series) {
    if (points->empty()) continue;
    out += "<polyline class=\"line side-" + std::string(side) + "\" points=\"";
    for (const auto &p : *points)
      out += number(x_of(p.position)) + "," + number(y_of(p.value)) + " ";
    out += "\"/>";
    for (const auto &p : *points) {
      out += "<g" + p.evidence + "><title>" + std::string(side[0] == 'a' ? "A" : "B") + " ";
      append_html_escaped(out, p.text);
      out += "</title><circle class=\"point side-" + std::string(side) + "\" cx=\"" +
             number(x_of(p.position)) + "\" cy=\"" + number(y_of(p.value)) + "\" r=\"5\"/></g>";
    }
  }
  out += "</svg>";
  return out;
}

} // namespace aspectdiff::report::html
