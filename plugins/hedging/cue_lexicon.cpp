#include "cue_lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace aspectdiff::plugins::hedging {
namespace {

struct RuleName {
  std::string_view name;
  Rule rule;
};
constexpr RuleName rule_names[] = {{"", Rule::none},
                                   {"month", Rule::month},
                                   {"epistemic_can", Rule::epistemic_can},
                                   {"past_ability", Rule::past_ability},
                                   {"future_in_past", Rule::future_in_past},
                                   {"stage", Rule::stage},
                                   {"quantity", Rule::quantity},
                                   {"predicative", Rule::predicative},
                                   {"epistemic_must", Rule::epistemic_must},
                                   {"not_after_determiner", Rule::not_after_determiner},
                                   {"possible", Rule::possible},
                                   {"intensifier", Rule::intensifier},
                                   {"infinitive", Rule::infinitive}};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    const auto pos = s.find(sep);
    out.push_back(s.substr(0, pos));
    if (pos == std::string_view::npos) break;
    s.remove_prefix(pos + 1);
  }
  return out;
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  for (auto w : split(s, ' '))
    if (!trim(w).empty()) out.push_back(trim(w));
  return out;
}

// Calls `line_fn(line, where)` for every line that is neither blank nor a comment.
template <class Fn> void for_each_line(std::string_view text, std::string_view source, Fn fn) {
  std::size_t number = 0;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || trim(line).front() == '#') continue;
    fn(line, std::string(source) + " line " + std::to_string(number));
  }
}

} // namespace

const char *to_string(CueClass c) noexcept {
  switch (c) {
  case CueClass::hedge:
    return "hedge";
  case CueClass::booster:
    return "booster";
  case CueClass::attribution:
    return "attribution";
  case CueClass::weasel:
    return "weasel";
  case CueClass::conditional:
    return "conditional";
  case CueClass::none:
    return "none";
  }
  return "none";
}

void CueLexicon::add_word_sets(std::string_view text, std::string_view source) {
  for_each_line(text, source, [&](std::string_view line, const std::string &where) {
    const auto tab = line.find('\t');
    if (tab == std::string_view::npos)
      throw LexiconError(where + ": expected 'set name<TAB>words', found no tab");
    const auto name = trim(line.substr(0, tab));
    if (name.empty()) throw LexiconError(where + ": the set name is empty");
    std::size_t set = 0;
    try {
      set = vocabulary_.set_id(name);
    } catch (const std::length_error &e) {
      throw LexiconError(where + ": " + e.what());
    }
    const auto words = words_of(line.substr(tab + 1));
    if (words.empty()) throw LexiconError(where + ": set '" + std::string(name) + "' has no words");
    for (const auto w : words)
      vocabulary_.add_to_set(vocabulary_.intern(w), set);
  });
}

PatternElement CueLexicon::parse_element(std::string_view text, const std::string &where) {
  PatternElement e;
  if (text.size() > 1 && text.back() == '?') {
    e.optional = true;
    text.remove_suffix(1);
  }
  if (text == "*") {
    e.kind = PatternElement::Kind::any;
  } else if (text == "<num>") {
    e.kind = PatternElement::Kind::number;
  } else if (text.size() > 2 && text.front() == '<' && text.back() == '>') {
    const auto name = text.substr(1, text.size() - 2);
    const auto set = vocabulary_.find_set(name);
    if (set == max_sets)
      throw LexiconError(where + ": unknown word set <" + std::string(name) +
                         "> (define it in a word-set file first)");
    e.kind = PatternElement::Kind::set;
    e.value = static_cast<std::uint32_t>(set);
  } else {
    e.kind = PatternElement::Kind::word;
    e.value = vocabulary_.intern(text);
  }
  return e;
}

