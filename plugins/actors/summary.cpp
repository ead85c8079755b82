#include "summary.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>

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

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
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
  // Pairs keyed by (first << 32 | second) while counting; sorted once below for stable output.
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> pair_sentences;
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
        pair_sentences[(static_cast<std::uint64_t>(here[x]) << 32) | here[y]].push_back(
            mentions[i].sentence);
    i = j;
  }
  std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, std::vector<std::uint32_t>>> pairs;
  pairs.reserve(pair_sentences.size());
  for (auto &[key, sentences] : pair_sentences)
    pairs.push_back({{static_cast<std::uint32_t>(key >> 32), static_cast<std::uint32_t>(key)},
                     std::move(sentences)});
  std::sort(pairs.begin(), pairs.end(),
            [](const auto &x, const auto &y) { return x.first < y.first; });
  // Each actor's partners, so the per-actor attribute does not scan every pair.
  std::vector<std::vector<std::size_t>> pairs_of(actors.size());
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    pairs_of[pairs[p].first.first].push_back(p);
    pairs_of[pairs[p].first.second].push_back(p);
  }

  // Each actor's evidence and per-mention lists, gathered in one pass in text order: reading
  // the mentions actor by actor would jump through the whole mention array once per actor.
  struct Gathered {
    std::vector<sdk::Span> evidence;
    std::string forms, roles;
    std::size_t agent = 0, patient = 0;
    double confidence = 0.0;
  };
  std::vector<Gathered> gathered(actors.size());
  for (std::uint32_t a = 0; a < actors.size(); ++a) {
    gathered[a].evidence.reserve(actors[a].mentions.size());
    gathered[a].forms.reserve(actors[a].mentions.size() * 5);
    gathered[a].roles.reserve(actors[a].mentions.size() * 6);
  }
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention &m = mentions[i];
    Gathered &g = gathered[actor_of[i]];
    g.evidence.push_back({m.begin, m.end});
    if (!g.forms.empty()) g.forms.push_back(',');
    g.forms += to_string(m.form);
    if (!g.roles.empty()) g.roles.push_back(',');
    g.roles += to_string(m.role);
    g.agent += m.role == Role::agent ? 1 : 0;
    g.patient += m.role == Role::patient ? 1 : 0;
    g.confidence += m.confidence;
  }

  std::string co_actors;
  for (std::uint32_t a = 0; a < actors.size(); ++a) {
    const Actor &actor = actors[a];
    const auto &[evidence, forms, roles, agent, patient, confidence] = gathered[a];
    co_actors.clear();
    for (const auto p : pairs_of[a]) {
      const auto &[pair, sentences] = pairs[p];
      const auto other = pair.first == a ? pair.second : pair.first;
      if (!co_actors.empty()) co_actors.push_back(';');
      co_actors += actors[other].key;
      co_actors.push_back('=');
      co_actors += std::to_string(sentences.size());
    }
    const std::string agent_s = std::to_string(agent), patient_s = std::to_string(patient),
                      first_s = std::to_string(mentions[actor.mentions.front()].begin),
                      share_s = format_number(sal[a].share),
                      confidence_s =
                          format_number(confidence / static_cast<double>(actor.mentions.size()));
    std::vector<sdk::Attribute> attributes = {
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
    };
    if (actor.entry >= 0) {
      const Entry &e = gaz.entry(actor.entry);
      if (!e.state.empty()) attributes.push_back({"state", e.state});
      if (!e.office.empty()) attributes.push_back({"office", e.office});
      if (!e.years.empty()) attributes.push_back({"years", e.years});
    }
    out.item({.key = actor.key,
              .label = actor.label,
              .category = to_string(actor.category),
              .weight = sal[a].weight,
              .count = actor.mentions.size(),
              .attributes = attributes,
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
  std::vector<
      std::pair<std::pair<std::uint32_t, std::uint32_t>, const std::vector<std::uint32_t> *>>
      ranked;
  for (const auto &[pair, sentences] : pairs)
    ranked.emplace_back(pair, &sentences);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) {
    return x.second->size() > y.second->size();
  });
  if (ranked.size() > options.max_pairs) ranked.resize(options.max_pairs);
  const auto sentences = doc.sentences();
  for (const auto &[pair, in] : ranked) {
    std::vector<sdk::Span> spans;
    for (const auto s : *in)
      spans.push_back(sdk::Document::span_of(sentences[s]));
    const std::string name = "pair:" + actors[pair.first].key + "+" + actors[pair.second].key;
    const std::string label = actors[pair.first].label + " with " + actors[pair.second].label;
    metric(out, name, static_cast<double>(in->size()), sdk::MetricKind::count, label, spans);
  }
}

} // namespace aspectdiff::plugins::actors
