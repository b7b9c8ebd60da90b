"""Numbers written in digits or in words, read from a run of normalised words.

    >>> from hadath.text.numbers import read_number
    >>> read_number(["خمسه", "عشرين", "جنديا"], [False, True, False])  # خمسة وعشرين جنديا
    (25, 2)
    >>> read_number(["2,500", "دولار"], [False, False])
    (2500, 1)

Digits are already ASCII in the normalised view (Arabic-Indic digits are mapped there); thousands
separators (, ٬ .) are read; number words come from `hadath/data/lexicon/numbers.tsv`.
"""
from __future__ import annotations

import re
from functools import cache

from hadath.data import read_tsv
from hadath.text.normalize import normalize_string

__all__ = ["number_words", "ordinal_words", "read_number"]

_DIGITS = re.compile(r"\d{1,3}(?:[,٬]\d{3})+|\d+(?:[.٫]\d+)?")


@cache
def _tables() -> tuple[dict[str, float], dict[str, int]]:
    numbers, ordinals = {}, {}
    for cat, form, value in read_tsv("hadath.data.lexicon", "numbers.tsv", rebuild="git checkout"):
        table = numbers if cat == "number" else ordinals
        table[normalize_string(form)] = float(value) if "." in value else int(value)
    return numbers, ordinals


def number_words() -> dict[str, float]:
    return _tables()[0]


def ordinal_words() -> dict[str, int]:
    return _tables()[1]


def _digits(word: str) -> float | None:
    if not _DIGITS.fullmatch(word):
        return None
    plain = word.replace(",", "").replace("٬", "").replace("٫", ".")
    return float(plain) if "." in plain else int(plain)


def read_number(words: list[str], joined: list[bool], k: int = 0) -> tuple[float, int] | None:
    """The number that starts at words[k] and how many words it takes, or None.

    `joined[m]` tells whether words[m] came with the conjunction و (وعشرين): only such words
    continue a compound (خمسة وعشرين، ألفين وخمسمائة). A multiplier after a number multiplies it
    (ثلاثة آلاف، 2.5 مليون)."""
    if k >= len(words):
        return None
    numbers = number_words()
    first = _digits(words[k])
    if first is None:
        first = numbers.get(words[k])
        if first is None:
            return None
    total, n = first, 1
    while k + n < len(words):  # ثلاثة آلاف، 2.5 مليون، مئة ألف
        w = words[k + n]
        if not joined[k + n] and w[:1] == "و" and w[1:] in numbers:  # وخمسمايه left whole
            w, joined = w[1:], joined[:k + n] + [True] + joined[k + n + 1:]
        mult = numbers.get(w)
        if mult in (1000, 1_000_000, 1_000_000_000) and not joined[k + n] and total < mult:
            total, n = total * mult, n + 1
            continue
        if joined[k + n] and (part := numbers.get(w)) is not None and part < total and not isinstance(part, float):
            total, n = total + part, n + 1  # خمسة وعشرين، ألفين وخمسمائة
            continue
        if joined[k + n] and (part := numbers.get(w)) is not None and part > total and total < 10 and part in range(20, 100, 10):
            total, n = total + part, n + 1  # خمسة وعشرين: the units come first in Arabic
            continue
        break
    if isinstance(total, float) and total.is_integer():
        total = int(total)
    return total, n
