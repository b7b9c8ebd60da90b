"""An offset-preserving normalised view of Arabic text, for matching.

Normalisation here is a mapping of single characters: each original character is deleted
(diacritics, tatweel, invisible marks), replaced by one character (alef and hamza forms, ى, ة,
digits) or expanded to a few (presentation-form ligatures). So every normalised character comes
from exactly one original character, and the view keeps, for each, the original index it came
from (or nothing, where no character was deleted or expanded). One rule looks at the characters
around: a hashtag's # (before a letter) and _ (between letters) become a space.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache

__all__ = ["NormalizedText", "normalize", "normalize_string", "strip_marks"]

# Ranges are inclusive code point pairs.
_DELETE_RANGES = (
    (0x0610, 0x061A),  # Quranic honorifics and small marks
    (0x064B, 0x065F),  # harakat, shadda, sukun, combining hamza above/below
    (0x0670, 0x0670),  # superscript (dagger) alef
    (0x06D6, 0x06DC), (0x06DF, 0x06E8), (0x06EA, 0x06ED),  # Quranic annotation marks
    (0x08D3, 0x08FF),  # extended Arabic combining marks
    (0x0640, 0x0640),  # tatweel (kashida)
    (0x061C, 0x061C),  # Arabic letter mark
    (0x00AD, 0x00AD),  # soft hyphen
    (0x200B, 0x200F),  # zero-width space/joiners, LRM, RLM
    (0x202A, 0x202E), (0x2066, 0x2069),  # bidi embeddings and isolates
    (0xFEFF, 0xFEFF),  # byte order mark / zero-width no-break space
)

_REPLACE = {
    # alef forms; the hamza seats keep their seat letter (as when the combining hamza is removed)
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي",
    "ى": "ي", "ی": "ي",  # alef maksura and Farsi yeh
    "ة": "ه", "ۀ": "ه", "ە": "ه",  # teh marbuta and its Persian/Kurdish forms
    "ک": "ك",  # keheh (Persian kaf), common in mixed-keyboard text
    "٫": ".", "٬": ",", "٪": "%",  # Arabic decimal and thousands separators, percent
    "\u00a0": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
    **{chr(c): " " for c in range(0x2000, 0x200B)},  # typographic spaces
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian (extended) digits
}

_PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))


@cache
def _table() -> dict[int, str | None]:
    """The translate table: code point -> replacement ('' never; None means delete)."""
    table: dict[int, str | None] = {}
    for lo, hi in _DELETE_RANGES:
        for cp in range(lo, hi + 1):
            table[cp] = None
    for src, dst in _REPLACE.items():
        table[ord(src)] = dst
    for lo, hi in _PRESENTATION_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            decomposed = unicodedata.normalize("NFKC", ch)
            if decomposed != ch:
                # ligatures decompose into base letters (and marks, which we drop)
                table[cp] = decomposed.translate(table) or None
    return table


@cache
def _marks() -> re.Pattern[str]:
    """Runs of characters that normalisation deletes."""
    cps = sorted(cp for cp, v in _table().items() if v is None)
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in cps) + "]+")


_PRESENTATION = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _PRESENTATION_RANGES) + "]")


def strip_marks(text: str) -> str:
    """`text` without diacritics, tatweel and invisible marks, letters as written (light form)."""
    return _marks().sub("", text)


def _replace_letters(light: str) -> str:
    # one C-speed scan per replaced character beats str.translate's per-character dict look-ups
    for src, dst in _REPLACE.items():
        if src in light:
            light = light.replace(src, dst)
    return light


def normalize_string(text: str) -> str:
    """The normalised form of `text`, without the offset map (for dictionaries and keys)."""
    if len(text) < 256 or _PRESENTATION.search(text):  # short: one translate is quicker
        return text.translate(_table())
    return _replace_letters(strip_marks(text))


def without_article(word: str) -> str:
    """A normalised word without its article, where three letters or more remain (متزعم for
    المتزعم; not الى)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """`text` is the normalised form of `original`; `light` is `original` without marks
    (letters as written), which lines up with `text` character by character unless
    presentation forms were expanded. `_offsets[i]` is the original index of normalised
    character i (and of the end); None where nothing was deleted or expanded.
    """

    original: str
    text: str
    light: str
    _offsets: array | None = None

    @property
    def identity(self) -> bool:
        """True when every offset is the same in both texts (nothing deleted or expanded)."""
        return self._offsets is None

    def offsets(self) -> array | None:
        """The original index of every normalised position (and of the end), or None where
        the two texts share their offsets."""
        return self._offsets

    def to_original(self, i: int) -> int:
        """Original index of the character that produced normalised character `i`.

        `i == len(text)` maps to `len(original)`."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"normalised position {i} outside 0..{len(self.text)}")
        if self._offsets is None:
            return i
        return self._offsets[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span `[s, e)` covering the normalised span `[start, end)`.

        Deleted characters right after the span (a final diacritic, a tatweel) are inside it;
        the span never ends inside the character that produced its last normalised character."""
        s = self.to_original(start)
        if end <= start:
            return s, s
        return s, max(self.to_original(end), self.to_original(end - 1) + 1)

    def to_normalized(self, j: int) -> int:
        """The first normalised position produced by original character `j` or a later one."""
        if not 0 <= j <= len(self.original):
            raise IndexError(f"original position {j} outside 0..{len(self.original)}")
        return bisect.bisect_left(range(len(self.text) + 1), j, key=self.to_original)


# a hashtag's marks (#ولي_العهد_السعودي): read as spaces, so that its words are the words they join
_LETTER = "[\u0621-\u064a\u0671-\u06d3A-Za-z]"
_HASHTAG = re.compile(f"#(?={_LETTER})|(?<={_LETTER})_(?={_LETTER})")


def hashtags_as_spaces(text: str) -> str:
    """`text` with a hashtag's # (before a letter) and _ (between letters) as spaces."""
    return _HASHTAG.sub(" ", text) if "#" in text or "_" in text else text


def normalize(text: str) -> NormalizedText:
    """Normalise `text` for matching, keeping the way back to original offsets."""
    if _PRESENTATION.search(text):
        return _normalize_char_by_char(text)
    runs = list(_marks().finditer(text))
    if not runs:
        return NormalizedText(text, hashtags_as_spaces(_replace_letters(text)), text)
    offsets, kept = array("q"), 0
    for run in runs:  # the kept stretches between deleted runs map one to one
        offsets.extend(range(kept, run.start()))
        kept = run.end()
    offsets.extend(range(kept, len(text) + 1))
    light = _marks().sub("", text)
    return NormalizedText(text, hashtags_as_spaces(_replace_letters(light)), light, offsets)


def _normalize_char_by_char(text: str) -> NormalizedText:
    """The slow path, for text with presentation forms (a ligature becomes several letters)."""
    table, pieces, offsets = _table(), [], array("q")
    for j, ch in enumerate(text):
        out = table.get(ord(ch), ch)
        if out:
            pieces.append(out)
            offsets.extend([j] * len(out))
    offsets.append(len(text))
    return NormalizedText(text, hashtags_as_spaces("".join(pieces)), strip_marks(text), offsets)
