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

import bisect
import re
from dataclasses import dataclass
from functools import cache

from hadath.data import read_tsv
from hadath.entities import can_act_as_subject, token_owners
from hadath.entities.mentions import before_quoted_name
from hadath.schema import Entity, Quote, Span
from hadath.text import NAME_QUOTES, RELATIVE_PRONOUNS, TextLayers, normalize_string
from hadath.text.verbs import past_forms, present_forms

__all__ = ["find_quotes", "load", "sourcing"]

_PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’", "„": "“"}
_OPENERS = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_SUBJECT_WINDOW = 6  # words between a verb and its subject or its إن
_SOURCE_WINDOW = 10  # words between "according to" and its source (a statement, a decree ... in it)
_SCARE = 3  # quoted phrases of fewer words need a cue in their sentence
_ISSUED = {normalize_string(w) for w in ("صادر", "الصادر", "صادرة", "الصادرة")}
_REPORTED = {"ورد", "جاء", "نشر", "نشرت", "اورد", "اوردت"}  # حسبما ورد في، بحسب ما نشرت: part of the cue
_ANTECEDENT = 20  # words back to the antecedent of a relative pronoun
_BETWEEN = " \n\"»”’،,:."  # what may stand between a quotation and the verb after it
_EMBEDDED = 0.25  # share of quoted words that makes a reported clause one statement (not a scare quote)
_PARTIAL = 4  # unquoted words before a quotation that make the statement one indirect quote
_COMP_WINDOW = 14  # words between a verb and its إن/أن (a subject with a title and an aside)
_CLAUSE_PUNCT = "،,\"«»“”‘’()-–/"  # marks that do not end the clause between a verb and its إن
# words after a saying verb that are not its subject (prepositions, adverbs, days)
_NOT_SUBJECTS = {normalize_string(w) for w in """في من خلال عبر إلى على عن مع أمام حول لدى ضمن أيضا كذلك بدوره
بدورها بدورهم مجددا لاحقا سابقا اليوم أمس غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم صباح
مساء إن أن بأن""".split()}


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
    impersonal: frozenset[str]
    document: frozenset[str]
    np_verbs: frozenset[str]  # saying verbs that also take a noun phrase as content (أعلنت الوزارة مقتل ...)


@cache
def _cues() -> _Cues:
    table: dict[str, set[str]] = {}
    for kind, forms in read_tsv("hadath.data.quotes", "cues.tsv", rebuild="git checkout"):
        for form in forms.split("|"):
            if kind in ("verb", "np_verb"):  # no first person plural: نصف "we describe" is mostly "half"
                past, _, present = form.partition("/")
                words = past_forms(past) | {w for w in present_forms(present) if not w.startswith("ن")}
            elif kind == "continuing":
                words = past_forms(form)
            else:
                words = {form}
            table.setdefault(kind, set()).update(normalize_string(w) for w in words)
    attribution = {}
    for form in table["attribution"]:
        first = form.split()[0]
        attribution[first] = max(attribution.get(first, 0), len(form.split()))
    return _Cues(frozenset(table["verb"]), frozenset(table["participle"]), attribution,
                 frozenset(table["attribution"]), frozenset(table["complementizer"]),
                 frozenset(table["anonymous"]), frozenset(table["spokesman"]), frozenset(table["continuing"]),
                 frozenset(table["impersonal"]), frozenset(table.get("document", ())),
                 frozenset(table.get("np_verb", ())))


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
            inner = text[m.end():end]
            if inner.strip():  # without the spaces inside the marks
                out.append((m.end() + len(inner) - len(inner.lstrip()), end - len(inner) + len(inner.rstrip())))
            k = end + 1
    return out


