#include "recognizer.hpp"

#include "buffer_reuse.hpp"
#include "tagger.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <array>

namespace aspectdiff::plugins::actors {

namespace {

using sdk::has;
constexpr std::uint32_t not_looked_up = 0xfffffffeu;
constexpr std::uint8_t verb_unknown = 0, verb_no = 1, verb_yes = 2;
constexpr std::uint32_t no_hyphen_capital = 0xffffffffu; // past the end of every text
constexpr std::size_t max_name_tokens = 8;
constexpr std::size_t max_org_name_tokens = 12; // "Alliance of Democratic Forces for the ..."

// Word classes no surname has: a title, a function word, a capitalised common word ("Christians"),
// the head of an organisation's, a place's or an event's name.
constexpr std::uint32_t never_surname =
    wc_capcommon | wc_function | wc_title | wc_org_head | wc_place_head | wc_event_head;

struct Match {
  std::size_t end = 0; // token index one past the phrase; 0 = no match
  const Phrase *phrase = nullptr;
};

// Per-token working memory, kept from one document to the next on the same thread.
struct ScanBuffers {
  std::string scratch; // reused while a name's words are joined
  std::vector<std::uint32_t> ids;
  std::vector<std::uint8_t> verb;             // verb_unknown, verb_no or verb_yes per token
  std::vector<std::uint32_t> hyphen_capitals; // offsets of each "-" followed by a capital
  TaggerFeatureBuffer features;
  DecodeBuffer decode;
  std::vector<TaggedName> names;
  std::vector<std::uint8_t> name_used;
};

// Not inlined, so the thread-local address is looked up once per document.
[[gnu::noinline]] ScanBuffers &scan_buffers() {
  thread_local ScanBuffers b;
  return b;
}

// The per-sentence working state of one find() call.
class Scanner {
public:
  Scanner(const Gazetteer &gaz, const RecognizerOptions &options, const sdk::Document &doc,
          std::vector<Mention> &out, StringTable &strings, ScanBuffers &buffers)
      : gaz_(gaz), options_(options), doc_(doc), out_(out), strings_(strings),
        text_(doc.raw().text.data), normalised_(doc.raw().normalised.data),
        scratch_(buffers.scratch), ids_(buffers.ids), verb_(buffers.verb),
        hyphen_capitals_(buffers.hyphen_capitals), buffers_(buffers) {
    // One fill per document (by the document's token index), not one per sentence.
    release_if_oversized(ids_, doc.tokens().size());
    release_if_oversized(verb_, doc.tokens().size());
    ids_.assign(doc.tokens().size(), not_looked_up);
    verb_.assign(doc.tokens().size(), verb_unknown);
    find_hyphen_capitals(doc.text());
  }

  void scan(std::uint32_t sentence_index, const sdk::Segment &sentence) {
    sentence_ = sentence_index;
    base_ = sentence.first;
    sentence_ids_ = ids_.data() + base_;
    sentence_verbs_ = verb_.data() + base_;
    toks_ = doc_.tokens_of(sentence);
    next_hyphen_capital_ =
        toks_.empty() ? &hyphen_capitals_.back()
                      : &*std::lower_bound(hyphen_capitals_.begin(), hyphen_capitals_.end() - 1,
                                           toks_.front().begin);
    headline_ = is_headline();
    const std::size_t first_mention = out_.size();
    scan_names();
    join_town_and_region(first_mention);
    if (options_.tagger != nullptr) reconcile(first_mention);
  }

private:
  void scan_names() {
    bool titled = false;
    std::size_t k = 0;
    while (k < toks_.size()) {
      const auto &t = toks_[k];
      if (!has(t, ASPECTDIFF_TOKEN_WORD)) {
        ++k;
        continue;
      }
      if (!capitalised(k)) {
        if (capital_after_hyphen(t)) hyphen_parts(k); // "anti-Western"
        titled = false;
        ++k;
        continue;
      }
      const Match m = match(k);
      // A run of titles ("Foreign Minister", "Gen.") before a name is not part of it.
      if (m.end <= k + 1 && (classes(k) & (wc_title | wc_title_modifier)) != 0) {
        std::size_t j = k;
        bool any_title = false;
        while (j < toks_.size() && capitalised(j) &&
               (classes(j) & (wc_title | wc_title_modifier)) != 0) {
          any_title |= (classes(j) & wc_title) != 0;
          ++j;
        }
        if (any_title) {
          titled = j < toks_.size() && capitalised(j);
          k = j;
          continue;
        }
      }
      const std::size_t run_end = extend(k);
      // "Paris Agreement", "Warsaw Pact": a name that opens the name of an event.
      if (run_end > std::max(m.end, k + 1) &&
          (classes(last_word(k, run_end)) & wc_event_head) != 0) {
        k = run_end;
        titled = false;
        continue;
      }
      if (m.end != 0 &&
          (m.end >= run_end || (head_category(k, run_end) == nullptr && !given_name_only(k, m)))) {
        emit_match(k, m, titled);
        k = m.end;
        titled = false;
        continue;
      }
      if (norm(k).find('-') != std::string_view::npos && run_end == k + 1 && hyphen_parts(k)) {
        ++k;
        continue;
      }
      // An ordinary word capitalised because it opens the sentence (or a headline) is skipped;
      // what follows it is looked at afresh.
      if (ordinary_opening(k, run_end)) {
        if (run_end == k + 1) opening_surname(k);
        ++k;
        titled = false;
        continue;
      }
      if (options_.unknown_names) emit_new_name(k, run_end, titled);
      k = run_end;
      titled = false;
    }
  }

  static Category category_of(NameType t) noexcept {
    return t == NameType::per   ? Category::person
           : t == NameType::org ? Category::organisation
                                : Category::place;
  }

  // Whether a gazetteer name keeps its entry where the tagger reads it as another type. A
  // curated entry stands (identity matters more than the tagger's reading of one sentence), and
  // so do seats and capitals (the resolver decides when they stand for their state), except
  // that a plain place read as an organisation is one: a city standing for its team ("Leeds
  // beat Chelsea"). A WordNet entry gives way to the tagger ("Ford" the company), and so does
  // a country read as a person's name ("Trevor Holland ... Holland").
  bool entry_stands(const Mention &m, NameType t) const {
    const Phrase &p = *m.phrase;
    const auto e = p.name >= 0 ? p.name : p.article_name;
    if (e < 0) return true; // a seat, capital or demonym: the resolver decides
    const Entry &entry = gaz_.entry(e);
    const Category want = category_of(t);
    const Category have = entry.category;
    const bool same = have == want || (want == Category::place && have != Category::person &&
                                       have != Category::organisation);
    if (same) return true;
    // A one-word place read as a person is more often the tagger's mistake than a person's
    // name; a person named like a city comes with a given name ("Denzel Washington").
    if (want == Category::person && have == Category::place && m.last_token == m.first_token + 1)
      return true;
    if (entry.source == Source::wordnet) return false;
    if (p.seat >= 0 || p.capital >= 0) return true;
    if (want == Category::organisation && have == Category::place) return false;
    return !(want == Category::person && entry.source == Source::iso);
  }

  // Turns a mention into a new name of the tagger's type over tokens [k, e).
  void make_new_name(Mention &m, std::size_t k, std::size_t e, NameType t) {
    const bool titled = m.titled;
    m = base(k, e, titled);
    m.category = category_of(t);
    m.confidence = 0.9f;
    if (e == k + 1 && has(toks_[k], ASPECTDIFF_TOKEN_ALL_CAPS) && norm(k).size() >= 2 &&
        norm(k).size() <= 6)
      m.form = Form::acronym;
    scratch_.clear();
    for (std::size_t j = k; j < e; ++j) {
      if (!scratch_.empty()) scratch_.push_back(' ');
      scratch_ += norm(j);
    }
    m.name = strings_.intern(scratch_);
  }

