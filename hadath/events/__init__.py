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

This module finds the triggers (1), keeps what is an event (5) and composes the rest:
`sentence` (the sentence view and shared word classes), `arguments` (2), `modality` (3, 4),
`merging` (6); `lexicon` loads the trigger data, `plover` exports PLOVER JSON.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import date

from hadath.entities import can_act, can_act_as_subject, token_owners
from hadath.entities.mentions import descriptors
from hadath.events.arguments import (AGENT_MARKERS, UNNAMED_PLURALS, actor_code, carries_object, country_entity,
                                     demonym, doer_after, find_arguments, killed_by, object_demonym, responded_to,
                                     subject_before, subject_word_before, unnamed_subject)
from hadath.events.claims import claimers_applied
from hadath.events.confidence import load as load_confidence, scored
from hadath.events.domain import article_domain
from hadath.events.lexicon import Cue, lexicon
from hadath.events.merging import (anaphor_of, charges_folded, demands_folded, merge, one_per_action, raids_folded,
                                   riots_folded, same_action, sentence_bags, with_sizes)
from hadath.events.modality import AUX_ORDER, date_of, find_modality
from hadath.events.sentence import (CLAUSE_END, COMPLEMENTIZERS, CROWD, HOSTS, NEAR, NOUN_CONTEXT, PREP_WORDS,
                                    TOPIC, VIOLENT, WINDOW, WORDS, Sentence, clause_has, cue_lemma, is_comma,
                                    is_participle, new_clause, normalized, punct_between, purpose_form, told_before)
from hadath.schema import Entity, Event, Quantity, Quote, Span, TimeExpression
from hadath.text import NAME_QUOTES, RELATIVE_PRONOUNS, TextLayers, normalize_string, without_article
from hadath.text.clitics import frequent_words
from hadath.text.numbers import number_words

__all__ = ["QUADS", "find_events", "load"]

QUADS = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
         "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
         "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
_ARTICLED = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")  # proclitics with the article, longest first
_USE_NOUNS = WORDS["use_nouns"]  # لاستخدامها أسلحة كيماوية
_UP_TO = WORDS["up_to"]  # تصل إلى: a maximum, after a penalty
_CONDEMN = WORDS["condemn"]  # أدان، دان: condemned, or convicted by a court
_FUNDS = WORDS["funds"]  # أفرج عن مساعدة: aid or money released
_REPEL = WORDS["repel"]  # تصدى الجيش لهجوم: the attack's target repels it
_FOIL = WORDS["foil"]  # أحبطت الشرطة هجوما: neither its doer nor its target
_SUPPORTERS = WORDS["supporters"]  # من أنصار حركة الإنصاف
_SOLIDARITY = WORDS["solidarity"]  # تضامنا مع
_AGREEMENT_NOUNS = WORDS["agreement_nouns"]  # اتفاق لوقف إطلاق النار
_GRIEVANCE = WORDS["grievance"]  # احتجاجا على، رفضا ل، ضد
_DEMANDED = WORDS["demanded"]  # للمطالبة بإسقاط حكومة، مطالبين باستقالة: whom a protest is against
_GRIEVANCE_REACH = 25  # tokens after a protest trigger where what it is against may be told
_CARRIED_OUT = WORDS["carried_out"]
_HABITUAL_WORDS = WORDS["habitual"]
_CEASEFIRE_HEADS = WORDS["ceasefire_heads"]  # وقف غير مسبوق لإطلاق النار
_TO_FIGHT = WORDS["to_fight"]  # لقتال داعش: a purpose
_WEAPON_HANDLING = WORDS["weapon_handling"]  # نقلت صواريخ باليستية: arms moved, made, sold, seized
_KNOWN_FOR = WORDS["known_for"]  # المعروف بانتقاده: a trait
_TOLL = WORDS["toll"]
_RESULTED = WORDS["resulted"]  # أسفر النزاع عن مقتل
_THOUSANDS = WORDS["thousands"]
_ANY = WORDS["any"]  # أي هجوم: any attack, none done
_NEGATIONS = WORDS["negations"]
_UNREALISED = WORDS["unrealised"]  # مطالبة بانسحاب، الدعوات للتوصل إلى هدنة، يلزم ... بالإفراج
_BETWEEN_THEM = WORDS["between_them"]
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY"}  # the state's bodies: they do not stage protests
_ADVERB_WORDS = WORDS["adverbs"]  # أيضا، حاليا: no object
_ATTACK_NOUNS = WORDS["attack_nouns"]  # هجوم: the lemmas whose verbal sense _in_words tells
_ARMED_ATTACK = WORDS["armed_attack"]
_SPEAKING = {"GOV", "PTY", "LEG", "OPP", "JUD", "REL"}  # people who attack in words (a verbal هجوم)
_POLITICAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "OPP", "UAF"}
_PROTESTERS = WORDS["protesters"]
_DOMAIN_ARTICLE = 4  # domain words in an article that make one in a sentence enough
_MAX_CONTEXTS = 3  # PLOVER contexts an event lists at most
_PREP_PRONOUNS = WORDS["prep_pronouns"]  # التوقيع فيه على
_SPEECH_ACTS = {"REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT"}
_DIPLOMATS = WORDS["diplomats"]  # السفير، القنصل: asked to leave, expelled
_LEAVE = WORDS["leave"]
_DISPERSE = WORDS["disperse"]  # فرق، فض: a dispersal that kills is an attack
_EXERCISES = WORDS["exercises"]  # مناورات with another side are joint: COOPERATE
_SIEGE = normalize_string("حصار")  # by armed forces a siege (COERCE), by a state a blockade (SANCTION)
_ARMED = {"MIL", "REB"}
_SUSPEND = WORDS["suspend"]  # علق، ألغى: what is suspended or cancelled is their content
_SLOGANS = WORDS["slogans"]  # هتافات تطالب، لافتات تندد
_CONCLUDING = WORDS["concluding"]  # توصلا إلى اتفاق، أعلنت عن اتفاق
_SIGNING = WORDS["signing"]  # وقعت روسيا اتفاقا: a signing (SUPPORT) tells the agreement
_STANCE_PRESENT = WORDS["stance_present"]  # تدعم إيران الحوثيين: a standing stance
_ENDANGERED = WORDS["endangered"]  # a danger to (تهديد سلامة الطائرة)
_PEJORATIVE = WORDS["pejorative"]  # words of blame in a description (وصفه بأنه كاذب)
_DESCRIBED = 14  # words after a verb of describing where the description stands
_BEFORE_AFTER = WORDS["before_after"]
_TIME_UNITS = WORDS["time_units"]  # بعد يومين من هجوم: another act than the sentence's
_ANOTHER = WORDS["another"]  # هجوم جديد، توقيف ثلاثين امرأة أخرى: not one told before
_NEW = WORDS["new"]  # هجوم جديد (not أخرى): a new act, the outcome told before it in its sentence
_SIDE = WORDS["side"]  # من جهة أخرى: "on the other hand"
_PROPOSALS = WORDS["proposals"]  # رفضت أنقرة الطلب: the one who asked is the recipient
_ANOTHER_REACH = 4  # tokens after a trigger where "other", "new" may stand (توقيف نحو ثلاثين امرأة أخرى)
_ANSWER_REACH = 40  # tokens back from a stance's sentence where what it answers may end
_THREATENED_ACTS = {"ASSAULT", "SANCTION", "COERCE", "MOBILIZE"}  # what a threat threatens to do (PLOVER's modes)
_ELSEWHERE = 0.9  # the probability of "other" (sport, technology, culture) that puts an article off the news domain
_CHARGE = WORDS["charge"]  # بتهمة: the charge one is convicted of or arrested for
_BEHIND = WORDS["behind"]  # بالوقوف وراء، مسؤولية: blame for an act that happened
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "نا")  # normalised, longest first
_SPLIT_REST = 2  # words of a phrase that may follow its subject's name (قطعت السعودية علاقاتها)
_CONTENT = 6  # words between such a verb and the trigger of what it is about (a subject with its title)
_CONTENT_FAR = 14  # the same, for a content after its preposition (باعتقال، إلى وقف)
_DAMMA = "\u064f"
_MARKS = ("\u064b", "\u0652")  # the range of the short vowels and other marks written on letters
_ACCUSED_OBJECT = WORDS["accused_object"]  # ACCUSE verbs whose object, not subject, stands before ب (اتهم X بـ، ندد X بـ)
_MEDIA = WORDS["media_words"]
_CLOSE = 3  # words around a trigger where a `near` condition's word may stand
# types that PLOVER codes only between political actors (a country, a state body, a party, an
# armed group, an international organisation): between private people they are no news event
_BETWEEN_STATES = {"CONSULT", "AID", "SUPPORT", "COOPERATE"}
# words before a withdrawal or ceasefire that make it announced, not carried out (CONCEDE)
_IN_FORCE = WORDS["in_force"]  # a truce in force
_ANNOUNCED = WORDS["announced"]
_ANNOUNCING = WORDS["announcing"]  # أعلن: of those, the words that only tell
_DECIDED = _ANNOUNCED - _ANNOUNCING  # قرر، وافق، اتفاق: a release decided or agreed is a concession
_GOING_OUT = WORDS["going_out"]
_OPINIONS = {"SUPPORT", "REJECT", "ACCUSE", "AGREE"}  # what a poll measures
# verbs whose past is read as a passive where a count follows (قُتل 3 جنود، اعتقل 40 شخصا)
_PASSIVE_COUNTED = WORDS["passive_counted"]
_VAGUE_COUNTS = WORDS["vague_counts"]  # قتل عدد من، اعتقل العشرات: a count with no number
_KILLED = WORDS["killed"]  # lemmas of a killing told with no killer (the passive قُتل): the outcome of an attack
_SAID_HE = WORDS["said_he"]
_HIS_COUNTRY = WORDS["his_country"]
_HABITUAL = WORDS["habitual_present"]
_SUBJUNCTIVE = WORDS["subjunctive"]  # أن يزور: a visit to come
_COMMON_VERBS = 20000  # frequent words of the news lexicon where a present verb with ي is looked up
_WE = WORDS["we"]
_DURING_IT = WORDS["during_it"]  # زيارة يلتقي خلالها
_PURPOSE = WORDS["purpose"]
_STANCES = {"ACCUSE", "SUPPORT", "REJECT"}  # stances whose object may be an act: aimed at its doer
_MANNER = WORDS["manner"]  # ندد بشدة، أدان بأشد العبارات
_DENIAL = WORDS["denial"]  # نفت موسكو الاتهامات
_QUOTE_MARKS = NAME_QUOTES | {"'"}  # marks before a stance's object (أدان "الاستهداف")
_DEMONSTRATIVES = WORDS["demonstratives"]  # هذه المزاعم




def load() -> None:
    lexicon()
    load_confidence()


def _ranked(cues) -> tuple[Cue, ...]:
    """A word's cues, those with a condition first: the narrower reading wins where it holds
    (إعدام near حكم is a sentence, SANCTION; else an execution, ASSAULT)."""
    return tuple(sorted(cues, key=lambda c: c.when is None))


def _triggers(layers: TextLayers, entities: list[Entity],
              timed: frozenset[int] = frozenset()) -> list[tuple[int, int, tuple[Cue, ...], bool, int]]:
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
    for k, rest in _split_by_subject(layers, entities, inside, timed):
        cues = lex.phrase_forms[rest]
        # قطعت السعودية علاقاتها مع قطر: the subject's name splits the phrase (VSO); the verb is
        # the trigger, and the name after it its subject
        found.append((k, k + 1, _ranked(c._replace(kind="verb") for c in cues), layers.prefixes[k].endswith("س"),
                      layers.tokens[k].base_start))
    for k, t in enumerate(layers.tokens):
        if t.kind != "word" or k in inside:
            continue
        base = normalized(layers, t.base_start, t.stem_end)
        if base in lex.speech or t.norm in lex.speech:
            continue
        bare = normalized(layers, t.start, t.stem_end)  # وقعه: the و of the root taken for a conjunction
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
        if cues is None and t.stem_end == t.end:  # اعتذاره، مطالبتهم: a suffix the clitic analysis left on
            cues = _noun_before_suffix(lex, base)
        if cues is None and base.endswith("ا") and len(base) > 3:  # إضرابا، هجوما: the accusative of a noun
            # (not مصالحها "its interests": ة takes no alif, so ها after a real ه is a pronoun)
            cues = tuple(c for c in lex.words.get(base[:-1], ()) if c.kind == "noun" and not (
                c.lemma.endswith("ة") and layers.text[t.stem_end - 2] == "ه")) or None
        if cues is None and t.stem_start > t.base_start:  # without the article: nouns only
            nouns = [c for c in lex.words.get(normalized(layers, t.stem_start, t.stem_end), ()) if c.kind == "noun"]
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
        blocked = lex.words.get(t.norm, ())  # دعواهم، حققتها: a one-word NONE blocks the word, suffix and all
        if cues and all(c.type != "NONE" for c in cues) and not (blocked and all(c.type == "NONE" for c in blocked)):
            found.append((k, k + 1, _ranked(cues), future, start))
    return sorted(found, key=lambda x: x[0])


