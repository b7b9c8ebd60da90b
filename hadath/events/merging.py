"""One event per action: later tellings of an action fold into its first one (step 6 of the
package docstring), a raid folds into the attack or arrest it was part of, and counts of the
dead, injured or arrested are attached to the event they belong to."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from hadath.events.sentence import WORDS
from hadath.schema import Entity, Event
from hadath.text import TextLayers, normalize_string, without_article
from hadath.text.clitics import model as clitic_model
from hadath.time.calendar import bounds

_SIZED = {"dead": ("ASSAULT", "COERCE"), "injured": ("ASSAULT", "COERCE"), "arrested": ("COERCE", "ASSAULT")}
_FILLED = ("actor", "recipient", "location", "date")
# types whose tellings in one article are one action even where each names other sides (a strike
# told by the army, a monitor and the other side; a protest, an arrest, a condemnation); meetings
# and agreements are not: an article often tells several
_ONE_STORY = {"ASSAULT", "COERCE", "PROTEST", "SANCTION", "CONCEDE", "RETREAT"}
# a type whose two sides do the same thing (they meet): told either way round (an offer and its
# acceptance, AGREE, are two acts)
_EITHER_WAY = {"CONSULT"}
# of those, the types whose tellings of one kind (mode) are one action even where a later one names
# no one and no place (اعتقلت الشرطة ... الاعتقالات؛ الاحتجاجات ... تظاهرات): an article rarely tells
# two arrests or two protests it does not tell apart; it often tells two strikes (a war story)
_ONE_OF_A_KIND = _ONE_STORY - {"ASSAULT"}
_SAME_WORD_SAME_ACT = {"CONSULT", "MOBILIZE", "COERCE", "SANCTION", "PROTEST"}
_KILLING = tuple(WORDS["killing"])  # the stems of a killing's words (قتل، مقتله، اغتيال)
# the share of its words' weight that a sentence shares with an earlier one of the same type and
# modality above which it tells that action again (on the judged news at 0.25: 66 retellings and
# other false events folded for 16 true ones; the dev gold loses none)
_SAID_AGAIN = 0.25


def _folded(events: list[Event], part, host, fold) -> list[Event]:
    """events with each event that `part` picks folded into the first other event it is part of
    (`host(a, e)`): `fold(a, e)` replaces that event, and e is gone."""
    out = list(events)
    for e in events:
        if not part(e):
            continue
        k = next((k for k, a in enumerate(out) if a is not e and host(a, e)), None)
        if k is not None:
            out[k] = fold(out[k], e)
            out.remove(e)
    return out


def raids_folded(events: list[Event]) -> list[Event]:
    """A raid or storming (COERCE seize: اقتحام، مداهمات) told in the sentence of an attack or
    an arrest is how that action was done (قتل أربعة برصاص القوات خلال اقتحامها المخيم؛
    اعتقلت الشرطة 47 شخصا في مداهمات): it folds into the attack or the arrest. So does a
    dispersal told with the tear gas it was done with (فرقت الشرطة المتظاهرين بالغاز المسيل
    للدموع: ASSAULT crowd-control)."""
    return _folded(
        events, lambda e: e.type == "COERCE" and e.mode in ("seize", "restrict"),
        lambda a, e: a.sentence == e.sentence and (
            a.type == "ASSAULT" and (e.mode == "seize" or a.mode == "crowd-control")
            or a.type == "COERCE" and a.mode == "arrest" and e.mode == "seize") and set(a.aux) == set(e.aux)
        and not _sides_conflict(a, e),
        merge)


def charges_folded(events: list[Event]) -> list[Event]:
    """A charge or a trial (ACCUSE allege: بتهمة، محاكمة) told in the sentence of a conviction
    is what the conviction was for (حكم على الصحفي بالسجن بتهمة التجسس): PLOVER codes the
    conviction alone; the charge folds into it (the accuser is no judge)."""
    return _folded(
        events, lambda e: e.type == "ACCUSE" and e.mode == "allege",
        lambda a, e: a.type == "SANCTION" and a.mode == "convict" and a.sentence == e.sentence
        and "negation" not in a.aux,
        lambda a, e: merge(a, replace(e, actor=None, actor_code=None)))


def riots_folded(events: list[Event]) -> list[Event]:
    """Fire set and firebombs thrown in the sentence of a protest, by no one else named
    (نزل شبان إلى الشوارع مسلحين بقنابل حارقة وأضرموا النيران في سيارات): the protest turned
    riot, not an attack of its own. (A killing told with a protest, قتل 3 متظاهرين، is one.)"""
    return _folded(
        events, lambda e: e.type == "ASSAULT" and e.mode in ("destroy", "explosives") and not e.size,
        lambda a, e: a.type == "PROTEST" and a.sentence == e.sentence and (e.actor is None or e.actor == a.actor)
        and set(a.aux) == set(e.aux),
        lambda a, e: replace(a, mode="riot"))


def demands_folded(events: list[Event]) -> list[Event]:
    """What a protest demands, denounces or rejects (خرج الآلاف للتعبير عن رفضهم لقانون،
    إضراب دعت إليه النقابات احتجاجا على، مسيرات للتنديد بـ) is the protest's own cause: a
    demand, a condemnation or a refusal by no one else, told in the protest's sentence, folds
    into the protest (PLOVER codes the protest)."""
    return _folded(
        events, lambda e: e.type in ("REQUEST", "ACCUSE", "REJECT"),
        lambda a, e: a.type == "PROTEST" and a.sentence == e.sentence and (e.actor is None or e.actor == a.actor)
        and ("negation" in a.aux) == ("negation" in e.aux),
        lambda a, e: merge(a, replace(e, actor=None, actor_code=None)))


def _sides_conflict(a: Event, b: Event) -> bool:
    """Whether two tellings name different doers or different targets."""
    return (a.actor and b.actor and a.actor != b.actor) or (a.recipient and b.recipient and a.recipient != b.recipient) \
        or bool(a.actor and a.actor == b.recipient) or bool(a.recipient and a.recipient == b.actor)


def with_sizes(events: list[Event], quantities) -> list[Event]:
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


def same_action(a: Event, b: Event) -> bool:
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


def anaphor_of(events: list[Event], e: Event) -> int | None:
    """The earlier event that e, told by a definite noun with no day of its own (الاجتماع،
    الهجوم الكيماوي، قمته), tells again: the latest of its type in an earlier sentence, of the
    same kind (a visit is not the talks held in it) and modality (done or not, now or long ago
    or to come). Whom the rules found around such a noun (even a place) is no evidence
    against it: the noun points back."""
    for k in range(len(events) - 1, -1, -1):
        a = events[k]
        if a.type == e.type and a.sentence.start < e.sentence.start:
            same = all((m in a.aux) == (m in e.aux) for m in ("negation", "historical", "future")) \
                and not _modes_differ(a, e) and _visit(a) == _visit(e)
            return k if same else None
    return None


def _modes_differ(a: Event, b: Event, same_sentence: bool = True) -> bool:
    """Whether two events of a type are told as different kinds of action (a raid and an
    arrest); an attack told by its weapons is one, and so is a protest told in one sentence as a
    riot and as protests (أضرموا النار ... في ليلة رابعة من الاحتجاجات)."""
    if not (a.mode and b.mode) or a.mode == b.mode or a.type in ("ASSAULT", "MOBILIZE"):
        return False  # an attack or a deployment told by its weapons is one
    return not (same_sentence and a.type == "PROTEST" and "demo" in (a.mode, b.mode))


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
    where one names no one, the same place or day, nothing at all in the later one, or, for
    arrests, protests and the like (`_ONE_OF_A_KIND`), the same mode and no day of its own.
    The modality must be the same, except for an act told as background and then named again
    (`_background_again`) and a meeting told as to come and as done (`_plan_again`); and the
    mode, except for a condemnation and an accusation of one target by one speaker
    (`_said_of_the_same`)."""
    if a.type != b.type or set(a.aux) != set(b.aux) and not _background_again(a, b) and not _plan_again(a, b) \
            or _two_people(a, b, places):
        return False
    if _modes_differ(a, b, a.sentence == b.sentence) and not _said_of_the_same(a, b) or _visit(a) != _visit(b):
        return False
    if not _one_place(places.get(a.location), places.get(b.location)):
        return False
    x, y = bounds(a.date), bounds(b.date)
    if _days_apart(x, y):
        return False
    first, then = {a.actor, a.recipient} - {None}, {b.actor, b.recipient} - {None}
    if first and then:
        if a.actor and b.actor and a.actor != b.actor and a.sentence == b.sentence:
            return False  # شن الجيش غارات ... فيما أطلقت الحركة صواريخ: each side's own action
        if a.type in _ONE_STORY:
            return bool(first & then) or a.mode == b.mode
        if a.type in _EITHER_WAY and (first <= then or then <= first):
            return True  # استقبل بوتين عباس ... التقى بوتين عباس: who met whom, told either way round
        if a.actor and b.actor and a.actor != b.actor:
            return False  # تتهم كوبنهاغن المجلس العسكري ... وتتهم باريس المجلس: two accusers, two acts
        # an invitation and its acceptance, a call and its answer: the sides swapped are two acts
        return _side_in_common(a, b)
    # where one names no one: the same place, the same day, or a later telling that names
    # nothing (الهجوم) and brings no day of its own, unless the first had none and it is no
    # plan (a dated plan, قمة ... في أواخر أبريل المقبل, is its own event)
    # (or the first names no one and the later is in its sentence: غارة شنتها قوات التحالف على
    # الحديدة، أسفرت عن مقتل الصماد, the strike and whom it killed)
    return (a.location is not None and a.location == b.location or x is not None and y is not None
            or not then and b.location is None and (b.date is None or a.date is None and "future" not in b.aux)
            or not first and a.sentence == b.sentence
            or a.type in _ONE_OF_A_KIND and a.mode is not None and a.mode == b.mode
            and (b.date is None or b.date == a.date))


