"""Quotes and sourcing: direct and reported speech, who said it, and unnamed sources.

    >>> import hadath
    >>> text = 'وقال وزير الخارجية الأردني أيمن الصفدي إن "الحل الوحيد هو إقامة الدولة الفلسطينية".'
    >>> r = hadath.extract(text, published="2023-05-01")
    >>> [(text[q.content.start:q.content.end], q.direct, text[q.cue.start:q.cue.end]) for q in r.quotes]
    [('الحل الوحيد هو إقامة الدولة الفلسطينية', True, 'وقال')]

1. Direct quotes: text between quotation marks (" « » “ ” ‘ ’), also across sentences; an
   unclosed mark runs to the end of its paragraph. A short quoted phrase counts only with a speech
   cue in its sentence (else it is a scare quote or a name: "فارك").
2. Reported speech: a saying verb (قال، أكد، أعلن، أضاف ... conjugated; `hadath/data/quotes`)
   followed by إن/أن/بأن, whose content runs to the end of the sentence; أعلن/نفى/أكد/كشف also
   take a noun phrase (أعلن الجيش مقتل ...); "according to" (وفق، بحسب، نقلا عن) attributes the
   rest of its sentence.
3. The speaker: the entity right after the verb (VSO), a spokesman's body (المتحدث باسم
   الخارجية → the ministry), else an unnamed source (مصدر عراقي مطلع: `anonymous`, its words in
   `source`), else the entity before the verb (SVO), else, for وأضاف/وتابع, قائلا/مضيفا and إنه,
   the last speaker; otherwise None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from hadath.data import read_tsv
from hadath.entities import token_owners
from hadath.schema import Entity, Quote, Span
from hadath.text import TextLayers, normalize_string
from hadath.text.verbs import conjugate

__all__ = ["find_quotes", "load", "sourcing"]

_PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’", "„": "“"}
_OPENERS = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_SUBJECT_WINDOW = 6  # words between a verb and its subject or its إن
_SCARE = 3  # quoted phrases of fewer words need a cue in their sentence
_NP_CONTENT = {"اعلن", "نفي", "اكد", "كشف"}  # verbs whose object can be the content itself


@dataclass(frozen=True)
class _Cues:
    verbs: frozenset[str]
    participles: frozenset[str]
    attribution: dict[str, int]  # first word → longest cue in words
    attribution_forms: frozenset[str]
    complementizers: frozenset[str]
    anonymous: frozenset[str]
    spokesman: frozenset[str]
    continuing: frozenset[str]


@cache
def _cues() -> _Cues:
    table: dict[str, set[str]] = {}
    for kind, forms in read_tsv("hadath.data.quotes", "cues.tsv", rebuild="git checkout"):
        for form in forms.split("|"):
            words = conjugate(form) if kind in ("verb", "continuing") and "/" in form else {form}
            if kind == "continuing":
                words = conjugate(form + "/") | {form}
            table.setdefault(kind, set()).update(normalize_string(w) for w in words)
    attribution = {}
    for form in table["attribution"]:
        first = form.split()[0]
        attribution[first] = max(attribution.get(first, 0), len(form.split()))
    return _Cues(frozenset(table["verb"]), frozenset(table["participle"]), attribution,
                 frozenset(table["attribution"]), frozenset(table["complementizer"]),
                 frozenset(table["anonymous"]), frozenset(table["spokesman"]), frozenset(table["continuing"]))


def load() -> None:
    _cues()


@dataclass
class _Speaker:
    entity: Entity | None = None
    anonymous: bool = False
    source: Span | None = None


def _quoted_spans(layers: TextLayers) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks, paragraph by paragraph."""
    text = layers.text
    out = []
    for para in layers.paragraphs:
        k = para.start
        while (m := _OPENERS.search(text, k, para.end)) is not None:
            opener = m.group()
            close = text.find(_PAIRS[opener], m.end(), para.end)
            end = para.end if close == -1 else close
            if end > m.end() and text[m.end():end].strip():
                out.append((m.end(), end))
            k = end + 1
    return out


