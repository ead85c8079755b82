#include "batch/finalize.hpp"

#include "batch/csv.hpp"
#include "batch/date_bucket.hpp"
#include "batch/duplicates.hpp"
#include "batch/durable_file.hpp"
#include "batch/group_stats.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#ifndef ASPECTDIFF_VERSION
#define ASPECTDIFF_VERSION "unknown"
#endif

namespace aspectdiff::batch {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kItemsPerSet = 30;    // item measures per set in groups.csv
constexpr std::size_t kGroupsCompared = 10; // largest groups compared pairwise per field
constexpr std::size_t kTopInSummary = 3;    // items quoted per set in summary.csv

// What the first pass keeps of each document: enough for duplicates, ranking and the columns.
struct DocBrief {
  std::uint64_t seq = 0;
  std::string id, title, source;
  std::vector<double> overall; // per reference
};

// Names in order of first appearance, for stable columns.
class OrderedNames {
public:
  void add(const std::string &name) {
    if (index_.emplace(name, names_.size()).second) names_.push_back(name);
  }
  const std::vector<std::string> &names() const { return names_; }

private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<std::string> names_;
};

struct FirstPass {
  std::vector<DocBrief> docs;
  std::vector<MinHash> signatures;
  OrderedNames metrics, aspects;
  std::uint64_t input_errors = 0, failed = 0;
  // Documents mentioning each item, per set, to choose the items groups.csv reports.
  std::map<std::string, std::map<std::string, std::uint64_t>> item_presence;
  std::map<std::string, std::string> item_labels; // "set:key" -> first label seen
};

FirstPass first_pass(const JobPaths &paths) {
  FirstPass p;
  for_each_record(paths.journal(), [&](DocRecord &&r) {
    if (r.kind == DocRecord::Kind::input_error) {
      ++p.input_errors;
      return;
    }
    if (r.failed) ++p.failed;
    DocBrief brief{r.seq, std::move(r.id), std::move(r.title), std::move(r.source), {}};
    for (const auto &s : r.similarity) {
      brief.overall.push_back(s.overall);
      for (const auto &[aspect, v] : s.aspects)
        p.aspects.add(aspect);
    }
    for (const auto &[name, v] : r.metrics)
      p.metrics.add(name);
    for (const auto &it : r.items) {
      ++p.item_presence[it.set][it.key];
      p.item_labels.emplace(it.set + ":" + it.key, it.label);
    }
    p.docs.push_back(std::move(brief));
    p.signatures.push_back(r.minhash);
  });
  return p;
}

// The items per set that groups.csv reports: those in most documents.
std::map<std::string, std::vector<std::string>> chosen_items(const FirstPass &p) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto &[set, keys] : p.item_presence) {
    std::vector<std::pair<std::string, std::uint64_t>> ranked(keys.begin(), keys.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (ranked.size() > kItemsPerSet) ranked.resize(kItemsPerSet);
    for (auto &[key, n] : ranked)
      out[set].push_back(key);
    std::sort(out[set].begin(), out[set].end());
  }
  return out;
}

std::string top_items(const DocRecord &r, const std::string &set) {
  std::string out;
  std::size_t n = 0;
  for (const auto &it : r.items) {
    if (it.set != set || n == kTopInSummary) continue;
    if (n++ > 0) out += "; ";
    out += (it.label.empty() ? it.key : it.label) + " (" +
           number_cell(std::round(it.weight * 1000) / 1000) + ")";
  }
  return out;
}

