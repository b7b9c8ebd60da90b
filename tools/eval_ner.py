#!/usr/bin/env python3
"""The whole pipeline's NER on the held-out part of ANERcorp train (the sentences that
tools/train_ner.py keeps out of training), scored by ../shared/gold/score.py in its conll mode
through `hadath extract`, as the held-back official test split will be.

    python tools/eval_ner.py [--holdout 0.1]
"""
import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--holdout", type=float, default=0.1)
    args = ap.parse_args()
    train = SHARED / "data" / "ner" / "anercorp" / "train.txt"
    if not train.exists():
        sys.exit(f"eval_ner: no ANERcorp at {train}")
    sents = [s for s in train.read_text(encoding="utf-8-sig").split("\n\n") if s.strip()]
    held = sents[int(len(sents) * (1 - args.holdout)):]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write("\n\n".join(held) + "\n")
    print(f"held-out ANERcorp: the last {len(held)} of {len(sents)} sentences, whole pipeline")
    return subprocess.call([sys.executable, str(SHARED / "gold" / "score.py"), "conll", fh.name,
                            "--run", f"{sys.executable} -m hadath extract {{input}} -o {{output}}"])


if __name__ == "__main__":
    sys.exit(main())
