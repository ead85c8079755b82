#include "references.hpp"

#include "buffer_reuse.hpp"

#include <algorithm>

namespace aspectdiff::plugins::actors {

namespace {

using sdk::has;

// The personal pronouns that point at one person, and what they say of the person's role.
struct Pronoun {
  std::string_view word;
  Role role;
  bool possessive;
};
constexpr Pronoun pronouns[] = {
    {"he", Role::agent, false},        {"she", Role::agent, false},
    {"him", Role::patient, false},     {"himself", Role::patient, false},
    {"herself", Role::patient, false}, {"his", Role::other, true},
    {"her", Role::other, false},       {"hers", Role::other, true},
};

const Pronoun *pronoun(std::string_view norm) noexcept {
  if (norm.size() < 2 || norm.size() > 7 || (norm[0] != 'h' && norm[0] != 's')) return nullptr;
  for (const auto &p : pronouns)
    if (p.word == norm) return &p;
  return nullptr;
}

[[gnu::noinline]] std::vector<Mention> &found_buffer() {
  thread_local std::vector<Mention> b;
  return b;
}

} // namespace

void find_references(const sdk::Document &doc, const Gazetteer &gaz, StringTable &strings,
                     std::vector<Mention> &mentions) {
  std::vector<Mention> &found = found_buffer();
  found.clear();
  release_if_oversized(found, doc.text().size() / 256 + 16);
  const auto tokens = doc.tokens();
  const auto sentences = doc.sentences();
  // Mentions are in text order; `next` is the first one not before the token looked at.
  std::size_t next = 0;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    const auto &seg = sentences[s];
    for (std::uint32_t k = seg.first; k < seg.first + seg.count; ++k) {
      const auto &t = tokens[k];
      if (!has(t, ASPECTDIFF_TOKEN_WORD)) continue;
      while (next < mentions.size() && mentions[next].end <= t.begin)
        ++next;
      if (next < mentions.size() && mentions[next].begin < t.end) continue; // inside a name
      const auto norm = doc.norm(t);
      Mention m;
      m.begin = t.begin;
      m.end = t.end;
      m.sentence = s;
      m.first_token = k;
      m.last_token = k + 1;
      m.category = Category::person;
      m.confidence = 0.5f;
      if (const Pronoun *p = pronoun(norm)) {
        m.form = Form::pronoun;
        m.role = p->role;
        m.possessive = p->possessive;
        found.push_back(m);
        continue;
      }
      // "the president", "the prime minister", "the President": an office named alone, not
      // before a name.
      if (norm != "the" || k + 1 >= seg.first + seg.count) continue;
      std::uint32_t j = k + 1;
      std::uint32_t role_end = 0;
      for (; j < seg.first + seg.count && j <= k + 2; ++j) {
        const auto &w = tokens[j];
        if (!has(w, ASPECTDIFF_TOKEN_WORD)) break;
        const bool role = (gaz.classes_of(doc.norm(w)) & wc_role) != 0;
        if (role) role_end = j + 1;
        if (!role && has(w, ASPECTDIFF_TOKEN_CAPITALISED)) break;
      }
      if (role_end == 0) continue;
      if (role_end < seg.first + seg.count && has(tokens[role_end], ASPECTDIFF_TOKEN_CAPITALISED))
        continue; // "the president Emmanuel Macron" names the person
      if (next < mentions.size() && mentions[next].begin < tokens[role_end - 1].end) continue;
      std::string phrase;
      for (std::uint32_t i = k + 1; i < role_end; ++i) {
        if (!phrase.empty()) phrase.push_back(' ');
        phrase += doc.norm(tokens[i]);
      }
      m.begin = tokens[k + 1].begin;
      m.end = tokens[role_end - 1].end;
      m.first_token = k + 1;
      m.last_token = role_end;
      m.form = Form::description;
      m.role_phrase = strings.intern(phrase);
      m.possessive = role_end < tokens.size() && doc.norm(tokens[role_end]) == "'s";
      found.push_back(m);
      k = role_end - 1;
    }
  }
  if (found.empty()) return;
  const auto middle = static_cast<std::ptrdiff_t>(mentions.size());
  mentions.insert(mentions.end(), found.begin(), found.end());
  std::inplace_merge(mentions.begin(), mentions.begin() + middle, mentions.end(),
                     [](const Mention &a, const Mention &b) { return a.begin < b.begin; });
}

} // namespace aspectdiff::plugins::actors
