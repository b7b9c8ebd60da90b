"""The statistical NER: a linear-chain CRF (CRFsuite) over token features.

Features come from the text layer (the word, its stem without clitics, affixes, shape), from
word clusters and word vectors learned on unlabeled news (`data/models/clusters.tsv.gz`,
`embeddings.i8.gz`), and from dictionary matches (places and actors, as B-/I- tags), each also
for the neighbouring words. The model is trained by `tools/train_ner.py`; `spans()` returns
typed spans in original offsets.
"""
from __future__ import annotations

import gzip
from array import array
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple, Sequence

from hadath.data import read_bytes, read_tsv
from hadath.errors import ResourceError
from hadath.text import TextLayers, Token, normalize_string
from hadath.text.clitics import model as clitic_model

__all__ = ["NerSpan", "Tagger", "sentence_features", "spans_from_tags"]

MODEL = "ner.crfsuite"
TYPES = ("PER", "ORG", "LOC", "MISC")
VECTOR_SCALE = 1.0  # word-vector components (unit vectors) enter the CRF at this scale
_DIMS = 32
_VECTOR_NAMES = tuple(f"0e{k}" for k in range(_DIMS))  # the word's own vector (neighbours' cost more than they bring)


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


@cache
def vectors() -> tuple[dict[str, int], array]:
    """Word → row, and the rows of word vectors (floats), in the order of clusters.tsv.gz."""
    raw = gzip.decompress(read_bytes("hadath.data.models", "embeddings.i8.gz",
                                     rebuild="python tools/build_clusters.py"))
    body = raw.partition(b"\n")[2]
    scale = VECTOR_SCALE / 127
    values = array("f", [c * scale for c in array("b", body)])
    rows = {w: i * _DIMS for i, w in enumerate(clusters())}
    if len(values) != len(rows) * _DIMS:
        raise ResourceError("embeddings.i8.gz does not match clusters.tsv.gz; rebuild both with: "
                            "python tools/build_clusters.py")
    return rows, values


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


def _own(text: str, t: Token, gaz: str):
    """The token's own features, what it tells its neighbours, its base and its stem."""
    # the same word in the same analysis says the same things: most tokens are frequent words
    return _own_cached(text[t.start:t.end], t.kind, t.norm, t.base_start - t.start,
                       t.stem_start - t.start, t.stem_end - t.start, gaz)


@lru_cache(maxsize=1 << 15)  # about 100 MB at most
def _own_cached(surface: str, kind: str, norm: str, base_at: int, stem_at: int, stem_end: int, gaz: str):
    base, stem = _forms(surface, Token(0, len(surface), kind, norm, base_at, stem_at, stem_end))
    c = clusters().get(stem, _NO_CLUSTER)
    f = ["w:" + norm, "b:" + base, "s:" + stem, "k:" + kind, "g:" + gaz, "fq:" + _frequency(stem),
         "c6:" + c[0], "c8:" + c[1], "c10:" + c[2],
         "s1:" + stem[-1:], "s2:" + stem[-2:], "s3:" + stem[-3:], "f2:" + stem[:2], "f3:" + stem[:3],
         "L:" + str(min(len(stem), 8))]
    if base_at > 0:
        f.append("p:" + normalize_string(surface[:base_at]))
    if stem_at > base_at:
        f.append("art")
    if stem_end < len(surface):
        f.append("x:" + normalize_string(surface[stem_end:]))
    if stem.isascii() and stem.isalpha():
        f.append("lat")
        if stem[:1].isupper():
            f.append("cap")
    near = {d: {f"{d}b:{base}": 1.0, f"{d}c8:{c[1]}": 1.0, f"{d}g:{gaz}": 1.0} for d in (-2, -1, 1, 2)}
    for d in (-1, 1):
        near[d][f"{d}c10:{c[2]}"] = 1.0
        near[d][f"{d}k:{kind}"] = 1.0
    return dict.fromkeys(f, 1.0), near, base, stem


def sentence_features(text: str, tokens: Sequence[Token], gaz: Sequence[str],
                      name_words: dict[str, str]) -> list[dict[str, float]]:
    """CRF features of each token of one sentence; `gaz` holds each token's dictionary tag,
    `name_words` the kinds of names each word occurs in (Knowledge.name_words)."""
    rows, values = vectors()
    own = [_own(text, t, g) for t, g in zip(tokens, gaz)]
    names = [name_words.get(base) or name_words.get(stem, "-") for _, _, base, stem in own]
    n = len(tokens)
    out = []
    for i, (f, _, base, stem) in enumerate(own):
        feats = dict(f)
        feats["n:" + names[i]] = 1.0
        for d in (-2, -1, 1, 2):  # dicts merged in C: this is the hot loop of the entity stage
            j = i + d
            if 0 <= j < n:
                feats.update(own[j][1][d])
                feats[f"{d}n:{names[j]}"] = 1.0
        if i == 0:
            feats["BOS"] = 1.0
        else:
            feats[f"bb:{own[i - 1][2]}|{base}"] = 1.0
        if i == n - 1:
            feats["EOS"] = 1.0
        r = rows.get(stem)
        if r is not None:
            feats.update(zip(_VECTOR_NAMES, values[r:r + _DIMS]))
        out.append(feats)
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
