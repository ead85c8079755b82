#!/usr/bin/env python3
"""Scores the hedging aspect on human-labelled uncertainty corpora.

For WikiWeasel (Szeged Uncertainty Corpus) and the SFU Review Corpus speculation annotations it
prints sentence-level precision, recall and F1 for "uncertain" and cue-level precision, recall
and F1, where a predicted cue and a gold cue match when their character ranges overlap.

What counts as an uncertainty cue: a hedge, a conditional or a weasel attribution, and an
attribution cue with negative strength ("reportedly", "allegedly"); boosters and neutral
sourcing ("according to") do not. Approximators and degree words ("about 30", "largely") hedge
an amount, not whether a statement is true, and neither corpus marks them: they are left out.

Usage: evaluate.py [--host PATH] [--data DIR] [--limit N]
Runs the built host (`build-*/bin/aspectdiff extract --format jsonl --input-format jsonl -`)
with only the hedging plugin enabled. Skips (exit 0) when the data is absent.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DATASETS = ("wikiweasel.jsonl", "sfu_reviews.jsonl")
UNCERTAIN_CLASSES = {"hedge", "conditional", "weasel"}
VAGUENESS_SUBTYPES = {"approximator", "degree"}


def find_data(explicit):
    candidates = [explicit] if explicit else [
        os.path.join(REPO, "..", "shared", "data", "eval", "hedging"),
        "/work/shared/data/eval/hedging",
    ]
    for c in candidates:
        if c and all(os.path.isfile(os.path.join(c, d)) for d in DATASETS):
            return c
    return None


def find_host(explicit):
    if explicit:
        return explicit
    hosts = glob.glob(os.path.join(REPO, "build*", "bin", "aspectdiff"))
    hosts = [h for h in hosts if os.access(h, os.X_OK)]
    return max(hosts, key=os.path.getmtime) if hosts else None


def run_host(host, rows):
    """Runs the hedging plugin on every row; returns {id: hedging aspect result}."""
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "aspectdiff.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write('enabled = ["hedging"]\n')
        payload = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
        proc = subprocess.run(
            [host, "extract", "--config", config, "--no-cache", "-q", "--format", "jsonl", "--detail", "full",
             "--input-format", "jsonl", "-"],
            input=payload.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 1):
        sys.exit("host failed (exit %d): %s" % (proc.returncode, proc.stderr.decode()[-2000:]))
    results = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        if obj.get("kind") != "document":
            continue
        results[obj["id"]] = obj.get("aspects", {}).get("hedging", {})
    return results


def attribute(item, key):
    attrs = item.get("attributes") or {}
    if isinstance(attrs, dict):
        return attrs.get(key)
    for pair in attrs:  # a list of [key, value] pairs or {"key", "value"} objects
        if isinstance(pair, dict) and pair.get("key") == key:
            return pair.get("value")
        if isinstance(pair, (list, tuple)) and len(pair) == 2 and pair[0] == key:
            return pair[1]
    return None


def is_uncertainty_cue(item):
    cls = item.get("category")
    if attribute(item, "subtype") in VAGUENESS_SUBTYPES:
        return False
    if cls in UNCERTAIN_CLASSES:
        return True
    strength = attribute(item, "strength")
    return cls == "attribution" and strength is not None and float(strength) < 0


def predicted_cues(text, aspect):
    """Character ranges of the uncertainty cues, converted from byte offsets."""
    raw = text.encode("utf-8")
    out = []
    for item in aspect.get("items", []):
        if not item.get("key", "").startswith("cue:") or not is_uncertainty_cue(item):
            continue
        for ev in item.get("evidence", []):
            b, e = ev[0], ev[1]
            out.append((len(raw[:b].decode("utf-8", "replace")),
                        len(raw[:e].decode("utf-8", "replace"))))
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def prf(tp_p, n_p, tp_g, n_g):
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(rows, results):
    s_tp = s_fp = s_fn = 0
    c_match_pred = c_pred = c_match_gold = c_gold = 0
    missing = 0
    for r in rows:
        aspect = results.get(r["id"])
        if aspect is None or aspect.get("status") not in (None, "ok"):
            missing += 1
            aspect = {}
        pred = predicted_cues(r["text"], aspect)
        gold = [(c["start"], c["end"]) for c in r["cues"]]
        predicted_uncertain = bool(pred)
        if predicted_uncertain and r["uncertain"]:
            s_tp += 1
        elif predicted_uncertain:
            s_fp += 1
        elif r["uncertain"]:
            s_fn += 1
        c_pred += len(pred)
        c_gold += len(gold)
        c_match_pred += sum(1 for p in pred if any(overlaps(p, g) for g in gold))
        c_match_gold += sum(1 for g in gold if any(overlaps(p, g) for p in pred))
    sentence = prf(s_tp, s_tp + s_fp, s_tp, s_tp + s_fn)
    cue = prf(c_match_pred, c_pred, c_match_gold, c_gold)
    return sentence, cue, missing


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", help="path of the aspectdiff executable")
    ap.add_argument("--data", help="folder holding wikiweasel.jsonl and sfu_reviews.jsonl")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    args = ap.parse_args()

    data = find_data(args.data)
    if data is None:
        print("hedging evaluation skipped: ../shared/data/eval/hedging is not available")
        return 0
    host = find_host(args.host)
    if host is None:
        print("hedging evaluation skipped: no built host (build-*/bin/aspectdiff); build it first")
        return 0

    print("host: %s" % host)
    print("%-18s %7s | %-23s | %-23s" % ("corpus", "n", "sentence P / R / F1", "cue P / R / F1"))
    for name in DATASETS:
        with open(os.path.join(data, name), encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        if args.limit:
            rows = rows[:args.limit]
        started = time.time()
        results = run_host(host, rows)
        elapsed = time.time() - started
        (sp, sr, sf), (cp, cr, cf), missing = score(rows, results)
        print("%-18s %7d | %.3f / %.3f / %.3f   | %.3f / %.3f / %.3f   (%.1f s%s)" % (
            name.replace(".jsonl", ""), len(rows), sp, sr, sf, cp, cr, cf, elapsed,
            ", %d without a result" % missing if missing else ""))
        # The same figures on two halves split by source document, to show how stable they are.
        for half in (0, 1):
            part = [r for r in rows if zlib.crc32(r["doc"].encode("utf-8")) % 2 == half]
            (sp, sr, sf), (cp, cr, cf), _ = score(part, results)
            print("  half %d by doc    %7d | %.3f / %.3f / %.3f   | %.3f / %.3f / %.3f" % (
                half, len(part), sp, sr, sf, cp, cr, cf))
    return 0


if __name__ == "__main__":
    sys.exit(main())
