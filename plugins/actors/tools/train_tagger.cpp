// Trains the actors plugin's name tagger: an averaged structured perceptron over the features
// of tagger_features.cpp, decoded with the plugin's own Viterbi, on sentences segmented by the
// host's own segmenter and read by the plugin's own recogniser, so that training and run time
// see the same tokens and features.
//
//   actors_train_tagger --train conll2003_train.jsonl --valid conll2003_valid.jsonl
//                       --data-dir plugins/actors/data --generated-dir
//                       build/plugins/actors/generated
//                       [--epochs 10] [--min-count 1] [--out plugins/actors/data/tagger.bin]
//
// Input: JSON lines {"id", "doc", "text", "entities": [{"start", "end", "type"}]} with character
// offsets and types PER/ORG/LOC/MISC. The validation set is split by document: every third
// document (the third, sixth, ...) is held out and only scored once, with the final model; the
// rest tunes the number of epochs; --held-out yes scores the final model on the held-out third
// (do that once, at the end). Prints per-type exact-match precision, recall and F1 (BIO spans
// over the host's tokens, every sentence, whatever language the host would read it as).
// --model FILE scores a written model on --valid instead of training.
#include "../builtin_data.hpp"
#include "../recognizer.hpp"
#include "../tagger.hpp"

#include "model/document.hpp"
#include "text/segment.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

using namespace aspectdiff;
using namespace aspectdiff::plugins::actors;

namespace {

std::string read_file(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + path + "'");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Sentence {
  std::vector<std::uint8_t> candidate, gold;
  std::vector<std::uint32_t> offsets;  // into features
  std::vector<std::uint32_t> features; // interned ids (kept features only) or raw indexes
  std::vector<std::uint64_t> keys;     // before interning
};

struct Corpus {
  std::vector<Sentence> sentences;
  std::size_t names = 0, names_lost = 0, misaligned = 0;
};

std::uint8_t tag_for(std::string_view type, bool first) {
  NameType t = NameType::misc;
  if (type == "PER") t = NameType::per;
  if (type == "ORG") t = NameType::org;
  if (type == "LOC") t = NameType::loc;
  return static_cast<std::uint8_t>(begin_tag(t) + (first ? 0 : 1));
}

// Byte offset of every character offset of a UTF-8 string.
std::vector<std::uint32_t> char_to_byte(std::string_view s) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) out.push_back(i);
  out.push_back(static_cast<std::uint32_t>(s.size()));
  return out;
}

// Reads a JSONL NER file; `keep(doc_index)` says which documents to read.
template <class Keep>
Corpus read_corpus(const std::string &path, const Gazetteer &gaz, Keep &&keep) {
  Corpus corpus;
  const Recognizer recognizer(gaz, RecognizerOptions{});
  const TaggerFeatures features(gaz);
  TaggerFeatureBuffer buffer;
  StringTable strings;
  std::vector<Mention> mentions;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read '" + path + "'");
  std::string line, last_doc;
  std::size_t doc_index = 0, line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    const auto r = nlohmann::json::parse(line);
    const std::string doc_id = r.value("doc", r.value("id", std::string()));
    if (doc_id != last_doc && !last_doc.empty()) ++doc_index;
    last_doc = doc_id;
    if (!keep(doc_index)) continue;
    model::Document doc;
    doc.id = r.at("id").get<std::string>();
    doc.text = r.at("text").get<std::string>();
    text::segment(doc);
    const aspectdiff_document view = doc.view();
    const sdk::Document sdoc(view);
    strings.clear();
    recognizer.find(sdoc, strings, mentions);
    const auto bytes = char_to_byte(doc.text);
    std::vector<std::uint8_t> gold(doc.tokens.size(), tag_o);
    for (const auto &e : r.at("entities")) {
      ++corpus.names;
      const auto b = bytes.at(e.at("start").get<std::size_t>());
      const auto en = bytes.at(e.at("end").get<std::size_t>());
      bool first = true, aligned = false;
      for (std::size_t k = 0; k < doc.tokens.size(); ++k) {
        const auto &t = doc.tokens[k];
        if (t.begin >= b && t.end <= en) {
          gold[k] = tag_for(e.at("type").get<std::string>(), first);
          aligned |= first && t.begin == b;
          first = false;
        }
      }
      if (!aligned) ++corpus.misaligned;
    }
    std::size_t m0 = 0;
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
      const auto &seg = doc.sentences[si];
      std::size_t m1 = m0;
      while (m1 < mentions.size() && mentions[m1].sentence == si)
        ++m1;
      const auto toks = sdoc.tokens_of(seg);
      features.extract(toks, doc.text.data(), doc.normalised.data(), seg.first,
                       std::span(mentions).subspan(m0, m1 - m0), buffer);
      m0 = m1;
      Sentence s;
      s.candidate = buffer.candidate;
      s.offsets = buffer.offsets;
      s.keys = buffer.keys;
      s.gold.assign(gold.begin() + seg.first, gold.begin() + seg.first + seg.count);
      for (std::size_t k = 0; k < s.gold.size(); ++k)
        if (!s.candidate[k] && s.gold[k] != tag_o) {
          if (begins(s.gold[k])) ++corpus.names_lost;
          s.gold[k] = tag_o;
        }
      // A name whose first token was dropped begins at its next token.
      for (std::size_t k = 0; k < s.gold.size(); ++k)
        if (continues(s.gold[k]) && (k == 0 || s.gold[k - 1] == tag_o))
          s.gold[k] = begin_tag(type_of(s.gold[k]));
      corpus.sentences.push_back(std::move(s));
    }
  }
  return corpus;
}

