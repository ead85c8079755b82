#include "resolver.hpp"

#include "references.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace aspectdiff::plugins::actors {

namespace {

std::string_view last_word(std::string_view name) {
  const auto space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

// The person a surname stands for: the key, and the gazetteer entry when there is one.
struct Bearer {
  StringTable::Id key = StringTable::none;
  std::int32_t entry = -1;
};

struct Resolver {
  const Gazetteer &gaz;
  std::string_view text;
  std::vector<Mention> &mentions;
  StringTable &strings;
  // Views into `strings`, which never move them.
  std::unordered_map<std::string_view, Bearer> surnames;        // last word -> person
  std::unordered_map<StringTable::Id, std::string_view> labels; // key -> label (new names)
  std::unordered_map<std::uint64_t, StringTable::Id> keys;      // category, name -> key
  std::unordered_set<std::int32_t> indexed;                     // gazetteer people already indexed
  std::string folded; // reused for the case-folded form of a mention

  std::string_view str(StringTable::Id id) const { return strings[id]; }
  std::string_view surface(const Mention &m) const { return text.substr(m.begin, m.end - m.begin); }

  // The key of a new name of one category, made once per document.
  StringTable::Id key_for(Category c, StringTable::Id name) {
    const auto slot = (static_cast<std::uint64_t>(c) << 32) | name;
    const auto it = keys.find(slot);
    if (it != keys.end()) return it->second;
    const auto id = strings.intern(std::string(key_prefix(c)) + ":" + slug(str(name)));
    keys.emplace(slot, id);
    return id;
  }

  // Gazetteer mentions keep only the entry: its key is read from the gazetteer, so no string
  // is copied per mention.
  void set_entry(Mention &m, std::int32_t entry) {
    m.entry = entry;
    m.key = StringTable::none;
    m.category = gaz.entry(entry).category;
  }

  // Full names of people, gazetteer or new, index their last word for surname look-ups.
  void collect_surnames() {
    std::vector<bool> done(strings.size(), false); // new names already indexed
    for (const auto &m : mentions) {
      if (m.phrase != nullptr && m.phrase->name >= 0) {
        const Entry &e = gaz.entry(m.phrase->name);
        if (e.category == Category::person && m.last_token - m.first_token >= 2 &&
            indexed.insert(m.phrase->name).second)
          surnames.try_emplace(str(strings.intern(fold_case(last_word(e.label)))),
                               Bearer{strings.intern(e.key), gaz.find_key(e.key)});
      } else if (m.phrase == nullptr && m.category == Category::person && !done[m.name] &&
                 str(m.name).find(' ') != std::string_view::npos) {
        done[m.name] = true;
        const auto key = key_for(Category::person, m.name);
        surnames.try_emplace(last_word(str(m.name)), Bearer{key, gaz.find_key(str(key))});
        labels.try_emplace(key, surface(m));
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
        fold_case(surface(m), folded);
        const auto it = surnames.find(std::string_view(folded));
        if (it != surnames.end() && str(it->second.key) != gaz.entry(name).key) {
          m.entry = it->second.entry;
          if (m.entry < 0) m.key = it->second.key;
        }
        if (m.form == Form::name && gaz.entry(name).label.find(' ') != std::string::npos)
          m.form = Form::surname;
      }
      return;
    }
    if (p.capital >= 0) { // a capital as a place
      m.category = Category::place;
      m.name = strings.intern(fold_case(surface(m)));
      m.key = key_for(Category::place, m.name);
      labels.try_emplace(m.key, surface(m));
      return;
    }
    set_entry(m, p.demonym);
    if (m.form != Form::description) m.form = Form::demonym;
  }

  // One sense per discourse: a new name keeps the type of its best-supported mention, so
  // "in Duffy's trial" and "Duffy said" name one person.
  void unify_new_names() {
    std::vector<const Mention *> best(strings.size(), nullptr); // by name
    for (const auto &m : mentions) {
      if (m.phrase == nullptr &&
          (best[m.name] == nullptr || m.confidence > best[m.name]->confidence))
        best[m.name] = &m;
    }
    for (auto &m : mentions)
      if (m.phrase == nullptr) {
        const Mention *b = best[m.name];
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
        Mention &from = pass == 0 ? a : b;
        Mention &to = pass == 0 ? b : a;
        // Only a new name typed with little confidence takes a type (tested first: it rules
        // out most mentions without reading the text between them). An acronym keeps its own
        // type: "GM and Ford" are not two people.
        if (to.phrase != nullptr || to.confidence >= 0.7f || to.form == Form::acronym) continue;
        Category c;
        if (listed(a, b) && known(from, c)) {
          to.category = c;
          to.confidence = 0.65f;
        }
      }
  }

  void resolve_new(Mention &m) {
    if (str(m.name).find(' ') == std::string_view::npos) {
      // A lone word that is the surname of someone the document names is that person.
      if (const auto it = surnames.find(str(m.name));
          it != surnames.end() && (m.category == Category::person || m.confidence < 0.6f)) {
        m.entry = it->second.entry;
        if (m.entry < 0) m.key = it->second.key;
        m.category = Category::person;
        m.form = Form::surname;
        return;
      }
    }
    m.key = key_for(m.category, m.name);
    labels.try_emplace(m.key, surface(m));
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
      const std::string_view code = state.category == Category::state && state.key.size() > 6
                                        ? std::string_view(state.key).substr(6)
                                        : std::string_view();
      const std::string_view role = str(m.role_phrase);
      std::int32_t holder = -1;
      for (const auto candidate : people) {
        if (code.empty()) break;
        const Entry &person = gaz.entry(candidate);
        if (person.state != code) continue;
        const bool holds =
            std::any_of(person.roles.begin(), person.roles.end(), [&](const std::string &r) {
              // The office word itself, or the last words after a modifier ("senior leader").
              return role == r || (role.size() > r.size() && role.ends_with(r) &&
                                   role[role.size() - r.size() - 1] == ' ');
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

  // A pronoun joins the person named last before it, in its sentence or the two before; "the
  // president" joins the person named in the document who holds that office (the first named,
  // when several do). A reference that finds nobody is dropped: it names no actor.
  void link_references() {
    constexpr std::uint32_t window = 2; // sentences back
    const Mention *last_person = nullptr;
    std::vector<std::int32_t> people; // gazetteer people named, in order of first mention
    std::unordered_set<std::int32_t> seen;
    for (const auto &m : mentions)
      if (m.form != Form::pronoun && m.form != Form::description && m.entry >= 0 &&
          m.category == Category::person && seen.insert(m.entry).second)
        people.push_back(m.entry);
    bool any_dropped = false;
    for (auto &m : mentions) {
      const bool reference =
          m.form == Form::pronoun || (m.form == Form::description && m.phrase == nullptr);
      if (!reference) {
        if (m.category == Category::person && (m.form == Form::name || m.form == Form::surname))
          last_person = &m;
        continue;
      }
      if (m.form == Form::pronoun) {
        if (last_person != nullptr && m.sentence <= last_person->sentence + window) {
          m.entry = last_person->entry;
          m.key = last_person->key;
          m.category = Category::person;
        } else {
          m.confidence = -1.0f;
          any_dropped = true;
        }
        continue;
      }
      const std::string_view role = str(m.role_phrase);
      const auto holder = std::find_if(people.begin(), people.end(), [&](std::int32_t e) {
        const auto &roles = gaz.entry(e).roles;
        return std::find(roles.begin(), roles.end(), role) != roles.end();
      });
      if (holder != people.end()) {
        set_entry(m, *holder);
      } else {
        m.confidence = -1.0f;
        any_dropped = true;
      }
    }
    if (any_dropped) std::erase_if(mentions, [](const Mention &m) { return m.confidence < 0.0f; });
  }
};

// A value per gazetteer entry for one document: slots carry the number of the document that
// wrote them, so a new document starts empty without clearing a table the size of the gazetteer.
class EntryTable {
public:
  void start(std::size_t entries) {
    if (slots_.size() < entries) slots_.resize(entries, 0);
    if (++document_ == 0xffffffffu) { // numbers run out: start again from a clean table
      std::fill(slots_.begin(), slots_.end(), 0);
      document_ = 1;
    }
  }
  // The value stored for `entry` in this document, storing `value` first if there is none.
  std::uint32_t find_or_add(std::int32_t entry, std::uint32_t value) noexcept {
    std::uint64_t &slot = slots_[static_cast<std::size_t>(entry)];
    if ((slot >> 32) != document_) slot = (document_ << 32) | value;
    return static_cast<std::uint32_t>(slot);
  }

private:
  std::vector<std::uint64_t> slots_; // document number << 32 | value
  std::uint64_t document_ = 0;
};

// Kept per thread; not inlined, so the thread-local address is looked up once per document.
[[gnu::noinline]] EntryTable &entry_table(std::size_t entries) {
  thread_local EntryTable table;
  table.start(entries);
  return table;
}

} // namespace

void resolve(const Gazetteer &gaz, const sdk::Document &doc, std::vector<Mention> &mentions,
             StringTable &strings, std::vector<Actor> &actors,
             std::vector<std::uint32_t> &actor_of) {
  const std::string_view text = doc.text();
  Resolver r{gaz, text, mentions, strings, {}, {}, {}, {}, {}};
  // Ordinary words that may be surnames stay only if they are (most documents have none, and
  // skip the look-up).
  if (std::any_of(mentions.begin(), mentions.end(),
                  [](const Mention &m) { return m.needs_link; })) {
    Resolver probe{gaz, text, mentions, strings, {}, {}, {}, {}, {}};
    probe.collect_surnames();
    // An ordinary word capitalised in the middle of two or more sentences ("with Jasmine, …
    // Jasmine became") is a name the document keeps using, even with no full name given.
    std::unordered_map<StringTable::Id, std::pair<std::uint32_t, int>> sentences_of;
    for (const auto &m : mentions) {
      if (!m.needs_link || m.opening) continue;
      auto [it, fresh] = sentences_of.try_emplace(m.name, m.sentence, 1);
      if (!fresh && it->second.first != m.sentence) {
        it->second.first = m.sentence;
        ++it->second.second;
      }
    }
    std::erase_if(mentions, [&](const Mention &m) {
      if (!m.needs_link || m.vouched || probe.surnames.contains(strings[m.name])) return false;
      const auto it = sentences_of.find(m.name);
      return it == sentences_of.end() || it->second.second < 2;
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
  find_references(doc, gaz, strings, mentions);
  r.link_references();

  actors.clear();
  actor_of.assign(mentions.size(), 0);
  // The actor of each gazetteer entry and of each key made here, in flat tables.
  EntryTable &by_entry = entry_table(gaz.entry_count());
  constexpr std::uint32_t none = 0xffffffffu;
  // By key id; the last slot takes a mention left without a key, as the empty key.
  std::vector<std::uint32_t> by_key(strings.size() + 1, none);
  for (std::uint32_t i = 0; i < mentions.size(); ++i) {
    Mention &m = mentions[i];
    const auto next = static_cast<std::uint32_t>(actors.size());
    std::uint32_t at = 0;
    if (m.entry >= 0) {
      at = by_entry.find_or_add(m.entry, next);
    } else {
      std::uint32_t &slot = by_key[m.key == StringTable::none ? strings.size() : m.key];
      if (slot == none) slot = next;
      at = slot;
    }
    if (at == next) {
      Actor a;
      a.entry = m.entry;
      a.category = m.category;
      a.first_mention = i;
      if (m.entry >= 0) {
        a.key = gaz.entry(m.entry).key;
        a.label = gaz.entry(m.entry).label;
      } else {
        a.key = strings[m.key];
        if (const auto l = r.labels.find(m.key); l != r.labels.end())
          a.label = l->second;
        else
          a.label = text.substr(m.begin, m.end - m.begin);
      }
      actors.push_back(a);
    }
    ++actors[at].mention_count;
    actor_of[i] = at;
  }
}

} // namespace aspectdiff::plugins::actors
