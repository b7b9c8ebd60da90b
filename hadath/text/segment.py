"""Paragraphs and sentences, found on the normalised view, spans in the original text.

A paragraph is a line of text (news bodies put one paragraph on each line). A sentence ends at
. ! ? ؟ ؛ or … (and runs of them), or at the end of its paragraph, but not:
- inside a quotation (« », “ ”, or straight double quotes): a quoted statement of several
  sentences stays one sentence, and a quotation closing right after its own final stop ends
  the sentence there. An unclosed quotation marks nothing: from its opening mark on, the
  paragraph is split as if it had no quotation marks;
- inside a number (2.5), or after a single letter (د. for doctor, initials such as جورج و. بوش).
The Arabic comma ، separates clauses, not sentences, as in Arabic news usage.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from hadath.text.normalize import NormalizedText

__all__ = ["Span", "paragraphs", "sentences"]

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_MARK = re.compile(r"[.!?؟؛…]+|[\"«»“”]")
_TERMINAL = ".!?؟؛…"
_OPEN, _CLOSE = "«“", {"»": "«", "”": "“"}


class Span(NamedTuple):
    """A half-open span `[start, end)` of the original text."""

    start: int
    end: int

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end}


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_stop(text: str, i: int, j: int, lo: int) -> bool:
    """Whether the run of stop marks text[i:j] ends a sentence (not 2.5, not د.)."""
    if text[i:j] != ".":
        return True
    before = text[i - 1] if i > lo else " "
    after = text[j] if j < len(text) else " "
    if before.isdigit() and after.isdigit():
        return False
    single_letter = before.isalpha() and (i - 1 == lo or not text[i - 2].isalpha())
    return not single_letter


def _stops(text: str, lo: int, hi: int, quotes: bool) -> tuple[list[int], int | None]:
    """Sentence ends in text[lo:hi], and where an unclosed quotation opens (or None)."""
    ends: list[int] = []
    stack: list[tuple[str, int]] = []  # open quotation marks and their positions
    for m in _MARK.finditer(text, lo, hi):
        mark, i, j = m.group(), m.start(), m.end()
        if mark[0] in _TERMINAL:
            if not (quotes and stack) and _is_stop(text, i, j, lo):
                ends.append(j)
            continue
        if not quotes:
            continue
        if mark in _OPEN or (mark == '"' and not (stack and stack[-1][0] == '"')):
            stack.append((mark, i))
        elif stack and (mark == '"' or stack[-1][0] == _CLOSE[mark]):
            stack.pop()
            if not stack and i > lo and text[i - 1] in _TERMINAL:
                ends.append(j)  # a quotation closing on its own stop: «...انتهى.»
    return ends, (stack[0][1] if stack else None)


def paragraphs(nt: NormalizedText) -> list[Span]:
    out = []
    for m in _LINE.finditer(nt.text):
        a, b = _trimmed(nt.text, *m.span())
        if a < b:
            out.append(Span(*nt.span_to_original(a, b)))
    return out


def sentences(nt: NormalizedText) -> list[Span]:
    text = nt.text
    out = []
    for line in _LINE.finditer(text):
        lo, hi = line.span()
        ends, unclosed = _stops(text, lo, hi, quotes=True)
        if unclosed is not None:
            rest, _ = _stops(text, unclosed, hi, quotes=False)
            ends = [e for e in ends if e <= unclosed] + rest
        start = lo
        for end in [*ends, hi]:
            a, b = _trimmed(text, start, end)
            if a < b:
                out.append(Span(*nt.span_to_original(a, b)))
            start = end
    return out
