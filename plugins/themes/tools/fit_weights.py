#!/usr/bin/env python3
"""Fits the themes plugin's learned stem weights on CAP-coded headlines, with cross-validation.

The plugin scores a top-level theme as (hand-written cue weights matched in the text) + (learned
weight of each word's stem for that theme). This script learns the second part: a softmax
regression over stems whose weights are kept non-negative, so that every weight is evidence
*for* a theme and a document's scores can be read as a distribution. The hand-written cue
score enters as a fixed feature with one learned scale; the stem weights are divided by it
before writing, so hand-written weights keep their meaning. Each stem's value for a theme is
scaled by its naive Bayes log-count ratio for the theme (see Model), which regularises the
fit towards what the counts say and keeps stems off themes they are not typical of.

  python3 plugins/themes/tools/fit_weights.py [--data FILE] [--folds 5] [--write]

Prints k-fold cross-validated accuracy and macro-F1 of the top theme against the CAP code for
the hand-written cues alone, the learned weights alone and both; --write then fits on all the
data and writes plugins/themes/data/learned_weights.tsv. Python standard library only.
"""

import argparse
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import themes_model  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = os.path.dirname(HERE)
DEFAULT_DATA = os.path.join(PLUGIN, "..", "..", "..", "shared", "data", "eval", "themes",
                            "cap_nyt_headlines_dev.jsonl")


def macro_f1(gold, pred, labels):
    f1s = []
    for c in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        if tp + fp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / len(f1s) if f1s else 0.0


class Model:
    """Non-negative softmax regression over stems plus a scaled hand-cue score.

    With nb_alpha > 0, a stem's value for a theme is its count times its naive Bayes log-count
    ratio for that theme (how much more often it occurs in the theme's training headlines than
    in the others', with add-alpha smoothing), after Wang and Manning, "Baselines and bigrams",
    2012. The ratio is a prior learned from counts: rare or evenly spread stems start weak, and
    a stem gets a weight only for themes it is over-represented in. What is trained is u >= 0;
    the weight written out is u times the ratio, so the plugin's scoring stays a plain sum.
    """

    def __init__(self, classes, epochs, rate, l2, nb_alpha=0.0):
        self.classes = classes
        self.epochs = epochs
        self.rate = rate
        self.l2 = l2
        self.nb_alpha = nb_alpha
        self.w = {}  # stem -> list of weights, one per class
        self.scale = 1.0

    def scores(self, feats, hand):
        k = len(self.classes)
        s = [self.scale * hand[c] for c in range(k)]
        for f, n in feats:
            row = self.w.get(f)
            if row:
                for c in range(k):
                    s[c] += row[c] * n
        return s

    def ratios(self, docs):
        """Per stem, the positive part of its log-count ratio for each class (1 without NB)."""
        k = len(self.classes)
        counts = [{} for _ in range(k)]
        overall = {}
        for feats, _, y in docs:
            for f, _ in feats:
                counts[y][f] = counts[y].get(f, 0) + 1
                overall[f] = overall.get(f, 0) + 1
        if self.nb_alpha <= 0.0:
            return {f: [1.0] * k for f in overall}
        a = self.nb_alpha
        totals = [sum(c.values()) for c in counts]
        total = sum(totals)
        vocab = len(overall)
        out = {}
        for f, n in overall.items():
            row = []
            for c in range(k):
                inside = counts[c].get(f, 0)
                p = (inside + a) / (totals[c] + a * vocab)
                q = (n - inside + a) / (total - totals[c] + a * vocab)
                row.append(max(0.0, math.log(p / q)))
            out[f] = row
        return out

    def fit(self, docs):
        k = len(self.classes)
        r = self.ratios(docs)
        u = {}
        rate = self.rate
        for epoch in range(self.epochs):
            order = list(range(len(docs)))
            random.Random(epoch).shuffle(order)
            for i in order:
                feats, hand, y = docs[i]
                s = self.scores(feats, hand)
                m = max(s)
                e = [math.exp(v - m) for v in s]
                z = sum(e)
                g = [e[c] / z - (1.0 if c == y else 0.0) for c in range(k)]
                grad_scale = sum(g[c] * hand[c] for c in range(k))
                self.scale = max(0.0, self.scale - rate * 0.1 * grad_scale)
                for f, n in feats:
                    ratio = r[f]
                    urow = u.setdefault(f, [0.0] * k)
                    wrow = self.w.setdefault(f, [0.0] * k)
                    for c in range(k):
                        if ratio[c] <= 0.0:
                            continue
                        v = urow[c] - rate * (g[c] * n * ratio[c] + self.l2 * urow[c])
                        urow[c] = v if v > 0.0 else 0.0
                        wrow[c] = urow[c] * ratio[c]
            rate *= 0.85

    def predict(self, feats, hand):
        s = self.scores(feats, hand)
        best = max(range(len(s)), key=lambda c: s[c])
        return best if s[best] > 0.0 else None


def make_folds(n, k):
    """The same k folds every time, so figures can be compared across runs and scripts."""
    idx = list(range(n))
    random.Random(20240601).shuffle(idx)
    return [idx[i::k] for i in range(k)]


def read_person_names(path):
    """One-word aliases of the people the actors aspect knows ("Putin", "Modi"), lower-cased.

    A person is not a topic: in headlines of one period a name stands for what its bearer was
    doing then (Putin and Chechnya in 2000), which says nothing about a text written later.
    Their stems get no learned weight; what the text says about them still does."""
    names = set()
    if not os.path.exists(path):
        return names
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 4:
                continue
            names.update(a.lower() for a in fields[3].split("|") if a and " " not in a)
    return names