  // The tagger's names decide, where the rules have no strong evidence of their own. A rule
  // name the tagger does not see is dropped unless it is a gazetteer name (it carries an
  // identity) or typed by a strong cue (a head, a title, a given name: confidence 0.8 and
  // more). One the tagger sees with the same extent takes the tagger's type unless a cue of
  // confidence 0.7 or more typed it. One the tagger sees with another extent gives way to the
  // tagger's names, unless it is a strongly cued or gazetteer name that contains them ("Luis
  // X", "Denver, Colorado", "Alliance ... for the Liberation of Kivu"). A name the rules missed
  // is added (with its gazetteer entry when the whole name is one) if the rules' own filters
  // for what is not a name let it pass. Names the tagger reads as miscellaneous (events,
  // works, nationalities, laws) are not actors, unless a curated or ISO entry says they are
  // ("the Republicans"). Demonyms, descriptions and the parts of hyphenated words are the
  // rules' alone.
  void reconcile(std::size_t first_mention) {
    // A title-case line ("Kazakhstan Looks East") is unlike anything the tagger was trained on
    // (its headlines are in capitals): the rules read it alone.
    if (title_case_line()) return;
    auto &names = buffers_.names;
    options_.tagger->tag(toks_, text_, normalised_, static_cast<std::uint32_t>(base_),
                         std::span(out_).subspan(first_mention), buffers_.features, buffers_.decode,
                         names);
    auto &used = buffers_.name_used;
    used.assign(names.size(), 0);
    std::size_t kept = first_mention;
    const std::size_t end = out_.size();
    for (std::size_t i = first_mention; i < end; ++i) {
      Mention &m = out_[i];
      const std::size_t k = m.first_token - base_, e = m.last_token - base_;
      const bool whole_tokens = m.begin == toks_[k].begin && m.end == toks_[e - 1].end;
      bool keep = true;
      if (m.form != Form::demonym && m.form != Form::description && whole_tokens)
        keep = reconcile_one(m, k, e, names, used);
      if (keep) out_[kept++] = out_[i];
    }
    out_.resize(kept);
    for (std::size_t j = 0; j < names.size(); ++j) {
      if (used[j] || names[j].type == NameType::misc) continue;
      if (!options_.unknown_names) continue;
      emit_tagged(names[j]);
    }
    std::sort(out_.begin() + static_cast<std::ptrdiff_t>(first_mention), out_.end(),
              [](const Mention &a, const Mention &b) {
                return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
              });
  }

  // Every word of four letters or more capitalised, two or more of them, and no full stop,
  // question or exclamation mark at the end. A line of names and numbers with no function word
  // or verb ("Bridgend 13 Llanelli 9", a league table's row) is no title: the tagger reads such
  // rows well.
  bool title_case_line() {
    std::size_t long_words = 0;
    bool numbers = false, ordinary = false;
    for (std::size_t k = 0; k < toks_.size(); ++k) {
      numbers |= has(toks_[k], ASPECTDIFF_TOKEN_NUMERIC);
      if (!word(k)) continue;
      ordinary |= (classes(k) & (wc_function | wc_verb | wc_verb_form)) != 0;
      if (!long_word(k)) continue;
      if (!capitalised(k) || has(toks_[k], ASPECTDIFF_TOKEN_ALL_CAPS)) return false;
      ++long_words;
    }
    if (long_words < 2 || toks_.empty() || (numbers && !ordinary)) return false;
    const auto last = norm(toks_.size() - 1);
    return last != "." && last != "?" && last != "!";
  }

  // Decides one rule mention over tokens [k, e) against the tagger's names; marks the names it
  // settles as used. Returns whether the mention stays.
  bool reconcile_one(Mention &m, std::size_t k, std::size_t e, std::span<const TaggedName> names,
                     std::vector<std::uint8_t> &used) {
    const bool strong = m.phrase != nullptr || m.confidence >= 0.8f;
    std::size_t n = names.size();
    bool contains_all = true;
    for (std::size_t j = 0; j < names.size(); ++j)
      if (names[j].first < e && k < names[j].last) {
        if (n == names.size()) n = j;
        contains_all &= k <= names[j].first && names[j].last <= e;
      }
    // An ordinary word kept as a possible surname is the resolver's to decide, unless the
    // tagger reads it as an organisation or a place ("Arsenal 1 Everton 1").
    if (m.needs_link) {
      if (n < names.size() && names[n].first == k && names[n].last == e) {
        used[n] = 1;
        if (names[n].type == NameType::org || names[n].type == NameType::loc) {
          m.needs_link = m.opening = false;
          m.category = category_of(names[n].type);
          m.confidence = 0.9f;
        } else if (names[n].type == NameType::per && m.opening && tagged_person_stands(k)) {
          m.vouched = true; // "Pence said": the context reads as a person's
        }
      }
      return true;
    }
    if (n == names.size()) return strong;
    if (names[n].first != k || names[n].last != e) {
      if (!strong || !contains_all) return false; // the tagger's extent wins
      for (std::size_t j = n; j < names.size() && names[j].first < e; ++j)
        used[j] = 1;
      return true;
    }
    used[n] = 1;
    const NameType t = names[n].type;
    if (t == NameType::misc)
      return m.phrase != nullptr && !m.opening && misc_entry_stands(*m.phrase);
    if (m.phrase != nullptr) {
      if (!entry_stands(m, t)) make_new_name(m, k, e, t);
      return true;
    }
    const Category c = category_of(t);
    const bool compatible = c == Category::place && m.category != Category::person &&
                            m.category != Category::organisation;
    if (!compatible && m.confidence < 0.7f) m.category = c;
    m.confidence = std::max(m.confidence, 0.9f);
    return true;
  }

  // A name the tagger reads as miscellaneous stays an actor only by a curated or ISO entry.
  bool misc_entry_stands(const Phrase &p) const {
    const auto e = p.name >= 0 ? p.name : p.article_name;
    return e >= 0 && gaz_.entry(e).source != Source::wordnet;
  }

  // Names of events, agreements and works, which the rules know by their heads and quotes
  // ("Treaty of Tientsin", "World War I", a quoted title): not actors, whatever the tagger says.
  bool names_no_actor(std::size_t k, std::size_t e) {
    if ((classes(last_word(k, e)) & wc_event_head) != 0) return true;
    if (e - k >= 3 && (classes(k) & wc_event_head) != 0 && norm(k + 1) == "of") return true;
    return k > 0 && norm(k - 1) == "\"" && e < toks_.size() && norm(e) == "\"";
  }

