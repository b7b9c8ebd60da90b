"""The statistical NER: a linear-chain CRF (CRFsuite) over token features.

Features come from the text layer (the word, its stem without clitics, affixes, shape), from
word clusters learned on unlabeled news (`data/models/clusters.tsv.gz`), and from dictionary
matches (places and actors, as B-/I- tags), each also for the neighbouring words. The model is
trained by `tools/train_ner.py`; `tag()` returns typed spans in original offsets.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple, Sequence

from hadath.data import read_tsv
from hadath.errors import ResourceError
from hadath.text import TextLayers, Token, normalize_string
from hadath.text.clitics import model as clitic_model

__all__ = ["NerSpan", "Tagger", "sentence_features", "spans_from_tags"]

MODEL = "ner.crfsuite"
TYPES = ("PER", "ORG", "LOC", "MISC")


class NerSpan(NamedTuple):
    start: int  # original offsets, whole tokens (clitics included)
    end: int
    type: str
    first: int  # index of the first and last token + 1
    last: int


@cache
def clusters() -> dict[str, tuple[str, str, str]]:
    rows = read_tsv("hadath.data.models", "clusters.tsv.gz", rebuild="python tools/build_clusters.py")
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


_NO_CLUSTER = ("?", "?", "?")


def _forms(text: str, t: Token) -> tuple[str, str]:
    """The normalised base (without proclitics and suffix) and stem (also without article)."""
    if t.base_start == t.start and t.stem_end == t.end:
        base = t.norm
    else:
        base = normalize_string(text[t.base_start:t.stem_end])
    stem = base if t.stem_start == t.base_start else normalize_string(text[t.stem_start:t.stem_end])
    return base, stem


def _frequency(stem: str) -> str:
    n = clitic_model().counts.get(stem, 0)
    return "0" if n == 0 else str(min(len(str(n)), 5))  # order of magnitude


def _own(text: str, t: Token, gaz: str, cl: dict, words: dict):
    """The token's own features, and what its neighbours' features are made of."""
    base, stem = _forms(text, t)
    c = cl.get(stem, _NO_CLUSTER)
    name = words.get(base) or words.get(stem, "-")
    f = ["w:" + t.norm, "b:" + base, "s:" + stem, "k:" + t.kind, "g:" + gaz, "n:" + name, "fq:" + _frequency(stem),
         "c6:" + c[0], "c8:" + c[1], "c10:" + c[2],
         "s1:" + stem[-1:], "s2:" + stem[-2:], "s3:" + stem[-3:], "f2:" + stem[:2], "f3:" + stem[:3],
         "L:" + str(min(len(stem), 8))]
    if t.base_start > t.start:
        f.append("p:" + normalize_string(text[t.start:t.base_start]))
    if t.stem_start > t.base_start:
        f.append("art")
    if t.stem_end < t.end:
        f.append("x:" + normalize_string(text[t.stem_end:t.end]))
    if stem.isascii() and stem.isalpha():
        f.append("lat")
        if stem[:1].isupper():
            f.append("cap")
    return f, base, c, name


def sentence_features(text: str, tokens: Sequence[Token], gaz: Sequence[str],
                      name_words: dict[str, str]) -> list[list[str]]:
    """CRF features of each token of one sentence; `gaz` holds each token's dictionary tag,
    `name_words` the kinds of names each word occurs in (Knowledge.name_words)."""
    cl = clusters()
    own = [_own(text, t, g, cl, name_words) for t, g in zip(tokens, gaz)]
    n = len(tokens)
    out = []
    for i, (f, base, c, _) in enumerate(own):
        f = list(f)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                _, nb, nc, nn = own[j]
                f += [f"{d}b:{nb}", f"{d}c8:{nc[1]}", f"{d}g:{gaz[j]}", f"{d}n:{nn}"]
                if d in (-1, 1):
                    f += [f"{d}c10:{nc[2]}", f"{d}k:{tokens[j].kind}"]
            elif d in (-1, 1):
                f.append("BOS" if d < 0 else "EOS")
        if i:
            f.append(f"bb:{own[i - 1][1]}|{base}")
        out.append(f)
    return out


def spans_from_tags(tokens: Sequence[Token], tags: Sequence[str]) -> list[NerSpan]:
    """BIO tags to spans; an I- without a B- before it starts a span."""
    spans, start, typ = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        kind, _, label = tag.partition("-")
        if start is not None and (kind != "I" or label != typ):
            spans.append(NerSpan(tokens[start].start, tokens[i - 1].end, typ, start, i))
            start = None
        if kind == "B" or (kind == "I" and start is None):
            start, typ = i, label
    return spans


class Tagger:
    """The trained CRF, loaded once (pycrfsuite keeps it memory-mapped)."""

    def __init__(self, path: str | None = None):
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        if path is None:
            ref = resources.files("hadath.data.models").joinpath(MODEL)
            if not ref.is_file():
                raise ResourceError(f"the NER model hadath/data/models/{MODEL} is missing; "
                                    f"reinstall hadath or train it with: python tools/train_ner.py")
            path = str(ref)
        self._tagger.open(path)

    def tag(self, text: str, tokens: Sequence[Token], gaz: Sequence[str], name_words: dict[str, str]) -> list[str]:
        if not tokens:
            return []
        return self._tagger.tag(sentence_features(text, tokens, gaz, name_words))

    def spans(self, layers: TextLayers, gaz_by_token: Sequence[str], name_words: dict[str, str]) -> list[NerSpan]:
        """Entity spans of every sentence of an article."""
        out = []
        for sent in layers.sentences:
            i, j = layers.token_range(sent.start, sent.end)
            if i == j:
                continue
            toks = layers.tokens[i:j]
            tags = self.tag(layers.text, toks, gaz_by_token[i:j], name_words)
            out += [s._replace(first=s.first + i, last=s.last + i) for s in spans_from_tags(toks, tags)]
        return out
