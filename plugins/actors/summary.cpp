#include "summary.hpp"

#include <algorithm>
#include <array>
#include <charconv>
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

// Three decimals, as printf's "%.3f" writes them, without printf's per-call parsing and
// locale work (to_chars with a precision rounds the exact binary value the same way).
std::string_view format_number(double v, std::array<char, 32> &buf) {
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, 3);
  return {buf.data(), static_cast<std::size_t>(r.ptr - buf.data())};
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
  return m.form == Form::demonym ? o.demonym_weight : 1.0;
}

} // namespace

std::vector<Salience> salience(const sdk::Document &doc, const std::vector<Mention> &mentions,
                               const std::vector<Actor> &actors, const SummaryOptions &options) {
  std::vector<Salience> out(actors.size());
  const Layout layout = layout_of(doc);
  const auto title = doc.title();
  // One pass over the mentions in text order (not actor by actor, which would jump through the
  // whole mention array once per actor).
  std::vector<std::uint32_t> actor_of(mentions.size());
  for (std::uint32_t a = 0; a < actors.size(); ++a)
    for (const auto i : actors[a].mentions)
      actor_of[i] = a;
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
    const double first = mentions[actors[a].mentions.front()].begin / length;
    s.weight = 0.6 * (top > 0 ? s.weighted_mentions / top : 0.0) + 0.25 * (1.0 - first) +
               0.15 * ((s.in_title || s.in_lead) ? 1.0 : 0.0);
    s.weight = std::clamp(s.weight, 0.0, 1.0);
  }
  return out;
}

