"""Events: PLOVER events with their actor, recipient, place, date, modality, from trigger words.

1. Triggers: each word's forms (without clitics, without the article) are looked up in the
   lexicon (`hadath/data/events`: verbs conjugated, verbal nouns, multiword cues); saying verbs
   never trigger. A cue may carry a condition (an agent, a word near it or none, FORMAT.md), and
   phrases of type NONE (رفض التعليق) block the words inside them.
2. Arguments, inside the trigger's sentence, from Arabic clause order:
   - a verb's actor is the first entity after it that nothing governs (VSO), else the nearest
     before it in its clause (SVO; not past إن/أن), else, in a clause joined by و/ف, the last
     actor; after الذي/التي, the noun before the pronoun;
   - a noun's actor stands in construct right after it (زيارة قاآني، هجوم لتنظيم داعش), or is
     the object for acts on someone (اغتيال القيادي: the recipient; FORMAT.md `args`), else the
     nearest entity before it; the recipient follows على، ضد، مع، إلى، ب ...; بين X و Y gives both;
   - من قبل / على يد name the doer; a verb of undergoing (واجه، تعرض ل) makes its subject the
     recipient; a withdrawal's recipient is who it is from;
   - the place is a place named after في، إلى or ب (for a visit, the host is that place's country).
3. The date is the nearest time expression of the sentence (not a length of time, not a
   deadline after publication for an act told as done).
4. Modality (`aux`): future (the prefix س, سوف، من المقرر، بحلول ...), negation (لم، لن، لا، نفى
   ...), hypothetical (إذا، لو، قد before a present verb ...), and from the date: historical
   (more than a month before publication) or future.
5. What is no political event is left out: a bare definite noun that names a thing (الاتفاق،
   العقوبات), sentences about sport, business, science or culture without a political actor,
   accidents and disasters without a doer (domains.tsv).
6. One event per action: a mention that tells an action again (the same type, nothing in
   conflict, someone shared or no one named) merges into its first telling.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import date, timedelta

from hadath.entities import token_owners
from hadath.entities.actors import knowledge
from hadath.entities.mentions import descriptors
from hadath.events.lexicon import Cue, lexicon, word_classes
from hadath.schema import Entity, Event, Quantity, Quote, Span, TimeExpression
from hadath.text import RELATIVE_PRONOUNS, TextLayers, normalize_string
from hadath.text.clitics import frequent_words
from hadath.text.numbers import number_words
from hadath.time.calendar import bounds

__all__ = ["QUADS", "find_events", "load"]

QUADS = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
         "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
         "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
# normalised prepositions (words and proclitics) that govern a recipient or a place
_WORDS = word_classes()  # function words and small word classes: data (words.tsv), not code
_PREP_WORDS = _WORDS["prep_words"]  # التحالف بقيادة واشنطن: the leader qualifies a name
# prepositions after which an entity is what something is about or for, never the recipient
_NOT_RECIPIENT = _WORDS["not_recipient"]
_PLACE_PREPS = _WORDS["place_preps"]
_AMONG = _WORDS["among"]  # القتلى في صفوف الجيش: the army suffered it
_LOCATIVE = _WORDS["locative"]  # قرب منزل X
_AREA = _WORDS["area"]
_NOUN_CONTEXT = _WORDS["noun_context"]
_ATTRIBUTION = _WORDS["attribution"]
_ARTICLED = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")  # proclitics with the article, longest first
_ENVOYS = _WORDS["envoys"]  # سفيرها لدى السويد
_DONE_BY = _WORDS["done_by"]  # هجوم نفذه X
_REQUESTED_BY = _WORDS["requested_by"]  # بطلب من
_USE_NOUNS = _WORDS["use_nouns"]  # لاستخدامها أسلحة كيماوية
_SUPPORTERS = _WORDS["supporters"]  # من أنصار حركة الإنصاف
_SOLIDARITY = _WORDS["solidarity"]  # تضامنا مع
_GRIEVANCE = _WORDS["grievance"]  # احتجاجا على، رفضا ل، ضد
_GRIEVANCE_REACH = 25  # tokens after a protest trigger where what it is against may be told
_UNREALISED = _WORDS["unrealised"]  # مطالبة بانسحاب، الدعوات للتوصل إلى هدنة، يلزم ... بالإفراج
_AGAINST = {"علي", "ضد"}  # عقوبات على طهران: the one a sanction or a charge is against
_SENT_TO = {"AID"}  # types whose recipient is the country or capital after إلى: aid goes to someone
_WITHDRAW = _WORDS["withdraw"]  # withdrawals: the one withdrawn from is the recipient
_SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}  # done with each other: X و Y act together
# إن/أن and their joined forms: reported content opens (أعلن البيت الأبيض الاثنين أن قمة ستعقد)
_COMPLEMENTIZERS = _WORDS["complementizers"]
_NOT_SUBJECT_WORDS = _WORDS["not_subject_words"]  # قد، لن، سوف after إن/أن: no subject
_PARTICLES = _COMPLEMENTIZERS | _WORDS["particles"]
_BETWEEN_THEM = _WORDS["between_them"]
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY"}  # the state's bodies: they do not stage protests
_POLITICAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "OPP", "UAF"}
_PROTESTERS = _WORDS["protesters"]
_CROWD = _WORDS["crowd"]  # آلاف المحتجين
_DOMAIN_ARTICLE = 4  # domain words in an article that make one in a sentence enough
_MAX_CONTEXTS = 3  # PLOVER contexts an event lists at most
_ADDRESSED = {"REQUEST", "THREATEN", "ACCUSE", "SUPPORT"}  # verbs whose object is followed by على/إلى/ب
_PREP_PRONOUNS = _WORDS["prep_pronouns"]  # التوقيع فيه على
_RECENT = timedelta(days=31)  # background older than this is historical (the guidelines' month)
_DEADLINE = _WORDS["deadline"]
_WINDOW = 10  # words an argument may stand from its trigger
_NEAR = 4  # words a place may stand before its trigger


def load() -> None:
    lexicon()


def _lemma(cue: Cue) -> str:
    """A cue's lemma normalised, as the word classes are (أصاب → اصاب)."""
    return normalize_string(cue.lemma)


def _norm(layers: TextLayers, a: int, b: int) -> str:
    return normalize_string(layers.text[a:b])


def _acts(e: Entity) -> bool:
    """Whether an entity can act or be acted on: people, organisations, countries (a city or a
    region is where things happen; a MISC name, such as a currency, does neither)."""
    if e.type in ("PER", "ORG"):
        return True
    if e.type != "LOC":
        return False
    country = knowledge().places.get(e.country or "")
    return country is not None and country.en == e.name_en


def _acts_as_subject(e: Entity) -> bool:
    """`_acts`, and a capital as the subject of a verb: it stands for its government
    (التزمت واشنطن، موسكو تتهم); elsewhere a capital is a place (زار ماكرون بيروت)."""
    return _acts(e) or e.geo is not None and e.geo.feature_code == "PPLC"


class _Sentence:
    """One sentence's tokens, which entity each token belongs to, and lookups on them."""

    def __init__(self, layers: TextLayers, i: int, j: int, owner: list, timed: frozenset = frozenset()):
        self.layers, self.i, self.j, self.owner = layers, i, j, owner
        self.words = layers.words[i:j]  # without proclitics
        self.timed = timed  # tokens inside time expressions

    def governed(self, k: int) -> str | None:
        """The preposition that governs token k (a proclitic ب/ل, or the word before), if any;
        a descriptor before a name (لتنظيم داعش، بحركة حماس) carries the name's preposition."""
        if k > self.i and self.words[k - 1 - self.i] in descriptors() and self.owner[k - 1] is None \
                and self.words[k - 1 - self.i] not in _PARTICLES:
            k -= 1  # not لأن الولايات المتحدة: a particle carries no preposition to the name
        while k > self.i and self.words[k - 1 - self.i] in _AREA and self.owner[k - 1] is None:
            k -= 1  # في جنوب ليبيا، في ريف إدلب: the preposition before the area word governs
        pre = self.layers.prefixes[k]
        e = self.owner[k]
        if pre and e is not None and any(m.start == self.layers.tokens[k].start for m in e.mentions):
            pre = ""  # بيونغ يانغ: the ب is the name's own letter
        if pre[-1:] in ("ب", "ل"):
            return pre[-1]
        if k > self.i and (w := self.words[k - 1 - self.i]) in _PREP_WORDS:
            return w
        for w in self.words[max(0, k - 2 - self.i):k - self.i]:  # بحسب إحصائيات الجيش: a source, no actor
            if w in _ATTRIBUTION:
                return w
        return None

    def entities_after(self, k: int, limit: int = _WINDOW):
        """(first token, entity) of the entities after token k, nearest first, within `limit`
        words; the words of names do not count (هدد الرئيس التركي رجب طيب أردوغان أمس بشن
        عملية ضد ...: the subject's name does not push the target out of reach)."""
        seen, words = set(), 0
        for m in range(k, self.j):
            e = self.owner[m]
            if e is None:
                words += 1
                if words > limit:
                    return
            elif e.id not in seen:
                seen.add(e.id)
                yield m, e

    def entities_before(self, k: int, limit: int = _WINDOW):
        """(first token, entity) of the entities before token k, nearest first, within its
        clause: not past إن/أن (قالت النيابة إن رجلين اعتقلا: the prosecution only speaks)."""
        seen = set()
        lo = max(self.i, k - limit)
        roles = lexicon().roles
        for m in range(k - 1, lo - 1, -1):
            if roles.get(self.words[m - self.i]) == "break" and self.words[m - self.i] in _COMPLEMENTIZERS:
                return
            e = self.owner[m]
            if e is not None and e.id not in seen and (m == lo or self.owner[m - 1] is not e):
                seen.add(e.id)  # at the first token of its run: what governs the whole name
                yield m, e


def _ranked(cues) -> tuple[Cue, ...]:
    """A word's cues, those with a condition first: the narrower reading wins where it holds
    (إعدام near حكم is a sentence, SANCTION; else an execution, ASSAULT)."""
    return tuple(sorted(cues, key=lambda c: c.when is None))


def _triggers(layers: TextLayers, entities: list[Entity]) -> list[tuple[int, int, tuple[Cue, ...], bool, int]]:
    """(first token, last token + 1, candidate cues, future prefix, start offset) of every
    trigger, in order; never a word inside a name (التعاون in منظمة التعاون الاقتصادي, دعم in
    تحالف دعم الشرعية). A trigger starts after its proclitics, unless the whole word is the cue
    (بحث، فجرت: the letter read as a clitic belongs to the verb)."""
    lex = lexicon()
    named = {k for e in entities for m in e.mentions for k in range(*layers.token_range(m.start, m.end))}
    found, inside = [], set(named)
    for m in lex.phrases.find(layers, suffixed=True):  # إطلاق سراحه: a pronoun may end the phrase
        i, j = layers.token_range(m.start, m.end)
        if i not in named:  # فرقت الشرطة: a cue may run into its subject's name, not start in one
            if all(c.type != "NONE" for c in m.payloads):  # رفض التعليق، حشد التأييد: blocks the words, tells nothing
                future = layers.prefixes[i].endswith("س")  # ستفرض عقوبات
                found.append((i, j, _ranked(m.payloads), future, layers.tokens[i].base_start))
            inside.update(range(i, j))
    for k, t in enumerate(layers.tokens):
        if t.kind != "word" or k in inside:
            continue
        base = _norm(layers, t.base_start, t.stem_end)
        if base in lex.speech or t.norm in lex.speech:
            continue
        bare = _norm(layers, t.start, t.stem_end)  # وقعه: the و of the root taken for a conjunction
        # بحث is the verb "discussed", not ب + حث "urged": a whole word that is a cue itself wins
        whole = t.norm if layers.prefixes[k] in ("ب", "ل", "ك") and t.norm in lex.words else None
        form = next((f for f in (whole, base, t.norm, bare) if f in lex.words), None)
        cues = lex.words[form] if form is not None else None
        start = t.start if form is not None and form == t.norm and form != base else t.base_start
        if cues is None and base[:1] in ("و", "ف") and base[1:] in lex.words:
            cues = lex.words[base[1:]]  # وناقشت: a conjunction the clitic analysis left on a rare form
        if cues is None and t.stem_end < t.end and base.endswith("ت"):  # زيارته: زيارة before a suffix
            nouns = [c for c in lex.words.get(base[:-1] + "ه", ()) if c.kind == "noun"]
            cues = nouns or None
        if cues is None and base.endswith("ا") and len(base) > 3:  # إضرابا، هجوما: the accusative of a noun
            cues = tuple(c for c in lex.words.get(base[:-1], ()) if c.kind == "noun") or None
        if cues is None and t.stem_start > t.base_start:  # without the article: nouns only
            nouns = [c for c in lex.words.get(_norm(layers, t.stem_start, t.stem_end), ()) if c.kind == "noun"]
            cues = nouns or None
        if cues is None and base.startswith(_ARTICLED):  # للتنديد: clitics the analysis left on a rare word
            rest = next(base[len(p):] for p in _ARTICLED if base.startswith(p))
            cues = [c for c in lex.words.get(rest, ()) if c.kind == "noun"] or None
        future = layers.prefixes[k].endswith("س")  # سيزور read as س + يزور
        if cues is None and len(base) > 3 and base[0] == "س" and base[1] in "يتنا" and base[1:] in lex.words:
            cues, future = lex.words[base[1:]], True  # سيزور، ستفرض: the future prefix
        if cues and start == t.base_start and "ب" in layers.prefixes[k]:
            # بتنحي، بانسحاب: no verb takes ب; the form is its verbal noun
            cues = tuple(c._replace(kind="noun") if c.kind == "verb" else c for c in cues)
        if cues and layers.text[start] == "إ":
            # إدانتها "her conviction", not أدانتها "she condemned her": a hamza written below
            # marks the verbal noun, never a past verb of the form أفعل
            cues = tuple(c for c in cues if not (c.kind == "verb" and c.lemma.startswith("أ"))) or None
        if cues and all(c.type != "NONE" for c in cues):  # دعواهم: a one-word NONE blocks the word
            found.append((k, k + 1, _ranked(cues), future, start))
    return sorted(found, key=lambda x: x[0])