class _Article:
    def __init__(self, layers: TextLayers, entities: list[Entity]):
        self.layers = layers
        self.owner = token_owners(layers, entities)
        self.quoted: set[int] = set()  # tokens inside quotation marks
        self.sentence_starts = [s.start for s in layers.sentences]
        self.cues = c = _cues()
        known = c.verbs | c.participles | c.complementizers | c.attribution.keys()
        # واضاف: a conjunction the clitic analysis left on a rare form
        self.words = [w[1:] if w[:1] in ("و", "ف") and w not in known and w[1:] in known else w
                      for w in layers.words]

    def attribution_at(self, k: int) -> int:
        """The length in words of the "according to" cue at token k (وفق، بحسب ما، نقلا عن), or 0."""
        longest = self.cues.attribution.get(self.words[k], 0)
        return next((n for n in range(longest, 0, -1)
                     if " ".join(self.words[k:k + n]) in self.cues.attribution_forms), 0)

    def governed(self, k: int) -> bool:
        pre = self.layers.prefixes[k]
        return pre[-1:] in ("ب", "ل") or (k > 0 and self.words[k - 1] in ("في", "من", "الي", "علي", "عن", "مع"))

    def complementizer(self, k: int, stop: int) -> int | None:
        """The token index of إن/أن opening reported content after token k, if close."""
        for m in range(k + 1, min(stop, k + 1 + _COMP_WINDOW)):
            w = self.words[m]
            if w in self.cues.complementizers or (w == "الي" and m + 1 < stop and self.words[m + 1] == "ان"):
                return m + 1 if w == "الي" else m
            tok = self.layers.tokens[m]
            if tok.kind == "punct" and self.layers.text[tok.start] not in _CLAUSE_PUNCT:
                return None
            if w in self.cues.verbs:
                return None  # another saying verb: its own content
        return None

    def unknown_subject(self, m: int, stop: int) -> bool:
        """Whether the word after a saying verb opens a subject hadath does not know (وقال ويتني
        جونسون، وأكد الأمير الشاب): then the speaker is not the last one named."""
        if m >= stop or self.layers.tokens[m].kind != "word" or self.governed(m):
            return False
        w = self.words[m]
        return not (w in self.cues.complementizers or w in _NOT_SUBJECTS or w in self.cues.verbs
                    or self.attribution_at(m) or (w.startswith("ل") and len(w) <= 4))

    def speaker_after(self, k: int, stop: int, source: bool = False) -> tuple[_Speaker | None, int]:
        """The subject right after a verb at k: (speaker, index after it). For an "according
        to" cue (`source`), the source may follow في (حسبما ورد في الجريدة الرسمية)."""
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
        w = words[m] if m < stop else ""
        if (w in self.cues.anonymous or (w.startswith("ال") and w[2:] in self.cues.anonymous)) and owner[m] is None \
                and not self._named_next(m + 1, stop):  # not المحامي خالد علي
            end = m + 1
            while end < min(stop, m + 5) and self.layers.tokens[end].kind == "word" \
                    and words[end] not in self.cues.complementizers and owner[end] is None \
                    and not self.governed(end):
                end += 1
            toks = self.layers.tokens
            return _Speaker(None, True, Span(toks[m].base_start, toks[end - 1].end)), end
        window = _SOURCE_WINDOW if source else _SUBJECT_WINDOW  # حسبما ورد في مرسوم نشر اليوم في الجريدة
        for n in range(m, min(stop, k + 1 + window)):
            if words[n] in NAME_QUOTES and n > m and before_quoted_name(words[n - 1]) and n + 1 < stop \
                    and owner[n + 1] is not None:
                continue  # وقالت حركة "حماس": a name in quotation marks after the kind of body it is
            if self.layers.tokens[n].kind == "punct" or words[n] in self.cues.complementizers \
                    or self.attribution_at(n) or words[n] in self.cues.verbs:
                break  # وقال بحسب ترجمة نشرها الإعلام: not the subject any more
            issued = n >= 2 and words[n - 1] == "عن" and words[n - 2] in _ISSUED  # بيان صادر عن البابا
            if owner[n] is not None and (not self.governed(n) or source and (words[n - 1] == "في" or issued)):
                e = owner[n]
                end = n
                while end < stop and owner[end] is e:
                    end += 1
                return _Speaker(e), end
        return None, m

    def _named_next(self, m: int, stop: int) -> bool:
        """Whether a name follows within three words, before إن/أن or a mark (المحامي خالد علي)."""
        for n in range(m, min(stop, m + 3)):
            if self.layers.tokens[n].kind == "punct" or self.words[n] in self.cues.complementizers:
                return False
            if self.owner[n] is not None:
                return True
        return False

    def speaker_before(self, k: int, lo: int) -> _Speaker | None:
        """The subject before a verb (SVO); after الذي/التي, the nearest person or body before it."""
        relative = k > lo and self.words[k - 1] in RELATIVE_PRONOUNS
        for n in range(k - 1, max(lo, k - (_ANTECEDENT if relative else 8)) - 1, -1):
            e = self.owner[n]
            if e is not None and (relative and e.type in ("PER", "ORG") or not relative and not self.governed(n)
                                  and (e.type != "LOC" or can_act_as_subject(e))):
                # (a club or a team, MISC, speaks; not قرب بلدة جلب، وقالت: a town does not)
                return _Speaker(e)
            if not relative and self.words[n] in RELATIVE_PRONOUNS:  # "فارك" التي ألغت تجمعا ونسبت: its antecedent
                m = n - 1
                while m >= lo and self.layers.tokens[m].kind == "punct":
                    m -= 1
                if m >= lo and self.owner[m] is not None and self.owner[m].type in ("PER", "ORG"):
                    return _Speaker(self.owner[m])
        return None

    def last_body(self, k: int) -> _Speaker | None:
        """The organisation named last before token k in the article."""
        for n in range(k - 1, -1, -1):
            e = self.owner[n]
            if e is not None and e.type == "ORG" and n not in self.quoted:
                return _Speaker(e)
        return None

    def main_subject(self, lo: int, k: int) -> _Speaker | None:
        """The first person or body of a sentence before k: whose words a participle (قائلا)
        goes on with."""
        for n in range(lo, k):
            e = self.owner[n]
            if e is not None and e.type in ("PER", "ORG") and not self.governed(n) and n not in self.quoted:
                return _Speaker(e)
        return None


