#!/usr/bin/env python3
"""Train hadath's NER model (hadath/data/models/ner.crfsuite) and print its held-out figures.

Data (read from ../shared/data/ner, never copied): ANERcorp's train split, of which the last
10% of sentences is held out for measurement and never trained on, and the Wojood sample
(types mapped: PERS→PER, ORG→ORG, GPE/LOC/FAC→LOC, EVENT→MISC; the others are not names).
Training is deterministic (L-BFGS): the same data and settings give the same model.

    python tools/train_ner.py [--holdout 0.1] [--c1 0.1] [--c2 0.05] [--iterations 250]
"""
import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from hadath.entities.actors import knowledge  # noqa: E402
from hadath.entities.ner import MODEL, Tagger, sentence_features, spans_from_tags  # noqa: E402
from hadath.text import analyse_text  # noqa: E402

NER = ROOT.parent / "shared" / "data" / "ner"
OUT = ROOT / "hadath" / "data" / "models" / MODEL
ANER_TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
WOJOOD_TYPES = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "EVENT": "MISC"}


def read_columns(path: Path, tag_of) -> list[list[tuple[str, str]]]:
    """Sentences of a token-per-line file (blank line between sentences) as (token, tag)
    pairs; `tag_of` turns a line's tag columns into one BIO tag of ours."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.split()
        if parts:
            cur.append((parts[0], tag_of(parts[1:])))
        elif cur:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return [fix_bio(s) for s in sents]


def _mapped(tag: str, types: dict) -> str | None:
    kind, _, typ = tag.partition("-")
    return f"{kind}-{types[typ]}" if kind in ("B", "I") and typ in types else None


def read_anercorp(path: Path) -> list[list[tuple[str, str]]]:
    return read_columns(path, lambda tags: _mapped(tags[-1], ANER_TYPES) or "O")


def read_wojood(path: Path) -> list[list[tuple[str, str]]]:
    """Nested tags: of the mapped spans over a token, the outermost (first listed) wins."""
    return read_columns(path, lambda tags: next(filter(None, (_mapped(t, WOJOOD_TYPES) for t in tags)), "O"))


def fix_bio(sent):
    out, prev = [], "O"
    for tok, tag in sent:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append((tok, tag))
        prev = tag
    return out


def prepare(sent, kb):
    """The sentence as hadath sees it: our tokens, their labels (from the gold token each lies
    in), dictionary tags and features; plus where each gold token is, for scoring."""
    text, offsets = "", []
    for tok, _ in sent:
        text += (" " if text else "")
        offsets.append((len(text), len(text) + len(tok)))
        text += tok
    layers = analyse_text(text)
    labels, g, seen = [], 0, set()
    for t in layers.tokens:
        while g < len(offsets) and offsets[g][1] <= t.start:
            g += 1
        tag = sent[g][1] if g < len(offsets) else "O"
        if tag != "O" and g in seen:
            tag = "I-" + tag[2:]  # a later piece of the same gold token
        seen.add(g)
        labels.append(tag)
    gaz = kb.tags(layers, kb.gazetteer.find(layers))
    return layers, labels, gaz, offsets


def gold_spans(sent):
    return {(s.first, s.last, s.type) for s in spans_from_tags(
        [type("T", (), {"start": i, "end": i + 1})() for i in range(len(sent))], [t for _, t in sent])}


def to_gold(span, offsets):
    idx = [i for i, (a, b) in enumerate(offsets) if b > span.start and a < span.end]
    return (idx[0], idx[-1] + 1, span.type) if idx else None


def evaluate(tagger, held, kb):
    per = Counter()
    t0, n_tok = time.perf_counter(), 0
    for sent in held:
        layers, _, gaz, offsets = prepare(sent, kb)
        n_tok += len(layers.tokens)
        tags = tagger.tag(layers.text, layers.tokens, gaz, kb.name_words)
        pred = {x for x in (to_gold(s, offsets) for s in spans_from_tags(layers.tokens, tags)) if x}
        gold = gold_spans(sent)
        for typ in ("PER", "ORG", "LOC", "MISC"):
            p = {s for s in pred if s[2] == typ}
            g = {s for s in gold if s[2] == typ}
            per[typ, "tp"] += len(p & g)
            per[typ, "fp"] += len(p - g)
            per[typ, "fn"] += len(g - p)
    speed = n_tok / (time.perf_counter() - t0)
    return per, speed


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(per, speed, n_sent):
    print(f"held-out ANERcorp (last {n_sent} sentences of train), exact spans over gold tokens:")
    for scope, types in (("all4", ("PER", "ORG", "LOC", "MISC")), ("PER/ORG/LOC", ("PER", "ORG", "LOC")),
                         *((t, (t,)) for t in ("PER", "ORG", "LOC", "MISC"))):
        tp, fp, fn = (sum(per[t, k] for t in types) for k in ("tp", "fp", "fn"))
        p, r, f = prf(tp, fp, fn)
        print(f"  {scope:12} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  tagging speed (features + CRF, with dictionary matching): {speed:,.0f} tokens/s")


def main() -> int:
    import pycrfsuite

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--holdout", type=float, default=0.1)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=250)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if not (NER / "anercorp" / "train.txt").exists():
        sys.exit(f"train_ner: no training data under {NER}")
    aner = read_anercorp(NER / "anercorp" / "train.txt")
    cut = int(len(aner) * (1 - args.holdout))
    train, held = aner[:cut], aner[cut:]
    for part in ("train", "val", "test"):
        train += read_wojood(NER / "wojood-sample" / f"{part}.txt")
    kb = knowledge()
    trainer = pycrfsuite.Trainer(verbose=False)
    t0 = time.time()
    for sent in train:
        layers, labels, gaz, _ = prepare(sent, kb)
        if layers.tokens:
            trainer.append(sentence_features(layers.text, layers.tokens, gaz, kb.name_words), labels)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    print(f"training on {len(train)} sentences ({cut} ANERcorp, {len(train) - cut} Wojood)...", file=sys.stderr)
    trainer.train(str(args.out))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f} s", file=sys.stderr)
    report(*evaluate(Tagger(str(args.out)), held, kb), len(held))
    return 0


if __name__ == "__main__":
    sys.exit(main())