_SPEECH_ACTS = {"REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT"}
_CHARGE = _WORDS["charge"]
_BEHIND = _WORDS["behind"]  # بالوقوف وراء، مسؤولية: blame for an act that happened
_CONTENT_FAR = 14  # the same, for a content after its preposition (باعتقال، إلى وقف)
_CONTENT = 6  # words between such a verb and the trigger of what it is about (a subject with its title)


def _contents_dropped(s: "_Sentence", triggers: list, alleged: set) -> list:
    """A noun or phrase trigger shortly after a verb of demand, refusal, threat, criticism or
    support is what that verb is about (طالب بالإفراج، رفضت مصر التعاون، هددت واشنطن بفرض
    عقوبات): one event, the verb's. What is agreed (اتفقا على عقد قمة) is an event of its own, to
    come, and so is a content told with its own clause (انتقد المفاوضات التي أجراها أوباما),
    and an attack someone is blamed for (بالوقوف وراء اغتيال): its first token goes to `alleged`.
    `triggers` are one sentence's."""
    out, last_verb_end = [], None  # the end of the last speech-act verb
    for i, j, cues, future, start in triggers:
        cue = cues[0]
        told = j < s.j and s.words[j - s.i] in RELATIVE_PRONOUNS
        # طالبت مجموعة من الراهبات في ... باعتقال أسقف: what is asked for may stand further on,
        # after its preposition
        before = next((k for k in range(i - 1, s.i - 1, -1) if s.layers.tokens[k].kind == "word"), None)
        reach = _CONTENT_FAR if s.layers.prefixes[i][-1:] in ("ب", "ل") or before is not None and (
            s.words[before - s.i] in ("الي", "علي") or s.layers.prefixes[before][-1:] == "ب") else _CONTENT
        # (توعد ... متمردي الحزب في العراق بشن "عمليات عسكرية": the content after بشن، بفرض)
        # names and punctuation between do not count (ناشد الزعتري، منسق الأمم المتحدة، الحكومة وقف ...)
        gap = None if last_verb_end is None or i < last_verb_end else sum(
            1 for m in range(last_verb_end, i) if s.owner[m] is None and s.layers.tokens[m].kind == "word")
        after_comma = i > s.i and s.layers.tokens[i - 1].kind == "punct"  # أشاد ...، داعيا الأطراف إلى
        charged = out and out[-1][1] == i and out[-1][2][0].type == "ACCUSE" and out[-1][2][0].kind != "verb" \
            and s.layers.prefixes[i][-1:] == "ب"  # اتهامات بمساعدة التنظيم: what the charge says, not an event
        if charged and cue.type not in ("ASSAULT", "COERCE") or out and out[-1][1] == i and s.words[out[-1][0] - s.i] in _CHARGE:
            continue  # not اتهامات بقتل المحتجين: the killing happened; بتهمة قتل زوجها: a crime on a charge sheet
        if cue.kind != "verb" and gap is not None and gap <= reach and not told \
                and not _punct_between(s, last_verb_end, i) and not (after_comma and _purpose_form(s, i)):
            if cue.type in ("ASSAULT", "COERCE") and any(w in _BEHIND for w in s.words[last_verb_end - s.i:i - s.i]):
                # اتهم ظريف إسرائيل بالوقوف وراء اغتيال العالم: the killing happened; only who did it is alleged
                out.append((i, j, cues, future, start))
                alleged.add(i)
                continue
            vi, vj, vcues, vfuture, vstart = out[-1]
            if vcues[0].type == "SUPPORT" and cue.type == "SANCTION":
                out[-1] = (vi, vj, cues, vfuture, vstart)  # أيدت المحكمة حكما بالسجن: upholding a sentence sanctions
            continue
        out.append((i, j, cues, future, start))
        if (cue.kind == "verb" or _purpose_form(s, i) and cue.type == "REQUEST") and all(c.type in _SPEECH_ACTS for c in cues) \
                and _words_hold(s, i, j, cue):  # not حذرت السفارة من أن التنظيم قد يشن هجمات: a warning of risks tells no content
            # not تعهد (AGREE or THREATEN); للمطالبة بتنحي: a demand has a content too, but what a
            # protest denounces (تنديدا بمقتل فلويد) is the event that moved it, and is coded
            last_verb_end = j
    return out


def _purpose_form(s: "_Sentence", i: int) -> bool:
    """Whether token i is a verbal noun or participle that tells why someone acts rather than
    an act: للمطالبة، رفضا، تنديدا، تضامنا (indefinite accusative), مطالبين، منددين."""
    w, t = s.words[i - s.i], s.layers.tokens[i]
    if s.layers.prefixes[i][-1:] == "ل" and t.stem_start > t.base_start:
        return True  # للمطالبة
    bare = t.stem_start == t.base_start and t.stem_end == t.end  # no article, no suffix
    return bare and (w.endswith("ا") or w.endswith("ين")) and len(w) > 3


def _punct_between(s: "_Sentence", a: int, b: int) -> bool:
    """Whether a mark stronger than a comma stands between tokens a and b (commas set off
    appositions: ناشد علي الزعتري، منسق الأمم المتحدة، الحكومة وقف إطلاق النار)."""
    toks = s.layers.tokens
    return any(toks[m].kind == "punct" and s.layers.text[toks[m].start] in ".؛;:!?؟" for m in range(max(a, s.i), b))


def _names_a_thing(s: _Sentence, i: int, j: int) -> bool:
    """A definite noun that nothing governs after it names a known thing (الاتفاق النووي), where
    the action takes a complement (الاتفاق على سحب القوات، الهجوم على القافلة)."""
    t = s.layers.tokens[i]
    if t.stem_start == t.base_start or j >= s.j:
        return False  # no article: زيارة قاآني، هجوم لتنظيم داعش
    toks = s.layers.tokens
    while j + 1 < s.j and s.owner[j] is None and toks[j].stem_start > toks[j].base_start \
            and s.words[j - s.i].endswith(("ي", "يه", "ه")):
        j += 1  # الهجوم الانتحاري الذي استهدف، الاحتجاجات المناهضة للحكومة: past its adjectives
    w = s.words[j - s.i]
    complement = (w in _PREP_WORDS or w in RELATIVE_PRONOUNS or w in _PREP_PRONOUNS or s.owner[j] is not None
                  or s.layers.prefixes[j][-1:] in ("ب", "ل"))
    return not complement


def _modality(s: _Sentence, i: int, j: int, future: bool, on: date | None, when: str | None,
              noun: bool = False) -> tuple[str, ...]:
    lex = lexicon()
    words = s.words
    aux = {"future"} if future else set()

    def has(lo: int, hi: int, where: str) -> set[str]:
        out = set()
        for a in range(max(lo, s.i), min(hi, s.j)):
            # بهدف، بحلول، بدون are listed with their preposition, which the word has lost
            clitic = s.layers.prefixes[a].lstrip("وف")
            for n in range(1, lex.longest_modality + 1):
                rest = words[a - s.i:a - s.i + n]
                cue = lex.modality.get(" ".join(rest)) or clitic and lex.modality.get(clitic + " ".join(rest))
                if cue and cue[1] == where and a + n <= hi and not (
                        where == "before" and any(w in _RELATIVE_OR_MA for w in words[a + n - s.i:i - s.i])):
                    out.add(cue[0])  # not لا تؤيد ما توصلت إليه: the particle is another verb's
        return out

    # "earlier" cues stand anywhere before in the sentence, but not before a contrast (كان من
    # المقرر أن يجتمع في يونيو، لكنه اجتمع اليوم)
    opening = next((m + 1 for m in range(i - 1, s.i - 1, -1) if words[m - s.i] in _CONTRAST), s.i)
    # an intention, a promise or a cancellation governs the event a noun names from further on
    # (وينوي الرئيس الذي يريد محاربة العجز ... فرض رسوم جمركية؛ ألغى ترامب القمة)
    aux |= has(i - 3, i, "before") | has(opening, i, "earlier") | has(j, j + 2, "after")
    if noun:  # but not past a verb joined by و (ألغت تجمعا ونسبت أعمال التخريب: another clause)
        joined = next((m for m in range(i - 1, opening - 1, -1) if s.layers.prefixes[m].startswith("و") and (
            words[m - s.i] in lex.speech or any(c.kind == "verb" for c in lex.words.get(words[m - s.i], ())))), None)
        aux |= has(opening if joined is None else joined, i, "governs")
    else:
        aux |= has(i - 3, i, "governs")
    if noun:  # سينظم المحتجون احتجاجا، ستتبع القمة "مفاوضات": a verb to come before the event it names
        if any(s.layers.prefixes[k].endswith("س") for k in range(max(s.i, i - 4), i)):
            aux.add("future")
    if any(words[m - s.i] == "قد" and words[m + 1 - s.i][:1] in "يت" for m in range(max(s.i, i - 4), i)):
        aux.add("hypothetical")  # قد تفرض واشنطن عقوبات "may impose"; قد فرضت is "has imposed"
    span = bounds(when)
    if on is not None and span is not None:  # the date of its clause says when it happens
        if span[1] < on - _RECENT and "future" not in aux:
            aux.add("historical")
        elif span[0] > on and "historical" not in aux:
            aux.add("future")
    order = ("future", "negation", "hypothetical", "historical")
    return tuple(a for a in order if a in aux)