def _content_span(layers: TextLayers, a: int, b: int) -> Span | None:
    """Tokens [a, b) as a span, without the end punctuation and quotation marks around it."""
    toks = layers.tokens
    while a < b and toks[a].kind == "punct":
        a += 1
    end = b
    while b > a and toks[b - 1].kind == "punct":
        b -= 1
    if b <= a:
        return None
    text = layers.text[toks[a].start:toks[b - 1].end]
    if text.count('"') % 2 or text.count("«") > text.count("»") or text.count("“") > text.count("”"):
        # ستحقق "نجاحا كبيرا": the quotation inside the content keeps its closing mark
        b = next((m + 1 for m in range(b, end) if layers.text[toks[m].start] in '"»”'), b)
    return Span(toks[a].start, toks[b - 1].end)


def find_quotes(layers: TextLayers, entities: list[Entity]) -> list[Quote]:
    art = _Article(layers, entities)
    cues, toks, words = art.cues, layers.tokens, art.words
    direct = _quoted_spans(layers)
    names = [(sp.start, sp.end) for e in entities for sp in e.mentions]
    by_id = {e.id: e for e in entities}
    inside_direct = art.quoted  # tokens inside quotation marks: never a speaker of the text around
    for a, b in direct:
        i, j = layers.token_range(a, b)
        inside_direct.update(range(i, j))
    quotes: list[tuple[Quote, int]] = []  # with the token that orders them
    last, last_sentence = _Speaker(), -1
    claimed: set[int] = set()  # direct quotes given a cue by reported speech

    def record(content: Span, cue: Span | None, who: _Speaker, is_direct: bool, at: int) -> None:
        quotes.append((Quote(content, cue, who.entity.id if who.entity else None, who.anonymous,
                             is_direct, who.source), at))

    prev = None  # (start, first token, end token) of the sentence before
    for sent in layers.sentences:
        si, sj = layers.token_range(sent.start, sent.end)
        k = si
        while k < sj:
            w = words[k]
            if k in inside_direct or toks[k].kind != "word":
                k += 1
                continue
            t = toks[k]
            span_words = art.attribution_at(k)
            if span_words and k > si and words[k - 1] in cues.verbs:
                span_words = 0  # وقال بحسب ترجمة المقابلة: the verb's speaker, not the translation's
            if span_words:  # وفق، بحسب، نقلا عن
                end_cue = k + span_words
                if end_cue < sj and (words[end_cue] in cues.verbs or words[end_cue] in _REPORTED):
                    end_cue += 1  # بحسب ما قاله الفاتيكان، حسبما ورد في الجريدة: the verb is part of the cue
                who, after = art.speaker_after(end_cue - 1, sj, source=True)
                if who is not None:
                    if k - si <= 1:  # وبحسب الجيش، قتل ... / وبحسب إحصائيات الجيش فقد قتل ...
                        comma = next((m for m in range(after, min(sj, after + 3)) if words[m] in ("،", ",")), None)
                        begin = comma + 1 if comma is not None else after
                        if begin < sj and words[begin] in ("فقد", "قد"):
                            begin += 1
                        content = _content_span(layers, begin, sj)
                    else:
                        content = _content_span(layers, si, k)
                    if content is not None:
                        record(content, Span(t.start, toks[end_cue - 1].end), who, False, k)
                        last, last_sentence = who, sent.start
                    k = after
                    continue
            participle = w in cues.participles
            if w in cues.impersonal and k + 1 < sj and (words[k + 1] in cues.complementizers or words[k + 1] == "الي"):
                k += 2  # ويذكر أن، يشار إلى أن: the writer's aside, no one's quote
                continue
            if w in cues.verbs or participle:
                who, after = (None, k + 1) if participle else art.speaker_after(k, sj)
                explicit = who is None and not participle and art.unknown_subject(after, sj)
                if participle and last_sentence == sent.start:
                    who = last  # قال ... "..."، مضيفا: the speaker of this sentence goes on
                elif who is None and not explicit:
                    # نفذت القيادة الأمريكية غارة ... قرب بلدة جلب، وقالت إنها: a verb joined after a
                    # comma goes on with the sentence's subject, not the name just before it
                    joined = k > si and layers.prefixes[k].startswith("و") and layers.tokens[k - 1].kind == "punct"
                    who = art.main_subject(si, k) if participle or joined else art.speaker_before(k, si)
                if who is None and _document(art, k, after):
                    # النص الجديد يقول إن، كانت التعاليم تنص على: a document speaks for the body
                    # named last before it (الكنيسة الكاثوليكية)
                    who = art.last_body(k)
                if who is None and not explicit and not participle and k == si + (words[si] == "قد") \
                        and prev is not None and prev[0] != last_sentence:
                    # وقد أبدى البابا فرانسيس معارضته. وقال في أكتوبر إن ...: the subject of the
                    # sentence just before, where that sentence quoted no one
                    who = art.main_subject(*prev[1:])
                if who is None and not explicit:  # وأضاف، قائلا، وقال إنه: the last speaker goes on
                    who = last
                who = who or _Speaker()
                cue = Span(t.start, t.end)
                # what this verb reports ends at the next participle or attribution cue of its
                # sentence, or at a saying verb joined after a comma (قالت إن ...، وأضافت أن ...)
                stop = next((m for m in range(after, sj) if words[m] in cues.participles
                             or art.attribution_at(m) or m > after and _joined_verb(art, m)), sj)
                # a quotation belongs to the nearest saying verb before it (رحبت ...، وقال إن "...")
                nxt = next((m for m in range(after, stop) if words[m] in cues.verbs), stop)
                comp = art.complementizer(max(k, after - 1), stop)
                start = comp + 1 if comp is not None else after if w in cues.np_verbs and not participle else None
                limit = toks[nxt].start if nxt < sj else sent.end
                quote = next(((a, b) for a, b in direct if toks[after - 1].end <= a < limit
                              and a not in claimed and not _is_name(layers, names, a, b)), None)
                if quote is None and start is None:  # “...”، قال الوزير: the quotation just before
                    quote = next(((a, b) for a, b in direct if a not in claimed and b <= t.start
                                  and not layers.text[b:t.start].strip(_BETWEEN)
                                  and not _is_name(layers, names, a, b)), None)
                if quote is not None and start is not None and toks[start - 1].start >= quote[0]:
                    start = None  # the إن/أن is inside the quotation: all of it is the direct quote
                if start is not None and quote is not None and toks[start].start <= quote[0]:
                    # reported content holding quotations: each joined statement (إن ...، وأن ...)
                    # is told on its own
                    for a, b in _clauses(art, start, stop):
                        inside = [(x, y) for x, y in direct if toks[a].start <= x < toks[b - 1].end
                                  and x not in claimed and not _is_name(layers, names, x, y)]
                        lead = sum(1 for t in toks[a:layers.token_range(*inside[0])[0]] if t.kind == "word") \
                            if inside else 0
                        quoted = sum(1 for x, y in inside for t in layers.tokens_in(Span(x, y)) if t.kind == "word")
                        if inside and (lead >= _PARTIAL and quoted >= 2 or _goes_on(art, layers.token_range(*inside[0])[1], b)
                                       and _quoted_share(layers, direct, a, b) >= _EMBEDDED):
                            # إن القمة ستحقق "نجاحا كبيرا"، إنها "ضللت البرلمان" بشأن خطط الحكومة: a
                            # statement that quotes some of its words is one indirect quote
                            claimed.update(x for x, _ in inside)
                            inside = []
                        for x, y in inside:  # إن الوزيرة "اتخذت إجراء صائبا"، أي "اعتراض ديني" على:
                            claimed.add(x)   # the quotation is the statement: a direct quote
                            record(Span(x, y), cue, who, True, k)
                        content = _content_span(layers, a, b) if a < b and not inside else None
                        if content is not None and len(layers.tokens_in(content)) >= 2:
                            record(content, cue, who, False, k)
                elif quote is not None:  # قال: "..."، وأشاد ب"..."، قال في بيان "..."
                    claimed.add(quote[0])
                    record(Span(*quote), cue, who, True, k)
                elif start is not None:
                    for a, b in _clauses(art, start, stop):  # إن ...، وأن ...: one quote for each
                        content = _content_span(layers, a, b) if a < b else None
                        if content is not None and len(layers.tokens_in(content)) >= 2:
                            record(content, cue, who, False, k)
                if quote is not None or start is not None:
                    last, last_sentence = who, sent.start
                    k = max(after, start or 0)
                    continue
            k += 1
        prev = (sent.start, si, sj)

    # direct quotes without a cue in front: a cue after them (“...”، قال الوزير) or in their sentence
    told = {q.content.start for q, _ in quotes if q.direct}
    by_start = sorted((q.content.start, n) for n, (q, _) in enumerate(quotes))  # to find the quote before
    for a, b in direct:
        if a in claimed or a in told:
            continue
        i, j = layers.token_range(a, b)
        if _is_name(layers, names, a, b):
            continue
        n_words = sum(1 for t in toks[i:j] if t.kind == "word")
        cue, who = _cue_near(art, i, j)
        if cue is None and n_words < _SCARE + 1:
            continue
        if who is None:  # the speaker of the quote told just before this one, not the article's last
            k = bisect.bisect_left(by_start, (a, -1)) - 1
            prev = quotes[by_start[k][1]][0] if k >= 0 else None
            who = _Speaker(by_id.get(prev.speaker) if prev else None, bool(prev and prev.anonymous),
                           prev.source if prev else None)
        record(Span(a, b), cue, who, True, i)
        bisect.insort(by_start, (a, len(quotes) - 1))
    return [q for q, _ in sorted(quotes, key=lambda x: (x[0].content.start, x[1]))]


