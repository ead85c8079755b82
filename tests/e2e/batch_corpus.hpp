// A small article-like JSON Lines corpus for the batch tests, made from the samples' paragraphs:
// three outlets, dates over two months, every tenth article a wire reprint of an earlier one
// under another outlet's name, and (on request) one line that is not JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace aspectdiff::testing {

inline std::vector<std::string> sample_paragraphs() {
  std::vector<std::string> out;
  const std::filesystem::path root(ASPECTDIFF_TEST_SOURCE_DIR);
  std::vector<std::filesystem::path> files{root / "samples/essay.txt"};
  for (const auto &e : std::filesystem::directory_iterator(root / "samples/commentary"))
    if (e.path().extension() == ".txt") files.push_back(e.path()); // the pieces, not the README
  std::sort(files.begin(), files.end());
  for (const auto &f : files) {
    std::ifstream in(f);
    std::string line, para;
    while (std::getline(in, line)) {
      if (line.empty()) {
        if (para.size() > 200) out.push_back(para);
        para.clear();
      } else {
        para += (para.empty() ? "" : " ") + line;
      }
    }
    if (para.size() > 200) out.push_back(para);
  }
  return out;
}

// Writes `count` articles to `path`; returns how many are reprints.
inline std::size_t write_batch_corpus(const std::filesystem::path &path, std::size_t count,
                                      bool with_bad_line) {
  const auto paragraphs = sample_paragraphs();
  const char *sources[] = {"Daily Planet", "Global Wire", "The Courier"};
  std::ofstream out(path, std::ios::binary);
  std::uint64_t state = 0x9e3779b97f4a7c15ull;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  std::vector<std::string> texts;
  std::size_t reprints = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::string text;
    if (i % 10 == 9) {
      text = texts[next() % texts.size()];
      ++reprints;
    } else {
      for (int p = 0; p < 3; ++p)
        text += (p ? "\n\n" : "") + paragraphs[next() % paragraphs.size()];
    }
    texts.push_back(text);
    nlohmann::json j{{"id", "art-" + std::to_string(i)},
                     {"title", "Article " + std::to_string(i)},
                     {"source", sources[i % 3]},
                     {"date", "2026-0" + std::to_string(5 + i % 2) + "-" +
                                  (i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1)},
                     {"text", text}};
    out << j.dump() << '\n';
    if (with_bad_line && i == count / 2) out << "{\"id\": \"broken\", \"text\": \n";
  }
  return reprints;
}

inline std::string slurp(const std::filesystem::path &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every output of a finished job directory, byte for byte, except manifest.json's "run" object
// (timings, shard, resumes), which the equality of runs does not cover.
inline std::vector<std::pair<std::string, std::string>>
job_outputs(const std::filesystem::path &dir) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const char *name : {"results.jsonl", "errors.jsonl", "summary.csv", "groups.csv",
                           "group_differences.csv", "ranking.csv", "duplicates.csv"})
    out.emplace_back(name, slurp(dir / name));
  auto manifest = nlohmann::json::parse(slurp(dir / "manifest.json"));
  manifest.erase("run");
  out.emplace_back("manifest.json", manifest.dump());
  return out;
}

} // namespace aspectdiff::testing
