#include "text/segment.hpp"

#include "text/abbreviations.hpp"
#include "text/char_class.hpp"
#include "text/char_class_blocks.hpp"
#include "text/function_words.hpp"
#include "text/language.hpp"
#include "text/normalise.hpp"
#include "text/segment_memory.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string_view>

namespace aspectdiff::text {

namespace {

constexpr std::uint32_t kWord = ASPECTDIFF_TOKEN_WORD;
constexpr std::uint32_t kCapitalised = ASPECTDIFF_TOKEN_CAPITALISED;
constexpr std::uint32_t kAllCaps = ASPECTDIFF_TOKEN_ALL_CAPS;
constexpr std::uint32_t kInitial = ASPECTDIFF_TOKEN_SENTENCE_INITIAL;
constexpr std::uint32_t kNumeric = ASPECTDIFF_TOKEN_NUMERIC;
constexpr std::uint32_t kPunctuation = ASPECTDIFF_TOKEN_PUNCTUATION;
constexpr std::uint32_t kSymbol = ASPECTDIFF_TOKEN_SYMBOL;

// What the previous tokens leave open about the sentence they are in.
enum class Pending : std::uint8_t {
  none,
  strong, // after . ! ? …: a new sentence starts unless lower case or , ; : follows
  weak    // after "U.S." or an initial: a new sentence starts only at a function word
};

// Everything the sentence splitter needs to know about a token.
struct TokenInfo {
  std::uint32_t flags = 0;
  bool non_ascii = false;    // needs Unicode normalisation
  bool starts_lower = false; // first character is a lower-case letter
  bool closer = false;       // closing quote or bracket
  bool soft_stop = false;    // , ; :
  Pending leaves = Pending::none;
};

// What a word is made of, gathered as it is scanned. Classes are ascii::lower, ascii::upper,
// ascii::digit, or kOtherLetter for letters without case (and marks).
constexpr std::uint8_t kOtherLetter = 8;
constexpr std::uint8_t kAnyLetter = ascii::lower | ascii::upper | kOtherLetter;
struct WordShape {
  std::uint8_t seen = 0;         // every class seen, or-ed
  std::uint32_t uppers = 0;      // upper-case letters
  std::uint8_t last = 0;         // class of the last letter or digit
  std::uint8_t first = 0;        // class of the first character
  std::uint8_t first_letter = 0; // class of the first letter
  bool non_ascii = false;

  void add(std::uint8_t k) noexcept {
    seen |= k;
    uppers += k == ascii::upper ? 1 : 0;
    last = k;
    if (first == 0) first = k;
    if (first_letter == 0 && (k & kAnyLetter)) first_letter = k;
  }
  bool last_is_letter() const noexcept { return (last & kAnyLetter) != 0; }
};

// A decoded code point; `cp` < 0 for a byte that is not UTF-8.
struct Decoded {
  UChar32 cp;
  std::uint32_t len;
};

class Segmenter {
public:
  explicit Segmenter(model::Document &doc) : doc_(doc), s_(doc.text.data()), n_(doc.text.size()) {}

