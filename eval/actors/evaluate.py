#!/usr/bin/env python3
"""Scores the actors plugin's mention detection against human-labelled NER sets.

Runs the built host (`aspectdiff extract --format jsonl --input-format jsonl -`) on a
development set and prints typed exact-match precision, recall and F1, micro-averaged and per
type, plus untyped span figures, with the figures of the rule-based recogniser alone (before the
trained tagger) beside them. The sets (--set, repeatable; default all three):
  uner          Universal NER English PUD (1,000 sentences of news and encyclopaedic text);
  conll-tune    CoNLL-2003 valid, the two thirds of its documents used to tune the tagger;
  conll-held    CoNLL-2003 valid, every third document (the 3rd, 6th, ...), never tuned on.
MISC names (nationalities, events, works) are not actors: they are not scored as names, and
the line "MISC as actor" counts the gold MISC names that an actor mention overlaps. Categories map to the set's types: person -> PER,
organisation -> ORG, state/place/bloc/facility -> LOC. Demonyms ("Chinese") and descriptions
("the Chinese leader") are mentions of an actor but not names, so they are not scored.

The set's sentences come from news documents; by default each document's sentences are given
to the plugin together (one paragraph each), as a reader would see them, so that a surname can
link back to the full name. --per-sentence gives each sentence alone.

Usage: evaluate.py [--set uner|conll-tune|conll-held]... [--data FILE] [--host PATH]
                   [--plugin-dir DIR] [--config TOML] [--per-sentence]
                   [--errors N [--cause type|boundary|spurious|missed]]

Errors are also counted by cause: a type confusion (same span), a boundary error (an
overlapping span of different extent), a spurious name, or a missed name.
Skips (exit 0) when the shared data is absent.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NER_DIRS = ["/work/shared/data/eval/ner",
            os.path.join(ROOT, "..", "shared", "data", "eval", "ner")]
SETS = {"uner": ("uner_en_pud.jsonl", None),
        "conll-tune": ("conll2003_valid.jsonl", lambda doc_index: doc_index % 3 != 2),
        "conll-held": ("conll2003_valid.jsonl", lambda doc_index: doc_index % 3 == 2)}
# The rule-based recogniser alone (tagger = false, the plugin before the tagger), sentences
# grouped by document, with the host's CLD2 language identification:
# (precision, recall, F1) per type and micro.
PREVIOUS = {
    "uner": {"PER": (0.788, 0.855, 0.820), "ORG": (0.773, 0.494, 0.603),
             "LOC": (0.706, 0.836, 0.766), "micro": (0.749, 0.768, 0.758),
             "untyped": (0.850, 0.873, 0.861)},
    "conll-tune": {"PER": (0.677, 0.814, 0.739), "ORG": (0.746, 0.251, 0.375),
                   "LOC": (0.686, 0.886, 0.773), "micro": (0.688, 0.675, 0.681),
                   "untyped": (0.853, 0.838, 0.846)},
    "conll-held": {"PER": (0.610, 0.825, 0.701), "ORG": (0.745, 0.280, 0.407),
                   "LOC": (0.745, 0.855, 0.796), "micro": (0.686, 0.687, 0.686),
                   "untyped": (0.837, 0.838, 0.838)},
}
TYPE_OF = {"person": "PER", "organisation": "ORG", "state": "LOC", "place": "LOC",
           "bloc": "LOC", "facility": "LOC"}
UNSCORED_FORMS = {"demonym", "description", "pronoun"}


def find_host(explicit):
    if explicit:
        return explicit
    candidates = glob.glob(os.path.join(ROOT, "build*", "bin", "aspectdiff"))
    candidates = [c for c in candidates if os.access(c, os.X_OK)]
    if not candidates:
        return None
    return max(candidates, key=os.path.getmtime)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build_inputs(records, per_sentence):
    """Returns input documents and, per document, (record, char offset of its text)."""
    docs, parts = [], {}
    if per_sentence:
        for r in records:
            docs.append({"id": r["id"], "text": r["text"]})
            parts[r["id"]] = [(r, 0)]
        return docs, parts
    grouped = collections.OrderedDict()
    for r in records:
        grouped.setdefault(r.get("doc", r["id"]), []).append(r)
    for doc_id, rs in grouped.items():
        text, placed = "", []
        for r in rs:
            if text:
                text += "\n\n"
            placed.append((r, len(text)))
            text += r["text"]
        docs.append({"id": doc_id, "text": text})
        parts[doc_id] = placed
    return docs, parts


def byte_to_char(text):
    """Maps every byte offset of text's UTF-8 encoding to a character offset."""
    table, pos = [], 0
    for ch in text:
        table.extend([pos] * len(ch.encode("utf-8")))
        pos += 1
    table.append(pos)
    return table


