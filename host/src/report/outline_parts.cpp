#include "report/outline_parts.hpp"

#include "report/number_format.hpp"

#include <algorithm>

namespace aspectdiff::report {

namespace {

void append(std::string &out, std::string_view part) {
  if (part.empty()) return;
  if (!out.empty()) out += " \u00b7 ";
  out += part;
}

bool explained(const std::vector<model::RunError> &errors, const std::string &document,
               const std::string &aspect) {
  return std::any_of(errors.begin(), errors.end(), [&](const model::RunError &e) {
    return e.document == document && e.aspect == aspect;
  });
}

} // namespace

std::string describe_document(const model::Document &doc) {
  std::string out;
  if (!doc.title.empty()) append(out, "\u201c" + doc.title + "\u201d");
  append(out, doc.source);
  append(out, doc.date);
  append(out, format_count(doc.word_count) + " words");
  append(out, format_count(doc.sentences.size()) + " sentences");
  append(out, doc.language);
  append(out, doc.format);
  append(out, doc.url);
  return out;
}

std::string describe_provenance(const model::AspectResult &result) {
  const auto &p = result.provenance;
  std::string out;
  append(out, p.plugin.empty() ? std::string() : p.plugin + " " + p.version);
  if (!p.config_hash.empty()) append(out, "config " + p.config_hash.substr(0, 8));
  if (result.from_cache) append(out, "cached");
  return out;
}

std::string describe_attributes(const model::Item &item) {
  std::string out;
  for (const auto &[key, value] : item.attributes) {
    if (!out.empty()) out += ", ";
    out += key;
    out += '=';
    out += value;
  }
  return out;
}

const std::string &display_label(const std::string &label, const std::string &key) noexcept {
  return label.empty() ? key : label;
}

void render_problems(Renderer &renderer, const std::vector<model::RunError> &errors,
                     const std::vector<model::DocumentResult> &results) {
  std::vector<std::pair<std::vector<Styled>, bool>> lines; // parts, is an error
  for (const auto &e : errors) {
    std::vector<Styled> parts{{e.code.empty() ? "error" : e.code, Tone::bad}, {" ", Tone::plain}};
    parts.push_back({e.document, Tone::strong});
    if (!e.aspect.empty()) parts.push_back({" [" + e.aspect + "]", Tone::strong});
    parts.push_back({": " + e.message, Tone::plain});
    lines.emplace_back(std::move(parts), true);
  }
  for (const auto &doc : results)
    for (const auto &a : doc.aspects) {
      if (a.status == model::ResultStatus::ok || explained(errors, doc.document_id, a.aspect))
        continue;
      const bool failed = a.status == model::ResultStatus::failed;
      std::vector<Styled> parts{{model::to_string(a.status), failed ? Tone::bad : Tone::warn},
                                {" ", Tone::plain},
                                {doc.document_id, Tone::strong},
                                {" [" + a.aspect + "]", Tone::strong}};
      if (!a.error.empty()) parts.push_back({": " + a.error, Tone::plain});
      lines.emplace_back(std::move(parts), failed);
    }
  if (lines.empty()) return;
  const auto failures = static_cast<std::size_t>(
      std::count_if(lines.begin(), lines.end(), [](const auto &l) { return l.second; }));
  renderer.heading(
      2, "Problems",
      {format_count(failures) + " failed, " + format_count(lines.size() - failures) + " not scored",
       failures != 0 ? Tone::bad : Tone::warn});
  for (const auto &l : lines)
    renderer.bullet(l.first, {});
}

void render_left_out(Renderer &renderer, std::size_t shown, std::size_t total) {
  if (total <= shown) return;
  renderer.line({{"\u2026 and " + format_count(total - shown) + " more", Tone::muted}});
}

std::vector<std::string> ranking_aspects(const std::vector<model::RankEntry> &ranking) {
  std::vector<std::string> aspects;
  for (const auto &entry : ranking)
    for (const auto &[aspect, similarity] : entry.per_aspect)
      if (std::find(aspects.begin(), aspects.end(), aspect) == aspects.end())
        aspects.push_back(aspect);
  return aspects;
}

const double *aspect_similarity(const model::RankEntry &entry, std::string_view aspect) noexcept {
  for (const auto &[name, similarity] : entry.per_aspect)
    if (name == aspect) return &similarity;
  return nullptr;
}

} // namespace aspectdiff::report