struct Perceptron {
  std::unordered_map<std::uint64_t, std::uint32_t> ids;
  std::vector<std::uint64_t> keys;
  std::vector<float> w;       // features x tags, then transitions
  std::vector<double> summed; // c * update, for averaging
  std::array<float, (tag_count + 1) * tag_count> trans{};
  std::array<double, (tag_count + 1) * tag_count> trans_summed{};
  double clock = 1;

  void update(std::uint32_t f, std::size_t tag, float d) {
    w[f * tag_count + tag] += d;
    summed[f * tag_count + tag] += clock * d;
  }
  void update_transition(std::size_t from, std::size_t to, float d) {
    trans[from * tag_count + to] += d;
    trans_summed[from * tag_count + to] += clock * d;
  }
  float averaged(std::size_t i) const { return w[i] - static_cast<float>(summed[i] / clock); }
  float averaged_transition(std::size_t i) const {
    return trans[i] - static_cast<float>(trans_summed[i] / clock);
  }
};

// Emission scores of a sentence under weights `weight(feature, tag)`.
template <class Weight>
void emissions_of(const Sentence &s, Weight &&weight, std::vector<float> &out) {
  const std::size_t n = s.candidate.size();
  out.assign(n * tag_count, 0.0f);
  for (std::size_t k = 0; k < n; ++k)
    for (std::uint32_t i = s.offsets[k]; i < s.offsets[k + 1]; ++i) {
      const auto f = s.features[i];
      if (f == UINT32_MAX) continue;
      for (std::size_t t = 0; t < tag_count; ++t)
        out[k * tag_count + t] += weight(f, t);
    }
}

struct Counts {
  std::map<std::string, std::array<std::size_t, 3>> by_type; // tp, fp, fn
};

void score(const std::vector<std::uint8_t> &gold, const std::vector<std::uint8_t> &pred,
           Counts &c) {
  std::vector<TaggedName> g, p;
  names_of(gold, g);
  names_of(pred, p);
  std::set<std::tuple<std::uint32_t, std::uint32_t, int>> gs, ps;
  for (const auto &x : g)
    gs.insert({x.first, x.last, static_cast<int>(x.type)});
  for (const auto &x : p)
    ps.insert({x.first, x.last, static_cast<int>(x.type)});
  for (const auto &x : ps) {
    const std::string t = to_string(static_cast<NameType>(std::get<2>(x)));
    (gs.count(x) ? c.by_type[t][0] : c.by_type[t][1])++;
  }
  for (const auto &x : gs)
    if (!ps.count(x)) c.by_type[to_string(static_cast<NameType>(std::get<2>(x)))][2]++;
}

double print_counts(const std::string &title, const Counts &c, std::size_t lost) {
  std::printf("%s (gold names outside candidate tokens: %zu)\n", title.c_str(), lost);
  std::printf("  %-6s %9s %9s %9s\n", "type", "precision", "recall", "F1");
  std::array<std::size_t, 3> all{};
  double f1_all = 0;
  for (const auto &[t, v] : c.by_type) {
    const double p = v[0] + v[1] ? double(v[0]) / double(v[0] + v[1]) : 0;
    const double r = v[0] + v[2] ? double(v[0]) / double(v[0] + v[2]) : 0;
    std::printf("  %-6s %9.3f %9.3f %9.3f\n", t.c_str(), p, r, p + r ? 2 * p * r / (p + r) : 0);
    if (t != "MISC")
      for (int i = 0; i < 3; ++i)
        all[i] += v[i];
  }
  const double p = all[0] + all[1] ? double(all[0]) / double(all[0] + all[1]) : 0;
  const double r = all[0] + all[2] ? double(all[0]) / double(all[0] + all[2]) : 0;
  f1_all = p + r ? 2 * p * r / (p + r) : 0;
  std::printf("  %-6s %9.3f %9.3f %9.3f   (PER/ORG/LOC)\n", "micro", p, r, f1_all);
  return f1_all;
}