  void run() {
    prepare_output();
    line_mode_ = !has_blank_line();

    std::size_t i = 0;
    while (i < n_) {
      // Words first: each token takes the space after it, so a word usually comes next.
      const std::uint8_t k = ascii::class_of(s_[i]);
      if (k & ascii::alnum) {
        i = scan_plain_word(i);
      } else if (k & ascii::space) {
        spaced_ = true;
        ++i;
      } else if (k & ascii::newline) {
        ++newlines_;
        spaced_ = true;
        ++i;
      } else if (k & ascii::high) {
        i = scan_non_ascii(i);
      } else {
        i = scan_ascii_other(i);
      }
    }
    close_sentence();
    close_paragraph();
    doc_.normalised.resize(norm_len_);
    doc_.language = language_.language();
  }

private:
  // Empties the document's outputs and reserves room for them from the text's size.
  void prepare_output() {
    doc_.normalised.clear();
    doc_.tokens.clear();
    doc_.sentences.clear();
    doc_.paragraphs.clear();
    doc_.word_count = 0;
    // English averages five to six bytes per token (punctuation included) and 25 tokens per
    // sentence. Tokens are reserved for four bytes each: a vector that outgrows its reserve is
    // copied whole, while room that is never written costs nothing (the kernel maps a page only
    // when it is first touched). Huge pages are asked for before the first write.
    const std::size_t norm_room = n_ + n_ / 8 + 16;
    doc_.normalised.reserve(norm_room);
    prefer_huge_pages(doc_.normalised.data(), norm_room);
    doc_.normalised.resize(norm_room);
    norm_data_ = doc_.normalised.data();
    norm_size_ = doc_.normalised.size();
    doc_.tokens.reserve(n_ / 4 + 16);
    prefer_huge_pages(doc_.tokens.data(), doc_.tokens.capacity() * sizeof(aspectdiff_token));
    doc_.sentences.reserve(n_ / 120 + 4);
  }

  // --- Reading ------------------------------------------------------------------------------

  Decoded decode(std::size_t i) const noexcept {
    const auto *p = reinterpret_cast<const std::uint8_t *>(s_ + i);
    const auto avail = static_cast<std::int32_t>(n_ - i < 4 ? n_ - i : 4);
    std::int32_t j = 0;
    UChar32 c = 0;
    U8_NEXT(p, j, avail, c);
    return {c, static_cast<std::uint32_t>(j)};
  }

  // The class of the character at `j` as far as words are concerned: ascii::lower/upper/digit,
  // kOtherLetter (also for marks), or 0 when it cannot be inside a word.
  std::uint8_t word_class_at(std::size_t j) const noexcept {
    if (j >= n_) return 0;
    const std::uint8_t k = ascii::class_of(s_[j]);
    if (!(k & ascii::high)) return k & ascii::alnum;
    const Decoded d = decode(j);
    if (d.cp < 0) return 0;
    switch (classify(d.cp)) {
    case CodePointClass::lower:
      return ascii::lower;
    case CodePointClass::upper:
      return ascii::upper;
    case CodePointClass::digit:
      return ascii::digit;
    case CodePointClass::letter:
    case CodePointClass::mark:
      return kOtherLetter;
    default:
      return 0;
    }
  }

  // Whether a blank line separates two stretches of text (leading and trailing blank lines do
  // not count).
  bool has_blank_line() const noexcept {
    std::size_t first = 0, last = n_;
    while (first < n_ && (ascii::class_of(s_[first]) & (ascii::space | ascii::newline)))
      ++first;
    while (last > first && (ascii::class_of(s_[last - 1]) & (ascii::space | ascii::newline)))
      --last;
    const char *end = s_ + last;
    for (const char *p = s_ + first; p < end;) {
      const auto *nl =
          static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
      if (nl == nullptr) break;
      const char *q = nl + 1;
      while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
        ++q;
      if (q < end && *q == '\n') return true;
      p = q;
    }
    return std::string_view(s_ + first, last - first).find("\xE2\x80\xA9") !=
           std::string_view::npos; // U+2029 PARAGRAPH SEPARATOR
  }

  // --- Words --------------------------------------------------------------------------------

