#include "batch/record.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace aspectdiff::batch {

namespace {

using Json = nlohmann::ordered_json;

Json number(double v) {
  return std::isfinite(v) ? Json(v) : Json(nullptr);
}

double number_of(const Json &j) {
  return j.is_number() ? j.get<double>() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

const double *DocRecord::metric(std::string_view name) const noexcept {
  for (const auto &[n, v] : metrics)
    if (n == name) return &v;
  return nullptr;
}

std::string encode_record(const DocRecord &r) {
  Json j{{"seq", r.seq},
         {"kind", r.kind == DocRecord::Kind::document ? "document" : "input_error"},
         {"id", r.id}};
  if (r.kind == DocRecord::Kind::document) {
    j["title"] = r.title;
    j["source"] = r.source;
    j["date"] = r.date;
    j["url"] = r.url;
    j["words"] = r.words;
    j["failed"] = r.failed;
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(r.minhash.size() * 4);
    for (const auto v : r.minhash)
      for (int shift = 12; shift >= 0; shift -= 4)
        hex.push_back(digits[(v >> shift) & 0xf]);
    j["minhash"] = std::move(hex);
    Json sims = Json::array();
    for (const auto &s : r.similarity) {
      Json aspects = Json::array();
      for (const auto &[a, v] : s.aspects)
        aspects.push_back(Json::array({a, number(v)}));
      sims.push_back({{"overall", number(s.overall)}, {"aspects", std::move(aspects)}});
    }
    j["similarity"] = std::move(sims);
    Json metrics = Json::array();
    for (const auto &[n, v] : r.metrics)
      metrics.push_back(Json::array({n, number(v)}));
    j["metrics"] = std::move(metrics);
    Json items = Json::array();
    for (const auto &it : r.items)
      items.push_back(Json::array({it.set, it.key, it.label, number(it.weight)}));
    j["items"] = std::move(items);
  }
  j["results_end"] = r.results_end;
  j["errors_end"] = r.errors_end;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<DocRecord> decode_record(std::string_view line) {
  try {
    const Json j = Json::parse(line);
    if (!j.is_object() || !j.contains("results_end") || !j.contains("errors_end"))
      return std::nullopt;
    DocRecord r;
    r.seq = j.at("seq").get<std::uint64_t>();
    r.kind = j.at("kind") == "document" ? DocRecord::Kind::document : DocRecord::Kind::input_error;
    r.id = j.at("id").get<std::string>();
    if (r.kind == DocRecord::Kind::document) {
      r.title = j.at("title").get<std::string>();
      r.source = j.at("source").get<std::string>();
      r.date = j.at("date").get<std::string>();
      r.url = j.at("url").get<std::string>();
      r.words = j.at("words").get<std::uint64_t>();
      r.failed = j.at("failed").get<bool>();
      const auto hex = j.at("minhash").get<std::string>();
      if (hex.size() != r.minhash.size() * 4) return std::nullopt;
      for (std::size_t i = 0; i < r.minhash.size(); ++i)
        r.minhash[i] = static_cast<std::uint16_t>(std::stoul(hex.substr(i * 4, 4), nullptr, 16));
      for (const auto &s : j.at("similarity")) {
        ReferenceSimilarity rs;
        rs.overall = number_of(s.at("overall"));
        for (const auto &a : s.at("aspects"))
          rs.aspects.emplace_back(a.at(0).get<std::string>(), number_of(a.at(1)));
        r.similarity.push_back(std::move(rs));
      }
      for (const auto &m : j.at("metrics"))
        r.metrics.emplace_back(m.at(0).get<std::string>(), number_of(m.at(1)));
      for (const auto &it : j.at("items"))
        r.items.push_back({it.at(0).get<std::string>(), it.at(1).get<std::string>(),
                           it.at(2).get<std::string>(), number_of(it.at(3))});
    }
    r.results_end = j.at("results_end").get<std::uint64_t>();
    r.errors_end = j.at("errors_end").get<std::uint64_t>();
    return r;
  } catch (const std::exception &) {
    return std::nullopt;
  }
}

} // namespace aspectdiff::batch
