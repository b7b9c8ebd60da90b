"""Dictionary matching on an Aho-Corasick automaton over the normalised view.

Names are normalised like the text (so أمريكا matches امريكا and أميركا does not need its own
entry beyond its spelling), and a match counts only where it starts at a word, or right after
its proclitics (وبغداد, بالعراق), and ends at a word's end. Where a word may be read both ways,
the clitic analysis of the text layer decides (وجدة: و + جدة, not the city Oujda), unless
only the whole word is a name (بيونغ يانغ, whatever its ب). Names with the article also
match in the contracted ل + ال form (للعراق). Of overlapping matches the longest wins.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

import ahocorasick

from hadath.text import TextLayers, normalize_string

__all__ = ["Gazetteer", "Match"]


class Match(NamedTuple):
    """`[start, end)` in the original text; `payloads` are what the dictionary holds for the name."""

    start: int
    end: int
    payloads: tuple


class Gazetteer:
    def __init__(self, entries: Iterable[tuple[str, object]]):
        """`entries`: (name, payload) pairs; one name may carry several payloads."""
        table: dict[str, list] = {}
        for name, payload in entries:
            key = normalize_string(name).strip()
            if len(key) < 2:
                continue
            table.setdefault(key, []).append(payload)
            if key.startswith("ال") and len(key) > 3:
                table.setdefault("ل" + key[2:], []).append(payload)  # ل + العراق → للعراق
        self.size = len(table)
        self._automaton = ahocorasick.Automaton()
        for key, payloads in table.items():
            self._automaton.add_word(key, (len(key), tuple(payloads)))
        if table:
            self._automaton.make_automaton()

    def find(self, layers: TextLayers, suffixed: bool = False) -> list[Match]:
        """`suffixed`: a match may also end before a word's suffix (إطلاق سراحه for إطلاق سراح),
        as cue phrases do; names end at a word's end."""
        if not self.size:
            return []
        nt = layers.normalized
        starts, split, ends = set(), {}, set()
        for t in layers.tokens:
            if t.kind != "punct":
                starts.update((t.start, t.base_start))
                if t.base_start > t.start:
                    split[t.start] = t.base_start
                ends.add(t.end)
                if suffixed and t.stem_end < t.end:
                    ends.add(t.stem_end)
        found = []
        for last, (length, payloads) in self._automaton.iter(nt.text):
            s, e = nt.span_to_original(last + 1 - length, last + 1)
            if s in starts and e in ends:
                found.append(Match(s, e, payloads))
        at = {(m.start, m.end) for m in found}
        found = [m for m in found if m.start not in split or (split[m.start], m.end) not in at]
        return _longest_first(found)


def _longest_first(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, preferring the longer, then the earlier."""
    taken: list[Match] = []
    used = bytearray()
    for m in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        if len(used) < m.end:
            used.extend(bytes(m.end - len(used)))
        if not any(used[m.start:m.end]):
            used[m.start:m.end] = b"\x01" * (m.end - m.start)
            taken.append(m)
    return sorted(taken)
