"""Name mentions: the one layer made out of the two that find names (dictionary, NER model).

- The model's span and a dictionary name over the same words: one mention, typed by the
  dictionary, carrying what the dictionary knows.
- A model span that is a dictionary name plus titles or demonyms around it (الرئيس الأمريكي
  جو بايدن): the name alone.
- A dictionary name the model missed: a mention, if the dictionary is sure of it (actors, and
  places of tier 1). A place of tier 2 (a small town named like a common word) needs the model.
- Otherwise the model's span as it is, with its type.
A mention never includes the proclitics of its first word (بغداد in وبغداد).
"""
from __future__ import annotations

import bisect

from functools import cache
from typing import NamedTuple

from hadath.data import read_tsv
from hadath.entities.actors import Knowledge
from hadath.entities.gazetteer import Match
from hadath.entities.ner import NerSpan
from hadath.text import NAME_QUOTES, TextLayers, normalize_string
from hadath.text.clitics import frequent_words

_COMMON = 3000  # a one-word name among this many most frequent words needs the model to agree

__all__ = ["Mention", "before_quoted_name", "descriptors", "name_mentions"]


class Mention(NamedTuple):
    start: int
    end: int
    type: str  # PER, ORG, LOC, MISC
    first: int  # token range [first, last)
    last: int
    refs: tuple = ()  # dictionary payloads: ("place", id) / ("actor", id)


_NAME_KINDS = ("place", "actor", "institution")
_NISBA = ("ي", "يه", "يون", "يين")  # الأمريكية in الولايات المتحدة الأمريكية is part of the name
_LONGEST_NAME = 12  # tokens: a dictionary name that crosses a model span starts at most this far before it


def _names(payloads: tuple) -> tuple:
    return tuple(p for p in payloads if p[0] in _NAME_KINDS)


def _type(refs: tuple, kb: Knowledge, prefer: str | None) -> str:
    """The dictionary's type for a name; the model's type (`prefer`) where the dictionary allows
    it, or where the name is a town's (برشلونة the club, تويوتا the company)."""
    types = ["LOC" if kind == "place" else "ORG" if kind == "institution" else kb.actors[ident].type
             for kind, ident in refs]
    if prefer in types:
        return prefer
    towns = all(kind == "place" and kb.places[ident].kind in ("city", "capital") for kind, ident in refs)
    if prefer in ("ORG", "PER") and towns:
        return prefer
    return "LOC" if "LOC" in types else types[0]


@cache
def _ambiguous() -> frozenset[str]:
    """One-word actor and place names that are also common words or first names (ambiguous.tsv)."""
    rows = read_tsv("hadath.data.actors.src", "ambiguous.tsv", rebuild="git checkout (hand-curated)")
    return frozenset(normalize_string(word) for word, *_ in rows)


@cache
def descriptors() -> dict[str, str]:
    """Normalised descriptor words (صحيفة، الشيخ، تنظيم) → scope: "any" or "dict"."""
    rows = read_tsv("hadath.data.actors.src", "descriptors.tsv", rebuild="git checkout (hand-curated)")
    return {normalize_string(word): scope for word, scope in rows}


@cache
def _body_nouns() -> frozenset[str]:
    """Nouns naming a kind of body (حركة، منظمة، تنظيم): anaphors.tsv's heads without the article."""
    rows = read_tsv("hadath.data.actors.src", "anaphors.tsv", rebuild="git checkout (hand-curated)")
    return frozenset(normalize_string(noun)[2:] for noun, refers in rows if refers == "named")


def before_quoted_name(word: str) -> bool:
    """Whether a normalised word may stand before a name in quotation marks as the kind of what
    it names (تنظيم "الدولة الإسلامية"، منظمة "مراسلون بلا حدود"، صحيفة "واشنطن بوست")."""
    return word in descriptors() or word in _body_nouns()


def _sure(refs: tuple, kb: Knowledge, layers: TextLayers, i: int, j: int, start: int | None = None) -> bool:
    """Whether a dictionary name stands on its own, without the NER model's word for it. `start`:
    where the match starts, if inside the token (بعقوبة is the town, not ب + عقوبة)."""
    word = normalize_string(layers.text[start:layers.tokens[i].end]) if start is not None else layers.word(i)
    if j - i == 1 and (word in _ambiguous() or word in frequent_words(_COMMON) and any(kind != "actor" for kind, _ in refs)):
        # فتح (Fatah, "opened"), مالي (Mali, "financial"), رئيسي ("main"); not ترامب، الحوثيين; but a
        # country whose name is also an adjective (السعودية) is the country where no definite noun
        # stands right before it for it to qualify (رحبت السعودية، مع السعودية; not الحكومة السعودية)
        # (a capital is its city wherever it stands: أثار استياء بكين، قالت موسكو)
        return (start is None or start == layers.tokens[i].start) and word not in _ambiguous() \
            and (_country_on_its_own(refs, kb, layers, i) or all(
                kind == "place" and kb.places[ident].kind == "capital" for kind, ident in refs))
    return any(kind in ("actor", "institution") or (kind == "place" and kb.places[ident].tier == 1)
               for kind, ident in refs)