def _arguments(s: _Sentence, i: int, j: int, cue: Cue, entities: list[Entity]):
    """Actor, recipient and place (entities) of the trigger tokens [i, j)."""
    actor = recipient = place = None
    unnamed = False
    relative = cue.kind != "noun" and i > s.i and s.words[i - 1 - s.i] in RELATIVE_PRONOUNS
    after = list(s.entities_after(j))
    agents = [(m, e) for m, e in after if _acts(e)]
    free_after = [(m, e) for m, e in agents if s.governed(m) is None]
    between = next((m for m in range(j, min(s.j, j + 3)) if s.words[m - s.i] == "بين"), None)
    if cue.kind != "verb" and _light_relative(s, i):
        # الأمير الشاب الذي يقوم بجولة: the antecedent acts (here a description: no one named)
        ante = s.owner[i - 3] if i - 3 >= s.i else None
        actor = ante if ante is not None and _acts(ante) else None
        relative = True
    elif cue.kind != "verb" and between is not None:  # اجتماع بين ترامب وكيم: the first is the actor
        pair = [e for m, e in agents if m > between and s.governed(m) != "ضد"][:2]
        actor = pair[0] if pair else None
        recipient = pair[1] if len(pair) > 1 else next(  # بين الشرطة ومحتجين ضد الرئيس: the one opposed
            (e for m, e in agents if m > between and s.governed(m) == "ضد"), None)
    elif cue.kind != "verb" and agents and agents[0][0] <= j + 1 and not _owned(s, i, j, cue) and (
            s.governed(agents[0][0]) is None or s.governed(agents[0][0]) == "ل" and cue.type not in _SENT_TO):
        # (مساعدات للبنان: aid goes to the one after ل)
        actor = agents[0][1]  # construct: زيارة قاآني، هجوم لتنظيم داعش (تنظيم: a descriptor)
    elif cue.kind != "verb" and (told := _told_after(s, j)) is not None:
        # المفاوضات التي عقدها أوباما مع إيران، هجوم مسلح نفذه برينتون تارانت: the clause after
        # the noun names who did it; no one before it did (أدانت قطر الهجوم الذي شنه مستوطنون)
        inner = [(m, e) for m, e in free_after if m > told and m - told <= 4 and not _broken(s, told + 1, m)]
        if inner:
            actor = inner[0][1]
        relative = s.words[told - s.i] in _DONE_BY  # not تبنى التنظيم الهجوم الذي استهدف: the claimer did it
    elif relative:
        # ديان أبوت، التي دعت إلى استقالة راد: the antecedent of the relative pronoun acts
        k = i - 2 if i - 2 >= s.i and s.layers.tokens[i - 2].kind == "punct" else i - 1  # ديان أبوت، التي
        ante = s.owner[k - 1] if k - 1 >= s.i else None  # the noun right before the pronoun
        if ante is None and k < i - 1:  # ديان أبوت، وزيرة خارجية الظل، التي: past an apposition
            ante = next((e for m, e in s.entities_before(k, limit=8) if e.type in ("PER", "ORG")), None)
        actor = ante if ante is not None and ante.type in ("PER", "ORG") else None
        if ante is None and free_after and free_after[0][0] - j <= 4 and not _broken(s, j, free_after[0][0]):
            actor, relative = free_after[0][1], False  # الاتفاق الذي وقعه سانتوس: a thing; the subject follows
    elif cue.kind == "verb" and (subject := _subject_before(s, i)) is not None:
        actor = subject  # إسرائيل تتهم إيران بقصف مواقعها: a clause that opens with its subject
    elif cue.kind == "verb" and _subject_word_before(s, i):
        unnamed = True  # أن بلاده ستزود الجيش الإسرائيلي: the verb has its subject before; the name after is its object
    elif cue.kind == "verb" and (unnamed := _unnamed_subject(s, j)):
        # اقتحم مستوطنون المسجد، قتل مسلحون مجهولون ضابطا: the subject names no one; but
        # هاجم مسلحون من حركة طالبان، فجر انتحاري من حركة الشباب: members of a named group
        if j + 2 < s.j and s.words[j + 1 - s.i] == "من":
            actor = next((s.owner[k] for k in (j + 2, j + 3) if k < s.j and s.owner[k] is not None
                          and _acts(s.owner[k])), None)  # من حركة طالبان: past a descriptor
    elif cue.kind == "verb" and j < s.j and s.owner[j] is not None and _acts_as_subject(s.owner[j]) \
            and s.governed(j) is None:
        actor = s.owner[j]  # التزمت واشنطن بتقديم، دعت واشنطن تركيا: the name right after a verb is its subject
    elif cue.kind == "verb" and free_after and free_after[0][0] - j <= 4 and not _broken(s, j, free_after[0][0]):
        actor = free_after[0][1]
    agent = _agent_after(s, j, agents, cue.args == "passive")
    if cue.args == "passive" or agent is not None:  # المدعومة من واشنطن، قتل على يد مسلحين
        recipient = actor if actor is not None and actor is not agent else None
        actor = agent
        if recipient is None:
            recipient = next((e for m, e in s.entities_before(i) if _acts(e) and e is not actor), None)
    elif cue.args == "victim" and cue.kind != "verb":
        recipient, actor = actor, None  # أعلن الجيش مقتل 8 جنود: who died; the killer only after على يد
    elif cue.args == "object" and actor is not None and cue.kind != "verb":
        end = after[0][0]
        while end < s.j and s.owner[end] is actor:
            end += 1
        # right after the genitive's name, not past an apposition (اغتيال كيم جونغ نام، الأخ ... لزعيم)
        target = next((e for m, e in after[1:2] if s.governed(m) == "ل" and _acts(e) and m - end <= 1
                       and not _punct_between(s, end, m) and s.layers.tokens[end].kind != "punct"), None)
        if target is not None and after[0][1] is actor:
            recipient = target  # غزو روسيا لأوكرانيا: the genitive does it, the one after ل suffers it
        elif end < s.j and s.words[end - s.i] == "عن":
            pass  # إفراج إسرائيل عن 90 أسيرا: the genitive does it; who is freed follows عن
        else:
            recipient = actor  # اغتيال القيادي، سحب القوات: the genitive is what is done to
            actor = next((e for m, e in s.entities_before(i) if s.governed(m) is None and _acts(e)
                          and e is not recipient), None)
    if cue.kind != "verb" and s.governed(i) in (None, "ل") and _clause_has(s, i, lambda w: lexicon().roles.get(w) == "undergo"):
        # تعرض الموكب لهجوم، واجهت راد انتقادات: the subject undergoes it, a doer may follow من;
        # not انتقادات على موافقتها: what the criticism is about
        undergoer = next((e for m, e in s.entities_before(i) if s.governed(m) is None and _acts(e)), None)
        if undergoer is not None:
            recipient, actor = undergoer, (actor if actor is not undergoer else None)
            if actor is None:  # تلقى ولي العهد اتصالا هاتفيا من الرئيس الأوكراني: the caller
                actor = next((e for m, e in after if s.governed(m) == "من" and _acts(e) and m - j <= 3), None)
    elif actor is None and cue.args not in ("passive", "victim") and not relative and not (
            cue.kind != "verb" and i > s.i and s.words[i - 1 - s.i] in _CAUSE) and not (
            cue.kind == "verb" and _after_event_noun(s, i)) and not (
            cue.type == "PROTEST" and cue.kind != "verb" and (s.governed(i) == "في" or i > s.i and s.words[i - 1 - s.i] in _DURING)):
        # الصاروخ الذي استهدف: the antecedent acts; اعتقلت الشرطة ... خلال مظاهرات: the protest is not the police's
        # بحث ماكرون الآلية مع أوزومغو خلال زيارة: a visit during which the clause's subject acts;
        # يعتزم ماكرون إهداء شجرة إلى ترامب في إطار زيارته: the pronoun is the subject's
        during = cue.kind != "verb" and (i > s.i and s.words[i - 1 - s.i] in _DURING or _owned(s, i, j, cue)
                                         or s.layers.tokens[i - 1].kind == "punct" and _purpose_form(s, i))
        # ...، داعيا الأطراف إلى: a participle after a comma is the clause subject's too
        near = [(m, e) for m, e in s.entities_before(i, limit=2 * _WINDOW if during else _WINDOW)
                if s.governed(m) is None and e is not recipient
                and (_acts(e) or cue.kind != "verb" and _capital_before(s, m, i, e))]
        before = [e for _, e in near]
        adjacent = bool(near) and _owned(s, i, j, cue) and not any(
            s.owner[k] is None for k in range(near[0][0], i) if s.owner[k] is not near[0][1])  # بدء روسيا تدخلها
        actor = (before[-1] if during and not adjacent else before[0]) if before else None
        if actor is not None and cue.type not in _SYMMETRIC and (first := _coordinated_before(s, actor, i)) is not None:
            actor = first  # شنت الولايات المتحدة وبريطانيا ضربات: the first of the pair (meetings keep their own rule)
        t = s.layers.tokens[i]
        last = s.layers.tokens[j - 1]  # إطلاق سراحه: the pronoun ends a release phrase (not سحب قواته)
        if actor is not None and cue.kind != "verb" and cue.args == "object" and recipient is None \
                and last.stem_end < last.end and (j == i + 1 or cue.mode == "release") and not _has_object(s, j):
            # تسوركوف ... منذ اختطافها في بغداد: the pronoun is who was seized; but خلال
            # اقتحامها مخيم جنين: an object follows, the pronoun is who stormed it
            actor, recipient = None, actor
        elif actor is not None and cue.kind == "verb" and recipient is None and t.stem_end < t.end and j == i + 1:
            # رجال الشرطة قتلهم المتشددون: the name before a verb that carries an object pronoun
            # is what the pronoun stands for, the one the act is done to
            actor, recipient = None, actor
        elif unnamed:
            actor = None  # the verb has its own subject, one that names no one
    if cue.mode == "convict" and cue.kind != "verb" and actor is not None and actor.type == "PER" \
            and actor.sector != "JUD" and recipient is None:
        actor, recipient = None, actor  # حكم على سامر نادر بالإعدام: a court sentences, the person is sentenced
    if cue.type == "REQUEST" and cue.kind != "verb" and s.words[i - s.i] in _REQUESTED_BY and j + 1 < s.j \
            and s.words[j - s.i] == "من" \
            and s.owner[j + 1] is not None and _acts_as_subject(s.owner[j + 1]):
        # التأم مجلس الأمن بطلب من فرنسا: who asked follows من; the one asked stands before
        actor, recipient = s.owner[j + 1], (actor if actor is not s.owner[j + 1] else recipient)
    if actor is not None and (person := _spokesman(s, actor)) is not None:
        actor, recipient = person, (None if recipient is person else recipient)  # المتحدث باسم حكومة طالبان ذبيح الله مجاهد
    if cue.type in _SYMMETRIC:  # ملتزمون بالتعاون ومواجهة داعش مع الحكومة العراقية، اتفاق مع بيونغ يانغ: the partner
        partner = next((e for m, e in after if s.governed(m) == "مع" and _acts_as_subject(e) and e is not actor), None)
        recipient = partner or recipient
    if cue.type in _SYMMETRIC and actor is not None and recipient is None:
        recipient = _coordinated(s, actor)  # اجتمع بايدن والكاظمي: the second is the partner
        first = None if recipient is not None else _coordinated_before(s, actor, i)
        if first is not None:  # الكاظمي وبايدن ... الاتفاق: the first named acts, the second is the partner
            actor, recipient = first, actor
    if cue.mode == "withdraw" or _lemma(cue) in _WITHDRAW:  # سحب القوات من العراق: from whom
        source = next((e for m, e in after if s.governed(m) == "من" and _acts(e)), None)
        if source is not None and source is not actor:
            recipient = source
    for m, e in after:
        if _new_clause(s, j, m) or any(s.words[k - s.i] in ("خلال", "اثناء") for k in range(j, m)) \
                or cue.kind != "verb" and any(s.words[k - s.i] in _TOPIC for k in range(j, m)):
            # (المحادثات حول نزع أسلحة بيونغ يانغ: names after a topic word are the topic's)
            break  # عقد اجتماعات موسعة ...، ومناقشة اتفاق الكاظمي؛ قتلت ... خلال قمع الاحتجاجات المناهضة
            # لحكومة الرئيس: the next clause's names, or those of what it happened during, are not this event's
        e = _titled_person(s, m, e)  # المرشد العام لجماعة الإخوان محمد بديع: the person, not the body
        if e is actor or e is recipient or (actor is not None and _part_of(s, m, actor)):
            continue  # فيلق القدس in متزعم فيلق القدس: part of how the actor is named
        by = s.governed(m)
        if by in _ATTRIBUTION or _attributed(s, m):
            continue  # وفق منظمة أطباء بلا حدود، بحسب مصدر في الشرطة: who tells it
        if by == "من" and m - 2 >= s.i and s.words[m - 2 - s.i] in _REQUESTED_BY:
            continue  # التأم مجلس الأمن بطلب من فرنسا: who asked for it
        if m > s.i and s.words[m - 1 - s.i] in _AFFILIATED and s.owner[m - 1] is None:
            continue  # مواقع لفصائل موالية لإيران: whose side the target is on, not the target
        if by is None and m - 2 >= s.i and s.owner[m - 1] is None and s.words[m - 2 - s.i] in _LOCATIVE \
                and s.words[m - 1 - s.i] not in _AMONG:
            continue  # قرب منزل نتنياهو، أمام مقر الأمم المتحدة: whose place it is, not who is acted on
        if recipient is None and between is None and _acts_as_subject(e) and (
                by == "لدي" and m - 2 >= s.i and s.words[m - 2 - s.i] in _ENVOYS
                or by == "الي" and cue.type in _SENT_TO):
            recipient = e  # استدعاء سفيرها لدى السويد؛ أرسلت الجزائر طائرات ... إلى دمشق
            place = place or (e if by == "الي" else None)
            continue
        area = m > s.i and s.words[m - 1 - s.i] in _AREA and s.owner[m - 1] is None  # جنوبي لبنان
        gap = [k for k in range(j, m) if s.owner[k] is None]  # words, not names, before it
        capital = (by is None or by in _AGAINST and cue.type not in _VIOLENT) and not area and _acts_as_subject(e) \
            and len(gap) <= 3 and not any(s.words[k - s.i] in _PLACE_PREPS for k in gap)
        # تتهم واشنطن، عقوبات على طهران: a capital as object (but هجوم على بغداد is where)
        if e.type == "LOC" and (by in _PLACE_PREPS or not (_acts(e) or capital) or area) and not (
                by == "ب" and cue.type in _ADDRESSED and _acts(e) and recipient is None):
            place = place or e  # في بغداد; but ندد بسوريا، رحب بقطر: the one addressed
            continue
        if recipient is None and between is None and (_acts(e) or capital) and by not in _NOT_RECIPIENT:
            recipient = e
    if place is None or cue.mode == "visit" and cue.kind != "verb":
        # وصل قاآني إلى بغداد في زيارة: the place may come just before a noun trigger; for a
        # visit it is where the visitor came, not a place named after (يلتقي خلالها ... في غزة)
        place = next((e for m, e in s.entities_before(i, limit=_NEAR) if e.type == "LOC" and e is not actor
                      and s.governed(m) in _PLACE_PREPS), None) or place
    if cue.mode == "visit" and _lemma(cue) not in _HOSTS:
        if place is None and recipient is not None and recipient.type == "LOC":
            place = recipient  # زار ماكرون بيروت: the place visited is the verb's object
        if place is not None:
            recipient = _country_of(place, entities) or place  # زار بغداد: the host is Iraq
    return actor, recipient, place


