// The theme taxonomy as read from data files: themes in two levels (top-level themes and finer
// themes below them), hand-written cues, and learned stem weights. README.md documents the
// format; every error names the file and line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace aspectdiff::plugins::themes {

inline constexpr std::uint32_t no_parent = UINT32_MAX;

struct Theme {
  std::string id;
  std::string label;
  std::uint32_t parent = no_parent; // index of its top-level theme, or no_parent
  std::vector<std::pair<std::string, std::string>> attributes; // e.g. cap_code=19
};

// A word or phrase whose occurrence is evidence for a theme. `words` are normalised the way
// the host normalises tokens (lower case, plain apostrophes, clitics split off).
struct CueDef {
  std::uint32_t theme = 0;
  double weight = 0.0;
  std::vector<std::string> words;
  std::string text; // as written, for display
};

// A learned weight: every token whose Snowball stem is `stem` is evidence for `theme`.
struct StemWeightDef {
  std::uint32_t theme = 0;
  double weight = 0.0;
  std::string stem;
};

// What to do with a record that names a theme the taxonomy does not have.
enum class UnknownTheme { error, skip };

class Taxonomy {
public:
  // Reads the records of one file; `source` names it in error messages. Throws
  // sdk::ConfigError ("<source>:<line>: ...") on a malformed line. Returns how many records
  // were skipped under UnknownTheme::skip.
  std::size_t add_file(std::string_view source, std::string_view text,
                       UnknownTheme unknown = UnknownTheme::error);

  const std::vector<Theme> &themes() const noexcept { return themes_; }
  const std::vector<CueDef> &cues() const noexcept { return cues_; }
  const std::vector<StemWeightDef> &stem_weights() const noexcept { return stems_; }

  std::optional<std::uint32_t> find(std::string_view id) const;
  bool is_top_level(std::uint32_t theme) const noexcept {
    return themes_[theme].parent == no_parent;
  }
  std::uint32_t top_level_of(std::uint32_t theme) const noexcept {
    return is_top_level(theme) ? theme : themes_[theme].parent;
  }

private:
  void add_theme(std::string_view source, std::size_t line,
                 const std::vector<std::string_view> &fields);

  std::vector<Theme> themes_;
  std::vector<CueDef> cues_;
  std::vector<StemWeightDef> stems_;
  std::unordered_map<std::string, std::uint32_t> index_;
};

// Splits a cue as written into normalised words: ASCII lower case, typographic apostrophes made
// plain, clitics ('s, n't, ...) and punctuation other than - . ' split off as their own words.
std::vector<std::string> cue_words(std::string_view text);

} // namespace aspectdiff::plugins::themes
