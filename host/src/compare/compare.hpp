// The comparison engine in one include: aspect by aspect, overall, and ranking.
#pragma once

#include "compare/aspect_comparison.hpp"
#include "compare/benjamini_hochberg.hpp"
#include "compare/bootstrap.hpp"
#include "compare/difference_ranking.hpp"
#include "compare/document_comparison.hpp"
#include "compare/options.hpp"
#include "compare/rank.hpp"