void intern(Corpus &c, const std::unordered_map<std::uint64_t, std::uint32_t> &ids) {
  for (auto &s : c.sentences) {
    s.features.resize(s.keys.size());
    for (std::size_t i = 0; i < s.keys.size(); ++i) {
      const auto it = ids.find(s.keys[i]);
      s.features[i] = it == ids.end() ? UINT32_MAX : it->second;
    }
  }
}

Counts evaluate(const Corpus &c, const Perceptron &model, DecodeBuffer &buf) {
  Counts counts;
  std::vector<float> em, tr(model.trans.size());
  for (std::size_t i = 0; i < tr.size(); ++i)
    tr[i] = model.averaged_transition(i);
  std::vector<std::uint8_t> pred;
  for (const auto &s : c.sentences) {
    emissions_of(
        s, [&](std::uint32_t f, std::size_t t) { return model.averaged(f * tag_count + t); }, em);
    viterbi(em, s.candidate, tr.data(), buf, pred);
    score(s.gold, pred, counts);
  }
  return counts;
}

// The same through a written model, as the plugin scores (quantised weights).
Counts evaluate(const Corpus &c, const TaggerModel &model, DecodeBuffer &buf) {
  Counts counts;
  std::vector<float> em;
  std::vector<std::int32_t> sums(tag_count);
  std::vector<std::uint8_t> pred;
  for (const auto &s : c.sentences) {
    const std::size_t n = s.candidate.size();
    em.assign(n * tag_count, 0.0f);
    for (std::size_t k = 0; k < n; ++k) {
      std::fill(sums.begin(), sums.end(), 0);
      for (std::uint32_t i = s.offsets[k]; i < s.offsets[k + 1]; ++i)
        model.add(s.keys[i], sums.data());
      for (std::size_t t = 0; t < tag_count; ++t)
        em[k * tag_count + t] = static_cast<float>(sums[t]) * model.scale();
    }
    viterbi(em, s.candidate, model.transitions(), buf, pred);
    score(s.gold, pred, counts);
  }
  return counts;
}

} // namespace

