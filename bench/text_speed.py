#!/usr/bin/env python3
"""Characters per second of the text layer (normalise + paragraphs, sentences, tokens with
clitics) on one core, over the first N news articles.

    python bench/text_speed.py [--n 2000]
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from _news import first_articles  # noqa: E402

from hadath.text import analyse_text  # noqa: E402
from hadath.text.clitics import model  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    texts = [a.get("text") or "" for a in first_articles(args.n)]
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    model()  # the lexicon, loaded once per process
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    tokens = sum(len(analyse_text(t).tokens) for t in texts)
    wall = time.perf_counter() - t0
    print(f"text layer: {len(texts)} articles, {chars / 1e6:.2f}M chars, {tokens / 1e3:.0f}K tokens in "
          f"{wall:.2f} s = {chars / wall / 1e6:.2f}M chars/s, {tokens / wall / 1e3:.0f}K tokens/s "
          f"(lexicon load {load * 1000:.0f} ms, not counted)")


if __name__ == "__main__":
    main()