class _Article:
    def __init__(self, layers: TextLayers, entities: list[Entity]):
        self.layers = layers
        self.owner = token_owners(layers, entities)
        self.cues = c = _cues()
        known = c.verbs | c.participles | c.complementizers | c.attribution.keys()
        # واضاف: a conjunction the clitic analysis left on a rare form
        self.words = [w[1:] if w[:1] in ("و", "ف") and w not in known and w[1:] in known else w
                      for w in layers.words]

    def governed(self, k: int) -> bool:
        t = self.layers.tokens[k]
        pre = normalize_string(self.layers.text[t.start:t.base_start])
        return pre[-1:] in ("ب", "ل") or (k > 0 and self.words[k - 1] in ("في", "من", "الي", "علي", "عن", "مع"))

    def complementizer(self, k: int, stop: int) -> int | None:
        """The token index of إن/أن opening reported content after token k, if close."""
        for m in range(k + 1, min(stop, k + 1 + _SUBJECT_WINDOW + 2)):
            w = self.words[m]
            if w in self.cues.complementizers or (w == "الي" and m + 1 < stop and self.words[m + 1] == "ان"):
                return m + 1 if w == "الي" else m
            if self.layers.tokens[m].kind == "punct" and self.layers.text[self.layers.tokens[m].start] not in "،,":
                return None
        return None

    def speaker_after(self, k: int, stop: int) -> tuple[_Speaker | None, int]:
        """The subject right after a verb at k: (speaker, index after it)."""
        words, owner = self.words, self.owner
        m = k + 1
        if m < stop and words[m] in self.cues.spokesman:  # المتحدث باسم الخارجية (سارة ساندرز)
            found = [(n, owner[n]) for n in range(m + 1, min(stop, m + 8)) if owner[n] is not None]
            person = next(((n, e) for n, e in found if e.type == "PER"), None)
            if person or found:
                n, e = person or found[0]
                while n < stop and owner[n] is e:
                    n += 1
                return _Speaker(e), n
        if m < stop and words[m] in self.cues.anonymous and owner[m] is None:
            end = m + 1
            while end < min(stop, m + 5) and self.layers.tokens[end].kind == "word" \
                    and words[end] not in self.cues.complementizers and owner[end] is None \
                    and not self.governed(end):
                end += 1
            toks = self.layers.tokens
            return _Speaker(None, True, Span(toks[m].base_start, toks[end - 1].end)), end
        for n in range(m, min(stop, k + 1 + _SUBJECT_WINDOW)):
            if self.layers.tokens[n].kind == "punct" or words[n] in self.cues.complementizers:
                break
            if owner[n] is not None and not self.governed(n):
                e = owner[n]
                end = n
                while end < stop and owner[end] is e:
                    end += 1
                return _Speaker(e), end
        return None, m

    def speaker_before(self, k: int, lo: int) -> _Speaker | None:
        for n in range(k - 1, max(lo, k - 8) - 1, -1):
            if self.owner[n] is not None and not self.governed(n):
                return _Speaker(self.owner[n])
        return None


def _content_span(layers: TextLayers, a: int, b: int) -> Span | None:
    """Tokens [a, b) as a span, without the end punctuation and quotation marks around it."""
    toks = layers.tokens
    while a < b and toks[a].kind == "punct":
        a += 1
    while b > a and toks[b - 1].kind == "punct":
        b -= 1
    if b <= a:
        return None
    return Span(toks[a].start, toks[b - 1].end)