def _country_on_its_own(refs: tuple, kb: Knowledge, layers: TextLayers, i: int) -> bool:
    """Whether the one-word name at token i, with the article, names a country and does not
    follow a definite word it could qualify as an adjective."""
    if not layers.word(i).startswith("ال") or not any(kind == "place" and kb.places[ident].kind == "country"
                                                     for kind, ident in refs):
        return False
    prev = layers.tokens[i - 1] if i > 0 else None
    return prev is None or prev.kind != "word" or bool(layers.prefixes[i]) or not layers.word(i - 1).startswith("ال")


def _trim(layers: TextLayers, first: int, last: int, scopes: tuple[str, ...]) -> int:
    """The first token after the descriptors a span starts with (at least one token stays)."""
    words = descriptors()
    while last - first > 1:
        two = f"{layers.word(first)} {layers.word(first + 1)}" if last - first > 2 else None
        if two and words.get(two) in scopes:
            first += 2
        elif words.get(layers.word(first)) in scopes:
            first += 1
        else:
            break
    return first


def name_mentions(layers: TextLayers, matches: list[Match], spans: list[NerSpan], kb: Knowledge) -> list[Mention]:
    toks = layers.tokens
    dict_names, context, starts = [], set(), {}  # context: tokens inside title/demonym matches
    for m in matches:
        i, j = layers.token_range(m.start, m.end)
        refs = _names(m.payloads)
        if refs:
            dict_names.append((i, j, refs))
            starts[i, j] = m.start  # the match knows where the name starts (بيونغ يانغ)
        else:
            context.update(range(i, j))
    out: list[Mention] = []
    used = set()
    dict_names.sort(key=lambda d: d[0])
    firsts = [d[0] for d in dict_names]
    named = set(firsts)
    for s in spans:
        if context.issuperset(range(s.first, s.last)):
            continue  # البابا، الرئيس الأمريكي alone: a title or a demonym is no name
        near = dict_names[bisect.bisect_left(firsts, s.first - _LONGEST_NAME):bisect.bisect_left(firsts, s.last)]
        inside = [(i, j, r) for i, j, r in near if s.first <= i and j <= s.last]
        covered = {k for i, j, _ in inside for k in range(i, j)}
        # تنظيم "الدولة الإسلامية": a quotation mark between a body and a known name is no part of a name
        rest = {k for k in range(s.first, s.last) if toks[k].kind != "punct" or layers.word(k) not in NAME_QUOTES} \
            - covered - context
        if inside and rest and len(inside) == 1 and inside[0][0] == s.first and min(rest) >= inside[0][1] \
                and _type(inside[0][2], kb, s.type) == "ORG" \
                and _sure(inside[0][2], kb, layers, inside[0][0], inside[0][1], starts[inside[0][:2]]) \
                and layers.word(min(rest)).startswith("ال") and not layers.word(min(rest)).endswith(_NISBA):
            rest = set()  # منظمة العفو الدولية العقاب الجماعي: the model ran on past a known name
        if inside and (not rest or _trim(layers, min(rest), s.last, ("any", "dict")) > max(rest)):
            for i, j, refs in inside:
                out.append(_mention(layers, i, j, _type(refs, kb, s.type), refs, starts[i, j]))
                used.add((i, j))
        else:
            crossing = [(i, j, r) for i, j, r in near if i < s.last and s.first < j and (i, j) not in used]
            longer = [(i, j, r) for i, j, r in crossing
                      if j - i > s.last - s.first and _sure(r, kb, layers, i, j, starts[i, j])]
            if longer:
                continue  # a longer dictionary name wins; it is added below
            if s.last + 1 < len(toks) and toks[s.last].kind == "punct" and layers.word(s.last) in NAME_QUOTES \
                    and s.last + 1 in named and all(before_quoted_name(layers.word(k)) for k in range(s.first, s.last)):
                continue  # منظمة "مراسلون بلا حدود": the body's word before a quoted known name is none
            first, last = _trim(layers, s.first, s.last, ("any",)), s.last
            while last - first > 1 and last - 1 not in covered and _possessed(layers, last - 1):
                last -= 1  # تنظيم الدولة الإسلامية مسؤوليته: a noun with a pronoun on it ends no name
            if last - first == 1 and s.type in ("LOC", "ORG") \
                    and layers.text[toks[first].start:toks[first].end].endswith(("اً", "ًا")):
                continue  # احتضاناً: a word with the accusative's tanween is no place or body's name
            out.append(_mention(layers, first, last, s.type, ()))
            used.update((i, j) for i, j, _ in crossing)
    taken = {k for m in out for k in range(m.first, m.last)}
    for i, j, refs in dict_names:
        if (i, j) in used or any(k in taken for k in range(i, j)) or not _sure(refs, kb, layers, i, j, starts[i, j]):
            continue
        out.append(_mention(layers, i, j, _type(refs, kb, None), refs, starts[i, j]))
    out = _quoted_bodies(layers, out)
    out.sort()
    return _institutions_of_places([m for m in out if m.end > m.start and toks[m.first].kind != "punct"], layers)


