#!/usr/bin/env python3
"""Precision of the current code's events on the news samples readers judged by hand.

The pipeline is run again on every judged article (read from ../shared/data/news, never copied)
and each of its events is looked up by article, type and trigger span in the judged file:
judged true, judged false, or unjudged (an event the judged version did not give). The precision
is that of the judged ones; an event the judged version gave and the current code no longer
gives is counted as gone. On the samples the rules were written against this is a known
precision, not a fresh one: fresh samples are the measure (docs/events.md, Figures). Every event
the rules find is counted, with no confidence threshold: the confidence model is trained on these
very samples (tools/train_confidence.py gives its precision by threshold held out).

    python tools/judged_precision.py [--file tools/data/judged_events_guidelines.tsv] [--strict]
"""
import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from hadath.pipeline import Doc, default_pipeline  # noqa: E402
from hadath.time.published import parse_published  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "news" / "ant-2018.jsonl.gz"
JUDGED = ROOT / "tools" / "data" / "judged_events_guidelines.tsv"


def read(path: Path, strict: bool) -> dict[str, dict[tuple[str, int, int], tuple[int, bool]]]:
    """Per article id: (type, trigger start, end) -> (seed, judged true)."""
    out: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("seed\t"):
            continue
        cols = line.split("\t")
        seed, aid, typ, start, end, true = cols[:6]
        if strict and len(cols) > 6:
            true = cols[6]
        out.setdefault(aid, {})[(typ, int(start), int(end))] = (int(seed), true == "yes")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=JUDGED, help="a judged-events file (tools/data)")
    ap.add_argument("--strict", action="store_true", help="count the strict reading (guidelines file only)")
    args = ap.parse_args()
    labels = read(args.file, args.strict)
    pipeline = default_pipeline()
    by_seed: dict[int, Counter] = {}
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            judged = labels.get(a["id"])
            if judged is None:
                continue
            doc = pipeline(Doc(a["text"], parse_published(a.get("published"))))
            seen = set()
            for e in doc.layers["events"]:
                key = (e.type, e.trigger.start, e.trigger.end)
                hit = judged.get(key)
                if hit is None:
                    seed = next(iter(judged.values()))[0]
                    by_seed.setdefault(seed, Counter())["unjudged"] += 1
                    continue
                seen.add(key)
                by_seed.setdefault(hit[0], Counter())["true" if hit[1] else "false"] += 1
            for key, (seed, true) in judged.items():
                if key not in seen:
                    by_seed.setdefault(seed, Counter())["gone true" if true else "gone false"] += 1
    total = Counter()
    print("seed  true  false  unjudged  gone (true)  precision")
    for seed in sorted(by_seed):
        c = by_seed[seed]
        total += c
        judged_n = c["true"] + c["false"]
        print(f"{seed:>4}  {c['true']:>4}  {c['false']:>5}  {c['unjudged']:>8}  {c['gone true'] + c['gone false']:>4} "
              f"({c['gone true']})  {c['true'] / judged_n if judged_n else 0:.3f}")
    judged_n = total["true"] + total["false"]
    print(f" all  {total['true']:>4}  {total['false']:>5}  {total['unjudged']:>8}  "
          f"{total['gone true'] + total['gone false']:>4} ({total['gone true']})  {total['true'] / judged_n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
