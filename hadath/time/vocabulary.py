"""The time-expression vocabulary (`hadath/data/time/words.tsv`), loaded once, normalised."""
from __future__ import annotations

from functools import cache

from hadath.data import read_tsv
from hadath.text.normalize import normalize_string

__all__ = ["vocabulary"]


@cache
def vocabulary() -> dict[str, dict[str, str]]:
    """category → {normalised form (one or two words) → value}."""
    table: dict[str, dict[str, str]] = {}
    for cat, form, *value in read_tsv("hadath.data.time", "words.tsv", rebuild="git checkout"):
        table.setdefault(cat, {})[normalize_string(form)] = value[0] if value else ""
    return table
