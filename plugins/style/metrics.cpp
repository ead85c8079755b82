#include "metrics.hpp"

#include "evidence.hpp"
#include "mtld.hpp"
#include "readability.hpp"

#include <cmath>
#include <string>

namespace aspectdiff::plugins::style {

namespace {

using sdk::MetricKind;

// A helper rather than designated initializers, so that every field is set explicitly.
sdk::Metric metric(std::string_view name, double value, MetricKind kind, std::string_view label,
                   std::span<const sdk::Span> evidence = {}) {
  sdk::Metric m;
  m.name = name;
  m.value = value;
  m.kind = kind;
  m.label = label;
  m.evidence = evidence;
  return m;
}

double per_thousand(std::uint64_t n, std::uint64_t words) {
  return 1000.0 * static_cast<double>(n) / static_cast<double>(words);
}

double share(std::uint64_t part, std::uint64_t whole) {
  return static_cast<double>(part) / static_cast<double>(whole);
}

// Lengths of the sentences that have words, with their document indices.
struct Lengths {
  std::vector<double> values;
  std::vector<std::uint32_t> index;
};

Lengths sentence_lengths(const Profile &p) {
  Lengths l;
  for (std::size_t i = 0; i < p.sentences.size(); ++i) {
    if (p.sentences[i].words == 0) continue;
    l.values.push_back(p.sentences[i].words);
    l.index.push_back(static_cast<std::uint32_t>(i));
  }
  return l;
}

std::uint64_t paragraphs_with_words(const sdk::Document &doc, const Profile &p) {
  std::uint64_t n = 0;
  for (const auto &para : doc.paragraphs()) {
    for (std::size_t s = para.first;
         s < std::size_t{para.first} + para.count && s < p.sentences.size(); ++s)
      if (p.sentences[s].words > 0) {
        ++n;
        break;
      }
  }
  return n;
}

void write_sentence_length(const sdk::Document &doc, const Settings &settings,
                           const Lengths &lengths, const sdk::ResultWriter &out) {
  const auto sentences = doc.sentences();
  const double n = static_cast<double>(lengths.values.size());
  double sum = 0.0;
  for (double v : lengths.values)
    sum += v;
  const double mean = sum / n;
  double squares = 0.0;
  for (double v : lengths.values)
    squares += (v - mean) * (v - mean);

  std::vector<Candidate> long_ones;
  std::size_t shortest = 0, longest = 0;
  for (std::size_t k = 0; k < lengths.index.size(); ++k) {
    const auto span = sdk::Document::span_of(sentences[lengths.index[k]]);
    if (lengths.values[k] >= settings.long_sentence_words)
      long_ones.push_back({span, lengths.values[k]});
    if (lengths.values[k] < lengths.values[shortest]) shortest = k;
    if (lengths.values[k] > lengths.values[longest]) longest = k;
  }
  const auto long_evidence = strongest(std::move(long_ones), settings.max_evidence);
  auto mean_metric = metric("mean_sentence_length", mean, MetricKind::value,
                            "Mean sentence length (words)", long_evidence);
  mean_metric.sentence_values = lengths.values;
  mean_metric.sentence_index = lengths.index;
  out.metric(mean_metric);

  std::vector<sdk::Span> extremes;
  if (settings.max_evidence > 0)
    extremes.push_back(sdk::Document::span_of(sentences[lengths.index[shortest]]));
  if (settings.max_evidence > 1 && longest != shortest)
    extremes.push_back(sdk::Document::span_of(sentences[lengths.index[longest]]));
  out.metric(metric("sentence_length_sd", std::sqrt(squares / n), MetricKind::value,
                    "Sentence length SD (words)", extremes));
}

void write_diversity(const Profile &p, const Settings &settings, const sdk::ResultWriter &out) {
  if (const auto value = mtld(p.types, p.type_count, settings.mtld_threshold)) {
    out.metric(metric("mtld", *value, MetricKind::value, "Lexical diversity (MTLD)"));
    if (p.words.size() < 100)
      out.note("MTLD is unstable on texts under 100 words; read it with care");
  } else {
    out.note("MTLD is undefined: no run of words repeats itself enough to reach the threshold "
             "(the text is too short)");
  }
  if (const auto ttr = type_token_ratio(p.types, p.type_count))
    out.metric(metric("type_token_ratio", *ttr, MetricKind::proportion, "Type-token ratio"));
}

// The first use of each long word, ranked by how often the word is used.
std::vector<sdk::Span> long_word_evidence(const Profile &p, std::size_t limit) {
  std::vector<std::uint32_t> uses(p.type_count, 0);
  std::vector<std::uint32_t> first_use(p.type_count, 0);
  for (std::size_t i = 0; i < p.words.size(); ++i) {
    if (!Profile::is_long(p.words[i])) continue;
    if (uses[p.types[i]]++ == 0) first_use[p.types[i]] = static_cast<std::uint32_t>(i);
  }
  std::vector<Candidate> candidates;
  for (std::uint32_t t = 0; t < p.type_count; ++t)
    if (uses[t] > 0) {
      const auto &w = p.words[first_use[t]];
      candidates.push_back({{w.begin, w.end}, static_cast<double>(uses[t])});
    }
  return strongest(std::move(candidates), limit);
}

void write_readability(const sdk::Document &doc, const Profile &p, const Settings &settings,
                       std::uint64_t sentence_count, const sdk::ResultWriter &out) {
  const ReadabilityCounts counts{p.words.size(), sentence_count, p.syllables};
  std::vector<Candidate> hard;
  const auto sentences = doc.sentences();
  for (std::size_t i = 0; i < p.sentences.size(); ++i)
    if (p.sentences[i].words >= min_words_for_sentence_grade)
      hard.push_back({sdk::Document::span_of(sentences[i]), sentence_grade(p.sentences[i])});
  const auto hardest = strongest(std::move(hard), settings.max_evidence);

  out.metric(metric("flesch_reading_ease", flesch_reading_ease(counts), MetricKind::value,
                    "Flesch reading ease", hardest));
  out.metric(metric("flesch_kincaid_grade", flesch_kincaid_grade(counts), MetricKind::value,
                    "Flesch-Kincaid grade", hardest));
  out.metric(metric("syllables_per_word", counts.syllables_per_word(), MetricKind::value,
                    "Syllables per word"));
  out.metric(metric("long_word_share", share(p.long_words, p.words.size()), MetricKind::proportion,
                    "Long words (3+ syllables)", long_word_evidence(p, settings.max_evidence)));
}

void write_rates(const sdk::Document &doc, const Profile &p, const Settings &settings,
                 const sdk::ResultWriter &out) {
  const auto sentences = doc.sentences();
  std::vector<sdk::Span> questions, exclamations;
  for (std::size_t i = 0; i < p.sentences.size(); ++i) {
    if (p.sentences[i].question) questions.push_back(sdk::Document::span_of(sentences[i]));
    if (p.sentences[i].exclamation) exclamations.push_back(sdk::Document::span_of(sentences[i]));
  }
  const auto words = p.words.size();
  out.metric(metric("question_rate", per_thousand(questions.size(), words), MetricKind::rate,
                    "Questions per 1,000 words", first(questions, settings.max_evidence)));
  out.metric(metric("exclamation_rate", per_thousand(exclamations.size(), words), MetricKind::rate,
                    "Exclamations per 1,000 words", first(exclamations, settings.max_evidence)));
  out.metric(metric("passive_rate", per_thousand(p.passives.size(), words), MetricKind::rate,
                    "Passives per 1,000 words", first(p.passives, settings.max_evidence)));

  std::vector<Candidate> quotes;
  for (std::size_t q = 0; q < p.quotations.size(); ++q)
    if (p.quotation_words[q] > 0)
      quotes.push_back({p.quotations[q].outer, static_cast<double>(p.quotation_words[q])});
  out.metric(metric("quoted_share", share(p.quoted_words, words), MetricKind::proportion,
                    "Words in quotation marks",
                    strongest(std::move(quotes), settings.max_evidence)));
}

} // namespace

double sentence_grade(const SentenceInfo &s) noexcept {
  return flesch_kincaid_grade({s.words, 1, s.syllables});
}

void write_metrics(const sdk::Document &doc, const Profile &p, const Settings &settings,
                   const sdk::ResultWriter &out) {
  const auto lengths = sentence_lengths(p);
  const std::uint64_t words = p.words.size();
  out.metric(metric("words", static_cast<double>(words), MetricKind::count, "Words"));
  out.metric(metric("sentences", static_cast<double>(lengths.values.size()), MetricKind::count,
                    "Sentences"));
  out.metric(metric("paragraphs", static_cast<double>(paragraphs_with_words(doc, p)),
                    MetricKind::count, "Paragraphs"));
  if (words == 0) {
    out.note("the document has no words: only counts are reported");
    return;
  }
  write_sentence_length(doc, settings, lengths, out);
  write_diversity(p, settings, out);
  write_readability(doc, p, settings, lengths.values.size(), out);
  write_rates(doc, p, settings, out);
}

} // namespace aspectdiff::plugins::style
