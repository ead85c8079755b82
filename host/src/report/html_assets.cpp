#include "report/html_assets.hpp"

namespace aspectdiff::report::html {

namespace {

// Colours: A is blue and B orange everywhere (bars, badges, highlights); marks in the texts use
// pale fills so that the highlighted sentence stays readable. Wide screens put the two texts in
// a sticky column beside the panels; narrow screens and print stack everything.
constexpr std::string_view css = R"css(
:root{--a:#1f5fbf;--b:#c25e00;--ink:#1d1d1f;--muted:#6b6b70;--line:#d9d9de;--hl:#fff0a8;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
header.top{padding:16px 24px;border-bottom:1px solid var(--line)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:19px;margin:0 0 8px}h3{font-size:16px;margin:0 0 8px}
h4{font-size:13px;margin:12px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.muted{color:var(--muted)}.warn{color:#a0522d}
main{padding:0 24px 24px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:13px;color:var(--muted);margin-top:6px}
.badge{display:inline-block;min-width:1.6em;text-align:center;border-radius:4px;color:#fff;font-weight:600;padding:0 4px}
.badge.a{background:var(--a)}.badge.b{background:var(--b)}
section.ranking{margin:16px 0}
table{border-collapse:collapse;width:100%;font-size:14px}
.scroll{overflow-x:auto;max-width:100%}h2,h3{overflow-wrap:anywhere}
th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:right;vertical-align:top}
th:first-child,td:first-child,td.name,th.name{text-align:left}
table.ranking th button{font:inherit;font-weight:600;background:none;border:0;cursor:pointer;padding:0;color:inherit}
table.ranking th button::after{content:" \2195";color:var(--muted)}
table.ranking tr.current{background:#f1f5fb}
.minibar{display:inline-block;height:8px;background:var(--a);border-radius:2px;margin-left:6px;vertical-align:middle}
.pair-head{padding:16px 0;border-bottom:1px solid var(--line)}
.overall{font-size:14px;color:var(--muted)}.overall .big{font-size:28px;font-weight:700;color:var(--ink);margin-right:6px}
ol.headline{margin:8px 0 0;padding-left:22px}
ol.headline li{margin:4px 0}
p.story{font-size:15px;line-height:1.5;max-width:70em}p.story a.ev{color:inherit;text-decoration:underline dotted}
.layout{display:grid;grid-template-columns:minmax(0,1fr);gap:24px}
@media (min-width:1100px){.layout{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
.texts{position:sticky;top:0;align-self:start;height:100vh}
.texts .text{height:calc(100vh - 48px);overflow:auto}}
.texts{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:12px;padding-top:12px}
@media (max-width:700px){.texts{grid-template-columns:minmax(0,1fr)}main{padding:0 10px 16px}header.top{padding:12px 10px}}
.doc h3{font-size:14px;margin:0 0 4px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.55 Georgia,"Noto Serif",serif;border:1px solid var(--line);border-radius:6px;padding:8px 10px}
.text .s{border-radius:3px;transition:background .2s}
.text .s.hl{background:var(--hl);box-shadow:0 0 0 2px var(--hl)}
.doc.whole .text{outline:3px solid var(--hl)}
mark{background:none;color:inherit;border-bottom:2px solid transparent}
mark.m-actor{border-bottom-color:#7a56c2}
mark.m-hedge{background:#e6f0ff}mark.m-booster{background:#ffe3e0}
mark.m-attr,mark.m-weasel{background:#e9f7e4}mark.m-cond{background:#f2eafc}
mark.m-pos{border-bottom:2px dotted #2e8b57}mark.m-neg{border-bottom:2px dotted #c0392b}
.key{display:inline-block;padding:0 4px;border-radius:3px}
.panel{border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin:14px 0}
.panel .sim{font-weight:400;color:var(--muted);font-size:13px;margin-left:6px}
ul.findings,ul.items{margin:0 0 8px;padding-left:18px}
figure{margin:10px 0}figcaption{font-size:12px;color:var(--muted)}
svg.chart{width:100%;height:auto;display:block}
svg .axis{stroke:#999;stroke-width:1}
svg .label{font-size:12px;fill:var(--ink)}svg .tag{fill:var(--muted);font-size:11px}
svg .value{font-size:11px;fill:var(--muted)}
svg .bar.side-a{fill:var(--a)}svg .bar.side-b{fill:var(--b)}
svg .line{fill:none;stroke-width:2}svg .line.side-a{stroke:var(--a)}svg .line.side-b{stroke:var(--b);stroke-dasharray:6 4}
svg .point.side-a{fill:var(--a)}svg .point.side-b{fill:var(--b)}
svg .hit{fill:transparent}
.ev{cursor:pointer}
li.ev:hover,tr.ev:hover,g.ev:hover .hit{background:#f4f4f7;fill:#f4f4f7}
.ev:focus{outline:2px solid var(--a);outline-offset:1px}
.ev.active{background:var(--hl)}g.ev.active .hit{fill:var(--hl)}
td.noise{color:var(--muted)}td.delta{font-weight:600}td.ci{font-size:12px;color:var(--muted)}
.status{position:sticky;bottom:0;background:#fffbe6;border-top:1px solid var(--line);margin:0;padding:6px 10px;font-size:13px}
.status:empty{display:none}
.problems li{color:#a0522d}
footer{padding:12px 24px;font-size:12px;color:var(--muted);border-top:1px solid var(--line)}
@media print{section.pair[hidden]{display:block}.texts{position:static;height:auto}
.texts .text{height:auto;overflow:visible}.status{display:none}section.pair{break-before:page}}
)css";

// Shows one pair at a time (the one named in the address or holding what it names, else the
// first) and highlights the sentences behind whatever the reader clicks. Without the script
// every pair is shown in full.
constexpr std::string_view js = R"js(
"use strict";
(function () {
  var pairs = Array.prototype.slice.call(document.querySelectorAll("section.pair"));
  var status = document.getElementById("status");
  var current = null;
  function show(id) {
    // An address may name a ranked difference inside a pair (a story's link): show its pair,
    // and keep what was just highlighted when that pair is already shown.
    var target = id ? document.getElementById(id) : null;
    var holder = target && target.closest ? target.closest("section.pair") : null;
    if (holder) id = holder.id;
    var found = pairs.some(function (p) { return p.id === id; });
    if (!found && pairs.length) id = pairs[0].id;
    if (id === current) return;
    current = id;
    pairs.forEach(function (p) { p.hidden = p.id !== id; });
    document.querySelectorAll("table.ranking tbody tr").forEach(function (tr) {
      tr.classList.toggle("current", tr.getAttribute("data-pair") === id);
    });
    if (status) status.textContent = "";
  }
  function scrollTo(sentence) {
    var box = sentence.closest(".text");
    if (box && box.scrollHeight > box.clientHeight + 1 && getComputedStyle(box).overflowY === "auto") {
      box.scrollTop = sentence.offsetTop - box.offsetTop - box.clientHeight / 3;
    } else {
      sentence.scrollIntoView({ block: "nearest" });
    }
  }
  function highlight(el) {
    var pair = el.closest("section.pair");
    if (!pair) return;
    pair.querySelectorAll(".hl").forEach(function (s) { s.classList.remove("hl"); });
    pair.querySelectorAll(".whole").forEach(function (s) { s.classList.remove("whole"); });
    pair.querySelectorAll(".ev.active").forEach(function (s) { s.classList.remove("active"); });
    el.classList.add("active");
    var counts = [];
    ["a", "b"].forEach(function (side) {
      var list = el.getAttribute("data-" + side);
      var n = 0;
      if (list) {
        list.split(" ").forEach(function (i) {
          var s = document.getElementById(pair.id + "-" + side + "-" + i);
          if (!s) return;
          s.classList.add("hl");
          if (n === 0) scrollTo(s);
          n += 1;
        });
      }
      counts.push(n + (n === 1 ? " sentence in " : " sentences in ") + side.toUpperCase());
    });
    if (el.hasAttribute("data-whole")) {
      pair.querySelectorAll(".doc").forEach(function (d) { d.classList.add("whole"); });
      if (status) status.textContent = "Computed over the whole of both texts.";
    } else if (status) {
      status.textContent = "Evidence highlighted: " + counts.join(", ") + ".";
    }
  }
  document.addEventListener("click", function (e) {
    var el = e.target.closest ? e.target.closest(".ev") : null;
    if (el) highlight(el);
    var row = e.target.closest ? e.target.closest("table.ranking tbody tr") : null;
    if (row && !e.target.closest("a")) location.hash = row.getAttribute("data-pair");
  });
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.classList && e.target.classList.contains("ev")) {
      e.preventDefault();
      highlight(e.target);
    }
  });
  document.querySelectorAll("table.ranking th button").forEach(function (button, column) {
    var descending = true;
    button.addEventListener("click", function () {
      var body = button.closest("table").tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (x, y) {
        var vx = x.cells[column].getAttribute("data-v"), vy = y.cells[column].getAttribute("data-v");
        var nx = parseFloat(vx), ny = parseFloat(vy);
        var c = isNaN(nx) || isNaN(ny) ? String(vx).localeCompare(String(vy)) : nx - ny;
        return descending ? -c : c;
      });
      descending = !descending;
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  window.addEventListener("hashchange", function () { show(location.hash.slice(1)); });
  show(location.hash.slice(1));
})();
)js";

} // namespace

std::string_view style_sheet() noexcept {
  return css;
}
std::string_view script() noexcept {
  return js;
}

} // namespace aspectdiff::report::html
