"""Word tokens with their clitic analysis, found on the normalised view, spans in the original.

A token is a run of letters, a number (2.5, 1,200, ٢٠٢١), or one punctuation mark. Tokens are
found on the normalised text, where diacritics and tatweel are already gone, so that a
diacritised word is one token; the spans are mapped back to the original text.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from hadath.text.clitics import NO_CLITICS, analyse
from hadath.text.normalize import NormalizedText

__all__ = ["Token", "tokenize"]

_TOKEN = re.compile(r"(?P<number>\d+(?:[.,]\d+)*)|(?P<word>[^\W\d_]+)|(?P<punct>[^\w\s]|_)")


class Token(NamedTuple):
    """One token: `[start, end)` in the original text, `norm` its normalised form.

    Clitic segments, all original offsets: proclitics `[start, base_start)`, the article
    `[base_start, stem_start)`, the stem `[stem_start, stem_end)`, the suffix `[stem_end, end)`.
    In لل (ل + ال) the article is written as the second ل alone.
    """

    start: int
    end: int
    kind: str  # "word", "number" or "punct"
    norm: str
    base_start: int
    stem_start: int
    stem_end: int

    @property
    def has_article(self) -> bool:
        return self.stem_start > self.base_start

    def to_dict(self) -> dict:
        return self._asdict()


def tokenize(nt: NormalizedText) -> list[Token]:
    """All tokens of the text, in order."""
    # The hot loop of the text layer (a few hundred thousand tokens a second): offsets are
    # looked up inline rather than through NormalizedText's methods, records are built with
    # tuple.__new__, and only Arabic words go to the (cached) clitic analysis.
    offs = nt.offsets()
    light = nt.light if len(nt.light) == len(nt.text) else None  # None: ligatures expanded
    new, out = tuple.__new__, []
    append = out.append
    for m in _TOKEN.finditer(nt.text):
        a, b = m.span()
        if offs is None:
            s, e = a, b
        else:
            s, e = offs[a], offs[b]
            if e == offs[b - 1]:  # the token ends inside an expanded ligature
                e += 1
        word = m.group()
        kind = m.lastgroup
        if kind != "word" or light is None or not "\u0621" <= word[0] <= "\u06d3":
            append(new(Token, (s, e, kind, word, s, s, e)))
            continue
        clitics = analyse(light[a:b])
        if clitics is NO_CLITICS:
            append(new(Token, (s, e, kind, word, s, s, e)))
            continue
        p, art, suf = a + clitics.prefix, a + clitics.prefix + clitics.article, b - clitics.suffix
        if offs is not None:
            p, art, suf = offs[p], offs[art], offs[suf]
        append(new(Token, (s, e, kind, word, p, art, suf)))
    return out
