#!/usr/bin/env python3
"""Write the metrics and items of `extract --format json` output as the canonical lines that
results_unchanged_test.cpp compares with a fresh run (one line per metric and per item).

    aspectdiff extract --no-cache --config CONFIG --format json --detail full DOCS... \
        | make_golden.py > golden.tsv

Reads schema aspectdiff/1 (evidence {"begin","end","text"}, sentence values as objects),
aspectdiff/2 ([begin, end] spans, plain sentence values) and aspectdiff/3 written with
`--detail full` (the same members as aspectdiff/2). Numbers are written with repr(), the
shortest text that reads back as the same double, so the comparison is exact.
"""
import json
import sys


def span_text(spans):
    out = []
    for s in spans:
        b, e = (s["begin"], s["end"]) if isinstance(s, dict) else (s[0], s[1])
        out.append("%d-%d" % (b, e))
    return ",".join(out)


def number(v):
    return "nan" if v is None else repr(float(v))


def sentence_values(metric):
    values = metric.get("sentence_values", [])
    return " ".join(number(v["value"] if isinstance(v, dict) else v) for v in values)


def main():
    run = json.load(sys.stdin)
    for doc in run["documents"]:
        for aspect, result in doc["aspects"].items():
            for m in result["metrics"]:
                print("\t".join([doc["id"], aspect, "metric", m["name"], m["label"], m["kind"],
                                 number(m["value"]), span_text(m["evidence"]),
                                 sentence_values(m)]))
            for it in result["items"]:
                attributes = ";".join("%s=%s" % kv for kv in it["attributes"].items())
                print("\t".join([doc["id"], aspect, "item", it["key"], it["label"],
                                 it["category"], number(it["weight"]), str(it["count"]),
                                 attributes, span_text(it["evidence"])]))


if __name__ == "__main__":
    main()
