// Inline SVG charts for the HTML report. Every bar and point is a clickable element that carries
// its evidence attributes (html_evidence.hpp), so each number leads to its sentences.
#pragma once

#include <string>
#include <vector>

namespace aspectdiff::report::html {

// One row of a paired bar chart: the value in A over the value in B.
struct BarPair {
  std::string label;
  std::string tag; // e.g. "only A", shown after the label; empty for none
  double a = 0.0;
  double b = 0.0;
  std::string a_text; // the values as printed next to the bars
  std::string b_text;
  std::string evidence; // attributes from evidence_attributes()
};

// Bars from zero to each value. With `diverging`, zero sits in the middle and the scale runs
// from -max to +max (scores); otherwise from 0 to max. A max of 0 or less is taken from the data.
std::string paired_bar_chart(const std::vector<BarPair> &rows, double max, bool diverging);

// One point of an arc: where in the text (0 = start, 1 = end) and the value there.
struct ArcPoint {
  double position = 0.0;
  double value = 0.0;
  std::string text;     // the value as printed in the point's tooltip
  std::string evidence; // attributes of the one side this point belongs to
};

// Two lines over the length of the texts, A solid and B dashed, on a -max..+max scale.
std::string arc_chart(const std::vector<ArcPoint> &a, const std::vector<ArcPoint> &b, double max);

} // namespace aspectdiff::report::html
