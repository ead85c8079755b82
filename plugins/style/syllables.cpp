#include "syllables.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <stdexcept>

namespace aspectdiff::plugins::style {

namespace {

constexpr bool is_plain_vowel(char c) noexcept {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
constexpr bool is_letter(char c) noexcept {
  return c >= 'a' && c <= 'z';
}

// A word reduced to ASCII letters: accented Latin vowels become their base vowel so "café" and
// "naïve" keep their vowel groups; apostrophes are dropped but "n't" is remembered.
class Letters {
public:
  static constexpr std::size_t capacity = 48;

  explicit Letters(std::string_view run) noexcept {
    for (std::size_t i = 0; i < run.size() && size_ < capacity; ++i) {
      const auto c = static_cast<unsigned char>(run[i]);
      if (c >= 'a' && c <= 'z') {
        buf_[size_++] = static_cast<char>(c);
      } else if (c >= 'A' && c <= 'Z') {
        buf_[size_++] = static_cast<char>(c - 'A' + 'a');
      } else if (c == 0xC3 && i + 1 < run.size()) {
        // Latin-1 supplement: U+00E0..U+00FF (and upper-case forms U+00C0..U+00DF).
        const auto d = static_cast<unsigned char>(run[++i]) | 0x20u;
        buf_[size_++] = latin1_base(d);
      }
    }
  }

  std::string_view view() const noexcept { return {buf_.data(), size_}; }

private:
  static char latin1_base(unsigned d) noexcept {
    if (d >= 0xA0 && d <= 0xA6) return 'a';
    if (d == 0xA7) return 'c';
    // An accented e is never silent ("ca-fé", "ré-su-mé"): it stands as a vowel the
    // silent-e rules leave alone.
    if (d == 0xA9) return 'a';
    if (d >= 0xA8 && d <= 0xAB) return 'e';
    if (d >= 0xAC && d <= 0xAF) return 'i';
    if (d == 0xB1) return 'n';
    if ((d >= 0xB2 && d <= 0xB6) || d == 0xB8) return 'o';
    if (d >= 0xB9 && d <= 0xBC) return 'u';
    if (d == 0xBD || d == 0xBF) return 'y';
    return 'x'; // some other letter: a consonant for our purposes
  }

  std::array<char, capacity> buf_{};
  std::size_t size_ = 0;
};

class Word {
public:
  explicit Word(std::string_view w) noexcept : w_(w) {}

  std::size_t size() const noexcept { return w_.size(); }
  char at(std::size_t i) const noexcept { return i < w_.size() ? w_[i] : '\0'; }

  // 'y' is a vowel except at the start of a word and between two vowels ("player", "loyal").
  bool vowel(std::size_t i) const noexcept {
    if (i >= w_.size()) return false;
    const char c = w_[i];
    if (is_plain_vowel(c)) return true;
    if (c != 'y' || i == 0) return false;
    return !(is_plain_vowel(w_[i - 1]) && is_plain_vowel(at(i + 1)));
  }
  bool consonant(std::size_t i) const noexcept { return i < w_.size() && !vowel(i); }

  bool ends_with(std::string_view s) const noexcept { return w_.ends_with(s); }
  bool starts_with(std::string_view s) const noexcept { return w_.starts_with(s); }

  unsigned vowel_groups() const noexcept {
    unsigned groups = 0;
    bool in_group = false;
    for (std::size_t i = 0; i < w_.size(); ++i) {
      const bool v = vowel(i);
      if (v && !in_group) ++groups;
      in_group = v;
    }
    return groups;
  }

  // An 'l' or 'r' after a consonant carries its own syllable before a final e ("ta-ble",
  // "cen-tre", "troub-led"), but not after a doubled consonant ("called", "barred").
  bool syllabic_liquid(std::size_t i) const noexcept {
    const char c = at(i);
    if (c != 'l' && c != 'r') return false;
    return i >= 1 && consonant(i - 1) && at(i - 1) != c;
  }

  std::string_view text() const noexcept { return w_; }

private:
  std::string_view w_;
};

// Vowel pairs that are split between two syllables in the positions listed.
int split_vowel_corrections(const Word &w) {
  int extra = 0;
  const std::size_t n = w.size();
  const auto sv = w.text();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const char a = sv[i], b = sv[i + 1];
    const char before = i > 0 ? sv[i - 1] : '\0';
    if (a == 'i' && b == 'a') {
      // "me-di-a", "tri-al" but not "so-cial", "Rus-sia", "mar-riage"; but "ne-go-ti-ate"
      const auto rest = sv.substr(i + 2);
      const bool iate = rest.starts_with("te") || rest.starts_with("ti") ||
                        rest.starts_with("tor") || rest == "ted" || rest == "tes";
      if (before != '\0' && (iate || (before != 'c' && before != 't' && before != 's' &&
                                      before != 'g' && before != 'x' && !rest.starts_with("ge"))))
        ++extra;
    } else if (a == 'i' && b == 'o') {
      // "vi-o-lence", "pe-ri-od", "var-i-ous" but not "na-tion", "re-gion", "mil-lion"
      if (before == '\0' || !(before == 'c' || before == 't' || before == 's' || before == 'x' ||
                              before == 'g' || before == 'l' || before == 'n'))
        ++extra;
    } else if (a == 'u' && b == 'a') {
      // "ac-tu-al", "sit-u-a-tion" but not "qual-i-ty", "lan-guage"
      if (before != 'q' && before != 'g') ++extra;
    } else if (a == 'u' && b == 'e') {
      // "in-flu-ence", "flu-ent" but not "ques-tion", "is-sue", "ar-gues", "con-tin-ued"
      const auto rest = sv.substr(i + 2);
      if (before != 'q' && before != 'g' && !rest.empty() && rest != "s" && rest != "d") ++extra;
    } else if (a == 'i' && b == 'e') {
      const auto rest = sv.substr(i + 2);
      if (rest.starts_with("t")) {
        ++extra; // "di-et", "qui-et", "so-ci-e-ty"
      } else if ((rest.starts_with("nt") || rest.starts_with("nce")) &&
                 (sv.substr(0, i).ends_with("sc") ||
                  (before != 'c' && before != 't' && before != 's' && before != 'n'))) {
        ++extra; // "cli-ent", "ex-pe-ri-ence", "sci-ence" but not "pa-tient", "an-cient"
      } else if ((rest == "r" || rest == "rs" || rest == "st") && i >= 3 && w.consonant(i - 1)) {
        ++extra; // "eas-i-er", "bus-i-est"
      }
    } else if (a == 'e' && b == 'a') {
      const auto rest = sv.substr(i + 2);
      const bool vowel_before = sv.substr(0, i).find_first_of("aeiouy") != std::string_view::npos;
      if ((vowel_before && (rest.empty() || rest == "s")) ||
          (vowel_before && before != 'c' && (rest == "n" || rest == "ns")) ||
          (before == 'r' && i >= 2 && sv[i - 2] == 'c' && rest.starts_with("t") &&
           !rest.starts_with("tu")))
        ++extra; // "i-de-a", "ar-e-as", "cre-ate" but not "sea", "plea", "crea-ture"
    } else if (a == 'u' && (b == 'i' || b == 'o')) {
      // "con-tin-u-i-ty", "flu-id", "ru-in", "du-o" but not "build", "quite", "pen-guin"
      const auto rest = sv.substr(i + 2);
      const bool split = b == 'o' || rest.starts_with("ty") || rest.starts_with("ties") ||
                         rest == "n" || rest == "ns" || rest == "d" || rest == "ds" ||
                         rest.starts_with("ne");
      if (before != 'q' && before != 'g' && before != '\0' && split) ++extra;
    } else if (a == 'e' && b == 'o') {
      const auto rest = sv.substr(i + 2);
      const bool eous = rest.starts_with("us") && before != 'g' && before != 'c' && before != 't';
      if (eous || (i > 0 && (rest.empty() || rest == "s")))
        ++extra; // "si-mul-ta-ne-ous", "vid-e-o"
    }
  }
  // Prefixes whose vowel meets the next one across a syllable break.
  static constexpr std::array<std::string_view, 11> split_prefixes{
      "coop", "coord", "react", "reali", "reo", "preo", "geo", "neo", "theo", "ideo", "deac"};
  for (auto p : split_prefixes)
    if (w.starts_with(p) && n > p.size()) {
      ++extra;
      break;
    }
  return extra;
}

} // namespace

unsigned estimate_run_syllables(std::string_view run) {
  const Letters letters(run);
  const bool nt = run.ends_with("n't");
  const Word w(letters.view());
  const std::size_t n = w.size();
  if (n == 0) return 0;

  int count = static_cast<int>(w.vowel_groups());
  if (count == 0) return 1; // "hmm", "nth"

  // Silent final e: "make", "whole", but not "ta-ble", "cen-tre", "a-gree", "the".
  if (n >= 3 && w.at(n - 1) == 'e' && w.consonant(n - 2) && !w.syllabic_liquid(n - 2) && count > 1)
    --count;
  // Silent e in -es and -ed: "makes", "used", but not "pla-ces", "box-es", "want-ed".
  if (n >= 4 && w.at(n - 2) == 'e' && (w.at(n - 1) == 's' || w.at(n - 1) == 'd') &&
      w.consonant(n - 3) && !w.syllabic_liquid(n - 3) && count > 1) {
    const char c = w.at(n - 3);
    const bool voiced_es =
        w.at(n - 1) == 's' && (c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g' ||
                               w.ends_with("ches") || w.ends_with("shes"));
    const bool voiced_ed = w.at(n - 1) == 'd' && (c == 't' || c == 'd');
    if (!voiced_es && !voiced_ed) --count;
  }
  // Silent e before a suffix: "late-ly", "move-ment", "hope-ful", "home-less", "late-ness".
  static constexpr std::array<std::string_view, 6> suffixes{"ly",  "ment", "ments",
                                                            "ful", "less", "ness"};
  std::size_t silent_e = std::string_view::npos;
  for (auto s : suffixes) {
    if (!w.ends_with(s) || n < s.size() + 3) continue;
    const std::size_t e = n - s.size() - 1;
    if (w.at(e) == 'e' && e >= 2 && w.consonant(e - 1) && !w.syllabic_liquid(e - 1) &&
        (w.vowel(e - 2) || (e >= 3 && w.vowel(e - 3))) && count > 1) {
      --count;
      silent_e = e;
    }
    break;
  }
  // Compounds whose first part ends in a silent e: "some-thing", "pipe-line", "house-hold".
  static constexpr std::array<std::string_view, 36> first_parts{
      "some",  "home",  "life", "time",  "side",  "pipe",  "share", "house", "frame",
      "safe",  "ice",   "fire", "there", "where", "else",  "whole", "base",  "state",
      "stone", "grave", "wise", "name",  "table", "line",  "peace", "stake", "spoke",
      "white", "waste", "wave", "ware",  "wide",  "voice", "space", "smoke", "lone"};
  for (auto part : first_parts) {
    const std::size_t e = part.size() - 1;
    // "wide-n-ing", "white-n-er" are verbs in -en, whose e is heard.
    const bool en_verb = w.at(part.size()) == 'n' && w.vowel(part.size() + 1);
    if (w.starts_with(part) && n >= part.size() + 3 && w.consonant(part.size()) && !en_verb &&
        e != silent_e && count > 1) {
      --count;
      break;
    }
  }
  // "u-nique", "league": the final -ue is silent after qu and after a vowel and g.
  if (count > 1 && (w.ends_with("que") || (w.ends_with("gue") && n >= 4 && w.vowel(n - 4))))
    --count;
  // "-ing" after a vowel is its own syllable: "be-ing", "go-ing", "try-ing".
  if (n >= 5 && w.ends_with("ing")) {
    const char c = w.at(n - 4);
    if (is_plain_vowel(c) || (c == 'y' && w.consonant(n - 5))) ++count;
  }
  count += split_vowel_corrections(w);
  // "crit-i-cism": the final m carries a syllable.
  if (w.ends_with("ism") || w.ends_with("isms")) ++count;
  // "is-n't", "did-n't" but not "don't", "can't".
  if (nt && n >= 4 && w.consonant(n - 3)) ++count;
  return static_cast<unsigned>(std::max(count, 1));
}

unsigned estimate_syllables(std::string_view norm, bool all_caps, bool numeric) {
  if (numeric) {
    const auto digits =
        std::count_if(norm.begin(), norm.end(), [](char c) { return c >= '0' && c <= '9'; });
    return static_cast<unsigned>(std::clamp<std::ptrdiff_t>(digits, 1, 5));
  }
  unsigned total = 0;
  std::size_t i = 0;
  while (i < norm.size()) {
    // A run is letters (ASCII or any multi-byte UTF-8 sequence) and apostrophes.
    std::size_t j = i;
    std::size_t letters = 0;
    while (j < norm.size()) {
      const auto c = static_cast<unsigned char>(norm[j]);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        ++letters;
        ++j;
      } else if (c >= 0x80) {
        if ((c & 0xC0u) != 0x80u) ++letters; // count a code point once, at its lead byte
        ++j;
      } else if (c == '\'' && j > i) {
        ++j;
      } else {
        break;
      }
    }
    if (j == i) {
      ++i;
      continue;
    }
    const auto run = norm.substr(i, j - i);
    if (all_caps && letters <= 3) {
      for (char c : run) {
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        total += (lower == 'w') ? 3u : (is_letter(lower) ? 1u : 0u); // "dub-ble-you"
      }
    } else {
      total += estimate_run_syllables(run);
    }
    i = j;
  }
  return std::max(total, 1u);
}