void write_result(const sdk::Document &doc, const Gazetteer &gaz,
                  const std::vector<Mention> &mentions, const std::vector<Actor> &actors,
                  const SummaryOptions &options, const sdk::ResultWriter &out) {
  const auto sal = salience(doc, mentions, actors, options);

  // Actors by sentence, for co-occurrence.
  std::vector<std::uint32_t> actor_of(mentions.size());
  for (std::uint32_t a = 0; a < actors.size(); ++a)
    for (const auto i : actors[a].mentions)
      actor_of[i] = a;
  // One (pair, sentence) record per sentence where two actors meet, pairs keyed by
  // (first << 32 | second); one sort groups them by pair, sentences ascending within a pair
  // (no hash map and no vector per pair).
  std::vector<std::pair<std::uint64_t, std::uint32_t>> meetings;
  std::vector<std::uint32_t> here;
  for (std::size_t i = 0; i < mentions.size();) {
    std::size_t j = i;
    here.clear();
    while (j < mentions.size() && mentions[j].sentence == mentions[i].sentence) {
      here.push_back(actor_of[j]);
      ++j;
    }
    std::sort(here.begin(), here.end());
    here.erase(std::unique(here.begin(), here.end()), here.end());
    for (std::size_t x = 0; x < here.size(); ++x)
      for (std::size_t y = x + 1; y < here.size(); ++y)
        meetings.emplace_back((static_cast<std::uint64_t>(here[x]) << 32) | here[y],
                              mentions[i].sentence);
    i = j;
  }
  std::sort(meetings.begin(), meetings.end());
  std::vector<std::uint32_t> meeting_sentences(meetings.size());
  for (std::size_t i = 0; i < meetings.size(); ++i)
    meeting_sentences[i] = meetings[i].second;
  // Each pair and its sentences, as a slice of meeting_sentences.
  std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, std::span<const std::uint32_t>>>
      pairs;
  for (std::size_t i = 0; i < meetings.size();) {
    std::size_t j = i;
    while (j < meetings.size() && meetings[j].first == meetings[i].first)
      ++j;
    const auto key = meetings[i].first;
    pairs.push_back({{static_cast<std::uint32_t>(key >> 32), static_cast<std::uint32_t>(key)},
                     std::span<const std::uint32_t>(meeting_sentences).subspan(i, j - i)});
    i = j;
  }
  // Each actor's partners, so the per-actor attribute does not scan every pair.
  // Held as one array: actor a's pairs are partners[partners_begin[a], partners_begin[a + 1]),
  // in pair order.
  std::vector<std::size_t> partners_begin(actors.size() + 1, 0), partners(2 * pairs.size());
  for (const auto &[pair, sentences] : pairs) {
    ++partners_begin[pair.first + 1];
    ++partners_begin[pair.second + 1];
  }
  for (std::size_t a = 0; a < actors.size(); ++a)
    partners_begin[a + 1] += partners_begin[a];
  {
    std::vector<std::size_t> fill(partners_begin.begin(), partners_begin.end() - 1);
    for (std::size_t p = 0; p < pairs.size(); ++p) {
      partners[fill[pairs[p].first.first]++] = p;
      partners[fill[pairs[p].first.second]++] = p;
    }
  }

  // Each actor's evidence and per-mention lists, gathered in text order (reading the mentions
  // actor by actor would jump through the whole mention array once per actor) into three flat
  // buffers, each actor's part a slice at a known offset: no allocation per actor.
  struct Gathered {
    std::size_t evidence = 0, forms = 0, roles = 0; // offsets of the actor's slices
    std::size_t forms_end = 0, roles_end = 0;       // write cursors, then slice ends
    std::size_t count = 0;                          // mentions gathered
    std::size_t agent = 0, patient = 0;
    double confidence = 0.0;
  };
  std::vector<Gathered> gathered(actors.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Gathered &g = gathered[actor_of[i]];
    ++g.count;
    // Slice lengths first: each mention's form and role, and a comma after all but the last.
    g.forms_end += to_string(mentions[i].form).size() + 1;
    g.roles_end += to_string(mentions[i].role).size() + 1;
  }
  std::size_t evidence_size = 0, forms_size = 0, roles_size = 0;
  for (std::uint32_t a = 0; a < actors.size(); ++a) {
    Gathered &g = gathered[a];
    g.evidence = evidence_size;
    g.forms = forms_size;
    g.roles = roles_size;
    evidence_size += g.count;
    forms_size += g.forms_end;
    roles_size += g.roles_end;
    g.forms_end = g.forms;
    g.roles_end = g.roles;
  }
  std::vector<sdk::Span> evidence_all(evidence_size);
  std::string forms_all(forms_size, ','), roles_all(roles_size, ',');
  std::vector<std::size_t> evidence_end(actors.size());
  for (std::uint32_t a = 0; a < actors.size(); ++a)
    evidence_end[a] = gathered[a].evidence;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention &m = mentions[i];
    Gathered &g = gathered[actor_of[i]];
    evidence_all[evidence_end[actor_of[i]]++] = {m.begin, m.end};
    const auto form = to_string(m.form), role = to_string(m.role);
    std::copy(form.begin(), form.end(),
              forms_all.begin() + static_cast<std::ptrdiff_t>(g.forms_end));
    g.forms_end += form.size() + 1; // past the comma already in place
    std::copy(role.begin(), role.end(),
              roles_all.begin() + static_cast<std::ptrdiff_t>(g.roles_end));
    g.roles_end += role.size() + 1;
    g.agent += m.role == Role::agent ? 1 : 0;
    g.patient += m.role == Role::patient ? 1 : 0;
    g.confidence += m.confidence;
  }

  std::string co_actors;
  std::array<char, 32> share_buf{}, confidence_buf{};
  for (std::uint32_t a = 0; a < actors.size(); ++a) {
    const Actor &actor = actors[a];
    const Gathered &g = gathered[a];
    const auto agent = g.agent, patient = g.patient;
    const double confidence = g.confidence;
    const std::span<const sdk::Span> evidence(evidence_all.data() + g.evidence,
                                              evidence_end[a] - g.evidence);
    // The slices without the comma after their last entry.
    const auto slice = [&](const std::string &all, std::size_t begin, std::size_t end) {
      return g.count == 0 ? std::string_view()
                          : std::string_view(all).substr(begin, end - begin - 1);
    };
    const auto forms = slice(forms_all, g.forms, g.forms_end);
    const auto roles = slice(roles_all, g.roles, g.roles_end);
    co_actors.clear();
    for (std::size_t i = partners_begin[a]; i < partners_begin[a + 1]; ++i) {
      const auto p = partners[i];
      const auto &[pair, sentences] = pairs[p];
      const auto other = pair.first == a ? pair.second : pair.first;
      if (!co_actors.empty()) co_actors.push_back(';');
      co_actors += actors[other].key;
      co_actors.push_back('=');
      co_actors += std::to_string(sentences.size());
    }
    const std::string agent_s = std::to_string(agent), patient_s = std::to_string(patient),
                      first_s = std::to_string(mentions[actor.mentions.front()].begin);
    const auto share_s = format_number(sal[a].share, share_buf);
    const auto confidence_s =
        format_number(confidence / static_cast<double>(actor.mentions.size()), confidence_buf);
    std::array<sdk::Attribute, 14> attributes = {{
        {"mentions_as_agent", agent_s},
        {"mentions_as_patient", patient_s},
        {"first_mention_offset", first_s},
        {"in_title", sal[a].in_title ? "true" : "false"},
        {"in_lead", sal[a].in_lead ? "true" : "false"},
        {"share", share_s},
        {"confidence", confidence_s},
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
              .count = actor.mentions.size(),
              .attributes = std::span<const sdk::Attribute>(attributes).first(attribute_count),
              .evidence = evidence});
  }

  // Document metrics.
  std::vector<sdk::Span> all;
  all.reserve(mentions.size());
  std::size_t agents = 0;
  for (const auto &m : mentions) {
    all.push_back({m.begin, m.end});
    agents += m.role == Role::agent ? 1 : 0;
  }
  const double words = std::max<double>(1.0, doc.word_count());
  metric(out, "actors", static_cast<double>(actors.size()), sdk::MetricKind::count,
         "distinct actors named");
  metric(out, "actor_mentions_per_1000_words",
         1000.0 * static_cast<double>(mentions.size()) / words, sdk::MetricKind::rate,
         "mentions of actors per 1,000 words", all);
  double top_share = 0.0;
  std::size_t top = 0;
  for (std::size_t a = 0; a < sal.size(); ++a)
    if (sal[a].share > top_share) {
      top_share = sal[a].share;
      top = a;
    }
  std::vector<sdk::Span> top_evidence;
  if (!actors.empty())
    for (const auto i : actors[top].mentions)
      top_evidence.push_back({mentions[i].begin, mentions[i].end});
  metric(out, "top_actor_share", top_share, sdk::MetricKind::proportion,
         "share of mentions that go to the most named actor", top_evidence);
  metric(out, "agent_share",
         mentions.empty() ? 0.0
                          : static_cast<double>(agents) / static_cast<double>(mentions.size()),
         sdk::MetricKind::proportion, "share of mentions where the actor acts");

  // The most frequent pairs, with the sentences where they meet.
  auto ranked = pairs;
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto &x, const auto &y) { return x.second.size() > y.second.size(); });
  if (ranked.size() > options.max_pairs) ranked.resize(options.max_pairs);
  const auto sentences = doc.sentences();
  for (const auto &[pair, in] : ranked) {
    std::vector<sdk::Span> spans;
    for (const auto s : in)
      spans.push_back(sdk::Document::span_of(sentences[s]));
    const std::string name = "pair:" + actors[pair.first].key + "+" + actors[pair.second].key;
    const std::string label = actors[pair.first].label + " with " + actors[pair.second].label;
    metric(out, name, static_cast<double>(in.size()), sdk::MetricKind::count, label, spans);
  }
}

} // namespace aspectdiff::plugins::actors