def featurise(rows, taxonomy, stem, stop, classes, fade, names=frozenset()):
    index = {t: c for c, t in enumerate(classes)}
    docs = []
    for r in rows:
        toks = themes_model.tokens(r["text"])
        stems = [stem(t) for t in toks]
        hand = [0.0] * len(classes)
        cue_scores, matches = taxonomy.cue_scores(stems)
        for t, v in cue_scores.items():
            hand[index[t]] += v
        f = themes_model.learned_fade(matches, fade)
        counts = {}
        for t, s in zip(toks, stems):
            if t in stop or t in names or not any(ch.isalpha() for ch in t):
                continue
            counts[s] = counts.get(s, 0) + 1
        docs.append(([(s, n * f) for s, n in sorted(counts.items())], hand))
    return docs


HEADER = ("# Learned stem weights for the top-level themes, written by tools/fit_weights.py\n"
          "# (non-negative softmax regression on CAP-coded news headlines, each stem scaled by\n"
          "# its naive Bayes log-count ratio; see README.md).\n"
          "# stem <TAB> theme id <TAB> weight <TAB> Snowball English stem\n")


def fit_all(docs, gold, classes, class_of_code, args):
    """Fits on every document whose code has a theme; returns the weight lines and the scale."""
    model = Model(classes, args.epochs, args.rate, args.l2, args.nb_alpha)
    model.fit([(docs[i][0], docs[i][1], class_of_code[gold[i]]) for i in range(len(docs))
               if gold[i] in class_of_code])
    scale = model.scale if model.scale > 0 else 1.0
    lines = []
    for f in sorted(model.w):
        for c, v in enumerate(model.w[f]):
            v /= scale
            if v >= args.min_weight:
                lines.append(f"stem\t{classes[c]}\t{v:.3f}\t{f}\n")
    return lines, scale


PEOPLE = os.path.join(PLUGIN, "..", "actors", "data", "people.tsv")

# The plugin's default learned_fade; fitting must use the value the plugin runs with.
FADE = 8.0


def setup(data_path):
    """Stemmer, taxonomy, classes and featurised rows, shared with eval/themes/evaluate.py."""
    stem = themes_model.Stemmer()
    taxonomy = themes_model.Taxonomy(os.path.join(PLUGIN, "data", "taxonomy.tsv"), stem)
    stop = themes_model.read_stop_words(os.path.join(PLUGIN, "data", "stop_words.txt"))
    classes = [t for t in taxonomy.majors() if t in taxonomy.cap]
    with open(data_path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    names = read_person_names(PEOPLE)
    docs = featurise(rows, taxonomy, stem, stop, classes, FADE, names)
    return taxonomy, classes, rows, docs


def default_args():
    return argparse.Namespace(epochs=12, rate=0.3, l2=3e-4, min_weight=0.1, nb_alpha=1.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--rate", type=float, default=0.3)
    ap.add_argument("--l2", type=float, default=3e-4)
    ap.add_argument("--min-weight", type=float, default=0.1)
    ap.add_argument("--nb-alpha", type=float, default=1.0,
                    help="smoothing of the naive Bayes ratios that scale each stem (0: no scaling)")
    ap.add_argument("--write", action="store_true", help="fit on all data and write the weights")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"development set not found: {args.data}; nothing to fit")
        return 0

    taxonomy, classes, rows, docs = setup(args.data)
    code_of = [taxonomy.cap[t] for t in classes]
    class_of_code = {c: i for i, c in enumerate(code_of)}
    gold = [r["topic_code"] for r in rows]

    folds = make_folds(len(rows), args.folds)
    preds = {"hand-written cues only": [None] * len(rows), "learned weights only": [None] * len(rows),
             "hand-written + learned": [None] * len(rows)}
    for k, test in enumerate(folds):
        train = [i for j, fold in enumerate(folds) if j != k for i in fold]
        # Headlines whose code has no theme (99, "other") teach nothing: leave them out.
        train_docs = [(docs[i][0], docs[i][1], class_of_code[gold[i]]) for i in train
                      if gold[i] in class_of_code]
        zero = [0.0] * len(classes)
        learned_only = Model(classes, args.epochs, args.rate, args.l2, args.nb_alpha)
        learned_only.scale = 0.0
        learned_only.fit([(f, zero, y) for f, _, y in train_docs])
        both = Model(classes, args.epochs, args.rate, args.l2, args.nb_alpha)
        both.fit(train_docs)
        for i in test:
            feats, hand = docs[i]
            h = max(range(len(classes)), key=lambda c: hand[c])
            preds["hand-written cues only"][i] = code_of[h] if hand[h] > 0 else None
            p = learned_only.predict(feats, zero)
            preds["learned weights only"][i] = code_of[p] if p is not None else None
            p = both.predict(feats, hand)
            preds["hand-written + learned"][i] = code_of[p] if p is not None else None

    labels = sorted(set(gold))
    print(f"{len(rows)} headlines, {args.folds}-fold cross-validation "
          f"(epochs {args.epochs}, rate {args.rate}, l2 {args.l2}, nb-alpha {args.nb_alpha})")
    for name, pred in preds.items():
        acc = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)
        print(f"  {name:24s} accuracy {acc:.3f}  macro-F1 {macro_f1(gold, pred, labels):.3f}")

    if args.write:
        out_path = os.path.join(PLUGIN, "data", "learned_weights.tsv")
        lines, scale = fit_all(docs, gold, classes, class_of_code, args)
        with open(out_path, "w", encoding="utf-8") as out:
            out.write(HEADER)
            out.writelines(lines)
        print(f"wrote {len(lines)} weights to {os.path.relpath(out_path)} "
              f"(hand-cue scale {scale:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
