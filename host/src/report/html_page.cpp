// write_compare_html(): the comparison as one self-contained page. The page holds, per compared
// document, a headline, one panel per aspect and both texts side by side; a ranking table when
// there are several. Everything is inline (style, script, SVG) and a Content-Security-Policy
// forbids the page from loading anything, so it opens offline and can be mailed.
#include "report/evidence.hpp"
#include "report/headline.hpp"
#include "report/html_assets.hpp"
#include "report/html_document_text.hpp"
#include "report/html_escape.hpp"
#include "report/html_evidence.hpp"
#include "report/html_panels.hpp"
#include "report/html_story.hpp"
#include "report/number_format.hpp"
#include "report/outline_parts.hpp"
#include "report/report.hpp"

#include <algorithm>
#include <unordered_map>

#ifndef ASPECTDIFF_VERSION
#define ASPECTDIFF_VERSION "unknown"
#endif

namespace aspectdiff::report {

namespace {

using html::append_html_escaped;

class HtmlPage {
public:
  explicit HtmlPage(const model::CompareRun &run) : run_(run) {
    for (std::size_t i = 0; i < run.documents.size(); ++i) {
      index_.try_emplace(run.documents[i].id, i);
      marks_.push_back(i < run.results.size() ? html::collect_marks(run.results[i])
                                              : std::vector<html::TextMark>{});
    }
    for (std::size_t i = 0; i < run.comparisons.size(); ++i)
      pair_of_.try_emplace(run.comparisons[i].b_id, "pair-" + std::to_string(i + 1));
  }

  std::string render() {
    out_ += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
            "<meta name=\"generator\" content=\"aspectdiff " ASPECTDIFF_VERSION "\"><title>";
    append_html_escaped(out_, "aspectdiff: " + reference_name() + " compared");
    out_ += "</title><style>";
    out_ += html::style_sheet();
    out_ += "</style></head><body>";
    header();
    out_ += "<main>";
    ranking();
    for (std::size_t i = 0; i < run_.comparisons.size(); ++i)
      pair(run_.comparisons[i], "pair-" + std::to_string(i + 1));
    problems();
    out_ += "</main><p class=\"status\" id=\"status\" aria-live=\"polite\"></p>";
    footer();
    out_ += "<script>";
    out_ += html::script();
    out_ += "</script></body></html>\n";
    return std::move(out_);
  }

private:
  const model::Document *document(const std::string &id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? nullptr : &run_.documents[it->second];
  }

  const model::DocumentResult *result(const std::string &id) const {
    const auto it = index_.find(id);
    return it == index_.end() || it->second >= run_.results.size() ? nullptr
                                                                   : &run_.results[it->second];
  }

  std::string name(const std::string &id) const {
    const auto *doc = document(id);
    return doc == nullptr ? id : std::string(document_name(*doc));
  }

  std::string reference_name() const {
    return run_.documents.empty() || run_.reference_failed ? std::string("the reference")
                                                           : name(run_.documents.front().id);
  }

  void header() {
    out_ += "<header class=\"top\"><h1>aspectdiff compare</h1><div class=\"muted\">Reference "
            "<span class=\"badge a\">A</span> <bdi>";
    append_html_escaped(out_, reference_name());
    out_ += "</bdi>";
    if (!run_.documents.empty() && !run_.reference_failed) {
      out_ += " \u00b7 ";
      append_html_escaped(out_, describe_document(run_.documents.front()));
    }
    out_ += " \u00b7 compared with " + std::to_string(run_.comparisons.size()) +
            (run_.comparisons.size() == 1 ? " document" : " documents") + "</div>";
    out_ += "<div class=\"legend\"><span>Click any number, bar or difference to highlight the "
            "sentences behind it.</span>"
            "<span><mark class=\"m-actor\">actor</mark></span>"
            "<span><mark class=\"m-hedge\">hedge</mark></span>"
            "<span><mark class=\"m-booster\">booster</mark></span>"
            "<span><mark class=\"m-attr\">attribution</mark></span>"
            "<span><mark class=\"m-cond\">condition</mark></span>"
            "<span><mark class=\"m-pos\">positive</mark> / <mark class=\"m-neg\">negative</mark>"
            " word</span></div></header>";
    if (run_.reference_failed)
      out_ += "<p class=\"warn\">The reference could not be read: nothing was compared.</p>";
  }

  void ranking() {
    if (run_.ranking.empty()) return;
    const auto aspects = ranking_aspects(run_.ranking);

    out_ += "<section class=\"ranking\" id=\"ranking\"><h2>Ranking</h2><p class=\"muted\">Least "
            "different from the reference first: a document's difference is the sum over aspects "
            "of each aspect's strongest ranked difference. Click a column to sort, a row to open "
            "its comparison.</p><div class=\"scroll\"><table "
            "class=\"ranking\"><thead><tr><th><button>#</button></th>"
            "<th class=\"name\"><button>Document</button></th><th><button>Difference</button></th>"
            "<th><button>Overall</button></th>";
    for (const auto &aspect : aspects) {
      out_ += "<th><button>";
      append_html_escaped(out_, aspect);
      out_ += "</button></th>";
    }
    out_ += "</tr></thead><tbody>";
    for (std::size_t i = 0; i < run_.ranking.size(); ++i) {
      const auto &entry = run_.ranking[i];
      const auto pair = pair_of_.find(entry.document_id);
      const std::string pair_id = pair == pair_of_.end() ? std::string() : pair->second;
      out_ += "<tr data-pair=\"" + pair_id + "\"><td data-v=\"" + std::to_string(i + 1) + "\">" +
              std::to_string(i + 1) + "</td><td class=\"name\" data-v=\"";
      append_html_escaped(out_, name(entry.document_id));
      out_ += "\"><a href=\"#" + pair_id + "\"><bdi>";
      append_html_escaped(out_, name(entry.document_id));
      out_ += "</bdi></a></td>";
      const std::string difference = format_strength(entry.difference);
      out_ += "<td data-v=\"" + difference + "\"><b>" + difference + "</b></td>";
      similarity_cell(entry.overall, false);
      for (const auto &aspect : aspects) {
        if (const double *similarity = aspect_similarity(entry, aspect))
          similarity_cell(*similarity, false);
        else
          out_ += "<td data-v=\"-1\" class=\"muted\">\u2014</td>";
      }
      out_ += "</tr>";
    }
    out_ += "</tbody></table></div></section>";
  }

