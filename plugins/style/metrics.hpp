// The style metrics of one document, written from its profile.
#pragma once

#include "profile.hpp"
#include "settings.hpp"

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

namespace aspectdiff::plugins::style {

void write_metrics(const sdk::Document &doc, const Profile &profile, const Settings &settings,
                   const sdk::ResultWriter &out);

// Sentences shorter than this are not ranked as the hardest to read: a grade computed from
// three words says little.
inline constexpr std::uint32_t min_words_for_sentence_grade = 5;

// The Flesch-Kincaid grade of one sentence (words > 0).
double sentence_grade(const SentenceInfo &s) noexcept;

} // namespace aspectdiff::plugins::style
