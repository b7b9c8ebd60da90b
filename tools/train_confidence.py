#!/usr/bin/env python3
"""Train the event confidence model (hadath/data/models/event_confidence.json) and print how
well it ranks events on articles it was not trained on.

Data: events of hadath that readers judged true or false on random articles of
../shared/data/news/ant-2018.jsonl.gz (read from there, never copied): by GUIDELINES.md, the
gold's own standard (tools/data/judged_events_guidelines.tsv), and by an earlier, stricter brief
(tools/data/judged_events.tsv), whose rows carry the feature "strict brief" so that the model
learns the difference of standard apart from the rest; the feature is never set at run time.
The pipeline is run again on those articles and each judged event is found by its article,
type and trigger span; events the current code no longer finds are skipped (it says how many).
The model is a logistic regression with an L2 penalty over hadath.events.confidence.features,
fitted by L-BFGS: the same data and code give the same weights.

Words (the trigger's, its neighbours', its sentence's) are features only when at least
MIN_COUNT training events have them.

Measurement: leave one seed (one sample of 30 articles) out at a time, train on the rest,
score the held-out sample, and pool the samples judged by GUIDELINES.md: the precision of the
events kept at each threshold and the share of the true events kept.

    python tools/train_confidence.py [--c 0.3]
"""
import argparse
import gzip
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from hadath.events.confidence import MODEL, WORD_FEATURES, features  # noqa: E402
from hadath.pipeline import Doc, default_pipeline  # noqa: E402
from hadath.time.published import parse_published  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "news" / "ant-2018.jsonl.gz"
JUDGED = {"strict": ROOT / "tools" / "data" / "judged_events.tsv",
          "guidelines": ROOT / "tools" / "data" / "judged_events_guidelines.tsv"}
MIN_COUNT = 3
STRICTER = ("aux=", "date=")
OUT = ROOT / "hadath" / "data" / "models" / MODEL
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def judged() -> dict[str, dict[tuple[str, int, int], tuple[int, bool, str]]]:
    """Per article id: (type, trigger start, end) -> (seed, judged true, standard)."""
    out: dict[str, dict] = {}
    for standard, path in JUDGED.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or line.startswith("seed\t"):
                continue
            seed, aid, typ, start, end, true = line.split("\t")[:6]
            out.setdefault(aid, {})[(typ, int(start), int(end))] = (int(seed), true == "yes", standard)
    return out


def examples() -> list[tuple[int, bool, dict[str, float]]]:
    """(seed, judged true, features) for every judged event the pipeline still finds; the
    strict brief's rows carry "strict brief"."""
    labels = judged()
    pipeline = default_pipeline()
    rows, wanted = [], sum(len(v) for v in labels.values())
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] not in labels:
                continue
            doc = pipeline(Doc(a["text"], parse_published(a.get("published"))))
            events, layers = doc.layers["events"], doc.layers["text"]
            entities = {e.id: e for e in doc.layers["entities"]}
            when = doc.published
            day = (when.date() if isinstance(when, datetime) else when).isoformat() if when else None
            for k, e in enumerate(events):
                hit = labels[a["id"]].get((e.type, e.trigger.start, e.trigger.end))
                if hit:
                    f = features(k, events, layers, entities, doc.layers["quotes"], day)
                    if hit[2] == "strict":
                        # that brief counted background and conditional acts false: its aux and
                        # dates get weights of their own, so that they do not teach the shared ones
                        f = {("strict brief " + k if k.startswith(STRICTER) else k): v for k, v in f.items()}
                        f["strict brief"] = 1.0
                    rows.append((hit[0], hit[1], f))
    print(f"{len(rows)} of {wanted} judged events found by the current code")
    return rows


def fit(rows, c: float) -> dict[str, float]:
    """Logistic regression weights; the bias is not penalised. Words seen fewer than MIN_COUNT
    times are left out (their weight is 0 at run time)."""
    seen = Counter(k for _, _, f in rows for k in f)
    names = sorted(k for k, n in seen.items() if n >= MIN_COUNT or not k.startswith(WORD_FEATURES))
    index = {k: n for n, k in enumerate(names)}
    cells = [(n, index[k], v) for n, (_, _, f) in enumerate(rows) for k, v in f.items() if k in index]
    r, col, v = zip(*cells)
    x = sparse.csr_matrix((v, (r, col)), shape=(len(rows), len(names)))
    y = np.array([float(t) for _, t, _ in rows])
    penalty = np.array([0.0 if k == "bias" else 1.0 / c for k in names])

    def loss(w):
        p = 1 / (1 + np.exp(-(x @ w)))
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)) + 0.5 * np.sum(penalty * w * w)
        return value, x.T @ (p - y) + penalty * w

    w = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B").x
    # the words whose weight rounds to 0 are left out of the file
    return {k: round(float(w[index[k]]), 4) for k in names
            if not k.startswith(WORD_FEATURES) or abs(w[index[k]]) >= 0.001}


def probability(weights: dict[str, float], f: dict[str, float]) -> float:
    return float(1 / (1 + np.exp(-sum(weights.get(k, 0.0) * v for k, v in f.items()))))


def held_out(rows, c: float) -> dict:
    """Precision and the share of true events kept at each threshold, each seed scored by a
    model trained without it; and the area under the ROC curve."""
    scored = []
    for seed in sorted({s for s, _, f in rows if "strict brief" not in f}):
        weights = fit([r for r in rows if r[0] != seed], c)
        scored += [(probability(weights, f), t) for s, t, f in rows if s == seed]
    true = sum(t for _, t in scored)
    table = {}
    for th in (0.0,) + THRESHOLDS:
        kept = [t for p, t in scored if p >= th]
        table[f"{th:.1f}"] = {"events": len(kept), "precision": round(sum(kept) / len(kept), 3),
                              "true kept": round(sum(kept) / true, 3)}
    pos = [p for p, t in scored if t]
    neg = [p for p, t in scored if not t]
    auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / (len(pos) * len(neg))
    return {"thresholds": table, "auc": round(auc, 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=0.3, help="inverse strength of the L2 penalty")
    args = ap.parse_args()
    rows = examples()
    cv = held_out(rows, args.c)
    print(f"held out by seed: AUC {cv['auc']}")
    print("threshold  events  precision  true kept")
    for th, r in cv["thresholds"].items():
        print(f"{th:>9}  {r['events']:>6}  {r['precision']:>9.3f}  {r['true kept']:>9.3f}")
    model = {"about": "hadath event confidence: logistic regression over hadath.events.confidence.features; "
                      "trained by tools/train_confidence.py on tools/data/judged_events*.tsv",
             "examples": len(rows), "true": sum(t for _, t, _ in rows), "c": args.c,
             "held_out": cv, "weights": fit(rows, args.c)}
    OUT.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