  void similarity_cell(double similarity, bool strong) {
    const std::string value = format_similarity(similarity);
    const int width = static_cast<int>(std::clamp(similarity, 0.0, 1.0) * 60.0 + 0.5);
    out_ += "<td data-v=\"" + value + "\">" + (strong ? "<b>" + value + "</b>" : value) +
            "<span class=\"minibar\" style=\"width:" + std::to_string(width) + "px\"></span></td>";
  }

  void pair(const model::Comparison &c, const std::string &id) {
    const auto *a = document(c.a_id);
    const auto *b = document(c.b_id);
    out_ += "<section class=\"pair\" id=\"" + id +
            "\"><div class=\"pair-head\"><h2>"
            "<span class=\"badge a\">A</span> <bdi>";
    append_html_escaped(out_, name(c.a_id));
    out_ += "</bdi> <span class=\"muted\">vs</span> <span class=\"badge b\">B</span> <bdi>";
    append_html_escaped(out_, name(c.b_id));
    out_ += "</bdi></h2>";
    if (b != nullptr) {
      out_ += "<div class=\"muted\">B: ";
      append_html_escaped(out_, describe_document(*b));
      out_ += "</div>";
    }
    out_ += "<div class=\"overall\"><span class=\"big\">" + format_similarity(c.overall) +
            "</span>overall similarity (0 = nothing alike, 1 = the same on every aspect)</div>";
    html::append_story_and_ranking(out_, c, a, b, name(c.a_id), name(c.b_id), id);
    out_ += "</div><div class=\"layout\"><div class=\"panels\">";
    const auto *result_a = result(c.a_id);
    const auto *result_b = result(c.b_id);
    for (const auto &ac : c.aspects) {
      const html::PanelSides sides{a, b,
                                   result_a == nullptr ? nullptr : result_a->aspect(ac.aspect),
                                   result_b == nullptr ? nullptr : result_b->aspect(ac.aspect)};
      html::append_aspect_panel(out_, ac, sides, id + "-" + ac.aspect);
    }
    out_ += "</div><div class=\"texts\">";
    text(a, c.a_id, id, "a");
    text(b, c.b_id, id, "b");
    out_ += "</div></div></section>";
  }

  void text(const model::Document *doc, const std::string &id, const std::string &pair_id,
            const char *side) {
    out_ += std::string("<article class=\"doc\" data-side=\"") + side +
            "\"><h3><span class=\"badge " + side + "\">" + (side[0] == 'a' ? "A" : "B") +
            "</span> <bdi>";
    append_html_escaped(out_, name(id));
    out_ += "</bdi></h3><div class=\"text\" dir=\"auto\">";
    if (doc != nullptr) {
      const auto it = index_.find(id);
      html::append_document_text(out_, *doc, marks_[it->second], pair_id + "-" + side + "-");
    }
    out_ += "</div></article>";
  }

  void problems() {
    std::vector<std::string> lines;
    for (const auto &e : run_.errors)
      lines.push_back(e.message);
    for (const auto &r : run_.results)
      for (const auto &a : r.aspects)
        if (a.status != model::ResultStatus::ok &&
            std::none_of(run_.errors.begin(), run_.errors.end(), [&](const model::RunError &e) {
              return e.document == r.document_id && e.aspect == a.aspect;
            }))
          lines.push_back(r.document_id + ": " + a.aspect + " " + model::to_string(a.status) +
                          (a.error.empty() ? "" : ": " + a.error));
    if (lines.empty()) return;
    out_ += "<section class=\"problems\" id=\"problems\"><h2>Problems</h2><ul>";
    for (const auto &line : lines) {
      out_ += "<li>";
      append_html_escaped(out_, line);
      out_ += "</li>";
    }
    out_ += "</ul></section>";
  }

  void footer() {
    out_ += "<footer>Made by aspectdiff " ASPECTDIFF_VERSION ". Plugins: ";
    bool first = true;
    for (const auto &p : run_.plugins) {
      if (!first) out_ += "; ";
      first = false;
      append_html_escaped(out_, p.name + " " + p.version + " (" + p.aspect + ", config " +
                                    p.config_hash.substr(0, 8) + ")");
    }
    out_ += ".</footer>";
  }

  const model::CompareRun &run_;
  std::unordered_map<std::string, std::size_t> index_;
  std::unordered_map<std::string, std::string> pair_of_;
  std::vector<std::vector<html::TextMark>> marks_;
  std::string out_;
};

} // namespace

void write_compare_html(std::ostream &out, const model::CompareRun &run) {
  out << HtmlPage(run).render();
}

} // namespace aspectdiff::report
