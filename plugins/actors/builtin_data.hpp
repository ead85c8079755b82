// The built-in data files and the order they are read in, shared by the plugin (which reads
// them compiled in) and the tagger's training tool (which reads them from the trees), so the
// tagger is trained on the gazetteers it runs with.
#pragma once

#include "gazetteer.hpp"

#include <array>
#include <string_view>

namespace aspectdiff::plugins::actors {

struct BuiltinFile {
  enum class Kind { word_classes, cues, entries };
  std::string_view name; // "data/..." in the source tree, "generated/..." in the build tree
  Kind kind;
  Source source; // for entries
};

// Word classes first, then entries from lower-ranked sources to higher ones: a name two entries
// claim goes to the higher rank.
inline constexpr std::array<BuiltinFile, 8> builtin_files{{
    {"generated/words.tsv", BuiltinFile::Kind::word_classes, Source::wordnet},
    {"data/cues.tsv", BuiltinFile::Kind::cues, Source::curated},
    {"generated/countries.tsv", BuiltinFile::Kind::entries, Source::iso},
    {"generated/wordnet_actors.tsv", BuiltinFile::Kind::entries, Source::wordnet},
    {"data/states.tsv", BuiltinFile::Kind::entries, Source::curated},
    {"data/organisations.tsv", BuiltinFile::Kind::entries, Source::curated},
    {"data/places.tsv", BuiltinFile::Kind::entries, Source::curated},
    {"data/people.tsv", BuiltinFile::Kind::entries, Source::curated},
}};

// The trained tagger's weights (tools/train_tagger.cpp writes them).
inline constexpr std::string_view builtin_tagger_model = "data/tagger.bin";

// Reads the built-in files into `gaz`; `bytes_of(name)` returns a file's bytes. With
// `entries` false only the word classes and cues are read (replace_builtin = true).
template <class BytesOf> void load_builtin(Gazetteer &gaz, bool entries, BytesOf &&bytes_of) {
  for (const auto &f : builtin_files) {
    if (f.kind == BuiltinFile::Kind::entries && !entries) continue;
    const std::string_view bytes = bytes_of(f.name);
    switch (f.kind) {
    case BuiltinFile::Kind::word_classes:
      gaz.add_word_classes(bytes, f.name);
      break;
    case BuiltinFile::Kind::cues:
      gaz.add_cues(bytes, f.name);
      break;
    case BuiltinFile::Kind::entries:
      gaz.add_entries(bytes, f.name, f.source);
      break;
    }
  }
}

} // namespace aspectdiff::plugins::actors
