// The style items of one document: its longest sentences and its quotations.
#pragma once

#include "profile.hpp"
#include "settings.hpp"

#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

#include <string>

namespace aspectdiff::plugins::style {

void write_items(const sdk::Document &doc, const Profile &profile, const Settings &settings,
                 const sdk::ResultWriter &out);

// "quote:" and 16 hex digits of a hash of the quotation's normalised words, so the same quote
// in two documents has the same key whatever its marks, case or spacing.
std::string quotation_key(const sdk::Document &doc, const Profile &profile, std::size_t quotation);

} // namespace aspectdiff::plugins::style