def _quoted_share(layers: TextLayers, direct: list, a: int, b: int) -> float:
    """The share of the words of tokens [a, b) that stand inside quotation marks."""
    lo, hi = layers.tokens[a].start, layers.tokens[b - 1].end
    words = [t for t in layers.tokens[a:b] if t.kind == "word"]
    inside = sum(1 for t in words if any(x <= t.start < y for x, y in direct if lo <= x < hi))
    return inside / len(words) if words else 0.0


def _joined_verb(art: "_Article", m: int) -> bool:
    """Whether token m is a saying verb joined to what comes before by a comma and و/ف
    (،وأضافت، ، فيما قال): it starts a report of its own."""
    toks, w = art.layers.tokens, art.words[m]
    if not (toks[m - 1].kind == "punct" and art.layers.text[toks[m - 1].start] in "،,"):
        return False
    # (art.words has و taken off where the clitic analysis left it on: وأضافت)
    joined = art.layers.prefixes[m][:1] in ("و", "ف") or art.layers.words[m][:1] in ("و", "ف")
    return joined and w in art.cues.verbs


def _document(art: "_Article", k: int, after: int) -> bool:
    """Whether the subject of the saying verb at k is a document (النص، البيان، التقرير), just
    after it or just before it."""
    docs = art.cues.document
    return any(0 <= n < len(art.words) and art.owner[n] is None and art.words[n] in docs
               for n in (k + 1, k - 1, k - 2))