  void emit_tagged(const TaggedName &name) {
    const std::size_t k = name.first, e = name.last;
    if (names_no_actor(k, e)) return;
    const bool titled = k > 0 && capitalised(k - 1) && (classes(k - 1) & wc_title) != 0;
    const Match m = match(k);
    if (m.end == e && (m.phrase->name >= 0 || m.phrase->article_name >= 0 || m.phrase->seat >= 0 ||
                       m.phrase->capital >= 0)) {
      emit_match(k, m, titled);
      Mention &added = out_.back();
      if (added.form == Form::name && !entry_stands(added, name.type))
        make_new_name(added, k, e, name.type);
      return;
    }
    // The rules' filters for what is not a one-word name ("the Achaemenid troops",
    // "Researchers", plural acronyms) hold for the tagger's names too: the rules type the word
    // first, and the tagger's type replaces theirs unless a strong cue gave it.
    if (e > k + 1) {
      Mention added;
      added.titled = titled;
      make_new_name(added, k, e, name.type);
      out_.push_back(added);
      return;
    }
    const std::size_t before = out_.size();
    emit_new_name(k, e, titled);
    if (out_.size() == before) {
      // The rules drop an ordinary word opening a sentence and a word that reads as a plural
      // noun ("Pence said", "Sanders argued"); the tagger, reading the context, knows better
      // when it sees a person, unless the word is one no surname is (a title, a function word,
      // a capitalised common word, the head of an organisation's or a place's name).
      if (name.type == NameType::org && tagged_organisation_stands(k)) {
        Mention org = base(k, e, titled);
        org.category = Category::organisation;
        org.confidence = 0.9f;
        org.name = strings_.intern(norm(k));
        out_.push_back(std::move(org));
        return;
      }
      if (name.type != NameType::per || !tagged_person_stands(k)) return;
      Mention person = base(k, e, titled);
      person.confidence = 0.3f;
      person.needs_link = person.vouched = true;
      person.opening = sentence_initial(k);
      person.name = strings_.intern(norm(k));
      out_.push_back(std::move(person));
      return;
    }
    Mention &added = out_.back();
    if (added.confidence < 0.7f) added.category = category_of(name.type);
    added.confidence = std::max(added.confidence, 0.9f);
    added.needs_link = false;
  }

  // Whether a mention names a place that is not a state: a gazetteer place (no capital, seat
  // or demonym, which stand for states) or a new name typed as a place.
  bool plain_place(const Mention &m) const {
    if (m.phrase == nullptr) return m.category == Category::place && m.form == Form::name;
    const Phrase &p = *m.phrase;
    return p.name >= 0 && p.seat < 0 && p.capital < 0 && p.demonym < 0 &&
           gaz_.entry(p.name).category == Category::place;
  }