def _noun_before_suffix(lex, word: str) -> tuple[Cue, ...] | None:
    """The noun cues of a word read as a noun and a pronoun suffix (اعتذاره، مطالبتهم)."""
    for suffix in _PRONOUN_SUFFIXES:
        stem = word[:-len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        for form in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None):  # مطالبت → مطالبه
            nouns = tuple(c for c in lex.words.get(form, ()) if c.kind == "noun") if form else ()
            if nouns:
                return nouns
    return None


def _split_by_subject(layers: TextLayers, entities: list[Entity], inside: set[int], timed: frozenset[int]):
    """(verb token, phrase form) of the phrase cues whose first word stands before a name and
    whose other words follow it (قطعت السعودية علاقاتها، أطلقت السلطات الإيرانية سراح); marks
    the phrase's words as taken in `inside`."""
    lex, toks = lexicon(), layers.tokens
    for e in entities:
        spans = sorted(layers.token_range(m.start, m.end) for m in (*e.mentions, *e.nominals))
        starts = dict(spans)
        for a, b in spans:
            # a subject's block runs on past the entity's other spans (وزير الخارجية الأمريكي، مايك
            # بومبيو،); the name of an apposition has a comma, no verb, before it and is passed over
            b = _subject_end(layers, starts, b, timed)
            k = a - 1
            if k < 0 or k in inside or toks[k].kind != "word" or b >= len(toks) or toks[b].kind != "word":
                continue
            verb = normalized(layers, toks[k].base_start, toks[k].end)
            if is_participle(verb):
                continue  # ...، داعيا أنقرة إلى: the name after a participle is its object, not its subject
            # نشرت مدريد وحدات: the rows list the masculine past (نشر وحدات) of most phrases
            verbs = (verb, verb[:-1]) if verb.endswith("ت") and len(verb) > 3 else (verb,)
            words: list[str] = []
            for n in range(b, min(b + _SPLIT_REST, len(toks))):
                if toks[n].kind != "word" or n in inside:
                    break
                last = toks[n]
                # علاقاتها، سراحه: the last word may carry a pronoun
                forms = [" ".join([v, *words, normalized(layers, last.start, end)])
                         for v in verbs for end in (last.end, last.stem_end)]
                found = next((f for f in forms if f in lex.phrase_forms
                              and all(c.type != "NONE" for c in lex.phrase_forms[f])), None)
                if found is not None:
                    inside.update(range(k, n + 1))
                    yield k, found
                    break
                words.append(normalized(layers, last.start, last.end))


def _subject_end(layers: TextLayers, starts: dict[int, int], b: int, timed: frozenset[int]) -> int:
    """The token after a subject told by a title and a name (أجرى وزير الخارجية الأمريكي، مايك
    بومبيو، الأحد، اتصالا): past the entity's other spans that follow and a day set off by
    commas, with the commas around them, or a day right after the name (الحكومة العراقية الجمعة)."""
    toks = layers.tokens

    def comma(k: int) -> bool:
        return k < len(toks) and toks[k].kind == "punct" and layers.text[toks[k].start] in "،,"
    opened = False
    while True:
        if b in starts:
            b = starts[b]
        elif comma(b) and b + 1 in starts:
            b, opened = starts[b + 1], True
        elif comma(b) and b + 1 in timed:
            t = b + 1
            while t in timed:
                t += 1
            if not comma(t):
                break
            b, opened = t + 1, False  # ...، الأحد، : a day between two commas
        else:
            break
    if opened and comma(b):
        b += 1  # the comma that closes the apposition
    while b in timed and not opened:
        b += 1  # نفذت الحكومة العراقية الجمعة حكم الإعدام: a day right after the subject
    return b


def _first_complement(s: "Sentence", vj: int, i: int) -> bool:
    """Whether the noun at token i is the first complement of the verb ending before vj: after
    إلى/على or with ب/ل, and no other complement between (طالب طهران بإنهاء القمع والسماح
    بالاحتجاج: the protest is not what is asked for first)."""
    def complement(k: int) -> bool:
        return s.layers.prefixes[k][-1:] in ("ب", "ل") or s.words[k - s.i] in ("الي", "علي")
    opens = complement(i) or i > s.i and s.words[i - 1 - s.i] in ("الي", "علي")
    return opens and not any(complement(k) for k in range(vj, i - 1) if s.owner[k] is None)


def _contents_dropped(s: "Sentence", triggers: list, alleged: set, contents: list) -> list:
    """A noun or phrase trigger shortly after a verb of demand, refusal, threat, criticism or
    support is what that verb is about (طالب بالإفراج، رفضت مصر التعاون، هددت واشنطن بفرض
    عقوبات): one event, the verb's. What is agreed (اتفقا على عقد قمة) is an event of its own, to
    come, and so is a content told with its own clause (انتقد المفاوضات التي أجراها أوباما),
    and an attack someone is blamed for (بالوقوف وراء اغتيال): its first token goes to `alleged`.
    `triggers` are one sentence's; the contents dropped go to `contents`."""
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
        on_charge_sheet = bool(out) and out[-1][1] == i and s.words[out[-1][0] - s.i] in _CHARGE
        if charged and cue.type not in ("ASSAULT", "COERCE") or on_charge_sheet:
            continue  # not اتهامات بقتل المحتجين: the killing happened; بتهمة قتل زوجها: a crime on a charge sheet
        w = s.words[i - s.i]
        joined_verb = s.layers.prefixes[i][:1] in ("و", "ف") and (w.endswith("ت") and not w.endswith("ات") or w.endswith("وا"))
        if cue.kind != "verb" and cue.args != "claimed" and gap is not None and gap <= reach and not told and not joined_verb \
                and not punct_between(s, last_verb_end, i) and not (after_comma and (
                    purpose_form(s, i) or is_participle(w))):
            # (ونددت بالاتفاق واستدعت سفيرها: a verb joined by و is an act of its own)
            # (...، داعيا؛ ...، منددة: a participle after a comma is an act of its own)
            if cue.type in ("ASSAULT", "COERCE") and any(w in _BEHIND for w in s.words[last_verb_end - s.i:i - s.i]):
                # اتهم ظريف إسرائيل بالوقوف وراء اغتيال العالم: the killing happened; only who did it is alleged
                out.append((i, j, cues, future, start))
                alleged.add(i)
                continue
            vi, vj, vcues, vfuture, vstart = out[-1]
            if vcues[0].type == "SUPPORT" and cue.type == "SANCTION" and cue.mode == "convict":
                # (not رحبت السعودية بالعقوبات الأمريكية: a welcome, SUPPORT)
                out[-1] = (vi, vj, cues, vfuture, vstart)  # أيدت المحكمة حكما بالسجن: upholding a sentence sanctions
            elif vcues[0].type == "REQUEST" and cue.type == "PROTEST" and _first_complement(s, vj, i):
                # دعت النقابات إلى إضراب عام: a call to protest is the protest, to come (PLOVER codes
                # mobilising supporters to demonstrate as PROTEST); not دعا إلى إنهاء الإضراب
                out[-1] = (i, j, cues, True, start)
            elif vcues[0].type == "REQUEST" and cue.type == "CONSULT" and cue.mode == "visit" and _first_complement(s, vj, i):
                # دعا بوتين ترامب لزيارة موسكو: an invitation to visit is an AGREE (PLOVER); the visit is its content
                out[-1] = (vi, vj, tuple(c._replace(type="AGREE", mode=None) for c in vcues), vfuture, vstart)
            else:
                contents.append((i, j, cue, vi))
            continue
        out.append((i, j, cues, future, start))
        if cue.kind == "verb" and all(c.type not in _SPEECH_ACTS for c in cues) and cue_lemma(cue) not in _SUSPEND:
            last_verb_end = None  # تندد بالاتفاق، قبل أن تفرقهم الشرطة بالغاز: a verb of another act opens its clause
        if (cue.kind == "verb" or purpose_form(s, i) and cue.type == "REQUEST") and (all(c.type in _SPEECH_ACTS for c in cues)
                                                                                   or cue_lemma(cue) in _SUSPEND) \
                and any(_words_hold(s, i, j, c) for c in cues):
            # not حذرت السفارة من أن التنظيم قد يشن هجمات: a warning of risks tells no content;
            # علقت باكستان جميع الزيارات: what is suspended is no act of its own
            # not تعهد (AGREE or THREATEN); للمطالبة بتنحي: a demand has a content too, but what a
            # protest denounces (تنديدا بمقتل فلويد) is the event that moved it, and is coded
            last_verb_end = j
    return out


def _names_a_thing(s: Sentence, i: int, j: int) -> bool:
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
    complement = (w in PREP_WORDS or w in RELATIVE_PRONOUNS or w in _PREP_PRONOUNS or s.owner[j] is not None
                  or s.layers.prefixes[j][-1:] in ("ب", "ل"))
    return not complement


def _in_clause(s: Sentence, i: int, j: int, test, before: int = 6, after: int = 3) -> bool:
    """Whether a word that passes `test` stands in the clause of the trigger [i, j): a few words
    before it or after it, no clause end between."""
    toks, text = s.layers.tokens, s.layers.text
    for k in range(i - 1, max(s.i, i - before) - 1, -1):
        if toks[k].kind == "punct" and text[toks[k].start] in CLAUSE_END:
            break
        if test(s.words[k - s.i]):
            return True
    for k in range(j, min(s.j, j + after)):
        if toks[k].kind == "punct" and text[toks[k].start] in CLAUSE_END:
            break
        if test(s.words[k - s.i]):
            return True
    return False


def _written_otherwise(layers: TextLayers, i: int, cue: Cue) -> bool:
    """Whether a noun of the lexicon is matched only because normalisation drops what tells the
    words apart, in a text that writes it: a final ه for the lexicon's ة (مصالحه "its interests",
    مساعده "his aides"; a writer who writes ة elsewhere does not write ه for it, and استقالته is
    استقالة + ه), or an initial أ for the lexicon's إ (أبعادا "dimensions", not إبعاد)."""
    t = layers.tokens[i]
    written = layers.text[t.start:t.end]
    if cue.lemma.endswith("ة") and written.endswith("ه") and not written.endswith("ته") and "ة" in layers.text:
        return True
    return cue.lemma[:1] == "إ" and layers.text[t.stem_start:t.stem_start + 1] == "أ"


def _standing_present(s: Sentence, i: int, cue: Cue, aux) -> bool:
    """Whether the verb at token i, in the present in a sentence with no day and nothing to come
    or possible, tells an aim, a habit or a standing rule (words.tsv `habitual_present`:
    تستهدف الحكومة المستثمرين) or a standing stance (`stance_present`: فصائل تدعمها تركيا), not
    an act. Not after a particle of intent (قد يزور، أن يزور: a visit to come); a habit verb not
    in a relative clause (إعلان جدة الذي يلتزم فيه الطرفان: what a deal binds them to); a stance
    not where it is said now (قالت إن ألمانيا تدعم، أنها تدعم), in the first person (ندعم) or
    negated (لم يدعم: it did not)."""
    stance = cue_lemma(cue) in _STANCE_PRESENT
    if cue.kind != "verb" or not (stance or cue_lemma(cue) in _HABITUAL) or not _present(s.words[i - s.i], cue.lemma) \
            or any(k in s.timed for k in range(s.i, s.j)) or {"future", "hypothetical"} & set(aux) \
            or i > s.i and s.words[i - 1 - s.i] in _SUBJUNCTIVE:
        return False
    if not stance:
        return not any(w in RELATIVE_PRONOUNS for w in s.words[max(0, i - 2 - s.i):i - s.i])
    return not (s.words[i - s.i].startswith("ن") or "negation" in aux
                or any(w in COMPLEMENTIZERS or w[:2] == "ان" and lexicon().roles.get(w) == "break"
                       for w in s.words[max(0, i - 8 - s.i):i - s.i]))


def _first_plural(s: Sentence, i: int, cue: Cue) -> bool:
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


def _user_before(s: Sentence, i: int) -> Entity | None:
    """The name before a verbal noun of use with a pronoun (لاستخدامها، شنه) that stands right
    before token i: the one the pronoun stands for."""
    k = i - 1
    if k <= s.i or s.layers.tokens[k].kind != "word" or s.owner[k] is not None:
        return None
    t = s.layers.tokens[k]
    if t.stem_end == t.end or normalize_string(s.layers.text[t.base_start:t.stem_end]) not in _USE_NOUNS \
            and normalize_string(s.layers.text[t.start:t.stem_end]) not in _USE_NOUNS:
        return None
    return next((e for m, e in s.entities_before(k, limit=3) if can_act(e)), None)


