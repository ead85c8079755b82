// Finds actor mentions in a segmented document: gazetteer names (longest match over the
// phrase trie), demonyms and descriptions ("the Chinese leader"), and names the gazetteers do
// not know, typed by cue words (titles, organisation and place heads, given names, speech
// verbs, prepositions). Sentence-initial and headline capitals of ordinary words are skipped.
#pragma once

#include "gazetteer.hpp"
#include "mention.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <vector>

namespace aspectdiff::plugins::actors {

class NameTagger;

struct RecognizerOptions {
  bool unknown_names = true; // recognise names no gazetteer lists
  float min_confidence = 0.5f;
  // The trained tagger, when there is one: it decides which of the rules' names stand, their
  // extent and type, and adds the names the rules missed (see reconcile in recognizer.cpp).
  const NameTagger *tagger = nullptr;
};

class Recognizer {
public:
  Recognizer(const Gazetteer &gazetteer, RecognizerOptions options) noexcept
      : gaz_(gazetteer), options_(options) {}

  // Fills `out` (cleared first) with the mentions in text order; the strings they refer to are
  // added to `strings`. Thread-safe: all state is local to the call or to the thread.
  void find(const sdk::Document &doc, StringTable &strings, std::vector<Mention> &out) const;

private:
  const Gazetteer &gaz_;
  RecognizerOptions options_;
};

} // namespace aspectdiff::plugins::actors
