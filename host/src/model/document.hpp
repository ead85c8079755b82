// The host's own copy of one document: original text, metadata and the segmentation that every
// plugin sees. Built once by aspectdiff::text::read_input (or text::segment); read-only afterwards.
#pragma once

#include <aspectdiff/abi.h>

#include <cstdint>
#include <string>
#include <vector>

namespace aspectdiff::model {

// Maps byte offsets in `Document::text` back to byte offsets in the file it came from, for
// inputs whose markup was stripped (HTML, Markdown) or whose byte-order mark was dropped.
// Each anchor says: text offset `text` corresponds to source offset `source`, and the bytes
// after it run in parallel until the next anchor.
struct SourceAnchor {
  std::uint32_t text = 0;
  std::uint64_t source = 0;
};

struct Document {
  std::string id;         // unique within a run: the path, or the JSONL record's id
  std::string path;       // the file it came from ("-" for standard input); may be empty
  std::uint64_t line = 0; // the JSONL line it came from (1-based), 0 otherwise
  std::string title, source, date, url;
  std::string format; // "text", "markdown", "html", "jsonl"

  std::string text;       // original UTF-8 text (markup stripped); evidence spans point here
  std::string normalised; // buffer of the tokens' normalised forms
  std::vector<aspectdiff_token> tokens;
  std::vector<aspectdiff_segment> sentences;  // children are tokens
  std::vector<aspectdiff_segment> paragraphs; // children are sentences
  std::uint32_t word_count = 0;
  std::string language = "und"; // "en" when the text reads as English

  std::vector<SourceAnchor> source_map; // empty: text offsets equal source offsets

  // The plain-C view handed to plugins. Valid while this Document lives and is unchanged.
  aspectdiff_document view() const noexcept;
  // Source byte offset of a text byte offset.
  std::uint64_t source_offset(std::uint32_t text_offset) const noexcept;
  // Index of the sentence containing a byte offset (the nearest one before it otherwise).
  std::size_t sentence_at(std::uint32_t offset) const noexcept;
};

} // namespace aspectdiff::model