def _demonym_country(s: Sentence, j: int, entities: list[Entity]) -> Entity | None:
    """The country a demonym right after a noun trigger names (غارة إسرائيلية، قصف روسي), if the
    article names that country; not a demonym that belongs to a name (s.owner)."""
    iso3 = demonym(s.words[j - s.i]) if s.owner[j] is None else None
    return country_entity(iso3, entities) if iso3 is not None else None


def _of_the_object(s: Sentence, j: int, cue: Cue) -> bool:
    """Whether the demonym at token j, after a trigger whose genitive is what is done to (args
    `object`), names the object rather than the doer: after a phrase that ends with the object
    (طرد دبلوماسيين روس), or as the definite genitive of an indefinite noun (اختطاف القطريين);
    an adjective agrees with the trigger (الاتهامات البريطانية، انتقادات إسرائيلية: the doer)."""
    if cue.args != "object":
        return False
    return cue.kind == "phrase" or not s.words[j - 1 - s.i].startswith("ال") and s.words[j - s.i].startswith("ال")


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


def _protested_before(s: Sentence, j: int, actor: Entity | None) -> Entity | None:
    """تظاهروا أمام السفارة الفرنسية، اعتصموا أمام مبنى وزارة التعليم العالي: a protest held in
    front of a political body's building is against that body (not a place, a school, a firm)."""
    for k in range(j, min(s.j, j + NEAR + 2)):
        if s.layers.tokens[k].kind == "punct":
            return None
        if s.words[k - s.i] == "امام":
            m = next((m for m in (k + 1, k + 2) if m < s.j and s.owner[m] is not None), None)
            e = s.owner[m] if m is not None else None
            # not أمام جامعة شريف: a university or a company is where, not whom
            return e if e is not None and e is not actor and e.type == "ORG" and _political(e) else None
    return None


def _stood_with(s: Sentence, j: int, e: Entity) -> bool:
    """Whether e is named after a word of solidarity (تضامنا مع رئيس الوزراء السابق عمران خان،
    دعما لغزة), a few words before its name, after token j."""
    first = next((m for m in range(j, s.j) if s.owner[m] is e), None)
    if first is None:
        return False
    return any(s.words[k - s.i] in _SOLIDARITY for k in range(max(j, first - 5), first))


def _supported(s: Sentence, e: Entity) -> bool:
    """Whether entity e is named in the sentence right after a word for its supporters (أنصار)."""
    return any(s.owner[m] is e and s.owner[m - 1] is None and s.words[m - 1 - s.i] in _SUPPORTERS
               for m in range(s.i + 1, s.j))


def _grievance_before(s: Sentence, i: int) -> bool:
    """Whether the trigger at token i is what a protest is against (احتجاجا على إعدام، رفضا
    لاعتقال): the grievance, not an act of the protesters."""
    return any(w in _GRIEVANCE for w in s.words[max(0, i - 2 - s.i):i - s.i])


def _in_protest(s: Sentence, j: int, actor: Entity | None) -> bool:
    """اقتحم أنصار التيار الصدري مبنى البرلمان ... احتجاجا على: a storming or a burning done in
    protest (a word of grievance after it in its sentence), by no body of the state, is a riot."""
    return (actor is None or actor.type != "LOC" and actor.sector not in _STATE_SECTORS) and any(
        w in _GRIEVANCE and w != "ضد" for w in s.words[j - s.i:j - s.i + _GRIEVANCE_REACH])


def _protested(s: Sentence, j: int, actor: Entity | None) -> Entity | None:
    """Whom a protest is against: the first person, body or country named within a few words
    after a word of grievance or demand that follows it (احتجاجا على خطة الحكومة اللبنانية، رفضا
    لقرار الرئيس، ضد الرئيس مادورو، للمطالبة بإسقاط حكومة الملقي), in its sentence."""
    for k in range(j, min(s.j, j + _GRIEVANCE_REACH)):
        demand = s.words[k - s.i] in _DEMANDED
        if s.words[k - s.i] not in _GRIEVANCE and not demand:
            continue
        for m in range(k + 1, min(s.j, k + 10)):
            mark = s.layers.text[s.layers.tokens[m].start]
            if s.layers.tokens[m].kind == "punct" and (mark in CLAUSE_END or mark in NAME_QUOTES):
                return None  # not ضد الرئيس جائزة "وورلد برس فوتو": another phrase
            e = s.owner[m]
            if e is None or s.owner[m - 1] is e:
                continue  # a name is judged by what governs its first word (بالإفراج عن ناصر الزفزافي)
            if demand and not (e.type in ("ORG", "PER") and e.sector == "GOV"):
                continue  # a demand is against a government or its head (not إسقاط الطائرة الأوكرانية، استقلال أقاليم في فرنسا)
            if e is not actor and can_act(e) and s.governed(m) in (None, "ل", "علي", "ضد"):
                # not ضد قانون يسمح بتسليم المطلوبين إلى الصين: a name further down the phrase; not
                # تنديدا بمقتل جورج فلويد: who suffered what is denounced
                return None if s.owner[m - 1] is None and _suffered(s.words[m - 1 - s.i]) else e
        return None
    return None


def _suffered(word: str) -> bool:
    """Whether a word is a noun of an act whose genitive suffered it (مقتل، اعتقال، اغتيال)."""
    return any(c.kind != "verb" and c.args in ("victim", "object") for c in lexicon().words.get(word, ()))


def _unrealised(s: Sentence, i: int) -> bool:
    """Whether a word of demand, wish, obligation, obstruction or talk stands in the few words
    before token i, in its clause (يلزم ميليشيا الحوثي بالإفراج، الدعوات للتوصل إلى هدنة)."""
    for k in range(i - 1, max(s.i, i - 5) - 1, -1):
        if s.layers.tokens[k].kind == "punct":
            return False
        if s.words[k - s.i] in _UNREALISED:
            return True
    return False


def _titled_after(s: Sentence, j: int, e: Entity) -> bool:
    """Whether e is named by a title right after the verb (وطالب الأمين العام غوتيريش): a subject."""
    start = s.layers.tokens[j].base_start if j < s.j else -1
    return any(n.start == start for n in e.nominals)


def _addressed(s: Sentence, j: int, e: Entity) -> bool:
    """Whether entity e, after a verb ending at j, is followed by على/إلى/ب: the one addressed
    (حث القوات على، دعا الحكومة إلى، طالب إسرائيل بوقف)."""
    m = next((m for m in range(j, min(s.j, j + 4)) if s.owner[m] is e), None)
    if m is None:
        return False
    m = s.name_end(m, e)
    if m >= s.j:
        return False
    return s.words[m - s.i] in ("علي", "الي") or s.layers.prefixes[m][-1:] == "ب"


def _noun_reading(s: Sentence, i: int) -> bool:
    """Whether a word that is a verb or a noun (قتل) reads as the noun: after the article or a
    word that governs a noun (محاولة، بعد، إثر، منذ، في)."""
    t = s.layers.tokens[i]
    return t.stem_start > t.base_start or (i > s.i and s.words[i - 1 - s.i] in NOUN_CONTEXT)


def _plural_after_person(s: Sentence, i: int) -> bool:
    """أصدر الملك محمد السادس عفوا: a plural verb form (فعلوا) right after one person's name
    cannot be his verb; it is the accusative of the noun."""
    return i > s.i and s.words[i - s.i].endswith("وا") and not s.layers.prefixes[i] \
        and s.owner[i - 1] is not None and s.owner[i - 1].type == "PER"


def _possessed_after_subject(s: Sentence, i: int) -> bool:
    """Whether a word with a pronoun suffix right after a verb's named subject is a noun
    (أعلن نتنياهو رفضه: his refusal), not a verb with its object; a clause that opens with
    the name (نتنياهو رفضه), or a subject after the word, make it a verb."""
    t = s.layers.tokens[i]
    return (i > s.i and s.owner[i - 1] is not None and t.stem_end < t.end and not s.layers.prefixes[i]
            and subject_before(s, i) is None and not unnamed_subject(s, i + 1)
            and (i + 1 >= s.j or s.owner[i + 1] is None))  # رجال الشرطة قتلهم المتشددون: a verb, its subject after


def _holds(s: Sentence, i: int, j: int, cue: Cue, actor, recipient) -> bool:
    """Whether a conditional cue's conditions hold (FORMAT.md of the trigger lexicon): all of
    them, where the row gives several (near:في;away:تقدما)."""
    return cue.when is None or all(_condition(s, i, j, when, actor, recipient, cue.kind) for when in cue.when.split(";"))


def _words_hold(s: Sentence, i: int, j: int, cue: Cue) -> bool:
    """Whether a cue's conditions on the words around it hold (near, away, unsaid); those on its
    arguments are left for later."""
    return cue.when is None or all(_condition(s, i, j, when, None, None) for when in cue.when.split(";")
                                   if when.startswith(("near:", "away:", "unsaid:", "from_it:", "first:", "first_not:")))


def _in_words(s: Sentence, i: int, j: int, actor: Entity | None) -> bool:
    """Whether an attack noun at [i, j) is a politician's or the press's attack in words (بهجوم
    ترامب على كيم، كثف أردوغان هجومه على دميرتاش): its own doer (its genitive or its pronoun; not
    أدان غني الهجوم) is a person in office or politics, on someone (not a place) after على, with
    no word of arms, gas or planes in its clause (أمر ترامب بهجوم صاروخي)."""
    if actor is None or not (actor.sector == "JRN" or actor.type == "PER" and actor.sector in _SPEAKING):
        return False
    t = s.layers.tokens[i]
    if not (j < s.j and s.owner[j] is actor or t.stem_end < t.end):
        return False
    on = next((k for k in range(j, min(s.j, j + 6)) if s.words[k - s.i] == "علي"), None)
    return on is not None and not (on + 1 < s.j and s.owner[on + 1] is not None and s.owner[on + 1].type == "LOC") \
        and not any(without_article(w) in _ARMED_ATTACK for w in s.words[j - s.i:min(s.j, j + WINDOW) - s.i])