void CueLexicon::add_cues(std::string_view text, std::string_view source) {
  for_each_line(text, source, [&](std::string_view line, const std::string &where) {
    const auto cols = split(line, '\t');
    if (cols.size() < 4 || cols.size() > 5)
      throw LexiconError(where +
                         ": expected 4 or 5 tab-separated columns "
                         "(pattern, class, subtype, strength[, rule]), found " +
                         std::to_string(cols.size()));
    const auto words = words_of(cols[0]);
    if (words.empty()) throw LexiconError(where + ": the pattern is empty");
    std::string key;
    for (const auto w : words)
      key.append(w).push_back(' ');
    key.pop_back();

    const auto class_name = trim(cols[1]);
    if (class_name == "off") {
      if (const auto it = by_pattern_.find(key); it != by_pattern_.end()) {
        entries_[it->second].pattern.clear();
        by_pattern_.erase(it);
        --live_;
      }
      return;
    }
    CueEntry entry;
    if (class_name == "hedge")
      entry.cls = CueClass::hedge;
    else if (class_name == "booster")
      entry.cls = CueClass::booster;
    else if (class_name == "attribution")
      entry.cls = CueClass::attribution;
    else if (class_name == "weasel")
      entry.cls = CueClass::weasel;
    else if (class_name == "conditional")
      entry.cls = CueClass::conditional;
    else if (class_name == "none")
      entry.cls = CueClass::none;
    else
      throw LexiconError(where + ": unknown class '" + std::string(class_name) +
                         "' (expected hedge, booster, attribution, weasel, conditional, none "
                         "or off)");
    entry.subtype = std::string(trim(cols[2]));
    entry.epistemic = entry.subtype != "approximator" && entry.subtype != "degree";

    const auto strength = trim(cols[3]);
    const auto *first = strength.data();
    const auto *last = first + strength.size();
    if (!strength.empty() && *first == '+') ++first;
    const auto [ptr, ec] = std::from_chars(first, last, entry.strength);
    if (ec != std::errc{} || ptr != last || !std::isfinite(entry.strength) ||
        entry.strength < -1.0 || entry.strength > 1.0)
      throw LexiconError(where + ": strength must be a number in [-1, 1], found '" +
                         std::string(strength) + "'");

    const auto rule_name = cols.size() == 5 ? trim(cols[4]) : std::string_view{};
    const auto rule = std::find_if(std::begin(rule_names), std::end(rule_names),
                                   [&](const RuleName &r) { return r.name == rule_name; });
    if (rule == std::end(rule_names))
      throw LexiconError(where + ": unknown rule '" + std::string(rule_name) + "'");
    entry.rule = rule->rule;

    for (const auto w : words)
      entry.pattern.push_back(parse_element(w, where));
    const auto &head = entry.pattern.front();
    if (head.optional || head.kind == PatternElement::Kind::any)
      throw LexiconError(where + ": a pattern must start with a word, a <set> or <num>");
    for (const auto w : words) {
      if (!entry.phrase.empty()) entry.phrase.push_back(' ');
      entry.phrase.append(w);
    }

    if (const auto it = by_pattern_.find(key); it != by_pattern_.end()) {
      entries_[it->second] = std::move(entry);
    } else {
      by_pattern_.emplace(key, static_cast<std::uint32_t>(entries_.size()));
      entries_.push_back(std::move(entry));
      ++live_;
    }
  });
}

void CueLexicon::clear_cues() {
  entries_.clear();
  by_pattern_.clear();
  live_ = 0;
}

void CueLexicon::finish() {
  index_.assign(vocabulary_.size(), {});
  number_index_.clear();
  const auto number_words = vocabulary_.find_set("number_word");
  auto add_set = [&](std::size_t set, std::uint32_t entry) {
    for (WordId id = 0; id < vocabulary_.size(); ++id)
      if ((vocabulary_.mask(id) >> set) & 1u) index_[id].push_back(entry);
  };
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const auto &pattern = entries_[i].pattern;
    if (pattern.empty()) continue;
    const auto &head = pattern.front();
    switch (head.kind) {
    case PatternElement::Kind::word:
      index_[head.value].push_back(i);
      break;
    case PatternElement::Kind::set:
      add_set(head.value, i);
      break;
    case PatternElement::Kind::number:
      number_index_.push_back(i);
      if (number_words != max_sets) add_set(number_words, i);
      break;
    case PatternElement::Kind::any:
      break;
    }
  }
  // Longest patterns first, so the first candidate that matches and passes its rule wins.
  auto longer = [&](std::uint32_t a, std::uint32_t b) {
    return entries_[a].pattern.size() > entries_[b].pattern.size();
  };
  for (auto &list : index_)
    std::stable_sort(list.begin(), list.end(), longer);
  std::stable_sort(number_index_.begin(), number_index_.end(), longer);
  starts_.assign(index_.size(), 0);
  for (std::size_t id = 0; id < index_.size(); ++id)
    starts_[id] = index_[id].empty() ? 0 : 1;
}

std::size_t CueLexicon::required_set(std::string_view name) const {
  const auto id = vocabulary_.find_set(name);
  if (id == max_sets)
    throw LexiconError("the word set '" + std::string(name) +
                       "' that the context rules need is not defined");
  return id;
}

} // namespace aspectdiff::plugins::hedging