def run_host(host, docs, plugin_dir=None, config=None):
    payload = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    extra = ["--plugin-dir", plugin_dir] if plugin_dir else []
    extra += ["--config", config] if config else []
    proc = subprocess.run([host, "extract", "--no-cache", "--format", "jsonl", "--detail", "full",
                           "--input-format", "jsonl"] + extra + ["-"],
                          input=payload.encode("utf-8"), capture_output=True, check=False)
    if proc.returncode not in (0, 1):
        sys.exit("aspectdiff failed (exit %d): %s" % (proc.returncode,
                                                     proc.stderr.decode("utf-8", "replace")))
    out = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        if obj.get("kind") == "document":
            out[obj["id"]] = obj
    return out


def attribute(item, name):
    attrs = item.get("attributes", {})
    if isinstance(attrs, dict):
        return attrs.get(name)
    for pair in attrs:
        if isinstance(pair, dict) and pair.get("key") == name:
            return pair.get("value")
        if isinstance(pair, list) and len(pair) == 2 and pair[0] == name:
            return pair[1]
    return None


def predictions(result, docs_by_id, parts):
    """(sentence id, start, end, type) of every scored mention, in sentence character offsets."""
    out = set()
    for doc_id, obj in result.items():
        aspect = obj.get("aspects", {}).get("actors")
        if not aspect or aspect.get("status") not in (None, "ok"):
            continue
        text = docs_by_id[doc_id]["text"]
        to_char = byte_to_char(text)
        for item in aspect.get("items", []):
            t = TYPE_OF.get(item.get("category"))
            if t is None:
                continue
            forms = (attribute(item, "mention_forms") or "").split(",")
            for i, ev in enumerate(item.get("evidence", [])):
                if i < len(forms) and forms[i] in UNSCORED_FORMS:
                    continue
                mention_type = t
                begin, end = to_char[ev[0]], to_char[ev[1]]
                for record, offset in parts[doc_id]:
                    if offset <= begin and end <= offset + len(record["text"]):
                        out.add((record["id"], begin - offset, end - offset, mention_type))
                        break
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlaps(a, b):
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def classify_errors(gold, pred):
    """Sorts every false positive and false negative by cause.

    type: the same span with another type; boundary: an overlapping span of different extent;
    spurious: a prediction that overlaps no gold mention; missed: a gold mention that overlaps
    no prediction. Returns {(kind, side, type): [mention, ...]} with side "fp" or "fn"."""
    by_sentence = collections.defaultdict(lambda: ([], []))
    for g in gold:
        by_sentence[g[0]][0].append(g)
    for p_ in pred:
        by_sentence[p_[0]][1].append(p_)
    out = collections.defaultdict(list)
    for golds, preds in by_sentence.values():
        gset, pset = set(golds), set(preds)
        for p_ in preds:
            if p_ in gset:
                continue
            if any(g[1:3] == p_[1:3] for g in golds):
                kind = "type"
            elif any(overlaps(p_, g) for g in golds):
                kind = "boundary"
            else:
                kind = "spurious"
            out[(kind, "fp", p_[3])].append(p_)
        for g in golds:
            if g in pset:
                continue
            if any(p_[1:3] == g[1:3] for p_ in preds):
                kind = "type"
            elif any(overlaps(p_, g) for p_ in preds):
                kind = "boundary"
            else:
                kind = "missed"
            out[(kind, "fn", g[3])].append(g)
    return out


def print_breakdown(gold, pred):
    errors = classify_errors(gold, pred)
    print("\nerrors by cause (fp: predicted type, fn: gold type)")
    print("%-16s %6s %6s %6s" % ("cause", "PER", "ORG", "LOC"))
    for kind, side in (("type", "fp"), ("boundary", "fp"), ("spurious", "fp"),
                       ("type", "fn"), ("boundary", "fn"), ("missed", "fn")):
        print("%-16s %6d %6d %6d" % ("%s %s" % (side, kind),
                                     *(len(errors.get((kind, side, t), [])) for t in
                                       ("PER", "ORG", "LOC"))))
    return errors


def select(records, keep):
    """The records of the documents `keep(document index)` accepts."""
    if keep is None:
        return records
    out, index, last = [], -1, None
    for r in records:
        doc = r.get("doc", r["id"])
        if doc != last:
            index, last = index + 1, doc
        if keep(index):
            out.append(r)
    return out


def figure(prev, key):
    v = prev.get(key)
    return "  (before %.3f / %.3f / %.3f)" % tuple(v) if v else ""