void write_duplicates(const JobPaths &paths, const FirstPass &p,
                      const std::vector<std::uint32_t> &rep) {
  // Members of each cluster of two or more, clusters in the order of their first member.
  std::vector<std::uint32_t> size(rep.size(), 0);
  for (const auto r : rep)
    ++size[r];
  std::vector<std::vector<std::uint32_t>> members(rep.size());
  for (std::uint32_t i = 0; i < rep.size(); ++i)
    if (size[rep[i]] > 1) members[rep[i]].push_back(i);
  io::AtomicOutput out(paths.dir / "duplicates.csv", kBatchIoError);
  out.write(csv_line(
      {"cluster", "cluster_size", "index", "id", "title", "source", "similarity_to_first"}));
  for (std::uint32_t c = 0; c < members.size(); ++c)
    for (const auto i : members[c])
      out.write(
          csv_line({p.docs[c].id, std::to_string(members[c].size()), std::to_string(p.docs[i].seq),
                    p.docs[i].id, p.docs[i].title, p.docs[i].source,
                    number_cell(estimated_similarity(p.signatures[c], p.signatures[i]))}));
  out.commit();
}

void write_ranking(const JobPaths &paths, const FinalizeInput &in, const FirstPass &p,
                   const std::vector<std::uint32_t> &rep) {
  const bool collapse = in.spec->duplicates == DuplicateMode::collapse;
  io::AtomicOutput out(paths.dir / "ranking.csv", kBatchIoError);
  out.write(csv_line(
      {"reference", "rank", "index", "id", "title", "source", "similarity", "duplicate_of"}));
  for (std::size_t r = 0; r < in.references.size(); ++r) {
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < p.docs.size(); ++i)
      if (!collapse || rep[i] == i) order.push_back(i);
    auto value = [&](std::uint32_t i) {
      const double v = r < p.docs[i].overall.size() ? p.docs[i].overall[r] : std::nan("");
      return std::isfinite(v) ? v : -1.0;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return value(a) > value(b); });
    std::size_t rank = 0;
    for (const auto i : order)
      out.write(
          csv_line({in.references[r], std::to_string(++rank), std::to_string(p.docs[i].seq),
                    p.docs[i].id, p.docs[i].title, p.docs[i].source,
                    number_cell(r < p.docs[i].overall.size() ? p.docs[i].overall[r] : std::nan("")),
                    rep[i] == i ? "" : p.docs[rep[i]].id}));
  }
  out.commit();
}

using Groups = std::map<std::string, GroupAccumulator>; // by group value

void accumulate(GroupAccumulator &g, const DocRecord &r, const FinalizeInput &in,
                const std::map<std::string, std::vector<std::string>> &items) {
  ++g.documents;
  for (const auto &[name, v] : r.metrics)
    g.measures[name].add(v);
  for (std::size_t i = 0; i < r.similarity.size() && i < in.references.size(); ++i)
    g.measures["similarity:" + in.references[i]].add(r.similarity[i].overall);
  for (const auto &[set, keys] : items)
    for (const auto &key : keys) {
      bool present = false;
      for (const auto &it : r.items)
        if (it.set == set && it.key == key) {
          g.measures[set + ":" + key].add(it.weight);
          present = true;
          break;
        }
      g.measures["coverage:" + set + ":" + key].add(present ? 1.0 : 0.0);
    }
}

std::string label_of(const std::string &measure, const FirstPass &p) {
  std::string key = measure.starts_with("coverage:") ? measure.substr(9) : measure;
  const auto it = p.item_labels.find(key);
  return it == p.item_labels.end() ? std::string() : it->second;
}

void write_groups(const JobPaths &paths, const std::vector<GroupField> &fields,
                  const std::vector<Groups> &groups, const FirstPass &p) {
  io::AtomicOutput out(paths.dir / "groups.csv", kBatchIoError);
  out.write(
      csv_line({"group_by", "group", "documents", "measure", "label", "n", "mean", "low", "high"}));
  for (std::size_t f = 0; f < fields.size(); ++f)
    for (const auto &[group, acc] : groups[f])
      for (const auto &[measure, s] : acc.measures) {
        if (s.n == 0) continue;
        const auto ci = mean_interval(s);
        out.write(csv_line({fields[f].name(), group, std::to_string(acc.documents), measure,
                            label_of(measure, p), std::to_string(s.n), number_cell(s.mean),
                            number_cell(ci.low), number_cell(ci.high)}));
      }
  out.commit();
}

