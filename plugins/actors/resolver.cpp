#include "resolver.hpp"

#include "text_util.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace aspectdiff::plugins::actors {

namespace {

std::string last_word(std::string_view name) {
  const auto space = name.rfind(' ');
  return std::string(space == std::string_view::npos ? name : name.substr(space + 1));
}

struct Resolver {
  const Gazetteer &gaz;
  std::string_view text;
  std::vector<Mention> &mentions;
  std::unordered_map<std::string, std::string> surnames; // last word -> person key
  std::unordered_map<std::string, std::string> labels;   // key -> label for new names
  std::unordered_set<std::int32_t> indexed;              // gazetteer people already indexed

  // Gazetteer mentions keep only the entry: its key is read from the gazetteer, so no string
  // is copied per mention.
  void set_entry(Mention &m, std::int32_t entry) {
    m.entry = entry;
    m.key.clear();
    m.category = gaz.entry(entry).category;
  }

  // Full names of people, gazetteer or new, index their last word for surname look-ups.
  void collect_surnames() {
    for (const auto &m : mentions) {
      if (m.phrase != nullptr && m.phrase->name >= 0) {
        const Entry &e = gaz.entry(m.phrase->name);
        if (e.category == Category::person && m.last_token - m.first_token >= 2 &&
            indexed.insert(m.phrase->name).second)
          surnames.emplace(fold_case(last_word(e.label)), e.key);
      } else if (m.phrase == nullptr && m.category == Category::person &&
                 m.name.find(' ') != std::string::npos) {
        const std::string key = std::string("person:") + slug(m.name);
        surnames.emplace(last_word(m.name), key);
        labels.emplace(key, std::string(text.substr(m.begin, m.end - m.begin)));
      }
    }
  }

  void resolve_known(Mention &m) {
    const Phrase &p = *m.phrase;
    const bool acts = m.role == Role::agent || m.possessive;
    if (m.form == Form::demonym || m.form == Form::description) {
      set_entry(m, p.demonym);
      return;
    }
    if (p.seat >= 0) {
      set_entry(m, p.seat);
      m.form = Form::metonym;
      return;
    }
    if (p.capital >= 0 && acts) {
      set_entry(m, p.capital);
      m.form = Form::metonym;
      return;
    }
    std::int32_t name = p.name;
    const bool after_the =
        m.begin >= 4 && text.substr(m.begin - 4, 4) == "the " && p.article_name >= 0;
    if ((after_the || name < 0) && p.article_name >= 0) name = p.article_name;
    if (name >= 0) {
      set_entry(m, name);
      // A one-word person name the document gives to someone else ("Harris" after "Kori
      // Harris") is that other person.
      if (m.category == Category::person && m.last_token - m.first_token == 1) {
        const auto it = surnames.find(fold_case(text.substr(m.begin, m.end - m.begin)));
        if (it != surnames.end() && it->second != gaz.entry(name).key) {
          m.entry = gaz.find_key(it->second);
          if (m.entry < 0) m.key = it->second;
        }
        if (m.form == Form::name && gaz.entry(name).label.find(' ') != std::string::npos)
          m.form = Form::surname;
      }
      return;
    }
    if (p.capital >= 0) { // a capital as a place
      m.category = Category::place;
      m.name = fold_case(text.substr(m.begin, m.end - m.begin));
      m.key = std::string("place:") + slug(m.name);
      labels.emplace(m.key, std::string(text.substr(m.begin, m.end - m.begin)));
      return;
    }
    set_entry(m, p.demonym);
    if (m.form != Form::description) m.form = Form::demonym;
  }

  // One sense per discourse: a new name keeps the type of its best-supported mention, so
  // "in Duffy's trial" and "Duffy said" name one person.
  void unify_new_names() {
    std::unordered_map<std::string_view, const Mention *> best;
    for (const auto &m : mentions) {
      if (m.phrase != nullptr) continue;
      auto [it, inserted] = best.emplace(m.name, &m);
      if (!inserted && m.confidence > it->second->confidence) it->second = &m;
    }
    for (auto &m : mentions)
      if (m.phrase == nullptr) {
        const Mention *b = best.at(m.name);
        m.category = b->category;
        m.confidence = std::max(m.confidence, b->confidence);
      }
  }

