#include "text/normalise.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace aspectdiff::text {

namespace {

// The ASCII replacement of a typographic character, or nullptr to keep it (lower-cased).
const char *plain_form(UChar32 c) noexcept {
  switch (c) {
  case 0x2019:
  case 0x2018:
  case 0x02BC:
  case 0x201B:
    return "'";
  case 0x201C:
  case 0x201D:
  case 0x201E:
  case 0x201F:
  case 0x00AB:
  case 0x00BB:
    return "\"";
  case 0x2010:
  case 0x2011:
  case 0x2012:
  case 0x2013:
  case 0x2014:
  case 0x2015:
  case 0x2212:
    return "-";
  case 0x2026:
    return "...";
  case 0x00AD:
  case 0x200B:
  case 0x200C:
  case 0x200D:
  case 0x2060:
  case 0xFEFF:
    return "";
  default:
    return nullptr;
  }
}

void append_utf8(UChar32 c, std::string &out) {
  char buf[U8_MAX_LENGTH];
  std::int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(buf, static_cast<std::size_t>(n));
}

} // namespace

void append_normalised(std::string_view surface, std::string &out) {
  const std::size_t start = out.size();
  const auto *s = reinterpret_cast<const std::uint8_t *>(surface.data());
  const auto n = static_cast<std::int32_t>(surface.size());
  // Below U+0300 nothing composes or decomposes under NFC, so most text skips the normaliser.
  bool may_need_nfc = false;
  for (std::int32_t i = 0; i < n;) {
    const std::int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      out.append(surface.data() + at, static_cast<std::size_t>(i - at));
      continue;
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      continue;
    }
    if (const char *plain = plain_form(c)) {
      out.append(plain);
      continue;
    }
    const UChar32 lower = u_tolower(c);
    if (lower >= 0x300) may_need_nfc = true;
    append_utf8(lower, out);
  }
  if (!may_need_nfc) return;

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  const std::string_view written(out.data() + start, out.size() - start);
  const icu::StringPiece piece(written.data(), static_cast<std::int32_t>(written.size()));
  if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return;
  std::string composed;
  icu::StringByteSink<std::string> sink(&composed);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) return;
  out.resize(start);
  out += composed;
}

} // namespace aspectdiff::text