  // The common word: ASCII letters and digits up to a byte that cannot continue a word (a
  // space, most punctuation), a comma after a letter, or a period before a space. It needs
  // none of the rules of scan_word but those for a final period.
  std::size_t scan_plain_word(std::size_t b) {
    const ascii::AlnumRun run = ascii::alnum_run(s_ + b, s_ + n_);
    std::size_t e = b + run.length;
    bool period = false;
    if (e < n_ && !ascii::kEndsWord[static_cast<unsigned char>(s_[e])]) {
      const bool after_letter = ascii::class_of(s_[e - 1]) & (ascii::lower | ascii::upper);
      period = s_[e] == '.' &&
               (e + 1 == n_ || (ascii::class_of(s_[e + 1]) & (ascii::space | ascii::newline)));
      if (!period && !(s_[e] == ',' && after_letter)) return scan_word(b);
    }
    TokenInfo info;
    info.starts_lower = ascii::class_of(s_[b]) == ascii::lower;
    if (run.seen & (ascii::lower | ascii::upper)) {
      info.flags = kWord;
      std::size_t first_letter = b;
      while (!(ascii::class_of(s_[first_letter]) & (ascii::lower | ascii::upper)))
        ++first_letter; // a word that starts with digits: "3D", "2nd"
      if (ascii::class_of(s_[first_letter]) == ascii::upper) info.flags |= kCapitalised;
      if (run.uppers >= 2 && !(run.seen & ascii::lower)) info.flags |= kAllCaps;
      if (period) e = take_final_period(b, e, false, info);
    } else {
      info.flags = kNumeric;
    }
    emit(b, e, info);
    return past_space(e);
  }

  // A word [b, e) with letters, followed by a period: the end of the token, past the period
  // when it belongs to the word (abbreviations, letter sequences such as "U.S.", initials),
  // with what it leaves open about the sentence in `info`.
  std::size_t take_final_period(std::size_t b, std::size_t e, bool letter_sequence,
                                TokenInfo &info) const noexcept {
    const bool initial = e - b == 1 && ascii::class_of(s_[b]) == ascii::upper;
    if (const auto kind = find_abbreviation({s_ + b, e - b + 1})) {
      switch (*kind) {
      case AbbreviationKind::never_ends:
        return e + 1;
      case AbbreviationKind::before_number:
        return digit_follows(e + 1) ? e + 1 : e;
      case AbbreviationKind::ends_before_function_word:
        info.leaves = Pending::weak;
        return e + 1;
      case AbbreviationKind::ends_unless_lower:
        info.leaves = Pending::strong;
        return e + 1;
      }
    } else if (letter_sequence || initial) {
      info.leaves = Pending::weak;
      return e + 1;
    }
    return e;
  }

  // Past the space at `e`, if there is one. Most tokens are followed by one space: taking it
  // with the token saves a turn of the main loop and its hard-to-predict branch.
  std::size_t past_space(std::size_t e) noexcept {
    if (e < n_ && s_[e] == ' ') {
      spaced_ = true;
      return e + 1;
    }
    return e;
  }