  // "Reddit, Twitter and Spotify", "Kamchatka and Sakhalin": a new name listed with an actor
  // of known type takes that type when nothing in its own words decided it.
  void follow_lists() {
    auto known = [&](const Mention &m, Category &c) {
      if (m.phrase != nullptr) {
        const auto e = m.phrase->name >= 0 ? m.phrase->name : m.phrase->article_name;
        if (e < 0) return false;
        c = gaz.entry(e).category;
        if (c == Category::state) c = Category::place;
        return true;
      }
      c = m.category;
      return m.confidence >= 0.7f;
    };
    auto listed = [&](const Mention &a, const Mention &b) {
      if (a.sentence != b.sentence || b.begin < a.end) return false;
      const auto gap = trim(text.substr(a.end, b.begin - a.end));
      return gap == "," || gap == "and" || gap == "or" || gap == ", and" || gap == ", or";
    };
    for (int pass = 0; pass < 2; ++pass)
      for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        Mention &a = mentions[pass == 0 ? i : mentions.size() - 2 - i];
        Mention &b = mentions[pass == 0 ? i + 1 : mentions.size() - 1 - i];
        if (!listed(a, b)) continue;
        Mention &from = pass == 0 ? a : b;
        Mention &to = pass == 0 ? b : a;
        Category c;
        // An acronym keeps its own type: "GM and Ford" are not two people.
        if (to.phrase == nullptr && to.confidence < 0.7f && to.form != Form::acronym &&
            known(from, c)) {
          to.category = c;
          to.confidence = 0.65f;
        }
      }
  }

  void resolve_new(Mention &m) {
    const std::string surface(text.substr(m.begin, m.end - m.begin));
    if (m.name.find(' ') == std::string::npos) {
      // A lone word that is the surname of someone the document names is that person.
      if (const auto it = surnames.find(m.name);
          it != surnames.end() && (m.category == Category::person || m.confidence < 0.6f)) {
        m.entry = gaz.find_key(it->second);
        if (m.entry < 0) m.key = it->second;
        m.category = Category::person;
        m.form = Form::surname;
        return;
      }
    }
    m.key = std::string(key_prefix(m.category)) + ":" + slug(m.name);
    labels.emplace(m.key, surface);
  }

  // "the Chinese leader" -> the person the document names who holds that office.
  void resolve_descriptions() {
    // The gazetteer people the document names, once each.
    std::vector<std::int32_t> people;
    std::unordered_set<std::int32_t> seen;
    for (const auto &m : mentions)
      if (m.entry >= 0 && m.category == Category::person && seen.insert(m.entry).second)
        people.push_back(m.entry);
    for (auto &m : mentions) {
      if (m.form != Form::description) continue;
      const Entry &state = gaz.entry(m.entry);
      const std::string code = state.category == Category::state && state.key.size() > 6
                                   ? state.key.substr(6)
                                   : std::string();
      std::int32_t holder = -1;
      for (const auto candidate : people) {
        if (code.empty()) break;
        const Entry &person = gaz.entry(candidate);
        if (person.state != code) continue;
        const bool holds =
            std::any_of(person.roles.begin(), person.roles.end(), [&](const std::string &r) {
              return m.role_phrase == r || m.role_phrase.ends_with(" " + r);
            });
        if (holds) {
          holder = candidate;
          break;
        }
      }
      if (holder >= 0) {
        set_entry(m, holder);
      } else {
        // Nobody the document names holds it: the description speaks of the state.
        m.form = Form::demonym;
      }
    }
  }
};

} // namespace

std::vector<Actor> resolve(const Gazetteer &gaz, std::string_view text,
                           std::vector<Mention> &mentions) {
  Resolver r{gaz, text, mentions, {}, {}, {}};
  // Ordinary words that may be surnames stay only if they are.
  {
    Resolver probe{gaz, text, mentions, {}, {}, {}};
    probe.collect_surnames();
    std::erase_if(mentions, [&](const Mention &m) {
      return m.needs_link && !probe.surnames.contains(m.name);
    });
  }
  r.follow_lists();
  r.unify_new_names();
  r.collect_surnames();
  for (auto &m : mentions) {
    if (m.phrase != nullptr)
      r.resolve_known(m);
    else
      r.resolve_new(m);
  }
  r.resolve_descriptions();

  std::vector<Actor> actors;
  std::unordered_map<std::int32_t, std::size_t> by_entry;
  std::unordered_map<std::string_view, std::size_t> by_key;
  for (std::uint32_t i = 0; i < mentions.size(); ++i) {
    Mention &m = mentions[i];
    const std::size_t next = actors.size();
    const std::size_t at = m.entry >= 0 ? by_entry.emplace(m.entry, next).first->second
                                        : by_key.emplace(m.key, next).first->second;
    if (at == next) {
      Actor a;
      a.entry = m.entry;
      a.category = m.category;
      if (m.entry >= 0) {
        a.key = gaz.entry(m.entry).key;
        a.label = gaz.entry(m.entry).label;
      } else {
        a.key = m.key;
        if (const auto l = r.labels.find(m.key); l != r.labels.end())
          a.label = l->second;
        else
          a.label = std::string(text.substr(m.begin, m.end - m.begin));
      }
      actors.push_back(std::move(a));
    }
    actors[at].mentions.push_back(i);
  }
  return actors;
}

} // namespace aspectdiff::plugins::actors