def _condition(s: Sentence, i: int, j: int, when: str, actor, recipient, kind: str = "") -> bool:
    if when == "agent":
        return any(e is not None and can_act(e) for e in (actor, recipient))
    if when == "actor":
        return actor is not None and can_act(actor)
    if when == "political":  # اعتداء جنسي by soldiers, not a private crime
        return _political(actor) or _political(recipient)
    if when == "person":  # هاجم ترامب وسائل الإعلام: a person or a paper attacks in words
        if actor is not None:
            return actor.type == "PER" or actor.sector == "JRN"
        # هاجم نائب الوزير ... جون بولتون، هاجمت وسائل إعلام حكومية: a person attacked, the press attacking
        return recipient is not None and recipient.type == "PER" and not unnamed_subject(s, j) \
            or j < s.j and s.words[j - s.i] in _MEDIA  # (not هاجم مسلحون الصحفي: gunmen attack with arms)

    if when == "deal":  # الاتفاق على سحب، اتفاق مع، توصلا إلى اتفاق: an agreement made, not one named
        nxt = s.words[j - s.i] if j < s.j else ""
        named = s.words[j - 1 - s.i].startswith("ال")  # الاتفاقية مع إيران، اتفاق السلام مع: a deal named
        after = nxt == "علي" or j < s.j and s.layers.prefixes[j][-1:] == "ل" or not named and (
            nxt in ("بين", "مع") or j + 1 < s.j and s.words[j + 1 - s.i] == "بين")
        told = j < s.j and (nxt in _CONCLUDING or nxt in RELATIVE_PRONOUNS and j + 1 < s.j
                            and s.words[j + 1 - s.i] in _CONCLUDING)  # لاتفاق توصل إليه، الاتفاق الذي أعلن
        if any(w in _SIGNING for w in s.words[max(0, i - WINDOW - s.i):i - s.i]):
            return False  # وقعت روسيا، الجمعة، اتفاقا مع تركيا: the signing tells it (SUPPORT)
        return after or told or any(w in _CONCLUDING for w in s.words[max(0, i - _CLOSE - s.i):i - s.i])
    if when == "pejorative":  # وصف بنس بأنه أفعى سامة: a person described, or words of blame
        return recipient is not None and recipient.type == "PER" or any(
            w in _PEJORATIVE or w.startswith("ال") and w[2:] in _PEJORATIVE for w in s.words[j - s.i:j - s.i + _DESCRIBED])
    if when.startswith(("first:", "first_not:")):
        # حققت الشرطة في الحادث (first:في): an inquiry, not حققت مصر فائضا: achieved; علق روحاني على
        # (first_not:على): commented, not suspended. The first word after the verb, past its
        # subject (النيابة العامة، المدعي العام الخاص روبرت مولر) and a day
        words = set(when.partition(":")[2].split(","))  # normalised by the build, as near: and away:
        if when.startswith("first_not:"):
            k = j
            while k < s.j and k - j < 6 and (s.owner[k] is not None or k in s.timed or s.layers.tokens[k].kind == "punct"):
                k += 1
            return k >= s.j or s.words[k - s.i] not in words
        # first: one of the words comes before any object (an indefinite accusative, فائضا، تفوقا)
        # or the clause's end (تحقق مفوضة المعلومات البريطانية في، تحقق السلطات أيضا في)
        for k in range(j, min(s.j, j + 7)):
            w = s.words[k - s.i]
            if w in words:
                return True
            if s.layers.tokens[k].kind == "punct" and s.layers.text[s.layers.tokens[k].start] in CLAUSE_END:
                return False
            if s.owner[k] is None and k not in s.timed and len(w) > 3 and w.endswith("ا") \
                    and not w.startswith("ال") and w not in _ADVERB_WORDS:
                return False
        return False
    if when == "made":  # تهديد بالانسحاب: a threat made; not تهديد الحوثيين للملاحة، تهديد سلامة الطائرة: a danger
        verb = kind == "verb"
        for k in range(j, min(s.j, j + 4)):
            if verb and (s.owner[k] is not None or k in s.timed):
                continue  # هددت السعودية الأربعاء ... بتطويق: past the subject and the day
            prefix = s.layers.prefixes[k][-1:]
            if prefix == "ب":
                return True
            # (وحدة read as و + حدة by the clitics: the word as written counts too)
            if prefix == "ل" and not verb or without_article(s.words[k - s.i]) in _ENDANGERED \
                    or s.layers.prefixes[k] + s.words[k - s.i] in _ENDANGERED:
                return False  # (a verb's ل names the one threatened: يهدد ... للنساء)
            if verb:
                return True
        return True
    if when.startswith("from_it:"):  # الاتفاق الذي يريد ترامب الانسحاب منه: "from it", the noun told before
        told = set(when[8:].split(","))
        return told_before(s, i, j, lambda w: w in told or w.startswith("ال") and w[2:] in told) is not None
    if when.startswith("unsaid:"):  # العقوبات تستهدف، تستهدف العقوبات: not said of one of these nouns
        said_of = set(when[7:].split(","))
        subject = s.words[max(0, i - _CLOSE - s.i):i - s.i] + s.words[j - s.i:j + 2 - s.i]
        return not any(w in said_of or w.startswith("ال") and w[2:] in said_of for w in subject)
    away = when.startswith("away:")  # away: none of the words in the clause after it
    wanted = set(when[5:].split(","))  # near: one of them close by
    # away: the clause after it; near: three words before, the clause after (the subject may
    # stand between a verb and its object: أطلقت حركة حماس عشرات الصواريخ)
    lo, hi = (i, min(s.j, j + WINDOW)) if away else (max(s.i, i - _CLOSE), min(s.j, j + _CLOSE + 3))
    if not away:  # the words of a name after the verb (its subject), a day and marks do not count
        hi = min(s.j, hi + sum(1 for k in range(j, min(s.j, j + WINDOW)) if s.owner[k] is not None
                               or k in s.timed or s.layers.tokens[k].kind == "punct"))
        # nor those of a name before a noun (تقدم المفوضية السامية للأمم المتحدة مساعدات غذائية)
        lo = max(s.i, lo - sum(1 for k in range(max(s.i, i - WINDOW), i) if s.owner[k] is not None))
    for k in range(lo, hi):
        if k >= j and s.layers.tokens[k].kind == "punct" and s.layers.text[s.layers.tokens[k].start] in CLAUSE_END:
            if is_comma(s, k) and (k > j and (
                    s.owner[k - 1] is not None or k - 1 in s.timed) or k + 1 < s.j and (
                    s.owner[k + 1] is not None or k + 1 in s.timed)):
                continue  # تعهد الرئيس بشار الأسد، باستعادة؛ وقع القادة، الثلاثاء، على: a name or a day set off
            break  # a comma ends the clause; a slash (أيار/مايو) or a quotation mark does not
        if i <= k < j or not away and k > s.i and s.owner[k] is not None and s.owner[k - 1] is s.owner[k]:
            continue  # (near: not a word inside a name, لجنة العلاقات الخارجية: no ties suspended)
        w = s.words[k - s.i]
        full = s.layers.tokens[k].norm  # بأنها with its ب: near lists may name a word with clitics
        if w in wanted or full in wanted or (w.startswith("ال") and w[2:] in wanted):
            return not away
    return away


def _toll(s: Sentence, i: int) -> bool:
    """Whether the killing at token i is a war's toll: a war, a conflict or a campaign that
    "resulted in" it (أسفر النزاع عن مقتل، الحرب التي خلفت ... قتيل), or thousands killed."""
    before = s.words[max(0, i - s.i - 8):i - s.i]
    if any(w in _RESULTED for w in before[-4:]) and any(w in _TOLL for w in before):
        return True
    after = s.words[i - s.i + 1:i - s.i + 5]
    return any(w in _THOUSANDS for w in after)


def _carried_out(s: Sentence, i: int) -> bool:
    """Whether the words before a noun of withdrawal, release or ceasefire at token i tell it
    carried out (تم الإفراج عن، بدأ انسحاب، بعد انسحاب القوات، دخل وقف إطلاق النار حيز التنفيذ)."""
    return any(w in _CARRIED_OUT for w in s.words[max(0, i - s.i - 3):i - s.i]) \
        or any(w in _IN_FORCE for w in s.words[max(0, i - s.i - 3):i - s.i + WINDOW])


def _concession(s: Sentence, i: int, cue: Cue, aux: tuple) -> Cue:
    """A withdrawal, release or ceasefire agreed, decided or announced is a concession (CONCEDE),
    not yet the act (RETREAT): الاتفاق على سحب القوات، قرار سحب، أعلن الانسحاب."""
    if cue.type != "RETREAT":
        return cue
    if any(w in _IN_FORCE for w in s.words[max(0, i - s.i - 3):i - s.i + WINDOW]):  # لسريان اتفاق وقف إطلاق النار
        return cue  # دخل اتفاق وقف إطلاق النار حيز التنفيذ: agreed and now carried out
    told = _ANNOUNCED if cue.mode in ("withdraw", "ceasefire", None) else _DECIDED
    if "future" in aux or clause_has(s, i, lambda w: w in told) \
            or cue.mode in ("withdraw", "ceasefire") and _announcer(s, i) is not None:
        # (GUIDELINES: announced withdrawals and ceasefires; a release or a resignation only
        # announced is told as done: أعلن الجيش، الثلاثاء، إطلاق سراح جندي)
        return cue._replace(type="CONCEDE", mode=None)
    return cue


def _announcer(s: Sentence, i: int) -> Entity | None:
    """Who announces the noun trigger at i as the object of an announcing verb that opens the
    sentence, before an apposition or a day set off by commas (أعلنت الدنمارك، العضو في
    التحالف، الخميس، سحب قواتها): the name right after the verb, if it can act."""
    if i - s.i < 2 or not is_comma(s, i - 1):
        return None
    first = next((k for k in range(s.i, i) if s.layers.tokens[k].kind == "word"), None)
    if first is None or s.words[first - s.i] not in _ANNOUNCED or first + 1 >= i:
        return None
    e = s.owner[first + 1]
    return e if e is not None and can_act_as_subject(e) else None


def _conviction(s: Sentence, j: int, cue: Cue, actor: Entity | None) -> Cue:
    """A condemnation by a court, or one for a charge (دانته المحكمة بتهمة، الذي دانه القضاء
    الروسي غيابيا), is a conviction: SANCTION convict, not ACCUSE."""
    if cue.type != "ACCUSE" or cue.kind != "verb" or cue_lemma(cue) not in _CONDEMN:
        return cue
    charged = any(s.words[k - s.i] in _CHARGE and s.layers.prefixes[k].endswith("ب") for k in range(j, min(s.j, j + 4)))
    if charged or actor is not None and actor.sector == "JUD":
        return cue._replace(type="SANCTION", mode="convict")
    return cue