  std::size_t scan_word(std::size_t b) {
    WordShape w;
    std::size_t i = b;
    std::size_t part_start = b;      // start of the part after the last internal period
    bool internal_period = false;    // "U.S", "example.com", "2.5"
    bool single_letter_parts = true; // every part so far is one letter: "U.S", "e.g"
    std::size_t clitic_begin = 0, clitic_end = 0;

    for (;;) {
      // The common case: a run of ASCII letters and digits.
      const std::size_t run = i;
      const ascii::AlnumRun letters = ascii::alnum_run(s_ + i, s_ + n_);
      const std::uint8_t seen = letters.seen;
      i += letters.length;
      if (i > run) {
        if (w.first == 0) w.first = ascii::class_of(s_[run]);
        if (w.first_letter == 0 && (seen & kAnyLetter)) {
          std::size_t f = run;
          while (!(ascii::class_of(s_[f]) & kAnyLetter))
            ++f;
          w.first_letter = ascii::class_of(s_[f]);
        }
        w.seen |= seen;
        w.uppers += letters.uppers;
        w.last = ascii::class_of(s_[i - 1]);
      }
      if (i >= n_) break;
      const auto c = static_cast<unsigned char>(s_[i]);
      if (ascii::kClass[c] & (ascii::space | ascii::newline)) break; // most words end so
      if (c >= 0x80) {
        const Decoded d = decode(i);
        if (d.cp < 0) break;
        const CodePointClass cls = classify(d.cp);
        if (cls == CodePointClass::lower || cls == CodePointClass::upper ||
            cls == CodePointClass::letter || cls == CodePointClass::digit) {
          w.add(cls == CodePointClass::lower   ? ascii::lower
                : cls == CodePointClass::upper ? ascii::upper
                : cls == CodePointClass::digit ? ascii::digit
                                               : kOtherLetter);
          w.non_ascii = true;
          i += d.len;
          continue;
        }
        if (cls == CodePointClass::mark) {
          w.non_ascii = true;
          i += d.len;
          continue;
        }
        if ((cls == CodePointClass::joiner || cls == CodePointClass::hyphen) &&
            word_class_at(i + d.len) != 0) {
          w.non_ascii = true;
          i += d.len;
          continue;
        }
        if (cls == CodePointClass::apostrophe) {
          const std::size_t next = apostrophe(b, i, d.len, w, clitic_begin, clitic_end);
          if (next == 0) break;
          w.non_ascii = true;
          i = next;
          continue;
        }
        break;
      }
      if (c == '-') { // win-win
        if (word_class_at(i + 1) == 0) break;
        ++i;
        continue;
      }
      if ((c == ':' || c == '.') && i - b <= 5 && i - b >= 3) {
        // "http:", "https:", "www.": checked only here, so other words pay nothing for it.
        if (const std::size_t e = scan_url(b); e != b) {
          emit_whole(b, e, kWord);
          return e;
        }
      }
      if (c == '.') {
        const std::uint8_t next = word_class_at(i + 1);
        if (next == 0) break;
        if (w.last == ascii::digit && next == ascii::digit) { // a decimal: 2.5
          internal_period = true;
          single_letter_parts = false;
          ++i;
          continue;
        }
        const bool single = i - part_start == 1;
        if (w.last_is_letter() && next != ascii::digit && (single || next == ascii::lower)) {
          internal_period = true;
          single_letter_parts = single_letter_parts && single;
          ++i;
          part_start = i;
          continue;
        }
        break;
      }
      if ((c == ',' || c == ':') && w.last == ascii::digit &&
          word_class_at(i + 1) == ascii::digit) {
        ++i; // 1,200 and 10:30
        continue;
      }
      if (c == '\'') {
        const std::size_t after = apostrophe(b, i, 1, w, clitic_begin, clitic_end);
        if (after == 0) break;
        i = after;
        continue;
      }
      if (c == '@' || c == '_' || c == '+') {
        if (const std::size_t e = scan_email(b); e != b) {
          emit_whole(b, e, kWord);
          return e;
        }
      }
      break;
    }

    std::size_t e = clitic_end != 0 ? clitic_begin : i;
    if (clitic_end != 0 && s_[clitic_begin] != '\'' &&
        static_cast<unsigned char>(s_[clitic_begin]) < 0x80) {
      // "n't": the n belongs to the clitic, not the word.
      if (s_[clitic_begin] == 'N') --w.uppers;
    }
    std::uint32_t flags = 0;
    const bool has_letter = (w.seen & kAnyLetter) != 0;
    if (has_letter) {
      flags |= kWord;
      if (w.first_letter == ascii::upper) flags |= kCapitalised;
      if (w.uppers >= 2 && !(w.seen & ascii::lower)) flags |= kAllCaps;
    } else if (w.seen & ascii::digit) {
      flags |= kNumeric;
      if (clitic_end == 0 && e < n_ && s_[e] == '%') ++e;
    } else {
      flags |= kSymbol; // combining marks with nothing to combine with
    }

    TokenInfo info;
    info.flags = flags;
    info.non_ascii = w.non_ascii;
    info.starts_lower = w.first == ascii::lower;

    if (clitic_end == 0 && has_letter && e < n_ && s_[e] == '.') {
      const bool letter_sequence = internal_period && single_letter_parts && e - part_start == 1;
      e = take_final_period(b, e, letter_sequence, info);
    }
    emit(b, e, info);

    if (clitic_end != 0) {
      TokenInfo clitic;
      clitic.flags = kWord;
      clitic.non_ascii = static_cast<unsigned char>(s_[clitic_begin]) >= 0x80 ||
                         static_cast<unsigned char>(s_[clitic_begin + 1]) >= 0x80;
      emit(clitic_begin, clitic_end, clitic);
      return past_space(clitic_end);
    }
    return past_space(e);
  }

