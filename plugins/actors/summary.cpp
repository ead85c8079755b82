#include "summary.hpp"

#include "buffer_reuse.hpp"
#include "fixed_decimal.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <span>
#include <string>

namespace aspectdiff::plugins::actors {

namespace {

// The document's first paragraph is a title when it is one sentence without final
// punctuation; the lead is the first paragraph that is not a title.
struct Layout {
  std::uint32_t title_sentences = 0; // sentences [0, n) are the title
  std::uint32_t lead_end = 0;        // sentences [title_sentences, lead_end) are the lead
};

Layout layout_of(const sdk::Document &doc) {
  Layout l;
  const auto paragraphs = doc.paragraphs();
  if (paragraphs.empty()) return l;
  std::size_t lead = 0;
  const auto &first = paragraphs[0];
  if (first.count == 1) {
    auto t = doc.text_of(first);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\r'))
      t.remove_suffix(1);
    if (!t.empty() && t.back() != '.' && t.back() != '!' && t.back() != '?' &&
        paragraphs.size() > 1) {
      l.title_sentences = 1;
      lead = 1;
    }
  }
  const auto &p = paragraphs[lead];
  l.lead_end = p.first + p.count;
  return l;
}

void metric(const sdk::ResultWriter &out, std::string_view name, double value, sdk::MetricKind kind,
            std::string_view label, std::span<const sdk::Span> evidence = {}) {
  sdk::Metric m;
  m.name = name;
  m.value = value;
  m.kind = kind;
  m.label = label;
  m.evidence = evidence;
  out.metric(m);
}

double mention_weight(const Mention &m, const SummaryOptions &o) {
  return m.form == Form::demonym || m.form == Form::pronoun ? o.demonym_weight : 1.0;
}

std::string_view whole_number(std::uint64_t v, std::array<char, 24> &buf) {
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return {buf.data(), static_cast<std::size_t>(r.ptr - buf.data())};
}

// Two actors that meet in some sentences: the sentences are sentences[begin, begin + count) of
// the co-occurrence buffer, ascending.
struct Pair {
  std::uint32_t first = 0, second = 0; // actor indices, first < second
  std::uint32_t begin = 0, count = 0;
};

// Each actor's evidence and per-mention lists are gathered into flat buffers, the actor's part a
// slice at a known offset.
struct Gathered {
  std::size_t evidence = 0, forms = 0, roles = 0; // offsets of the actor's slices
  std::size_t forms_end = 0, roles_end = 0;       // slice ends
  std::size_t count = 0;                          // mentions gathered
  std::size_t agent = 0, patient = 0;
  double confidence = 0.0;
};

// A form or role word and its comma, padded, so that it is copied with one fixed-size move.
constexpr std::size_t padded_word_size = 16;
struct PaddedWord {
  std::array<char, padded_word_size> bytes{};
  std::size_t size = 0; // the word and its comma
};
template <class Enum, std::size_t N> constexpr std::array<PaddedWord, N> padded_words() {
  std::array<PaddedWord, N> words{};
  for (std::size_t i = 0; i < N; ++i) {
    const std::string_view word = to_string(static_cast<Enum>(i));
    for (std::size_t j = 0; j < word.size(); ++j)
      words[i].bytes[j] = word[j];
    words[i].bytes[word.size()] = ',';
    words[i].size = word.size() + 1;
  }
  return words;
}
// Indexed by the enums' values; one entry past the last value holds what to_string gives any
// value out of range, and stands for all of them.
constexpr auto form_words = padded_words<Form, 8>();
constexpr auto role_words = padded_words<Role, 4>();
static_assert(form_words[5].size == to_string(Form::acronym).size() + 1);
static_assert(role_words[2].size == to_string(Role::patient).size() + 1);

char *put_padded(char *at, const PaddedWord &word) noexcept {
  std::memcpy(at, word.bytes.data(), padded_word_size);
  return at + word.size;
}

// Up to this many actors, pairs are counted in a dense actor-by-actor table; beyond, sorted.
constexpr std::size_t max_dense_actors = 1024;

// Buffers kept from one document to the next on the same thread: write_result runs once per
// document, and fresh vectors would cost a few dozen allocations each time.
struct Workspace {
  std::vector<Salience> salience;
  std::vector<std::uint32_t> seen_in; // per actor: 1 + the last sentence it was seen in
  std::vector<std::uint32_t> here;    // the distinct actors of one sentence
  // Per meeting of two actors in a sentence: the pair's table slot, and the sentence.
  std::vector<std::uint32_t> meet_slot, meet_sentence;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> sorted_meetings; // many-actor documents
  std::vector<std::uint32_t> table; // actor x actor: meeting counts, then write cursors; zero
                                    // between documents
  std::vector<std::uint32_t> slots; // the table slots in use (sorted once counted)
  std::vector<Pair> pairs;
  std::vector<std::uint32_t> pair_sentences;
  std::vector<std::uint32_t> partners_begin, partners, fill;
  std::vector<Gathered> gathered;
  std::vector<sdk::Span> evidence_all;
  std::vector<std::size_t> evidence_end;
  std::vector<std::uint32_t> order; // the mention of each piece of gathered evidence
  std::string forms_all, roles_all, co_actors, name, label;
  std::vector<sdk::Span> spans;
  std::vector<std::uint32_t> ranked;
};

// Not inlined: inlined, the compiler may recompute the thread-local address (a call into the
// dynamic loader in a shared library) at every use instead of keeping the reference.
[[gnu::noinline]] Workspace &workspace() {
  thread_local Workspace w;
  return w;
}

// Calls fn(a, b, sentence) for every two distinct actors a < b named in one sentence, sentence
// by sentence.
template <class Fn>
void for_each_meeting(const std::vector<Mention> &mentions,
                      const std::vector<std::uint32_t> &actor_of, std::size_t actor_count,
                      Workspace &w, Fn &&fn) {
  w.seen_in.assign(actor_count, 0);
  for (std::size_t i = 0; i < mentions.size();) {
    const auto sentence = mentions[i].sentence;
    w.here.clear();
    for (; i < mentions.size() && mentions[i].sentence == sentence; ++i)
      if (w.seen_in[actor_of[i]] != sentence + 1) {
        w.seen_in[actor_of[i]] = sentence + 1;
        w.here.push_back(actor_of[i]);
      }
    for (std::size_t x = 0; x < w.here.size(); ++x)
      for (std::size_t y = x + 1; y < w.here.size(); ++y)
        fn(std::min(w.here[x], w.here[y]), std::max(w.here[x], w.here[y]), sentence);
  }
}

// Groups the meetings of actors in sentences into pairs, in order of (first, second) with the
// sentences of each pair ascending.
void find_pairs(const std::vector<Mention> &mentions, const std::vector<std::uint32_t> &actor_of,
                std::size_t actor_count, Workspace &w) {
  w.pairs.clear();
  w.pair_sentences.clear();
  // The table is zero between documents; should the last call have stopped half-way, the
  // slots it used are cleared here.
  for (const auto slot : w.slots)
    w.table[slot] = 0;
  w.slots.clear();
  if (actor_count <= max_dense_actors) {
    // Counting sort: count each pair's meetings (kept in meeting order, which is sentence
    // order); take the pairs in order, each a slice of the sentence buffer; place the
    // sentences. The table is left at zero for the next document.
    if (w.table.size() < actor_count * actor_count) w.table.resize(actor_count * actor_count, 0);
    w.meet_slot.clear();
    w.meet_sentence.clear();
    for_each_meeting(mentions, actor_of, actor_count, w,
                     [&](std::uint32_t a, std::uint32_t b, std::uint32_t sentence) {
                       const auto slot = static_cast<std::uint32_t>(a * actor_count + b);
                       if (w.table[slot]++ == 0) w.slots.push_back(slot);
                       w.meet_slot.push_back(slot);
                       w.meet_sentence.push_back(sentence);
                     });
    std::sort(w.slots.begin(), w.slots.end());
    std::uint32_t next = 0;
    for (const auto slot : w.slots) {
      const auto count = w.table[slot];
      w.pairs.push_back({static_cast<std::uint32_t>(slot / actor_count),
                         static_cast<std::uint32_t>(slot % actor_count), next, count});
      w.table[slot] = next;
      next += count;
    }
    w.pair_sentences.resize(next);
    for (std::size_t m = 0; m < w.meet_slot.size(); ++m)
      w.pair_sentences[w.table[w.meet_slot[m]]++] = w.meet_sentence[m];
    for (const auto slot : w.slots)
      w.table[slot] = 0;
    w.slots.clear();
    return;
  }
  w.sorted_meetings.clear();
  for_each_meeting(mentions, actor_of, actor_count, w,
                   [&](std::uint32_t a, std::uint32_t b, std::uint32_t sentence) {
                     w.sorted_meetings.emplace_back((static_cast<std::uint64_t>(a) << 32) | b,
                                                    sentence);
                   });
  std::sort(w.sorted_meetings.begin(), w.sorted_meetings.end());
  for (std::size_t i = 0; i < w.sorted_meetings.size();) {
    std::size_t j = i;
    const auto key = w.sorted_meetings[i].first;
    for (; j < w.sorted_meetings.size() && w.sorted_meetings[j].first == key; ++j)
      w.pair_sentences.push_back(w.sorted_meetings[j].second);
    w.pairs.push_back({static_cast<std::uint32_t>(key >> 32), static_cast<std::uint32_t>(key),
                       static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j - i)});
    i = j;
  }
}

} // namespace

