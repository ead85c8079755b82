// emphasis: how loudly a text insists. Counts three kinds of cue — exclamation marks, words
// written in capitals and intensifiers ("very", "utterly") — and reports them per 1,000 words,
// with one item per cue word and every occurrence as evidence.
#include <aspectdiff/sdk.hpp>
#include <aspectdiff/sdk/embedded.hpp>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace emphasis {

using namespace aspectdiff;

class Emphasis {
public:
  // What the host reads before it runs any code of the plugin. `default_config` is the TOML the
  // user's [plugins.emphasis] table is merged over.
  static constexpr sdk::PluginInfo info{
      .name = "emphasis",
      .version = "1.0.0",
      .aspect = "emphasis",
      .summary = "Exclamation marks, words in capitals and intensifiers per 1,000 words",
      .languages = "en",
      .default_config = "# Words in capitals count from this many letters on, so that short\n"
                        "# acronyms (EU, USA) are not taken for shouting.\n"
                        "min_caps_letters = 5\n"};

  // Runs once per configuration, before any document: read settings and data here, and throw
  // sdk::ConfigError for a bad setting. Everything built here is read-only afterwards, because
  // extract() runs on several documents at once.
  explicit Emphasis(const sdk::Config &config) {
    const double letters = config.get_number("min_caps_letters", 5);
    if (letters < 2 || letters > 50 || std::floor(letters) != letters)
      throw sdk::ConfigError("setting 'min_caps_letters' must be a whole number from 2 to 50");
    min_caps_letters_ = static_cast<std::size_t>(letters);

    const auto words = sdk::embedded_file("data/intensifiers.txt");
    config.record_data("data/intensifiers.txt", words); // enters the result's provenance hash
    std::size_t begin = 0;
    while (begin < words.size()) {
      auto end = words.find('\n', begin);
      if (end == std::string_view::npos) end = words.size();
      const auto line = words.substr(begin, end - begin);
      if (!line.empty() && line.front() != '#') intensifiers_.emplace(line);
      begin = end + 1;
    }
  }

  void extract(const sdk::Document &doc, const sdk::Inputs &, const sdk::ResultWriter &out) const {
    struct Cue {
      std::string category;
      std::vector<sdk::Span> evidence;
    };
    std::map<std::string, Cue> cues; // key -> occurrences, ordered so output is stable
    std::vector<sdk::Span> all;
    for (const auto &token : doc.tokens()) {
      const auto norm = doc.norm(token);
      std::string key, category;
      if (sdk::has(token, ASPECTDIFF_TOKEN_PUNCTUATION) && norm.find('!') != norm.npos) {
        key = "exclamation";
        category = "exclamation";
      } else if (sdk::has(token, ASPECTDIFF_TOKEN_ALL_CAPS) &&
                 doc.surface(token).size() >= min_caps_letters_) {
        key = "capitals:" + std::string(norm);
        category = "capitals";
      } else if (sdk::has(token, ASPECTDIFF_TOKEN_WORD) && intensifiers_.count(norm) > 0) {
        key = "intensifier:" + std::string(norm);
        category = "intensifier";
      } else {
        continue;
      }
      auto &cue = cues[key];
      cue.category = category;
      cue.evidence.push_back(sdk::Document::span_of(token));
      all.push_back(sdk::Document::span_of(token));
    }

    const double words = doc.word_count();
    if (words == 0) {
      out.note("the document has no words");
      return;
    }
    sdk::Metric rate;
    rate.name = "emphasis_rate";
    rate.label = "Exclamation marks, words in capitals and intensifiers per 1,000 words";
    rate.value = 1000.0 * static_cast<double>(all.size()) / words;
    rate.kind = sdk::MetricKind::rate;
    rate.evidence = all;
    out.metric(rate);

    for (const auto &[key, cue] : cues) {
      const std::string label = key.substr(key.find(':') + 1);
      sdk::Item item;
      item.key = key;
      item.label = label;
      item.category = cue.category;
      item.weight = static_cast<double>(cue.evidence.size()) / static_cast<double>(all.size());
      item.count = cue.evidence.size();
      item.evidence = cue.evidence;
      out.item(item);
    }
  }

private:
  std::size_t min_caps_letters_ = 5;
  std::set<std::string, std::less<>> intensifiers_;
};

} // namespace emphasis

// Exports the entry point `aspectdiff_plugin_emphasis_v1`. The first argument must equal
// info.name and the NAME given to aspectdiff_add_plugin().
ASPECTDIFF_PLUGIN(emphasis, emphasis::Emphasis)