int main(int argc, char **argv) {
  std::map<std::string, std::string> args{
      {"--epochs", "10"}, {"--min-count", "1"},   {"--prune", "0.0"}, {"--out", ""},
      {"--model", ""},    {"--held-out", "no"},   {"--train", ""},    {"--valid", ""},
      {"--data-dir", ""}, {"--generated-dir", ""}};
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!args.count(argv[i])) {
      std::cerr << "unknown option " << argv[i] << "\n";
      return 2;
    }
    args[argv[i]] = argv[i + 1];
  }
  for (const char *need : {"--train", "--valid", "--data-dir", "--generated-dir"})
    if (args[need].empty() && !(args["--model"].size() && std::string(need) == "--train")) {
      std::cerr
          << "usage: actors_train_tagger --train FILE --valid FILE --data-dir DIR "
             "--generated-dir DIR [--epochs N] [--min-count N] [--prune W] [--out FILE] "
             "[--held-out yes] | --model FILE --valid FILE --data-dir DIR --generated-dir DIR\n";
      return 2;
    }
  try {
    Gazetteer gaz;
    std::vector<std::string> held;
    load_builtin(gaz, true, [&](std::string_view name) -> std::string_view {
      const bool generated = name.starts_with("generated/");
      const auto dir = args[generated ? "--generated-dir" : "--data-dir"];
      held.push_back(read_file(dir + "/" + std::string(name.substr(name.find('/') + 1))));
      return held.back();
    });
    const int epochs = std::stoi(args["--epochs"]);
    const std::size_t min_count = std::stoul(args["--min-count"]);
    const float prune = std::stof(args["--prune"]);

    if (!args["--model"].empty()) { // score a written model on the validation set only
      Corpus all = read_corpus(args["--valid"], gaz, [](std::size_t) { return true; });
      DecodeBuffer buf;
      const std::string bytes = read_file(args["--model"]);
      print_counts("model " + args["--model"] + " on " + args["--valid"],
                   evaluate(all, TaggerModel::load(bytes, args["--model"]), buf), all.names_lost);
      return 0;
    }
    Corpus train = read_corpus(args["--train"], gaz, [](std::size_t) { return true; });
    Corpus tune = read_corpus(args["--valid"], gaz, [](std::size_t d) { return d % 3 != 2; });
    Corpus held_out = read_corpus(args["--valid"], gaz, [](std::size_t d) { return d % 3 == 2; });
    std::printf("train: %zu sentences, %zu names (%zu misaligned, %zu outside candidates)\n",
                train.sentences.size(), train.names, train.misaligned, train.names_lost);

    // Features seen at least min_count times in training.
    std::unordered_map<std::uint64_t, std::uint32_t> seen;
    for (const auto &s : train.sentences)
      for (const auto k : s.keys)
        ++seen[k];
    Perceptron model;
    for (const auto &[k, n] : seen)
      if (n >= min_count) {
        model.ids.emplace(k, static_cast<std::uint32_t>(model.keys.size()));
        model.keys.push_back(k);
      }
    std::sort(model.keys.begin(), model.keys.end()); // a reproducible order
    for (std::uint32_t i = 0; i < model.keys.size(); ++i)
      model.ids[model.keys[i]] = i;
    std::printf("features: %zu distinct, %zu kept (seen %zu times or more)\n", seen.size(),
                model.keys.size(), min_count);
    model.w.assign(model.keys.size() * tag_count, 0.0f);
    model.summed.assign(model.w.size(), 0.0);
    intern(train, model.ids);
    intern(tune, model.ids);
    intern(held_out, model.ids);

    DecodeBuffer buf;
    std::vector<float> em;
    std::vector<std::uint8_t> pred;
    std::vector<std::size_t> order(train.sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i)
      order[i] = i;
    std::mt19937 rng(20261207);
    for (int epoch = 1; epoch <= epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      std::size_t mistakes = 0;
      for (const auto i : order) {
        const Sentence &s = train.sentences[i];
        emissions_of(
            s, [&](std::uint32_t f, std::size_t t) { return model.w[f * tag_count + t]; }, em);
        viterbi(em, s.candidate, model.trans.data(), buf, pred);
        std::size_t prev_g = tag_count, prev_p = tag_count;
        for (std::size_t k = 0; k < pred.size(); ++k) {
          const std::size_t g = s.gold[k], p = pred[k];
          if (g != p) {
            ++mistakes;
            for (std::uint32_t j = s.offsets[k]; j < s.offsets[k + 1]; ++j) {
              const auto f = s.features[j];
              if (f == UINT32_MAX) continue;
              model.update(f, g, 1.0f);
              model.update(f, p, -1.0f);
            }
          }
          if (g != p || prev_g != prev_p) {
            model.update_transition(prev_g, g, 1.0f);
            model.update_transition(prev_p, p, -1.0f);
          }
          prev_g = g;
          prev_p = p;
        }
        model.clock += 1;
      }
      const auto c = evaluate(tune, model, buf);
      char title[96];
      std::snprintf(title, sizeof title, "epoch %d: %zu token mistakes; CoNLL valid, tuning part",
                    epoch, mistakes);
      print_counts(title, c, tune.names_lost);
      std::fflush(stdout);
    }
    if (args["--held-out"] == "yes")
      print_counts("final model, CoNLL valid, held-out third", evaluate(held_out, model, buf),
                   held_out.names_lost);

    if (!args["--out"].empty()) {
      TaggerWeights out;
      for (std::size_t i = 0; i < (tag_count + 1) * tag_count; ++i)
        out.transitions[i] = model.averaged_transition(i);
      for (std::uint32_t f = 0; f < model.keys.size(); ++f) {
        std::array<float, tag_count> row{};
        float largest = 0;
        for (std::size_t t = 0; t < tag_count; ++t) {
          row[t] = model.averaged(f * tag_count + t);
          largest = std::max(largest, std::fabs(row[t]));
        }
        if (largest <= prune) continue;
        out.keys.push_back(model.keys[f]);
        out.rows.push_back(row);
      }
      const std::string bytes = serialise(out);
      const auto written = TaggerModel::load(bytes, args["--out"]); // the file must read back
      print_counts("written model (quantised), CoNLL valid, tuning part",
                   evaluate(tune, written, buf), tune.names_lost);
      std::ofstream f(args["--out"], std::ios::binary);
      f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!f) throw std::runtime_error("cannot write '" + args["--out"] + "'");
      std::printf("wrote %s: %zu features, %zu bytes\n", args["--out"].c_str(), out.keys.size(),
                  bytes.size());
    }
  } catch (const std::exception &e) {
    std::cerr << "actors_train_tagger: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