void write_differences(const JobPaths &paths, const std::vector<GroupField> &fields,
                       const std::vector<Groups> &groups, const FirstPass &p) {
  io::AtomicOutput out(paths.dir / "group_differences.csv", kBatchIoError);
  out.write(csv_line({"group_by", "group_a", "group_b", "measure", "label", "n_a", "n_b", "mean_a",
                      "mean_b", "difference", "low", "high", "distinguishable"}));
  for (std::size_t f = 0; f < fields.size(); ++f) {
    std::vector<const std::pair<const std::string, GroupAccumulator> *> largest;
    for (const auto &entry : groups[f])
      largest.push_back(&entry);
    std::stable_sort(largest.begin(), largest.end(), [](const auto *a, const auto *b) {
      return a->second.documents > b->second.documents;
    });
    if (largest.size() > kGroupsCompared) largest.resize(kGroupsCompared);
    std::sort(largest.begin(), largest.end(),
              [](const auto *a, const auto *b) { return a->first < b->first; });
    for (std::size_t i = 0; i < largest.size(); ++i)
      for (std::size_t j = i + 1; j < largest.size(); ++j) {
        const auto &a = largest[i]->second;
        const auto &b = largest[j]->second;
        for (const auto &[measure, sa] : a.measures) {
          const auto it = b.measures.find(measure);
          if (it == b.measures.end() || sa.n < 2 || it->second.n < 2) continue;
          const auto d = difference_of(sa, it->second);
          out.write(
              csv_line({fields[f].name(), largest[i]->first, largest[j]->first, measure,
                        label_of(measure, p), std::to_string(sa.n), std::to_string(it->second.n),
                        number_cell(sa.mean), number_cell(it->second.mean),
                        number_cell(d.difference), number_cell(d.interval.low),
                        number_cell(d.interval.high), d.distinguishable ? "true" : "false"}));
        }
      }
  }
  out.commit();
}

std::vector<std::string> summary_header(const FinalizeInput &in, const FirstPass &p) {
  std::vector<std::string> h{"index", "id",    "title",  "source",       "date",
                             "url",   "words", "status", "duplicate_of", "cluster_size"};
  for (const auto &ref : in.references) {
    h.push_back("similarity:" + ref);
    for (const auto &aspect : p.aspects.names())
      h.push_back("similarity:" + ref + ":" + aspect);
  }
  for (const auto &m : p.metrics.names())
    h.push_back(m);
  for (const auto &set : in.spec->item_sets)
    h.push_back(set.name() + ":top");
  return h;
}

std::vector<std::string> summary_row(const DocRecord &r, const FinalizeInput &in,
                                     const FirstPass &p, const std::string &duplicate_of,
                                     std::size_t cluster_size) {
  std::vector<std::string> row{std::to_string(r.seq),
                               r.id,
                               r.title,
                               r.source,
                               r.date,
                               r.url,
                               std::to_string(r.words),
                               r.failed ? "failed" : "ok",
                               duplicate_of,
                               std::to_string(cluster_size)};
  for (std::size_t i = 0; i < in.references.size(); ++i) {
    const ReferenceSimilarity *s = i < r.similarity.size() ? &r.similarity[i] : nullptr;
    row.push_back(s ? number_cell(s->overall) : "");
    for (const auto &aspect : p.aspects.names()) {
      std::string cell;
      if (s)
        for (const auto &[a, v] : s->aspects)
          if (a == aspect) cell = number_cell(v);
      row.push_back(std::move(cell));
    }
  }
  for (const auto &m : p.metrics.names()) {
    const double *v = r.metric(m);
    row.push_back(v ? number_cell(*v) : "");
  }
  for (const auto &set : in.spec->item_sets)
    row.push_back(top_items(r, set.name()));
  return row;
}

Json describe_plugins(const std::vector<model::PluginRecord> &plugins) {
  Json out = Json::array();
  for (const auto &p : plugins)
    out.push_back({{"name", p.name},
                   {"version", p.version},
                   {"aspect", p.aspect},
                   {"config_hash", p.config_hash}});
  return out;
}

} // namespace

