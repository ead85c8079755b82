// The `style` plugin: how a text is written rather than what it says — length and rhythm of
// sentences, vocabulary, readability, quotation, questions, passive voice.
#include "comparison.hpp"
#include "items.hpp"
#include "metrics.hpp"
#include "profile.hpp"
#include "settings.hpp"

#include <aspectdiff/sdk/plugin.hpp>

namespace aspectdiff::plugins::style {

class StylePlugin {
public:
  static constexpr sdk::PluginInfo info{
      .name = "style",
      .version = "1.0.0",
      .aspect = "style",
      .summary = "Sentence length, lexical diversity (MTLD), readability (Flesch), quotation, "
                 "questions and passive voice",
      .languages = "en",
      .default_config = default_config};

  explicit StylePlugin(const sdk::Config &config) : settings_(Settings::from(config)) {}

  void extract(const sdk::Document &doc, const sdk::Inputs &, const sdk::ResultWriter &out) const {
    const Profile profile = build_profile(doc, settings_);
    write_metrics(doc, profile, settings_, out);
    write_items(doc, profile, settings_, out);
  }

  void compare(const sdk::Document &, const sdk::ResultView &a, const sdk::Document &,
               const sdk::ResultView &b, const sdk::CompareWriter &out) const {
    compare_styles(a, b, out);
  }

private:
  Settings settings_;
};

} // namespace aspectdiff::plugins::style

ASPECTDIFF_PLUGIN(style, aspectdiff::plugins::style::StylePlugin)
