#include "gazetteer.hpp"

#include "text_util.hpp"

#include <stdexcept>

namespace aspectdiff::plugins::actors {

namespace {

constexpr const char *category_names[] = {"person", "state", "organisation",
                                          "place",  "bloc",  "facility"};
constexpr const char *key_prefixes[] = {"person", "state", "org", "place", "bloc", "facility"};

[[noreturn]] void bad_line(std::string_view label, std::size_t line, const std::string &what) {
  throw std::invalid_argument(std::string(label) + ":" + std::to_string(line) + ": " + what);
}

// Calls fn(line_number, line) for every line that is neither empty nor a comment.
template <class Fn> void for_each_line(std::string_view text, Fn &&fn) {
  std::size_t number = 0;
  for (const auto raw : split(text, '\n')) {
    ++number;
    const auto line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    fn(number, raw.ends_with('\r') ? raw.substr(0, raw.size() - 1) : raw);
  }
}

} // namespace

const char *to_string(Category c) noexcept {
  return category_names[static_cast<int>(c)];
}
const char *key_prefix(Category c) noexcept {
  return key_prefixes[static_cast<int>(c)];
}

bool category_from(std::string_view name, Category &out) noexcept {
  for (int i = 0; i < 6; ++i)
    if (name == category_names[i]) {
      out = static_cast<Category>(i);
      return true;
    }
  return false;
}

const char *to_string(Source s) noexcept {
  switch (s) {
  case Source::wordnet:
    return "wordnet";
  case Source::iso:
    return "iso-codes";
  case Source::curated:
    return "curated";
  case Source::user:
    return "user";
  }
  return "unknown";
}

std::uint32_t Gazetteer::add_word(std::string_view norm) {
  const auto id = words_.insert(norm);
  if (id >= classes_.size()) classes_.resize(id + 1, 0);
  return id;
}

std::int32_t Gazetteer::find_key(std::string_view key) const noexcept {
  const auto id = keys_.find(key);
  return id == WordTable::npos ? -1 : static_cast<std::int32_t>(id);
}

std::int32_t Gazetteer::state_entry(std::string_view code) const noexcept {
  std::string key = "state:";
  key += code;
  return find_key(key);
}

std::int32_t Gazetteer::upsert_entry(Entry e) {
  if (const auto found = find_key(e.key); found >= 0) {
    Entry &old = entries_[static_cast<std::size_t>(found)];
    if (e.source >= old.source) {
      old.label = std::move(e.label);
      old.category = e.category;
      old.source = e.source;
    }
    if (!e.state.empty()) old.state = std::move(e.state);
    if (!e.office.empty()) old.office = std::move(e.office);
    if (!e.years.empty()) old.years = std::move(e.years);
    if (!e.roles.empty()) old.roles = std::move(e.roles);
    return found;
  }
  keys_.insert(e.key);
  entries_.push_back(std::move(e));
  return static_cast<std::int32_t>(entries_.size() - 1);
}

void Gazetteer::add_alias(std::string_view alias, std::int32_t entry, Kind kind) {
  alias = trim(alias);
  if (kind == Kind::name && alias.starts_with("the ")) {
    alias.remove_prefix(4); // the article must precede the name but is not part of it
    kind = Kind::article_name;
  }
  const auto tokens = split_name(alias);
  if (tokens.empty()) return;
  std::uint32_t node = 0;
  for (const auto &t : tokens) {
    const auto word = add_word(lookup_form(t));
    const std::uint64_t edge = (static_cast<std::uint64_t>(node) << 32) | word;
    auto next = edges_.find(edge);
    if (next == EdgeTable::npos) {
      next = static_cast<std::uint32_t>(node_phrase_.size());
      node_phrase_.push_back(-1);
      node_has_children_.push_back(0);
      node_has_children_[node] = 1;
      edges_.insert(edge, next);
    }
    node = next;
  }
  if (node_phrase_[node] < 0) {
    node_phrase_[node] = static_cast<std::int32_t>(phrases_.size());
    phrases_.emplace_back();
  }
  Phrase &p = phrases_[static_cast<std::size_t>(node_phrase_[node])];
  std::int32_t *slot = nullptr;
  switch (kind) {
  case Kind::name:
    slot = &p.name;
    break;
  case Kind::article_name:
    slot = &p.article_name;
    break;
  case Kind::demonym:
    slot = &p.demonym;
    break;
  case Kind::seat:
    slot = &p.seat;
    break;
  case Kind::capital:
    slot = &p.capital;
    break;
  }
  // A name two entries claim goes to the better source; between equals, the first stays.
  if (*slot < 0 || entries_[static_cast<std::size_t>(entry)].source >
                       entries_[static_cast<std::size_t>(*slot)].source)
    *slot = entry;
}

void Gazetteer::add_entries(std::string_view tsv, std::string_view label, Source source) {
  for_each_line(tsv, [&](std::size_t line, std::string_view text) {
    const auto fields = split(text, '\t');
    if (fields.size() < 4 || fields.size() > 5)
      bad_line(label, line,
               "expected 4 or 5 tab-separated fields (key, category, label, aliases[, "
               "attributes]), found " +
                   std::to_string(fields.size()));
    Entry e;
    e.key = std::string(trim(fields[0]));
    e.label = std::string(trim(fields[2]));
    e.source = source;
    const auto colon = e.key.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == e.key.size())
      bad_line(label, line, "key '" + e.key + "' is not of the form <kind>:<id>");
    if (!category_from(trim(fields[1]), e.category))
      bad_line(label, line,
               "unknown category '" + std::string(trim(fields[1])) +
                   "' (expected person, state, organisation, place, bloc or facility)");
    if (e.label.empty()) bad_line(label, line, "empty label");
    std::vector<std::pair<std::string_view, std::string_view>> attributes;
    if (fields.size() == 5 && !trim(fields[4]).empty())
      for (const auto pair : split(trim(fields[4]), ';')) {
        const auto eq = pair.find('=');
        if (eq == std::string_view::npos || eq == 0)
          bad_line(label, line, "attribute '" + std::string(pair) + "' is not key=value");
        const auto k = trim(pair.substr(0, eq)), v = trim(pair.substr(eq + 1));
        if (k == "state")
          e.state = v;
        else if (k == "office")
          e.office = v;
        else if (k == "years")
          e.years = v;
        else if (k == "roles")
          for (const auto r : split(v, '|'))
            e.roles.push_back(fold_case(trim(r)));
        attributes.emplace_back(k, v);
      }
    const auto index = upsert_entry(std::move(e));
    add_alias(entries_[static_cast<std::size_t>(index)].label, index, Kind::name);
    for (const auto alias : split(fields[3], '|'))
      if (!trim(alias).empty()) add_alias(alias, index, Kind::name);
    for (const auto &[k, v] : attributes) {
      if (k == "demonyms") {
        for (const auto d : split(v, '|'))
          add_alias(d, index, Kind::demonym);
      } else if (k == "seats") {
        for (const auto s : split(v, '|'))
          add_alias(s, index, Kind::seat);
      } else if (k == "capital") {
        for (const auto c : split(v, '|'))
          add_alias(c, index, Kind::capital);
      } else if (k == "capital_of") {
        const auto state = state_entry(v);
        if (state >= 0)
          add_alias(entries_[static_cast<std::size_t>(index)].label, state, Kind::capital);
      }
    }
  });
}