def _has_object(s: _Sentence, j: int) -> bool:
    """Whether token j, after a verbal noun, is a word that is no preposition: its object."""
    return j < s.j and s.layers.tokens[j].kind == "word" and s.governed(j) is None \
        and s.words[j - s.i] not in _PREP_WORDS | _NOUN_CONTEXT | _CAUSE  # not إثر، بعد، منذ


def _told_after(s: _Sentence, j: int) -> int | None:
    """The verb of a clause that tells a noun trigger (ending before token j), right after it or
    past one adjective: الهجوم الذي شنه، هجوم مسلح نفذه. Its token, or None."""
    for k in (j, j + 1):
        if k >= s.j or s.layers.tokens[k].kind != "word" or s.owner[k] is not None:
            return None
        w = s.words[k - s.i]
        if w in RELATIVE_PRONOUNS:
            return k + 1 if k + 1 < s.j else None
        if w in _DONE_BY:
            return k
    return None


def _first_plural(s: _Sentence, i: int, cue: Cue) -> bool:
    """Whether the verb trigger at token i, or the verb right before a noun trigger, is in the
    first person plural: نستمر (the present with ن for its ي), دعمنا (the past with نا)."""
    lex = lexicon()
    for k in (i, i - 1):
        if k < s.i or (k < i and cue.kind == "verb"):
            continue
        w = s.words[k - s.i]
        present = "ي" + w[1:]  # نستمر: يستمر is a verb of the lexicon or a frequent word of news
        if w.startswith("ن") and len(w) > 3 and (present in lex.words or present in lex.speech
                                                 or present in frequent_words(_COMMON_VERBS)):
            return True
        if w.endswith("نا") and len(w) > 4 and w[:-2] in lex.words:
            return True
    return False


def _spokesman(s: _Sentence, e: Entity) -> Entity | None:
    """The person named right after a body that follows باسم (المتحدث باسم حكومة طالبان ذبيح الله
    مجاهد): the spokesman, who acts, where e is that body."""
    m = next((m for m in range(s.i + 1, s.j) if s.owner[m] is e and s.owner[m - 1] is not e), None)
    if m is None or s.owner[m - 1] is not None or s.words[m - 1 - s.i] != "اسم" \
            or s.layers.prefixes[m - 1][-1:] != "ب":
        return None
    person = _titled_person(s, m, e)  # the person right after the body's name
    return person if person is not e else None


def _user_before(s: _Sentence, i: int) -> Entity | None:
    """The name before a verbal noun of use with a pronoun (لاستخدامها، شنه) that stands right
    before token i: the one the pronoun stands for."""
    k = i - 1
    if k <= s.i or s.layers.tokens[k].kind != "word" or s.owner[k] is not None:
        return None
    t = s.layers.tokens[k]
    if t.stem_end == t.end or normalize_string(s.layers.text[t.base_start:t.stem_end]) not in _USE_NOUNS \
            and normalize_string(s.layers.text[t.start:t.stem_end]) not in _USE_NOUNS:
        return None
    return next((e for m, e in s.entities_before(k, limit=3) if _acts(e)), None)


def _demonym_country(s: _Sentence, j: int, entities: list[Entity]) -> Entity | None:
    """The country a demonym right after a noun trigger names (غارة إسرائيلية، قصف روسي), if the
    article names that country; not a demonym that belongs to a name (s.owner)."""
    iso3 = knowledge().demonyms.get(s.words[j - s.i]) if s.owner[j] is None else None
    return _country_entity(iso3, entities) if iso3 is not None else None


_DAMMA = "\u064f"
_MARKS = ("\u064b", "\u0652")  # the range of the short vowels and other marks written on letters


def _voweled_passive(layers: TextLayers, i: int) -> bool:
    """Whether token i is a past verb written with the passive's damma on one of its first
    letters (قُتل، اعتُقل، أُصيب), as careful news copy often writes it."""
    t = layers.tokens[i]
    stem = layers.text[t.stem_start:t.stem_end]
    letters = sum(1 for c in stem if not _MARKS[0] <= c <= _MARKS[1])
    if letters < 3 or layers.text[t.start:t.stem_start].endswith(("ي", "ت", "ن")):
        return False
    seen = 0  # letters before the damma: it follows the first, second or third, and does not end the word
    for c in stem:
        if c == _DAMMA:
            return 1 <= seen <= 3 and seen < letters
        if not _MARKS[0] <= c <= _MARKS[1]:
            seen += 1
    return False


def _protested_before(s: _Sentence, j: int, actor: Entity | None) -> Entity | None:
    """تظاهروا أمام السفارة الفرنسية، اعتصموا أمام مبنى وزارة التعليم العالي: a protest held in
    front of a body's building is against that body (a body or a country, not a place)."""
    for k in range(j, min(s.j, j + _NEAR + 2)):
        if s.layers.tokens[k].kind == "punct":
            return None
        if s.words[k - s.i] == "امام":
            m = next((m for m in (k + 1, k + 2) if m < s.j and s.owner[m] is not None), None)
            e = s.owner[m] if m is not None else None
            return e if e is not None and e is not actor and e.type == "ORG" else None
    return None


def _stood_with(s: _Sentence, j: int, e: Entity) -> bool:
    """Whether e is named after a word of solidarity (تضامنا مع رئيس الوزراء السابق عمران خان،
    دعما لغزة), a few words before its name, after token j."""
    first = next((m for m in range(j, s.j) if s.owner[m] is e), None)
    if first is None:
        return False
    return any(s.words[k - s.i] in _SOLIDARITY for k in range(max(j, first - 5), first))


def _supported(s: _Sentence, e: Entity) -> bool:
    """Whether entity e is named in the sentence right after a word for its supporters (أنصار)."""
    return any(s.owner[m] is e and s.owner[m - 1] is None and s.words[m - 1 - s.i] in _SUPPORTERS
               for m in range(s.i + 1, s.j))


def _in_protest(s: _Sentence, j: int, actor: Entity | None) -> bool:
    """اقتحم أنصار التيار الصدري مبنى البرلمان ... احتجاجا على: a storming or a burning done in
    protest (a word of grievance after it in its sentence), by no body of the state, is a riot."""
    return (actor is None or actor.type != "LOC" and actor.sector not in _STATE_SECTORS) and any(
        w in _GRIEVANCE and w != "ضد" for w in s.words[j - s.i:j - s.i + _GRIEVANCE_REACH])


def _protested(s: _Sentence, j: int, actor: Entity | None) -> Entity | None:
    """Whom a protest is against: the first person, body or country named within a few words
    after a word of grievance that follows it (احتجاجا على خطة الحكومة اللبنانية، رفضا لقرار
    الرئيس، ضد الرئيس مادورو), in its sentence."""
    for k in range(j, min(s.j, j + _GRIEVANCE_REACH)):
        if s.words[k - s.i] not in _GRIEVANCE:
            continue
        for m in range(k + 1, min(s.j, k + 10)):
            if s.layers.tokens[m].kind == "punct" and s.layers.text[s.layers.tokens[m].start] in _CLAUSE_END + '"«»“”':
                return None  # not ضد الرئيس جائزة "وورلد برس فوتو": another phrase
            e = s.owner[m]
            if e is not None and e is not actor and _acts(e) and s.governed(m) in (None, "ل", "علي", "ضد"):
                # not ضد قانون يسمح بتسليم المطلوبين إلى الصين: a name further down the phrase; not
                # تنديدا بمقتل جورج فلويد: who suffered what is denounced
                return None if s.owner[m - 1] is None and _suffered(s.words[m - 1 - s.i]) else e
        return None
    return None


def _suffered(word: str) -> bool:
    """Whether a word is a noun of an act whose genitive suffered it (مقتل، اعتقال، اغتيال)."""
    return any(c.kind != "verb" and c.args in ("victim", "object") for c in lexicon().words.get(word, ()))


def _unrealised(s: _Sentence, i: int) -> bool:
    """Whether a word of demand, wish, obligation, obstruction or talk stands in the few words
    before token i, in its clause (يلزم ميليشيا الحوثي بالإفراج، الدعوات للتوصل إلى هدنة)."""
    for k in range(i - 1, max(s.i, i - 5) - 1, -1):
        if s.layers.tokens[k].kind == "punct":
            return False
        if s.words[k - s.i] in _UNREALISED:
            return True
    return False


def _capital_before(s: _Sentence, m: int, i: int, e: Entity) -> bool:
    """فرضت واشنطن عقوبات: a capital a few words before a noun trigger, with no preposition of
    place between, is the subject of the clause's verb: its government acts."""
    gap = [k for k in range(m, i) if s.owner[k] is not e]
    return _acts_as_subject(e) and len(gap) <= 3 and not any(
        s.words[k - s.i] in _PLACE_PREPS or s.layers.tokens[k].kind == "punct" for k in gap)


def _clause_has(s: _Sentence, i: int, test) -> bool:
    """Whether a word before token i in its clause passes `test` (back to a comma or a clause
    break, at most _WINDOW words): the verb that governs a noun trigger."""
    roles = lexicon().roles
    for m in range(i - 1, max(s.i, i - _WINDOW) - 1, -1):
        w = s.words[m - s.i]
        if test(w):
            return True
        if roles.get(w) == "break" or s.layers.tokens[m].kind == "punct":
            return False
    return False


_ACCUSED_OBJECT = _WORDS["accused_object"]  # ACCUSE verbs whose object, not subject, stands before ب (اتهم X بـ، ندد X بـ)


def _titled_after(s: _Sentence, j: int, e: Entity) -> bool:
    """Whether e is named by a title right after the verb (وطالب الأمين العام غوتيريش): a subject."""
    start = s.layers.tokens[j].base_start if j < s.j else -1
    return any(n.start == start for n in e.nominals)


def _addressed(s: _Sentence, j: int, e: Entity) -> bool:
    """Whether entity e, after a verb ending at j, is followed by على/إلى/ب: the one addressed
    (حث القوات على، دعا الحكومة إلى، طالب إسرائيل بوقف)."""
    m = next((m for m in range(j, min(s.j, j + 4)) if s.owner[m] is e), None)
    if m is None:
        return False
    while m < s.j and s.owner[m] is e:
        m += 1
    if m >= s.j:
        return False
    return s.words[m - s.i] in ("علي", "الي") or s.layers.prefixes[m][-1:] == "ب"


def _coordinated(s: _Sentence, e: Entity) -> Entity | None:
    """The entity joined to e by و right after it (بايدن والكاظمي، مصر والسودان)."""
    toks = s.layers.tokens
    end = next((m for m in range(s.i, s.j) if s.owner[m] is e), None)
    if end is None:
        return None
    while end < s.j and s.owner[end] is e:
        end += 1
    if end < s.j and toks[end].kind == "punct" and s.layers.text[toks[end].start] in "،,":
        end += 1
    if end < s.j and s.owner[end] is not None and s.owner[end] is not e and (
            _acts(s.owner[end]) or _acts_as_subject(e) and _acts_as_subject(s.owner[end])):
        if s.layers.prefixes[end].startswith("و"):
            return s.owner[end]  # أنقرة والقاهرة: two capitals are two governments
    return None


