// The themes plugin: what a document is about, as a distribution over a two-level taxonomy
// (CAP major topics, finer international-affairs themes below them) with the sentences behind
// each theme, plus key phrases found without a taxonomy; and how two documents' emphasis
// differs.
#pragma once

#include "lexicon.hpp"
#include "settings.hpp"
#include "taxonomy.hpp"

#include <aspectdiff/sdk/plugin.hpp>

#include <cstdint>
#include <memory>

namespace aspectdiff::plugins::themes {

// Actors, when present, mark the names whose words must not count as themes (name_mask.hpp).
inline constexpr aspectdiff_requirement requirements[] = {{"actors", "1.0", 1}};

class Themes {
public:
  static constexpr sdk::PluginInfo info{
      .name = "themes",
      .version = "1.0.0",
      .aspect = "themes",
      .summary = "Theme distribution over CAP major topics and international-affairs themes, "
                 "with evidence sentences, plus key phrases",
      .languages = "en",
      .default_config = default_config,
      .requires_list = requirements};

  explicit Themes(const sdk::Config &config);

  void extract(const sdk::Document &doc, const sdk::Inputs &inputs,
               const sdk::ResultWriter &out) const;
  void compare(const sdk::Document &a, const sdk::ResultView &ra, const sdk::Document &b,
               const sdk::ResultView &rb, const sdk::CompareWriter &out) const;

private:
  Settings settings_;
  std::unique_ptr<Taxonomy> taxonomy_; // held by pointer: the lexicon refers to it
  std::unique_ptr<Lexicon> lexicon_;
  std::uint64_t serial_ = 0;
};

} // namespace aspectdiff::plugins::themes