  // An apostrophe at `i` (`len` bytes) inside the word that starts at `b`. Returns where the
  // word goes on, or 0 when the word ends before the apostrophe; sets the clitic range when
  // the word ends with one ('s 'm 'd 're 've 'll n't), in which case it also returns 0.
  std::size_t apostrophe(std::size_t b, std::size_t i, std::size_t len, const WordShape &w,
                         std::size_t &clitic_begin, std::size_t &clitic_end) const noexcept {
    if (!w.last_is_letter()) return 0;
    const std::size_t j = i + len;
    std::size_t k = j;
    while (k < n_ && (ascii::class_of(s_[k]) & (ascii::lower | ascii::upper)))
      ++k;
    if (k == j) return word_class_at(j) != 0 ? j : 0; // a letter beyond ASCII: O’Ñ...
    if (word_class_at(k) != 0) return j;              // the word goes on: O'Brien
    char tail[3] = {};
    const std::size_t tail_len = k - j;
    if (tail_len <= 2)
      for (std::size_t t = 0; t < tail_len; ++t)
        tail[t] = ascii::kLower[static_cast<unsigned char>(s_[j + t])];
    const std::string_view clitic(tail, tail_len <= 2 ? tail_len : 0);
    if (clitic == "s" || clitic == "m" || clitic == "d" || clitic == "re" || clitic == "ve" ||
        clitic == "ll") {
      clitic_begin = i;
      clitic_end = k;
      return 0;
    }
    if (clitic == "t" && i >= b + 2 &&
        ascii::kLower[static_cast<unsigned char>(s_[i - 1])] == 'n' &&
        (ascii::class_of(s_[i - 2]) & (ascii::lower | ascii::upper))) {
      clitic_begin = i - 1;
      clitic_end = k;
      return 0;
    }
    return j;
  }

  bool digit_follows(std::size_t j) const noexcept {
    while (j < n_ && (s_[j] == ' ' || s_[j] == '\t'))
      ++j;
    return j < n_ && (ascii::class_of(s_[j]) & ascii::digit);
  }

  bool starts_with_ignoring_case(std::size_t b, std::string_view prefix) const noexcept {
    if (n_ - b < prefix.size()) return false;
    for (std::size_t t = 0; t < prefix.size(); ++t)
      if (ascii::kLower[static_cast<unsigned char>(s_[b + t])] != prefix[t]) return false;
    return true;
  }

  // The end of a URL starting at `b`, or `b` when there is none. Trailing punctuation and an
  // unbalanced closing bracket belong to the sentence, not the URL.
  std::size_t scan_url(std::size_t b) const noexcept {
    if (n_ - b < 5) return b;
    const char second = ascii::kLower[static_cast<unsigned char>(s_[b + 1])];
    if (second != 't' && second != 'w') return b; // neither "http" nor "www."
    std::size_t body;
    if (starts_with_ignoring_case(b, "https://"))
      body = b + 8;
    else if (starts_with_ignoring_case(b, "http://"))
      body = b + 7;
    else if (starts_with_ignoring_case(b, "www."))
      body = b + 4;
    else
      return b;
    std::size_t i = body;
    long open = 0;
    while (i < n_) {
      const auto c = static_cast<unsigned char>(s_[i]);
      if (c <= ' ' || c >= 0x80 || c == '<' || c == '>' || c == '"' || c == '`' || c == '{' ||
          c == '}' || c == '|' || c == '\\' || c == '^')
        break;
      open += c == '(' ? 1 : c == ')' ? -1 : 0;
      ++i;
    }
    while (i > body) {
      const char c = s_[i - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
          c == '*') {
        --i;
      } else if (c == ')' && open < 0) {
        ++open;
        --i;
      } else {
        break;
      }
    }
    return i == body ? b : i;
  }

