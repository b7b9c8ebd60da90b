"""Claims of responsibility: who an attack's claimer is (أعلن تنظيم داعش مسؤوليته عن الهجوم،
تبنت حركة الشباب التفجير). PLOVER has no event of claiming; the claimer is the attack's actor.

A claim names the attack by a noun: one told in the claim's own sentence (أعلنت طالبان
مسؤوليتها عن هجوم فاراه), or a definite noun (الهجوم، ذلك التفجير، الهجومين) that points
back to the latest attack told before it. No claim where it is negated or denied (لم تعلن أي
جهة مسؤوليتها، نفت الحركة مسؤوليتها) or where the claimer is no one named (أعلن مسؤوليته:
a pronoun)."""
from __future__ import annotations

from dataclasses import replace

from hadath.entities import can_act_as_subject
from hadath.events.arguments import actor_code
from hadath.events.sentence import WORDS
from hadath.schema import Entity, Event
from hadath.text import NAME_QUOTES, RELATIVE_PRONOUNS, TextLayers

_ANNOUNCE = WORDS["claim_verbs"]  # أعلن، إعلان (with مسؤوليته عن)
_ADOPT = WORDS["adopt_verbs"]  # تبنى الهجوم: claims it as its object
_RESPONSIBILITY = WORDS["responsibility"]  # مسؤوليته، المسؤولية
_NO_CLAIM = WORDS["negations"] | WORDS["denial"] | WORDS["any"]  # لم تعلن، نفت، أي جهة
_DEMONSTRATIVES = WORDS["demonstratives"]
_BETWEEN = WORDS["claim_between"]  # تنظيم داعش مسؤوليته عن تنفيذ الهجوم: words that may stand before the noun
_REACH = 8  # words from the verb of claiming to مسؤوليته or to the attack noun (past a name in quotes)
_UNSURE = {"negation", "future", "hypothetical"}


def claimers_applied(events: list[Event], layers: TextLayers, owner: list, assault_at: set[int],
                     told_at: dict[int, int]) -> list[Event]:
    """The events with each claimed attack's actor set to its claimer (a claimer named as the
    attack's target, as rules reading هجوم لطالبان may do, becomes its actor). `owner`: the entity
    of each token; `assault_at`: the first tokens of the attack words the lexicon knows;
    `told_at`: the event each trigger's first token tells (its own or one told before)."""
    out = list(events)
    for claimer, noun, sentence_start in _claims(layers, owner, assault_at):
        for k in _claimed_events(out, layers, owner, told_at, noun, sentence_start, claimer):
            e = out[k]
            code = actor_code(claimer)
            if e.recipient == claimer.id:  # هجوم A=the forces R=Taliban, claimed by Taliban: the other way round
                out[k] = replace(e, actor=claimer.id, actor_code=code, recipient=e.actor, recipient_code=e.actor_code)
            elif e.actor != claimer.id:  # the claim names the doer, over what the rules read
                out[k] = replace(e, actor=claimer.id, actor_code=code)
    return out


def _claims(layers: TextLayers, owner: list, assault_at: set[int]):
    """(claimer, first token of the attack noun, start of the sentence) of every claim."""
    words = layers.words
    for sent in layers.sentences:
        si, sj = layers.token_range(sent.start, sent.end)
        for v in range(si, sj):
            w = words[v]
            if w in _ANNOUNCE:
                # أعلن تنظيم داعش مسؤوليته عن الهجوم: the responsibility word, then عن, then the noun
                r = next((m for m in range(v + 1, min(sj, v + _REACH)) if words[m] in _RESPONSIBILITY), None)
                if r is None or r + 1 >= sj or words[r + 1] != "عن":
                    continue
                subject_end, noun = r, _noun_after(words, r + 2, sj)
            elif w in _ADOPT:
                # تبنى التنظيم الهجوم، تبنت الهجوم حينها حركة طالبان: the noun is the verb's object
                noun = next((m for m in range(v + 1, min(sj, v + _REACH))
                             if owner[m] is None and m in assault_at), None)
                subject_end = noun
            else:
                continue
            if noun is None or noun not in assault_at or _punct(layers, v, noun):
                continue
            if v > si and words[v - 1] in _NO_CLAIM or any(words[m] in _NO_CLAIM for m in range(v + 1, noun)):
                continue  # لم تعلن أي جهة مسؤوليتها، نفت مسؤوليتها
            claimer = _claimer(layers, owner, v, subject_end, noun, si, sj)
            if claimer is not None:
                yield claimer, noun, sent.start


