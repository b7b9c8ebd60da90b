"""Quantities: numbers (digits or words) with what they count, and casualty sizes for events.

    >>> import hadath
    >>> text = "قتل 12 شخصا وأصيب ثلاثون آخرون، بينهم خمسة وعشرون جريحا، في هجوم على سوق."
    >>> [(text[q.start:q.end], q.value, q.what, q.size) for q in hadath.extract(text).quantities]
    [('12 شخصا', 12, 'people', 'dead'), ('ثلاثون آخرون', 30, 'people', 'injured'), ('خمسة وعشرون جريحا', 25, 'injured', 'injured')]

A number is read by `hadath.text.numbers` (digits, Arabic-Indic digits, thousands separators,
number words with و, multipliers: ثلاثة آلاف، 2.5 مليون); the counted noun right after it
(or after من: عشرات من الجنود) comes from `hadath/data/quantities/nouns.tsv`, which also says
which PLOVER size field a casualty count fills (`dead`, `injured`, `arrested`). Vague counts
(عشرات، مئات، آلاف) are kept with `approximate` and the least value they mean (10, 100, 1000).
"""
from __future__ import annotations

from collections.abc import KeysView
from functools import cache

from hadath.data import read_tsv
from hadath.schema import Quantity
from hadath.text import TextLayers, normalize_string
from hadath.text.numbers import read_number

__all__ = ["counted_nouns", "find_quantities", "load"]

_VAGUE = {"عشرات": 10, "مئات": 100, "مييات": 100, "الاف": 1000, "الوف": 1000}


_PEOPLE = {"people", "civilians", "children", "women", "troops", "fighters", "members", "police", "officers",
           "protesters", "journalists", "migrants", "refugees"}
_CUE_WINDOW = 3  # words a casualty cue may stand before the number


@cache
def _cues() -> dict[str, str]:
    return {w: size for (w, size, _verb) in _cue_forms()}


@cache
def _verb_cues() -> dict[str, str]:
    """The cues that are verbs: these may also follow the people they befell (12 شخصا قتلوا)."""
    return {w: size for (w, size, verb) in _cue_forms() if verb}


@cache
def _cue_forms() -> tuple[tuple[str, str, bool], ...]:
    from hadath.text.verbs import conjugate

    return tuple((normalize_string(w), size, "/" in form)
                 for form, size in read_tsv("hadath.data.quantities", "cues.tsv", rebuild="git checkout")
                 for w in (conjugate(form) if "/" in form else {form}))


@cache
def _nouns() -> dict[str, tuple[str, str | None]]:
    return {normalize_string(form): (what, size or None)
            for form, what, *rest in read_tsv("hadath.data.quantities", "nouns.tsv", rebuild="git checkout")
            for size in [rest[0] if rest else ""]}


def counted_nouns() -> KeysView[str]:
    """The normalised nouns a number can count (a year is not followed by one: 2000 جندي)."""
    return _nouns().keys()


def load() -> None:
    _nouns()
    _cues()
    _verb_cues()


def find_quantities(layers: TextLayers) -> list[Quantity]:
    nouns, cues, verbs = _nouns(), _cues(), _verb_cues()
    toks = layers.tokens
    words = layers.words
    joined = [p.startswith("و") for p in layers.prefixes]
    out: list[Quantity] = []
    k = 0
    while k < len(toks):
        w = words[k]
        vague = _VAGUE.get(w)
        number = None if vague else read_number(words, joined, k)
        if number is None and vague is None:
            k += 1
            continue
        value, n = (vague, 1) if vague else number
        m = k + n
        if m < len(toks) and words[m] == "من":  # عشرات من الجنود
            m += 1
        noun = nouns.get(words[m]) if m < len(toks) else None
        if noun is None and m < len(toks) and words[m].startswith("ال"):
            noun = nouns.get(words[m][2:])
        if noun is None:
            k += n
            continue
        first = toks[k]
        size = noun[1]
        if size is None and noun[0] in _PEOPLE:  # قتل 12 شخصا: the verb before says what befell them
            size = next((cues[words[c]] for c in range(k - 1, max(-1, k - 1 - _CUE_WINDOW), -1)
                         if words[c] in cues and toks[c].kind == "word"), None)
        if size is None and noun[0] in _PEOPLE:  # 12 شخصا قتلوا، ثمانية من عناصر الحرس الوطني قتلوا
            after = next((c for c in range(m + 1, min(len(toks), m + 1 + _CUE_WINDOW))
                          if toks[c].kind != "word" or words[c] in verbs), None)
            size = verbs.get(words[after]) if after is not None and toks[after].kind == "word" else None
        out.append(Quantity(first.base_start if first.kind == "word" else first.start, toks[m].end,
                            value, noun[0], size, vague is not None))
        k = m + 1
    return out
