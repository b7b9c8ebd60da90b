"""Clitic analysis of Arabic words: proclitics (و ف ب ل ك س), the article ال, pronoun suffixes.

Without a full morphological lexicon every split is a guess (وصل "arrived" is not و + صل), so
the guess is weighed against word counts from Arabic news (`data/lexicon/wordfreq.tsv.gz`):
a split is taken when its base is common enough, given how often the clitic is one, to explain
the word better than the word itself does. The article is split off where the stem is attested
without it; since the light form keeps the hamza, إلغاء or ألف never start with the article.

Words are analysed in their "light" form: diacritics and tatweel removed, letters as written,
so that the hamza and ة (never a suffix ه) still tell, and counts are of light forms too.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import NamedTuple

from hadath.data import read_tsv
from hadath.text.normalize import normalize_string

_IMPERFECT = "يتنا"  # س marks the future only before an imperfect verb
_MIN_STEM = 2
_UNSEEN = 5  # a word seen fewer times than this is treated as unknown
_COMMON = 100  # a base seen this often is a word in its own right ...
_SHARE = 0.25  # ... and a split is taken when the base is at least this common beside the word


class Clitics(NamedTuple):
    """Lengths (in the analysed form) of the proclitics, the article and the suffix.

    `contracted`: ل + ال written لل; the article is then the single second ل."""

    prefix: int = 0
    article: int = 0
    suffix: int = 0
    contracted: bool = False


NO_CLITICS = Clitics()


@dataclass(frozen=True)
class CliticModel:
    conj: dict[str, float]
    prep: dict[str, float]
    future: dict[str, float]
    suffixes: dict[str, float]
    keep: frozenset[str]
    counts: dict[str, int]

    first_letters: frozenset[str] = frozenset()  # letters a word with clitics may start with
    suffix_tuple: tuple[str, ...] = ()

    def __post_init__(self):
        first = "ا" + "".join(self.conj) + "".join(self.prep) + "".join(self.future)
        object.__setattr__(self, "first_letters", frozenset(first))
        object.__setattr__(self, "suffix_tuple", tuple(self.suffixes))

    def count(self, form: str) -> int:
        return self.counts.get(form, 0)


@cache
def model() -> CliticModel:
    """Load the clitic table and word counts once (about 0.2 s)."""
    slots: dict[str, dict[str, float]] = {"conj": {}, "prep": {}, "future": {}, "suffix": {}}
    keep = set()
    for slot, form, weight, *_ in read_tsv("hadath.data.lexicon", "clitics.tsv", rebuild="git checkout"):
        if slot == "keep":
            keep.add(normalize_string(form))
        else:
            slots[slot][form] = float(weight)
    rows = read_tsv("hadath.data.lexicon", "wordfreq.tsv.gz", rebuild="python tools/build_lexicon.py")
    counts = {word: int(n) for word, n in rows}
    return CliticModel(slots["conj"], slots["prep"], slots["future"], slots["suffix"],
                       frozenset(keep), counts)


@cache
def frequent_words(n: int) -> frozenset[str]:
    """The normalised forms of the `n` most frequent words of the news lexicon (the counts are
    loaded in the file's order, most frequent first)."""
    return frozenset(normalize_string(w) for w in islice(model().counts, n))


def _proclitics(word: str, m: CliticModel):
    """(length, weight, contracted) of each proclitic sequence the word may start with."""
    yield 0, 1.0, False
    for conj, cw in [("", 1.0), *m.conj.items()]:
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        if conj:
            yield len(conj), cw, False
        for prep, pw in [*m.prep.items(), *m.future.items()]:
            if not rest.startswith(prep):
                continue
            after = rest[len(prep):]
            if prep in m.future and not after[:1] in _IMPERFECT:
                continue
            yield len(conj) + len(prep), cw * pw, False
            if prep == "ل" and after.startswith("ل") and not after.startswith("لل"):
                yield len(conj) + len(prep), cw * pw, True  # ل + ال written لل; counts decide


def _article(base: str, m: CliticModel) -> int:
    """2 where `base` starts with the article ال, else 0."""
    if not base.startswith("ال") or len(base) - 2 < _MIN_STEM:
        return 0
    if normalize_string(base) in m.keep:
        return 0
    stem_seen = m.count(base[2:]) > 0
    return 2 if stem_seen or m.count(base) < _UNSEEN else 0


@lru_cache(maxsize=1 << 16)
def analyse(word: str) -> Clitics:
    """The clitics of one word (its light form: no diacritics, letters as written)."""
    m = model()
    if len(word) < 3 or not (word[0] in m.first_letters or word.endswith(m.suffix_tuple)):
        return NO_CLITICS  # the common case, decided without a look-up
    if normalize_string(word) in m.keep or not word.isalpha():
        return NO_CLITICS
    seen = m.count(word)
    best, best_score = NO_CLITICS, float(seen)
    for pre, weight, contracted in _proclitics(word, m):
        base = ("ا" + word[pre:]) if contracted else word[pre:]
        base_has_article = bool(_article(base, m))
        for suf, sw in [("", 1.0), *m.suffixes.items()]:
            if not pre and not suf:
                continue
            if suf and (not base.endswith(suf) or base_has_article):
                continue
            stem = base[: len(base) - len(suf)]
            if len(stem) - (2 if base_has_article else 0) < _MIN_STEM:
                continue
            stem_seen = m.count(stem)
            if suf and stem.endswith("ت") and not stem_seen:
                stem_seen = m.count(stem[:-1] + "ة")  # زيارته: the ة of زيارة is written ت before a suffix
            score = weight * sw * stem_seen
            # fixed phrases (وقال، بالإضافة) are as common as their base: take the split too
            common = stem_seen >= _COMMON and stem_seen >= _SHARE * seen
            # an unknown word: conjunction or preposition + article is the regular pattern
            unseen = seen < _UNSEEN and not suf and base_has_article and pre
            if score > best_score or ((common or unseen) and best is NO_CLITICS):
                best_score = max(score, best_score)
                best = Clitics(pre, 0, len(suf), contracted)
    base = word[best.prefix:]
    if best.contracted:
        return best._replace(article=1)
    if not best.suffix and _article(base, m):
        return best._replace(article=2)
    return best