_LIGHT = _WORDS["light"]


_ATTACKER = _WORDS["attacker"]  # فجر انتحاري
# words in ون that are no plural subject
_NOT_PLURAL = _WORDS["not_plural"]


def _subject_word_before(s: _Sentence, i: int) -> bool:
    """Whether a verb at token i follows إن/أن and one word that names no one: after إن/أن the
    subject comes first (أن بلاده ستزود، إن الحكومة قررت), so what follows the verb is its object."""
    k = i - 1
    if k - 1 < s.i or s.layers.tokens[k].kind != "word" or s.owner[k] is not None:
        return False
    w = s.words[k - s.i]
    return s.words[k - 1 - s.i] in _COMPLEMENTIZERS and w not in _PARTICLES and w not in _KANA \
        and w not in _NOT_SUBJECT_WORDS


def _unnamed_subject(s: _Sentence, j: int) -> bool:
    """Whether the verb ending before token j has a subject that names no one: a crowd
    (آلاف المتظاهرين) or a plural in the nominative (مسلحون، مستوطنون، المحتجون). Its object
    may then follow; it is not the verb's actor."""
    if j >= s.j or s.owner[j] is not None or s.layers.tokens[j].kind != "word" or s.layers.prefixes[j]:
        return False
    w = s.words[j - s.i]
    bare = w[2:] if w.startswith("ال") else w  # المئات، الآلاف
    return w in _CROWD or bare in _CROWD or w in _ATTACKER or w.endswith("ون") and len(w) > 4 and w not in _NOT_PLURAL


def _owned(s: _Sentence, i: int, j: int, cue: Cue) -> bool:
    """Whether a one-word noun trigger carries a pronoun for its doer (أعلن الاتحاد الأوروبي
    دعمه لحكومة ...، رفضه، زيارته): a name after it is then no genitive but the one it is done
    to. Not for nouns whose genitive is what is done to (اعتقاله: he was arrested)."""
    t = s.layers.tokens[i]
    return cue.kind != "verb" and t.stem_end < t.end and cue.args != "object"


def _light_relative(s: _Sentence, i: int) -> bool:
    """Whether the noun at token i is done by a light verb in a relative clause (الذي يقوم
    بجولة، التي شنت هجوما)."""
    return i - 2 >= s.i and s.words[i - 2 - s.i] in RELATIVE_PRONOUNS and s.words[i - 1 - s.i] in _LIGHT


def _after_event_noun(s: _Sentence, i: int) -> bool:
    """Whether the verb at token i describes the event noun just before it (إثر هجوم استهدف
    معسكرا: the attack targeted; no one named before is its subject)."""
    if i == s.i:
        return False
    return any(c.kind == "noun" for c in lexicon().words.get(s.words[i - 1 - s.i], ()))


_KANA = _WORDS["kana"]


def _subject_before(s: _Sentence, i: int) -> Entity | None:
    """The subject of a verb at token i in a clause that opens with it (SVO, as headlines and
    many clauses are written: إسرائيل تتهم إيران، الجيش السوري يقصف): an acting name that
    stands right before the verb at the start of the sentence or after a comma."""
    if i == s.i or s.layers.prefixes[i][:1] in ("و", "ف"):
        return None  # وقصف، فاتهم: a joined verb goes on from the clause before (not ستزود)
    k = i - 1
    qad = k > s.i and s.words[k - s.i] == "قد"
    if qad:
        k -= 1  # وكانت الولايات المتحدة قد اغتالت
    e = s.owner[k]
    if e is None or not _acts_as_subject(e):
        return None
    if qad and s.governed(next(m for m in range(k, s.i - 1, -1) if m == s.i or s.owner[m - 1] is not e)) \
            not in _PLACE_PREPS:
        return e  # عناصر بقيادة الجنرال تياني قد احتجزوا بازوم: a name before قد is its verb's subject (or leads it)
    start = k
    while start > s.i and s.owner[start - 1] is e:
        start -= 1
    first = s.owner[start - 1] if start > s.i and s.layers.prefixes[start].startswith("و") else None
    if first is not None and first is not e and _acts_as_subject(first):
        e, start = first, start - 1  # أنقرة والقاهرة اتفقتا: the first of a pair is the subject
        while start > s.i and s.owner[start - 1] is e:
            start -= 1
    if start > s.i and s.words[start - 1 - s.i] in _KANA:
        start -= 1  # كانت الولايات المتحدة ...: the clause opens with كان
    opens = start == s.i or s.layers.tokens[start - 1].kind == "punct" and (
        s.layers.text[s.layers.tokens[start - 1].start] in _CLAUSE_END) or s.words[start - 1 - s.i] in _COMPLEMENTIZERS
    # قال إن أنقرة والقاهرة اتفقتا: a clause after إن/أن opens with its subject too
    return e if opens and (s.words[start - s.i] in _KANA or s.governed(start) is None) else None


def _coordinated_before(s: _Sentence, e: Entity, i: int) -> Entity | None:
    """The entity e is joined to by و, where e is the second of a pair before token i (مصطفى
    الكاظمي، والرئيس الأمريكي جو بايدن)."""
    toks = s.layers.tokens
    start = next((m for m in range(i - 1, s.i - 1, -1) if s.owner[m] is e), None)
    if start is None:
        return None
    while start > s.i and s.owner[start - 1] is e:
        start -= 1
    if not s.layers.prefixes[start].startswith("و"):
        return None
    k = start - 1
    if k >= s.i and toks[k].kind == "punct" and s.layers.text[toks[k].start] in "،,":
        k -= 1
    other = s.owner[k] if k >= s.i else None
    return other if other is not None and other is not e and _acts(other) else None


def _broken(s: _Sentence, a: int, b: int) -> bool:
    """Whether a clause breaks between tokens a and b (لأنها، عندما، الذي ... or a comma)."""
    roles = lexicon().roles
    return any(roles.get(s.words[m - s.i]) == "break" or s.layers.tokens[m].kind == "punct"
               and s.layers.text[s.layers.tokens[m].start] in "،,:؛" for m in range(a, b))


_AFTER_COMMA = _WORDS["after_comma"]  # ...، ما أدى إلى، في هجوم تبنته
_CLAUSE_OPENERS = _WORDS["clause_openers"]


_AFFILIATED = _WORDS["affiliated"]
_SOURCES = _WORDS["sources"]


def _attributed(s: _Sentence, m: int) -> bool:
    """Whether the name at m is where an attribution's source sits (بحسب مصدر في الشرطة
    العراقية، وفق ما أعلنه ضابط في الشرطة): it tells the event, it does not suffer it."""
    words = s.words[max(0, m - 5 - s.i):m - s.i]
    return any(w in _ATTRIBUTION for w in words) and any(w in _SOURCES for w in words)


def _new_clause(s: _Sentence, a: int, b: int) -> bool:
    """Whether another clause opens between tokens a and b: a comma and a word with و or a
    saying verb, or فيما، بينما، حيث، لكن (a relative clause or what is said, بأنه، التي,
    still tells of the event)."""
    toks = s.layers.tokens
    for m in range(a, b):
        if s.words[m - s.i] in _CLAUSE_OPENERS or m > a and toks[m - 1].kind == "punct" \
                and (s.words[m - s.i] in lexicon().speech or s.words[m - s.i] in _AFTER_COMMA
                     or _participle(s.words[m - s.i])):
            return True  # ...، فيما أطلقت الشرطة؛ ...، قالت إسلام آباد؛ ...، محذرا باكستان: another clause's names
        if toks[m].kind == "punct" and s.layers.text[toks[m].start] in "،," and m + 1 < b \
                and s.layers.prefixes[m + 1].startswith("و") and s.owner[m + 1] is None:
            return True
    return False


def _participle(word: str) -> bool:
    """Whether a word is a circumstantial participle of the lexicon (محذرا، داعيا، منددا): the
    single-word cues whose noun-like arguments follow (args "object")."""
    return word.endswith(("ا", "ة", "ين")) and any(
        c.kind == "phrase" and c.args == "object" for c in lexicon().words.get(word, ()))


def _noun_reading(s: _Sentence, i: int) -> bool:
    """Whether a word that is a verb or a noun (قتل) reads as the noun: after the article or a
    word that governs a noun (محاولة، بعد، إثر، منذ، في)."""
    t = s.layers.tokens[i]
    return t.stem_start > t.base_start or (i > s.i and s.words[i - 1 - s.i] in _NOUN_CONTEXT)


def _plural_after_person(s: _Sentence, i: int) -> bool:
    """أصدر الملك محمد السادس عفوا: a plural verb form (فعلوا) right after one person's name
    cannot be his verb; it is the accusative of the noun."""
    return i > s.i and s.words[i - s.i].endswith("وا") and not s.layers.prefixes[i] \
        and s.owner[i - 1] is not None and s.owner[i - 1].type == "PER"


def _possessed_after_subject(s: _Sentence, i: int) -> bool:
    """Whether a word with a pronoun suffix right after a verb's named subject is a noun
    (أعلن نتنياهو رفضه: his refusal), not a verb with its object; a clause that opens with
    the name (نتنياهو رفضه), or a subject after the word, make it a verb."""
    t = s.layers.tokens[i]
    return (i > s.i and s.owner[i - 1] is not None and t.stem_end < t.end and not s.layers.prefixes[i]
            and _subject_before(s, i) is None and not _unnamed_subject(s, i + 1)
            and (i + 1 >= s.j or s.owner[i + 1] is None))  # رجال الشرطة قتلهم المتشددون: a verb, its subject after


def _titled_person(s: _Sentence, m: int, e: Entity) -> Entity:
    """The person an organisation's name stands before, in apposition (لجماعة الإخوان محمد بديع),
    else the entity itself."""
    if e.type != "ORG":
        return e
    n = m
    while n < s.j and s.owner[n] is e:
        n += 1
    after = s.owner[n] if n < s.j else None
    return after if after is not None and after.type == "PER" else e


def _part_of(s: _Sentence, m: int, e: Entity) -> bool:
    """Whether token m lies inside one of the entity's descriptions (or names: جيش ميانمار, a
    body named by its description, holds the place's name)."""
    t = s.layers.tokens[m]
    return any(n.start <= t.base_start and t.end <= n.end for n in e.nominals + e.mentions)


_BY_WEAPON = _WORDS["by_weapon"]  # برصاص X: X fired


def _agent_after(s: _Sentence, j: int, agents, passive: bool) -> Entity | None:
    """The entity after من قبل / على يد (or من, for a passive cue) following the trigger: the doer."""
    for m, e in agents:
        a = m - s.i
        for gap in range(3):  # على يد عملاء جهاز الموساد: up to two words between
            if a - gap >= 2 and s.words[a - gap - 2:a - gap] in (["من", "قبل"], ["علي", "يد"], ["علي", "ايدي"]):
                return e
            w = s.words[a - gap - 1] if a - gap >= 1 else ""
            if w in _BY_WEAPON and s.layers.prefixes[m - gap - 1][-1:] == "ب" or w[:1] == "ب" and w[1:] in _BY_WEAPON:
                return e  # قتل تسعة متظاهرين برصاص قوات الأمن: whose bullets
        if passive and a >= 1 and s.words[a - 1] == "من" and m - j <= 2:
            return e
    return None


def _country_of(place: Entity, entities: list[Entity]) -> Entity | None:
    """The entity of the country a place is in, where the article names it."""
    return _country_entity(place.country, entities, besides=place)


def _country_entity(iso3: str | None, entities: list[Entity], besides: Entity | None = None) -> Entity | None:
    """The article's entity for the country `iso3` (not `besides`), if it names that country."""
    country = knowledge().places.get(iso3 or "")
    if country is None:
        return None
    return next((e for e in entities if e.type == "LOC" and e.country == iso3 and e.name_en == country.en
                 and e is not besides), None)


def _code(e: Entity | None) -> str | None:
    if e is None or not e.country:
        return None
    return f"{e.country} {e.sector}" if e.sector else e.country


def _holds(s: _Sentence, i: int, j: int, cue: Cue, actor, recipient) -> bool:
    """Whether a conditional cue's conditions hold (FORMAT.md of the trigger lexicon): all of
    them, where the row gives several (near:في;away:تقدما)."""
    return cue.when is None or all(_condition(s, i, j, when, actor, recipient) for when in cue.when.split(";"))