  // "in Denver, Colorado, where", "of Plano, Texas, was": a town and the region it lies in,
  // after a preposition of place and closing the phrase, are written as one place. A list goes
  // on after its second item ("in Kamchatka, Sakhalin and Chukotka") and stays apart; so do
  // states ("Baja California, Mexico").
  void join_town_and_region(std::size_t first_mention) {
    for (std::size_t i = first_mention; i + 1 < out_.size(); ++i) {
      Mention &a = out_[i];
      const Mention &b = out_[i + 1];
      // Two mentions one token apart, first: it rules out nearly every pair at once.
      if (b.first_token != a.last_token + 1) continue;
      const auto ka = a.first_token - base_, eb = b.last_token - base_;
      // The region may be a name nothing typed with confidence ("Poole, Dorset").
      const bool region = plain_place(b) || (b.phrase == nullptr && b.form == Form::name &&
                                             b.confidence < 0.7f && !b.titled);
      if (!plain_place(a) || !region || norm(a.last_token - base_) != "," || ka == 0) continue;
      const auto before = norm(ka - 1);
      if ((classes(ka - 1) & wc_place_preposition) == 0 && before != "of") continue;
      // What follows the region closes the phrase: a full stop, or a comma and a lower-case
      // word that does not carry a list on.
      bool closes = eb >= toks_.size() || norm(eb) == "." || norm(eb) == ";";
      if (!closes && norm(eb) == "," && eb + 1 < toks_.size() && word(eb + 1) &&
          !capitalised(eb + 1)) {
        const auto next = norm(eb + 1);
        closes = next != "and" && next != "or";
      }
      if (!closes) continue;
      scratch_.clear();
      for (std::size_t j = ka; j < eb; ++j) {
        if (!scratch_.empty()) scratch_.push_back(' ');
        scratch_ += norm(j);
      }
      a.end = b.end;
      a.last_token = b.last_token;
      a.phrase = nullptr;
      a.category = Category::place;
      a.confidence = 0.8f;
      a.role = b.role;
      a.possessive = b.possessive;
      a.name = strings_.intern(scratch_);
      out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }

  // The token's normalised and original bytes, read without the bounds checks of substr (the
  // host's tokens lie inside its buffers).
  std::string_view norm_of(const sdk::Token &t) const noexcept {
    return {normalised_ + t.norm_begin, t.norm_end - t.norm_begin};
  }
  std::string_view surface(const sdk::Token &t) const noexcept {
    return {text_ + t.begin, t.end - t.begin};
  }
  std::string_view norm(std::size_t k) const { return lookup_form(norm_of(toks_[k])); }
  std::uint32_t id(std::size_t k) {
    std::uint32_t &cached = sentence_ids_[k];
    if (cached == not_looked_up) cached = gaz_.word_id(norm(k));
    return cached;
  }
  std::uint32_t classes(std::size_t k) { return gaz_.classes(id(k)); }
  bool capitalised(std::size_t k) const {
    // One mask test for the two flags.
    constexpr auto capital_flags = static_cast<std::uint32_t>(ASPECTDIFF_TOKEN_CAPITALISED) |
                                   static_cast<std::uint32_t>(ASPECTDIFF_TOKEN_ALL_CAPS);
    return (toks_[k].flags & capital_flags) != 0;
  }
  bool word(std::size_t k) const { return has(toks_[k], ASPECTDIFF_TOKEN_WORD); }
  std::string_view surface_of(std::size_t k) const { return surface(toks_[k]); }
  // The last word of [k, e) that is not a regnal number ("World War I" -> "War").
  std::size_t last_word(std::size_t k, std::size_t e) const {
    return e > k + 1 && is_roman(surface_of(e - 1)) ? e - 2 : e - 1;
  }
  bool sentence_initial(std::size_t k) const {
    if (has(toks_[k], ASPECTDIFF_TOKEN_SENTENCE_INITIAL)) return true;
    // After an opening quote or bracket at the start of the sentence.
    for (std::size_t i = 0; i < k; ++i)
      if (word(i) || has(toks_[i], ASPECTDIFF_TOKEN_NUMERIC)) return false;
    return true;
  }

  // Whether the word's look-up form has four bytes or more; the trailing full stop it drops
  // matters only to a word of four.
  bool long_word(std::size_t k) const noexcept {
    const auto &t = toks_[k];
    const auto size = t.norm_end - t.norm_begin;
    return size > 4 || (size == 4 && normalised_[t.norm_end - 1] != '.');
  }

  // A title-case or all-capitals line: capitals there say nothing about names.
  bool is_headline() {
    // Counting capitals first needs no look-up; most sentences stop there, and most as soon as
    // their lower-case words outnumber what the rest of the sentence could make up (four
    // capitalised long words for each lower-case one).
    const std::size_t n = toks_.size();
    std::size_t capital = 0, lower = 0, ordinary = 0;
    for (std::size_t k = 0; k < n; ++k) {
      if (!word(k) || !long_word(k)) continue;
      if (capitalised(k))
        ++capital;
      else if (4 * ++lower > capital + (n - 1 - k))
        return false;
    }
    const std::size_t long_words = capital + lower;
    if (long_words < 4 || capital * 5 < long_words * 4) return false;
    for (std::size_t k = 0; k < toks_.size() && ordinary < 2; ++k)
      if (word(k) && long_word(k) && capitalised(k) &&
          (classes(k) & (wc_common | wc_function)) != 0 && match(k).end == 0)
        ++ordinary;
    return ordinary >= 2;
  }

  // The longest gazetteer phrase starting at k whose last word is capitalised or a number.
  Match match(std::size_t k) {
    Match best;
    std::uint32_t node = 0;
    for (std::size_t j = k; j < toks_.size() && j < k + max_name_tokens; ++j) {
      if (j > k && !gaz_.has_children(node)) break; // no longer name: the next word is not needed
      const auto w = id(j);
      if (w == Gazetteer::npos) break;
      node = gaz_.child(node, w);
      if (node == Gazetteer::npos) break;
      const Phrase *p = gaz_.phrase_at(node);
      if (p == nullptr) continue;
      const bool closes = capitalised(j) || has(toks_[j], ASPECTDIFF_TOKEN_NUMERIC) ||
                          !has(toks_[j], ASPECTDIFF_TOKEN_WORD);
      if (!closes) continue;
      const bool after_the = k > 0 && norm(k - 1) == "the";
      const bool usable = p->name >= 0 || (p->article_name >= 0 && after_the) || p->demonym >= 0 ||
                          p->seat >= 0 || p->capital >= 0;
      if (!usable) continue;
      if (j == k && weak_single(k, *p)) continue;
      best = {j + 1, p};
    }
    return best;
  }

  // Whether a one-word name the tagger reads as a person, which the rules took for an ordinary
  // word, stands on the tagger's word: it is a word a surname may be, and it acts (a verb
  // follows: "Pence praised", "Sanders said"; not "Later, ..." or "Sanders sold out").
  bool tagged_person_stands(std::size_t k) {
    if ((classes(k) & never_surname) != 0) return false;
    const std::size_t j = k + 1;
    return j < toks_.size() && word(j) && !capitalised(j) && is_verb_form(j);
  }

  // Whether a one-word name the tagger reads as an organisation, which the rules took for an
  // ordinary word, stands on the tagger's word: a plural written with a capital inside the
  // sentence is a team or a body ("the Eagles beat", "the Mets"), but a capitalised common word
  // ("Christians"), a title, a function word or an adjective before a noun ("the Achaemenid
  // troops") is not.
  bool tagged_organisation_stands(std::size_t k) {
    if ((classes(k) & (wc_capcommon | wc_function | wc_title)) != 0) return false;
    if (plain_noun_after(k + 1) || plural_noun_after(k + 1)) return false;
    return !sentence_initial(k) && !headline_;
  }

  // Whether the word at k, capitalised inside its sentence with no article or other
  // determiner before it, is followed by a verb: the name of someone acting.
  bool bare_subject(std::size_t k, std::size_t e) {
    if (sentence_initial(k) || headline_ || e >= toks_.size() || !word(e) || capitalised(e))
      return false;
    if (k > 0 && (classes(k - 1) & wc_function) != 0 &&
        !has(toks_[k - 1], ASPECTDIFF_TOKEN_CAPITALISED)) {
      const auto before = norm(k - 1);
      if (before == "the" || before == "a" || before == "an" || before == "these" ||
          before == "those" || before == "some" || before == "many" || before == "most" ||
          before == "all" || before == "other" || before == "their" || before == "our")
        return false;
    }
    return is_verb_form(e) && (classes(k) & wc_capcommon) == 0;
  }

  // A verb at j that only a person takes as its subject: a speech verb, "died", or "was born".
  bool person_verb_after(std::size_t j) {
    if (j >= toks_.size() || !word(j) || capitalised(j)) return false;
    if ((classes(j) & wc_speech) != 0 || norm(j) == "died") return true;
    return (norm(j) == "was" || norm(j) == "were") && j + 1 < toks_.size() && norm(j + 1) == "born";
  }

  // A one-word WordNet name that is also an ordinary word ("Mercury", "Bush") counts only
  // where its capital is not explained by the sentence start or a headline.
  bool weak_single(std::size_t k, const Phrase &p) {
    // "As", "In", "It": a function word is a name only in capitals ("IN" is not India either).
    if ((classes(k) & wc_function) != 0) return true;
    // "500 BC", "AD 79": era marks next to numbers.
    if (has(toks_[k], ASPECTDIFF_TOKEN_ALL_CAPS) &&
        ((k > 0 && has(toks_[k - 1], ASPECTDIFF_TOKEN_NUMERIC)) ||
         (k + 1 < toks_.size() && has(toks_[k + 1], ASPECTDIFF_TOKEN_NUMERIC))))
      return true;
    if (p.seat >= 0 || p.capital >= 0 || p.demonym >= 0 || p.article_name >= 0) return false;
    if (gaz_.entry(p.name).source != Source::wordnet) return false;
    if ((classes(k) & wc_function) != 0) return true;
    // "Christian", "Democrat": capitalised common words; but "Mediterranean", "Pacific" are
    // also the names of places.
    if ((classes(k) & wc_capcommon) != 0 && (classes(k) & wc_given) == 0 &&
        gaz_.entry(p.name).category != Category::place)
      return true;
    if ((classes(k) & wc_common) == 0) return false;
    // "the Court", "the Bush": people's names take no article.
    if (k > 0 && norm(k - 1) == "the" && gaz_.entry(p.name).category == Category::person)
      return true;
    if (headline_ || has(toks_[k], ASPECTDIFF_TOKEN_ALL_CAPS)) return true;
    // "Wright said", "Wright was born", "Cotton died": a person WordNet knows, opening the
    // sentence with a verb only people take, is that person rather than the ordinary word
    // (any verb would not do: "Rice is grown", "Hunt was called off").
    if (sentence_initial(k) && gaz_.entry(p.name).category == Category::person &&
        person_verb_after(k + 1))
      return false;
    return sentence_initial(k);
  }

  // One past the run of capitalised words from k, with particles between them ("Bank of
  // China", "bin Salman"); "and"/"for"/"the" only inside an organisation's name.
  std::size_t extend(std::size_t k) {
    std::size_t j = k + 1;
    bool organisation = (classes(k) & (wc_org_start | wc_org_head)) != 0;
    while (j < toks_.size() && j < k + (organisation ? max_org_name_tokens : max_name_tokens)) {
      // A regnal number: "Thutmose III", "Franz Joseph I".
      if (j > k && is_roman(surface(toks_[j]))) {
        ++j;
        continue;
      }
      // "Mohammed al-Jadaan", "Osama bin-Laden": a particle joined to a capitalised name.
      if (word(j) && !capitalised(j) && is_joined_particle(j)) {
        ++j;
        continue;
      }
      if (word(j) && capitalised(j)) {
        // A title followed by a name starts a new mention ("Russian President Vladimir Putin").
        if ((classes(j) & wc_title) != 0 && j + 1 < toks_.size() && capitalised(j + 1) &&
            (classes(j) & wc_org_head) == 0)
          break;
        organisation |= (classes(j) & (wc_org_start | wc_org_head)) != 0;
        ++j;
        continue;
      }
      if (word(j) && (classes(j) & wc_particle) != 0 && j + 1 < toks_.size() && word(j + 1) &&
          capitalised(j + 1)) {
        if ((classes(j) & wc_joining) != 0 && !organisation) break;
        // "the Court and National Assembly": "and" after a complete name starts another one.
        if (norm(j) == "and" && (classes(j - 1) & wc_org_head) != 0) break;
        j += 2;
        continue;
      }
      // "Alliance ... for the Liberation of Congo": "for the", "of the" inside an organisation.
      if (organisation && word(j) && (classes(j) & wc_particle) != 0 && j + 2 < toks_.size() &&
          norm(j + 1) == "the" && word(j + 2) && capitalised(j + 2) &&
          (norm(j) == "of" || norm(j) == "for")) {
        j += 3;
        continue;
      }
      break;
    }
    return j;
  }

  // Inline: every particle is two or three letters and a hyphen, which rules out most words
  // at once.
  bool is_joined_particle(std::size_t j) const {
    const auto surface = surface_of(j);
    return surface.size() >= 4 && (surface[2] == '-' || surface[3] == '-') &&
           starts_with_particle(surface);
  }
  [[gnu::noinline]] static bool starts_with_particle(std::string_view surface) noexcept {
    for (const std::string_view p : {"al-", "el-", "bin-", "ibn-", "abu-", "ul-", "ad-"})
      if (surface.size() > p.size() && surface.starts_with(p) && surface[p.size()] >= 'A' &&
          surface[p.size()] <= 'Z')
        return true;
    return false;
  }

  // A brand written with an inner capital after a lower-case stem of three letters or more
  // ("YouTube", "ExxonMobil"); "McCain", "DiCaprio", "MacArthur" are surnames.
  static bool is_camel_case(std::string_view s) {
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    if (s.size() < 5 || !upper(s[0])) return false;
    std::size_t run = 0;
    for (std::size_t i = 1; i < s.size(); ++i) {
      if (lower(s[i])) {
        ++run;
      } else if (upper(s[i]) && run >= 3 && i + 1 < s.size() && lower(s[i + 1])) {
        return !(run == 3 && (s.substr(0, 3) == "Mac" || s.substr(0, 3) == "Van"));
      } else {
        return false;
      }
    }
    return false;
  }

  // Endings that mark the names of places far more often than those of people.
  static bool place_shaped(std::string_view n) {
    if (n.size() < 5) return false;
    for (const std::string_view end : {"stan", "land", "burg", "bourg", "grad", "polis", "ville",
                                       "shire", "abad", "gorod", "heim", "hausen", "chester"})
      if (n.ends_with(end)) return true;
    if (n.ends_with("ia") && !n.ends_with("cia")) return true;
    if (n.ends_with("ae") || n.ends_with("sk")) return true;
    return false;
  }

  // The offsets of the hyphens in the text followed by a capital ("pro-Kremlin"): the only
  // lower-case words that can hold a name have one inside. They are rare, so one pass with
  // memchr over the document spares a test of every lower-case word. A sentinel past every
  // offset ends the list, so the per-token test needs no size check.
  void find_hyphen_capitals(std::string_view text) {
    hyphen_capitals_.clear();
    for (std::size_t i = text.find('-'); i != std::string_view::npos; i = text.find('-', i + 1))
      if (i + 1 < text.size() && text[i + 1] >= 'A' && text[i + 1] <= 'Z')
        hyphen_capitals_.push_back(static_cast<std::uint32_t>(i));
    hyphen_capitals_.push_back(no_hyphen_capital);
  }

  // Whether the token has a hyphen followed by a capital inside it (neither its first byte nor
  // its last). Asked of the sentence's tokens in text order, so the next candidate hyphen only
  // moves forward.
  bool capital_after_hyphen(const sdk::Token &t) noexcept {
    while (*next_hyphen_capital_ <= t.begin)
      ++next_hyphen_capital_;
    return std::uint64_t{*next_hyphen_capital_} + 2 <= t.end;
  }

  // Inline: asked of most capitalised words, and the first letter rules nearly all out.
  static bool is_roman(std::string_view s) noexcept {
    return !s.empty() && (s[0] == 'I' || s[0] == 'V' || s[0] == 'X') && roman_tail(s);
  }
  [[gnu::noinline]] static bool roman_tail(std::string_view s) noexcept {
    if (s.ends_with('.')) s.remove_suffix(1);
    return !s.empty() && s.size() <= 5 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
  }

  // The category a name's own words give it: organisation, place or facility heads.
  const Category *head_category(std::size_t k, std::size_t e) {
    static constexpr Category organisation = Category::organisation, place = Category::place,
                              facility = Category::facility;
    if (e - k < 2) return nullptr;
    const auto last = classes(e - 1);
    if ((last & wc_org_head) != 0) return &organisation;
    if ((classes(k) & wc_org_start) != 0 && norm(k + 1) == "of") return &organisation;
    // "Glasgow School of Art", "International Organization for Renewable Energies".
    for (std::size_t j = k; j + 2 < e; ++j)
      if ((classes(j) & (wc_org_head | wc_org_start)) != 0 &&
          (norm(j + 1) == "of" || norm(j + 1) == "for"))
        return &organisation;
    if ((last & wc_facility_head) != 0) return &facility;
    if ((last & wc_place_head) != 0 || (classes(k) & wc_place_start) != 0) return &place;
    return nullptr;
  }

  // "Blunt starred", "Wright was born": an ordinary word opening a sentence may still be the
  // surname of someone the document names; the resolver keeps it only if the document shows
  // so (a full name, or the word capitalised inside other sentences).
  void opening_surname(std::size_t k) {
    if (!options_.unknown_names || headline_ || !sentence_initial(k) ||
        has(toks_[k], ASPECTDIFF_TOKEN_ALL_CAPS))
      return;
    const auto c = classes(k);
    if ((c & wc_common) == 0 ||
        (c & (wc_capcommon | wc_function | wc_title | wc_org_head | wc_place_head | wc_given)) != 0)
      return;
    Mention m = base(k, k + 1, false);
    m.confidence = 0.3f;
    m.needs_link = true;
    m.opening = true;
    m.name = strings_.intern(norm(k));
    out_.push_back(std::move(m));
  }

  bool ordinary_opening(std::size_t k, std::size_t run_end) {
    const auto c = classes(k);
    if ((c & wc_function) != 0) return true;
    // "French Digital Council", "Labor Party": the first word belongs to a name its head types.
    if (run_end >= k + 2 && head_category(k, run_end) != nullptr) return false;
    if ((c & wc_capcommon) != 0 && (c & wc_given) == 0) return true;
    // "Michael Fallon said": a given name opening a longer name is the name's first word.
    if ((c & wc_given) != 0 && run_end >= k + 2) return false;
    if (!(headline_ || sentence_initial(k))) return false;
    if ((stem_classes(norm(k)) & (wc_common | wc_capcommon | wc_function)) == 0) return false;
    // "Officials said", "Some analysts": an ordinary word opening the sentence; but "Bank of
    // England" or "Ministry of Defence" keeps its head.
    return head_category(k, run_end) == nullptr || run_end == k + 1;
  }

  // An ordinary word, or an inflection of one ("Researchers", "Having", "Romans").
  std::uint32_t stem_classes(std::string_view w) {
    std::uint32_t c = gaz_.classes_of(w);
    std::array<char, 48> buf;
    auto stem = [&](std::size_t keep, std::string_view add) {
      if (keep + add.size() > buf.size() || keep < 2) return;
      if (add.empty()) { // a prefix of the word: no copy
        c |= gaz_.classes_of(w.substr(0, keep));
        return;
      }
      std::copy_n(w.data(), keep, buf.data());
      std::copy(add.begin(), add.end(), buf.data() + keep);
      c |= gaz_.classes_of({buf.data(), keep + add.size()});
    };
    const std::size_t n = w.size();
    if (w.ends_with("s") && !w.ends_with("ss")) {
      stem(n - 1, "");
      if (w.ends_with("es")) stem(n - 2, "");
      if (w.ends_with("ies")) stem(n - 3, "y");
    } else if (w.ends_with("ing")) {
      stem(n - 3, "");
      stem(n - 3, "e");
    } else if (w.ends_with("ed")) {
      stem(n - 2, "");
      stem(n - 1, "");
    }
    return c;
  }

  // "-ian, -ean, -ican, -ese, -ish, -ic": the endings of adjectives of origin and creed.
  static bool adjective_shaped(std::string_view n) noexcept {
    return n.ends_with("ian") || n.ends_with("ean") || n.ends_with("ican") || n.ends_with("ese") ||
           n.ends_with("ish") || n.ends_with("ic");
  }

  // A lower-case word at e that is a plain noun: not a verb form, a head (which would make the
  // words before it a name: "the Tarnov pipeline"), a function word or a speech verb.
  bool plain_noun_after(std::size_t e) {
    return e < toks_.size() && word(e) && !capitalised(e) && !is_verb_form(e) &&
           (classes(e) & (wc_facility_head | wc_place_head | wc_org_head | wc_org_context |
                          wc_function | wc_agent_aux | wc_speech)) == 0;
  }

  // A lower-case plural of an ordinary noun at e ("troops", "women"), that is no head, speech
  // verb or auxiliary, and is followed by no particle that would make it a verb's object.
  bool plural_noun_after(std::size_t e) {
    if (e >= toks_.size() || !word(e) || capitalised(e)) return false;
    const auto n = norm(e);
    if ((classes(e) & (wc_facility_head | wc_place_head | wc_org_head | wc_org_context |
                       wc_function | wc_agent_aux | wc_speech | wc_verb_form)) != 0)
      return false;
    if (n.size() >= 4 && n.ends_with("s") && !n.ends_with("ss"))
      return (stem_classes(n) & wc_common) != 0;
    return n == "men" || n == "women" || n == "people" || n == "children";
  }

  // Whether the word at k is a verb form; worked out once per token (the role and noun tests
  // of neighbouring names ask about the same words).
  bool is_verb_form(std::size_t k) {
    std::uint8_t &cached = sentence_verbs_[k];
    if (cached == verb_unknown) cached = verb_form(norm(k), classes(k)) ? verb_yes : verb_no;
    return cached == verb_yes;
  }

  // `c` is the word's own classes.
  bool verb_form(std::string_view w, std::uint32_t c) const {
    if ((c & (wc_speech | wc_verb_form | wc_agent_aux)) != 0) return true;
    if ((c & wc_function) != 0 || w.size() < 4) return false;
    std::array<char, 48> buf;
    auto stem_is_verb = [&](std::size_t keep, std::string_view add) {
      if (keep + add.size() > buf.size()) return false;
      // A stem that only drops letters is a prefix of the word: no copy.
      if (add.empty()) return (gaz_.classes_of(w.substr(0, keep)) & wc_verb) != 0;
      std::copy_n(w.data(), keep, buf.data());
      std::copy(add.begin(), add.end(), buf.data() + keep);
      return (gaz_.classes_of({buf.data(), keep + add.size()}) & wc_verb) != 0;
    };
    const std::size_t n = w.size();
    if (w.ends_with("ed"))
      return stem_is_verb(n - 2, "") || stem_is_verb(n - 1, "") ||
             (w.ends_with("ied") && stem_is_verb(n - 3, "y")) ||
             (n > 4 && w[n - 3] == w[n - 4] && stem_is_verb(n - 3, ""));
    if (w.ends_with("s") && !w.ends_with("ss"))
      return stem_is_verb(n - 1, "") || (w.ends_with("es") && stem_is_verb(n - 2, "")) ||
             (w.ends_with("ies") && stem_is_verb(n - 3, "y"));
    return false;
  }

  // Acting or acted upon, where the words next to the mention make it plain.
  Role role_of(std::size_t k, std::size_t e, bool &possessive) {
    std::size_t q = e;
    possessive = q < toks_.size() && norm(q) == "'s";
    if (!possessive) {
      // "Putin and Xi stand ...": look past the other names of a pair.
      if (q + 1 < toks_.size() && norm(q) == "and" && capitalised(q + 1)) {
        q += 1;
        while (q < toks_.size() && word(q) && (capitalised(q) || (classes(q) & wc_particle) != 0))
          ++q;
        if (q < toks_.size() && norm(q) == "'s") q = toks_.size();
      }
      if (q < toks_.size() && norm(q).ends_with("ly") && !capitalised(q)) ++q;
      if (q < toks_.size() && word(q) && !capitalised(q) && is_verb_form(q)) return Role::agent;
    }
    std::size_t p = k;
    while (p > 0 && (norm(p - 1) == "the" || norm(p - 1) == "'s"))
      --p;
    if (p == 0) return Role::other;
    const auto before = norm(p - 1);
    if (before == "by") return Role::agent;
    if ((classes(p - 1) & wc_patient_preposition) != 0) return Role::patient;
    if (word(p - 1) && !capitalised(p - 1) && (classes(p - 1) & wc_function) == 0 &&
        is_verb_form(p - 1))
      return Role::patient;
    return Role::other;
  }

  Mention base(std::size_t k, std::size_t e, bool titled) {
    Mention m;
    m.begin = toks_[k].begin;
    m.end = toks_[e - 1].end;
    m.sentence = sentence_;
    m.first_token = static_cast<std::uint32_t>(base_ + k);
    m.last_token = static_cast<std::uint32_t>(base_ + e);
    m.titled = titled;
    m.role = role_of(k, e, m.possessive);
    return m;
  }

  void emit_match(std::size_t k, const Match &match, bool titled) {
    Mention m = base(k, match.end, titled);
    m.phrase = match.phrase;
    const Phrase &p = *match.phrase;
    m.confidence = 0.95f;
    if (p.name >= 0 && gaz_.entry(p.name).source == Source::wordnet) m.confidence = 0.8f;
    // "President Xi", "Pope Francis": a title the alias includes is not part of the name.
    if (p.name >= 0 && gaz_.entry(p.name).category == Category::person) {
      std::size_t first = k;
      while (first + 1 < match.end && (classes(first) & (wc_title | wc_title_modifier)) != 0)
        ++first;
      // Never down to a particle: "Duke of Cumberland" keeps its words.
      if (first != k && (classes(first - 1) & wc_title) != 0 && capitalised(first)) {
        m.begin = toks_[first].begin;
        m.first_token = static_cast<std::uint32_t>(base_ + first);
        m.titled = true;
      }
    }
    if (demonym_first(p)) {
      m.form = Form::demonym;
      describe(k, match.end, m);
    }
    out_.push_back(std::move(m));
  }

  // "Joseph Darnand": a one-word person name from the gazetteer followed by more capitalised
  // words is a given name of someone else.
  // "Joseph Darnand", "Florence Garrard": a one-word gazetteer person, or a given name that is
  // also a place, followed by a capitalised word no gazetteer name starts with, is the given
  // name of someone new.
  bool given_name_only(std::size_t k, const Match &m) {
    const std::size_t n = m.end; // the word after the gazetteer name
    if (m.phrase->name < 0 || n >= toks_.size() || !word(n)) return false;
    const bool person = gaz_.entry(m.phrase->name).category == Category::person;
    // "Carlos IV", "Mohammed al-Jadaan": a regnal number or a joined particle continues a name.
    if ((person || (classes(k) & wc_given) != 0) &&
        ((capitalised(n) && is_roman(surface_of(n))) || is_joined_particle(n)))
      return true;
    if (!capitalised(n)) return false; // "Putin of China" is not a name
    const auto c = classes(n);
    const auto next = match(n);
    // A capitalised common word ("Tuesday") ends the name, unless it is itself a name from
    // WordNet ("Lincoln", also a breed of sheep).
    const auto w = id(n);
    const auto node = w == Gazetteer::npos ? Gazetteer::npos : gaz_.child(0, w);
    const Phrase *alone = node == Gazetteer::npos ? nullptr : gaz_.phrase_at(node);
    const bool wordnet_name =
        alone != nullptr && alone->name >= 0 && gaz_.entry(alone->name).source == Source::wordnet;
    if ((c & (wc_title | wc_org_head | wc_place_head | wc_facility_head | wc_event_head |
              wc_function)) != 0 &&
        (c & wc_given) == 0)
      return false;
    if ((c & wc_capcommon) != 0 && (c & wc_given) == 0 && !wordnet_name) return false;
    if (m.end != k + 1) {
      // "Juan Carlos Salas": a known person's name followed by a surname no gazetteer lists.
      return person && next.end == 0 && (c & wc_common) == 0;
    }
    if (!person && (classes(k) & wc_given) == 0) return false;
    // "Bruce Willis", "Florence Garrard", "Thomas Lincoln": what follows may itself be a name
    // from WordNet; but a known state, organisation or office holder ("Putin Russia") is not.
    if (next.end != 0) {
      const auto e = next.phrase->name >= 0 ? next.phrase->name : next.phrase->article_name;
      if (e < 0 || gaz_.entry(e).source != Source::wordnet) return false;
      if ((classes(k) & wc_given) == 0 && gaz_.entry(e).category != Category::person) return false;
    }
    return true;
  }

  // A demonym beats a name from a weaker source ("French" the sculptor in WordNet).
  bool demonym_first(const Phrase &p) const {
    if (p.demonym < 0 || p.seat >= 0 || p.capital >= 0) return false;
    const auto names = std::max(p.name, p.article_name);
    return names < 0 || gaz_.entry(p.demonym).source > gaz_.entry(names).source;
  }

  // "the Chinese leader", "the Russian foreign minister": a demonym and an office that the
  // resolver may tie to a person the document names.
  void describe(std::size_t k, std::size_t e, Mention &m) {
    if (k == 0 || norm(k - 1) != "the") return;
    std::string &phrase = scratch_;
    phrase.clear();
    std::size_t j = e, role_end = 0, role_size = 0;
    for (; j < toks_.size() && j < e + 3 && word(j); ++j) {
      if (!phrase.empty()) phrase.push_back(' ');
      phrase += norm(j);
      if ((classes(j) & wc_role) != 0) {
        role_end = j + 1;
        role_size = phrase.size();
      }
    }
    // "the Chinese President Xi Jinping" names the person right after: not a description.
    if (role_end == 0 || (role_end < toks_.size() && capitalised(role_end) && word(role_end)))
      return;
    m.role_phrase = strings_.intern(std::string_view(phrase).substr(0, role_size));
    m.form = Form::description;
    m.end = toks_[role_end - 1].end;
    m.last_token = static_cast<std::uint32_t>(base_ + role_end);
    m.role = role_of(k, role_end, m.possessive);
  }

  // Parts of a hyphenated word that are names or demonyms: "Russia-China", "Sino-Russian",
  // "anti-Western". Returns whether any part was one.
  bool hyphen_parts(std::size_t k) {
    const auto n = norm_of(toks_[k]);
    const auto surface = surface_of(k);
    const bool parallel = n.size() == surface.size();
    bool any = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= n.size(); ++i) {
      if (i < n.size() && n[i] != '-') continue;
      const auto part = n.substr(start, i - start);
      const bool upper =
          parallel && start < surface.size() && surface[start] >= 'A' && surface[start] <= 'Z';
      if (upper && !part.empty()) {
        const auto w = gaz_.word_id(lookup_form(part));
        const auto node = w == Gazetteer::npos ? Gazetteer::npos : gaz_.child(0, w);
        const Phrase *p = node == Gazetteer::npos ? nullptr : gaz_.phrase_at(node);
        if (p != nullptr && (p->name >= 0 || p->demonym >= 0 || p->seat >= 0 || p->capital >= 0) &&
            !(p->name >= 0 && gaz_.entry(p->name).source == Source::wordnet &&
              (gaz_.classes(w) & wc_common) != 0)) {
          Mention m;
          m.begin = toks_[k].begin + static_cast<std::uint32_t>(start);
          m.end = toks_[k].begin + static_cast<std::uint32_t>(i);
          m.sentence = sentence_;
          m.first_token = static_cast<std::uint32_t>(base_ + k);
          m.last_token = m.first_token + 1;
          m.phrase = p;
          m.confidence = 0.85f;
          if (p->name < 0 && p->seat < 0 && p->capital < 0) m.form = Form::demonym;
          if (demonym_first(*p)) m.form = Form::demonym;
          out_.push_back(std::move(m));
          any = true;
        }
      }
      start = i + 1;
    }
    return any;
  }