void Gazetteer::add_word_classes(std::string_view tsv, std::string_view label) {
  for_each_line(tsv, [&](std::size_t line, std::string_view text) {
    const auto tab = text.find('\t');
    if (tab == std::string_view::npos) bad_line(label, line, "expected word<TAB>classes");
    std::uint32_t bits = 0;
    for (const char c : text.substr(tab + 1))
      switch (c) {
      case 'c':
        bits |= wc_common;
        break;
      case 'v':
        bits |= wc_verb;
        break;
      case 'x':
        bits |= wc_verb_form;
        break;
      case 'k':
        bits |= wc_capcommon;
        break;
      case 'g':
        bits |= wc_given;
        break;
      default:
        bad_line(label, line, std::string("unknown word class '") + c + "'");
      }
    classes_[add_word(fold_case(text.substr(0, tab)))] |= bits;
  });
}

void Gazetteer::add_cues(std::string_view tsv, std::string_view label) {
  static constexpr std::pair<std::string_view, WordClass> names[] = {
      {"title", wc_title},
      {"title_modifier", wc_title_modifier},
      {"org_head", wc_org_head},
      {"org_start", wc_org_start},
      {"place_head", wc_place_head},
      {"place_start", wc_place_start},
      {"facility_head", wc_facility_head},
      {"speech", wc_speech},
      {"particle", wc_particle},
      {"joining", wc_joining},
      {"place_preposition", wc_place_preposition},
      {"function", wc_function},
      {"agent_aux", wc_agent_aux},
      {"patient_preposition", wc_patient_preposition},
      {"role", wc_role},
      {"event_head", wc_event_head},
      {"org_context", wc_org_context},
      {"place_modifier", wc_place_modifier},
  };
  for_each_line(tsv, [&](std::size_t line, std::string_view text) {
    const auto tab = text.find('\t');
    if (tab == std::string_view::npos) bad_line(label, line, "expected class<TAB>words");
    const auto cls = trim(text.substr(0, tab));
    std::uint32_t bit = 0;
    for (const auto &[name, b] : names)
      if (name == cls) bit = b;
    if (bit == 0) bad_line(label, line, "unknown cue class '" + std::string(cls) + "'");
    for (const auto w : split(text.substr(tab + 1), ' '))
      if (!trim(w).empty()) classes_[add_word(lookup_form(fold_case(trim(w))))] |= bit;
  });
}

} // namespace aspectdiff::plugins::actors
