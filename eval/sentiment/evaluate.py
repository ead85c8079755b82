#!/usr/bin/env python3
"""Scores the sentiment plugin on the human-rated development sets.

For each set (NYT editorial snippets, tweets, movie-review snippets) it runs the built host,
`aspectdiff extract --format jsonl --input-format jsonl -`, reads the `sentiment` aspect's
`score` metric, and prints
  - Pearson r between the score and the raters' mean (-4..+4),
  - 3-class accuracy and macro-F1: gold positive at mean >= +0.2, negative at <= -0.2;
    predicted positive at score >= +0.05, negative at <= -0.05.
With --cv it also prints the cross-validated figures of the fitted model (see
plugins/sentiment/tools/fit_model.py): the shipped coefficients were fitted on these same sets,
so the plain figures are in-sample and the cross-validated ones are the honest estimate.

Skips cleanly (exit 0) when the development data are absent. Python standard library only.

Usage: evaluate.py [--host PATH] [--plugin-dir DIR] [--data DIR] [--limit N] [--cv]
"""
import argparse
import glob
import json
import math
import os
import subprocess
import sys
import tempfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SETS = [("nyt_editorials_dev.jsonl", "NYT editorials"), ("tweets.jsonl", "tweets"),
        ("movie_reviews.jsonl", "movie reviews")]
GOLD_THRESHOLD = 0.2
PRED_THRESHOLD = 0.05


def find_data(explicit):
    candidates = [explicit] if explicit else [
        os.path.join(REPO, "..", "shared", "data", "eval", "sentiment"),
        "/work/shared/data/eval/sentiment"]
    for c in candidates:
        if c and os.path.isdir(c):
            return os.path.abspath(c)
    return None


def find_host(explicit):
    if explicit:
        return explicit
    hosts = glob.glob(os.path.join(REPO, "build*", "bin", "aspectdiff"))
    hosts = [h for h in hosts if os.access(h, os.X_OK)]
    if not hosts:
        return None
    return max(hosts, key=os.path.getmtime)


def read_jsonl(path, limit=None):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


PLUGIN_DIR = None  # set by --plugin-dir; default: the plugins built next to the host


def run_host(host, rows, extra_config="", enabled=("sentiment",), every_aspect=False):
    """Returns {id: sentiment aspect dict} for the given {"id","text"} rows ({id: {aspect: dict}}
    with every_aspect); `enabled` lists the plugins run (the sentiment plugin reads the actors
    plugin's result when it is there)."""
    plugin_dir = PLUGIN_DIR or os.path.join(os.path.dirname(os.path.dirname(host)), "lib",
                                            "aspectdiff", "plugins")
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "aspectdiff.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(f"enabled = {json.dumps(list(enabled))}\n[cache]\nenabled = false\n"
                    "[plugins.sentiment]\n" + extra_config)
        payload = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
        proc = subprocess.run(
            [host, "extract", "--config", config, "--plugin-dir", plugin_dir, "--format",
             "jsonl", "--detail", "full", "--input-format", "jsonl", "-"],
            input=payload.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 1):
        sys.exit(f"host failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[:2000]}")
    out = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("kind") != "document":
            continue
        aspect = rec.get("aspects", {}) if every_aspect else rec.get("aspects", {}).get("sentiment")
        if aspect is not None:
            out[rec["id"]] = aspect
    return out


def metric(aspect, name):
    for m in aspect.get("metrics", []):
        if m["name"] == name:
            return m["value"]
    return None


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else 0.0


def three_class(value, threshold):
    return 1 if value >= threshold else (-1 if value <= -threshold else 0)


def classification(gold_means, scores):
    gold = [three_class(g, GOLD_THRESHOLD) for g in gold_means]
    pred = [three_class(s, PRED_THRESHOLD) for s in scores]
    accuracy = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    f1s = []
    for c in (-1, 0, 1):
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return accuracy, sum(f1s) / 3


def figures(gold_means, scores):
    accuracy, macro_f1 = classification(gold_means, scores)
    return pearson(scores, gold_means), accuracy, macro_f1


def main():
    ap = argparse.ArgumentParser(description="Evaluate the sentiment plugin on the dev sets.")
    ap.add_argument("--host", help="path to the aspectdiff executable (default: newest build*/bin)")
    ap.add_argument("--data", help="folder of the sentiment development sets")
    ap.add_argument("--plugin-dir", help="folder holding sentiment.so (default: next to the host)")
    ap.add_argument("--limit", type=int, help="use only the first N items of each set")
    ap.add_argument("--cv", action="store_true", help="also print cross-validated figures")
    args = ap.parse_args()

    global PLUGIN_DIR
    PLUGIN_DIR = args.plugin_dir
    data = find_data(args.data)
    if data is None:
        print("sentiment evaluation skipped: no development data (../shared/data/eval/sentiment)")
        return 0
    host = find_host(args.host)
    if host is None:
        print("sentiment evaluation skipped: no built host (build*/bin/aspectdiff); build it first")
        return 0

    print(f"host: {host}")
    print(f"{'set':<16}{'n':>7}{'Pearson r':>11}{'accuracy':>10}{'macro-F1':>10}")
    for file_name, title in SETS:
        rows = read_jsonl(os.path.join(data, file_name), args.limit)
        results = run_host(host, rows)
        gold, scores, missing = [], [], 0
        for r in rows:
            aspect = results.get(r["id"])
            value = metric(aspect, "score") if aspect else None
            if value is None:
                # Not scored (the host read the text as another language, or it failed): counted
                # as neutral, so every set is scored on all its items, as VADER's figures are.
                missing += 1
                value = 0.0
            gold.append(r["mean"])
            scores.append(value)
        r_value, accuracy, macro_f1 = figures(gold, scores)
        note = f"  ({missing} not scored, counted as 0)" if missing else ""
        print(f"{title:<16}{len(gold):>7}{r_value:>11.3f}{accuracy:>10.3f}{macro_f1:>10.3f}{note}")

    if args.cv:
        sys.path.insert(0, os.path.join(REPO, "plugins", "sentiment", "tools"))
        import fit_model  # noqa: E402  (lives with the plugin it fits)
        fit_model.report_cross_validation(host, data, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
