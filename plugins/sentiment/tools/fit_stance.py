#!/usr/bin/python3
"""Fits the stance model of the sentiment plugin (src/stance_model.hpp): a multinomial logistic
regression that says whether a sentence is negative, neutral or positive toward one target
mention, over the features of src/target_features.hpp.

Data: the training split of NewsMTSC (../shared/data/eval/target_sentiment/newsmtsc_train.jsonl,
MIT licence), never anything else. The features come from the built plugin itself:
`sentiment_target_features` (tools/dump_target_features.cpp) gives it each labelled target as an
actor mention and writes what the plugin computes, so the weights meet at inference exactly the
features they were fitted on.

Procedure. Articles (the first three `_`-separated fields of the id, as the dataset's README
says) are split once, by a hash of the article, into a development part (about 85%) and a
held-out slice (about 15%) that nothing is tuned on. On the development part, five folds of articles
(by the same hash) choose the L2 penalty C among a small grid by macro-F1; features are kept when seen
in at least MIN_COUNT training targets (counted within each fold's training part during the
cross-validation). The shipped model is fitted on the whole development part with the chosen C;
the held-out slice is scored once, at the end, and reported apart.

Usage: fit_stance.py [--tool PATH] [--data FILE] [--write] [--features CACHE] [--c C]
                     [--fold-models DIR]
"""
import argparse
import datetime
import hashlib
import json
import os
import subprocess
import sys

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DATA = os.path.normpath(os.path.join(ROOT, "..", "..", "shared", "data", "eval",
                                     "target_sentiment", "newsmtsc_train.jsonl"))
if not os.path.exists(DATA):
    DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "eval",
                                         "target_sentiment", "newsmtsc_train.jsonl"))
MODEL = os.path.join(HERE, "..", "data", "stance_model.tsv")
FOLDS = 5
MIN_COUNT = 2
C_GRID = [0.1, 0.3, 1.0]
HOLDOUT_SHARE = 15  # percent of articles
CLASSES = [-1, 0, 1]


def article(target_id):
    return "_".join(target_id.split("_")[:3])


def article_hash(group):
    return int(hashlib.sha1(group.encode()).hexdigest(), 16)


def held_out(group):
    return article_hash(group) % 100 < HOLDOUT_SHARE


