// libFuzzer target: ingest of untrusted bytes as plain text, Markdown, HTML or JSON Lines (the
// first byte chooses), then segmentation of whatever text comes out. Invariants: nothing
// crashes, and every token, sentence and paragraph lies within the text.
#include "text/html.hpp"
#include "text/jsonl.hpp"
#include "text/markdown.hpp"
#include "text/segment.hpp"
#include "text/text_checks.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

void check_spans(const aspectdiff::model::Document &doc) {
  const auto size = doc.text.size();
  for (const auto &t : doc.tokens)
    if (t.begin > t.end || t.end > size || t.norm_end > doc.normalised.size()) std::abort();
  for (const auto &s : doc.sentences)
    if (s.begin > s.end || s.end > size || s.first + s.count > doc.tokens.size()) std::abort();
  for (const auto &p : doc.paragraphs)
    if (p.begin > p.end || p.end > size || p.first + p.count > doc.sentences.size()) std::abort();
}

void segment_and_check(std::string text) {
  aspectdiff::model::Document doc;
  doc.text = std::move(text);
  aspectdiff::text::segment(doc);
  check_spans(doc);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char *>(data) + 1, size - 1);
  namespace text = aspectdiff::text;
  switch (data[0] % 4) {
  case 0:
    if (!text::check_text_bytes(bytes)) segment_and_check(std::string(bytes));
    break;
  case 1:
    if (!text::check_text_bytes(bytes))
      segment_and_check(text::strip_markdown(bytes, 0).text.text());
    break;
  case 2:
    if (!text::check_text_bytes(bytes)) segment_and_check(text::html_to_text(bytes, 0).text.text());
    break;
  default: {
    std::FILE *file = ::fmemopen(const_cast<char *>(bytes.data()), bytes.size(), "rb");
    if (file == nullptr) return 0; // fmemopen refuses an empty buffer
    text::read_jsonl(
        file, "fuzz.jsonl", 1u << 20, [](aspectdiff::model::Document &&doc) { check_spans(doc); },
        [](text::InputError &&) {});
    std::fclose(file);
  }
  }
  return 0;
}