def _background_again(a: Event, b: Event) -> bool:
    """Whether b names again, with no day of its own, an action a told as background (dated long
    before the article: اعتقل عام 2013 ... وكان عند توقيفه): nothing sets b in the present, so it
    is the old action, not a new one."""
    return "historical" in a.aux and "historical" not in b.aux and b.date is None \
        and set(a.aux) - {"historical"} == set(b.aux)


def _said_of_the_same(a: Event, b: Event) -> bool:
    """Whether two condemnations or accusations (ACCUSE disapprove, allege) have one speaker and one
    target: انتقد أردوغان إسرائيل ... واتهمها بإرهاب الدولة is one statement, whatever its words."""
    return a.type == "ACCUSE" and {a.mode, b.mode} == {"disapprove", "allege"} and a.actor is not None \
        and a.actor == b.actor and a.recipient is not None and a.recipient == b.recipient


def _plan_again(a: Event, b: Event) -> bool:
    """Whether b names, as to come or as done, the meeting or act a told the other way, between the
    same two sides, or in the same place with a side in common (the caller checks the days)."""
    if set(a.aux) ^ set(b.aux) != {"future"}:
        return False
    both = a.actor is not None and a.recipient is not None and {a.actor, a.recipient} == {b.actor, b.recipient}
    return both or a.location is not None and a.location == b.location and _side_in_common(a, b)