void salience(const sdk::Document &doc, const std::vector<Mention> &mentions,
              const std::vector<Actor> &actors, const std::vector<std::uint32_t> &actor_of,
              const SummaryOptions &options, std::vector<Salience> &out) {
  out.assign(actors.size(), Salience{});
  const Layout layout = layout_of(doc);
  const auto title = doc.title();
  // One pass over the mentions in text order.
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention &m = mentions[i];
    Salience &s = out[actor_of[i]];
    s.weighted_mentions += mention_weight(m, options);
    if (m.sentence < layout.title_sentences) s.in_title = true;
    if (m.sentence < layout.lead_end) s.in_lead = true;
    if (!title.empty() && !s.in_title && m.end - m.begin >= 2) {
      const auto surface = doc.text().substr(m.begin, m.end - m.begin);
      if (title.find(surface) != std::string_view::npos) s.in_title = true;
    }
  }
  double total = 0.0, top = 0.0;
  for (const auto &s : out) {
    total += s.weighted_mentions;
    top = std::max(top, s.weighted_mentions);
  }
  const double length = std::max<double>(1.0, static_cast<double>(doc.text().size()));
  for (std::size_t a = 0; a < actors.size(); ++a) {
    Salience &s = out[a];
    s.share = total > 0 ? s.weighted_mentions / total : 0.0;
    const double first = mentions[actors[a].first_mention].begin / length;
    s.weight = 0.6 * (top > 0 ? s.weighted_mentions / top : 0.0) + 0.25 * (1.0 - first) +
               0.15 * ((s.in_title || s.in_lead) ? 1.0 : 0.0);
    s.weight = std::clamp(s.weight, 0.0, 1.0);
  }
}

