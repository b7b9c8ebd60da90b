"""The text layer: normalised view, paragraphs, sentences and tokens of an article.

    >>> from hadath.text import analyse_text
    >>> layers = analyse_text("وصل الوزير إلى بغداد. وقال إن الزيارة ناجحة.")
    >>> [layers.text[s.start:s.end] for s in layers.sentences]
    ['وصل الوزير إلى بغداد.', 'وقال إن الزيارة ناجحة.']
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from hadath.text.normalize import NormalizedText, normalize, normalize_string, strip_marks, without_article
from hadath.text.segment import Span, paragraphs, sentences
from hadath.text.tokens import Token, tokenize

__all__ = ["NAME_QUOTES", "RELATIVE_PRONOUNS", "NormalizedText", "Span", "TextLayers", "Token", "analyse_text", "normalize",
           "normalize_string", "strip_marks", "without_article"]

# relative pronouns, normalised: the clause after them tells of the noun before them
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
# quotation marks that may stand around a name (تنظيم "الدولة الإسلامية"، حركة «حماس»)
NAME_QUOTES = frozenset('"«»“”')


@dataclass(frozen=True)
class TextLayers:
    """Everything the text layer finds; all spans are into `normalized.original`."""

    normalized: NormalizedText
    paragraphs: list[Span]
    sentences: list[Span]
    tokens: list[Token]
    _token_starts: list[int] = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.normalized.original

    def word(self, k: int) -> str:
        """Token k normalised, without its proclitics (بغداد for وبغداد): the form that
        dictionaries and cue lists are matched against."""
        return self.words[k]

    @cached_property
    def prefixes(self) -> list[str]:
        """The proclitics of every token, normalised (وب for وبغداد, س for سيزور, "" for none)."""
        text = self.normalized.original
        return [normalize_string(text[t.start:t.base_start]) for t in self.tokens]

    @cached_property
    def words(self) -> list[str]:
        """`word(k)` of every token, computed once for all the stages that read it."""
        text = self.normalized.original
        return [normalize_string(text[t.base_start:t.end]) for t in self.tokens]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices `i, j` such that tokens[i:j] are the tokens that overlap [start, end)
        (a span may start inside a token, after its proclitics)."""
        i = bisect.bisect_right(self._token_starts, start) - 1
        if i < 0 or self.tokens[i].end <= start:
            i += 1
        return i, max(i, bisect.bisect_left(self._token_starts, end, lo=i))

    def tokens_in(self, span: Span) -> list[Token]:
        """The tokens that lie inside `span`."""
        i, j = self.token_range(span.start, span.end)
        return [t for t in self.tokens[i:j] if t.end <= span.end]


def analyse_text(text: str) -> TextLayers:
    nt = normalize(text)
    toks = tokenize(nt)
    return TextLayers(nt, paragraphs(nt), sentences(nt), toks, [t.start for t in toks])