  // The end of an e-mail address starting at `b`, or `b` when there is none.
  std::size_t scan_email(std::size_t b) const noexcept {
    const auto local = [](unsigned char c) {
      return (ascii::kClass[c] & ascii::alnum) || c == '.' || c == '_' || c == '%' || c == '+' ||
             c == '-';
    };
    std::size_t i = b;
    while (i < n_ && local(static_cast<unsigned char>(s_[i])))
      ++i;
    if (i == b || i >= n_ || s_[i] != '@') return b;
    const std::size_t at = i++;
    std::size_t dots = 0;
    while (i < n_) {
      const auto c = static_cast<unsigned char>(s_[i]);
      if ((ascii::kClass[c] & ascii::alnum) || c == '-') {
        ++i;
      } else if (c == '.' && i > at + 1 && s_[i - 1] != '.' && i + 1 < n_ &&
                 (ascii::class_of(s_[i + 1]) & ascii::alnum)) {
        ++dots;
        ++i;
      } else {
        break;
      }
    }
    return dots == 0 ? b : i;
  }

  // --- Everything else ----------------------------------------------------------------------

  std::size_t scan_ascii_other(std::size_t i) {
    const char c = s_[i];
    TokenInfo info;
    std::size_t e = i + 1;
    switch (c) {
    case '.':
    case '!':
    case '?':
      while (e < n_ && (s_[e] == '.' || s_[e] == '!' || s_[e] == '?'))
        ++e;
      info.leaves = Pending::strong;
      break;
    case '-':
      while (e < n_ && s_[e] == '-')
        ++e;
      break;
    case ')':
    case ']':
    case '}':
    case '"':
    case '\'':
      info.closer = true;
      break;
    case ',':
    case ';':
    case ':':
      info.soft_stop = true;
      break;
    default:
      break;
    }
    info.flags = (ascii::class_of(c) & ascii::symbol) ? kSymbol : kPunctuation;
    emit(i, e, info);
    return past_space(e);
  }

  std::size_t scan_non_ascii(std::size_t i) {
    const Decoded d = decode(i);
    TokenInfo info;
    info.non_ascii = true;
    if (d.cp < 0) { // not UTF-8: one byte, kept as a symbol so nothing is lost
      info.flags = kSymbol;
      emit(i, i + d.len, info);
      return i + d.len;
    }
    std::size_t e = i + d.len;
    switch (classify(d.cp)) {
    case CodePointClass::space:
      spaced_ = true;
      return e;
    case CodePointClass::line_break:
      ++newlines_;
      spaced_ = true;
      return e;
    case CodePointClass::paragraph_break:
      newlines_ += 2;
      spaced_ = true;
      return e;
    case CodePointClass::joiner:
      return e;
    case CodePointClass::lower:
    case CodePointClass::upper:
    case CodePointClass::letter:
    case CodePointClass::digit:
    case CodePointClass::mark:
      return scan_word(i);
    case CodePointClass::ideograph:
      e = skip_marks(e);
      info.flags = kWord;
      break;
    case CodePointClass::terminator:
      while (e < n_) {
        const Decoded next = decode(e);
        if (next.cp < 0 || classify(next.cp) != CodePointClass::terminator) break;
        e += next.len;
      }
      info.flags = kPunctuation;
      info.leaves = Pending::strong;
      break;
    case CodePointClass::apostrophe:
    case CodePointClass::closer:
      info.flags = kPunctuation;
      info.closer = true;
      break;
    case CodePointClass::hyphen:
    case CodePointClass::punctuation:
      info.flags = kPunctuation;
      break;
    case CodePointClass::symbol:
      e = skip_marks(e);
      info.flags = kSymbol;
      break;
    }
    emit(i, e, info);
    return past_space(e);
  }