def _words_hold(s: _Sentence, i: int, j: int, cue: Cue) -> bool:
    """Whether a cue's conditions on the words around it hold (near, away, unsaid); those on its
    arguments are left for later."""
    return cue.when is None or all(_condition(s, i, j, when, None, None) for when in cue.when.split(";")
                                   if when.startswith(("near:", "away:", "unsaid:")))


def _condition(s: _Sentence, i: int, j: int, when: str, actor, recipient) -> bool:
    if when == "agent":
        return any(e is not None and _acts(e) for e in (actor, recipient))
    if when == "actor":
        return actor is not None and _acts(actor)
    if when == "person":  # هاجم ترامب وسائل الإعلام: a person or a paper attacks in words
        return actor is not None and (actor.type == "PER" or actor.sector == "JRN")
    if when.startswith("unsaid:"):  # العقوبات تستهدف، تستهدف العقوبات: not said of one of these nouns
        said_of = set(when[7:].split(","))
        subject = s.words[max(0, i - _CLOSE - s.i):i - s.i] + s.words[j - s.i:j + 2 - s.i]
        return not any(w in said_of or w.startswith("ال") and w[2:] in said_of for w in subject)
    away = when.startswith("away:")  # away: none of the words in the clause after it
    wanted = set(when[5:].split(","))  # near: one of them close by
    # away: the clause after it; near: three words before, the clause after (the subject may
    # stand between a verb and its object: أطلقت حركة حماس عشرات الصواريخ)
    lo, hi = (i, min(s.j, j + _WINDOW)) if away else (max(s.i, i - _CLOSE), min(s.j, j + _CLOSE + 3))
    if not away:  # the words of a name after the verb (its subject), a day and marks do not count
        hi = min(s.j, hi + sum(1 for k in range(j, min(s.j, j + _WINDOW)) if s.owner[k] is not None
                               or k in s.timed or s.layers.tokens[k].kind == "punct"))
    for k in range(lo, hi):
        if k >= j and s.layers.tokens[k].kind == "punct" and s.layers.text[s.layers.tokens[k].start] in _CLAUSE_END:
            if s.layers.text[s.layers.tokens[k].start] in "،," and k > j and (
                    s.owner[k - 1] is not None or k - 1 in s.timed):
                continue  # تعهد الرئيس بشار الأسد، باستعادة؛ وقع القادة، الثلاثاء، على: a name or a day set off
            break  # a comma ends the clause; a slash (أيار/مايو) or a quotation mark does not
        if i <= k < j:
            continue
        w = s.words[k - s.i]
        full = s.layers.tokens[k].norm  # بأنها with its ب: near lists may name a word with clitics
        if w in wanted or full in wanted or (w.startswith("ال") and w[2:] in wanted):
            return not away
    return away


_CLAUSE_END = "،,.؛;:!?؟"
_CLOSE = 3  # words around a trigger where a `near` condition's word may stand
_VIOLENT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}  # an indefinite noun of these is an event alone
# types that PLOVER codes only between political actors (a country, a state body, a party, an
# armed group, an international organisation): between private people they are no news event
_BETWEEN_STATES = {"CONSULT", "AID", "SUPPORT", "COOPERATE"}
# words before a withdrawal or ceasefire that make it announced, not carried out (CONCEDE)
_IN_FORCE = _WORDS["in_force"]  # a truce in force
_ANNOUNCED = _WORDS["announced"]


def _concession(s: _Sentence, i: int, cue: Cue, aux: tuple) -> Cue:
    """A withdrawal, release or ceasefire agreed, decided or announced is a concession (CONCEDE),
    not yet the act (RETREAT): الاتفاق على سحب القوات، قرار سحب، أعلن الانسحاب."""
    if cue.type != "RETREAT":
        return cue
    if any(w in _IN_FORCE for w in s.words[max(0, i - s.i - 3):i - s.i + _WINDOW]):  # لسريان اتفاق وقف إطلاق النار
        return cue  # دخل اتفاق وقف إطلاق النار حيز التنفيذ: agreed and now carried out
    if "future" in aux or _clause_has(s, i, lambda w: w in _ANNOUNCED):
        return cue._replace(type="CONCEDE", mode=None)
    return cue


def find_events(layers: TextLayers, entities: list[Entity], on: date | None,
                times: list[TimeExpression] = (), quantities: list[Quantity] = (),
                quotes: list[Quote] = ()) -> list[Event]:
    owner = token_owners(layers, entities)
    by_id = {e.id: e for e in entities}
    triggers = _triggers(layers, entities)
    trigger_starts = [t[0] for t in triggers]
    para_starts = [p.start for p in layers.paragraphs]
    events: list[Event] = []
    # sentences that count casualties: there, الهجوم tells an attack even with no one named
    casualties = {s.start for s in layers.sentences for q in quantities
                  if q.size and s.start <= q.start < s.end}
    counted = {layers.token_range(q.start, q.end)[0] for q in quantities}  # tokens that open a count
    off_domain, marked = _off_domain(layers)
    accidents, polls = marked["accident"], marked["poll"]
    last_actor, last_para = None, -1
    weak: set[int] = set()  # events told so far only by their outcome (مقتل) or a crowd going out
    timed = frozenset(k for t in times for k in range(*layers.token_range(t.start, t.end)))
    last_verb = None  # (sentence start, token after the last verb trigger, its type, its event's index)
    for sent in layers.sentences:
        si, sj = layers.token_range(sent.start, sent.end)
        s = _Sentence(layers, si, sj, owner, timed)
        para = bisect.bisect_right(para_starts, sent.start) - 1
        if para != last_para:
            last_actor, last_para = None, para
        here = triggers[bisect.bisect_left(trigger_starts, si):bisect.bisect_left(trigger_starts, sj)]
        protest = any(t[2][0].type == "PROTEST" for t in here)
        alleged: set[int] = set()  # attacks someone is blamed for: they happened, by no one named
        for i, j, cues, future, start in _contents_dropped(s, here, alleged):
            if j - i == 1 and _plural_after_person(s, i):  # أصدر الملك محمد السادس عفوا: the noun
                cues = tuple(c._replace(kind="noun") if c.kind == "verb" else c for c in cues)
            elif j - i == 1 and _noun_reading(s, i):  # محاولة قتل سكريبال: قتل is the noun "killing"
                cues = tuple(sorted(cues, key=lambda c: c.kind != "noun"))
            elif j - i == 1 and _possessed_after_subject(s, i):  # أعلن نتنياهو رفضه: "his refusal"
                cues = tuple(c._replace(kind="noun") if c.kind == "verb" else c for c in cues)
            for cue in cues:
                actor, recipient, place = _arguments(s, i, j, cue, entities)
                if _holds(s, i, j, cue, actor, recipient):
                    break
            else:
                continue
            if cue.kind == "verb" and actor is not None and (_lemma(cue) in _PASSIVE_COUNTED and j in counted
                                                             and _subject_before(s, i) is None
                                                             or _voweled_passive(layers, i)) \
                    and _agent_after(s, j, [(m, e) for m, e in s.entities_after(j) if _acts(e)], False) is None:
                # قُتل ثلاثة جنود مصريين: a count after the verb is who suffered it (not إن الشرطة
                # قتلت 24 شخصا, whose subject stands before it); اعتُقل الغنوشي:
                # a passive the writer voweled; the doer only after على يد / من قبل
                actor, recipient = None, recipient or actor
            if cue.kind != "verb" and actor is not None and cue.type in ("ASSAULT", "COERCE") and s.governed(i) and any(
                    e.recipient == actor.id and e.type in ("ASSAULT", "COERCE") and e.sentence.start == sent.start
                    for e in events[-3:]):
                actor, recipient = None, recipient or actor  # قتل 3 جنود ... في هجوم: the soldiers suffered it
            if cue.kind != "verb" and cue.type == "ASSAULT" and (user := _user_before(s, i)):
                actor = user  # للتنديد بسوريا لاستخدامها أسلحة كيماوية: the pronoun of the use is who used them
            if cue.kind != "verb" and actor is None and j < sj and (nation := _demonym_country(s, j, entities)):
                actor = nation  # غارة إسرائيلية، عقوبات أمريكية: the adjective tells whose act
            if cue.kind != "verb" and actor is not None and cue.type in ("ASSAULT", "COERCE") and any(
                    _voweled_passive(layers, k) and s.owner[k + 1] is actor for k in range(max(si, i - 8), i - 1)):
                actor, recipient = None, recipient or actor  # أُصيب الرئيس في هجوم: he suffered it
            if i in alleged:
                actor = None
            if QUADS[cue.type] == 4:  # a news agency reports attacks and arrests; it neither does nor suffers them
                actor, recipient = (None if _reporter(e) else e for e in (actor, recipient))
            if cue.kind == "verb" and _continues(s, i) and last_actor is not None and actor is not last_actor:
                if actor is None:
                    actor = last_actor  # وتعهدت بعدم ...: the subject of the clause before goes on
                elif (cue.type in ("REQUEST", "THREATEN") or _lemma(cue) in _ACCUSED_OBJECT) and _addressed(s, j, actor) \
                        and not _titled_after(s, j, actor):
                    # وحث القوات الأميركية على الرحيل: the one urged, the speaker before goes on;
                    # not ورحب المبعوث الأممي غروندبرغ بالخطوة: who welcomes or condemns is the subject
                    actor, recipient = last_actor, actor
            t = layers.tokens[i]
            if cue.kind == "verb" and j == i + 1 and t.stem_end < t.end and actor is not None \
                    and recipient is None and last_actor is not None and last_actor is not actor:
                recipient = last_actor  # ووصل كيم ... حيث استقبله مون: the pronoun is who was named before
            if cue.kind == "verb" and i > si and s.words[i - 1 - si] in _SAID_HE:
                # قال ترامب إنه سيزور الصين: the pronoun after إن is the speaker, the name after the verb its object
                speaker = next((by_id.get(q.speaker) for q in quotes if q.speaker and
                                layers.tokens[i - 1].end <= q.content.start <= layers.tokens[i].start), None)
                if speaker is not None and speaker is not actor and _acts_as_subject(speaker):
                    actor, recipient = speaker, recipient or actor
            if actor is None and (k := next((k for k in range(i - 1, max(si, i - 4) - 1, -1)
                                             if s.words[k - si] in _HIS_COUNTRY | _WE), None)
                                  if not _first_plural(s, i, cue) else i) is not None:
                # قال كاميرون إن بلاده ستفرض عقوبات، قال بايدن "نريد أن نستمر بدعم العراق": the
                # speaker's country acts (he does, where it is not named)
                speaker = next((by_id.get(q.speaker) for q in quotes if q.speaker and
                                q.content.start <= layers.tokens[k].start < q.content.end), None)
                if speaker is not None and speaker is not recipient and _acts(speaker):
                    actor = _country_entity(speaker.country, entities) or speaker  # the country, where named
            prev = events[-1] if events and events[-1].sentence.start == sent.start else None
            if prev is not None and prev.actor and j - i == 1 and _participle(s.words[i - si]) \
                    and layers.tokens[i - 1].kind == "punct" and prev.actor != (recipient and recipient.id):
                actor = by_id[prev.actor]  # اتهم المجلس العسكري ... في بيان تلاه العقيد ...، متوعدا: the clause's subject
            if cue.kind == "verb" and prev is not None and prev.actor and j < s.j and s.words[j - s.i] in _DURING_IT \
                    and layers.tokens[i - 1].end == prev.trigger.end:
                # في زيارة يلتقي خلالها الرئيس السيسي: the visitor meets; the name after is met
                actor, recipient = by_id[prev.actor], actor or recipient
            if _lemma(cue) in _HOSTS:  # استقبل السيسي ماكرون: PLOVER codes the visitor as actor, the host as recipient
                actor, recipient = recipient, actor
            if actor is None and cue.kind == "noun" and last_actor is not None and _purpose(s, i):
                actor = last_actor  # وصل قاآني ... بهدف عقد اجتماعات: who came means to meet
            ahead = "future" in _modality(s, i, j, future, None, None, cue.kind != "verb")
            when = _date_of(layers, s, i, j, times, None if ahead else on, cue.kind == "noun")
            aux = _modality(s, i, j, future, on, when, cue.kind != "verb")
            cue = _concession(s, i, cue, aux)
            toks = layers.tokens
            between_them = j < s.j and s.words[j - s.i] in _BETWEEN_THEM  # عقد أول قمة بينهما: two sides, named before
            if actor is None and recipient is None and cue.type not in _VIOLENT and not between_them and (
                    cue.kind != "verb" or _present(s.words[i - s.i], cue.lemma)):
                continue  # يؤيدون نموذج الحكم الذاتي، موضع تفاوض: a stance or an idea, no one's act
            if actor is None and recipient is None and place is None and cue.kind != "verb":
                t = toks[i]
                if t.stem_start > t.base_start and sent.start not in casualties:
                    continue  # a bare definite noun (الهجوم) names a thing, not an event
            if cue.kind == "verb" and _lemma(cue) in _HABITUAL and not future and _present(s.words[i - s.i], cue.lemma) \
                    and not any(k in timed for k in range(si, sj)):
                continue  # تستهدف الحكومة المستثمرين: an aim, not an act (unless dated)
            if cue.kind == "noun" and _names_a_thing(s, i, j):
                continue
            if cue.kind != "verb" and cue.type not in _VIOLENT and _unrealised(s, i):
                continue  # مطالبة بانسحاب الحوثيين، منع وصول المساعدات، خطة فرض رسوم: asked for, blocked, planned
            if cue.kind != "verb" and last_verb and last_verb[:1] == (sent.start,) and last_verb[2] == cue.type and (
                    actor is None or actor.id in (events[last_verb[3]].actor, events[last_verb[3]].recipient)) and (
                    all(owner[k] is not None or k in timed for k in range(last_verb[1], i))
                    or cue.type == "CONSULT" and s.governed(i) == "في"
                    and (cue.mode == "visit") == (events[last_verb[3]].mode == "visit")):
                # قدمت السعودية منحة، فرضت واشنطن أمس عقوبات: the verb's object tells its act
                # again; بحث السيسي مع ماكرون، في اتصال هاتفي؛ يزور ... في جولة: how it was held;
                # not استضافت إسطنبول جولة مفاوضات بين روسيا وأوكرانيا, whose sides are the noun's own
                k = last_verb[3]
                if events[k].mode is None and cue.mode:
                    events[k] = replace(events[k], mode=cue.mode)
                if actor is not None and recipient is not None and None in (events[k].actor, events[k].recipient):
                    # جولة مفاوضات بين روسيا وأوكرانيا: the noun names both sides
                    events[k] = replace(events[k], actor=actor.id, recipient=recipient.id,
                                        actor_code=_code(actor), recipient_code=_code(recipient))
                continue
            if cue.kind == "verb" and i > s.i and (layers.tokens[i - 1].kind == "number"
                                                   or s.words[i - 1 - s.i] in number_words()):
                continue  # اعتقلت الشرطة أكثر من 100 طالب، 10 ملايين طالب: a counted noun (student), not a verb
            if cue.kind == "verb" and i > s.i and s.words[i - 1 - s.i] in ("من", "لمن", "فمن") \
                    and not layers.prefixes[i]:
                continue  # رئيس لكل المصريين من اتفق معه أو اختلف: whoever agreed, no one's act
            if cue.kind != "verb" and cue.type not in _VIOLENT and i > s.i and s.words[i - 1 - s.i] in _TOPIC:
                continue  # محادثات بشأن هدنة، مفاوضات حول اتفاق: what talks are about, not an event
            domain = off_domain.get(sent.start)
            # in sport and culture a country is a team or a film's origin: only a state body counts
            teams = domain in ("sport", "culture")
            if domain and not (_political(actor, teams) or _political(recipient, teams)):
                continue  # a match "hosted", a company that "targets" a market: no political event
            if cue.type in _BETWEEN_STATES and (actor or recipient) and not (_political(actor) or _political(recipient)):
                continue  # a mother's prison visit, a call to a friend, help from relatives: private life
            if cue.type in ("COERCE", "ASSAULT") and (_protesters(s, i) and not _political(actor) or _in_protest(s, j, actor)):
                cue = cue._replace(type="PROTEST", mode="riot")  # اقتحم المحتجون المقار: a riot
            if sent.start in accidents and cue.type in ("ASSAULT", "COERCE") and not _political(actor):
                continue  # قتل 50 شخصا في تحطم طائرة، حاصرت السيول السكان: no one's act
            if sent.start in polls and cue.type in _OPINIONS:
                continue  # أظهر استطلاع أن 60% يؤيدون أردوغان: opinions measured, no one's act
            if protest and cue.type in _SPEECH_ACTS and _purpose_form(s, i):
                continue  # تظاهروا رفضا للقرار، للمطالبة بالإفراج، تضامنا مع: what the protest is for
            if cue.type == "ACCUSE" and cue.kind == "noun" and "ب" in layers.prefixes[i] and any(
                    e.sentence.start == sent.start and e.type in ("COERCE", "SANCTION") for e in events[-3:]):
                continue  # اعتقلت الشرطة مرشحا بتهمة الفساد: the grounds of the arrest, not an accusation
            if cue.type == "PROTEST" and actor is None and recipient is not None and _supported(s, recipient):
                actor, recipient = recipient, None  # خرج الآلاف من أنصار حركة الإنصاف: the party's side protests
            if cue.type == "PROTEST" and recipient is not None and _stood_with(s, j, recipient):
                recipient = None  # تضامنا مع عمران خان: whom a protest stands with is not whom it is against
            if cue.type == "PROTEST" and recipient is None:
                recipient = _protested(s, j, actor) or _protested_before(s, j, actor)
            if cue.type == "PROTEST" and actor is not None and (actor.type == "LOC" or cue.kind != "verb" and (
                    actor.sector in _STATE_SECTORS)):
                actor = None  # شهدت مدينة الحسيمة مسيرة، أعلنت الحكومة الطوارئ تحسبا لاحتجاجات: people protest
            if actor is not None and cue.args != "passive":
                last_actor = actor  # the subject of a clause (not the backer in المدعومة من واشنطن) may go on
            event = Event(cue.type, Span(start, toks[j - 1].end), cue.mode,
                          actor and actor.id, recipient and recipient.id, place and place.id, when,
                          aux, QUADS[cue.type], Span(sent.start, sent.end), _code(actor), _code(recipient),
                          context=_contexts(s))
            t_last = toks[j - 1]
            if cue.kind == "noun" and actor is not None and t_last.stem_end < t_last.end and any(
                    e.type == cue.type and e.actor == actor.id for e in events):
                continue  # سيلتزمون بتعهدهم: "their pledge" is the one told before
            k = next((k for k in range(len(events) - 1, -1, -1) if _same_action(events[k], event)), None)
            if k is None and cue.type == "PROTEST" and not _crowd_out(cue):
                # خرج الآلاف من أنصار الحركة ... في مسيرة تضامنا مع: the march the crowd went out in
                k = next((k for k in weak if events[k].type == "PROTEST" and events[k].sentence == event.sentence
                          and set(events[k].aux) == set(event.aux)), None)
            if cue.kind == "verb":
                last_verb = (sent.start, j, cue.type, len(events) if k is None else k)
            if k is not None:  # the same action told again (وصل في زيارة ... الزيارة): one event
                merged = _merged(events[k], event)
                if k in weak and cue.args != "victim" and not _crowd_out(cue) and merged.sentence == event.sentence:
                    # مقتل 8 جنود إثر هجوم: the attack is the action, the deaths its outcome
                    merged = replace(merged, trigger=event.trigger, mode=event.mode or merged.mode)
                    weak.discard(k)
                events[k] = merged
                continue
            if cue.args == "victim" or _lemma(cue) in _KILLED and actor is None or _crowd_out(cue) \
                    or cue.mode == "unconventional" and cue.kind == "phrase":
                # مقتل 8 جنود، قتل 3 جنود (passive) ... في هجوم: told by its outcome; خرج الآلاف ...
                # في مسيرة: told by the crowd going out; استخدام الغاز السام ... اغتيال: by its
                # weapon; the attack or the march is the event
                weak.add(len(events))
            events.append(event)
    return _one_per_action(_with_sizes(_raids_folded(events), quantities), by_id)


