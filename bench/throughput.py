#!/usr/bin/env python3
"""Articles per second and peak memory of `hadath extract` over the first N news articles.

    python bench/throughput.py [--n 1000]

Runs the real command in a child process (start-up and loading included) and prints one line.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from _news import first_articles  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args()
    arts = first_articles(args.n)
    chars = sum(len(a.get("text") or "") for a in arts)
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(inp, "w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "hadath", "extract", inp, "-o", out])
        wall = time.perf_counter() - t0
        with open(out, encoding="utf-8") as fh:
            results = sum(1 for _ in fh)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if proc.returncode not in (0, 1) or results != len(arts):
        sys.exit(f"bench: hadath extract failed (exit {proc.returncode}, {results} of {len(arts)} results)")
    print(f"hadath extract: {len(arts)} articles ({chars / 1e6:.2f}M chars) in {wall:.2f} s = "
          f"{len(arts) / wall:.1f} articles/s, {chars / wall / 1e6:.2f}M chars/s, peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