namespace {

std::uint64_t next_generation() noexcept {
  static std::atomic<std::uint64_t> last{0};
  return ++last;
}

// One thread's remembered counts: word and flags -> syllables. Bounded, since a long run over
// varied text would otherwise grow it without end; emptied when full, which costs one
// re-estimate per word that comes back.
struct RememberedCounts {
  static constexpr std::size_t limit = 1u << 16;
  std::uint64_t generation = 0;
  std::unordered_map<std::string, std::uint8_t> counts;
};

} // namespace

void SyllableCounter::add_exceptions(std::string_view tsv, std::string_view label) {
  generation_ = next_generation();
  std::size_t line_no = 0;
  while (!tsv.empty()) {
    const auto eol = tsv.find('\n');
    auto line = tsv.substr(0, eol);
    tsv = eol == std::string_view::npos ? std::string_view{} : tsv.substr(eol + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto fail = [&](std::string_view why) {
      throw std::invalid_argument(std::string(label) + ":" + std::to_string(line_no) + ": " +
                                  std::string(why) + " (expected 'word<TAB>syllables')");
    };
    const auto tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) fail("missing tab-separated word");
    const auto word = line.substr(0, tab);
    const auto number = line.substr(tab + 1);
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (ec != std::errc{} || end != number.data() + number.size() || value == 0 || value > 20)
      fail("syllable count must be a whole number from 1 to 20");
    std::string key(word);
    for (auto &c : key)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    exceptions_[std::move(key)] = static_cast<std::uint8_t>(value);
  }
}

