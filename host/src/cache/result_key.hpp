// The cache key of one aspect result.
#pragma once

#include "model/document.hpp"
#include "model/result.hpp"

#include <span>
#include <string>

namespace aspectdiff::cache {

// XXH3-128 (32 hex digits) over everything a plugin's output depends on: what the plugin sees of
// the document (original text, title, source, date, url, language and the whole segmentation:
// normalised forms, tokens, sentences, paragraphs), the plugin's provenance (name, version, ABI
// major and minor, configuration hash) and the keys of the input results it required. The
// segmentation is hashed, not just the text, so that a host whose segmenter changed never reuses
// results whose evidence offsets were computed on another segmentation. The document's id and
// path are left out: the same text read from another place reuses its results.
std::string result_key(const model::Document &doc, const model::Provenance &provenance,
                       std::span<const std::string> input_keys);

} // namespace aspectdiff::cache