  // Whether one of the words is by itself the name of a state or a place.
  bool contains_place(std::size_t k, std::size_t e) {
    for (std::size_t j = k; j < e; ++j) {
      const auto w = id(j);
      const auto node = w == Gazetteer::npos ? Gazetteer::npos : gaz_.child(0, w);
      const Phrase *p = node == Gazetteer::npos ? nullptr : gaz_.phrase_at(node);
      if (p == nullptr || p->name < 0) continue;
      const auto c = gaz_.entry(p->name).category;
      if (c == Category::state || c == Category::place) return true;
    }
    return false;
  }

  void emit_new_name(std::size_t k, std::size_t e, bool titled) {
    const auto c0 = classes(k);
    const std::size_t length = e - k;
    // Events, eras, agreements and works are named like actors but are not ones: "Second
    // World War", "Treaty of Tientsin".
    if ((classes(last_word(k, e)) & wc_event_head) != 0) return; // "World War I"
    if (length >= 3 && (classes(k) & wc_event_head) != 0 && norm(k + 1) == "of") return;
    // The whole of a quotation is the title of a work ("Stranger Things"), not an actor.
    if (k > 0 && norm(k - 1) == "\"" && e < toks_.size() &&
        (norm(e) == "\"" || (e + 1 < toks_.size() && has(toks_[e], ASPECTDIFF_TOKEN_PUNCTUATION) &&
                             norm(e + 1) == "\"")))
      return;
    // "Go Breaking My Heart", "Father Did", "The Talking Dead": words of a title or a
    // sentence, not of a name: a pronoun or function word, an auxiliary or an inflected verb.
    if (length >= 2 && !titled && head_category(k, e) == nullptr)
      for (std::size_t j = k; j < e; ++j) {
        const auto c = classes(j);
        if (!capitalised(j) || (c & wc_given) != 0 || match(j).end != 0) continue;
        if (j > k && is_roman(surface_of(j))) continue; // "Amyntas I"
        if ((c & (wc_function | wc_agent_aux | wc_verb_form)) != 0) return;
        if ((c & wc_common) != 0 && norm(j).size() > 5 && norm(j).ends_with("ing")) return;
      }
    if (headline_)
      for (std::size_t j = k; j < e; ++j)
        if ((classes(j) & (wc_common | wc_function)) != 0 && head_category(k, e) == nullptr) return;
    const auto surface = surface_of(k);
    if (length == 1 && !titled && !has(toks_[k], ASPECTDIFF_TOKEN_ALL_CAPS)) {
      // One ordinary word with a capital is not a name by itself: "Government", "August",
      // "Christians", "Researchers".
      if ((c0 & (wc_capcommon | wc_title | wc_org_head | wc_place_head)) != 0) return;
      if ((c0 & wc_common) != 0 && (c0 & wc_given) == 0) {
        // "Blunt", "Cotton": an ordinary word is a name here only as the surname of someone
        // the document names in full; the resolver keeps it only then.
        if (!sentence_initial(k) && !headline_) {
          Mention m = base(k, e, titled);
          m.confidence = 0.3f;
          m.needs_link = true;
          m.name = strings_.intern(norm(k));
          out_.push_back(std::move(m));
        }
        return;
      }
      // A plural noun in capitals ("Researchers", "Christians") is a class of people, unless
      // it stands with no article inside the sentence as the subject of a verb: "But Sanders
      // gave", "when Rivers said".
      if (norm(k).ends_with("s") && (stem_classes(norm(k)) & (wc_common | wc_capcommon)) != 0 &&
          !bare_subject(k, e))
        return;
      // Plural acronyms ("MLAs", "HFCs") are classes of things.
      if (surface.size() >= 3 && surface.back() == 's' &&
          std::all_of(surface.begin(), surface.end() - 1, [](char ch) {
            return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-';
          }))
        return;
      // An adjective before a noun: of origin ("Apulian towns", "Sudanese troops"), or any
      // word between an article and a plain noun ("the Achaemenid troops", "the Republican
      // convention"); a head after it ("the Tarnov pipeline") or a verb ("Brian said") is not
      // such a noun.
      if (plain_noun_after(e)) {
        if (adjective_shaped(norm(k))) return;
        const auto before = k > 0 ? norm(k - 1) : std::string_view();
        if ((before == "the" || before == "a" || before == "an") && (classes(e) & wc_common) != 0)
          return;
      }
      // "the Achaemenid troops", "the Yazidi women": after an article, a plural noun (which
      // may also read as a verb: "troops", "forces") makes the word before it an adjective.
      if (k > 0 && (norm(k - 1) == "the" || norm(k - 1) == "a" || norm(k - 1) == "an") &&
          plural_noun_after(e))
        return;
      // "the Paeonians", "the Khitans": a people in the plural, not a place or a person.
      if (k > 0 && norm(k - 1) == "the" && norm(k).size() > 5 && norm(k).ends_with("ans") &&
          (c0 & wc_given) == 0)
        return;
    }
    // "the Middle Eastern front": a compass adjective closing the run before a noun.
    if (length >= 2 && norm(e - 1).ends_with("ern") && e < toks_.size() && word(e) &&
        !capitalised(e) && (classes(e - 1) & wc_place_modifier) != 0)
      return;
    // "the Thirty Years' War": an event whose head follows a possessive apostrophe.
    if (e + 1 < toks_.size() && (norm(e) == "'" || norm(e) == "'s") &&
        (classes(e + 1) & wc_event_head) != 0 && capitalised(e + 1))
      return;
    // A name ending in a capitalised common word of origin ("Sudeten German") is not an actor.
    // A given name first keeps it a person's name ("Thomas Lincoln").
    if ((classes(e - 1) & wc_capcommon) != 0 && (classes(e - 1) & wc_given) == 0 &&
        (c0 & wc_given) == 0 && head_category(k, e) == nullptr && !titled &&
        !(e > k + 1 && is_roman(surface_of(e - 1))))
      return;
    Category category = Category::person;
    float confidence = 0.5f;
    const bool speaks = e < toks_.size() && (classes(e) & wc_speech) != 0;
    const bool org_context =
        e < toks_.size() && !capitalised(e) && (classes(e) & wc_org_context) != 0;
    // "in Amurru", "in northern Amurru".
    const bool after_place_word = k > 0 && !capitalised(k - 1) &&
                                  ((classes(k - 1) & wc_place_preposition) != 0 ||
                                   (k > 1 && (classes(k - 1) & wc_place_modifier) != 0 &&
                                    (classes(k - 2) & wc_place_preposition) != 0));
    const bool after_the = k > 0 && norm(k - 1) == "the";
    // "the river Nestus", "the town of Hillsborough", "Tulcea county".
    std::size_t before = k;
    if (before >= 2 && norm(before - 1) == "of") --before;
    const bool place_noun_before =
        before > 0 && !capitalised(before - 1) && (classes(before - 1) & wc_place_head) != 0;
    const bool place_noun_after =
        e < toks_.size() && !capitalised(e) && (classes(e) & wc_place_head) != 0;
    const bool acronym = length == 1 && has(toks_[k], ASPECTDIFF_TOKEN_ALL_CAPS) &&
                         norm(k).size() >= 2 && norm(k).size() <= 6;
    // "500 BC", "AD 79", "2C": era and unit marks after or before numbers.
    if (acronym && ((k > 0 && has(toks_[k - 1], ASPECTDIFF_TOKEN_NUMERIC)) ||
                    (k + 1 < toks_.size() && has(toks_[k + 1], ASPECTDIFF_TOKEN_NUMERIC))))
      return;
    if (const Category *head = head_category(k, e)) {
      category = *head;
      confidence = 0.8f;
    } else if ((classes(k) & wc_place_head) != 0 && length >= 3 && norm(k + 1) == "of") {
      category = Category::place; // "Kingdom of France", "City of Cape Town"
      confidence = 0.8f;
    } else if (titled) {
      category = Category::person;
      confidence = 0.85f;
    } else if (length == 1 && is_camel_case(surface)) {
      category = Category::organisation; // "YouTube", "ExxonMobil", "SaskTel"
      confidence = 0.7f;
    } else if (org_context) {
      category = Category::organisation;
      confidence = 0.7f;
    } else if (acronym) {
      category = Category::organisation;
      confidence = 0.6f;
    } else if ((c0 & wc_given) != 0 && length >= 2) {
      confidence = 0.8f;
    } else if (speaks && length <= 3) {
      confidence = 0.7f;
    } else if (e < toks_.size() && !capitalised(e) && (classes(e) & wc_facility_head) != 0) {
      category = Category::facility; // "the Tarnov pipeline"
      confidence = 0.65f;
    } else if (place_noun_before || place_noun_after) {
      category = Category::place;
      confidence = 0.7f;
    } else if (contains_place(k, e)) {
      category = Category::place; // "Lower Austria", "Achaemenid Persia"
      confidence = 0.6f;
    } else if (after_place_word || after_the) {
      category = Category::place;
      confidence = 0.55f;
    } else if (length == 1 && place_shaped(norm(k)) && (c0 & wc_given) == 0) {
      category = Category::place; // "Krasnoyarsk", "Hispania", "Cumae"
      confidence = 0.55f;
    } else {
      confidence = length >= 2 ? 0.6f : 0.5f;
    }
    if (confidence < options_.min_confidence) return;
    Mention m = base(k, e, titled);
    m.category = category;
    m.confidence = confidence;
    if (acronym) m.form = Form::acronym;
    scratch_.clear();
    for (std::size_t j = k; j < e; ++j) {
      if (!scratch_.empty()) scratch_.push_back(' ');
      scratch_ += norm(j);
    }
    m.name = strings_.intern(scratch_);
    out_.push_back(std::move(m));
  }

