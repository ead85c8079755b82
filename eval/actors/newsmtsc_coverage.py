#!/usr/bin/env python3
"""Measures how many of NewsMTSC's sentiment targets the actors plugin finds.

NewsMTSC (../shared/data/eval/target_sentiment/newsmtsc_train.jsonl) labels the sentiment a news
sentence expresses toward named targets: mostly people, named in full, by surname or by title
and surname, and sometimes a pronoun or a group. The stance model in the sentiment plugin reads
the actors plugin's evidence spans as the mentions of each actor, so a target counts as found
when the evidence span of some actor overlaps it (as the stance evaluation counts it).

Runs the built host (`aspectdiff extract --format jsonl --input-format jsonl -`) with each
sentence as a document (the default, as the stance evaluation feeds them) or, with --articles,
the sentences of each article together (the first three `_`-separated fields of the id name
the article). Prints coverage overall and by the target's kind (pronoun, capitalised name,
other), with the previous figure beside when --previous is given, and lists missed targets with
--misses N.

Usage: newsmtsc_coverage.py [--data FILE] [--host PATH] [--plugin-dir DIR] [--config TOML]
                            [--articles]
                            [--misses N] [--previous PCT]
Skips (exit 0) when the shared data or the host is absent.
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import byte_to_char, find_host, load, run_host  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_DATA = [
    "/work/shared/data/eval/target_sentiment/newsmtsc_train.jsonl",
    os.path.join(ROOT, "..", "shared", "data", "eval", "target_sentiment",
                 "newsmtsc_train.jsonl"),
]
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its",
            "i", "me", "my", "we", "us", "our", "you", "your", "himself", "herself",
            "themselves"}


def article_of(record_id):
    return "_".join(record_id.split("_")[:3])


def kind_of(target_text):
    if target_text.lower() in PRONOUNS:
        return "pronoun"
    if target_text[:1].isupper():
        return "name"
    return "other"


def build_inputs(records, articles):
    """Documents to run, and for each record id: (document id, character offset)."""
    docs, placed = [], {}
    if not articles:
        for r in records:
            docs.append({"id": r["id"], "text": r["text"]})
            placed[r["id"]] = (r["id"], 0)
        return docs, placed
    grouped = collections.OrderedDict()
    for r in records:
        grouped.setdefault(article_of(r["id"]), []).append(r)
    for doc_id, rs in grouped.items():
        text = ""
        for r in rs:
            if text:
                text += "\n\n"
            placed[r["id"]] = (doc_id, len(text))
            text += r["text"]
        docs.append({"id": doc_id, "text": text})
    return docs, placed


def evidence_spans(result, docs_by_id):
    """Per document id: every actor evidence span in character offsets."""
    out = collections.defaultdict(list)
    for doc_id, obj in result.items():
        aspect = obj.get("aspects", {}).get("actors")
        if not aspect or aspect.get("status") not in (None, "ok"):
            continue
        to_char = byte_to_char(docs_by_id[doc_id]["text"])
        for item in aspect.get("items", []):
            for ev in item.get("evidence", []):
                begin, end = (ev["begin"], ev["end"]) if isinstance(ev, dict) else ev[:2]
                out[doc_id].append((to_char[begin], to_char[end], item.get("key")))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data")
    ap.add_argument("--host")
    ap.add_argument("--plugin-dir")
    ap.add_argument("--config", help="configuration file given to the host")
    ap.add_argument("--articles", action="store_true",
                    help="give each article's sentences together instead of one by one")
    ap.add_argument("--misses", type=int, default=0, help="list this many missed targets")
    ap.add_argument("--previous", type=float, help="previous overall coverage (%%) to print")
    args = ap.parse_args()

    data = args.data or next((p for p in DEFAULT_DATA if os.path.exists(p)), None)
    if not data or not os.path.exists(data):
        print("coverage skipped: NewsMTSC (../shared/data/eval/target_sentiment) is absent")
        return 0
    host = find_host(args.host)
    if not host:
        print("coverage skipped: no built host found (build the aspectdiff target)")
        return 0
    records = load(data)
    docs, placed = build_inputs(records, args.articles)
    docs_by_id = {d["id"]: d for d in docs}
    spans = evidence_spans(run_host(host, docs, args.plugin_dir, args.config), docs_by_id)

    found, total = collections.Counter(), collections.Counter()
    misses = []
    for r in records:
        doc_id, offset = placed[r["id"]]
        for t in r["targets"]:
            kind = kind_of(t["text"])
            total[kind] += 1
            b, e = t["start"] + offset, t["end"] + offset
            if any(s < e and b < x for s, x, _ in spans[doc_id]):
                found[kind] += 1
            else:
                misses.append((kind, r["id"], t["text"], r["text"]))
    n, f = sum(total.values()), sum(found.values())
    print("actors target coverage on %s (%d sentences, %d targets, %s)" %
          (os.path.basename(data), len(records), n,
           "sentences grouped by article" if args.articles else "one sentence per document"))
    print("%-10s %8s %8s %9s" % ("kind", "targets", "found", "coverage"))
    for kind in ("name", "pronoun", "other"):
        print("%-10s %8d %8d %8.1f%%" % (kind, total[kind], found[kind],
                                         100.0 * found[kind] / max(1, total[kind])))
    line = "%-10s %8d %8d %8.1f%%" % ("all", n, f, 100.0 * f / max(1, n))
    if args.previous is not None:
        line += "   (previously %.1f%%)" % args.previous
    print(line)
    if args.misses:
        by_kind = collections.Counter(m[0] for m in misses)
        print("\nmissed targets by kind: %s" % dict(by_kind))
        for kind, rid, target, text in misses[:args.misses]:
            print("  [%s] %r in: %s" % (kind, target, text[:160]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