def find_events(layers: TextLayers, entities: list[Entity], on: date | None,
                times: list[TimeExpression] = (), quantities: list[Quantity] = (),
                quotes: list[Quote] = ()) -> list[Event]:
    owner = token_owners(layers, entities)
    by_id = {e.id: e for e in entities}
    timed = frozenset(k for t in times for k in range(*layers.token_range(t.start, t.end)))
    triggers = _triggers(layers, entities, timed)
    trigger_starts = [t[0] for t in triggers]
    para_starts = [p.start for p in layers.paragraphs]
    events: list[Event] = []
    told_at: dict[int, int] = {}  # a trigger's first token: the event it tells (its own or one told before)
    doers: dict[int, Entity] = {}  # the first token of an act told as what a stance is about: who did it
    pointed: dict[int, tuple] = {}  # a definite noun that points back to an act: (its type, whom it names as target)
    # sentences that count casualties: there, الهجوم tells an attack even with no one named
    casualties = {s.start for s in layers.sentences for q in quantities
                  if q.size and s.start <= q.start < s.end}
    counted = {layers.token_range(q.start, q.end)[0] for q in quantities}  # tokens that open a count
    off_domain, marked = _off_domain(layers)
    # an article about sport, a company or a film (domain.py): every sentence is off the news domain
    elsewhere = article_domain(layers)["other"] >= _ELSEWHERE
    accidents, polls = marked["accident"], marked["poll"]
    last_actor, last_para = None, -1
    weak: set[int] = set()  # events told so far only by their outcome (مقتل) or a crowd going out
    told_by_verb: set[int] = set()  # where the events told by a verb with a subject after it start
    by_noun: set[int] = set()  # the first tokens of triggers told by a noun (for `_told_by_its_noun`)
    last_verb = None  # (sentence start, token after the last verb trigger, its type, its event's index)
    last_doer = None  # (sentence start, token after the last trigger told by a verb, its actor)
    for sent in layers.sentences:
        si, sj = layers.token_range(sent.start, sent.end)
        s = Sentence(layers, si, sj, owner, timed)
        para = bisect.bisect_right(para_starts, sent.start) - 1
        if para != last_para:
            last_actor, last_para = None, para
        here = triggers[bisect.bisect_left(trigger_starts, si):bisect.bisect_left(trigger_starts, sj)]
        protest = any(t[2][0].type == "PROTEST" for t in here)
        alleged: set[int] = set()  # attacks someone is blamed for: they happened, by no one named
        contents: list = []
        for i, j, cues, future, start in _contents_dropped(s, here, alleged, contents):
            if j - i == 1 and _plural_after_person(s, i):  # أصدر الملك محمد السادس عفوا: the noun
                cues = tuple(c._replace(kind="noun") if c.kind == "verb" else c for c in cues)
            elif j - i == 1 and i > si and s.words[i - 1 - si] in _ANY and owner[i - 1] is None:
                # لم تتلق أي طلب رسمي، لم نقدم أي تنازل: only a noun follows أي (the verb's form is its
                # verbal noun); not سي آي إيه اجتمع, a name
                cues = tuple(c._replace(kind="noun") if c.kind == "verb" else c for c in cues)
            elif j - i == 1 and _noun_reading(s, i):  # محاولة قتل سكريبال: قتل is the noun "killing"
                cues = tuple(sorted(cues, key=lambda c: c.kind != "noun"))
            elif j - i == 1 and _possessed_after_subject(s, i):  # أعلن نتنياهو رفضه: "his refusal"
                cues = tuple(c._replace(kind="noun") if c.kind == "verb" else c for c in cues)
            for cue in cues:
                actor, recipient, place = find_arguments(s, i, j, cue, entities)
                if _holds(s, i, j, cue, actor, recipient):
                    break
            else:
                continue
            counted_after = j in counted or j < sj and s.words[j - si] in _VAGUE_COUNTS  # 3 جنود، عدد من
            if cue.kind == "verb" and actor is not None and (cue_lemma(cue) in _PASSIVE_COUNTED and counted_after
                                                             and subject_before(s, i) is None
                                                             and not subject_word_before(s, i)  # أن قواته قتلت 20
                                                             or _voweled_passive(layers, i)) \
                    and doer_after(s, j) is None:
                # قُتل ثلاثة جنود مصريين: a count after the verb is who suffered it (not إن الشرطة
                # قتلت 24 شخصا, whose subject stands before it); اعتُقل الغنوشي:
                # a passive the writer voweled; the doer only after على يد / من قبل
                actor, recipient = None, recipient or actor
            if cue.kind == "verb" and actor is not None and cue_lemma(cue) in _KILLED and killed_by(s, j, actor):
                # قتل جندي أميركي بانفجار عبوة ناسفة: the name after the unvoweled passive died; what
                # killed him follows it (a doer only after على يد / برصاص)
                actor, recipient = doer_after(s, j), actor
            if cue.kind != "verb" and actor is not None and cue.type in ("ASSAULT", "COERCE") and s.governed(i) and any(
                    e.recipient == actor.id and e.type in ("ASSAULT", "COERCE") and e.sentence.start == sent.start
                    for e in events[-3:]):
                actor, recipient = None, recipient or actor  # قتل 3 جنود ... في هجوم: the soldiers suffered it
            if cue.kind != "verb" and cue.type == "ASSAULT" and (user := _user_before(s, i)):
                actor = user  # للتنديد بسوريا لاستخدامها أسلحة كيماوية: the pronoun of the use is who used them
            if cue.kind != "verb" and actor is None and j < sj and (nation := _demonym_country(s, j, entities)):
                if not _of_the_object(s, j, cue):
                    actor = nation  # غارة إسرائيلية، عقوبات أمريكية: the adjective tells whose act
                elif recipient is None:
                    recipient = nation  # طرد دبلوماسيين روس، اختطاف القطريين: whose the object is
            elif cue.kind != "verb" and actor is not None and j < sj and owner[j] is None and not _of_the_object(s, j, cue) \
                    and not any(s.words[k - si] in PREP_WORDS or k > i and layers.prefixes[k] for k in range(i, j)) \
                    and (j == i + 1 or (last := without_article(s.words[j - 1 - si])).endswith(("ي", "يه"))
                         or any(c.kind == "noun" for c in lexicon().words.get(last, ()))) \
                    and (iso3 := demonym(s.words[j - si])) is not None and actor.country not in (None, iso3) \
                    and not any(owner[k] is actor for k in range(i, j)):
                # أعرب الاتحاد الأوروبي عن أسفه لإعادة فرض العقوبات الأمريكية: the adjective tells
                # whose act it is, not the subject of the clause (its country, if the article names it);
                # not after a phrase that ends with its object (التعاون مع التحقيق البريطاني، مقاطعة
                # المنتجات الفرنسية): the phrase must end with the act's noun or an adjective (غارات
                # جوية روسية، العملية العسكرية التركية)
                actor = country_entity(iso3, entities)
                if recipient is actor:
                    recipient = None
            if recipient is not None and actor is not None and recipient.type == "LOC" and recipient.country == actor.country \
                    and (actor.type == "LOC" or actor.sector in _STATE_SECTORS):
                recipient = None  # العقوبات الأمريكية التي قررت واشنطن: a state does not act on itself
            if cue.kind == "verb" and actor is not None and recipient is None \
                    and cue.type in ("ASSAULT", "COERCE", "RETREAT", "ACCUSE", "SUPPORT", "REJECT") \
                    and (nation := object_demonym(s, j, actor, entities)):
                # استهدفوا ناقلة نفط سعودية، قتلوا جنديا إسرائيليا: whose the object is; رحب المغرب
                # بالموقف الفرنسي، رفضت حماس المقترح الإسرائيلي: whose stance or plan it is about
                recipient = nation
            if cue.kind != "verb" and actor is not None and cue.type in ("ASSAULT", "COERCE") and any(
                    _voweled_passive(layers, k) and s.owner[k + 1] is actor for k in range(max(si, i - 8), i - 1)):
                actor, recipient = None, recipient or actor  # أُصيب الرئيس في هجوم: he suffered it
            if i in alleged:
                actor = None
            if QUADS[cue.type] == 4:  # a news agency reports attacks and arrests; it neither does nor suffers them
                actor, recipient = (None if _reporter(e) else e for e in (actor, recipient))
            # وقال العبادي إن ...، داعيا السكان؛ ...، وطالب المصريين بـ: after reported speech, the
            # speaker is the subject of the clause that goes on
            speaker = _speaker(quotes, by_id, lambda q: q.cue is not None and sent.start <= q.cue.start < start)
            if speaker is not None and (not can_act_as_subject(speaker)
                                        or speaker.type == "PER" and s.words[i - si].endswith(("وا", "ون"))):
                speaker = None  # وقال ...، ورفضوا: a plural verb has another subject than one person
            if speaker is not None and actor is not None and actor is not speaker and i > si \
                    and layers.tokens[i - 1].kind == "punct" and is_participle(s.words[i - si]) \
                    and (at := s.first_token(actor)) is not None and at < i and any(
                        q.speaker == speaker.id and q.content.start <= layers.tokens[at].start < layers.tokens[i].start
                        for q in quotes if q.cue is not None and sent.start <= q.cue.start < start):
                # قال كيري إن بلاده لم تتلق طلبا لتسليم غولن، داعيا أنقرة: the name inside what
                # was said is no subject; the speaker goes on
                actor = speaker
            if actor is None and speaker is not None and i > si and layers.tokens[i - 1].kind == "punct" and (
                    cue.kind == "verb" and _continues(s, i) or is_participle(s.words[i - si])
                    and not any(e.sentence.start == sent.start for e in events[-1:])):
                actor = speaker
            told_by_verb_here = _told_by_verb(s, i, cue)
            if told_by_verb_here and _continues(s, i) and last_actor is not None and actor is not last_actor \
                    and not (j < sj and s.words[j - si] in UNNAMED_PLURALS):  # (كما انتقدت دول عدة: a subject of its own)
                if actor is None:
                    actor = last_actor  # وتعهدت بعدم ...: the subject of the clause before goes on
                elif cue.kind == "verb" and (cue.type in ("REQUEST", "THREATEN") or cue_lemma(cue) in _ACCUSED_OBJECT) \
                        and _addressed(s, j, actor) \
                        and not _titled_after(s, j, actor):
                    # وحث القوات الأميركية على الرحيل: the one urged, the speaker before goes on;
                    # not ورحب المبعوث الأممي غروندبرغ بالخطوة: who welcomes or condemns is the subject
                    actor, recipient = last_actor, actor
            if actor is None and told_by_verb_here and layers.prefixes[i].startswith("و") and last_doer \
                    and last_doer[0] == sent.start and last_doer[1] <= i \
                    and s.words[j - si:j - si + 2] not in AGENT_MARKERS \
                    and not responded_to(layers, i):  # (وقتل من قبل حشد: a passive; ردا على خطف وقتل: a noun)
                # طردت السعودية السفير الكندي وجمدت العلاقات: a verb joined by و with no subject of
                # its own has the subject of the verb before it in its sentence
                actor = last_doer[2]
            t = layers.tokens[i]
            if cue.kind == "verb" and j == i + 1 and t.stem_end < t.end and actor is not None \
                    and recipient is None and last_actor is not None and last_actor is not actor:
                recipient = last_actor  # ووصل كيم ... حيث استقبله مون: the pronoun is who was named before
            if cue.kind == "verb" and i > si and s.words[i - 1 - si] in _SAID_HE:
                # قال ترامب إنه سيزور الصين: the pronoun after إن is the speaker, the name after the verb its object
                speaker = _speaker(quotes, by_id,
                                   lambda q: layers.tokens[i - 1].end <= q.content.start <= layers.tokens[i].start)
                if speaker is not None and speaker is not actor and can_act_as_subject(speaker):
                    actor, recipient = speaker, recipient or actor
            if actor is None and cue.kind != "verb" and i > si and s.words[i - 1 - si] in COMPLEMENTIZERS \
                    and t.stem_end < t.end:
                # كشف ترامب أن محادثاته مع كيم ستجري: the pronoun on a noun right after أن is the speaker's
                speaker = _speaker(quotes, by_id,
                                   lambda q: layers.tokens[i - 1].end <= q.content.start <= layers.tokens[i].start)
                if speaker is not None and speaker is not recipient and can_act_as_subject(speaker):
                    actor = speaker
            if cue.kind == "verb" and j + 1 < sj and s.words[j - si] == "في" and (body := owner[j + 1] or (
                    owner[j + 2] if j + 2 < sj and s.words[j + 1 - si] in descriptors() else None)) is not None \
                    and body.type == "ORG" and _first_plural(s, i, cue):
                # "ندين في اللجنة الدولية للصليب الأحمر هذا التصرف": we, in the body, condemn: the body acts
                actor, recipient = body, (None if recipient is body else recipient)
            if actor is None and (k := next((k for k in range(i - 1, max(si, i - 4) - 1, -1)
                                             if s.words[k - si] in _HIS_COUNTRY | _WE), None)
                                  if not _first_plural(s, i, cue) else i) is not None:
                # قال كاميرون إن بلاده ستفرض عقوبات، قال بايدن "نريد أن نستمر بدعم العراق": the
                # speaker's country acts (he does, where it is not named)
                speaker = _speaker(quotes, by_id, lambda q: q.content.start <= layers.tokens[k].start < q.content.end)
                if speaker is not None and speaker is not recipient and can_act(speaker):
                    actor = country_entity(speaker.country, entities) or speaker  # the country, where named
            if cue.args == "payer":  # قال بايدن إن روسيا ستدفع ثمنا باهظا: Russia is threatened, Biden threatens
                speaker = _speaker(quotes, by_id, lambda q: q.content.start <= layers.tokens[i].start < q.content.end)
                actor, recipient = (speaker if speaker is not actor else None), actor
            prev = events[-1] if events and events[-1].sentence.start == sent.start else None
            if is_participle(s.words[i - si]) and layers.tokens[i - 1].kind == "punct":
                # اتهم المجلس العسكري ... في بيان تلاه العقيد ...، متوعدا: the subject of the last
                # act told by a verb (not of an act it tells of: وصف ملادينوف أعمال القنص الإسرائيلية ...، داعيا)
                by_verb = max((k for k in told_at if si <= k < i and k not in by_noun), default=None)
                main = events[told_at[by_verb]] if by_verb is not None else prev
                if main is not None and main.actor and main.actor != (recipient and recipient.id):
                    actor = by_id[main.actor]
            if cue.kind == "verb" and prev is not None and prev.actor and j < s.j and s.words[j - s.i] in _DURING_IT \
                    and layers.tokens[i - 1].end == prev.trigger.end:
                # في زيارة يلتقي خلالها الرئيس السيسي: the visitor meets; the name after is met
                actor, recipient = by_id[prev.actor], actor or recipient
            elif cue.kind == "verb" and cue.type == "CONSULT" and prev is not None and prev.actor \
                    and prev.type == "CONSULT" and prev.mode == "visit" and layers.prefixes[i].startswith("و") \
                    and actor is not None and actor.id != prev.actor and cue_lemma(cue) not in HOSTS:
                # زار فانكهاوزر القاهرة والتقى رئيس الوزراء: the visitor meets; the name after is met
                actor, recipient = by_id[prev.actor], actor
            if cue_lemma(cue) in HOSTS:  # استقبل السيسي ماكرون: PLOVER codes the visitor as actor, the host as recipient
                actor, recipient = recipient, actor
            if actor is None and cue.kind == "noun" and last_actor is not None and _purpose(s, i):
                actor = last_actor  # وصل قاآني ... بهدف عقد اجتماعات: who came means to meet
            # a participle after a comma opens its own clause: what governs the clause before is not its
            nominal = cue.kind != "verb" and not (is_participle(s.words[i - si]))
            ahead = "future" in find_modality(s, i, j, future, None, None, nominal)
            when = date_of(layers, s, i, j, times, None if ahead else on, cue.kind == "noun")
            aux = find_modality(s, i, j, future, on, when, nominal)
            cue = _concession(s, i, cue, aux)
            if cue.type == "CONCEDE" and actor is None and cue.mode is None:
                actor = _announcer(s, i)  # أعلنت الدنمارك، العضو في التحالف، الخميس، سحب قواتها
            cue = _conviction(s, j, cue, actor)
            if cue.type == "ACCUSE" and cue.kind != "verb" and (d := _denied(s, i)) is not None:
                # نفت موسكو الاتهامات الأمريكية: Moscow rejects the accusation (REJECT), it accuses no one;
                # the accuser is who is named after the noun, or its demonym
                at = s.first_token(actor) if actor is not None else None
                denier = next((e for m, e in s.entities_after(d + 1) if m < i and can_act_as_subject(e)), None) \
                    or subject_before(s, d) or (actor if at is None or at < i else None)
                # (not نفى البيت الأبيض المزاعم بأن ترامب ...: who is named in what is alleged)
                accuser = (owner[j] if owner[j] is not None and can_act(owner[j]) and owner[j] is not denier else None) \
                    or _demonym_country(s, j, entities) if j < sj else None
                if accuser is None and denier is not None:  # هذه المزاعم: the accusations made against it before
                    made = {x.actor for x in events if x.type == "ACCUSE" and x.recipient == denier.id and x.actor}
                    accuser = by_id[made.pop()] if len(made) == 1 else None
                aux = tuple(a for a in aux if a != "negation")
                if accuser is not None and owner[j] is accuser:  # اتهامات كندا: the accusation made is told too
                    told_at[i] = len(events)
                    events.append(Event("ACCUSE", Span(start, layers.tokens[j - 1].end), cue.mode, accuser.id,
                                        denier and denier.id, place and place.id, when, aux, QUADS["ACCUSE"],
                                        Span(sent.start, sent.end), actor_code(accuser), actor_code(denier),
                                        context=_contexts(s)))
                cue = cue._replace(type="REJECT", mode=None, kind="verb" if d + 1 == i else cue.kind)
                actor, recipient = denier, accuser if accuser is not denier else None
            if cue.args == "claimed":  # اتهمت باكستان طالبان ...، وهو ما تنفيه كابول: the accuser is the recipient
                told = next((e for e in reversed(events) if e.sentence.start == sent.start and e.type == "ACCUSE"
                             and e.trigger.start < start), None)
                if told is None:
                    continue  # a report denied, no accusation
                # the one who denies is named right after (ما تنفيه كابول), else no one named (ما نفته جميع الأطراف)
                actor = next((e for m, e in s.entities_after(j, limit=2) if can_act_as_subject(e)), None)
                recipient = by_id.get(told.actor) if told.actor != (actor and actor.id) else None
            verbal = _told_by_verb(s, i, cue)  # (cue may have been read anew since told_by_verb_here)
            if cue.type == "RETREAT" and cue.mode != "resign" and not verbal and when is None \
                    and "negation" not in aux and not _carried_out(s, i) \
                    and not (cue.mode == "release" and clause_has(s, i, lambda w: w in _ANNOUNCING)):
                # (أعلنت السلطات الإفراج عن ثلاثة صحفيين: a release announced is told as done)
                continue  # نزع السلاح النووي، تسليم السلاح، الهدنة: a withdrawal named, demanded or talked about
            toks = layers.tokens
            between_them = j < s.j and s.words[j - s.i] in _BETWEEN_THEM  # عقد أول قمة بينهما: two sides, named before
            # (a summit with its place is an event whoever attends: القمة الأفريقية التي ستعقد في نواكشوط)
            summit = cue.mode == "multilateral" and place is not None
            if actor is None and recipient is None and cue.type not in VIOLENT and not between_them and not summit and (
                    not verbal or _present(s.words[i - s.i], cue.lemma)
                    or cue.kind == "phrase" and s.words[i - s.i][:1] in "يتن"):  # (a present phrase, تدعو إلى: a stance)
                continue  # يؤيدون نموذج الحكم الذاتي، موضع تفاوض: a stance or an idea, no one's act
            if actor is None and recipient is None and place is None and cue.kind != "verb":
                t = toks[i]
                if t.stem_start > t.base_start and sent.start not in casualties:
                    pointed[i] = (cue.type, None)  # ودان ... الغارات: no event of its own, but it points back
                    continue  # a bare definite noun (الهجوم) names a thing, not an event
            if not future and _standing_present(s, i, cue, aux):
                continue  # تستهدف الحكومة المستثمرين: an aim, not an act (unless dated); فصائل تدعمها تركيا: a standing stance
            if cue.kind == "noun" and (_names_a_thing(s, i, j) or _written_otherwise(layers, i, cue)):
                continue
            if cue.type == "AID" and cue.kind == "noun" and layers.prefixes[i][-1:] == "ل" \
                    and toks[i].stem_start == toks[i].base_start:
                continue  # بتقديم الخبرة لمساعدة المزارعين: "to help", the purpose of another act
            if _in_clause(s, i, j, lambda w: w in _HABITUAL_WORDS):
                continue  # دأبت الجماعة على استهداف، لطالما انتقد: a habit, not an event
            if cue.type == "ASSAULT" and (i > si and s.words[i - 1 - si] in _CEASEFIRE_HEADS or layers.prefixes[i][-1:] == "ل"
                                          and any(w in _CEASEFIRE_HEADS for w in s.words[max(0, i - 4 - si):i - si])):
                continue  # وقف غير مسبوق لإطلاق النار، بإيقاف القتال: the fighting is what is stopped
            if cue.type == "ASSAULT" and cue.kind != "verb" and cue.mode in ("heavy-weapons", "explosives") \
                    and any(w in _WEAPON_HANDLING for w in s.words[max(0, i - 4 - si):i - si]):
                continue  # نقلت إيران صواريخ باليستية، صفقة لبيع قطر صواريخ موجهة، تفكيك عبوات ناسفة: arms, no attack
            if cue.kind == "noun" and layers.prefixes[i][-1:] == "ل" \
                    and normalized(layers, toks[i].stem_start, toks[i].stem_end) in _TO_FIGHT:
                continue  # التحالف الدولي لقتال تنظيم داعش، تجنيد أشخاص للقتال: "to fight", a purpose
            if cue.kind != "verb" and i > s.i and s.words[i - 1 - s.i] in _KNOWN_FOR and layers.prefixes[i][-1:] == "ب":
                continue  # الصحفي المعروف بانتقاده للكرملين: a trait, not an act
            if cue.kind != "verb" and i > s.i and s.words[i - 1 - s.i] in _ANY and "negation" not in aux:
                # أي هجوم كيماوي جديد: a kind of act, none done; لم تجر كوريا أي تجربة: one denied
                if not _in_clause(s, i, i, lambda w: w in _NEGATIONS, before=i - s.i, after=0):
                    continue
                aux = tuple(a for a in AUX_ORDER if a in aux or a == "negation")
            if cue.kind != "verb" and cue.type not in VIOLENT and _unrealised(s, i):
                continue  # مطالبة بانسحاب الحوثيين، منع وصول المساعدات، خطة فرض رسوم: asked for, blocked, planned
            if cue.kind != "verb" and last_verb and last_verb[:1] == (sent.start,) and last_verb[2] == cue.type and (
                    actor is None or actor.id in (events[last_verb[3]].actor, events[last_verb[3]].recipient)
                    or any(owner[k] is actor for k in range(last_verb[1], i))) and (
                    all(owner[k] is not None or k in timed or k == i - 1 and s.words[k - si] in ("الي", "علي")
                        for k in range(last_verb[1], i))
                    or cue.type == "CONSULT" and s.governed(i) == "في"
                    and (cue.mode == "visit") == (events[last_verb[3]].mode == "visit")):
                # قدمت السعودية منحة، فرضت واشنطن أمس عقوبات: the verb's object tells its act
                # again; بحث السيسي مع ماكرون، في اتصال هاتفي؛ يزور ... في جولة: how it was held;
                # not استضافت إسطنبول جولة مفاوضات بين روسيا وأوكرانيا, whose sides are the noun's own
                k = told_at[i] = last_verb[3]
                if events[k].mode is None and cue.mode:
                    events[k] = replace(events[k], mode=cue.mode)
                if actor is not None and recipient is not None and None in (events[k].actor, events[k].recipient):
                    # جولة مفاوضات بين روسيا وأوكرانيا: the noun names both sides
                    events[k] = replace(events[k], actor=actor.id, recipient=recipient.id,
                                        actor_code=actor_code(actor), recipient_code=actor_code(recipient))
                continue
            if (cue.kind == "verb" or is_participle(s.words[i - si])) and i > s.i and (
                    layers.tokens[i - 1].kind == "number" or s.words[i - 1 - s.i] in number_words()):
                continue  # اعتقلت الشرطة أكثر من 100 طالب، أحال 20 متهما: a counted noun (student, defendant), not a verb
            if cue.kind == "verb" and i > s.i and s.words[i - 1 - s.i] in ("من", "لمن", "فمن") \
                    and not layers.prefixes[i]:
                continue  # رئيس لكل المصريين من اتفق معه أو اختلف: whoever agreed, no one's act
            if cue.kind != "verb" and cue.type not in VIOLENT and i > s.i and s.words[i - 1 - s.i] in TOPIC:
                continue  # محادثات بشأن هدنة، مفاوضات حول اتفاق: what talks are about, not an event
            domain = off_domain.get(sent.start) or ("elsewhere" if elsewhere else None)
            # in sport and culture a country is a team or a film's origin: only a state body counts
            teams = domain in ("sport", "culture", "elsewhere")
            if domain and not (_political(actor, teams) or _political(recipient, teams)):
                continue  # a match "hosted", a company that "targets" a market: no political event
            if cue.type == "SANCTION" and cue_lemma(cue) == _SIEGE and actor is not None and actor.sector in _ARMED:
                # فرضت ميليشيات الحوثي حصارا على مدينة التحيتا، أحكم الجيش حصاره على المليشيات:
                # a siege by forces is repression (COERCE restrict); a state's blockade is a sanction
                cue = cue._replace(type="COERCE", mode="restrict")
            if cue.type == "ASSAULT" and cue.kind == "noun" and cue_lemma(cue) in _ATTACK_NOUNS and _in_words(s, i, j, actor):
                cue = cue._replace(type="ACCUSE", mode="disapprove")  # هجوم ترامب على كيم: an attack in words
            if cue.type == "MOBILIZE" and cue_lemma(cue).split()[0] in _EXERCISES and any(
                    w == "بين" or w == "مع" and s.words[k + 1 - si:k + 2 - si] != ["ذلك"]
                    for k, w in enumerate(s.words[j - si:min(sj, j + 4) - si], j)):
                cue = cue._replace(type="COOPERATE", mode=None)  # مناورات مع كوريا الجنوبية، بين الجيشين: joint
            if cue.type in _BETWEEN_STATES and (actor or recipient) and not (_political(actor) or _political(recipient)):
                continue  # a mother's prison visit, a call to a friend, help from relatives: private life
            # a storming or a burning may be the protesters' riot; an arrest is done to protesters,
            # never by them (تم اعتقال عشرات المحتجين، توقيف نساء كشفن عن رؤوسهن احتجاجا على القانون)
            may_riot = cue.type in ("COERCE", "ASSAULT") and cue.mode != "arrest" and not _grievance_before(s, i)
            if may_riot and (_protesters(s, i) and not _political(actor) or _in_protest(s, j, actor)):
                cue = cue._replace(type="PROTEST", mode="riot")  # اقتحم المحتجون المقار: a riot
            elif may_riot and cue.kind == "verb" and _protesters(s, i, before=True):
                # مئات المحتجين قد اقتحموا مقر القنصلية: the crowd before the verb acts; the body
                # named after it is what they stormed
                cue = cue._replace(type="PROTEST", mode="riot")
                actor, recipient = None, recipient or actor
            if cue.type == "REQUEST" and _told_to_leave(s, j):
                cue = cue._replace(type="SANCTION", mode="expel")  # طلبت إسرائيل من القنصل التركي مغادرة أراضيها
            if cue.type == "COERCE" and cue_lemma(cue) in _DISPERSE and sent.start in casualties:
                cue = cue._replace(type="ASSAULT", mode="crowd-control")  # فرقت قوات الأمن الاعتصام ... مقتل 35: by force
            if cue.type == "ASSAULT" and _toll(s, i):
                continue  # النزاع الذي أسفر عن مقتل أكثر من 10 آلاف شخص: a war summed up
            if sent.start in accidents and (cue.type in ("ASSAULT", "COERCE") and not _political(actor)
                                            or cue.type == "MOBILIZE"):
                continue  # قتل 50 شخصا في تحطم طائرة، حاصرت السيول السكان: no one's act; انتشر الجيش لمساعدة المنكوبين: relief
            if cue.type == "RETREAT" and cue.mode == "release" and any(
                    w in _FUNDS and s.words[k - 1 - si] == "عن" for k, w in enumerate(s.words[j - si:min(sj, j + 6) - si], j)):
                continue  # أفرجت الولايات المتحدة عن مساعدة عسكرية لمصر: funds released are aid (AID), no one freed
            if cue.type == "SANCTION" and cue.kind != "verb" and any(
                    w in _UP_TO for w in s.words[j - si:min(sj, j + 3) - si]):
                continue  # يعاقب عليها القانون بالسجن لمدة تصل إلى أربع سنوات: a legal maximum, no sentence
            if cue.type == "MOBILIZE" and cue.kind != "verb" and any(
                    c[0].type == "ASSAULT" and i - 4 <= b <= i for a, b, c, *_ in here):
                continue  # قصفت مقاتلات التحالف تعزيزات للحوثيين: the reinforcements are what is struck
            if cue.type in ("SUPPORT", "AID", "ASSAULT", "COOPERATE") and cue.kind == "verb" and i > si \
                    and s.words[i - 1 - si] in RELATIVE_PRONOUNS and _present(s.words[i - si], cue.lemma) and not future:
                continue  # الحكومة السورية التي تدعمها روسيا، حزب الله التي تقاتل في صف دمشق: an epithet
            if sent.start in polls and cue.type in _OPINIONS:
                continue  # أظهر استطلاع أن 60% يؤيدون أردوغان: opinions measured, no one's act
            if protest and cue.type in _SPEECH_ACTS and purpose_form(s, i):
                continue  # تظاهروا رفضا للقرار، للمطالبة بالإفراج، تضامنا مع: what the protest is for
            if cue.type in _SPEECH_ACTS and i > s.i and s.words[i - 1 - s.i] in _SLOGANS:
                continue  # ردد المتظاهرون هتافات تطالب برحيل الرئيس: what the crowd chants is what it protests for
            if cue.type == "ACCUSE" and cue.kind == "noun" and "ب" in layers.prefixes[i] and any(
                    e.sentence.start == sent.start and e.type in ("COERCE", "SANCTION") for e in events[-3:]):
                continue  # اعتقلت الشرطة مرشحا بتهمة الفساد: the grounds of the arrest, not an accusation
            if cue.type == "PROTEST" and actor is None and recipient is not None and _supported(s, recipient):
                actor, recipient = recipient, None  # خرج الآلاف من أنصار حركة الإنصاف: the party's side protests
            if cue.type == "PROTEST" and recipient is not None and _stood_with(s, j, recipient):
                recipient = None  # تضامنا مع عمران خان: whom a protest stands with is not whom it is against
            if cue.type == "PROTEST" and recipient is None:
                recipient = _protested_before(s, j, actor) or _protested(s, j, actor)  # the embassy before what angered them
            if cue.type == "PROTEST" and actor is not None and (actor.type == "LOC" or actor.sector in _STATE_SECTORS and (
                    cue.kind != "verb" or j >= sj or owner[j] is not actor)):
                # شهدت مدينة الحسيمة مسيرة، أعلنت الحكومة الطوارئ تحسبا لاحتجاجات، تظاهر الآلاف ...
                # برصاص الشرطة: people protest (a state body protests only as the verb's subject)
                actor = None
            if actor is not None and cue.args != "passive":
                last_actor = actor  # the subject of a clause (not the backer in المدعومة من واشنطن) may go on
            if cue.type == "ASSAULT" and cue.kind != "verb" and (stopped := _stopped_by(s, i)) is not None:
                held, repelled = stopped
                if repelled:  # تصدى الجيش لهجوم واسع لتنظيم داعش: who repels an attack is its target
                    actor, recipient = (recipient, actor) if held is actor else (actor, recipient or held)
                else:  # أحبطت الشرطة هجوما: who foils it neither did it nor was its target
                    actor, recipient = (None if actor is held else actor), (None if recipient is held else recipient)
            if recipient is actor:
                recipient = None  # (ما اتفقنا عليه, said by a Jordanian: "we" is the actor, no one is done to)
            event = Event(cue.type, Span(start, toks[j - 1].end), cue.mode,
                          actor and actor.id, recipient and recipient.id, place and place.id, when,
                          aux, QUADS[cue.type], Span(sent.start, sent.end), actor_code(actor), actor_code(recipient),
                          context=_contexts(s))
            t_last = toks[j - 1]
            if cue.kind == "noun" and actor is not None and t_last.stem_end < t_last.end and any(
                    e.type == cue.type and e.actor == actor.id for e in events):
                continue  # سيلتزمون بتعهدهم: "their pledge" is the one told before
            if cue.kind != "verb" and when is None and _definite(layers, i, j) \
                    and not (j < sj and s.words[j - si] in RELATIVE_PRONOUNS) \
                    and (k := anaphor_of(events, event)) is not None:
                # الاجتماع، الهجوم الكيماوي على دوما، قمته مع كيم: the meeting, the attack told
                # before (not الاجتماع الذي جمع كيم بمون: a relative clause tells which one)
                events[k] = merge(events[k], replace(event, actor=None, recipient=None))
                pointed[i] = (cue.type, recipient)
                continue
            k = _told_by_its_noun(s, i, told_at, by_noun, events) \
                if told_by_verb_here and cue.type == "ASSAULT" else None
            if k is not None and not carries_object(s, j - 1):
                # the noun is the verb's subject: a doer only behind برصاص، من قبل (not صاروخ
                # أطلقته ميليشيات الحوثي: the verb's pronoun is the noun, the name its subject)
                doer = doer_after(s, j)
                event = replace(event, actor=doer and doer.id, actor_code=actor_code(doer))
            elif not (apart_how := _told_apart(layers, event)):
                k = next((k for k in range(len(events) - 1, -1, -1) if same_action(events[k], event)), None)
            elif apart_how == "new" and j < sj and s.words[j - si] in _NEW:
                # قتل خمسة مدنيين في هجوم جديد: a new attack, the deaths told before it its outcome
                # (not قتل خمسة مدنيين وأصيب آخرون: other people, another act)
                k = next((k for k in weak if events[k].sentence == event.sentence and same_action(events[k], event)), None)
            if k is None and cue.type == "PROTEST" and not _crowd_out(cue):
                # خرج الآلاف من أنصار الحركة ... في مسيرة تضامنا مع: the march the crowd went out in
                k = next((k for k in weak if events[k].type == "PROTEST" and events[k].sentence == event.sentence
                          and set(events[k].aux) == set(event.aux)), None)
            if cue.kind == "verb":
                last_verb = (sent.start, j, cue.type, len(events) if k is None else k)
            if told_by_verb_here and actor is not None:
                last_doer = (sent.start, j, actor)
            if k is not None:  # the same action told again (وصل في زيارة ... الزيارة): one event
                merged = merge(events[k], event)
                if k in weak and cue.args != "victim" and not _crowd_out(cue) and merged.sentence == event.sentence:
                    # مقتل 8 جنود إثر هجوم: the attack is the action, the deaths its outcome
                    merged = replace(merged, trigger=event.trigger, mode=event.mode or merged.mode)
                    weak.discard(k)
                events[k] = merged
                told_at[i] = k
                if not told_by_verb_here:
                    by_noun.add(i)
                continue
            if cue.args == "victim" or cue_lemma(cue) in _KILLED and actor is None or _crowd_out(cue) \
                    or cue.mode == "unconventional" and cue.kind == "phrase":
                # مقتل 8 جنود، قتل 3 جنود (passive) ... في هجوم: told by its outcome; خرج الآلاف ...
                # في مسيرة: told by the crowd going out; استخدام الغاز السام ... اغتيال: by its
                # weapon; the attack or the march is the event
                weak.add(len(events))
            if cue.kind == "verb" and (j < sj and s.words[j - si].startswith("ال") or any(
                    w.startswith("ال") and w.endswith(("ين", "ون")) for w in s.words[max(0, i - 3 - si):i - si])):
                # فجرت الجماعة المسلحة، المتشددون يحتجزون: a subject that names no one
                told_by_verb.add(event.trigger.start)
            if not told_by_verb_here:
                by_noun.add(i)
            told_at[i] = len(events)
            events.append(event)
        for i, j, cue, vi in contents:  # ندد بالهجوم على السفارة، أدان استهداف المقر من قبل الحوثيين: whose act
            doer, target, _ = find_arguments(s, i, j, cue, entities)
            if doer is not None and any(owner[k] is doer for k in range(j, min(sj, j + WINDOW))):
                doers[i] = doer  # named after the noun: هجوم داعش، من قبل الحوثيين
            elif _definite(layers, i, j):
                pointed[i] = (cue.type, target)  # the attack (on the embassy) told before
            k = told_at.get(vi)
            if k is not None and events[k].type == "THREATEN" and events[k].recipient is None and target is not None \
                    and cue.type in _THREATENED_ACTS and target.id != events[k].actor and can_act(target):
                # هدد أردوغان بشن عملية عسكرية ضد وحدات حماية الشعب: who the threatened act is aimed at
                events[k] = replace(events[k], recipient=target.id, recipient_code=actor_code(target))
    events = _stances_on_acts(events, told_at, doers, pointed, layers, owner, timed)
    events = claimers_applied(events, layers, owner, {t[0] for t in triggers if any(c.type == "ASSAULT" for c in t[2])},
                              told_at)
    events = riots_folded(demands_folded(charges_folded(raids_folded(_agreed_contents(events, layers)))))
    events = with_sizes(events, quantities)
    words = {e.trigger.start: layers.word(layers.token_range(e.trigger.start, e.trigger.end)[0]) for e in events}
    apart = {e.trigger.start: how for e in events if (how := _told_apart(layers, e))}
    events = one_per_action(events, by_id, words, apart, sentence_bags(layers, events))
    events = [_visitor_first(e, by_id) for e in events]
    # violence told with no one, nowhere and at no time (الهجوم، أعمال العنف، دمرت، قتلهم) is a
    # figure of speech, a generic statement or a retelling far more often than an attack (but a
    # verb may have a subject that names no one: فجرت الجماعة المسلحة جسرا)
    events = [e for e in events if not (e.type == "ASSAULT" and e.actor is None and e.recipient is None
                                        and e.location is None and e.date is None and not e.size
                                        and "negation" not in e.aux and e.trigger.start not in told_by_verb)]
    return scored(events, layers, by_id, quotes, on.isoformat() if on else None)