  // Past the combining marks, variation selectors and joined symbols that belong to the
  // character before `e` (accents, emoji sequences).
  std::size_t skip_marks(std::size_t e) const noexcept {
    while (e < n_ && static_cast<unsigned char>(s_[e]) >= 0x80) {
      const Decoded d = decode(e);
      if (d.cp < 0) break;
      const CodePointClass cls = classify(d.cp);
      if (cls == CodePointClass::mark) {
        e += d.len;
      } else if (d.cp == 0x200D && e + d.len < n_ &&
                 static_cast<unsigned char>(s_[e + d.len]) >= 0x80) {
        const Decoded joined = decode(e + d.len);
        if (joined.cp < 0 || classify(joined.cp) != CodePointClass::symbol) break;
        e += d.len + joined.len;
      } else {
        break;
      }
    }
    return e;
  }

  // --- Output -------------------------------------------------------------------------------

  void emit_whole(std::size_t b, std::size_t e, std::uint32_t flags) {
    TokenInfo info;
    info.flags = flags;
    info.starts_lower = ascii::class_of(s_[b]) & ascii::lower;
    emit(b, e, info);
  }

  // Whether a sentence or paragraph ends before the token [b, e), and opens the ones it
  // starts. Returns how many separator bytes go before its normalised form ("" at the start,
  // " " inside a sentence, "\n" between sentences, "\n\n" between paragraphs).
  std::size_t open_token(std::size_t b, std::size_t e, const TokenInfo &info) {
    const bool paragraph_break = in_paragraph_ && newlines_ >= (line_mode_ ? 1u : 2u);
    bool sentence_break = false;
    if (!paragraph_break && pending_ != Pending::none && !(info.closer && !spaced_)) {
      if (pending_ == Pending::strong)
        sentence_break = !info.starts_lower && !info.soft_stop;
      else
        sentence_break = is_capitalised_function_word({s_ + b, e - b});
      pending_ = Pending::none;
    }
    std::size_t separator = doc_.tokens.empty() ? 0 : 1;
    if (paragraph_break) {
      close_sentence();
      close_paragraph();
      pending_ = Pending::none;
      separator = 2;
    } else if (sentence_break) {
      close_sentence();
    }
    if (!in_paragraph_) {
      in_paragraph_ = true;
      paragraph_first_ = static_cast<std::uint32_t>(doc_.sentences.size());
    }
    if (!in_sentence_) {
      in_sentence_ = true;
      need_initial_ = true;
      sentence_first_ = static_cast<std::uint32_t>(doc_.tokens.size());
    }
    return separator;
  }

  [[gnu::always_inline]] void emit(std::size_t b, std::size_t e, const TokenInfo &info) {
    // Most tokens continue the sentence before them: only the rest take the long way.
    std::size_t separator = 1;
    char first_separator = ' ';
    if (newlines_ != 0 || pending_ != Pending::none || !in_sentence_) [[unlikely]] {
      separator = open_token(b, e, info);
      // A sentence that ended gets a line break, a paragraph a blank line.
      if (separator != 0 && doc_.tokens.size() == sentence_first_) first_separator = '\n';
    }

    std::uint32_t flags = info.flags;
    if (flags & (kWord | kNumeric)) {
      ++doc_.word_count;
      if (need_initial_) [[unlikely]] {
        flags |= kInitial;
        need_initial_ = false;
      }
    }

    // The normalised form, written straight into the buffer (no library call per token).
    const std::size_t len = e - b;
    const char *source = s_ + b;
    std::size_t norm_len = len;
    if (info.non_ascii) [[unlikely]] {
      scratch_.clear();
      append_normalised({source, len}, scratch_);
      norm_len = scratch_.size();
    }
    char *out = norm_room(norm_len + 2 + ascii::kLowerBlock);
    out[0] = first_separator;
    out[1] = '\n';
    out += separator;
    const std::size_t norm_begin = norm_len_ + separator;
    if (info.non_ascii) [[unlikely]] {
      std::memcpy(out, scratch_.data(), norm_len);
    } else {
      lower_ascii(source, len, out);
    }
    norm_len_ = norm_begin + norm_len;
    if (flags & kWord) language_.add_word({out, norm_len}, !info.non_ascii);
    doc_.tokens.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e),
                           static_cast<std::uint32_t>(norm_begin),
                           static_cast<std::uint32_t>(norm_len_), flags,
                           static_cast<std::uint32_t>(doc_.sentences.size())});

