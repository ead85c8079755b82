#!/usr/bin/env python3
"""A batch job run across a Dask distributed cluster equals the same job on one machine.

Starts a LocalCluster of worker processes on 127.0.0.1 (no dashboard), submits one task per
shard, each running `aspectdiff batch --shard K/N` into its own directory, merges the shard
outputs with `aspectdiff merge`, runs the job unsharded, and checks that every output is byte
for byte the same (manifest.json's "run" object aside: timings and shard details).

Exit codes: 0 equal, 1 different or a run failed, 77 dask.distributed cannot be imported (ctest
reports the test as skipped).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

SKIP = 77
OUTPUTS = ["results.jsonl", "errors.jsonl", "summary.csv", "groups.csv",
           "group_differences.csv", "ranking.csv", "duplicates.csv"]


def run_shard(binary, job_args, shard, shards, out_dir):
    """Runs on a Dask worker process: one shard of the job."""
    import subprocess as sp
    cmd = [binary, "batch", "-q", "-j", "1", *job_args, "--shard", "%d/%d" % (shard, shards),
           "-o", out_dir]
    done = sp.run(cmd, stdout=sp.PIPE, stderr=sp.PIPE, text=True)
    return {"shard": shard, "code": done.returncode, "stderr": done.stderr[-2000:],
            "pid": os.getpid()}


def outputs(directory):
    out = {}
    for name in OUTPUTS:
        with open(os.path.join(directory, name), "rb") as f:
            out[name] = f.read()
    with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    manifest.pop("run", None)
    out["manifest.json"] = json.dumps(manifest, sort_keys=True).encode()
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aspectdiff", required=True, help="the built aspectdiff binary")
    parser.add_argument("--source-dir", required=True, help="repository root")
    parser.add_argument("--work", required=True, help="scratch directory (emptied first)")
    parser.add_argument("--shards", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--documents", type=int, default=60)
    args = parser.parse_args()

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        print("dask.distributed is not importable (%s): skipped" % e)
        return SKIP

    binary = os.path.abspath(args.aspectdiff)
    work = os.path.abspath(args.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    corpus = os.path.join(work, "corpus.jsonl")
    subprocess.run([sys.executable, os.path.join(args.source_dir, "bench", "batch",
                                                 "make_corpus.py"),
                    corpus, "--documents", str(args.documents), "--reprint-share", "0.1",
                    "--source-dir", args.source_dir], check=True)
    job_args = ["--no-cache", "-i", corpus,
                "-r", os.path.join(args.source_dir, "samples", "essay.txt"),
                "--group-by", "source", "--group-by", "date:month"]

    shard_dirs = [os.path.join(work, "shard-%d" % k) for k in range(args.shards)]
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster) as client:
        futures = [client.submit(run_shard, binary, job_args, k, args.shards, shard_dirs[k],
                                 pure=False)
                   for k in range(args.shards)]
        results = client.gather(futures)
    for r in results:
        print("shard %d: exit %d on worker process %d" % (r["shard"], r["code"], r["pid"]))
        if r["code"] not in (0, 1):
            print(r["stderr"], file=sys.stderr)
            return 1

    merged = os.path.join(work, "merged")
    m = subprocess.run([binary, "merge", "-q", merged, *shard_dirs])
    if m.returncode not in (0, 1):
        return 1
    single = os.path.join(work, "single")
    s = subprocess.run([binary, "batch", "-q", *job_args, "-o", single])
    if s.returncode not in (0, 1):
        return 1

    a, b = outputs(single), outputs(merged)
    different = [name for name in a if a[name] != b[name]]
    if different:
        print("merged output differs from the single-machine run in: " + ", ".join(different))
        return 1
    with open(os.path.join(single, "manifest.json"), encoding="utf-8") as f:
        counts = json.load(f)["counts"]
    print("merged output of %d shards equals the single-machine run (%d documents, "
          "%d near-duplicates)" % (args.shards, counts["documents"],
                                   counts["duplicate_documents"]))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
