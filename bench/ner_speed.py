#!/usr/bin/env python3
"""Tokens per second of the entity stage (dictionary matching, NER features and CRF,
coreference) on one core over the first N news articles, and how long loading takes.

    python bench/ner_speed.py [--n 1000]
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from _news import first_articles  # noqa: E402

from hadath.entities import find_entities, load  # noqa: E402
from hadath.text import analyse_text  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args()
    layers = [analyse_text(a.get("text") or "") for a in first_articles(args.n)]
    tokens = sum(len(x.tokens) for x in layers)
    t0 = time.perf_counter()
    load()
    loaded = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = sum(len(find_entities(x, None)) for x in layers)
    wall = time.perf_counter() - t0
    print(f"entities: {len(layers)} articles, {tokens / 1e3:.0f}K tokens, {found} entities in {wall:.2f} s = "
          f"{tokens / wall:,.0f} tokens/s, {len(layers) / wall:.0f} articles/s (load {loaded:.2f} s)")


if __name__ == "__main__":
    main()