def _stopped_by(s: Sentence, i: int) -> tuple[Entity, bool] | None:
    """Who the verb before the attack noun at i says repelled it (تصدت القوات الحكومية لهجوم:
    True) or foiled it (أحبط الجيش هجوما: False): the verb's subject, named right after it."""
    for m in range(i - 1, max(s.i, i - WINDOW) - 1, -1):
        if s.layers.tokens[m].kind == "punct":
            return None
        if s.words[m - s.i] in _REPEL or s.words[m - s.i] in _FOIL:
            subject = s.owner[m + 1] if m + 1 < i else None
            return (subject, s.words[m - s.i] in _REPEL) if subject is not None and can_act_as_subject(subject) else None
        if s.owner[m] is None:
            return None  # only the subject's name stands between
    return None


def _told_by_its_noun(s: Sentence, i: int, told_at: dict[int, int], by_noun: set[int],
                      events: list[Event]) -> int | None:
    """The attack a noun tells right before the verb of attack at i where that noun is the verb's
    subject: in a relative clause (الهجوم الذي استهدف بلدة دوما، غارات إسرائيلية استهدفت قاعدة
    التيفور) or as the clause's subject (الضربات استهدفت). The verb tells what the attack hit,
    not a second attack. Not where the noun hangs
    on a preposition with no relative clause (بعد الهجوم قصفت إسرائيل غزة: a reprisal), where a
    clause opens between (بعد أن، فأطلق), or where a relative pronoun follows a name (the
    person is its antecedent)."""
    toks, text = s.layers.tokens, s.layers.text
    joined = text[toks[i].start]  # و or ف written on the verb (the lexicon may list وأضرموا whole)
    if joined == "ف":
        return None
    relative = i > s.i and s.words[i - 1 - s.i] in RELATIVE_PRONOUNS
    if relative and i - 1 > s.i and s.owner[i - 2] is not None:
        return None
    for b in range(i - 1, max(s.i, i - 6) - 1, -1):
        if toks[b].kind == "punct" and text[toks[b].start] in CLAUSE_END or s.words[b - s.i] in COMPLEMENTIZERS:
            return None
        k = told_at.get(b)
        if k is None:
            continue
        if b not in by_noun or events[k].type != "ASSAULT":
            return None
        if relative:
            return k
        if toks[b].stem_start == toks[b].base_start:  # indefinite: a verb right after it describes it
            return None if joined == "و" else k  # not مسلحين بقنابل حارقة وأضرموا النيران
        governed = b > s.i and (s.words[b - 1 - s.i] in PREP_WORDS or s.words[b - 1 - s.i] in NOUN_CONTEXT) \
            or s.layers.prefixes[b][-1:] in ("ب", "ل", "ك")
        return None if governed else k
    return None


