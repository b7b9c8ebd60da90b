"""Modality and date of an event: PLOVER's auxiliary modes (future, negation, hypothetical,
historical) from the words around a trigger and its date, and the date from the sentence's
time expressions (steps 3 and 4 of the package docstring)."""
from __future__ import annotations

import bisect
from datetime import date, timedelta

from hadath.events.lexicon import lexicon
from hadath.events.sentence import COMPLEMENTIZERS, WORDS, Sentence
from hadath.text import RELATIVE_PRONOUNS, TextLayers
from hadath.text.clitics import frequent_words
from hadath.time.calendar import bounds

AUX_ORDER = ("future", "negation", "hypothetical", "historical")  # the order aux values are given in
_RECENT = timedelta(days=31)  # background older than this is historical (the guidelines' month)
_DEADLINE = WORDS["deadline"]
_RELATIVE_OR_MA = RELATIVE_PRONOUNS | {"ما"}
_CONTRAST = WORDS["contrast"]
_OPENERS = WORDS["clause_openers"]  # حيث، فيما، بينما، لكن
_HELD = WORDS["held"]  # تعقد، ستعقد، جرت: a meeting or a vote held


def find_modality(s: Sentence, i: int, j: int, future: bool, on: date | None, when: str | None,
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
                    out.update(cue[0])  # not لا تؤيد ما توصلت إليه: the particle is another verb's
        return out

    # "earlier" cues stand anywhere before in the sentence, but not before a contrast (كان من
    # المقرر أن يجتمع في يونيو، لكنه اجتمع اليوم)
    opening = next((m + 1 for m in range(i - 1, s.i - 1, -1) if words[m - s.i] in _CONTRAST), s.i)
    # an intention, a promise or a cancellation governs the event a noun names from further on
    # (وينوي الرئيس الذي يريد محاربة العجز ... فرض رسوم جمركية؛ ألغى ترامب القمة)
    # a verb joined by و opens a clause of its own (ألغت تجمعا ونسبت أعمال التخريب؛ نفى نتنياهو
    # التهم، واتهم الشرطة: the denial is not the accusation's)
    joined = next((m for m in range(i if not noun else i - 1, opening - 1, -1) if s.layers.prefixes[m].startswith("و") and (
        words[m - s.i] in lex.speech or any(c.kind == "verb" for c in lex.words.get(words[m - s.i], ())))), None)
    past_name = j  # قمة مجموعة السبع المرتقبة: past the genitive's name
    while past_name < s.j and s.owner[past_name] is not None:
        past_name += 1
    aux |= has(i - 3, i, "before") | has(opening if joined is None else joined, i, "earlier") | has(j, j + 2, "after") \
        | (has(past_name, past_name + 1, "after") if past_name > j else set())
    if noun:
        aux |= has(opening if joined is None else joined, i, "governs")
    else:
        aux |= has(i - 3, i, "governs")
    if noun:  # سينظم المحتجون احتجاجا، ستتبع القمة "مفاوضات": a verb to come before the event it names
        if any(s.layers.prefixes[k].endswith("س") or _future_verb(words[k - s.i]) for k in range(max(s.i, i - 4), i)):
            aux.add("future")
    if any(words[m - s.i] == "قد" and _present(words[m + 1 - s.i]) for m in range(max(s.i, i - 4), i)):
        aux.add("hypothetical")  # قد تفرض واشنطن عقوبات "may impose"; قد فرضت is "has imposed"
    span = bounds(when)
    if on is not None and span is not None:  # the date of its clause says when it happens
        # a month named without its day (قمة يونيو) counts from its middle: June is more than a
        # month before late July, though its last day is not
        middle = span[0] + (span[1] - span[0]) / 2
        if span[1] < on - _RECENT or span[1] - span[0] < _RECENT and middle < on - _RECENT:
            if "future" not in aux:
                aux.add("historical")
        elif span[0] > on and "historical" not in aux:
            aux.add("future")
    return tuple(a for a in AUX_ORDER if a in aux)


def date_of(layers: TextLayers, s: Sentence, i: int, j: int, times, past_by: date | None,
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
        if a > j and any(w in RELATIVE_PRONOUNS for w in s.words[j - s.i:a - s.i]) and not _held_after(s, j):
            continue  # ينغلوك التي أطاح بها انقلاب في 2014: the time of a relative clause
        if a < i and any(w in COMPLEMENTIZERS for w in s.words[a + 1 - s.i:i - s.i]):
            continue  # أعلن البيت الأبيض الاثنين أن قمة ستعقد: the day of the telling
        if a > j and any(w in COMPLEMENTIZERS or w in _OPENERS for w in s.words[j - s.i:a - s.i]):
            continue  # اعتقل ...، حيث يعيش منذ أن أعلن البرلمان استقلاله في أكتوبر: another clause's day
        gap = i - a if a < i else a - j + 1
        if best_gap is None or gap < best_gap:
            best, best_gap = t.value, gap
    return best


def _held_after(s: Sentence, j: int) -> bool:
    """Whether the trigger ending before token j is followed by a relative clause that tells it
    held (القمة التي ستعقد في نواكشوط يوم الأحد): that clause's day is the event's."""
    rel = next((k for k in range(j, min(s.j - 1, j + 3)) if s.words[k - s.i] in RELATIVE_PRONOUNS), None)
    return rel is not None and s.words[rel + 1 - s.i] in _HELD  # (past an adjective: القمة الأفريقية التي)


def _deadline(s: Sentence, a: int) -> bool:
    """Whether the time at token a is a deadline (بحلول، قبل، حتى 12 يونيو), not a date."""
    return a > s.i and s.words[a - 1 - s.i] in _DEADLINE


def _future_verb(word: str) -> bool:
    """Whether a word is a verb in the present with the future's س still on it (سيرسل، ستعقد:
    the text layer leaves س joined): the rest is a frequent word in the present (not سياسة،
    سيطرة، سيناء: ياسة is no word)."""
    return len(word) >= 5 and word[0] == "س" and word[1] in "يتن" and word[1:] in frequent_words(50000)


def _present(word: str) -> bool:
    """Whether a word after قد is a present verb (قد تفرض "may impose"), not a past one that
    opens with ت (قد تم، قد تعرضت، قد توصلوا "has been, has reached")."""
    return word[:1] in "يت" and not (word in ("تم", "تمت") or word[:1] == "ت" and (
        word.endswith("وا") or len(word) >= 5 and word.endswith("ت")))