def _raids_folded(events: list[Event]) -> list[Event]:
    """A raid or storming (COERCE seize: اقتحام، مداهمات) told in the sentence of an attack or
    an arrest is how that action was done (قتل أربعة برصاص القوات خلال اقتحامها المخيم؛
    اعتقلت الشرطة 47 شخصا في مداهمات): it folds into the attack or the arrest. So does a
    dispersal told with the tear gas it was done with (فرقت الشرطة المتظاهرين بالغاز المسيل
    للدموع: ASSAULT crowd-control)."""
    out = list(events)
    for e in events:
        if e.type != "COERCE" or e.mode not in ("seize", "restrict"):
            continue
        host = next((k for k, a in enumerate(out) if a is not e and a.sentence == e.sentence and (
            a.type == "ASSAULT" and (e.mode == "seize" or a.mode == "crowd-control")
            or a.type == "COERCE" and a.mode == "arrest" and e.mode == "seize") and set(a.aux) == set(e.aux)
            and not _sides_conflict(a, e)), None)
        if host is not None:
            out[host] = _merged(out[host], e)
            out.remove(e)
    return out


def _sides_conflict(a: Event, b: Event) -> bool:
    """Whether two tellings name different doers or different targets."""
    return (a.actor and b.actor and a.actor != b.actor) or (a.recipient and b.recipient and a.recipient != b.recipient) \
        or bool(a.actor and a.actor == b.recipient) or bool(a.recipient and a.recipient == b.actor)


_SIZED = {"dead": ("ASSAULT", "COERCE"), "injured": ("ASSAULT", "COERCE"), "arrested": ("COERCE", "ASSAULT")}


def _with_sizes(events: list[Event], quantities) -> list[Event]:
    """Casualty counts (12 قتيلا، 30 جريحا، 5 معتقلين) on the ASSAULT or COERCE event of their
    sentence, the nearest one of the type that fits best."""
    for q in quantities:
        if q.size is None:
            continue
        here = [(n, e) for n, e in enumerate(events) if e.sentence and e.sentence.start <= q.start < e.sentence.end
                and e.type in _SIZED[q.size]]
        if not here:
            continue
        n, e = min(here, key=lambda x: (_SIZED[q.size].index(x[1].type), abs(x[1].trigger.start - q.start)))
        size = dict(e.size)
        size[q.size] = max(size.get(q.size, 0), q.value)
        events[n] = replace(e, size=size)
    return events


def _date_of(layers: TextLayers, s: _Sentence, i: int, j: int, times, past_by: date | None,
             named: bool = False) -> str | None:
    """The value of the time expression of the trigger's sentence nearest to it (a date, not a
    length of time; not the start of a state: منذ عام 2015). For an event told as done
    (`past_by`: the reference date), a time after it is a deadline, not its date (اتفقا أمس على
    الانسحاب بحلول نهاية العام); but an event `named` by a noun takes a later day that is no
    deadline: it is to come (قمة بين الزعيمين يوم 12 يونيو). A time inside a relative clause
    after the trigger is that clause's."""
    toks = layers.tokens
    lo, hi = toks[s.i].start, toks[s.j - 1].end
    best, best_gap = None, None
    first = bisect.bisect_left(times, lo, key=lambda t: t.start)  # times are in text order
    for t in times[first:]:
        if t.start >= hi:
            break
        span = bounds(t.value)
        if t.start < lo or span is None:
            continue
        a, _ = layers.token_range(t.start, t.end)
        since = next((m for m in range(a - 1, max(s.i, a - 4) - 1, -1) if s.words[m - s.i] == "منذ"), None)
        if since is not None and not since < i < a:
            continue  # منذ بدء النزاع قبل ثماني سنوات: when a state began (but منذ حظره قبل 20 عاما: the ban's)
        if past_by is not None and span[0] > past_by and (not named or _deadline(s, a)):
            continue
        if a > j and any(w in RELATIVE_PRONOUNS for w in s.words[j - s.i:a - s.i]):
            continue  # ينغلوك التي أطاح بها انقلاب في 2014: the time of a relative clause
        if a < i and any(w in _COMPLEMENTIZERS for w in s.words[a + 1 - s.i:i - s.i]):
            continue  # أعلن البيت الأبيض الاثنين أن قمة ستعقد: the day of the telling
        gap = i - a if a < i else a - j + 1
        if best_gap is None or gap < best_gap:
            best, best_gap = t.value, gap
    return best


def _deadline(s: _Sentence, a: int) -> bool:
    """Whether the time at token a is a deadline (بحلول، قبل، حتى 12 يونيو), not a date."""
    return a > s.i and s.words[a - 1 - s.i] in _DEADLINE


_FILLED = ("actor", "recipient", "location", "date")


