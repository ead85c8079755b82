#include "stance_model.hpp"

#include "lines.hpp"

#include <aspectdiff/sdk/config.hpp>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>

namespace aspectdiff::plugins::sentiment {

namespace {

constexpr std::uint32_t empty_slot = static_cast<std::uint32_t>(-1);

float parse_float(std::string_view text, bool &ok) {
  float v = 0.0f;
  const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  ok = ec == std::errc{} && p == text.data() + text.size() && std::isfinite(v);
  return v;
}

} // namespace

StanceModel StanceModel::parse(std::string_view bytes, std::string_view source) {
  StanceModel model;
  std::vector<std::uint64_t> hashes;
  for_each_line(bytes, [&](std::string_view line, std::size_t line_no) {
    auto fail = [&](const std::string &what) {
      throw sdk::ConfigError(std::string(source) + ":" + std::to_string(line_no) + ": " + what);
    };
    if (line.empty()) return;
    if (line[0] == '#') {
      if (line.starts_with("# provenance: ")) model.provenance_ = line.substr(14);
      return;
    }
    std::array<std::string_view, 4> fields;
    std::size_t at = 0, n = 0;
    for (; n < 4; ++n) {
      const auto tab = line.find('\t', at);
      fields[n] = line.substr(at, tab == std::string_view::npos ? line.size() - at : tab - at);
      if (tab == std::string_view::npos) break;
      at = tab + 1;
    }
    if (n != 3) fail("expected name<TAB>w_negative<TAB>w_neutral<TAB>w_positive");
    // A name is "kind", "kind|word" or "kind|word word2"; it is hashed as the extractor does.
    const auto name = fields[0];
    const auto bar = name.find('|');
    std::string_view kind = name, word, word2;
    if (bar != std::string_view::npos) {
      kind = name.substr(0, bar);
      word = name.substr(bar + 1);
      if (const auto space = word.find(' '); space != std::string_view::npos) {
        word2 = word.substr(space + 1);
        word = word.substr(0, space);
      }
    }
    if (kind.empty()) fail("empty feature name");
    hashes.push_back(feature_hash(kind, word, word2));
    for (std::size_t c = 1; c <= 3; ++c) {
      bool ok = false;
      model.weights_.push_back(parse_float(fields[c], ok));
      if (!ok) fail("bad weight '" + std::string(fields[c]) + "'");
    }
  });
  if (hashes.empty()) throw sdk::ConfigError(std::string(source) + ": no weights");

  const std::size_t capacity = std::bit_ceil(hashes.size() * 2);
  model.mask_ = capacity - 1;
  model.keys_.assign(capacity, 0);
  model.slots_.assign(capacity, empty_slot);
  for (std::uint32_t i = 0; i < hashes.size(); ++i) {
    std::uint64_t s = hashes[i] & model.mask_;
    while (model.slots_[s] != empty_slot) {
      if (model.keys_[s] == hashes[i]) {
        throw sdk::ConfigError(std::string(source) + ": feature listed twice (entry " +
                               std::to_string(i + 1) + ")");
      }
      s = (s + 1) & model.mask_;
    }
    model.keys_[s] = hashes[i];
    model.slots_[s] = i;
  }
  return model;
}

const float *StanceModel::find(const TargetFeature &f) const noexcept {
  const std::uint64_t h = feature_hash(f.kind, f.word, f.word2);
  for (std::uint64_t s = h & mask_;; s = (s + 1) & mask_) {
    const std::uint32_t i = slots_[s];
    if (i == empty_slot) return nullptr;
    if (keys_[s] == h) return &weights_[3u * i];
  }
}

void StanceModel::accumulate(std::span<const TargetFeature> features, std::array<float, 3> &logits,
                             std::vector<Driver> *drivers) const {
  for (const auto &f : features) {
    const float *w = find(f);
    if (w == nullptr) continue;
    for (std::size_t c = 0; c < 3; ++c)
      logits[c] += w[c] * f.value;
    if (drivers != nullptr && f.token != TargetFeature::no_token)
      drivers->push_back({f.token, (w[2] - w[0]) * f.value});
  }
}

namespace {

// Adds up the entries of one token (in token order on entry).
void merge_by_token(std::vector<Driver> &drivers) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < drivers.size(); ++i) {
    if (out > 0 && drivers[out - 1].token == drivers[i].token)
      drivers[out - 1].weight += drivers[i].weight;
    else
      drivers[out++] = drivers[i];
  }
  drivers.resize(out);
}

bool by_token(const Driver &x, const Driver &y) noexcept {
  return x.token < y.token;
}

} // namespace

void order_drivers(std::span<Driver> drivers, float value) {
  const float direction = value >= 0.0f ? 1.0f : -1.0f;
  std::sort(drivers.begin(), drivers.end(), [&](const Driver &x, const Driver &y) {
    return x.weight * direction > y.weight * direction;
  });
}

void StanceModel::score_sentence(std::span<const TargetFeature> sentence, SentencePart &out,
                                 bool with_drivers) const {
  out.logits = {};
  out.drivers.clear();
  accumulate(sentence, out.logits, with_drivers ? &out.drivers : nullptr);
  std::sort(out.drivers.begin(), out.drivers.end(), by_token);
  merge_by_token(out.drivers);
}

StancePrediction StanceModel::predict(std::span<const TargetFeature> own,
                                      const SentencePart &sentence,
                                      std::vector<Driver> *drivers) const {
  std::array<float, 3> logits{};
  if (drivers != nullptr) drivers->clear();
  accumulate(own, logits, drivers);
  for (std::size_t c = 0; c < 3; ++c)
    logits[c] += sentence.logits[c];

  StancePrediction p;
  const float top = *std::max_element(logits.begin(), logits.end());
  float total = 0.0f;
  for (std::size_t c = 0; c < 3; ++c)
    total += p.probability[c] = std::exp(logits[c] - top);
  for (auto &q : p.probability)
    q /= total;
  p.value = p.probability[2] - p.probability[0];
  const auto best = std::max_element(p.probability.begin(), p.probability.end());
  p.polarity = static_cast<int>(best - p.probability.begin()) - 1;

  if (drivers != nullptr) {
    // One entry per token (the target's own, then the sentence's, already one per token),
    // then the ones that pushed the way the prediction went first.
    std::sort(drivers->begin(), drivers->end(), by_token);
    const auto own_end = static_cast<std::ptrdiff_t>(drivers->size());
    drivers->insert(drivers->end(), sentence.drivers.begin(), sentence.drivers.end());
    std::inplace_merge(drivers->begin(), drivers->begin() + own_end, drivers->end(), by_token);
    merge_by_token(*drivers);
    const float direction = p.value >= 0.0f ? 1.0f : -1.0f;
    const auto head = static_cast<std::ptrdiff_t>(std::min(drivers->size(), ordered_drivers));
    std::partial_sort(drivers->begin(), drivers->begin() + head, drivers->end(),
                      [&](const Driver &x, const Driver &y) {
                        return x.weight * direction > y.weight * direction;
                      });
  }
  return p;
}

} // namespace aspectdiff::plugins::sentiment