def fold_of(group):
    """The cross-validation fold of a development article (the same in evaluate.py)."""
    return (article_hash(group) // 100) % FOLDS


def dump_features(tool, data, cache):
    # The features are the plugin's: a cache older than the tool or the built plugin is stale.
    plugin = os.path.join(os.path.dirname(tool), "..", "lib", "aspectdiff", "plugins",
                          "sentiment.so")
    built = max(os.path.getmtime(p) for p in (tool, plugin) if os.path.exists(p))
    if cache and os.path.exists(cache) and os.path.getmtime(cache) > built:
        with open(cache, encoding="utf-8") as f:
            return [json.loads(line) for line in f]
    out = subprocess.run([tool, data], check=True, capture_output=True, text=True).stdout
    if cache:
        with open(cache, "w", encoding="utf-8") as f:
            f.write(out)
    return [json.loads(line) for line in out.splitlines()]


def load(tool, data, cache):
    rows = dump_features(tool, data, cache)
    targets_per_sentence = {}
    for r in rows:
        targets_per_sentence[r["id"]] = targets_per_sentence.get(r["id"], 0) + 1
    for r in rows:
        r["group"] = article(r["id"])
        r["multi"] = targets_per_sentence[r["id"]] > 1
        r.setdefault("features", {})
    return rows


def frequent(rows, min_count):
    counts = {}
    for r in rows:
        for name in r["features"]:
            counts[name] = counts.get(name, 0) + 1
    return {name for name, n in counts.items() if n >= min_count}


def fit(rows, c):
    keep = frequent(rows, MIN_COUNT)
    vec = DictVectorizer()
    x = vec.fit_transform([{k: v for k, v in r["features"].items() if k in keep} for r in rows])
    y = np.array([r["polarity"] for r in rows])
    model = LogisticRegression(C=c, max_iter=3000, solver="lbfgs")
    model.fit(x, y)
    return vec, model


def predict(vec, model, rows):
    x = vec.transform([r["features"] for r in rows])
    return model.predict(x)


def figures(gold, predicted, multi):
    gold, predicted, multi = np.array(gold), np.array(predicted), np.array(multi)
    out = {"n": int(len(gold)),
           "accuracy": float(accuracy_score(gold, predicted)),
           "macro_f1": float(f1_score(gold, predicted, labels=CLASSES, average="macro"))}
    if multi.any():
        out["multi_n"] = int(multi.sum())
        out["multi_macro_f1"] = float(f1_score(gold[multi], predicted[multi], labels=CLASSES,
                                               average="macro"))
    return out


def baseline(rows):
    """The plugin's own sentence score given to every target of the sentence (±0.05)."""
    def sign(v):
        return 1 if v >= 0.05 else (-1 if v <= -0.05 else 0)
    return [sign(r["features"].get("sent.score", 0.0)) for r in rows]


def cross_validate(rows, c):
    folds = np.array([fold_of(r["group"]) for r in rows])
    predicted = np.zeros(len(rows), dtype=int)
    for k in range(FOLDS):
        train, test = np.where(folds != k)[0], np.where(folds == k)[0]
        vec, model = fit([rows[i] for i in train], c)
        predicted[test] = predict(vec, model, [rows[i] for i in test])
    return predicted


def show(title, f):
    line = f"{title:<34} n {f['n']:>5}  accuracy {f['accuracy']:.3f}  macro-F1 {f['macro_f1']:.3f}"
    if "multi_n" in f:
        line += f"  multi-target ({f['multi_n']}) macro-F1 {f['multi_macro_f1']:.3f}"
    print(line)


def write_model(vec, model, c, cv, holdout, n_dev, path=MODEL):
    names = vec.get_feature_names_out()
    order = [list(model.classes_).index(k) for k in CLASSES]
    weights = model.coef_[order]  # rows: negative, neutral, positive
    intercept = model.intercept_[order]
    today = datetime.date.today().isoformat()
    lines = [
        "# Stance model of the sentiment plugin: multinomial logistic regression over the",
        "# features of src/target_features.hpp; name<TAB>w_negative<TAB>w_neutral<TAB>w_positive.",
        "# Written by tools/fit_stance.py; do not edit by hand.",
        f"# provenance: NewsMTSC training split (Hamborg & Donnay 2021, MIT), {n_dev} targets of "
        f"the development articles; fitted {today}; L2 C={c}; 5-fold CV by article: accuracy "
        f"{cv['accuracy']:.3f}, macro-F1 {cv['macro_f1']:.3f}"
        + (f"; held-out articles ({holdout['n']} targets): accuracy "
           f"{holdout['accuracy']:.3f}, macro-F1 {holdout['macro_f1']:.3f}" if holdout else ""),
    ]
    bias = list(intercept)
    if "bias" in names:
        k = list(names).index("bias")
        bias = [bias[j] + weights[j][k] for j in range(3)]
    lines.append("bias\t" + "\t".join(f"{w:.5f}" for w in bias))
    for k, name in sorted(enumerate(names), key=lambda p: p[1]):
        if name == "bias":
            continue
        w = weights[:, k]
        if np.abs(w).max() < 5e-5:
            continue
        lines.append(name + "\t" + "\t".join(f"{v:.5f}" for v in w))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.normpath(path)} ({len(lines) - 5} features)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tool", default=os.path.join(ROOT, "build", "bin",
                                                   "sentiment_target_features"))
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--features", default="", help="cache file for the dumped features")
    ap.add_argument("--write", action="store_true", help="write data/stance_model.tsv")
    ap.add_argument("--final", action="store_true",
                    help="also score the held-out articles (once, at the end)")
    ap.add_argument("--c", type=float, default=0.0, help="skip the search: use this C")
    ap.add_argument("--fold-models", default="",
                    help="also write each fold's model (fitted without it) to DIR/fold_K.tsv, "
                         "for the end-to-end cross-validation of eval/target_sentiment")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"skipped: {args.data} not found")
        return 0
    rows = load(args.tool, args.data, args.features)
    dev = [r for r in rows if not held_out(r["group"])]
    hold = [r for r in rows if held_out(r["group"])]
    print(f"{len(rows)} targets; development {len(dev)} "
          f"({len({r['group'] for r in dev})} articles), held out {len(hold)}")
    print(f"features found for {sum(1 for r in rows if r['features'])} of {len(rows)} targets")

    show("sentence score baseline (dev)", figures([r["polarity"] for r in dev], baseline(dev),
                                                  [r["multi"] for r in dev]))
    best, best_f1, best_cv = None, -1.0, None
    for c in ([args.c] if args.c else C_GRID):
        predicted = cross_validate(dev, c)
        f = figures([r["polarity"] for r in dev], predicted, [r["multi"] for r in dev])
        show(f"5-fold CV by article, C={c}", f)
        if f["macro_f1"] > best_f1:
            best, best_f1, best_cv = c, f["macro_f1"], f
    vec, model = fit(dev, best)
    hold_f = None
    if args.final:  # the held-out slice is looked at once, at the end, never while tuning
        hold_f = figures([r["polarity"] for r in hold], predict(vec, model, hold),
                         [r["multi"] for r in hold])
        show("sentence score baseline (held out)", figures([r["polarity"] for r in hold],
                                                           baseline(hold),
                                                           [r["multi"] for r in hold]))
        show(f"held-out articles, C={best}", hold_f)
    if args.write:
        write_model(vec, model, best, best_cv, hold_f, len(dev))
    if args.fold_models:
        os.makedirs(args.fold_models, exist_ok=True)
        for k in range(FOLDS):
            train = [r for r in dev if fold_of(r["group"]) != k]
            fold_vec, fold_model = fit(train, best)
            write_model(fold_vec, fold_model, best, best_cv, hold_f, len(train),
                        os.path.join(args.fold_models, f"fold_{k}.tsv"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
