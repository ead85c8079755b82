#!/usr/bin/env python3
"""Benchmark `aspectdiff batch`: throughput on 1 and 2 cores, peak memory, resume after a kill.

Generates (or reuses) an article-like JSON Lines corpus of at least 200 MB with make_corpus.py,
then, with every built-in aspect and one reference (samples/essay.txt):

  1. runs the job pinned to one core (taskset, --jobs 1) and to two cores (--jobs 2), and
     reports documents/s, MB/s and peak resident memory (/usr/bin/time -v);
  2. starts the two-core job again, kills it with SIGKILL once half of the documents are
     written, and reports how long the resumed run takes to skip the finished half and to
     finish, against the uninterrupted run.

The throughput runs may use the first --sample documents of the corpus (a prefix, so the
figures stay comparable) when the full corpus would take too long on a shared machine; the
memory figure is most telling on the full corpus (--sample 0). Standard library only.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def records(out_dir):
    try:
        with open(os.path.join(out_dir, ".batch", "records.jsonl"), "rb") as f:
            return f.read().count(b"\n")
    except FileNotFoundError:
        return 0


def timed_run(cmd, cores):
    """Runs cmd under /usr/bin/time -v (pinned to `cores` with taskset); returns (seconds, KiB)."""
    stats = "/tmp/aspectdiff-bench-time-%d" % os.getpid()
    full = ["/usr/bin/time", "-v", "-o", stats]
    if cores:
        full += ["taskset", "-c", cores]
    start = time.monotonic()
    done = subprocess.run(full + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    if done.returncode not in (0, 1):
        sys.exit("failed (%d): %s\n%s" % (done.returncode, " ".join(cmd), done.stderr[-2000:]))
    with open(stats) as f:
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read()).group(1))
    os.unlink(stats)
    return seconds, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aspectdiff", default=os.path.join(ROOT, "build", "bin", "aspectdiff"))
    parser.add_argument("--work", default="/tmp/aspectdiff-batch-bench")
    parser.add_argument("--corpus", help="an existing JSON Lines corpus (default: generate one)")
    parser.add_argument("--megabytes", type=float, default=200.0)
    parser.add_argument("--sample", type=int, default=0,
                        help="documents used for the timed runs (a prefix; 0 = all)")
    parser.add_argument("--cores", default="1,0-1",
                        help="taskset core lists for the 1- and 2-core runs")
    parser.add_argument("--skip-resume", action="store_true")
    args = parser.parse_args()

    os.makedirs(args.work, exist_ok=True)
    corpus = args.corpus or os.path.join(args.work, "corpus.jsonl")
    if not args.corpus and not os.path.exists(corpus):
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), corpus,
                        "--megabytes", str(args.megabytes)], check=True)
    corpus_mb = os.path.getsize(corpus) / 1e6
    if args.sample:
        sample = os.path.join(args.work, "sample.jsonl")
        with open(corpus, "rb") as src, open(sample, "wb") as dst:
            for i, line in enumerate(src):
                if i >= args.sample:
                    break
                dst.write(line)
        corpus = sample
    size_mb = os.path.getsize(corpus) / 1e6
    with open(corpus, "rb") as f:
        documents = sum(1 for _ in f)
    print("corpus: %.1f MB generated; timed on %d documents, %.1f MB" %
          (corpus_mb, documents, size_mb))

    job = ["batch", "-q", "--no-cache", "-i", corpus, "-r", os.path.join(ROOT, "samples", "essay.txt"),
           "--group-by", "source", "--group-by", "date:week"]
    results = {}
    core_lists = args.cores.split(",")
    for jobs, cores in ((1, core_lists[0]), (2, core_lists[1] if len(core_lists) > 1 else "")):
        out = os.path.join(args.work, "out-%d" % jobs)
        shutil.rmtree(out, ignore_errors=True)
        seconds, rss = timed_run([args.aspectdiff, *job, "-j", str(jobs), "-o", out], cores)
        results[jobs] = seconds
        print("%d core%s: %.1f s, %.1f docs/s, %.2f MB/s, peak RSS %.0f MB" %
              (jobs, "" if jobs == 1 else "s", seconds, documents / seconds, size_mb / seconds,
               rss / 1024))

    if args.skip_resume:
        return 0
    out = os.path.join(args.work, "out-resume")
    shutil.rmtree(out, ignore_errors=True)
    cmd = [args.aspectdiff, *job, "-j", "2", "-o", out]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None and records(out) < documents // 2:
        time.sleep(0.05)
    if proc.poll() is not None:
        sys.exit("the job ended before it could be killed")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = records(out)
    start = time.monotonic()
    resumed = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while resumed.poll() is None and records(out) <= killed_at:
        time.sleep(0.01)
    first_new = time.monotonic() - start
    resumed.wait()
    total = time.monotonic() - start
    same = all(open(os.path.join(out, n), "rb").read() ==
               open(os.path.join(args.work, "out-2", n), "rb").read()
               for n in ("results.jsonl", "summary.csv", "groups.csv"))
    print("resume after SIGKILL at %d of %d documents: first new document after %.2f s, "
          "finished in %.1f s (uninterrupted run: %.1f s); outputs equal: %s" %
          (killed_at, documents, first_new, total, results[2], same))
    return 0


if __name__ == "__main__":
    sys.exit(main())
