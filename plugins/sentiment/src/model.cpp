#include "model.hpp"

#include "lines.hpp"

#include <aspectdiff/sdk/config.hpp>

#include <charconv>
#include <cmath>
#include <string>

namespace aspectdiff::plugins::sentiment {

Model parse_model(std::string_view bytes, std::string_view source) {
  Model model;
  std::array<bool, feature_count> seen{};
  bool seen_intercept = false;
  for_each_line(bytes, [&](std::string_view line, std::size_t line_no) {
    auto fail = [&](const std::string &what) {
      throw sdk::ConfigError(std::string(source) + ":" + std::to_string(line_no) + ": " + what);
    };
    if (line.empty() || line[0] == '#') return;
    const auto tab = line.find('\t');
    if (tab == std::string_view::npos) fail("expected name<TAB>coefficient");
    const auto name = line.substr(0, tab);
    const auto number = line.substr(tab + 1);
    float v = 0.0f;
    const auto [p, ec] = std::from_chars(number.data(), number.data() + number.size(), v);
    if (ec != std::errc{} || p != number.data() + number.size() || !std::isfinite(v))
      fail("bad coefficient '" + std::string(number) + "'");
    if (name == "intercept") {
      model.intercept = v;
      seen_intercept = true;
      return;
    }
    if (name == "squash_scale") {
      if (v < 0.0f) fail("squash_scale must not be negative");
      model.squash_scale = v;
      return;
    }
    if (name == "neutral_low" || name == "neutral_high") {
      (name == "neutral_low" ? model.neutral_low : model.neutral_high) = v;
      return;
    }
    std::size_t k = 0;
    while (k < feature_count && feature_names[k] != name)
      ++k;
    if (k == feature_count) fail("unknown feature '" + std::string(name) + "'");
    model.weights[k] = v;
    seen[k] = true;
  });
  for (std::size_t k = 0; k < feature_count; ++k)
    if (!seen[k])
      throw sdk::ConfigError(std::string(source) + ": feature '" + std::string(feature_names[k]) +
                             "' has no coefficient");
  if (!seen_intercept) throw sdk::ConfigError(std::string(source) + ": no intercept");
  if (!(model.neutral_low < model.neutral_high))
    throw sdk::ConfigError(std::string(source) + ": neutral_low must be below neutral_high");
  return model;
}

} // namespace aspectdiff::plugins::sentiment