SyllableCounter::SyllableCounter() : generation_(next_generation()) {}

unsigned SyllableCounter::count(std::string_view norm, bool all_caps, bool numeric) const {
  thread_local RememberedCounts remembered;
  if (remembered.generation != generation_) {
    remembered.counts.clear();
    remembered.generation = generation_;
  }
  std::string key;
  key.reserve(norm.size() + 1);
  key += static_cast<char>('0' + (all_caps ? 1 : 0) + (numeric ? 2 : 0));
  key += norm;
  if (const auto it = remembered.counts.find(key); it != remembered.counts.end()) return it->second;
  const unsigned syllables = count_uncached(norm, all_caps, numeric);
  if (remembered.counts.size() >= RememberedCounts::limit) remembered.counts.clear();
  remembered.counts.emplace(std::move(key), static_cast<std::uint8_t>(std::min(syllables, 255u)));
  return syllables;
}

unsigned SyllableCounter::count_uncached(std::string_view norm, bool all_caps, bool numeric) const {
  // Short all-caps tokens are read letter by letter, whatever the lower-case word would be.
  const bool spelled = all_caps && norm.size() <= 3;
  if (!numeric && !spelled && !exceptions_.empty()) {
    // One hash look-up per word type (callers cache by type), so a temporary key is affordable.
    // A trailing full stop belongs to an abbreviation ("Feb.", "Dr.").
    std::string key(norm.ends_with('.') ? norm.substr(0, norm.size() - 1) : norm);
    if (auto it = exceptions_.find(key); it != exceptions_.end()) return it->second;
    // Regular plurals and possessives share the singular's count: "soldiers", "recipes".
    if (key.size() > 3 && key.back() == 's') {
      if (auto base = exceptions_.find(key.substr(0, key.size() - 1)); base != exceptions_.end())
        return base->second;
    }
  }
  return estimate_syllables(norm, all_caps, numeric);
}

} // namespace aspectdiff::plugins::style
