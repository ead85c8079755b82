#include "text/char_class.hpp"

#include <unicode/uchar.h>

namespace aspectdiff::text {

namespace {

bool is_ideograph(std::int32_t c) noexcept {
  return (c >= 0x3040 && c <= 0x30FF) || // Hiragana, Katakana
         (c >= 0x3400 && c <= 0x4DBF) || // CJK extension A
         (c >= 0x4E00 && c <= 0x9FFF) || // CJK unified ideographs
         (c >= 0xF900 && c <= 0xFAFF) || // CJK compatibility ideographs
         (c >= 0x20000 && c <= 0x3FFFF); // CJK extensions B and later
}

} // namespace

CodePointClass classify(std::int32_t c) noexcept {
  switch (c) {
  case 0x0085:
  case 0x2028:
    return CodePointClass::line_break;
  case 0x2029:
    return CodePointClass::paragraph_break;
  case 0x00AD: // soft hyphen
  case 0x200C: // zero-width non-joiner
  case 0x200D: // zero-width joiner
  case 0x2060: // word joiner
    return CodePointClass::joiner;
  case 0x200B: // zero-width space
  case 0xFEFF: // a byte-order mark inside the text
    return CodePointClass::space;
  case 0x2019:
  case 0x02BC:
    return CodePointClass::apostrophe;
  case 0x2010:
  case 0x2011:
    return CodePointClass::hyphen;
  case 0x2026: // …
  case 0x3002: // 。
  case 0xFF01: // ！
  case 0xFF1F: // ？
  case 0xFF0E: // ．
  case 0x061F: // ؟
  case 0x0964: // ।
  case 0x0965: // ॥
    return CodePointClass::terminator;
  case 0x201D: // ”
  case 0x00BB: // »
  case 0x203A: // ›
  case 0x300D: // 」
  case 0x300F: // 』
  case 0xFF09: // ）
  case 0x3011: // 】
    return CodePointClass::closer;
  default:
    break;
  }
  if (is_ideograph(c)) return CodePointClass::ideograph;
  switch (u_charType(c)) {
  case U_LOWERCASE_LETTER:
    return CodePointClass::lower;
  case U_UPPERCASE_LETTER:
  case U_TITLECASE_LETTER:
    return CodePointClass::upper;
  case U_MODIFIER_LETTER:
  case U_OTHER_LETTER:
    return CodePointClass::letter;
  case U_NON_SPACING_MARK:
  case U_ENCLOSING_MARK:
  case U_COMBINING_SPACING_MARK:
    return CodePointClass::mark;
  case U_DECIMAL_DIGIT_NUMBER:
    return CodePointClass::digit;
  case U_SPACE_SEPARATOR:
  case U_CONTROL_CHAR:
    return CodePointClass::space;
  case U_LINE_SEPARATOR:
    return CodePointClass::line_break;
  case U_PARAGRAPH_SEPARATOR:
    return CodePointClass::paragraph_break;
  case U_FORMAT_CHAR:
    return CodePointClass::joiner;
  case U_DASH_PUNCTUATION:
  case U_START_PUNCTUATION:
  case U_END_PUNCTUATION:
  case U_CONNECTOR_PUNCTUATION:
  case U_OTHER_PUNCTUATION:
  case U_INITIAL_PUNCTUATION:
  case U_FINAL_PUNCTUATION:
    return CodePointClass::punctuation;
  default:
    return CodePointClass::symbol;
  }
}

} // namespace aspectdiff::text