def _two_people(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """Whether an arrest or a sentence is told of one person and the other of another (اعتقال
    بوجديمون ... اعتقال جوردي تورل), or a resignation or a release is one person's and the other
    another's (استقالة ماي ... استقالة كاميرون): two acts, whatever else they share."""
    role = "recipient" if a.type in ("COERCE", "SANCTION") else "actor" if a.type == "RETREAT" else None
    x, y = (getattr(a, role), getattr(b, role)) if role else (None, None)
    if not (x and y) or x == y:
        return False
    p, q = entities.get(x), entities.get(y)
    return p is not None and q is not None and p.type == q.type == "PER"


def _one_place(p: Entity | None, q: Entity | None) -> bool:
    """Whether two places can name where one action happened: the same place, or one lies in
    the other (a town and its country or province; a town the gazetteer does not place, such as
    شليزفيج, and a country)."""
    if p is None or q is None or p.id == q.id:
        return True
    g, h = p.geo, q.geo
    if g is None or h is None:
        return (g or h) is not None and (g or h).feature_code == "PCLI"
    if g.country_code != h.country_code:
        return False
    return (g.feature_code == "PCLI" or h.feature_code == "PCLI"
            or g.feature_code == "ADM1" and g.admin1 == h.admin1 or h.feature_code == "ADM1" and h.admin1 == g.admin1)


def _told_alike(a: Event, b: Event, words: dict[int, str], places: dict[str, Entity]) -> bool:
    """Whether b tells a's action again in the same word, once read as to come or possible and
    once not (a plan's own word in a clause of purpose): the same type, mode, trigger word and a
    side in common (for the types of `_SAME_WORD_SAME_ACT`, whatever sides each names), places
    and days that can be one, and neither negated nor long past where the other is not (أبدى
    البابا في السابق معارضته: an earlier opposition)."""
    if a.type != b.type or any((m in a.aux) != (m in b.aux) for m in ("negation", "historical")) \
            or not _same_word(words.get(a.trigger.start), words.get(b.trigger.start)) or _two_people(a, b, places):
        return False
    if a.actor and b.actor and a.actor != b.actor and a.sentence == b.sentence:
        return False  # اعتقلت السلطات الألمانية ...، كما اعتقلت الشرطة الإسبانية: each its own act
    if a.mode and b.mode and a.mode != b.mode or not _one_place(places.get(a.location), places.get(b.location)):
        return False
    # a meeting, a deployment, an arrest, a sanction or a protest named again in the same word is
    # the same one whoever each telling names (the sides found for a later telling are the least
    # sure); accusations, demands and attacks in the same word are often new ones
    return not _days_apart(bounds(a.date), bounds(b.date)) and (_side_in_common(a, b) or a.type in _SAME_WORD_SAME_ACT)


def _same_word(first: str | None, then: str | None) -> bool:
    """Whether a later trigger word is the earlier one again: the same word, or the same with the
    article, which points back (قمة ... القمة); an indefinite noun after a definite one names a
    new one (استئناف المحادثات ... خلال محادثات في بيونغ يانغ)."""
    return first == then or bool(first and then and then.startswith("ال")
                                 and without_article(then) == without_article(first))


def _killed_again(a: Event, b: Event, entities: dict[str, Entity], words: dict[int, str]) -> bool:
    """Whether b tells again the killing of the person a tells killed: a person dies once, however
    the article dates each mention (اغتيال السادات told in the story of a trial 25 years later),
    unless one of them did not happen or is yet to come."""
    if a.type != "ASSAULT" or b.type != "ASSAULT" or a.recipient is None or a.recipient != b.recipient:
        return False
    person = entities.get(a.recipient)
    if person is None or person.type != "PER" or a.actor and b.actor and a.actor != b.actor:
        return False
    if any((m in a.aux) != (m in b.aux) for m in ("negation", "future", "hypothetical")):
        return False
    return all(words.get(e.trigger.start, "").startswith(_KILLING) for e in (a, b))


def _days_apart(x, y) -> bool:
    """Whether two dates' bounds (first day, last day) lie more than a day apart: two days
    that cannot be one (ليل الأحد الاثنين may be the 17th for one source, the 18th for another)."""
    return bool(x and y and ((x[0] - y[1]).days > 1 or (y[0] - x[1]).days > 1))


def _side_in_common(a: Event, b: Event) -> bool:
    """Whether two events name the same actor or the same recipient."""
    return a.actor is not None and a.actor == b.actor or a.recipient is not None and a.recipient == b.recipient


def one_per_action(events: list[Event], entities: dict[str, Entity], words: dict[int, str],
                   apart: dict[int, str] | None = None, bags: dict[int, dict[str, float]] | None = None) -> list[Event]:
    """Fold later tellings of an action into its first one (which keeps its participants).
    `words`: each event's trigger word by where it starts, normalised without clitics; `apart`:
    where the events start that the text tells as other acts than their sentence's: "new" ones
    (شن هجوما جديدا) fold into none; the others (بعد أسبوعين من تلويح الأسد) only into an
    earlier telling in the same word by the same side on no other day. `bags`: the weighted
    words of each event's sentence by where it starts (`sentence_bags`)."""
    kept: list[Event] = []
    apart, bags = apart or {}, bags or {}
    for e in events:
        how = apart.get(e.trigger.start)
        if how == "new":
            k = None
        elif how:
            k = next((k for k, a in enumerate(kept) if _told_alike(a, e, words, entities) and _side_in_common(a, e)
                      and (a.date is None or a.date == e.date)), None)
        else:
            k = next((k for k, a in enumerate(kept) if _retold(a, e, entities) or _told_alike(a, e, words, entities)
                      or _killed_again(a, e, entities, words) or _said_again(a, e, bags)), None)
        if k is None:
            kept.append(e)
        else:
            kept[k] = merge(kept[k], e)
    return kept


def _said_again(a: Event, b: Event, bags: dict[int, dict[str, float]]) -> bool:
    """Whether b's sentence says much of what a's sentence said (the same rare words: names, places,
    numbers, the act), with the same type and modality: the article tells a's action again, however
    differently the rules read its sides (a strike told by the army, then by a monitor)."""
    if a.type != b.type or a.sentence == b.sentence or set(a.aux) != set(b.aux) or not (a.sentence and b.sentence):
        return False
    x, y = bags.get(a.sentence.start), bags.get(b.sentence.start)
    if not x or not y:
        return False
    shared = sum(w for k, w in x.items() if k in y)
    return shared >= _SAID_AGAIN * (sum(x.values()) + sum(y.values()) - shared)


def sentence_bags(layers: TextLayers, events: list[Event]) -> dict[int, dict[str, float]]:
    """The words of the sentence of each event whose type the article tells more than once (only
    those are compared), normalised, without clitics or article, three letters or more, each
    weighed by how rare it is in the news (log of the corpus size over its count)."""
    counts, total = _normalised_counts()
    told = Counter(e.type for e in events)
    out = {}
    for e in events:
        if e.sentence is None or e.sentence.start in out or told[e.type] < 2:
            continue
        i, j = layers.token_range(e.sentence.start, e.sentence.end)
        out[e.sentence.start] = {w: math.log(total / (1 + counts.get(w, 0)))
                                 for w in {without_article(layers.words[k]) for k in range(i, j)
                                           if layers.tokens[k].kind == "word"} if len(w) >= 3}
    return out


@lru_cache(maxsize=1)
def _normalised_counts() -> tuple[dict[str, int], int]:
    counts: dict[str, int] = {}
    for word, n in clitic_model().counts.items():
        key = without_article(normalize_string(word))
        counts[key] = counts.get(key, 0) + n
    return counts, sum(counts.values())


def merge(a: Event, b: Event) -> Event:
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
