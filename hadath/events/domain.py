"""What kind of article this is: political news, economy, or other (sport, technology, culture).

A naive Bayes model over the article's words (tools/train_domain.py trains it on the sections
news outlets filed their articles under; hadath/data/models/article_domain.tsv.gz ships the
word statistics). The events stage asks it once per article: in an article about sport, a
company or a film, an event needs a political side (a state, a party, an armed group) to count,
as it already does in a sentence full of such words (domains.tsv).
"""
from __future__ import annotations

import math
from functools import lru_cache

from hadath.data import read_tsv
from hadath.text import TextLayers

__all__ = ["CLASSES", "MODEL", "article_domain", "clear_cache", "words_of"]

MODEL = "article_domain.tsv.gz"
CLASSES = ("politics", "economy", "other")


def words_of(layers: TextLayers) -> list[str]:
    """The words the model reads: normalised, without proclitics, two letters or more."""
    return [w for w, t in zip(layers.words, layers.tokens) if t.kind == "word" and len(w) >= 2]


@lru_cache(maxsize=1)
def _model() -> tuple[tuple[float, ...], dict[str, tuple[float, ...]]]:
    rows = read_tsv("hadath.data.models", MODEL, rebuild="python tools/train_domain.py")
    table = {r[0]: tuple(float(x) for x in r[1:]) for r in rows}
    return table.pop("__prior__"), table


def clear_cache() -> None:
    """Forget the loaded model (after tools/train_domain.py rewrote it)."""
    _model.cache_clear()


def article_domain(layers: TextLayers) -> dict[str, float]:
    """The probability of each class (CLASSES) for the article of these text layers."""
    prior, table = _model()
    scores = list(prior)
    for w in set(words_of(layers)):
        logp = table.get(w)
        if logp is not None:
            for k, v in enumerate(logp):
                scores[k] += v
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(CLASSES, exp)}
