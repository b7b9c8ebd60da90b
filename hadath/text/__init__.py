"""The text layer: normalised view, paragraphs, sentences and tokens of an article.

    >>> from hadath.text import analyse_text
    >>> layers = analyse_text("وصل الوزير إلى بغداد. وقال إن الزيارة ناجحة.")
    >>> [layers.text[s.start:s.end] for s in layers.sentences]
    ['وصل الوزير إلى بغداد.', 'وقال إن الزيارة ناجحة.']
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from hadath.text.normalize import NormalizedText, normalize, normalize_string, strip_marks
from hadath.text.segment import Span, paragraphs, sentences
from hadath.text.tokens import Token, tokenize

__all__ = ["NormalizedText", "Span", "TextLayers", "Token", "analyse_text", "normalize",
           "normalize_string", "strip_marks"]


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

    def tokens_in(self, span: Span) -> list[Token]:
        """The tokens that lie inside `span`."""
        i = bisect.bisect_left(self._token_starts, span.start)
        j = bisect.bisect_left(self._token_starts, span.end, lo=i)
        return [t for t in self.tokens[i:j] if t.end <= span.end]


def analyse_text(text: str) -> TextLayers:
    nt = normalize(text)
    toks = tokenize(nt)
    return TextLayers(nt, paragraphs(nt), sentences(nt), toks, [t.start for t in toks])
