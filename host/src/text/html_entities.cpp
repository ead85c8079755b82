#include "text/html_entities.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace aspectdiff::text {

namespace {

struct Named {
  std::string_view name;
  char32_t code_point;
};

// Sorted by name for binary search. The Latin-1 range, typographic punctuation, common
// symbols and the Greek letters that appear in prose.
constexpr std::array kNamed{
    Named{"AElig", 0xC6},    Named{"Aacute", 0xC1},   Named{"Acirc", 0xC2},
    Named{"Agrave", 0xC0},   Named{"Alpha", 0x391},   Named{"Aring", 0xC5},
    Named{"Atilde", 0xC3},   Named{"Auml", 0xC4},     Named{"Beta", 0x392},
    Named{"Ccedil", 0xC7},   Named{"Delta", 0x394},   Named{"ETH", 0xD0},
    Named{"Eacute", 0xC9},   Named{"Ecirc", 0xCA},    Named{"Egrave", 0xC8},
    Named{"Euml", 0xCB},     Named{"Gamma", 0x393},   Named{"Iacute", 0xCD},
    Named{"Icirc", 0xCE},    Named{"Igrave", 0xCC},   Named{"Iuml", 0xCF},
    Named{"Lambda", 0x39B},  Named{"Ntilde", 0xD1},   Named{"OElig", 0x152},
    Named{"Oacute", 0xD3},   Named{"Ocirc", 0xD4},    Named{"Ograve", 0xD2},
    Named{"Omega", 0x3A9},   Named{"Oslash", 0xD8},   Named{"Otilde", 0xD5},
    Named{"Ouml", 0xD6},     Named{"Phi", 0x3A6},     Named{"Pi", 0x3A0},
    Named{"Prime", 0x2033},  Named{"Psi", 0x3A8},     Named{"Scaron", 0x160},
    Named{"Sigma", 0x3A3},   Named{"THORN", 0xDE},    Named{"Theta", 0x398},
    Named{"Uacute", 0xDA},   Named{"Ucirc", 0xDB},    Named{"Ugrave", 0xD9},
    Named{"Uuml", 0xDC},     Named{"Yacute", 0xDD},   Named{"Yuml", 0x178},
    Named{"aacute", 0xE1},   Named{"acirc", 0xE2},    Named{"acute", 0xB4},
    Named{"aelig", 0xE6},    Named{"agrave", 0xE0},   Named{"alpha", 0x3B1},
    Named{"amp", 0x26},      Named{"apos", 0x27},     Named{"aring", 0xE5},
    Named{"asymp", 0x2248},  Named{"atilde", 0xE3},   Named{"auml", 0xE4},
    Named{"bdquo", 0x201E},  Named{"beta", 0x3B2},    Named{"brvbar", 0xA6},
    Named{"bull", 0x2022},   Named{"ccedil", 0xE7},   Named{"cedil", 0xB8},
    Named{"cent", 0xA2},     Named{"copy", 0xA9},     Named{"curren", 0xA4},
    Named{"dagger", 0x2020}, Named{"deg", 0xB0},      Named{"delta", 0x3B4},
    Named{"divide", 0xF7},   Named{"eacute", 0xE9},   Named{"ecirc", 0xEA},
    Named{"egrave", 0xE8},   Named{"emsp", 0x2003},   Named{"ensp", 0x2002},
    Named{"epsilon", 0x3B5}, Named{"eth", 0xF0},      Named{"euml", 0xEB},
    Named{"euro", 0x20AC},   Named{"frac12", 0xBD},   Named{"frac14", 0xBC},
    Named{"frac34", 0xBE},   Named{"gamma", 0x3B3},   Named{"ge", 0x2265},
    Named{"gt", 0x3E},       Named{"hellip", 0x2026}, Named{"iacute", 0xED},
    Named{"icirc", 0xEE},    Named{"iexcl", 0xA1},    Named{"igrave", 0xEC},
    Named{"infin", 0x221E},  Named{"iquest", 0xBF},   Named{"iuml", 0xEF},
    Named{"lambda", 0x3BB},  Named{"laquo", 0xAB},    Named{"ldquo", 0x201C},
    Named{"le", 0x2264},     Named{"lsaquo", 0x2039}, Named{"lsquo", 0x2018},
    Named{"lt", 0x3C},       Named{"macr", 0xAF},     Named{"mdash", 0x2014},
    Named{"micro", 0xB5},    Named{"middot", 0xB7},   Named{"minus", 0x2212},
    Named{"mu", 0x3BC},      Named{"nbsp", 0xA0},     Named{"ndash", 0x2013},
    Named{"ne", 0x2260},     Named{"not", 0xAC},      Named{"ntilde", 0xF1},
    Named{"oacute", 0xF3},   Named{"ocirc", 0xF4},    Named{"oelig", 0x153},
    Named{"ograve", 0xF2},   Named{"omega", 0x3C9},   Named{"ordf", 0xAA},
    Named{"ordm", 0xBA},     Named{"oslash", 0xF8},   Named{"otilde", 0xF5},
    Named{"ouml", 0xF6},     Named{"para", 0xB6},     Named{"permil", 0x2030},
    Named{"phi", 0x3C6},     Named{"pi", 0x3C0},      Named{"plusmn", 0xB1},
    Named{"pound", 0xA3},    Named{"prime", 0x2032},  Named{"psi", 0x3C8},
    Named{"quot", 0x22},     Named{"raquo", 0xBB},    Named{"rdquo", 0x201D},
    Named{"reg", 0xAE},      Named{"rsaquo", 0x203A}, Named{"rsquo", 0x2019},
    Named{"sbquo", 0x201A},  Named{"scaron", 0x161},  Named{"sect", 0xA7},
    Named{"shy", 0xAD},      Named{"sigma", 0x3C3},   Named{"sup1", 0xB9},
    Named{"sup2", 0xB2},     Named{"sup3", 0xB3},     Named{"szlig", 0xDF},
    Named{"tau", 0x3C4},     Named{"theta", 0x3B8},   Named{"thinsp", 0x2009},
    Named{"thorn", 0xFE},    Named{"times", 0xD7},    Named{"trade", 0x2122},
    Named{"uacute", 0xFA},   Named{"ucirc", 0xFB},    Named{"ugrave", 0xF9},
    Named{"uml", 0xA8},      Named{"uuml", 0xFC},     Named{"yacute", 0xFD},
    Named{"yen", 0xA5},      Named{"yuml", 0xFF},     Named{"zwj", 0x200D},
    Named{"zwnj", 0x200C},
};

static_assert(std::is_sorted(kNamed.begin(), kNamed.end(),
                             [](const Named &a, const Named &b) { return a.name < b.name; }));

// HTML reads numeric references 128–159 as Windows-1252, as browsers do.
constexpr std::array<char16_t, 32> kWindows1252{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void append_utf8(char32_t c, std::string &out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::size_t decode_numeric(std::string_view s, std::string &out) {
  // s starts with "&#".
  std::size_t i = 2;
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  const std::size_t digits_begin = i;
  std::uint32_t value = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    int d;
    if (c >= '0' && c <= '9')
      d = c - '0';
    else if (hex && c >= 'a' && c <= 'f')
      d = c - 'a' + 10;
    else if (hex && c >= 'A' && c <= 'F')
      d = c - 'A' + 10;
    else
      break;
    value = value * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
    if (value > 0x10FFFF) value = 0x110000; // saturate; stays invalid
  }
  if (i == digits_begin) return 0;
  const std::size_t length = i < s.size() && s[i] == ';' ? i + 1 : i;
  char32_t c = value;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
    c = 0xFFFD;
  else if (value >= 0x80 && value <= 0x9F)
    c = kWindows1252[value - 0x80];
  append_utf8(c, out);
  return length;
}

} // namespace

std::size_t decode_entity(std::string_view s, std::string &out) {
  if (s.size() < 3 || s[0] != '&') return 0;
  if (s[1] == '#') return decode_numeric(s, out);
  const std::size_t semi = s.find(';', 1);
  if (semi == std::string_view::npos || semi > 10) return 0;
  const std::string_view name = s.substr(1, semi - 1);
  const auto it = std::lower_bound(kNamed.begin(), kNamed.end(), name,
                                   [](const Named &n, std::string_view v) { return n.name < v; });
  if (it == kNamed.end() || it->name != name) return 0;
  append_utf8(it->code_point, out);
  return semi + 1;
}

std::string decode_and_collapse(std::string_view s) {
  std::string out;
  bool space = true; // drops leading whitespace
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (!space) out.push_back(' ');
      space = true;
      ++i;
      continue;
    }
    if (c == '&') {
      if (const std::size_t n = decode_entity(s.substr(i), out)) {
        i += n;
        space = false;
        continue;
      }
    }
    out.push_back(c);
    space = false;
    ++i;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

} // namespace aspectdiff::text
