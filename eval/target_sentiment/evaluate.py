#!/usr/bin/python3
"""Scores the sentiment plugin's stance toward actors on NewsMTSC's training split
(../shared/data/eval/target_sentiment/newsmtsc_train.jsonl): sentiment toward a named target.

Two ways:
  1. the stance model alone, cross-validated on the training split (five folds of articles, the
     targets given as they are labelled): plugins/sentiment/tools/fit_stance.py's figures;
  2. end to end through the built host: every sentence is a document of
     `aspectdiff extract --format jsonl` with the actors and sentiment plugins; a target is found
     when an actor's evidence span overlaps it, and gets that actor's stance class (the most
     frequent class among its mentions in the sentence); a target no actor covers counts as
     predicted neutral. The development articles are scored with each fold's model, fitted
     without them (`stance_model` setting), so the figure is cross-validated; the held-out
     articles (the slice fit_stance.py never tunes on) are scored with the shipped model.

Beside each figure: the sentence-score baseline, the plugin's own document-level sentence score
given to every target of the sentence (positive at >= +0.05, negative at <= -0.05), on the same
targets. (VADER itself is not installed here; this is the plugin's own sentence score.)

Prints coverage, accuracy, macro-F1 and the same on sentences with two or more targets.
Skips cleanly (exit 0) when the data are absent. Needs python3-sklearn for part 1.

The held-out slice is scored only with --final (once, at the end; never while tuning).

Usage: evaluate.py [--host PATH] [--tool PATH] [--limit N] [--no-cv] [--final]
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "plugins", "sentiment", "tools"))
import fit_stance  # noqa: E402  (folds, hold-out slice, fitting)

# The document-score evaluation's helpers (finding the host, reading JSON Lines).
_spec = importlib.util.spec_from_file_location(
    "sentiment_evaluate", os.path.join(REPO, "eval", "sentiment", "evaluate.py"))
sentiment_evaluate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sentiment_evaluate)
find_host = sentiment_evaluate.find_host
read_jsonl = sentiment_evaluate.read_jsonl

CLASSES = [-1, 0, 1]


def byte_span(text, start, end):
    return len(text[:start].encode("utf-8")), len(text[:end].encode("utf-8"))


def run_host(host, rows, stance_model=""):
    """{sentence id: (actors, sentence score)} from the host with actors and sentiment; each
    actor is (its mention spans from the actors aspect, the sentiment plugin's stance item)."""
    config = f"stance_model = {json.dumps(stance_model)}\n" if stance_model else ""
    records = sentiment_evaluate.run_host(host, rows, config, enabled=("actors", "sentiment"),
                                          every_aspect=True)
    out = {}
    for sentence_id, aspects in records.items():
        sentiment = aspects.get("sentiment", {})
        score = sentiment_evaluate.metric(sentiment, "score") or 0.0
        stance = {it["key"]: it for it in sentiment.get("items", [])
                  if it.get("category") == "actor"}
        actors = [(it.get("evidence", []), stance[it["key"]])
                  for it in aspects.get("actors", {}).get("items", []) if it["key"] in stance]
        out[sentence_id] = (actors, score)
    return out


def attribute(item, key):
    attrs = item.get("attributes", {})
    if isinstance(attrs, dict):
        return attrs.get(key)
    for a in attrs:
        if a.get("key") == key:
            return a.get("value")
    return None


def actor_class(item):
    counts = [int(attribute(item, k) or 0)
              for k in ("negative_mentions", "neutral_mentions", "positive_mentions")]
    best = max(counts)
    if counts.count(best) > 1:  # a tie: the sign of the mean decides
        w = item.get("weight", 0.0)
        return 1 if w > 0.05 else (-1 if w < -0.05 else 0)
    return CLASSES[counts.index(best)]


def span_of(evidence):
    """(begin, end) of an evidence span: [begin, end(, text)] in schema aspectdiff/2."""
    if isinstance(evidence, dict):
        return evidence["begin"], evidence["end"]
    return evidence[0], evidence[1]


def sign(v):
    return 1 if v >= 0.05 else (-1 if v <= -0.05 else 0)


def score_targets(rows, results):
    """(gold, predicted, baseline, found, multi) per target."""
    out = []
    for r in rows:
        actors, score = results.get(r["id"], ([], 0.0))
        multi = len(r["targets"]) > 1
        for t in r["targets"]:
            begin, end = byte_span(r["text"], t["start"], t["end"])
            covering = [item for spans, item in actors
                        if any(b < end and begin < e for b, e in map(span_of, spans))]
            predicted = actor_class(covering[0]) if covering else 0
            out.append((t["polarity"], predicted, sign(score), bool(covering), multi))
    return out


def macro_f1(gold, predicted):
    f1s = []
    for c in CLASSES:
        tp = sum(1 for g, p in zip(gold, predicted) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, predicted) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, predicted) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def report(title, scored):
    if not scored:
        return
    gold = [s[0] for s in scored]
    for name, k in (("stance", 1), ("sentence-score baseline", 2)):
        pred = [s[k] for s in scored]
        acc = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)
        multi = [s for s in scored if s[4]]
        line = (f"{title:<28} {name:<24} n {len(gold):>5}  accuracy {acc:.3f}  "
                f"macro-F1 {macro_f1(gold, pred):.3f}")
        if multi:
            line += (f"  multi-target ({len(multi)}) macro-F1 "
                     f"{macro_f1([s[0] for s in multi], [s[k] for s in multi]):.3f}")
        print(line)
    found = sum(1 for s in scored if s[3])
    print(f"{title:<28} coverage {found / len(scored):.3f} ({found} of {len(scored)} targets "
          f"found as actors)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--host")
    ap.add_argument("--tool", default="", help="sentiment_target_features (default: next to "
                                               "the host)")
    ap.add_argument("--data", default=fit_stance.DATA)
    ap.add_argument("--limit", type=int, default=0, help="first N sentences only")
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    ap.add_argument("--final", action="store_true",
                    help="also score the held-out articles (once, at the end)")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"skipped: {args.data} not found")
        return 0
    host = find_host(args.host)
    if host is None:
        sys.exit("no built host found (build/bin/aspectdiff); build first or pass --host")
    tool = args.tool or os.path.join(os.path.dirname(host), "sentiment_target_features")
    rows = read_jsonl(args.data, args.limit or None)
    for r in rows:
        r["group"] = fit_stance.article(r["id"])
    dev = [r for r in rows if not fit_stance.held_out(r["group"])]
    hold = [r for r in rows if fit_stance.held_out(r["group"])]

    with tempfile.TemporaryDirectory() as tmp:
        scored_dev = []
        if not args.no_cv:
            print("== 1. the stance model on the labelled targets (fit_stance.py) ==")
            subprocess.run([sys.executable, os.path.join(REPO, "plugins", "sentiment", "tools",
                                                         "fit_stance.py"),
                            "--tool", tool, "--data", args.data, "--fold-models", tmp]
                           + (["--final"] if args.final else []), check=True)
            print("== 2. end to end through the host (actors + sentiment) ==")
            for k in range(fit_stance.FOLDS):
                fold_rows = [r for r in dev if fit_stance.fold_of(r["group"]) == k]
                results = run_host(host, fold_rows, os.path.join(tmp, f"fold_{k}.tsv"))
                scored_dev += score_targets(fold_rows, results)
            report("development, 5-fold CV", scored_dev)
        if args.final:
            report("held-out articles", score_targets(hold, run_host(host, hold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