def find_quotes(layers: TextLayers, entities: list[Entity]) -> list[Quote]:
    art = _Article(layers, entities)
    cues, toks, words = art.cues, layers.tokens, art.words
    direct = _quoted_spans(layers)
    names = {(sp.start, sp.end) for e in entities for sp in e.mentions}
    inside_direct = set()
    for a, b in direct:
        i, j = layers.token_range(a, b)
        inside_direct.update(range(i, j))
    quotes: list[tuple[Quote, int]] = []  # with the token that orders them
    last = _Speaker()
    claimed: set[int] = set()  # direct quotes given a cue by reported speech

    def record(content: Span, cue: Span | None, who: _Speaker, is_direct: bool, at: int) -> None:
        quotes.append((Quote(content, cue, who.entity.id if who.entity else None, who.anonymous,
                             is_direct, who.source), at))

    for sent in layers.sentences:
        si, sj = layers.token_range(sent.start, sent.end)
        k = si
        while k < sj:
            w = words[k]
            if k in inside_direct or toks[k].kind != "word":
                k += 1
                continue
            t = toks[k]
            n_attr = cues.attribution.get(w)
            if n_attr:  # وفق، بحسب، نقلا عن
                span_words = next((n for n in range(n_attr, 0, -1)
                                   if " ".join(words[k:k + n]) in cues.attribution_forms), 0)
                if span_words:
                    end_cue = k + span_words
                    who, after = art.speaker_after(end_cue - 1, sj)
                    if who is not None:
                        if k - si <= 1:  # وبحسب الجيش، قتل ...: the content follows
                            comma = next((m for m in range(after, sj) if toks[m].kind == "punct"), after - 1)
                            content = _content_span(layers, comma + 1, sj)
                        else:
                            content = _content_span(layers, si, k)
                        if content is not None:
                            record(content, Span(t.start, toks[end_cue - 1].end), who, False, k)
                            last = who
                        k = after
                        continue
            participle = w in cues.participles
            if w in cues.verbs or participle:
                who, after = (None, k + 1) if participle else art.speaker_after(k, sj)
                comp = art.complementizer(max(k, after - 1), sj)
                opens_quote = _opens_quote(layers, direct, (comp + 1) if comp is not None else after, sj)
                if who is None and not participle:
                    who = art.speaker_before(k, si)
                if who is None:  # وأضاف، قائلا، وقال إنه: the subject named before goes on
                    who = last
                who = who or _Speaker()
                cue = Span(t.start, t.end)
                if opens_quote is not None and _is_name(layers, names, opens_quote,
                                                        next(b for a, b in direct if a == opens_quote)):
                    opens_quote = None
                if opens_quote is not None:  # قال: "..." — the direct quote takes this cue
                    claimed.add(opens_quote)
                    quotes.append((_direct_quote(direct, opens_quote, cue, who), k))
                    last = who
                    k = after
                    continue
                start = None
                if comp is not None:
                    start = comp + 1
                elif w in _NP_CONTENT and not participle:
                    start = after
                if start is not None:
                    # a partly quoted statement: the quoted words are a direct quote, the
                    # unquoted clause before them an indirect one (the guidelines)
                    inner = next(((a, b) for a, b in direct if toks[start].start <= a < sent.end
                                  and not _is_name(layers, names, a, b)), None)
                    end = layers.token_range(inner[0], inner[1])[0] - 1 if inner else sj
                    content = _content_span(layers, start, end)
                    if content is not None and len(layers.tokens_in(content)) >= 2:
                        record(content, cue, who, False, k)
                        last = who
                    if inner is not None:
                        claimed.add(inner[0])
                        quotes.append((_direct_quote(direct, inner[0], cue, who), k))
                        last = who
                    k = max(after, start)
                    continue
            k += 1

    # direct quotes without a cue in front: a cue after them (“...”، قال الوزير) or in their sentence
    for a, b in direct:
        if a in claimed or any(q.direct and q.content.start <= a <= q.content.end for q, _ in quotes):
            continue
        i, j = layers.token_range(a, b)
        content = Span(a, b)
        if _is_name(layers, names, a, b):
            continue
        n_words = sum(1 for t in toks[i:j] if t.kind == "word")
        cue, who = _cue_near(art, i, j)
        if cue is None and n_words < _SCARE + 1:
            continue
        if who is None and cue is not None:
            who = last
        who = who or (last if cue is None else _Speaker())
        lo = a + (len(layers.text[a:b]) - len(layers.text[a:b].lstrip()))
        hi = b - (len(layers.text[a:b]) - len(layers.text[a:b].rstrip()))
        quotes.append((Quote(Span(lo, hi), cue, who.entity.id if who.entity else None, who.anonymous, True,
                             who.source), i))
    return [q for q, _ in sorted(quotes, key=lambda x: (x[0].content.start, x[1]))]


def _is_name(layers: TextLayers, names: set, a: int, b: int) -> bool:
    """Whether the quoted text is only a name ("فارك"، لـ"رويترز"): not a quote."""
    text = layers.text[a:b]
    lo = a + len(text) - len(text.lstrip())
    return (lo, lo + len(text.strip())) in names


def _opens_quote(layers: TextLayers, direct, p: int, stop: int) -> int | None:
    """The start of the direct quote whose mark stands at token p (or after a colon there)."""
    toks = layers.tokens
    for m in (p, p + 1):
        if m >= stop or toks[m].kind != "punct":
            return None
        if layers.text[toks[m].start] in _PAIRS:
            return next((a for a, _ in direct if a == toks[m].end), None)
        if layers.text[toks[m].start] not in ":،,":
            return None
    return None


def _direct_quote(direct, a, cue, who: _Speaker) -> Quote:
    b = next(e for s, e in direct if s == a)
    return Quote(Span(a, b), cue, who.entity.id if who.entity else None, who.anonymous, True, who.source)


def _cue_near(art: _Article, i: int, j: int) -> tuple[Span | None, _Speaker | None]:
    """A saying verb just after a quote (“...”، قال X) or earlier in its sentence."""
    layers, toks, words, cues = art.layers, art.layers.tokens, art.words, art.cues
    for m in range(j, min(len(toks), j + 3)):
        if words[m] in cues.verbs or words[m] in cues.participles:
            who, _ = art.speaker_after(m, min(len(toks), m + 8))
            return Span(toks[m].start, toks[m].end), who
    sent = next((s for s in layers.sentences if s.start <= toks[i].start < s.end), None)
    if sent is not None:
        si, _ = layers.token_range(sent.start, sent.end)
        for m in range(i - 1, max(si, i - 12) - 1, -1):
            if words[m] in cues.verbs or words[m] in cues.participles:
                who, _ = art.speaker_after(m, i)
                if who is None:
                    who = art.speaker_before(m, si)
                return Span(toks[m].start, toks[m].end), who
    return None, None


def sourcing(quotes) -> dict[str, int]:
    """The article's sourcing profile: how many quotes, named, anonymous, unattributed."""
    named = sum(1 for q in quotes if q.speaker is not None)
    anonymous = sum(1 for q in quotes if q.anonymous)
    return {"quotes": len(quotes), "named": named, "anonymous": anonymous,
            "unattributed": len(quotes) - named - anonymous}