def _told_apart(layers: TextLayers, e: Event) -> str | None:
    """How the text sets an act apart from what it told: "new" where it says so
    (تم توقيف نحو ثلاثين امرأة أخرى، شن هجوما جديدا); "elsewhere" where it is told in a clause of
    قبل أن / بعد أن (طعن رجل مدرسا قبل أن تقتله الشرطة), or named by an indefinite noun right
    after a span of time before or after something else (جاءت الغارات بعد يومين من هجوم انتحاري،
    قبل أسبوع من زيارة) or as what is responded to (شنت ... ضربات ردا على هجوم كيماوي): an action
    other than the one its sentence tells, not a telling of that one (though it may be one told
    earlier in the article). None otherwise."""
    i, j = layers.token_range(e.trigger.start, e.trigger.end)
    for k in range(j, min(j + _ANOTHER_REACH, len(layers.tokens))):
        if layers.tokens[k].kind == "punct" or layers.tokens[k].start >= e.sentence.end:
            break
        if layers.word(k) in _ANOTHER and layers.word(k - 1) not in _SIDE:
            return "new"  # تم توقيف نحو ثلاثين امرأة أخرى، شن هجوما جديدا: other people, a new act
    if i >= 2 and layers.word(i - 1) in COMPLEMENTIZERS and layers.word(i - 2) in _BEFORE_AFTER:
        return "elsewhere"  # طعن رجل مدرسا ... قبل أن تقتله الشرطة: the clause of قبل أن tells another act
    if i < 2 or layers.tokens[i].has_article or layers.tokens[i].stem_end < layers.tokens[i].end:
        return None
    if responded_to(layers, i):
        return "elsewhere"
    if i < 3 or layers.word(i - 1) != "من":
        return None
    before = [layers.word(k) for k in range(max(0, i - 5), i - 1)]
    timed = any(w in _BEFORE_AFTER and any(u in _TIME_UNITS for u in before[n + 1:]) for n, w in enumerate(before))
    return "elsewhere" if timed else None