void write_result(const sdk::Document &doc, const Gazetteer &gaz,
                  const std::vector<Mention> &mentions, const std::vector<Actor> &actors,
                  const std::vector<std::uint32_t> &actor_of, const SummaryOptions &options,
                  const sdk::ResultWriter &out) {
  Workspace &w = workspace();
  // Mention-sized buffers (meetings are a few per mention).
  for (auto *v : {&w.meet_slot, &w.meet_sentence, &w.pair_sentences})
    release_if_oversized(*v, 4 * mentions.size());
  release_if_oversized(w.sorted_meetings, 4 * mentions.size());
  release_if_oversized(w.evidence_all, mentions.size());
  release_if_oversized(w.order, mentions.size());
  release_if_oversized(w.forms_all, padded_word_size * (mentions.size() + 1));
  release_if_oversized(w.roles_all, padded_word_size * (mentions.size() + 1));
  release_if_oversized(w.spans, mentions.size());
  salience(doc, mentions, actors, actor_of, options, w.salience);
  const auto &sal = w.salience;
  find_pairs(mentions, actor_of, actors.size(), w);
  const auto &pairs = w.pairs;

  // Each actor's partners, so the per-actor attribute does not scan every pair. Held as one
  // array: actor a's pairs are partners[partners_begin[a], partners_begin[a + 1]), in pair order.
  w.partners_begin.assign(actors.size() + 1, 0);
  w.partners.resize(2 * pairs.size());
  for (const auto &pair : pairs) {
    ++w.partners_begin[pair.first + 1];
    ++w.partners_begin[pair.second + 1];
  }
  for (std::size_t a = 0; a < actors.size(); ++a)
    w.partners_begin[a + 1] += w.partners_begin[a];
  w.fill.assign(w.partners_begin.begin(), w.partners_begin.end() - 1);
  for (std::uint32_t p = 0; p < pairs.size(); ++p) {
    w.partners[w.fill[pairs[p].first]++] = p;
    w.partners[w.fill[pairs[p].second]++] = p;
  }

  // Each actor's evidence, gathered in text order (reading the mentions actor by actor would
  // jump through the whole mention array once per actor); `order` keeps which mention each
  // piece of evidence is.
  auto &gathered = w.gathered;
  gathered.assign(actors.size(), Gathered{});
  for (std::size_t i = 0; i < mentions.size(); ++i)
    ++gathered[actor_of[i]].count;
  std::size_t evidence_size = 0;
  w.evidence_end.resize(actors.size());
  for (std::uint32_t a = 0; a < actors.size(); ++a) {
    gathered[a].evidence = evidence_size;
    w.evidence_end[a] = evidence_size;
    evidence_size += gathered[a].count;
  }
  w.evidence_all.resize(evidence_size);
  w.order.resize(evidence_size);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention &m = mentions[i];
    Gathered &g = gathered[actor_of[i]];
    const auto at = w.evidence_end[actor_of[i]]++;
    w.evidence_all[at] = {m.begin, m.end};
    w.order[at] = static_cast<std::uint32_t>(i);
    g.agent += m.role == Role::agent ? 1 : 0;
    g.patient += m.role == Role::patient ? 1 : 0;
    g.confidence += m.confidence;
  }
  // Each actor's forms and roles, "name,name,surname,": written actor by actor, one after the
  // other, so each word (with its comma) is one fixed-size copy whose spill past the word is
  // overwritten by the next one; the buffers keep room for the last spill.
  w.forms_all.resize(evidence_size * padded_word_size + padded_word_size);
  w.roles_all.resize(evidence_size * padded_word_size + padded_word_size);
  char *const forms_begin = w.forms_all.data();
  char *const roles_begin = w.roles_all.data();
  char *forms_at = forms_begin;
  char *roles_at = roles_begin;
  for (std::uint32_t a = 0; a < actors.size(); ++a) {
    Gathered &g = gathered[a];
    g.forms = static_cast<std::size_t>(forms_at - forms_begin);
    g.roles = static_cast<std::size_t>(roles_at - roles_begin);
    for (std::size_t at = g.evidence; at < g.evidence + g.count; ++at) {
      const Mention &m = mentions[w.order[at]];
      forms_at =
          put_padded(forms_at, form_words[std::min<std::size_t>(static_cast<std::size_t>(m.form),
                                                                form_words.size() - 1)]);
      roles_at =
          put_padded(roles_at, role_words[std::min<std::size_t>(static_cast<std::size_t>(m.role),
                                                                role_words.size() - 1)]);
    }
    g.forms_end = static_cast<std::size_t>(forms_at - forms_begin);
    g.roles_end = static_cast<std::size_t>(roles_at - roles_begin);
  }
  std::array<char, 32> share_buf{}, confidence_buf{};
  std::array<char, 24> agent_buf{}, patient_buf{}, first_buf{};
  for (std::uint32_t a = 0; a < actors.size(); ++a) {
    const Actor &actor = actors[a];
    const Gathered &g = gathered[a];
    const std::span<const sdk::Span> evidence(w.evidence_all.data() + g.evidence,
                                              w.evidence_end[a] - g.evidence);
    // The slices without the comma after their last entry.
    const auto slice = [&](const std::string &all, std::size_t begin, std::size_t end) {
      return g.count == 0 ? std::string_view()
                          : std::string_view(all).substr(begin, end - begin - 1);
    };
    const auto forms = slice(w.forms_all, g.forms, g.forms_end);
    const auto roles = slice(w.roles_all, g.roles, g.roles_end);
    // "key=count;key=count": sized for the longest counts first, then written in place.
    auto &co_actors = w.co_actors;
    constexpr std::size_t count_digits = 10; // a 32-bit count
    std::size_t bound = 0;
    for (std::size_t i = w.partners_begin[a]; i < w.partners_begin[a + 1]; ++i) {
      const Pair &pair = pairs[w.partners[i]];
      bound += actors[pair.first == a ? pair.second : pair.first].key.size() + count_digits + 2;
    }
    co_actors.resize(bound);
    char *const start = co_actors.data();
    char *at = start;
    for (std::size_t i = w.partners_begin[a]; i < w.partners_begin[a + 1]; ++i) {
      const Pair &pair = pairs[w.partners[i]];
      const auto key = actors[pair.first == a ? pair.second : pair.first].key;
      if (at != start) *at++ = ';';
      at = std::copy(key.begin(), key.end(), at);
      *at++ = '=';
      at = std::to_chars(at, at + count_digits, pair.count).ptr;
    }
    co_actors.resize(static_cast<std::size_t>(at - start));
    const auto confidence =
        fixed3(g.confidence / static_cast<double>(actor.mention_count), confidence_buf);
    std::array<sdk::Attribute, 14> attributes = {{
        {"mentions_as_agent", whole_number(g.agent, agent_buf)},
        {"mentions_as_patient", whole_number(g.patient, patient_buf)},
        {"first_mention_offset", whole_number(mentions[actor.first_mention].begin, first_buf)},
        {"in_title", sal[a].in_title ? "true" : "false"},
        {"in_lead", sal[a].in_lead ? "true" : "false"},
        {"share", fixed3(sal[a].share, share_buf)},
        {"confidence", confidence},
        {"mention_forms", forms},
        {"mention_roles", roles},
        {"co_actors", co_actors},
        {"source", actor.entry >= 0 ? to_string(gaz.entry(actor.entry).source) : "text"},
    }};
    std::size_t attribute_count = 11;
    if (actor.entry >= 0) {
      const Entry &e = gaz.entry(actor.entry);
      if (!e.state.empty()) attributes[attribute_count++] = {"state", e.state};
      if (!e.office.empty()) attributes[attribute_count++] = {"office", e.office};
      if (!e.years.empty()) attributes[attribute_count++] = {"years", e.years};
    }
    out.item({.key = actor.key,
              .label = actor.label,
              .category = to_string(actor.category),
              .weight = sal[a].weight,
              .count = actor.mention_count,
              .attributes = std::span<const sdk::Attribute>(attributes).first(attribute_count),
              .evidence = evidence});
  }

  // Document metrics.
  auto &spans = w.spans;
  spans.resize(mentions.size());
  std::size_t agents = 0;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    spans[i] = {mentions[i].begin, mentions[i].end};
    agents += mentions[i].role == Role::agent ? 1 : 0;
  }
  const double words = std::max<double>(1.0, doc.word_count());
  metric(out, "actors", static_cast<double>(actors.size()), sdk::MetricKind::count,
         "distinct actors named");
  metric(out, "actor_mentions_per_1000_words",
         1000.0 * static_cast<double>(mentions.size()) / words, sdk::MetricKind::rate,
         "mentions of actors per 1,000 words", spans);
  double top_share = 0.0;
  std::size_t top = 0;
  for (std::size_t a = 0; a < sal.size(); ++a)
    if (sal[a].share > top_share) {
      top_share = sal[a].share;
      top = a;
    }
  // The top actor's mentions, in text order, are its slice of the gathered evidence.
  const auto top_evidence =
      actors.empty() ? std::span<const sdk::Span>()
                     : std::span<const sdk::Span>(w.evidence_all.data() + gathered[top].evidence,
                                                  gathered[top].count);
  metric(out, "top_actor_share", top_share, sdk::MetricKind::proportion,
         "share of mentions that go to the most named actor", top_evidence);
  metric(out, "agent_share",
         mentions.empty() ? 0.0
                          : static_cast<double>(agents) / static_cast<double>(mentions.size()),
         sdk::MetricKind::proportion, "share of mentions where the actor acts");

  // The most frequent pairs, with the sentences where they meet: by count, then in pair order
  // (what a stable sort by count gives), only the first max_pairs placed.
  auto &ranked = w.ranked;
  ranked.resize(pairs.size());
  for (std::uint32_t p = 0; p < pairs.size(); ++p)
    ranked[p] = p;
  const auto before = [&](std::uint32_t x, std::uint32_t y) {
    return pairs[x].count != pairs[y].count ? pairs[x].count > pairs[y].count : x < y;
  };
  const auto shown = std::min(ranked.size(), options.max_pairs);
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(shown),
                    ranked.end(), before);
  const auto sentences = doc.sentences();
  for (std::size_t r = 0; r < shown; ++r) {
    const Pair &pair = pairs[ranked[r]];
    spans.clear();
    for (std::uint32_t s = pair.begin; s < pair.begin + pair.count; ++s)
      spans.push_back(sdk::Document::span_of(sentences[w.pair_sentences[s]]));
    w.name.assign("pair:");
    w.name += actors[pair.first].key;
    w.name += '+';
    w.name += actors[pair.second].key;
    w.label.assign(actors[pair.first].label);
    w.label += " with ";
    w.label += actors[pair.second].label;
    metric(out, w.name, static_cast<double>(pair.count), sdk::MetricKind::count, w.label, spans);
  }
}

} // namespace aspectdiff::plugins::actors