def _noun_after(words: list[str], m: int, end: int) -> int | None:
    """The attack noun after عن, past a demonstrative and a verbal noun of doing (عن تنفيذ ذلك الهجوم)."""
    while m < end and (words[m] in _DEMONSTRATIVES or words[m] in _BETWEEN):
        m += 1
    return m if m < end else None


def _punct(layers: TextLayers, a: int, b: int) -> bool:
    """Whether a mark other than a quotation mark (أعلنت حركة "الشباب" مسؤوليتها) stands between a and b."""
    return any(layers.tokens[m].kind == "punct" and layers.text[layers.tokens[m].start] not in NAME_QUOTES
               for m in range(a + 1, b))


def _claimer(layers: TextLayers, owner: list, v: int, subject_end: int, noun: int, si: int, sj: int) -> Entity | None:
    """Who claims: the subject named after the verb (VSO), else after the adopted noun (تبنت
    الهجوم حينها حركة طالبان), else the antecedent of a relative pronoun before the verb
    (تنظيم داعش الذي تبنى الهجوم), else a name right before the verb (وكان تنظيم داعش قد أعلن)."""
    for m in range(v + 1, subject_end):
        if owner[m] is not None:
            return owner[m] if can_act_as_subject(owner[m]) else None
    if layers.words[v] in _ADOPT:
        for m in range(noun + 1, min(sj, noun + 4)):
            if layers.tokens[m].kind == "punct":
                break
            if owner[m] is not None:
                return owner[m] if can_act_as_subject(owner[m]) else None
    m = v - 1
    if m >= si and layers.words[m] in RELATIVE_PRONOUNS:
        m -= 1
        if m >= si and layers.tokens[m].kind == "punct":
            m -= 1
    elif m >= si and layers.words[m] == "قد":
        m -= 1  # وكان تنظيم داعش قد أعلن
    if m >= si and owner[m] is not None and can_act_as_subject(owner[m]):
        return owner[m]
    return None


def _claimed_events(events: list[Event], layers: TextLayers, owner: list, told_at: dict[int, int], noun: int,
                    sentence_start: int, claimer: Entity) -> list[int]:
    """The attack the noun at token `noun` tells: its own event (or the one it was folded into);
    and for a bare definite noun (الهجوم، ذلك التفجير: no target, place or day of its own) the
    latest attack told before its sentence that happened and has no other doer."""
    k = told_at.get(noun)
    own = [k] if k is not None and k < len(events) and events[k].type == "ASSAULT" else []
    if own and (events[k].sentence.start < sentence_start or events[k].location or events[k].date
                or events[k].recipient not in (None, claimer.id)):
        return own  # folded into an attack told before, or one told with what makes it another
    if not _definite(layers, owner, noun):
        return own
    earlier = [k for k, e in enumerate(events)
               if e.type == "ASSAULT" and e.sentence.start < sentence_start and not _UNSURE & set(e.aux)
               and (e.actor is None or claimer.id in (e.actor, e.recipient))]
    return own + earlier[-1:]


def _definite(layers: TextLayers, owner: list, noun: int) -> bool:
    """Whether the noun names an attack told before: with the article, after a demonstrative, or
    in construct with a name or a definite word (هجوم فاراه، هجوم الأربعاء)."""
    if layers.tokens[noun].has_article or layers.words[noun - 1] in _DEMONSTRATIVES:
        return True
    after = noun + 1
    return after < len(layers.tokens) and layers.tokens[after].kind == "word" and not layers.prefixes[after] \
        and (owner[after] is not None or layers.tokens[after].has_article)