    if (info.leaves != Pending::none) pending_ = info.leaves;
    newlines_ = 0;
    spaced_ = false;
  }

  // Lower-cases `len` ASCII bytes into `out`, which has ascii::kLowerBlock bytes of room past
  // `len`: a block at a time while the source has the bytes to read.
  void lower_ascii(const char *source, std::size_t len, char *out) const noexcept {
    if (source + len + ascii::kLowerBlock <= s_ + n_) {
      ascii::lower_by_blocks(source, len, out);
      return;
    }
    for (std::size_t k = 0; k < len; ++k)
      out[k] = ascii::kLower[static_cast<unsigned char>(source[k])];
  }

  // Room for `k` more bytes of normalised forms.
  [[gnu::always_inline]] char *norm_room(std::size_t k) {
    if (norm_len_ + k > norm_size_) [[unlikely]]
      grow_norm(k);
    return norm_data_ + norm_len_;
  }
  void grow_norm(std::size_t k) {
    std::string &norm = doc_.normalised;
    norm.resize(std::max(norm.size() * 2, norm_len_ + k));
    norm_data_ = norm.data();
    norm_size_ = norm.size();
  }

  void close_sentence() {
    if (!in_sentence_) return;
    const auto &tokens = doc_.tokens;
    const auto count = static_cast<std::uint32_t>(tokens.size()) - sentence_first_;
    doc_.sentences.push_back(
        {tokens[sentence_first_].begin, tokens.back().end, sentence_first_, count});
    in_sentence_ = false;
  }

  void close_paragraph() {
    if (!in_paragraph_) return;
    const auto &sentences = doc_.sentences;
    const auto count = static_cast<std::uint32_t>(sentences.size()) - paragraph_first_;
    if (count > 0)
      doc_.paragraphs.push_back(
          {sentences[paragraph_first_].begin, sentences.back().end, paragraph_first_, count});
    in_paragraph_ = false;
  }

  model::Document &doc_;
  const char *s_;
  std::size_t n_;

  std::size_t norm_len_ = 0;  // bytes of doc_.normalised in use; the rest is room
  char *norm_data_ = nullptr; // doc_.normalised's buffer and size, kept in registers' reach
  std::size_t norm_size_ = 0;
  std::string scratch_; // one token's normalised form, when it needs Unicode rules
  LanguageEvidence language_;
  bool line_mode_ = false; // no blank line anywhere: each line is a paragraph
  unsigned newlines_ = 0;  // line breaks since the previous token
  bool spaced_ = false;    // whitespace since the previous token
  Pending pending_ = Pending::none;
  bool in_sentence_ = false;
  bool in_paragraph_ = false;
  bool need_initial_ = true;
  std::uint32_t sentence_first_ = 0;  // first token of the open sentence
  std::uint32_t paragraph_first_ = 0; // first sentence of the open paragraph
};

} // namespace

void segment(model::Document &doc) {
  if (doc.text.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("document text of " + std::to_string(doc.text.size()) +
                            " bytes is too long to segment (limit 4 GiB)");
  Segmenter(doc).run();
}

} // namespace aspectdiff::text