def _same_action(a: Event, b: Event) -> bool:
    """Whether b tells again the action of the earlier event a: the same type, nothing that
    differs (actor, recipient, place, date, negation), and something shared, unless b names
    nothing at all (الهجوم، the attack just told) or stands in a's sentence (قتل 23 شخصا في
    غارات جوية: the deaths and the strikes)."""
    if a.type != b.type or any((m in a.aux) != (m in b.aux) for m in ("negation", "historical", "future")):
        return False  # done and not done, now and long ago, done and to come: two actions
    if _modes_differ(a, b) or _visit(a) != _visit(b):
        return False  # اقتحمت ... واعتقلت: a raid and an arrest (an attack told by its weapons is one)
    pairs = [(getattr(a, f), getattr(b, f)) for f in _FILLED]
    if any(x is not None and y is not None and x != y for x, y in pairs):
        return False
    shared = any(x is not None and x == y for x, y in pairs[:3])
    # قتل 23 شخصا في غارات جوية; a later mention with a day of its own (قمة ... في أواخر أبريل) is its own event
    bare = all(y is None for _, y in pairs[:3]) and (b.date is None or b.date == a.date) or a.sentence == b.sentence
    actor, recipient = a.actor or b.actor, a.recipient or b.recipient
    return (shared or bare) and (actor is None or actor != recipient)


# types whose tellings in one article are one action even where each names other sides (a strike
# told by the army, a monitor and the other side; a protest, an arrest, a condemnation); meetings
# and agreements are not: an article often tells several
_ONE_STORY = {"ASSAULT", "COERCE", "PROTEST", "SANCTION"}


def _modes_differ(a: Event, b: Event, same_sentence: bool = True) -> bool:
    """Whether two events of a type are told as different kinds of action (a raid and an
    arrest); an attack told by its weapons is one, and so is a protest told in one sentence as a
    riot and as protests (أضرموا النار ... في ليلة رابعة من الاحتجاجات)."""
    if not (a.mode and b.mode) or a.mode == b.mode or a.type in ("ASSAULT", "MOBILIZE"):
        return False  # an attack or a deployment told by its weapons is one
    return not (same_sentence and a.type == "PROTEST" and "demo" in (a.mode, b.mode))


def _crowd_out(cue: Cue) -> bool:
    """A protest told by people going out or gathering (خرج الآلاف، نزلوا إلى الشوارع، تجمع
    مئات الآلاف): a named march or demonstration in the same sentence tells it better."""
    return cue.type == "PROTEST" and cue.kind in ("phrase", "verb") and _lemma(cue).split()[0] in _GOING_OUT


_GOING_OUT = _WORDS["going_out"]


def _visit(e: Event) -> bool:
    """A visit and the talks held during it (التقى ... خلال زيارته) are two actions."""
    return e.type == "CONSULT" and e.mode == "visit"


def _retold(a: Event, b: Event, places: dict[str, Entity]) -> bool:
    """Whether b, anywhere later in the article, tells again the action of a: a strike reported
    by the army, then by a monitor, then by the other side, each naming someone else. The same
    type, modality and mode; places and dates that can be one (a town and its country; ليل
    الأحد الاثنين is the 17th for one source, the 18th for another); and one participant in
    common (in either role: the attacker of one telling may be named as the target of
    another), or, for attacks, arrests, protests and the like (`_ONE_STORY`), the same mode
    (each source names other sides of one strike);
    where one names no one, the same place or day, or nothing at all in the later one."""
    if a.type != b.type or set(a.aux) != set(b.aux):
        return False
    if _modes_differ(a, b, a.sentence == b.sentence) or _visit(a) != _visit(b):
        return False
    if not _one_place(places.get(a.location), places.get(b.location)):
        return False
    x, y = bounds(a.date), bounds(b.date)
    if x and y and (x[0] - y[1]).days > 1 or x and y and (y[0] - x[1]).days > 1:
        return False
    first, then = {a.actor, a.recipient} - {None}, {b.actor, b.recipient} - {None}
    if first and then:
        if a.actor and b.actor and a.actor != b.actor and a.sentence == b.sentence:
            return False  # شن الجيش غارات ... فيما أطلقت الحركة صواريخ: each side's own action
        if a.type in _ONE_STORY:
            return bool(first & then) or a.mode == b.mode
        # an invitation and its acceptance, a call and its answer: the sides swapped are two acts
        return a.actor is not None and a.actor == b.actor or a.recipient is not None and a.recipient == b.recipient
    # where one names no one: the same place, the same day, or a later telling that names
    # nothing (الهجوم) and brings no day of its own, unless the first had none and it is no
    # plan (a dated plan, قمة ... في أواخر أبريل المقبل, is its own event)
    return (a.location is not None and a.location == b.location or x is not None and y is not None
            or not then and b.location is None and (b.date is None or a.date is None and "future" not in b.aux))
    # (x, y: both dated, and within a day of each other, checked above: الاثنين for one source, الثلاثاء for another)


def _one_place(p: Entity | None, q: Entity | None) -> bool:
    """Whether two places can name where one action happened: the same place, or one lies in
    the other (a town and its country or province)."""
    if p is None or q is None or p.id == q.id:
        return True
    g, h = p.geo, q.geo
    if g is None or h is None or g.country_code != h.country_code:
        return False
    return (g.feature_code == "PCLI" or h.feature_code == "PCLI"
            or g.feature_code == "ADM1" and g.admin1 == h.admin1 or h.feature_code == "ADM1" and h.admin1 == g.admin1)


def _one_per_action(events: list[Event], entities: dict[str, Entity]) -> list[Event]:
    """Fold later tellings of an action into its first one (which keeps its participants)."""
    kept: list[Event] = []
    for e in events:
        k = next((k for k, a in enumerate(kept) if _retold(a, e, entities)), None)
        if k is None:
            kept.append(e)
        else:
            kept[k] = _merged(kept[k], e)
    return kept


def _merged(a: Event, b: Event) -> Event:
    """a with what b adds (a recipient, a place, a date, a mode, casualty counts it lacked)."""
    changes = {f: getattr(b, f) for f in _FILLED if getattr(a, f) is None and getattr(b, f) is not None}
    if "actor" in changes and b.actor == a.recipient or "recipient" in changes and b.recipient == a.actor:
        changes.pop("actor", None), changes.pop("recipient", None)  # the roles told the other way round
    if a.mode is None and b.mode is not None and a.type == b.type:
        changes["mode"] = b.mode  # قتل خمسة جنود في غارة جوية: the strike tells how (a raid is no mode of an attack)
    if b.size:
        changes["size"] = {k: max(a.size.get(k, 0), b.size.get(k, 0)) for k in {*a.size, *b.size}}
    if "actor" in changes:
        changes["actor_code"] = b.actor_code
    if "recipient" in changes:
        changes["recipient_code"] = b.recipient_code
    return replace(a, **changes) if changes else a


def _contexts(s: _Sentence) -> tuple[str, ...]:
    """The PLOVER contexts the sentence's words make clear (contexts.tsv), at most three."""
    table = lexicon().contexts
    found: list[str] = []
    words = s.words
    for k, w in enumerate(words):
        for cue in (f"{w} {words[k + 1]}" if k + 1 < len(words) else None, w,
                    w[2:] if w.startswith("ال") else None):
            c = cue and table.get(cue)
            if c and c not in found:
                found.append(c)
                break
    return tuple(found[:_MAX_CONTEXTS])


def _off_domain(layers: TextLayers) -> tuple[dict[int, str], set[int]]:
    """The sentences about sport, business, science or culture (two words of one such domain in
    the sentence, or one in an article with many): start → domain; and the starts of those about
    an accident or a disaster, and of those that report a poll (domains.tsv)."""
    domains = lexicon().domains
    toks = layers.tokens
    # a word as written, without its article, or its stem without a suffix (لاعبه، مرماه)
    found = [domains.get(w) or (w.startswith("ال") and domains.get(w[2:]))
             or (t.stem_end < t.end and domains.get(_norm(layers, t.stem_start, t.stem_end))) or None
             for w, t in zip(layers.words, toks)]
    article: dict[str, int] = {}
    for d in found:
        if d:
            article[d] = article.get(d, 0) + 1
    out: dict[int, str] = {}
    marked: dict[str, set[int]] = {"accident": set(), "poll": set()}
    for sent in layers.sentences:
        i, j = layers.token_range(sent.start, sent.end)
        here: dict[str, int] = {}
        for d in found[i:j]:
            if d:
                here[d] = here.get(d, 0) + 1
        for kind, starts in marked.items():  # one word is enough
            if kind in here:
                starts.add(sent.start)
        domain = next((d for d, n in here.items()
                       if d not in marked and (n >= 2 or article[d] >= _DOMAIN_ARTICLE)), None)
        if domain:
            out[sent.start] = domain
    return out, marked


def _protesters(s: _Sentence, i: int) -> bool:
    """Whether protesters act in the sentence of the trigger at token i: named in the
    nominative (اقتحم المحتجون), before the trigger (متظاهرون اقتحموا), or as a crowd that
    no preposition governs (اقتحم آلاف المحتجين). Not those acted on: فرقت الشرطة
    المتظاهرين، أطلق مسلحون النار على المحتجين."""
    for k, w in enumerate(s.words):
        if w not in _PROTESTERS:
            continue
        crowd = k > 0 and s.words[k - 1] in _CROWD
        head = k - 1 if crowd else k  # آلاف المحتجين: the crowd word heads the phrase
        if set(s.layers.prefixes[s.i + head]) & set("بلك") or head > 0 and s.words[head - 1] in _PREP_WORDS \
                and s.words[head - 1] != "مع":
            continue  # على المحتجين، بين المتظاهرين: acted on or among (not مع متظاهرين: acting with them)
        if w.endswith("ون") or s.i + k < i or crowd:
            return True
    return False


def _reporter(e: Entity | None) -> bool:
    return e is not None and e.type == "ORG" and e.sector == "JRN"


def _political(e: Entity | None, bodies_only: bool = False) -> bool:
    """Whether an entity is a political actor: a country (unless `bodies_only`), a state body, an
    armed group, a party, an international organisation (not a company, a club or a singer)."""
    if e is None:
        return False
    if e.type == "LOC":
        return _acts_as_subject(e) and not bodies_only
    return e.sector in _POLITICAL_SECTORS or e.country in ("IGO", "IMG")


def _present(word: str, lemma: str) -> bool:
    """Whether a form of a verb (its past 3rd person `lemma`) is a present tense: ي، ت، ن
    before the stem, where the past does not start with that letter (تعهد، تعهدت are past)."""
    past = normalize_string(lemma)
    return word[:1] in ("ي", "ن", "ت") and not past.startswith(word[:1]) or word.startswith(("يت", "تت"))


_RELATIVE_OR_MA = RELATIVE_PRONOUNS | {"ما"}
_TOPIC = _WORDS["topic"]
_OPINIONS = {"SUPPORT", "REJECT", "ACCUSE", "AGREE"}  # what a poll measures
_CONTRAST = _WORDS["contrast"]
# a noun after these is the cause of what the clause tells (أعلن الجيش مقتل جنود إثر هجوم): the
# clause's subject did not do it
# verbs whose past is read as a passive where a count follows (قُتل 3 جنود، اعتقل 40 شخصا)
_PASSIVE_COUNTED = _WORDS["passive_counted"]
_KILLED = _WORDS["killed"]  # lemmas of a killing told with no killer (the passive قُتل): the outcome of an attack
_CAUSE = _WORDS["cause"]
_SAID_HE = _WORDS["said_he"]
_HIS_COUNTRY = _WORDS["his_country"]
_HABITUAL = _WORDS["habitual_present"]
_COMMON_VERBS = 20000  # frequent words of the news lexicon where a present verb with ي is looked up
_WE = _WORDS["we"]
_DURING_IT = _WORDS["during_it"]  # زيارة يلتقي خلالها
_DURING = _WORDS["during"]  # not إثر هجوم
_HOSTS = _WORDS["hosts"]  # lemmas (as in the lexicon) whose subject hosts a visit
_PURPOSE = _WORDS["purpose"]


def _purpose(s: _Sentence, i: int) -> bool:
    """Whether the noun at token i is what a clause sets out to do (بهدف عقد اجتماعات، من أجل
    التفاوض): its doer is that clause's subject."""
    return any(s.words[k - s.i] in _PURPOSE for k in range(max(s.i, i - 3), i))


def _continues(s: _Sentence, i: int) -> bool:
    """Whether a verb at token i opens a clause joined to the one before (و/ف + verb at the start
    of its sentence or after a comma), so its subject is the last one named."""
    if not s.layers.prefixes[i].startswith(("و", "ف")):
        return False
    return i == s.i or s.layers.tokens[i - 1].kind == "punct"
