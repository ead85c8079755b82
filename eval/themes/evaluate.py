#!/usr/bin/env python3
"""Evaluates the themes plugin on CAP-coded NYT headlines through the built host.

Each headline is classified by its leading top-level theme (the "major" item with the largest
weight; its cap_code attribute gives the CAP code) and compared with the human code. Prints
accuracy and macro-F1 (over the gold codes, extension codes 24-31 and 99 included) for:

  1. hand-written cues only (learned_weights = false);
  2. the shipped plugin (hand-written cues + learned weights). The learned weights were fitted on
     this same set, so this figure is in-sample and only a check that the plugin reproduces
     the fit;
  3. with --cv K: k-fold cross-validation of the shipped method, run through the real plugin:
     for each fold, weights are fitted on the other folds (plugins/themes/tools/fit_weights.py)
     and the plugin, given them as learned_weights_file, classifies the held-out fold. This is
     the honest figure.

With --with-actors the actors plugin runs too, so that words inside recognised names
("European Union", "Labour Party") do not count toward themes (the themes README, "Names").

  python3 eval/themes/evaluate.py [--build DIR] [--data FILE] [--cv 5] [--with-actors]

Skips (exit 0) when the development set is absent. Python standard library only.
"""

import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "data", "eval", "themes",
                            "cap_nyt_headlines_dev.jsonl")
sys.path.insert(0, os.path.join(ROOT, "plugins", "themes", "tools"))


def find_host(build):
    candidates = [build] if build else sorted(glob.glob(os.path.join(ROOT, "build*")),
                                              key=os.path.getmtime, reverse=True)
    for b in candidates:
        exe = os.path.join(b, "bin", "aspectdiff")
        plugin = os.path.join(b, "lib", "aspectdiff", "plugins", "themes.so")
        if os.path.exists(exe) and os.path.exists(plugin):
            return exe, os.path.dirname(plugin)
    return None, None


ENABLED = ["themes"]


def run_host(exe, plugin_dir, rows, settings):
    """Leading top-level theme's CAP code per row id, from one run of the host."""
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "aspectdiff.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(f'enabled = {json.dumps(ENABLED)}\n[cache]\nenabled = false\n[plugins.themes]\n')
            for k, v in settings.items():
                f.write(f"{k} = {json.dumps(v)}\n")
        stdin = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
        proc = subprocess.run([exe, "extract", "--config", config, "--plugin-dir", plugin_dir,
                               "--no-cache", "-q", "--format", "jsonl", "--detail", "full", "--input-format", "jsonl",
                               "-"], input=stdin, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"aspectdiff failed ({proc.returncode}):\n{proc.stderr}")
    preds = {}
    for line in proc.stdout.splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("kind") != "document":
            continue
        aspect = rec.get("aspects", {}).get("themes", {})
        majors = [it for it in aspect.get("items", []) if it.get("category") == "major"]
        best = max(majors, key=lambda it: it["weight"], default=None)
        code = None
        if best is not None:
            attrs = best.get("attributes", {})
            if isinstance(attrs, list):
                attrs = {a.get("key"): a.get("value") for a in attrs}
            if attrs.get("cap_code"):
                code = int(attrs["cap_code"])
        preds[str(rec["id"])] = code
    return preds


def scores(gold, pred):
    labels = sorted(set(gold))
    acc = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)
    f1s = []
    for c in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return acc, sum(f1s) / len(f1s)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", help="build directory with bin/aspectdiff and the themes plugin")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--cv", type=int, default=5, help="folds for cross-validation (0: skip)")
    ap.add_argument("--with-actors", action="store_true",
                    help="run the actors plugin too, so names are masked")
    args = ap.parse_args()
    if args.with_actors:
        ENABLED.insert(0, "actors")
    if not os.path.exists(args.data):
        print(f"themes evaluation skipped: development set not found ({args.data})")
        return 0
    exe, plugin_dir = find_host(args.build)
    if exe is None:
        print("themes evaluation skipped: no build with bin/aspectdiff and themes.so "
              "(build the aspectdiff and aspectdiff_plugin_themes targets first)")
        return 0

    with open(args.data, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    gold = [r["topic_code"] for r in rows]
    majority = collections.Counter(gold).most_common(1)[0][1] / len(gold)
    print(f"{len(rows)} headlines, {len(set(gold))} CAP codes; host {os.path.relpath(exe, ROOT)}")
    print(f"  {'always the most frequent code':44s} accuracy {majority:.3f}")

    def report(name, preds):
        pred = [preds.get(str(r["id"])) for r in rows]
        acc, f1 = scores(gold, pred)
        print(f"  {name:44s} accuracy {acc:.3f}  macro-F1 {f1:.3f}")

    report("hand-written cues only", run_host(exe, plugin_dir, rows, {"learned_weights": False}))
    report("shipped plugin (in-sample: weights fit here)", run_host(exe, plugin_dir, rows, {}))

    if args.cv > 1:
        import fit_weights
        taxonomy, classes, _, docs = fit_weights.setup(args.data)
        class_of_code = {taxonomy.cap[t]: i for i, t in enumerate(classes)}
        preds = {}
        with tempfile.TemporaryDirectory() as tmp:
            for k, test in enumerate(fit_weights.make_folds(len(rows), args.cv)):
                held = set(test)
                train = [i for i in range(len(rows)) if i not in held]
                lines, _ = fit_weights.fit_all([docs[i] for i in train], [gold[i] for i in train],
                                               classes, class_of_code, fit_weights.default_args())
                path = os.path.join(tmp, f"fold{k}.tsv")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(fit_weights.HEADER)
                    f.writelines(lines)
                preds.update(run_host(exe, plugin_dir, [rows[i] for i in test],
                                      {"learned_weights_file": path}))
        report(f"shipped method, {args.cv}-fold cross-validated", preds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
