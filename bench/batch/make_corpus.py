#!/usr/bin/env python3
"""Generate an article-like JSON Lines corpus for batch benchmarks and tests.

Each line is {"id", "title", "source", "date", "url", "text"}. Articles are assembled from the
sentences of the repository's sample texts (samples/essay.txt, samples/commentary/*.txt),
recombined into paragraphs of varying length, so the text reads like international-affairs
commentary and exercises every built-in aspect. Outlets, dates (over a configurable span) and
lengths vary; a share of articles are wire reprints (the same text under another outlet, some
with a new first line), which the batch job's near-duplicate detection should group.

The output is a pure function of the arguments (a fixed seed), so runs are comparable.
Standard library only.
"""
import argparse
import json
import os
import random
import re
import sys
from datetime import date, timedelta

OUTLETS = [
    "Global Wire", "Daily Planet", "The Courier", "Morning Ledger", "Eastern Review",
    "Capital Observer", "Harbour Times", "Continental Post",
]

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z“\"])")


def sample_sentences(source_dir):
    files = [os.path.join(source_dir, "samples", "essay.txt")]
    commentary = os.path.join(source_dir, "samples", "commentary")
    files += sorted(os.path.join(commentary, f) for f in os.listdir(commentary)
                    if f.endswith(".txt"))
    sentences = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for paragraph in re.split(r"\n\s*\n", text):
            paragraph = " ".join(paragraph.split())
            if len(paragraph) < 80:
                continue  # headings and bylines
            sentences += [s for s in SENTENCE_END.split(paragraph) if len(s) > 20]
    if not sentences:
        sys.exit("no sample sentences found under " + source_dir)
    return sentences


def article(rng, sentences):
    paragraphs = []
    for _ in range(rng.randint(3, 9)):
        start = rng.randrange(len(sentences))
        count = rng.randint(2, 5)
        # Mostly consecutive sentences (coherent paragraphs), sometimes a jump.
        chosen = [sentences[(start + i) % len(sentences)] if rng.random() < 0.8
                  else rng.choice(sentences) for i in range(count)]
        paragraphs.append(" ".join(chosen))
    return "\n\n".join(paragraphs)


def title_of(rng, text):
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", text[:400])
    start = rng.randrange(max(1, len(words) - 8))
    return " ".join(words[start:start + rng.randint(5, 9)]).capitalize()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="JSON Lines file to write ('-' for standard output)")
    parser.add_argument("--source-dir", default=os.path.join(os.path.dirname(__file__), "..", ".."),
                        help="repository root holding samples/ (default: this checkout)")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--documents", type=int, help="number of articles")
    group.add_argument("--megabytes", type=float, help="stop once the file reaches this size")
    parser.add_argument("--reprint-share", type=float, default=0.05,
                        help="share of articles that reprint an earlier one (default 0.05)")
    parser.add_argument("--start-date", default="2026-01-01")
    parser.add_argument("--days", type=int, default=120, help="span of dates (default 120)")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    sentences = sample_sentences(args.source_dir)
    start = date.fromisoformat(args.start_date)
    limit_bytes = int(args.megabytes * 1e6) if args.megabytes else None
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    recent = []  # recent wire stories that may be reprinted
    written = 0
    n = 0
    while True:
        if args.documents is not None and n >= args.documents:
            break
        if limit_bytes is not None and written >= limit_bytes:
            break
        if recent and rng.random() < args.reprint_share:
            text, title = rng.choice(recent)
            if rng.random() < 0.5:
                text = title + "\n\n" + text  # a reprint with the headline as first line
            source = rng.choice(OUTLETS[1:])
        else:
            text = article(rng, sentences)
            title = title_of(rng, text)
            source = rng.choice(OUTLETS)
            if source == "Global Wire":
                recent.append((text, title))
                recent = recent[-50:]
        day = start + timedelta(days=rng.randrange(args.days))
        record = {
            "id": "gen-%07d" % n,
            "title": title,
            "source": source,
            "date": day.isoformat(),
            "url": "https://news.example/%s/%07d" % (source.lower().replace(" ", "-"), n),
            "text": text,
        }
        line = json.dumps(record, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        n += 1
    if out is not sys.stdout:
        out.close()
    print("wrote %d articles, %.1f MB" % (n, written / 1e6), file=sys.stderr)


if __name__ == "__main__":
    main()
