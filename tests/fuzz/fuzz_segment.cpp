// libFuzzer target: segmentation and language identification of arbitrary bytes (the segmenter
// promises never to fail on any byte sequence). Invariants: spans lie within the text, children
// ranges within their parents, sentences in order.
#include "text/segment.hpp"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  aspectdiff::model::Document doc;
  doc.text.assign(reinterpret_cast<const char *>(data), size);
  aspectdiff::text::segment(doc);
  std::uint32_t previous_end = 0;
  for (const auto &s : doc.sentences) {
    if (s.begin > s.end || s.end > size || s.begin < previous_end) std::abort();
    if (s.first + s.count > doc.tokens.size()) std::abort();
    previous_end = s.end;
  }
  for (const auto &t : doc.tokens)
    if (t.begin > t.end || t.end > size || t.norm_begin > t.norm_end ||
        t.norm_end > doc.normalised.size() ||
        (!doc.sentences.empty() && t.sentence >= doc.sentences.size()))
      std::abort();
  if (doc.language.empty()) std::abort();
  return 0;
}