def _goes_on(art: "_Article", k: int, stop: int) -> bool:
    """Whether words of the reported clause follow token k (the end of a quotation) before
    `stop`: بشأن خطط الحكومة after "ضللت البرلمان"; not a full stop or the sentence's end."""
    toks = art.layers.tokens
    for m in range(k, stop):
        if toks[m].kind == "word":
            return True
        if art.layers.text[toks[m].start] not in _CLAUSE_PUNCT:
            return False
    return False


def _clauses(art: "_Article", a: int, b: int) -> list[tuple[int, int]]:
    """Tokens [a, b) of reported content cut where a joined إن/أن opens another statement
    (قال إن القمة ستنجح، وأن بلاده قد تبرم اتفاقا): [(a, m), (m + 1, b)]."""
    out, begin = [], a
    for m in range(a + 1, b):
        if art.words[m] in art.cues.complementizers and art.layers.prefixes[m].startswith("و") \
                and art.layers.tokens[m - 1].kind == "punct":
            out.append((begin, m - 1))
            begin = m + 1
    out.append((begin, b))
    return out


def _is_name(layers: TextLayers, names: list, a: int, b: int) -> bool:
    """Whether the quoted text is (part of) a name ("فارك"، لـ"رويترز"، تنظيم "الدولة الإسلامية"):
    not a quote."""
    return any(s <= a and b <= e or (a <= s and e <= b and (e - s) * 5 >= (b - a) * 3) for s, e in names)


def _cue_near(art: _Article, i: int, j: int) -> tuple[Span | None, _Speaker | None]:
    """A saying verb just after a quote (“...”، قال X) or earlier in its sentence."""
    layers, toks, words, cues = art.layers, art.layers.tokens, art.words, art.cues
    for m in range(j, min(len(toks), j + 3)):
        if toks[m].kind == "punct" and layers.text[toks[m].start] in ".؟?!":
            break  # the next sentence's verb has its own words
        if words[m] in cues.verbs or words[m] in cues.participles:
            who, _ = art.speaker_after(m, min(len(toks), m + 8))
            return Span(toks[m].start, toks[m].end), who
    k = bisect.bisect_right(art.sentence_starts, toks[i].start) - 1
    sent = layers.sentences[k] if k >= 0 else None
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