def _visitor_first(e: Event, by_id: dict[str, Entity]) -> Event:
    """A meeting held in the capital or a seat of one side (اجتمع بايدن والكاظمي في المكتب
    البيضاوي، التقى السيسي في القاهرة وزير الخارجية الأمريكي) is hosted by that side: PLOVER
    codes the visitor as actor, the host as recipient. (Another town of the country may be
    anyone's venue, and a town's name is the least sure of places: جنيف. A visit, a call or a
    summit has its sides from its own words: استقبل، زار.)"""
    if e.type != "CONSULT" or e.mode is not None or not (e.actor and e.recipient and e.location):
        return e
    actor, recipient, place = by_id.get(e.actor), by_id.get(e.recipient), by_id.get(e.location)
    if None in (actor, recipient, place) or not (actor.country and recipient.country and place.country) \
            or place.geo is None or not (place.geo.feature_code in ("PPLC", "PCLI") or place.geo.resolution == "site"):
        return e
    if actor.country == place.country != recipient.country:
        return replace(e, actor=e.recipient, recipient=e.actor, actor_code=e.recipient_code, recipient_code=e.actor_code)
    return e


def _stances_on_acts(events: list[Event], told_at: dict[int, int], doers: dict[int, Entity], pointed: dict[int, tuple],
                     layers: TextLayers, owner: list, timed: frozenset) -> list[Event]:
    """A condemnation, a welcome or a refusal whose object is an act told as an event (ودان
    المتحدث الغارات، رحبت الحكومة بالزيارة، رفضت موسكو الاتهامات) is aimed at who did that act:
    its doer is the recipient, where no one else is named. An act named by a definite noun
    (الهجوم) points back: to the one doer of every earlier act of its type named with a doer (on
    the same target, where one is named), else to the act the article opens with."""
    out = list(events)
    lede = layers.paragraphs[0].end if layers.paragraphs else 0  # where the article's first paragraph ends
    for n, e in enumerate(events):
        if e.type not in _STANCES or e.recipient is not None:
            continue
        m = layers.token_range(e.trigger.start, e.trigger.end)[1]
        end = layers.token_range(e.sentence.start, e.sentence.end)[1]
        # the object: the first word after the doer's name where it follows (VSO: ودان المتحدث
        # باسم الحكومة ذبيح الله مجاهد الغارات: past the name, not only its title), past a time
        # or a manner word
        stop = next((k for k in range(m, end) if layers.tokens[k].kind == "punct"), end)
        named = next((k for k in range(min(stop, m + WINDOW) - 1, m - 1, -1)
                      if owner[k] is not None and owner[k].id == e.actor), None)
        if named is not None:
            m = named
        while m < end and (owner[m] is not None and owner[m].id == e.actor or m in timed
                           or layers.words[m] in _MANNER or layers.text[layers.tokens[m].start] in _QUOTE_MARKS):
            m += 1
        k = told_at.get(m)
        doer, code = (doers[m].id, actor_code(doers[m])) if m in doers else (events[k].actor, events[k].actor_code) \
            if k is not None and k != n else (None, None)
        if m in pointed:
            kind, target = pointed[m]
            # (a dispersal is no attack a government condemns)
            acts = [x for x in events if x.type == kind and x.sentence.start < e.sentence.start and x.actor
                    and not {"negation", "future", "hypothetical"} & set(x.aux) and x.mode != "crowd-control"
                    and (target is None or x.recipient == target.id)]
            done = {(x.actor, x.actor_code) for x in acts}
            doer, code = next(iter(done)) if len(done) == 1 else (acts[0].actor, acts[0].actor_code) \
                if acts and acts[0].sentence.start < lede else (None, None)
        if doer is None and m < end and layers.words[m] in _PROPOSALS:
            # رفضت أنقرة الطلب، رفضت كييف الدعوة: who asked or offered it, in this or the sentence before
            asked = [x for x in events[:n] if x.type in ("REQUEST", "AGREE") and x.actor and x.actor != e.actor
                     and layers.token_range(x.sentence.start, x.sentence.end)[1] >= layers.token_range(
                         e.sentence.start, e.sentence.end)[0] - _ANSWER_REACH]
            doer, code = (asked[-1].actor, asked[-1].actor_code) if asked else (None, None)
        if m < end and doer is not None and doer != e.actor:
            out[n] = replace(e, recipient=doer, recipient_code=code)
    return out


def _denied(s: Sentence, i: int) -> int | None:
    """Where the verb of denial stands that governs the accusation noun at token i (نفت موسكو
    الاتهامات، نفى بشدة هذه المزاعم، نافيا الاتهامات): back over the subject's name, a time
    and a demonstrative, in the clause."""
    for m in range(i - 1, max(s.i, i - WINDOW) - 1, -1):
        w = s.words[m - s.i]
        if w in _DENIAL:
            return m
        if s.layers.tokens[m].kind == "punct" or not (s.owner[m] is not None or m in s.timed or w in _MANNER
                                                      or w in _DEMONSTRATIVES):
            return None
    return None


def _agreed_contents(events: list[Event], layers: TextLayers) -> list[Event]:
    """An agreement on a ceasefire or a withdrawal that the sentence tells carried out (دخل اتفاق
    وقف إطلاق النار حيز التنفيذ) is told for its content: the RETREAT is the event, and takes
    the sides the agreement names. (An agreement whose content is only agreed, الاتفاق على سحب
    القوات، is two events, AGREE and CONCEDE, as GUIDELINES.md codes them.)"""
    out = list(events)
    for c in events:
        if c.type != "RETREAT":
            continue
        k = layers.token_range(c.trigger.start, c.trigger.end)[0]
        if layers.prefixes[k].endswith("ل") and layers.tokens[k].base_start == c.trigger.start:
            noun = k - 1  # اتفاق لوقف
        else:
            noun = k - 2 if k >= 2 and layers.word(k - 1) == "علي" else -1  # اتفاق على وقف
        if noun < 0 or layers.word(noun) not in _AGREEMENT_NOUNS:
            continue
        a = next((a for a in reversed(out) if a.type == "AGREE" and a.sentence == c.sentence
                  and a.trigger.start < c.trigger.start), None)
        if a is None or c not in out:
            continue
        out[out.index(c)] = merge(c, a)
        out.remove(a)
    return out


def _definite(layers: TextLayers, i: int, j: int) -> bool:
    """Whether the noun trigger at i..j is definite: the article (الاجتماع، للاجتماع) or a
    possessive pronoun on its last word (قمته، زيارتها)."""
    w, last = layers.word(i), layers.tokens[j - 1]
    return w.startswith("ال") or w.startswith("ل") and layers.prefixes[i].endswith("ل") or last.stem_end < last.end


def _crowd_out(cue: Cue) -> bool:
    """A protest told by people going out or gathering (خرج الآلاف، نزلوا إلى الشوارع، تجمع
    مئات الآلاف): a named march or demonstration in the same sentence tells it better."""
    return cue.type == "PROTEST" and cue.kind in ("phrase", "verb") and cue_lemma(cue).split()[0] in _GOING_OUT


def _speaker(quotes, by_id: dict[str, Entity], test) -> Entity | None:
    """The speaker (an entity) of the first quote with one that passes `test`."""
    return next((by_id.get(q.speaker) for q in quotes if q.speaker and test(q)), None)


def _contexts(s: Sentence) -> tuple[str, ...]:
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


def _told_to_leave(s: Sentence, j: int) -> bool:
    """Whether what is asked, in the clause after the trigger ending at token j, is that a
    diplomat leave (طلبت تركيا من السفير الإسرائيلي مغادرة البلاد): an expulsion."""
    clause = [w for k, w in enumerate(s.words[j - s.i:min(s.j, j + WINDOW) - s.i])
              if not new_clause(s, j, j + k)]
    return any(w in _DIPLOMATS for w in clause) and any(w in _LEAVE for w in clause)


def _off_domain(layers: TextLayers) -> tuple[dict[int, str], set[int]]:
    """The sentences about sport, business, science or culture (two words of one such domain in
    the sentence, or one in an article with many): start → domain; and the starts of those about
    an accident or a disaster, and of those that report a poll (domains.tsv)."""
    domains = lexicon().domains
    toks = layers.tokens
    # a word as written, without its article (also ل + ال: للتنس), or its stem without a suffix (لاعبه، مرماه)
    found = [domains.get(w) or (w.startswith("ال") and domains.get(w[2:]))
             or (w.startswith("ل") and p.endswith("ل") and domains.get(w[1:]))
             or (t.stem_end < t.end and domains.get(normalized(layers, t.stem_start, t.stem_end))) or None
             for w, t, p in zip(layers.words, toks, layers.prefixes)]
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


def _protesters(s: Sentence, i: int, before: bool = False) -> bool:
    """Whether protesters act in the sentence of the trigger at token i: named in the
    nominative (اقتحم المحتجون), before the trigger (متظاهرون اقتحموا), or as a crowd that
    no preposition governs (اقتحم آلاف المحتجين). Not those acted on: فرقت الشرطة
    المتظاهرين، أطلق مسلحون النار على المحتجين. `before`: only a crowd before a plural verb
    (مئات المحتجين قد اقتحموا), its subject."""
    if before and not s.words[i - s.i].endswith("وا"):
        return False
    for k, w in enumerate(s.words):
        if w not in _PROTESTERS:
            continue
        crowd = k > 0 and s.words[k - 1] in CROWD
        head = k - 1 if crowd else k  # آلاف المحتجين: the crowd word heads the phrase
        if set(s.layers.prefixes[s.i + head]) & set("بلك") or head > 0 and s.words[head - 1] in PREP_WORDS \
                and s.words[head - 1] != "مع":
            continue  # على المحتجين، بين المتظاهرين: acted on or among (not مع متظاهرين: acting with them)
        if any(_suffered(x) for x in s.words[max(0, head - 2):head]):
            continue  # مقتل ثلاثة متظاهرين تعرضوا للتعذيب، اعتقال المحتجين: those it was done to
        if before:
            if i - 6 <= s.i + k < i:
                return True
        elif w.endswith("ون") or s.i + k < i or crowd:
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
        return can_act_as_subject(e) and not bodies_only
    return e.sector in _POLITICAL_SECTORS or e.country in ("IGO", "IMG")


def _told_by_verb(s: Sentence, i: int, cue: Cue) -> bool:
    """Whether the trigger at token i tells its act by a verb: a verb cue, or a phrase that opens
    with a verb form (أطلق سراح، أفرجت عن، جمدت العلاقات)."""
    return cue.kind == "verb" or cue.kind == "phrase" and _verb_form(s.words[i - s.i])


def _verb_form(word: str) -> bool:
    """Whether a word is a form of a verb of the lexicon (أطلق، أفرجت، دعت), not one that reads
    as a noun too (إطلاق; a bare past of three letters is also its verbal noun: فتح تحقيق، طرد
    دبلوماسيين، رفض الإفراج)."""
    cues = lexicon().words.get(word, ())
    return len(word) > 3 and any(c.kind == "verb" for c in cues) and not any(c.kind == "noun" for c in cues)


def _present(word: str, lemma: str) -> bool:
    """Whether a form of a verb (its past 3rd person `lemma`) is a present tense: ي، ت، ن
    before the stem, where the past does not start with that letter (تعهد، تعهدت are past)."""
    past = normalize_string(lemma)
    return word[:1] in ("ي", "ن", "ت") and not past.startswith(word[:1]) or word.startswith(("يت", "تت"))


def _purpose(s: Sentence, i: int) -> bool:
    """Whether the noun at token i is what a clause sets out to do (بهدف عقد اجتماعات، من أجل
    التفاوض): its doer is that clause's subject."""
    return any(s.words[k - s.i] in _PURPOSE for k in range(max(s.i, i - 3), i))


def _continues(s: Sentence, i: int) -> bool:
    """Whether a verb at token i opens a clause joined to the one before (و/ف + verb, or كما +
    verb, at the start of its sentence or after a comma), so its subject is the last one named."""
    if i > s.i and s.words[i - 1 - s.i] == "كما":  # ...، كما استدعت سفيرها: "as it also"
        i -= 1
    elif not s.layers.prefixes[i].startswith(("و", "ف")):
        return False
    return i == s.i or s.layers.tokens[i - 1].kind == "punct"