def score_set(name, data, keep, args, host):
    records = select(load(data), keep)
    docs, parts = build_inputs(records, args.per_sentence)
    docs_by_id = {d["id"]: d for d in docs}
    result = run_host(host, docs, args.plugin_dir, args.config)
    missing = [d["id"] for d in docs if d["id"] not in result]
    if missing:
        print("warning: %d documents have no result (first: %s)" % (len(missing), missing[0]))

    # Documents the host does not read as English are not given to the plugin (status
    # "unscored"): they are left out of the scores and counted.
    unscored = {d for d, obj in result.items()
                if obj.get("aspects", {}).get("actors", {}).get("status") == "unscored"}
    left_out = {r["id"] for d in unscored for r, _ in parts[d]}
    gold, misc = set(), set()
    for r in records:
        if r["id"] in left_out:
            continue
        for e in r["entities"]:
            (misc if e["type"] == "MISC" else gold).add((r["id"], e["start"], e["end"], e["type"]))
    pred = predictions(result, docs_by_id, parts)
    prev = PREVIOUS.get(name, {}) if not args.data else {}

    print("\nactors on %s: %s (%d sentences, %d gold PER/ORG/LOC names, %s)" %
          (name, os.path.basename(data), len(records), len(gold),
           "one sentence per document" if args.per_sentence else "sentences grouped by document"))
    if unscored:
        print("left out: %d documents (%d sentences) that the host does not read as English" %
              (len(unscored), len(left_out)))
    print("%-8s %9s %9s %9s %6s %6s %6s" % ("type", "precision", "recall", "F1", "tp", "fp", "fn"))
    rows = {}
    for t in ("PER", "ORG", "LOC"):
        g = {x for x in gold if x[3] == t}
        p_ = {x for x in pred if x[3] == t}
        tp = len(g & p_)
        rows[t] = prf(tp, len(p_) - tp, len(g) - tp)
        print("%-8s %9.3f %9.3f %9.3f %6d %6d %6d%s" % ((t,) + rows[t] +
                                                        (tp, len(p_) - tp, len(g) - tp,
                                                         figure(prev, t))))
    tp = len(gold & pred)
    rows["micro"] = prf(tp, len(pred) - tp, len(gold) - tp)
    print("%-8s %9.3f %9.3f %9.3f %6d %6d %6d%s" % (("micro",) + rows["micro"] +
                                                    (tp, len(pred) - tp, len(gold) - tp,
                                                     figure(prev, "micro"))))
    gs = {x[:3] for x in gold}
    ps = {x[:3] for x in pred}
    tp = len(gs & ps)
    rows["untyped"] = prf(tp, len(ps) - tp, len(gs) - tp)
    print("%-8s %9.3f %9.3f %9.3f %6d %6d %6d%s" % (("untyped",) + rows["untyped"] +
                                                    (tp, len(ps) - tp, len(gs) - tp,
                                                     figure(prev, "untyped"))))
    if misc:
        as_actor = sum(1 for m in misc if any(overlaps(m, p_) for p_ in pred if p_[0] == m[0]))
        print("MISC as actor: %d of %d gold MISC names overlap an actor mention (%.1f%%)" %
              (as_actor, len(misc), 100.0 * as_actor / len(misc)))
    # Predictions overlapping a gold MISC name are not counted as spurious PER/ORG/LOC errors
    # below: the breakdown is about the actor types.
    print_breakdown(gold, pred)
    if args.errors:
        text_of = {r["id"]: r["text"] for r in records}
        show = lambda x: "%s %s %r" % (x[0], x[3], text_of[x[0]][x[1]:x[2]])
        errors = classify_errors(gold, pred)
        for (kind, side, t), xs in sorted(errors.items()):
            if args.cause and kind != args.cause:
                continue
            print("\n%s %s %s (%d):" % (side, kind, t, len(xs)))
            for x in sorted(xs)[:args.errors]:
                print("  " + show(x))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", action="append", choices=sorted(SETS),
                    help="which development set (repeatable; default: all)")
    ap.add_argument("--data", help="score this JSONL file instead of the named sets")
    ap.add_argument("--host")
    ap.add_argument("--plugin-dir", help="directory searched for actors.so first")
    ap.add_argument("--config", help="configuration file given to the host")
    ap.add_argument("--per-sentence", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    ap.add_argument("--cause", choices=("type", "boundary", "spurious", "missed"),
                    help="with --errors: only errors of this cause")
    args = ap.parse_args()

    host = find_host(args.host)
    if not host:
        print("actors evaluation skipped: no built host found (build the aspectdiff target)")
        return 0
    if args.data:
        jobs = [(os.path.basename(args.data), args.data, None)]
    else:
        jobs = []
        for name in args.set or ["uner", "conll-tune", "conll-held"]:
            file, keep = SETS[name]
            path = next((os.path.join(d, file) for d in NER_DIRS
                         if os.path.exists(os.path.join(d, file))), None)
            if path:
                jobs.append((name, path, keep))
    if not jobs:
        print("actors evaluation skipped: the shared NER sets (../shared/data/eval/ner) are absent")
        return 0
    for name, path, keep in jobs:
        score_set(name, path, keep, args, host)
    return 0


if __name__ == "__main__":
    sys.exit(main())
