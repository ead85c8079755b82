// Document-level figures derived from an Analysis: the per-sentence scores that the document
// score averages, and the contribution of each word or expression.
#pragma once

#include "scorer.hpp"

#include <aspectdiff/sdk/document.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace aspectdiff::plugins::sentiment {

// Sentences with at least one word; the document score is their mean, so it means the same
// for a tweet and for a 5,000-word article (it does not grow with length).
struct SentenceSeries {
  std::vector<double> values;
  std::vector<std::uint32_t> index; // sentence number of each value
  double mean = 0.0;
};

SentenceSeries sentence_series(const Analysis &analysis);

// What one lexicon entry contributed to a document.
struct TermTotal {
  std::uint32_t label = 0;
  double sum = 0.0; // signed sum of contributions
  std::uint32_t count = 0;
  std::vector<std::uint32_t> hits; // indices into Analysis::hits, in text order
};

// One entry per label that occurs, in no particular order.
std::vector<TermTotal> term_totals(const Analysis &analysis);

// A figure as the plugin's labels print it: sign and two decimals ("+0.41", "-0.20").
std::string signed_number(double v);

// The byte span of a hit (from its first to its last token).
sdk::Span hit_span(const sdk::Document &doc, const Hit &hit) noexcept;

} // namespace aspectdiff::plugins::sentiment