def _possessed(layers: TextLayers, k: int) -> bool:
    """Whether token k is a feminine noun with a possessive pronoun, which ends no name: its ة
    written ت before ه، ها، هم، كم (مسؤوليته، مسؤوليتها، قيادتهم); not a name that ends with
    letters of a pronoun (كيم سوكها، فيفي عبده، طالباني)."""
    t = layers.tokens[k]
    suffix, stem = layers.text[t.stem_end:t.end], layers.text[t.stem_start:t.stem_end]
    return suffix in _POSSESSIVES and stem.endswith("ت")


_POSSESSIVES = frozenset({"ه", "ها", "هم", "هما", "هن", "كم", "كما"})
_QUOTED_NAME_WORDS = 6  # words a quoted body's name may have (حزب "خمسة نجوم"، حركة "مجتمع السلم")
_NOT_BODIES = frozenset(normalize_string(w) for w in ("مملكة", "إمارة"))  # places, not bodies


def _quoted_bodies(layers: TextLayers, found: list[Mention]) -> list[Mention]:
    """Names in quotation marks right after a noun naming a kind of body are organisations (وطلب
    حزب "خمسة نجوم" من حزب الرابطة): where neither the model nor the dictionaries found the name,
    or the model found only a part of it that no dictionary knows (حزب "حرية كوريا": not كوريا),
    the whole quoted name is one."""
    toks, out = layers.tokens, list(found)
    quotes = [q for q in range(1, len(toks) - 2) if toks[q].kind == "punct" and layers.word(q) in NAME_QUOTES]
    for k in (q - 1 for q in quotes):  # the word before an opening quotation mark
        w = layers.word(k)
        if not (w in _body_nouns() or w[2:] in _body_nouns()) or w in _NOT_BODIES or w[2:] in _NOT_BODIES:
            continue
        end = next((m for m in range(k + 2, min(len(toks), k + 3 + _QUOTED_NAME_WORDS))
                    if toks[m].kind == "punct"), None)
        if end is None or end == k + 2 or layers.word(end) not in NAME_QUOTES:
            continue
        if end == k + 3 and layers.word(k + 2).endswith(_NISBA):
            continue  # تنظيم "إرهابي": a word of description in quotation marks, no name
        near = [m for m in out if m.first < end and k + 2 < m.last]
        if any(m.first < k + 2 or m.last > end or (m.first, m.last) == (k + 2, end) or m.refs for m in near):
            continue  # found whole, a name that runs past the quotation marks, or a known name inside
            # (صحيفة "الإمارات اليوم": the state stays the state the article names elsewhere)
        out = [m for m in out if m not in near] + [_mention(layers, k + 2, end, "ORG", ())]
    return out


def _institutions_of_places(mentions: list[Mention], layers: TextLayers) -> list[Mention]:
    """محكمة جنايات الجيزة: an institution in the construct state (no article on its last word)
    right before a place is named by it: one name, not a court and a town."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.type == "LOC" and m.first == prev.last and prev.refs
                and all(kind == "institution" for kind, _ in prev.refs)
                and not layers.word(prev.last - 1).startswith("ال")):
            out[-1] = prev._replace(end=m.end, last=m.last)
            continue
        out.append(m)
    return out


def _mention(layers: TextLayers, i: int, j: int, typ: str, refs: tuple, start: int | None = None) -> Mention:
    toks = layers.tokens
    return Mention(toks[i].base_start if start is None else start, toks[j - 1].end, typ, i, j, refs)