FinalCounts finalize_job(const JobPaths &paths, const FinalizeInput &in) {
  const JobSpec &spec = *in.spec;
  FirstPass p = first_pass(paths);
  const auto rep = cluster_duplicates(p.signatures, spec.duplicate_similarity);
  std::vector<std::uint32_t> cluster_size(rep.size(), 0);
  for (const auto r : rep)
    ++cluster_size[r];
  const auto items = chosen_items(p);

  write_duplicates(paths, p, rep);
  write_ranking(paths, in, p, rep);

  // Second pass: summary rows in input order, and the group accumulators.
  std::vector<Groups> groups(spec.group_by.size());
  {
    io::AtomicOutput summary(paths.dir / "summary.csv", kBatchIoError);
    summary.write(csv_line(summary_header(in, p)));
    std::size_t i = 0;
    const bool collapse = spec.duplicates == DuplicateMode::collapse;
    for_each_record(paths.journal(), [&](DocRecord &&r) {
      if (r.kind == DocRecord::Kind::input_error) return;
      const std::uint32_t first = rep[i];
      const std::string duplicate_of = first == i ? std::string() : p.docs[first].id;
      summary.write(csv_line(summary_row(r, in, p, duplicate_of, cluster_size[first])));
      if (!collapse || first == i)
        for (std::size_t f = 0; f < spec.group_by.size(); ++f)
          accumulate(groups[f][group_of(r, spec.group_by[f])], r, in, items);
      ++i;
    });
    summary.commit();
  }
  write_groups(paths, spec.group_by, groups, p);
  write_differences(paths, spec.group_by, groups, p);

  FinalCounts counts;
  counts.documents = p.docs.size();
  counts.failed = p.failed;
  counts.input_errors = p.input_errors;
  for (std::uint32_t i = 0; i < rep.size(); ++i) {
    if (rep[i] != i) ++counts.duplicates;
    if (rep[i] == i && cluster_size[i] > 1) ++counts.clusters;
  }

  std::error_code ec;
  const auto results = paths.results(spec.compress_results);
  std::filesystem::rename(paths.results_part(), results, ec);
  if (ec) std::filesystem::rename(paths.results_part(), results); // throws with the reason
  std::filesystem::rename(paths.errors_part(), paths.errors(), ec);
  if (ec) std::filesystem::rename(paths.errors_part(), paths.errors());

  Json job{{"inputs", in.inputs},
           {"input_format", spec.input_format},
           {"references", in.references},
           {"group_by", Json::array()},
           {"items", Json::array()},
           {"item_limit", spec.item_limit},
           {"metrics", spec.metrics},
           {"duplicates", to_string(spec.duplicates)},
           {"duplicate_similarity", spec.duplicate_similarity},
           {"shingle_width", spec.shingle_width},
           {"compress", spec.compress_results ? "zstd" : "none"},
           {"detail", report::to_string(spec.detail)}};
  for (const auto &g : spec.group_by)
    job["group_by"].push_back(g.name());
  for (const auto &s : spec.item_sets)
    job["items"].push_back(s.name());
  Json manifest{{"schema", "aspectdiff-batch/1"},
                {"generator", {{"name", "aspectdiff"}, {"version", ASPECTDIFF_VERSION}}},
                {"config_hash", in.config_hash},
                {"job", std::move(job)},
                {"plugins", describe_plugins(in.plugins)},
                {"counts",
                 {{"documents", counts.documents},
                  {"failed_documents", counts.failed},
                  {"input_errors", counts.input_errors},
                  {"duplicate_documents", counts.duplicates},
                  {"duplicate_clusters", counts.clusters}}},
                {"outputs",
                 {results.filename().string(), "errors.jsonl", "summary.csv", "groups.csv",
                  "group_differences.csv", "ranking.csv", "duplicates.csv"}},
                {"run", in.run}};
  io::AtomicOutput out(paths.manifest(), kBatchIoError);
  out.write(manifest.dump(2) + "\n");
  out.commit();
  sync_directory(paths.dir);
  return counts;
}

} // namespace aspectdiff::batch