  const Gazetteer &gaz_;
  const RecognizerOptions &options_;
  const sdk::Document &doc_;
  std::vector<Mention> &out_;
  StringTable &strings_;
  const char *text_;
  const char *normalised_;
  std::string &scratch_;
  std::vector<std::uint32_t> &ids_;
  std::vector<std::uint8_t> &verb_;
  std::vector<std::uint32_t> &hyphen_capitals_;
  ScanBuffers &buffers_;
  // The first of hyphen_capitals_ not before the token (the sentinel when none is left); a
  // pointer, so the test reads no vector bounds.
  const std::uint32_t *next_hyphen_capital_ = nullptr;
  std::span<const sdk::Token> toks_;
  // The sentence's entries of ids_ and verb_ (sized once per document), as plain pointers so
  // the per-token caches read no vector bounds.
  std::uint32_t *sentence_ids_ = nullptr;
  std::uint8_t *sentence_verbs_ = nullptr;
  std::uint32_t sentence_ = 0;
  std::size_t base_ = 0;
  bool headline_ = false;
};

} // namespace

void Recognizer::find(const sdk::Document &doc, StringTable &strings,
                      std::vector<Mention> &out) const {
  out.clear();
  // News text names an actor every 60 bytes or so; reserving avoids moving every mention
  // several times while the vector grows (untouched capacity costs no memory).
  release_if_oversized(out, doc.text().size() / 64 + 16);
  out.reserve(doc.text().size() / 64 + 16);
  Scanner scanner(gaz_, options_, doc, out, strings, scan_buffers());
  const auto sentences = doc.sentences();
  for (std::size_t i = 0; i < sentences.size(); ++i)
    scanner.scan(static_cast<std::uint32_t>(i), sentences[i]);
}

} // namespace aspectdiff::plugins::actors
