"""Arguments: the actor, recipient and place of a trigger, from Arabic clause order (VSO and
SVO, construct phrases, passives, relative clauses, prepositions); see the package docstring,
step 2. Each rule names the construction it reads in a comment with an example."""
from __future__ import annotations

from functools import cache

from hadath.entities import can_act, can_act_as_subject
from hadath.entities.actors import knowledge
from hadath.entities.coref import title_words
from hadath.entities.mentions import descriptors
from hadath.events.lexicon import Cue, lexicon
from hadath.events.sentence import (AREA, ATTRIBUTION, CLAUSE_END, COMPLEMENTIZERS, CROWD, HOSTS, NEAR,
                                    NOUN_CONTEXT, PARTICLES, PREP_WORDS, TOPIC, VIOLENT, WINDOW, WORDS,
                                    Sentence, body_before_quote, broken, clause_has, cue_lemma, is_comma, told_before,
                                    new_clause, punct_between, purpose_form)
from hadath.schema import Entity
from hadath.text import NAME_QUOTES, RELATIVE_PRONOUNS, TextLayers, without_article
from hadath.text.numbers import number_words

# prepositions after which an entity is what something is about or for, never the recipient
_NOT_RECIPIENT = WORDS["not_recipient"]
_PLACE_PREPS = WORDS["place_preps"]
_AMONG = WORDS["among"]  # القتلى في صفوف الجيش: the army suffered it
_LOCATIVE = WORDS["locative"]  # قرب منزل X
_ENVOYS = WORDS["envoys"]  # سفيرها لدى السويد
_DONE_BY = WORDS["done_by"]  # هجوم نفذه X
_MADE_BY = WORDS["made_by"]  # العقوبات المفروضة من X
_ASCRIBED = WORDS["ascribed"]  # الهجوم المنسوب إلى X
_OWN_FORCES = WORDS["own_forces"]  # أن قواته قتلت
_ACT_ADJECTIVES = WORDS["act_adjectives"]  # هجوم جديد لتنظيم داعش
_SIGNING = WORDS["signing"]  # وقعت الإمارات وإسرائيل
_MASCULINE_HEADS = WORDS["masculine_heads"]  # أعلن الجيش، طالب الاتحاد
_FEMININE_HEADS = WORDS["feminine_heads"]  # أعلنت الحكومة، طالبت حركة
_MASCULINE_COUNTRIES = WORDS["masculine_countries"]  # طالب العراق (most countries: طالبت مصر)
_WITH_OR_TO = {"مع", "الي", "ضد", "لدي"}  # whom an act is done with or to, never its doer
_CAPITAL_ACTS = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "SANCTION", "COERCE", "CONCEDE", "AID"}
_STANDING_BY = _LOCATIVE - {"في", "داخل"}  # أمام السفارة، قرب المقر: where one stands
_WHEN_AROUND = {"اعقاب", "عقب", "بعد", "اثر", "خلال", "اثناء", "قبل", "منذ"}  # في أعقاب قمة: when, not what
_REQUESTED_BY = WORDS["requested_by"]  # بطلب من
_ASKED_OF = WORDS["asked_of"]  # طلب من X: X is asked
_IN_IT = WORDS["in_it"]  # تطالب فيها X: X is the object
_WHEN_NOUNS = WORDS["when_nouns"]  # في وقت أدانت فيه دمشق: the name after فيه is the subject
_TOLD_IN = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE", "CONSULT"}  # said or met in a text, a visit
_BACKED_BY = WORDS["backed_by"]  # بدعم من
_AGREEMENT_NOUNS = WORDS["agreement_nouns"]  # الانسحاب من الاتفاق الإيراني
_VAGUE_COUNTS = WORDS["vague_counts"]  # العشرات من: a count with no number
_CLAIMED = WORDS["claimed"]  # تبنى التنظيم الهجوم الذي استهدف: the claimer did it
_PREP_PRONOUNS = WORDS["prep_pronouns"]  # دعت إليه المملكة
_SAYING = WORDS["speech"]  # كما أفاد البنتاغون
_AS_TOLD = WORDS["as_told"]  # كما، حسبما before a saying verb
_SAID_FROM = WORDS["said_from"]  # انتقادات من المعارضة: who criticises follows من
_BORDER = WORDS["border"]  # الحدود مع
_SUBJECT_PRONOUNS = WORDS["subject_pronouns"]  # وهي تتهم
_AGAINST = {"علي", "ضد"}  # عقوبات على طهران: the one a sanction or a charge is against
# types whose recipient is the country or capital after إلى: aid goes to someone, and arms
# exports or flights stop to someone
_SENT_TO = {"AID", "SANCTION"}
_TOWARD = {"ACCUSE", "SUPPORT", "REJECT", "THREATEN", "REQUEST"}  # stances: ل + a name after the noun is whom they are towards
_WITHDRAW = WORDS["withdraw"]  # withdrawals: the one withdrawn from is the recipient
_SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}  # done with each other: X و Y act together
_QUOTE_MARKS = "\"«“”'"
_PAIRS = 8  # names joined by و to an actor that act with it, at most
_NOT_SUBJECT_WORDS = WORDS["not_subject_words"]  # قد، لن، سوف after إن/أن: no subject
_ADDRESSED = {"REQUEST", "THREATEN", "ACCUSE", "SUPPORT"}  # verbs whose object is followed by على/إلى/ب
_LIGHT = WORDS["light"]
_ATTACKER = WORDS["attacker"]  # فجر انتحاري
_MEMBERS = WORDS["members"]  # اتهم قادة في تحالف الفتح
UNNAMED_PLURALS = WORDS["unnamed_plurals"]  # اتهمت دول غربية النظام السوري
_PUTTING = WORDS["putting"]  # وضعت السلطات X قيد الإقامة الجبرية
_TARGETS = WORDS["targets"]  # قصف مواقع لحركة حماس: the positions' owner is hit
# words in ون that are no plural subject
_NOT_PLURAL = WORDS["not_plural"]
_KANA = WORDS["kana"]
_AFFILIATED = WORDS["affiliated"]
_SOURCES = WORDS["sources"]
_BY_WEAPON = WORDS["by_weapon"]  # برصاص X: X fired
# a noun after these is the cause of what the clause tells (أعلن الجيش مقتل جنود إثر هجوم): the
# clause's subject did not do it
_CAUSE = WORDS["cause"]
_RESPONSE = WORDS["response"]  # ردا على هجوم: the act responded to
_DURING = WORDS["during"]  # not إثر هجوم
_DEATH_CAUSES = WORDS["death_causes"]  # قتل جندي بانفجار، في هجوم
_ADVERBS = WORDS["adverbs"]  # أيضا، مجددا: no noun a verb after them describes
_CLAUSE_OPENERS = WORDS["clause_openers"]  # بينما رحبت
_APPOSED = WORDS["apposed"]  # الإعلامية البحرينية، سوسن الشاعر: a person named by what they do
_WHEREAS = WORDS["whereas"]  # فيما، بينما: a clause of contrast, with a subject of its own
_HIGH = WORDS["high_rank"]  # مسؤول إماراتي بارز، وفد مصري رفيع
_STATEMENTS = WORDS["statements"]  # في بيان: the act told in a statement
_MILITANTS = WORDS["militants"]  # مقتل 19 تكفيريا: militants killed
_IYYA = WORDS["iyya"]  # متهمة إياها: the object pronoun set apart
_SUBJECT_NOUNS = WORDS["subject_nouns"]  # مسؤول إماراتي، وفد مصري
_ARRESTING = {"COP", "MIL", "SPY", "JUD"}  # sectors of people who may arrest someone
_DONE_TO = WORDS["done_to_verbs"]  # قتل، اعتقل: unvowelled, maybe passive (قُتل، اُعتقل)
_SUSPECTS = WORDS["suspects"]  # المشتبه به في اغتيال: the doer, unnamed
_TIME_CONJUNCTIONS = WORDS["time_conjunctions"]  # بعدما، عندما: open a clause, no noun
_ONE_OF = WORDS["one_of"]  # آخر منفذي الهجمات
_TITLES = WORDS["titles"]  # أن الوزير مايك بومبيو
_PREPOSITIONS = WORDS["object_prepositions"]  # رفض القادة في البداية طلب كامبل (not من: عدد من أعضاء المجلس)
_NAMED_FOR = WORDS["named_for"]  # متحدث باسم الحكومة: whom one speaks for
# من قبل، على يد، من جانب، من طرف: the doer of a passive or of a verbal noun follows
AGENT_MARKERS = (["من", "قبل"], ["علي", "يد"], ["علي", "ايدي"], ["من", "جانب"], ["من", "طرف"])


def actor_code(e: Entity | None) -> str | None:
    """An actor's PLOVER code: its country and sector (IRN MIL), its country alone, or None."""
    if e is None or not e.country:
        return None
    return f"{e.country} {e.sector}" if e.sector else e.country


def find_arguments(s: Sentence, i: int, j: int, cue: Cue, entities: list[Entity]):
    """Actor, recipient and place (entities) of the trigger tokens [i, j)."""
    actor = recipient = place = None
    unnamed = False
    relative = cue.kind != "noun" and i > s.i and s.words[i - 1 - s.i] in RELATIVE_PRONOUNS
    after = list(s.entities_after(j))
    # a capital right after a noun of a stance, a sanction or an arrest is its government, the
    # genitive that does it (استياء بكين، احتجاز أنقرة للقس، عقوبات واشنطن); after a meeting, a
    # deal or an attack it is where or what (محادثات موسكو، اتفاق باريس، قصف دمشق)
    # (not مطالبة بيونغ يانغ بنزع السلاح: the one asked, with ب after it)
    agents = [(m, e) for m, e in after if can_act(e) or m == j and cue.kind == "noun" and cue.type in _CAPITAL_ACTS
              and s.governed(j) is None and can_act_as_subject(e)
              and not ((k := s.name_end(j, e)) < s.j and s.layers.prefixes[k][-1:] == "ب")]
    free_after = [(m, e) for m, e in agents if s.governed(m) is None]
    between = next((m for m in range(j, min(s.j, j + 3)) if s.words[m - s.i] == "بين"), None)
    if cue.kind == "phrase" and _verb_first(s, i) and (subject := subject_before(s, i)) is not None:
        actor = subject  # وكان أردوغان تعهد بدعم أذربيجان: a phrase that opens with a verb has its subject before
    elif cue.kind != "verb" and _light_relative(s, i):
        # الأمير الشاب الذي يقوم بجولة: the antecedent acts (here a description: no one named)
        ante = next((s.owner[k] for k in (i - 3, i - 4) if k >= s.i and s.owner[k] is not None), None)
        actor = ante if ante is not None and can_act(ante) else None  # (past an adjective: الأمير الشاب)
        relative = True
    elif cue.kind != "verb" and between is not None:  # اجتماع بين ترامب وكيم: the first is the actor
        pair = [e for m, e in agents if m > between and s.governed(m) != "ضد"][:2]
        actor = pair[0] if pair else None
        recipient = pair[1] if len(pair) > 1 else next(  # بين الشرطة ومحتجين ضد الرئيس: the one opposed
            (e for m, e in agents if m > between and s.governed(m) == "ضد"), None)
    elif cue.kind != "verb" and agents and agents[0][0] <= (jj := _past_adjective(s, j, agents[0][0])) + 1 \
            and not _owned(s, i, j, cue) and (
            s.governed(agents[0][0]) is None or s.governed(agents[0][0]) == "ل" and cue.type not in _SENT_TO | _TOWARD) \
            and not (jj < s.j and s.words[jj - s.i] in _TARGETS) \
            and not (agents[0][0] == jj + 1 and s.layers.prefixes[jj][-1:] == "ل" and s.words[jj - s.i] not in descriptors()
                     and (cue.type in _TOWARD or any(c.type not in VIOLENT for c in lexicon().words.get(s.words[jj - s.i], ())))):
        # (مساعدات للبنان: aid goes to the one after ل; انتقادات لأوباما، دعم لحكومة: the one
        # a stance is towards; قصف مواقع لحركة حماس: whose positions were hit; not انتقادات
        # لتصريحات ولي العهد: the name is what the stance's object is of, nor جولة للقاء الزعيم
        # كيم: the name is whom the act after ل is done with; but غارة لطائرات التحالف, and past
        # an adjective: هجوم جديد لتنظيم داعش)
        if cue.args == "object" and j == i + 1 and agents[0][0] == j and s.governed(j) is None \
                and s.layers.tokens[i].stem_end < s.layers.tokens[i].end:
            # انتقاده الحكومة، اعتقالها الصحفيين: a noun with a pronoun takes no genitive; the name
            # after it is its object, the pronoun who does it (the subject before, if named)
            recipient = agents[0][1]
        else:
            actor = agents[0][1]  # construct: زيارة قاآني، هجوم لتنظيم داعش (تنظيم: a descriptor)
    elif cue.kind != "verb" and (told := _told_after(s, j)) is not None:
        # المفاوضات التي عقدها أوباما مع إيران، هجوم مسلح نفذه برينتون تارانت: the clause after
        # the noun names who did it; no one before it did (أدانت قطر الهجوم الذي شنه مستوطنون)
        # عقدها، شنه، أجراها: the verb carries the noun as its object, the name after is its
        # subject; not الهجوم الذي استهدف السفارة الأمريكية: the noun is the subject, the name its target
        carries = carries_object(s, told) or s.words[told - s.i] in _DONE_BY
        # (a capital too, the subject of a verb of doing: عقوبات فرضتها واشنطن على أنقرة; not
        # الهجوم الذي نفته دمشق)
        inner = [(m, e) for m, e in after if m > told and m - told <= 4 and not broken(s, told + 1, m)
                 and s.governed(m) is None and (can_act(e) or can_act_as_subject(e) and s.words[told - s.i] in _DONE_BY)
                 # (not أجراها مع نظيره ديفيس: whom with; but نفذتها على الأرجح قوات التحالف)
                 and not any(s.words[k - s.i] in _WITH_OR_TO for k in range(told + 1, m))
                 and s.words[m - 1 - s.i] not in _LOCATIVE]  # (مظاهرة نظمها طلاب أمام البرلمان: where, not who)
        if inner and carries:
            actor = inner[0][1]
        elif carries and told + 1 < s.j and unnamed_subject(s, told + 1):
            actor = _group_of_unnamed(s, told + 1)  # هجوم شنه مسلحون من حزب العمال الكردستاني
        # no one before it did it where it is what a verb of saying is about (أدانت قطر الهجوم
        # الذي استهدف), unless they claimed it (تبنى التنظيم الهجوم الذي استهدف: the claimer did it);
        # nor where the verb of doing has a subject of its own (الضربات التي شنتها 3 دول غربية), but
        # مكالمة أجراها مع ولي العهد، احتجاجات نظمها في 2016: the verb's subject is a pronoun, back to before
        relative = s.words[told - s.i] in _DONE_BY and (bool(inner) or _subject_follows(s, told)) or _said_of(s, i) and not any(
            w in _CLAIMED for w in s.words[max(0, i - 4 - s.i):i - s.i])
    elif relative:
        # ديان أبوت، التي دعت إلى استقالة راد: the antecedent of the relative pronoun acts
        k = i - 2 if i - 2 >= s.i and s.layers.tokens[i - 2].kind == "punct" else i - 1  # ديان أبوت، التي
        ante = s.owner[k - 1] if k - 1 >= s.i else None  # the noun right before the pronoun
        if ante is not None and ante.type == "LOC" and k < i - 1 and s.governed(k - 1) in PREP_WORDS:
            ante = None  # غولن، المقيم في أميركا، الذي: a place in an apposition, not the antecedent
        if ante is None and k < i - 1:  # ديان أبوت، وزيرة خارجية الظل، التي: past an apposition
            ante = next((e for m, e in s.entities_before(k, limit=8) if e.type in ("PER", "ORG")), None)
        # (a country or a capital too, with a verb that carries no pronoun back to it: تأييدا
        # للندن التي تتهم موسكو; but مصر التي زارها: the place visited)
        actor = ante if ante is not None and (ante.type in ("PER", "ORG") or can_act_as_subject(ante)
                                              and not carries_object(s, j - 1) and cue.mode != "visit") else None
        # (a capital may be the subject: الهجوم الذي تتهم فيه واشنطن النظام)
        subjects = [(m, e) for m, e in after if s.governed(m) is None and can_act_as_subject(e) and e is not ante]
        if subjects and subjects[0][0] - j <= 4 and not broken(s, j, subjects[0][0]) and carries_object(s, j - 1) \
                and _plain_between(s, j, subjects[0][0]):
            # الاتفاق الذي وقعه سانتوس، ياسر عباس الذي تتهمه إدارة ترامب: the verb carries what
            # the relative pronoun stands for as its object (a resumptive pronoun), so the name
            # after the verb is its subject and the antecedent, if named, what is done to (not
            # الهجوم الذي استهدف السفارة: the thing is the subject, the name its object)
            actor, relative = subjects[0][1], False
            # (والذي: "and which" describes a noun told before, not the name right before it)
            recipient = ante if ante is not None and can_act_as_subject(ante) \
                and not s.layers.prefixes[i - 1].startswith("و") else None
    elif cue.kind == "verb" and (subject := subject_before(s, i)) is not None:
        actor = subject  # إسرائيل تتهم إيران بقصف مواقعها: a clause that opens with its subject
    elif cue.kind == "verb" and i > s.i and s.words[i - 1 - s.i] in _SUBJECT_PRONOUNS:
        # وتثبتت الشرطة البريطانية ... وهي تتهم روسيا: the pronoun is the subject, the nearest
        # name before it that acts is what it stands for, and the name after the verb its object
        actor = next((e for m, e in s.entities_before(i - 1, limit=2 * WINDOW) if s.governed(m) is None and can_act(e)), None)
        unnamed = actor is None
    elif cue.kind == "verb" and subject_word_before(s, i):
        unnamed = True  # أن بلاده ستزود الجيش الإسرائيلي: the verb has its subject before; the name after is its object
        if s.words[i - 1 - s.i] in _OWN_FORCES and s.layers.tokens[i - 1].stem_end < s.layers.tokens[i - 1].end:
            # أعلن الجيش الأمريكي أن قواته قتلت، قالت الوزارة إن طائراتها دمرت: the forces are the
            # speaker's (a person's: their country's, where the article names it, else theirs)
            speaker = next((e for m, e in s.entities_before(i - 2, limit=WINDOW)
                            if s.governed(m) is None and can_act_as_subject(e)), None)
            if speaker is not None and speaker.type == "PER":
                speaker = country_entity(speaker.country, entities) or speaker
            actor = speaker
    elif cue.kind == "verb" and cue.mode == "third-party" and j + 1 < s.j and s.words[j - s.i] in _IN_IT \
            and s.owner[j + 1] is not None and can_act_as_subject(s.owner[j + 1]):
        actor = s.owner[j + 1]  # صفقة توسطت فيها قطر: one mediates in a deal; the name after فيها acts
    elif cue.kind == "verb" and cue.type == "ACCUSE" and _dropped_subject(s, i, j):
        unnamed = True  # بعدما اتهم الرئيس بأنه، بعدما اتهمت الدوحة بدعم: the subject is the clause's before; the name its object
    elif cue.kind == "verb" and _after_indefinite(s, i):
        # أرسلت السفارة مذكرة تطالب الجانب البريطاني، قوات تركية تقصف مواقع: the verb describes the
        # noun before it, its subject; the name after is its object, a demonym there names the doer
        actor = next((e for k in (i - 1, i - 2) if k >= s.i and (iso3 := demonym(s.words[k - s.i]))
                      and (e := country_entity(iso3, entities)) is not None), None)
    elif cue.kind == "verb" and cue.type not in VIOLENT and (iso3 := _demonym_subject(s, j)):
        # انتقد مسؤول إماراتي بارز سياسة تركيا، زار وفد مصري الخرطوم: the subject is someone of
        # that country (its entity, if the article names it); the name after is the object
        actor = country_entity(iso3, entities)
        unnamed = actor is None
    elif cue.kind == "verb" and (unnamed := unnamed_subject(s, j)):
        # اقتحم مستوطنون المسجد، قتل مسلحون مجهولون ضابطا: the subject names no one; but
        # هاجم مسلحون من حركة طالبان، فجر انتحاري من حركة الشباب، اتهم قادة في تحالف الفتح:
        # members of a named group (in a group, not a place: تظاهر محتجون في بغداد)
        actor = _group_of_unnamed(s, j)
    elif cue.kind == "verb" and cue.type in _TOLD_IN and cue.mode != "third-party" and j < s.j \
            and s.words[j - s.i] in _IN_IT and not any(
                k >= s.i and s.words[k - s.i] in _WHEN_NOUNS and all(s.words[m - s.i] in RELATIVE_PRONOUNS for m in range(k + 1, i))
                for k in (i - 1, i - 2)):
        # (not في وقت أدانت فيه دمشق، في الوقت الذي تطالب فيه: a time "in which" the name after acts)
        # وجهت فرنسا رسالة تطالب فيها الولايات المتحدة، زيارة التقى فيها البشير: the letter's author,
        # the visitor acts (found before), not the name after; but one mediates in a deal (صفقة
        # توسطت فيها قطر) and forces deploy in areas (مناطق تنتشر فيها قوات): the name after acts.
        # The author is the first name of the clause since the last comma (not وزيري الخارجية
        # الأمريكيين, to whom it went; a comma right before the verb ends the author's clause:
        # رفع الحزب دعوى ضد ... في حملة ترامب، يتهمهم فيها), else the nearest before
        authors = [(m, e) for m, e in s.entities_before(i, limit=2 * WINDOW) if s.governed(m) is None and can_act(e)]
        comma = max((k for k in range(s.i, i - 1) if is_comma(s, k)), default=s.i - 1)
        inside = [e for m, e in authors if m > comma]
        actor = inside[-1] if inside else authors[0][1] if authors else None
    elif cue.kind == "verb" and _definite_subject(s, j):
        unnamed = True  # طالبت المعارضة الحكومة بالإفراج: the name after the verb's subject is its object
    elif cue.kind == "verb" and free_after and free_after[0][0] - j <= 2 and _disagrees(s, i, j, cue, *free_after[0]):
        # نفى سالفيني ذلك وطالب ألمانيا بتقديم تنازلات، واتهم الشرطة: a verb in the masculine
        # before a name in the feminine does not have it as subject; the subject was named before
        # (the first named in the sentence, whose clause a verb joined by و goes on; not a name in a
        # clause between: تعهد الأسد باستعادة المناطق التي تسيطر عليها قسد ...، وحث القوات), the
        # name is the object
        first = [e for m, e in s.entities_before(i, limit=3 * WINDOW)
                 if s.governed(m) is None and can_act_as_subject(e) and e is not free_after[0][1]]
        actor = first[-1] if first and s.layers.prefixes[i].startswith("و") else None
        unnamed = actor is None
    elif cue.kind == "verb" and j < s.j and s.owner[j] is not None and can_act_as_subject(s.owner[j]) \
            and s.governed(j) is None and not (cue.mode == "visit" and not can_act(s.owner[j])):
        # (not زار القاهرة: the city visited)
        actor = s.owner[j]  # التزمت واشنطن بتقديم، دعت واشنطن تركيا: the name right after a verb is its subject
    elif cue.kind == "verb" and j + 1 < s.j and s.words[j - s.i] in _PREP_PRONOUNS and s.owner[j + 1] is not None \
            and can_act_as_subject(s.owner[j + 1]) and not s.layers.prefixes[j + 1]:
        actor = s.owner[j + 1]  # في وقت أدانت فيه دمشق، المناطق التي تنتشر فيها قوات: past the pronoun back to what precedes
    elif cue.kind == "verb" and free_after and (free_after[0][0] - j <= 4 and not broken(s, j, free_after[0][0])
                                                and not _prepositional_between(s, j, free_after[0][0])
                                                or _titled_name(s, j, *free_after[0], apposition=cue.type not in VIOLENT)):
        # (a passive verb of violence may stand before a titled victim: قتل الزعيم الليبي، معمر القذافي)
        m = free_after[0][0]
        actor = free_after[0][1]
        if m - 1 >= s.i and s.owner[m - 1] is None and (s.words[m - 1 - s.i] in descriptors()
                                                        or s.words[m - 1 - s.i] in title_words()):
            # انتقد زعيم المعارضة الإسرائيلية يائير لابيد، طالب رئيس الاتحاد الفلسطيني ...: the leader
            actor = _titled_person(s, m, actor)
    bare = s.words[i - s.i][2:] if s.words[i - s.i].startswith("ال") else s.words[i - s.i]
    agent = agent_after(s, j, agents, cue.args == "passive" or cue.kind == "noun" and bare in _SAID_FROM,
                        cue.type in VIOLENT, cue.kind != "verb")  # (ندد بقتل 16 فلسطينيا برصاص الجيش: the army shot, it did not condemn)
    made_by = _made_by(s, j) if cue.kind != "verb" else None
    if made_by is not None:
        # العقوبات المفروضة من واشنطن على طهران: who imposed them, not the clause's subject
        # (تجاهلت الهند العقوبات); who follows على suffers them
        actor, recipient = made_by, (None if recipient is made_by else recipient)
    elif cue.args == "passive" or agent is not None:  # المدعومة من واشنطن، قتل على يد مسلحين
        recipient = actor if actor is not None and actor is not agent else None
        actor = agent
        if recipient is None:
            recipient = next((e for m, e in s.entities_before(i) if can_act(e) and e is not actor), None)
    elif cue.args == "victim" and cue.kind != "verb":
        recipient, actor = actor, None  # أعلن الجيش مقتل 8 جنود: who died; the killer only after على يد
        if recipient is None and any(w in _MILITANTS for w in s.words[j - s.i:min(s.j, j + 3) - s.i]):
            # أعلن المتحدث باسم القوات المسلحة مقتل 19 تكفيريا: the forces that tell of militants
            # killed are who killed them
            actor = next((e for m, e in s.entities_before(i, limit=2 * WINDOW)
                          if e.sector in ("MIL", "COP") and s.governed(m) in (None, "ب")), None)
    elif cue.args == "held":
        # وضعت السلطات التركية القس برانسون قيد الإقامة الجبرية: the person before it is held; the
        # one who holds is the subject right after the verb of putting (وضع), if it is named
        named = [(m, e) for m, e in s.entities_before(i) if can_act(e)]
        recipient = next((e for m, e in named if e.type == "PER"), None)
        actor = next((e for m, e in named if e.type != "PER" and recipient is not None and m > s.i
                      and s.words[m - 1 - s.i] in _PUTTING), None)
    elif cue.args == "object" and actor is not None and cue.kind != "verb" and not after:
        recipient, actor = actor, None  # خودوركوفسكي الذي أطلق سراحه: no genitive follows; the antecedent is freed
    elif cue.args == "object" and actor is not None and cue.kind != "verb":
        end = s.name_end(after[0][0], actor)
        # right after the genitive's name, not past an apposition (اغتيال كيم جونغ نام، الأخ ... لزعيم)
        target = next((e for m, e in after[1:2] if s.governed(m) == "ل" and can_act(e) and m - end <= 1
                       and not punct_between(s, end, m) and s.layers.tokens[end].kind != "punct"), None)
        if target is not None and after[0][1] is actor:
            recipient = target  # غزو روسيا لأوكرانيا: the genitive does it, the one after ل suffers it
        elif end < s.j and s.words[end - s.i] == "عن":
            pass  # إفراج إسرائيل عن 90 أسيرا: the genitive does it; who is freed follows عن
        elif end < s.j and s.layers.prefixes[end][-1:] == "ل" and s.owner[end] is None and can_act_as_subject(actor) and (
                actor.type != "PER" or cue.type in _TOWARD and "مره" not in s.words[end - s.i]
                and not _pronoun_ended(s, end)):
            # اعتقال القوات التركية للخاطفين: a body does it to those after ل, named or not (not
            # اعتقال الناشط للمرة الثالثة); a stance is a person's too (انتقاد ترامب لماي; not
            # محاكمة صلاح عبد السلام لمشاركته: a pronoun back to the genitive, the one tried)
            pass
        elif end < s.j and end not in s.timed and not s.layers.prefixes[end] and s.words[end - s.i] not in _KANA and (
                s.layers.tokens[end].kind == "number" or _has_object(s, end) and (
                    not s.words[end - s.i].endswith("ا") or s.owner[end] is not None and can_act(s.owner[end]))):
            # إعدام السلطات السعودية رجل الدين، اعتقال الشرطة 40 شخصا، اتهام بريطانيا روسيا: the
            # genitive does it; its object follows (an adverb in ا does not: اعتقال الناشط مجددا,
            # nor كان: محاولة اغتيال سكريبال كانت، the genitive's clause goes on with its verb)
            pass
        else:
            recipient = actor  # اغتيال القيادي، سحب القوات: the genitive is what is done to
            # (not after إثر، ردا على: the clause's subject did not do what it responds to)
            actor = None if i > s.i and (s.words[i - 1 - s.i] in _CAUSE or responded_to(s.layers, i)) else next(
                (e for m, e in s.entities_before(i) if s.governed(m) is None and can_act(e) and e is not recipient), None)
            if cue.type in VIOLENT and _suspect_before(s, i) is not None:
                actor = None  # توقيف المشتبه به في اغتيال: the suspect's act (named below), no one's before
    if cue.kind == "verb" and lexicon().roles.get(s.words[i - s.i]) == "undergo" and actor is not None:
        # تلقى أردوغان اتصالا من بوتين (a phrase split by its subject): the subject receives the
        # call; the caller follows من
        recipient = actor
        actor = next((e for m, e in after if s.governed(m) == "من" and can_act(e) and e is not recipient), None)
    elif cue.kind != "verb" and s.governed(i) in (None, "ل") and clause_has(s, i, lambda w: lexicon().roles.get(w) == "undergo") \
            and not any(s.words[k - s.i] in _WHEN_AROUND for k in range(max(s.i, i - 2), i)):
        # (not واجه ترمب انتقادات في أعقاب قمة هلسنكي: the summit is not what he faced)
        # تعرض الموكب لهجوم، واجهت راد انتقادات: the subject undergoes it, a doer may follow من;
        # not انتقادات على موافقتها: what the criticism is about
        undergoer = next((e for m, e in s.entities_before(i) if s.governed(m) is None and can_act(e)), None)
        if undergoer is not None:
            recipient, actor = undergoer, (actor if actor is not undergoer else None)
            if actor is None:  # تلقى ولي العهد اتصالا هاتفيا من الرئيس الأوكراني: the caller
                actor = next((e for m, e in after if s.governed(m) == "من" and can_act(e) and m - j <= 3), None)
    elif actor is None and cue.args not in ("passive", "victim") and not relative and not (
            i > s.i and (cue.kind != "verb" and s.words[i - 1 - s.i] in _CAUSE or responded_to(s.layers, i))) and not (
            # (ردا على خطف: after على the verb's form is a verbal noun, what is responded to)
            cue.kind == "verb" and _after_event_noun(s, i)) and not (
            cue.type == "PROTEST" and cue.kind != "verb" and (s.governed(i) == "في" or i > s.i and s.words[i - 1 - s.i] in _DURING)) \
            and not (cue.kind != "verb" and cue.type in VIOLENT and i > s.i and s.words[i - 1 - s.i] in TOPIC) \
            and not (cue.type in VIOLENT and _suspect_before(s, i) is not None):
        # (تواصل بين بوتين والحكومة الإسرائيلية بشأن الهجوم: those who talk about an attack did not make it)
        # الصاروخ الذي استهدف: the antecedent acts; اعتقلت الشرطة ... خلال مظاهرات: the protest is not the police's
        # بحث ماكرون الآلية مع أوزومغو خلال زيارة: a visit during which the clause's subject acts;
        # يعتزم ماكرون إهداء شجرة إلى ترامب في إطار زيارته: the pronoun is the subject's
        hal = cue.kind != "verb" and _after_comma(s, i, j, cue)
        during = cue.kind != "verb" and (i > s.i and s.words[i - 1 - s.i] in _DURING or _owned(s, i, j, cue) or hal)
        # ...، داعيا الأطراف إلى: a participle after a comma is the clause subject's too
        def acting(k: int, limit: int):
            return [(m, e) for m, e in s.entities_before(k, limit=limit)
                    if s.governed(m) is None and e is not recipient and not _after_area(s, m)
                    # تجمع المئات أمام السفارة: where they stood (but مثل أمام القضاء، أمام مولر: a
                    # court or a person acts)
                    and not (m > s.i and s.words[m - 1 - s.i] in _STANDING_BY and e.sector != "JUD" and e.type != "PER")
                    and (can_act(e) or cue.kind != "verb" and _capital_before(s, m, i, e))
                    # استبعدت الجزائر القبول ...، فيما تسعى دول الاتحاد خلال قمة بروكسل: not past فيما
                    # (حيث "where" and لكن go on with the subject before: زار روسيا حيث التقى)
                    and (hal or not any(w in _WHEREAS for w in s.words[m + 1 - s.i:i - s.i]))]
        if hal and cue.kind == "phrase" and j == i + 1:
            # a participle after a comma belongs to the subject of the main clause, however far
            # back, and before any clause of إن/أن (ووعد ترامب أن تأخذ العملية وقتا، منددا
            # بالهجمات؛ قالت الخارجية إن الحكومة الفرنسية أقدمت على خطوة ...، متهمة إياها)
            c = next((m for m in range(i - 1, s.i - 1, -1) if s.words[m - s.i] in COMPLEMENTIZERS), i)
            near = acting(c, c - s.i) or acting(i, i - s.i)
        else:
            near = acting(i, 2 * WINDOW if during else WINDOW)
        before = [e for _, e in near]
        adjacent = bool(near) and _owned(s, i, j, cue) and not any(
            s.owner[k] is None for k in range(near[0][0], i) if s.owner[k] is not near[0][1])  # بدء روسيا تدخلها
        actor = (before[-1] if during and not adjacent else before[0]) if before else None
        if actor is not None and cue.type not in _SYMMETRIC:
            # شنت الولايات المتحدة وبريطانيا وفرنسا ضربات: the first of those joined (meetings keep their own rule)
            actor = _first_joined(s, actor, i)
        t = s.layers.tokens[i]
        last = s.layers.tokens[j - 1]  # إطلاق سراحه: the pronoun ends a release phrase (not سحب قواته)
        if actor is not None and cue.kind != "verb" and cue.args == "object" and recipient is None \
                and last.stem_end < last.end and (j == i + 1 or cue.mode == "release") and not _has_object(s, j) \
                and not (j < s.j and s.layers.prefixes[j].endswith("ل") and s.layers.tokens[j].kind == "word"):
            # تسوركوف ... منذ اختطافها في بغداد: the pronoun is who was seized; but خلال
            # اقتحامها مخيم جنين: an object follows, the pronoun is who stormed it (and so it
            # is before ل + the object: انتقاده لعمدة لندن، اعتقالها للصحفيين)
            actor, recipient = None, actor
        elif actor is not None and cue.kind == "verb" and recipient is None and t.stem_end < t.end and j == i + 1:
            # رجال الشرطة قتلهم المتشددون: the name before a verb that carries an object pronoun
            # is what the pronoun stands for, the one the act is done to
            actor, recipient = None, actor
        elif unnamed:
            actor = None  # the verb has its own subject, one that names no one
    if actor is None and cue.kind != "verb" and cue.type in VIOLENT and (suspect := _suspect_before(s, i)) is not None \
            and suspect[0] is not recipient:
        actor = suspect[0]  # زمار المتهم بالتخطيط لاعتداءات، صلاح عبد السلام، المشتبه به في اعتداءات: the one suspected
    if cue.mode == "convict" and cue.kind != "verb" and actor is not None and actor.type == "PER" \
            and actor.sector != "JUD" and recipient is None:
        actor, recipient = None, actor  # حكم على سامر نادر بالإعدام: a court sentences, the person is sentenced
    if cue.mode == "arrest" and cue.kind == "verb" and actor is not None and actor.type == "PER" \
            and actor.sector not in _ARRESTING and recipient is None and j < s.j and s.owner[j] is actor:
        # واعتقل بوجديمون أثناء عبوره (اُعتقل, unvowelled): a person named right after a verb of
        # arrest is the one arrested; bodies and forces arrest, people seldom do
        actor, recipient = None, actor
    if cue.kind != "noun" and actor is not None and actor.type == "PER" and recipient is None \
            and s.words[i - s.i] in _DONE_TO and not (cue.mode == "arrest" and actor.sector in _ARRESTING) \
            and any(s.owner[m] is actor for m in range(max(s.i, i - 4), i)) and not _has_object_after(s, j):
        # وكان الصحفي أحمد حسن قتل في غارة، الطبيب فورتادو اعتقل في ريو (قُتل، اُعتقل, unvowelled):
        # a person named before a verb of violence or arrest that takes no object is who suffered it
        actor, recipient = None, actor
    if cue.type == "REQUEST" and cue.kind != "verb" and s.words[i - s.i] in _REQUESTED_BY and j + 1 < s.j \
            and s.words[j - s.i] == "من" \
            and s.owner[j + 1] is not None and can_act_as_subject(s.owner[j + 1]):
        # التأم مجلس الأمن بطلب من فرنسا: who asked follows من; the one asked stands before
        actor, recipient = s.owner[j + 1], (actor if actor is not s.owner[j + 1] else recipient)
    if actor is not None and (person := _spokesman(s, actor)) is not None:
        actor, recipient = person, (None if recipient is person else recipient)  # المتحدث باسم حكومة طالبان ذبيح الله مجاهد
    # a signing is done with the other side too (وقعت الإمارات وإسرائيل اتفاقية، وقع الأردن مع مصر)
    symmetric = cue.type in _SYMMETRIC or cue.type == "SUPPORT" and s.words[i - s.i] in _SIGNING
    if symmetric:  # ملتزمون بالتعاون ومواجهة داعش مع الحكومة العراقية، اتفاق مع بيونغ يانغ: the partner
        partner = next((e for m, e in after if s.governed(m) == "مع" and can_act_as_subject(e) and e is not actor), None)
        recipient = partner or recipient
    if symmetric and actor is not None and recipient is None:
        recipient = _coordinated(s, actor)  # اجتمع بايدن والكاظمي: the second is the partner
        first = None if recipient is not None else _coordinated_before(s, actor, i)
        if first is not None:  # الكاظمي وبايدن ... الاتفاق: the first named acts, the second is the partner
            actor, recipient = first, actor
    if cue.mode == "withdraw" or cue_lemma(cue) in _WITHDRAW:  # سحب القوات من العراق: from whom
        source = next((e for m, e in after if s.governed(m) == "من" and can_act(e)), None)
        if source is not None and source is not actor:
            recipient = source
    if cue.kind == "phrase" and s.words[j - 1 - s.i] in _ENVOYS and j < s.j and actor is not None \
            and s.owner[j] is actor and s.layers.prefixes[j] == "":
        # استدعت سفير الجمهورية الجزائرية، استدعاء سفير إيران: the genitive is whose envoy is
        # summoned; the one who summons stands before
        recipient, actor = actor, next((e for m, e in s.entities_before(i) if s.governed(m) is None
                                        and can_act_as_subject(e) and e is not actor), None)
    co_actors = set()  # دانت السعودية والإمارات وقطر الهجوم: those joined to the actor act with it
    if actor is not None and not symmetric:
        e = _coordinated(s, actor)
        while e is not None and e.id not in co_actors and len(co_actors) < _PAIRS:
            co_actors.add(e.id)
            e = _coordinated(s, e)
    for m, e in after:
        if e.id in co_actors:
            continue
        if new_clause(s, j, m) or any(s.words[k - s.i] in ("خلال", "اثناء") for k in range(j, m)) \
                or cue.type == "ASSAULT" and cue.kind == "verb" and any(_attack_noun(s, k) for k in range(j, m)) \
                or cue.kind != "verb" and any(s.words[k - s.i] in TOPIC for k in range(j, m)):
            # (المحادثات حول نزع أسلحة بيونغ يانغ: names after a topic word are the topic's)
            break  # عقد اجتماعات موسعة ...، ومناقشة اتفاق الكاظمي؛ قتلت ... خلال قمع الاحتجاجات المناهضة
            # لحكومة الرئيس: the next clause's names, or those of what it happened during, are not this event's
        e = _titled_person(s, m, e)  # المرشد العام لجماعة الإخوان محمد بديع: the person, not the body
        if e is actor or e is recipient or (actor is not None and _part_of(s, m, actor)):
            continue  # فيلق القدس in متزعم فيلق القدس: part of how the actor is named
        by = s.governed(m)
        if recipient is None and cue.kind == "verb" and cue.type in _ADDRESSED and by is None and m - 2 >= s.i \
                and s.words[m - 2 - s.i] == "في" and s.words[m - 1 - s.i] in _STATEMENTS and _charged_after(s, m, e) \
                and can_act_as_subject(e):
            recipient = e  # اتهمت الجزيرة في بيان القوات الإسرائيلية باغتيال: the one accused, not whose statement
            continue
        if by in ATTRIBUTION or _attributed(s, m):
            continue  # وفق منظمة أطباء بلا حدود، بحسب مصدر في الشرطة: who tells it
        if by == "من" and m - 2 >= s.i and s.words[m - 2 - s.i] in _REQUESTED_BY:
            continue  # التأم مجلس الأمن بطلب من فرنسا: who asked for it
        if actor is not None and _member_of(s, m, actor):
            continue  # اتهمت أنالينا بيربوك من حزب "الخضر" حكومة ميركل: the actor's party, not the accused
        if by == "من" and m - 2 >= s.i and s.words[m - 2 - s.i] in _BACKED_BY and s.layers.prefixes[m - 2][-1:] == "ب":
            continue  # حشد الجيش قواته ... بدعم من روسيا: who backs it
        if by == "مع" and e.type == "LOC" and any(s.words[k - s.i] in _BORDER for k in range(max(s.i, m - 6), m)):
            continue  # قرب الحدود الشرقية لقطاع غزة مع إسرائيل: the neighbour, not who suffers it
        if m > s.i and s.words[m - 1 - s.i] in _AFFILIATED and s.owner[m - 1] is None:
            continue  # مواقع لفصائل موالية لإيران: whose side the target is on, not the target
        if cue.type == "PROTEST" and by is None and m - 1 >= s.i and s.words[m - 1 - s.i] in _LOCATIVE:
            continue  # تظاهروا أمام جامعة شريف: where; a protest's target is found apart (أمام السفارة)
        if by is None and m - 2 >= s.i and s.owner[m - 1] is None and s.words[m - 2 - s.i] in _LOCATIVE \
                and s.words[m - 1 - s.i] not in _AMONG:
            continue  # قرب منزل نتنياهو، أمام مقر الأمم المتحدة: whose place it is, not who is acted on
        if recipient is None and by == "من" and cue_lemma(cue) in _ASKED_OF and m - j <= 3 and can_act_as_subject(e):
            recipient = e  # طلبت النمسا من طهران: the one asked (a capital too, no place)
            continue
        if recipient is None and between is None and can_act_as_subject(e) and (
                by in ("لدي", "في") and m - 2 >= s.i and s.words[m - 2 - s.i] in _ENVOYS
                or by == "الي" and cue.type in _SENT_TO):
            # استدعاء سفيرها لدى السويد (في إسرائيل؛ في أوتاوا: Canada, where the article names it);
            # أرسلت الجزائر طائرات ... إلى دمشق
            recipient = (_country_of(e, entities) or e) if by == "في" else e
            place = place or (e if by == "الي" else None)
            continue
        area = m > s.i and s.words[m - 1 - s.i] in AREA and s.owner[m - 1] is None  # جنوبي لبنان
        # words before it, not names, a day or marks (اتهمت ناورت الخميس، دمشق)
        gap = [k for k in range(j, m) if s.owner[k] is None and k not in s.timed and s.layers.tokens[k].kind != "punct"]
        capital = (by is None or by in _AGAINST | {"مع"} and cue.type not in VIOLENT) and not area and can_act_as_subject(e) \
            and len(gap) <= 3 and not any(s.words[k - s.i] in _PLACE_PREPS for k in gap)
        # تتهم واشنطن، عقوبات على طهران، علاقاتها مع الدوحة: a capital as object (but هجوم على بغداد is where)
        if cue.type == "CONSULT" and cue.kind != "verb" and m == j and by is None and e.type == "LOC" and not can_act(e):
            place = place or e  # قمة هلسنكي: a city after a summit's noun is where it is held
            continue
        # (حرب تجارية بين واشنطن وحلفائها، التوتر بين باريس وروما: the sides, not where)
        sides = cue.type not in VIOLENT and can_act_as_subject(e) and any(
            s.words[k - s.i] == "بين" for k in range(max(j, m - 4), m))  # (اشتباكات بين بلدة ... ومدينة درعا: where)
        if e.type == "LOC" and not sides and (by in _PLACE_PREPS or not (can_act(e) or capital) or area) and not (
                by == "ب" and cue.type in _ADDRESSED and can_act(e) and recipient is None):
            place = place or e  # في بغداد; but ندد بسوريا، رحب بقطر: the one addressed
            if area and by == "علي" and cue.type in VIOLENT and can_act(e) and recipient is None and between is None:
                recipient = e  # هجوم حماس على جنوب إسرائيل: the country attacked, and where
            continue
        if recipient is None and between is None and (can_act(e) or capital) and by not in _NOT_RECIPIENT:
            recipient = e
    if recipient is None and j < s.j and s.words[j - s.i] in _IYYA:
        # الحكومة الفرنسية أقدمت على خطوة ...، متهمة إياها بتجاهل الشرعية: the pronoun after إيا
        # stands for the nearest name before that is not the actor
        recipient = next((e for m, e in s.entities_before(i, limit=3 * WINDOW, across=True) if e is not actor
                          and can_act_as_subject(e) and s.governed(m) not in ATTRIBUTION), None)
    if recipient is None and (envoy := _envoy_country(s, i, j, actor, entities)) is not None:
        recipient = envoy  # استدعاء السفير الأميركي: the envoy's country
    if recipient is None and (cue.mode == "withdraw" or cue_lemma(cue) in _WITHDRAW):
        recipient = _deal_party(s, i, j, actor, entities)  # الانسحاب من الاتفاق النووي الإيراني: Iran
    if place is None or cue.mode == "visit" and cue.kind != "verb":
        # وصل قاآني إلى بغداد في زيارة: the place may come just before a noun trigger; for a
        # visit it is where the visitor came, not a place named after (يلتقي خلالها ... في غزة)
        place = next((e for m, e in s.entities_before(i, limit=NEAR) if e.type == "LOC" and e is not actor
                      and s.governed(m) in _PLACE_PREPS), None) or place
    if cue.mode == "visit" and cue_lemma(cue) not in HOSTS:
        if place is None and recipient is not None and recipient.type == "LOC":
            place = recipient  # زار ماكرون بيروت: the place visited is the verb's object
        if place is not None:
            recipient = _country_of(place, entities) or place  # زار بغداد: the host is Iraq
    if cue.type in ("ASSAULT", "MOBILIZE", "COERCE") and actor is not None and _reporter(actor) \
            and not (cue.type == "COERCE" and actor.country == "IGO"):
        # قالت وكالة الأنباء، أفاد المرصد السوري، منظمة حظر الأسلحة: who tells of an attack or inquires into
        # it (a civil body may protest, and Interpol arrests)
        actor = None
    if cue.mode == "resign" and recipient is not None and recipient.type == "PER" and actor is not None \
            and actor.type != "PER":
        # تلقت الإنتربول استقالة رئيسها مينغ هونغوي: a person resigns, from the body or the country named
        # with them (but قدموا استقالتهم للبابا: to whom, with no doer named)
        actor, recipient = recipient, actor
    return actor, recipient, place


def object_demonym(s: Sentence, j: int, actor: Entity, entities: list[Entity]) -> Entity | None:
    """The country a demonym names in the object right after a verb ending at j, past a subject
    named there (استهدف الحوثيون ناقلة نفط سعودية، قتلوا جنديا إسرائيليا، أفرجت عن ثلاثة
    أمريكيين), where the article names that country and it is not the actor's."""
    k = j
    if k + 1 < s.j and s.owner[k] is None and s.owner[k + 1] is actor and s.words[k - s.i] in descriptors():
        k += 1  # رفضت حركة حماس: past the descriptor of the subject
    k = s.name_end(k, actor)
    for n in range(k, min(k + 4, s.j)):
        w = s.words[n - s.i]
        if s.layers.tokens[n].kind == "number":
            continue  # أفرجت عن 3 أمريكيين
        if s.layers.tokens[n].kind != "word" or s.owner[n] is not None or w in PREP_WORDS and w not in ("علي", "ضد", "عن"):
            return None
        iso3 = demonym(w)
        if iso3 is not None:  # an adjective, after the noun it qualifies
            nation = country_entity(iso3, entities) if n > k else None
            return nation if nation is not None and nation.country != actor.country else None
    return None


def demonym(w: str) -> str | None:
    """The country (ISO3) a normalised demonym names, also in the accusative (إسرائيليا)."""
    demonyms = knowledge().demonyms
    return demonyms.get(w) or (demonyms.get(w[:-1]) if w.endswith("ا") else None)


def _envoy_country(s: Sentence, i: int, j: int, actor: Entity | None, entities: list[Entity]) -> Entity | None:
    """The country of an envoy named by a demonym in or right after the trigger and its subject
    (استدعاء السفير الأميركي، استدعت الخارجية السفير البريطاني): the article's entity for that country, else
    its government, if it names either, and not the actor's."""
    end = s.name_end(j, actor)  # past a subject named after the verb
    for k in range(i, min(end + 3, s.j - 1)):
        if s.words[k - s.i] in _ENVOYS and s.owner[k + 1] is None and (iso3 := demonym(s.words[k + 1 - s.i])):
            nation = country_entity(iso3, entities) or next(
                (e for e in entities if e.country == iso3 and e.sector == "GOV" and e.type == "ORG"), None)
            return nation if nation is not None and (actor is None or nation.country != actor.country) else None
    return None


def _deal_party(s: Sentence, i: int, j: int, actor: Entity | None, entities: list[Entity]) -> Entity | None:
    """The other party of the agreement withdrawn from: the one after مع (الانسحاب من الاتفاق مع
    إيران), or the country a demonym names after it (الاتفاق النووي الإيراني: Iran, where the
    article names that country), not the actor's; the deal may be told before (انسحاب ... منه)."""
    end = j
    while end < s.j and s.owner[end] is not None:
        end += 1  # past a name after the verb (انسحبت الولايات المتحدة من الاتفاق)
    deal = next((k for k in range(i, min(end + 3, s.j)) if s.words[k - s.i] in _AGREEMENT_NOUNS), None)
    if deal is None:  # أعلن ترامب انسحاب الولايات المتحدة من الاتفاق: the deal withdrawn from, further on
        deal = next((k for k in range(end, min(end + WINDOW, s.j)) if s.words[k - s.i] in _AGREEMENT_NOUNS
                     and s.governed(k) == "من" and not broken(s, j, k)), None)
    if deal is None:  # الاتفاق النووي مع إيران ... رغم انسحاب الولايات المتحدة منه: the deal told before
        deal = told_before(s, i, j, lambda w: w in _AGREEMENT_NOUNS)
    if deal is None:
        return None
    for k in range(deal + 1, min(deal + 4, s.j)):
        party = s.owner[k]
        if party is not None and s.words[k - 1 - s.i] == "مع" and can_act(party) and party is not actor \
                and (actor is None or party.country != actor.country):
            return party  # الاتفاق النووي مع إيران: the other party
        if s.layers.tokens[k].kind != "word" or party is not None:
            return None
        if (iso3 := demonym(s.words[k - s.i])) is not None:
            nation = country_entity(iso3, entities)
            return nation if nation is not None and (actor is None or nation.country != actor.country) else None
    return None


def _said_of(s: Sentence, i: int) -> bool:
    """Whether a verb of saying (a condemnation, a demand, praise) stands in the three words
    before token i: the noun there is what it is about (أدانت قطر الهجوم)."""
    return any(c.kind == "verb" and c.type in _ADDRESSED | {"REJECT"}
               for w in s.words[max(0, i - 3 - s.i):i - s.i] for c in lexicon().words.get(w, ()))


def carries_object(s: Sentence, k: int) -> bool:
    """Whether the verb at token k ends in an object pronoun (وقعه، شنته، أجراها، عقدوها) or a
    preposition with one follows it (دعت إليه، وقع عليه): what the relative pronoun stands for
    is its object, and a name after it its subject."""
    t, w = s.layers.tokens[k], s.words[k - s.i]
    # (ه as written, not ة normalised to ه: الدعوة carries nothing)
    return t.stem_end < t.end or len(w) > 4 and w.endswith(("ها", "هم", "هما")) \
        or len(w) > 3 and s.layers.text[t.end - 1] == "ه" or k + 1 < s.j and s.words[k + 1 - s.i] in _PREP_PRONOUNS


def _has_object(s: Sentence, j: int) -> bool:
    """Whether token j, after a verbal noun, is a word that is no preposition: its object."""
    return j < s.j and s.layers.tokens[j].kind == "word" and s.governed(j) is None \
        and s.words[j - s.i] not in PREP_WORDS | NOUN_CONTEXT | _CAUSE  # not إثر، بعد، منذ


def _suspect_before(s: Sentence, i: int) -> tuple[Entity | None] | None:
    """Where a word for a suspect stands in the four words before a trigger at token i (المشتبه
    به في اغتيال، المتهم بالتخطيط لاعتداءات): the one suspected, the name right before that word
    (past a comma: صلاح عبد السلام، المشتبه به), or (None,) where no name stands there (توقيف
    المشتبه به في محاولة اغتيال: the doer is unnamed, not whoever is named before); None where
    there is no such word."""
    k = next((k for k in range(i - 1, max(s.i, i - 4) - 1, -1) if s.words[k - s.i] in _SUSPECTS), None)
    if k is None:
        return None
    m = k - 1
    if m > s.i and s.owner[m] is None and s.words[m - s.i] in _ONE_OF:
        m -= 1  # صلاح عبد السلام، آخر منفذي هجمات باريس
    if m > s.i and is_comma(s, m):
        m -= 1
    e = s.owner[m] if m >= s.i else None
    return (e if e is not None and can_act(e) else None,)


def _past_day(s: Sentence, j: int) -> int:
    """The first token from j on that is no part of a day (اعتقل أمس ثلاثة، شنتها الخميس قوات)."""
    while j < s.j and j in s.timed:
        j += 1
    return j


def _has_object_after(s: Sentence, j: int) -> bool:
    """Whether a word that can be a verb's object follows token j (not the sentence's end, a
    mark, a preposition, a day or a word with ب or ل: قتل في غارة، اعتقل أمس، قتل برصاص قناص)."""
    j = _past_day(s, j)  # اعتقل أمس ثلاثة مشتبهين: past the day
    if j >= s.j or s.layers.tokens[j].kind == "punct":
        return False
    w = s.words[j - s.i]
    return w not in PREP_WORDS and w not in _BY_WEAPON and s.layers.prefixes[j][-1:] not in ("ب", "ل")


def _subject_follows(s: Sentence, k: int) -> bool:
    """Whether a word or a count that may be the subject of the verb at token k follows it (past
    a day): no mark, no preposition (الضربات التي شنتها 3 دول، but أجراها مع، فرضتها على)."""
    k = _past_day(s, k + 1)
    return k < s.j and s.layers.tokens[k].kind in ("word", "number") and s.governed(k) is None \
        and s.words[k - s.i] not in PREP_WORDS and s.words[k - s.i] not in _PREP_PRONOUNS \
        and s.layers.prefixes[k][-1:] not in ("ب", "ل")


def _disagrees(s: Sentence, i: int, j: int, cue: Cue, m: int, e: Entity) -> bool:
    """Whether a verb in the past joined by و at token i (ending before j) and the name at token
    m, right after it (past a day), differ in gender: a verb agrees with a subject that follows
    it (طالبت ألمانيا، طالب العراق), so the name is its object and the subject was named before
    (نفى سالفيني ذلك وطالب ألمانيا بتقديم تنازلات). Only where both genders are plain: a
    person's is not."""
    if cue.kind != "verb" or j != i + 1 or any(k not in s.timed for k in range(j, m)) or s.governed(i) is not None:
        # (على قطع السعودية علاقاتها: after a preposition the verb's form is a verbal noun)
        return False
    w, lemma = s.words[i - s.i], cue.lemma
    if not s.layers.prefixes[i].startswith(("و", "ف")):
        return False  # بعد رفض روسيا، إن طرد بريطانيا: a verbal noun as well, whose genitive does it
    if w == lemma:
        verb = "m"
    elif w == lemma + "ت" or lemma[-1:] in ("ا", "ي") and w == lemma[:-1] + "ت":  # اتهمت، دعت، نفت
        verb = "f"
    else:
        return False
    head = without_article(s.words[m - s.i])
    if e.type == "ORG":
        gender = "m" if head in _MASCULINE_HEADS else "f" if head in _FEMININE_HEADS else None
    elif e.type == "LOC" and can_act_as_subject(e):  # countries and capitals: feminine, but a few
        gender = "m" if head in _MASCULINE_COUNTRIES else "f"
    else:
        return False
    return gender is not None and gender != verb


def _group_of_unnamed(s: Sentence, j: int) -> Entity | None:
    """The group named after an unnamed subject at token j (مسلحون من حركة طالبان، انتحاري من
    حركة الشباب، قادة في تحالف الفتح; in a group, not a place: محتجون في بغداد), or None."""
    # عشرات المسلحين من تنظيم "ولاية سيناء": past the count to the people counted
    p = j + 1 if j + 2 < s.j and s.words[j - s.i] in CROWD and s.words[j + 1 - s.i] not in ("من", "في", "عن") else j
    if p + 2 >= s.j or s.words[p + 1 - s.i] not in ("من", "في", "عن"):
        return None
    # من حركة طالبان، ممثلون عن الجيش الحر: past a descriptor, and a quotation mark after
    # it (من تنظيم "ولاية سيناء"; not الكثير من المغردين البرادعي: the object)
    quoted = p + 4 < s.j and s.layers.tokens[p + 3].kind == "punct" and s.words[p + 3 - s.i] in NAME_QUOTES \
        and body_before_quote(s.words[p + 2 - s.i])
    return next((s.owner[k] for k in (p + 2, p + 3, p + 4) if k < s.j and s.owner[k] is not None
                 and can_act(s.owner[k])
                 and (k == p + 2 or k == p + 3 and s.words[p + 2 - s.i] in descriptors()
                      or k == p + 4 and quoted)
                 and (s.words[p + 1 - s.i] == "من" or s.owner[k].type != "LOC")), None)


def _past_adjective(s: Sentence, j: int, m: int) -> int:
    """j + 1 where the word at j, right after a noun trigger, is an adjective of acts (هجوم جديد،
    غارات عنيفة) and the name at m follows it with ل (past a descriptor): a genitive with ل
    after the adjective is still the noun's (هجوم جديد لتنظيم داعش); else j."""
    if j + 1 < s.j and j + 1 <= m <= j + 2 and s.owner[j] is None and s.words[j - s.i] in _ACT_ADJECTIVES \
            and not s.layers.prefixes[j] and s.layers.prefixes[j + 1][-1:] == "ل":
        return j + 1
    return j


def _made_by(s: Sentence, j: int) -> Entity | None:
    """The one named after a passive participle and من or عن right after a noun trigger (ending
    before token j): العقوبات المفروضة من واشنطن، الاتهامات الصادرة عن موسكو; or after one of
    ascribing and إلى: الهجوم الكيميائي المنسوب إلى النظام. Who made it, or None."""
    if j + 3 < s.j and s.owner[j] is None and s.layers.tokens[j].kind == "word" \
            and s.words[j - s.i] not in _MADE_BY | _ASCRIBED and s.words[j + 1 - s.i] in _MADE_BY | _ASCRIBED:
        j += 1  # past an adjective: الهجوم الكيميائي المفترض المنسوب إلى، الاتهامات الخاطئة الصادرة عن
    if j + 2 >= s.j or not (s.words[j - s.i] in _MADE_BY and s.words[j + 1 - s.i] in ("من", "عن")
                            or s.words[j - s.i] in _ASCRIBED and s.words[j + 1 - s.i] == "الي"):
        return None
    k = j + 3 if s.words[j + 2 - s.i] in ("قبل", "جانب", "طرف") and j + 3 < s.j else j + 2  # من قبل واشنطن
    e = s.owner[k]
    return e if e is not None and can_act_as_subject(e) else None


def _told_after(s: Sentence, j: int) -> int | None:
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


def _spokesman(s: Sentence, e: Entity) -> Entity | None:
    """The person named right after a body that follows باسم (المتحدث باسم حكومة طالبان ذبيح الله
    مجاهد): the spokesman, who acts, where e is that body."""
    m = next((m for m in range(s.i + 1, s.j) if s.owner[m] is e and s.owner[m - 1] is not e), None)
    if m is None or s.owner[m - 1] is not None or s.words[m - 1 - s.i] != "اسم" \
            or s.layers.prefixes[m - 1][-1:] != "ب":
        return None
    person = _titled_person(s, m, e)  # the person right after the body's name
    return person if person is not e else None


def _capital_before(s: Sentence, m: int, i: int, e: Entity) -> bool:
    """فرضت واشنطن عقوبات: a capital a few words before a noun trigger, with no preposition of
    place between, is the subject of the clause's verb: its government acts."""
    # (a day and its preposition do not count: أعلنت الرياض خلال الأسبوع الجاري أنها طردت)
    gap = [k for k in range(m, i) if s.owner[k] is not e and k not in s.timed and not (k + 1 in s.timed and k + 1 < i)]
    return can_act_as_subject(e) and len(gap) <= 3 and not any(
        s.words[k - s.i] in _PLACE_PREPS or s.layers.tokens[k].kind == "punct" for k in gap)


def _coordinated(s: Sentence, e: Entity) -> Entity | None:
    """The entity joined to e by و right after it (بايدن والكاظمي، مصر والسودان)."""
    end = s.first_token(e)
    if end is None:
        return None
    end = s.name_end(end, e)
    if end < s.j and is_comma(s, end):
        end += 1
    if end < s.j and s.owner[end] is not None and s.owner[end] is not e and (
            can_act(s.owner[end]) or can_act_as_subject(e) and can_act_as_subject(s.owner[end])):
        if s.layers.prefixes[end].startswith("و"):
            return s.owner[end]  # أنقرة والقاهرة: two capitals are two governments
    return None


def subject_word_before(s: Sentence, i: int) -> bool:
    """Whether a verb at token i follows إن/أن and one word that names no one: after إن/أن the
    subject comes first (أن بلاده ستزود، إن الحكومة قررت), so what follows the verb is its object."""
    k = i - 1
    if k - 1 < s.i or s.layers.tokens[k].kind != "word" or s.owner[k] is not None:
        return False
    w = s.words[k - s.i]
    return s.words[k - 1 - s.i] in COMPLEMENTIZERS and w not in PARTICLES and w not in _KANA \
        and w not in _NOT_SUBJECT_WORDS


def _reporter(e: Entity) -> bool:
    """Whether an entity is a body that reports or inquires, no armed one: the media, a civil
    body (a monitor, a rights group), an international organisation with no forces."""
    return e.sector == "JRN" or e.type == "ORG" and (e.sector == "CVL" or e.country == "IGO" and e.sector != "MIL")


def _prepositional_between(s: Sentence, j: int, m: int) -> bool:
    """Whether a word with ب or ل, or a preposition other than من, stands between tokens j and m
    (أشاد بترحيب السلطات، رفض القادة في البداية طلب كامبل: the name is the genitive of what the
    verb is about, not its subject; but عدد من أعضاء مجلس الشيوخ، متحدث باسم الحكومة name it)."""
    t = s.layers.tokens[m - 1]
    if s.owner[m].type != "PER" and s.owner[m - 1] is None and t.kind == "word" and t.stem_start > t.base_start:
        return False  # وقعت على الاتفاق إيران: a definite noun takes no genitive, the name is the subject
        # (before a person a definite word is mostly a title: بحكم الرئيس حسني مبارك)
    return any(s.owner[k] is None and k not in s.timed and s.words[k - s.i] not in _NAMED_FOR and (
        s.layers.prefixes[k][-1:] in ("ب", "ل") or s.words[k - s.i] in _PREPOSITIONS) for k in range(j, m))


def _dropped_subject(s: Sentence, i: int, j: int) -> bool:
    """Whether a verb of accusing at token i (ending before j) follows a conjunction of time
    (بعدما، عندما) and has one name after it and then ب, على or إلى (بعدما اتهمت الدوحة بدعم):
    the verb goes on with the subject of the clause before, and the name is the one accused (not
    بعدما توعد العبادي بالاقتصاص، طالبت واشنطن بالإفراج: there the name is the subject)."""
    if i == s.i or s.words[i - 1 - s.i] not in _TIME_CONJUNCTIONS or j >= s.j or s.owner[j] is None:
        return False
    e = s.owner[j]
    end = s.name_end(j, e)
    return end < s.j and (s.layers.prefixes[end][-1:] == "ب" or s.words[end - s.i] in ("علي", "الي"))


def _after_indefinite(s: Sentence, i: int) -> bool:
    """Whether the verb at token i follows an indefinite noun phrase that names no one (مذكرة
    دبلوماسية تطالب، قوات تركية تقصف، بيانا تدين فيه): in Arabic such a verb opens a clause that
    describes the noun, its subject (or, with فيه/فيها after it, says what the subject said in
    it: قرارا تطالب فيه الولايات المتحدة); either way the name after the verb is its object.
    A joined verb (وتطالب) goes on from the clause before."""
    v = s.layers.tokens[i]
    if i == s.i or s.layers.prefixes[i][:1] in ("و", "ف") or v.stem_end < v.end:
        return False  # خطوة رفضتها إسرائيل: the noun is its object; the subject follows
    k = i - 1
    t, w = s.layers.tokens[k], s.words[k - s.i]
    if t.kind != "word" or s.owner[k] is not None or k in s.timed or s.layers.prefixes[k] \
            or t.stem_start != t.base_start or t.stem_end != t.end or len(w) < 4 \
            or w in PARTICLES or w in _NOT_SUBJECT_WORDS or w in _KANA or w in PREP_WORDS \
            or w in COMPLEMENTIZERS or w in RELATIVE_PRONOUNS or w in _ADVERBS or w in _CLAUSE_OPENERS \
            or w in _TIME_CONJUNCTIONS:
        return False  # (بعدما توعد العبادي: a conjunction in ا, no noun in the accusative)
    # a feminine or plural noun or adjective (مذكرة، قوات), or a noun in the accusative (بيانا);
    # verbs end otherwise (طالبت، مات)
    return s.layers.text[t.end - 1] == "ة" or len(w) > 4 and w.endswith(("ات", "ا"))


def unnamed_subject(s: Sentence, j: int) -> bool:
    """Whether the verb ending before token j has a subject that names no one: a crowd
    (آلاف المتظاهرين) or a plural in the nominative (مسلحون، مستوطنون، المحتجون). Its object
    may then follow; it is not the verb's actor."""
    if j >= s.j or s.owner[j] is not None or s.layers.tokens[j].kind != "word" or s.layers.prefixes[j]:
        return False
    w = s.words[j - s.i]
    bare = w[2:] if w.startswith("ال") else w  # المئات، الآلاف
    # (دول غربية names no one; دول مجلس التعاون, a plural in construct with a name, names them)
    plural = w in UNNAMED_PLURALS and not (j + 1 < s.j and s.owner[j + 1] is not None)
    return w in CROWD or bare in CROWD or w in _ATTACKER or plural \
        or w in _MEMBERS and j + 1 < s.j and s.words[j + 1 - s.i] in ("من", "في", "عن") \
        or w.endswith("ون") and len(w) > 4 and w not in _NOT_PLURAL


def _definite_subject(s: Sentence, j: int) -> bool:
    """Whether the verb ending before token j has a definite noun right after it that names no
    one, and then a name (طالبت المعارضة الحكومة، استهدف القصف مواقع الجيش): a noun with the
    article heads no construct, so it is the verb's subject and the name is its object (a title
    too: دعا الرئيس الحكومة). Not a word of time, nor before a demonym, and not before a person:
    a definite noun there is a title or a description set before the name (قال الرئيس ترامب،
    ناشد النائب هادي حبيش)."""
    if j + 1 >= s.j or s.owner[j] is not None or j in s.timed or s.layers.tokens[j].kind != "word" \
            or s.layers.prefixes[j]:
        return False
    w = s.words[j - s.i]
    if w.startswith("ال") and len(w) >= 5:
        k = j + 1
        if s.owner[k] is None and k + 1 < s.j and _qualifies(s, k):
            k += 1  # اتهمت الدول الأربع قطر، طالبت اللجنة الدولية الحكومة: past a word that qualifies the noun
    elif len(w) >= 3 and not w.endswith("ا") and w not in PARTICLES and w not in PREP_WORDS and w not in _ADVERBS \
            and w not in _KANA and w not in COMPLEMENTIZERS and demonym(w) is None and j + 2 < s.j \
            and s.owner[j + 1] is None and _qualifies(s, j + 1):
        k = j + 2  # يتهم مشروع القرار إسرائيل، انتقد وزير الخارجية تركيا: a construct subject
    else:
        return False
    if k + 2 < s.j and s.words[k - s.i] == "في" and s.words[k + 1 - s.i] in _STATEMENTS and s.owner[k + 1] is None:
        k += 2  # طالبت الخارجية في بيان إسرائيل بوقف: past the statement it was said in
    k = _past_count(s, k)  # قتلت القوات خمسة من الخبراء الحوثيين: some of the named ones
    return k < s.j and s.owner[k] is not None and s.owner[k].type != "PER" and s.governed(k) is None \
        and not s.layers.prefixes[k].startswith("و") and demonym(s.words[k - s.i]) is None \
        and demonym(s.words[j + 1 - s.i]) is None


def _past_count(s: Sentence, k: int) -> int:
    """The token after a partitive count that opens at k (خمسة من، العشرات من الخبراء), else k."""
    w = s.words[k - s.i] if k < s.j else ""
    if k + 1 < s.j and (w.isdigit() or w in number_words() or w in _VAGUE_COUNTS) and s.words[k + 1 - s.i] == "من":
        k += 2
        if k + 1 < s.j and s.owner[k] is None and s.words[k - s.i].startswith("ال"):
            k += 1  # the noun counted (الخبراء), before the name that qualifies it
    return k


def _attack_noun(s: Sentence, k: int) -> bool:
    """Whether token k is a noun of an attack (قتل 8 جنود في هجوم لطالبان: the names after it are
    the attack's, not the killing's)."""
    return s.governed(k) in ("في", "ب") and any(c.kind == "noun" and c.type == "ASSAULT"
                                                for c in lexicon().words.get(s.words[k - s.i], ()))


def _charged_after(s: Sentence, m: int, e: Entity) -> bool:
    """Whether a word with ب follows the name that opens at token m (إيران بدعم الإرهاب): what
    the name is accused of or called on to do."""
    n = s.name_end(m, e)
    return n < s.j and s.layers.tokens[n].kind == "word" and s.layers.prefixes[n].endswith("ب")


def _first_joined(s: Sentence, e: Entity, i: int, acts=can_act) -> Entity:
    """The first of the names joined by و that end with e before token i, each passing `acts`
    (السعودية والإمارات والبحرين ومصر: Saudi Arabia)."""
    seen = {e}
    while (other := _coordinated_before(s, e, i, acts)) is not None and other not in seen:
        e = other
        seen.add(e)
    return e


def _plain_between(s: Sentence, j: int, m: int) -> bool:
    """Whether the words from token j up to m are no preposition and carry none (إدارة الرئيس
    الأميركي before دونالد ترامب; not مرتين للقاء before the one met)."""
    return all(s.layers.tokens[k].kind == "word" and s.layers.prefixes[k][-1:] not in ("ب", "ل")
               and s.words[k - s.i] not in PREP_WORDS for k in range(j, m))


def _after_comma(s: Sentence, i: int, j: int, cue: Cue) -> bool:
    """Whether the trigger at i..j is a participle or a noun of purpose after a comma (...،
    داعيا الأطراف إلى، متهمة إياها، تنديدا بـ): it tells what the subject of the clause did.
    Participles are one-word phrase cues, as written (متهمة، منددة)."""
    return i > s.i and s.layers.tokens[i - 1].kind == "punct" and (purpose_form(s, i) or cue.kind == "phrase" and j == i + 1)


def _qualifies(s: Sentence, k: int) -> bool:
    """Whether token k is a definite word that qualifies the noun before it (الأربع، الدولية):
    no name, no clitic, no word of time, not a title, a demonym or a function word."""
    w = s.words[k - s.i]
    return s.layers.tokens[k].kind == "word" and not s.layers.prefixes[k] and k not in s.timed \
        and w.startswith("ال") and len(w) >= 5 and w not in title_words() and demonym(w) is None \
        and w not in RELATIVE_PRONOUNS


def _demonym_subject(s: Sentence, j: int) -> str | None:
    """The country of the subject right after a verb ending before token j when it is an
    indefinite noun and a demonym (مسؤول إماراتي، وفد مصري رفيع), with a noun, not ب + a noun,
    after it (not اتهم مسؤول إسرائيلي بالفساد: he was accused): its ISO code, or None."""
    if j + 2 >= s.j or s.owner[j] is not None or s.layers.tokens[j].kind != "word" or s.layers.prefixes[j]:
        return None
    if s.words[j - s.i] not in _SUBJECT_NOUNS:
        return None  # not هدد شرطية ألمانية بسكين: an object after a verb whose subject is a pronoun
    iso3 = demonym(s.words[j + 1 - s.i])
    if iso3 is None or s.owner[j + 1] is not None:
        return None
    k = j + 2
    if k < s.j and s.owner[k] is None and s.words[k - s.i] in _HIGH and not s.layers.prefixes[k]:
        k += 1  # بارز، رفيع
    if k >= s.j or s.layers.tokens[k].kind != "word" or s.layers.prefixes[k][-1:] == "ب":
        return None
    return iso3


def _pronoun_ended(s: Sentence, k: int) -> bool:
    """Whether token k, as written, ends in a pronoun suffix (لمشاركته، لدورهم; not the ة of لمنظمة)."""
    t = s.layers.tokens[k]
    return t.stem_end < t.end or s.layers.text[t.start:t.end].endswith(("ه", "هم", "ها", "هما"))


def _owned(s: Sentence, i: int, j: int, cue: Cue) -> bool:
    """Whether a one-word noun trigger carries a pronoun for its doer (أعلن الاتحاد الأوروبي
    دعمه لحكومة ...، رفضه، زيارته): a name after it is then no genitive but the one it is done
    to. Not for nouns whose genitive is what is done to (اعتقاله: he was arrested)."""
    t = s.layers.tokens[i]
    return cue.kind != "verb" and t.stem_end < t.end and cue.args != "object"


def _light_relative(s: Sentence, i: int) -> bool:
    """Whether the noun at token i is done by a light verb in a relative clause (الذي يقوم
    بجولة، التي شنت هجوما)."""
    return i - 2 >= s.i and s.words[i - 2 - s.i] in RELATIVE_PRONOUNS and s.words[i - 1 - s.i] in _LIGHT


def _after_event_noun(s: Sentence, i: int) -> bool:
    """Whether the verb at token i describes the event noun just before it (إثر هجوم استهدف
    معسكرا: the attack targeted; no one named before is its subject)."""
    if i == s.i:
        return False
    return any(c.kind == "noun" for c in lexicon().words.get(s.words[i - 1 - s.i], ()))


def subject_before(s: Sentence, i: int) -> Entity | None:
    """The subject of a verb at token i in a clause that opens with it (SVO, as headlines and
    many clauses are written: إسرائيل تتهم إيران، الجيش السوري يقصف): an acting name that
    stands right before the verb at the start of the sentence or after a comma."""
    if i == s.i or s.layers.prefixes[i][:1] in ("و", "ف"):
        return None  # وقصف، فاتهم: a joined verb goes on from the clause before (not ستزود)
    k = i - 1
    if k > s.i and s.layers.tokens[k].kind == "punct" and s.layers.text[s.layers.tokens[k].start] in _QUOTE_MARKS:
        k -= 1  # إن باماكو "تدين بشدة": a quotation opens between the subject and its verb
    elif k > s.i and is_comma(s, k) and s.owner[k - 1] is not None \
            and s.owner[k - 1].type == "PER" and _set_off(s, k - 1):
        k -= 1  # الرئيس التنفيذي لشركة توماس كوك، بيتر فانكهاوزر، زار: a name set off by commas
    if k > s.i and s.owner[k] is None and s.owner[k - 1] is not None and demonym(s.words[k - s.i]):
        k -= 1  # وكان الحرس الثوري الإيراني اعتقل: past the demonym that qualifies the name
    qad = k > s.i and s.words[k - s.i] == "قد"
    if qad:
        k -= 1  # وكانت الولايات المتحدة قد اغتالت
    e = s.owner[k]
    if e is None or not can_act_as_subject(e):
        return None
    if qad and s.governed(next(m for m in range(k, s.i - 1, -1) if m == s.i or s.owner[m - 1] is not e)) \
            not in _PLACE_PREPS:
        # عناصر بقيادة الجنرال تياني قد احتجزوا بازوم: a name before قد is its verb's subject (or
        # leads it); of several joined by و, the first (وكانت السعودية والإمارات ومصر قد قطعت)
        return _first_joined(s, e, k + 1, can_act_as_subject)
    start = s.name_start(k, e)
    first = s.owner[start - 1] if start > s.i and s.layers.prefixes[start].startswith("و") else None
    if first is not None and first is not e and can_act_as_subject(first):
        e, start = first, s.name_start(start - 1, first)  # أنقرة والقاهرة اتفقتا: the first of a pair is the subject
    if start > s.i and s.words[start - 1 - s.i] in _KANA:
        start -= 1  # كانت الولايات المتحدة ...: the clause opens with كان
    titled = start
    while titled > s.i and start - titled < 4 and s.owner[titled - 1] is None and (
            s.words[titled - 1 - s.i] in _TITLES or s.words[titled - 1 - s.i] in title_words()
            or demonym(s.words[titled - 1 - s.i])):
        titled -= 1  # أن الوزير الأمريكي مايك بومبيو سيزور: past the title to what opens the clause
    if titled < start and (titled == s.i or s.words[titled - 1 - s.i] in COMPLEMENTIZERS):
        start = titled
    opens = start == s.i or s.layers.tokens[start - 1].kind == "punct" and (
        s.layers.text[s.layers.tokens[start - 1].start] in CLAUSE_END + _QUOTE_MARKS) \
        or s.words[start - 1 - s.i] in COMPLEMENTIZERS or s.words[start - 1 - s.i] in _CLAUSE_OPENERS
    # قال إن أنقرة والقاهرة اتفقتا: a clause after إن/أن opens with its subject too, and a quotation
    # (قال المصدر إن "سوريا تدين"), and one after لكن، فيما، بينما (لكن الوزير بومبيو هدد إيران)
    return e if opens and (s.words[start - s.i] in _KANA or s.governed(start) is None) else None


def _verb_first(s: Sentence, i: int) -> bool:
    """Whether the word at token i, the first of a phrase cue, is a form of a verb of the lexicon."""
    return any(c.kind == "verb" for c in lexicon().words.get(s.words[i - s.i], ()))


def _after_area(s: Sentence, m: int) -> bool:
    """Whether the name at token m follows an area word (مطار الحديدة غربي اليمن): where, not who."""
    return m > s.i and s.owner[m - 1] is None and s.words[m - 1 - s.i] in AREA


def _set_off(s: Sentence, m: int) -> bool:
    """Whether the name ending at token m is set off by a comma before it (an apposition)."""
    m = s.name_start(m, s.owner[m])
    return m > s.i and is_comma(s, m - 1)


def _coordinated_before(s: Sentence, e: Entity, i: int, acts=can_act) -> Entity | None:
    """The entity e is joined to by و, where e is the second of a pair before token i (مصطفى
    الكاظمي، والرئيس الأمريكي جو بايدن), if it passes `acts`."""
    start = next((m for m in range(i - 1, s.i - 1, -1) if s.owner[m] is e), None)
    if start is None:
        return None
    start = s.name_start(start, e)
    if not s.layers.prefixes[start].startswith("و"):
        return None
    k = start - 1
    if k >= s.i and is_comma(s, k):
        k -= 1
    other = s.owner[k] if k >= s.i else None
    return other if other is not None and other is not e and acts(other) else None


def _attributed(s: Sentence, m: int) -> bool:
    """Whether the name at m is where an attribution's source sits (بحسب مصدر في الشرطة
    العراقية، وفق ما أعلنه ضابط في الشرطة): it tells the event, it does not suffer it."""
    words = s.words[max(0, m - 5 - s.i):m - s.i]
    if m - 2 >= s.i and s.words[m - 2 - s.i] in _AS_TOLD and s.words[m - 1 - s.i] in _SAYING:
        return True  # قتل جندي أميركي بانفجار عبوة، كما أفاد البنتاغون: who tells it
    return any(w in ATTRIBUTION for w in words) and any(w in _SOURCES for w in words)


def _titled_name(s: Sentence, j: int, m: int, e: Entity, apposition: bool = False) -> bool:
    """Whether the person at m is named after a title that opens at j, with the body it heads
    (طالب رئيس الاتحاد الأردني لكرة القدم علي بن الحسين): the verb's subject, however long."""
    titled = j < s.j and s.words[j - s.i] in title_words()
    # a preposition inside the title only before the body or the country of the post (نائب
    # السفير البريطاني لدى الأمم المتحدة جوناثان آلانان، المبعوث الأممي إلى اليمن مارتن غريفيث)
    if not (e.type == "PER" and m - j <= 8 and j < s.j and (titled or s.words[j - s.i] in _APPOSED)
            and not punct_between(s, j, m) and all(s.words[k - s.i] not in PREP_WORDS or _post_of(s, k, m)
                                                   for k in range(j, m))):
        return False
    # ندد الرئيس الأميركي السابق، باراك أوباما، بـ: the name in apposition, set off by a comma
    # right before it, and no other comma between (after a noun of what one does, only so:
    # انتقدت الإعلامية البحرينية، سوسن الشاعر; انتقد المسؤول الإيراني ترامب is another reading)
    commas = [k for k in range(j, m) if s.layers.tokens[k].kind == "punct"]
    if not commas:
        return titled and not broken(s, j, m)
    return apposition and commas == [m - 1] and is_comma(s, m - 1) \
        and not broken(s, j, m - 1)


def _post_of(s: Sentence, k: int, m: int) -> bool:
    """Whether the preposition at k names where a title holder serves: a body or a country named
    right after it that ends right before the person at m."""
    body = s.owner[k + 1] if k + 1 < m else None
    # (past a comma: المنسق الأممي في اليمن، مارك لوكوك)
    return body is not None and body.type in ("ORG", "LOC") and (
        s.name_end(k + 1, body) == m or s.name_end(k + 1, body) == m - 1 and is_comma(s, m - 1))


def _titled_person(s: Sentence, m: int, e: Entity) -> Entity:
    """The person an organisation's name stands before, in apposition (لجماعة الإخوان محمد بديع),
    also past two words that qualify the name (رئيس الاتحاد الفلسطيني لكرة القدم جبريل الرجوب),
    else the entity itself."""
    if e.type != "ORG":
        return e
    n = s.name_end(m, e)
    for k in range(n, min(n + 2, s.j)):
        if s.owner[k] is not None or s.layers.tokens[k].kind == "punct" or s.words[k - s.i] in PREP_WORDS:
            break
        if k + 1 < s.j and s.owner[k + 1] is not None:
            n = k + 1
            break
    after = s.owner[n] if n < s.j else None
    return after if after is not None and after.type == "PER" else e


def _part_of(s: Sentence, m: int, e: Entity) -> bool:
    """Whether token m lies inside one of the entity's descriptions (or names: جيش ميانمار, a
    body named by its description, holds the place's name)."""
    t = s.layers.tokens[m]
    return any(n.start <= t.base_start and t.end <= n.end for n in e.nominals + e.mentions)


def _member_of(s: Sentence, m: int, actor: Entity) -> bool:
    """Whether the name at token m, governed by من, tells the body the actor belongs to: من, a
    body's noun or a quotation mark between, right after the actor's name (بيربوك من حزب "الخضر")."""
    k = m - 1
    if k > s.i and s.layers.tokens[k].kind == "punct" and s.words[k - s.i] in NAME_QUOTES:
        k -= 1
    if k > s.i and s.owner[k] is None and body_before_quote(s.words[k - s.i]):
        k -= 1  # the body's noun (not انسحاب الولايات المتحدة من اتفاق إيران: what it withdraws from)
    return m - k > 1 and k > s.i and s.words[k - s.i] == "من" and s.owner[k - 1] is actor  # (not طلبت النمسا من طهران)


def doer_after(s: Sentence, j: int) -> Entity | None:
    """The doer named after the trigger ending before token j behind من قبل، على يد or برصاص
    (`agent_after` over the entities after it that can act)."""
    return agent_after(s, j, [(m, e) for m, e in s.entities_after(j) if can_act(e)], False)


@cache
def _title_heads() -> frozenset[str]:
    """Words that open a title before a person's name (title_words, words.tsv `titles` and
    `apposed`): المحقق الخاص الأمريكي روبرت مولر."""
    return title_words() | _TITLES | _APPOSED


def agent_after(s: Sentence, j: int, agents, passive: bool, fired: bool = True, noun: bool = False) -> Entity | None:
    """The entity after من قبل / على يد (or من, for a passive cue or a noun of what is said,
    شكاوى من الحكومة العراقية) following the trigger: the doer; with `fired`, also the one whose
    weapons did it (برصاص قوات الأمن), which only an act of force can have; after من جانب or
    من طرف only for a `noun` trigger right before it (هجمات انتقامية من جانب النظام; not تدين
    العنف من جانب حماس: whose violence is condemned)."""
    for m, e in agents:
        a = m - s.i
        for gap in range(6):  # على يد عملاء جهاز الموساد: up to two words between (more before a title)
            if gap > 2 and not (e.type == "PER" and s.words[m - gap - s.i] in _title_heads()
                                and all(s.owner[k] is None and s.layers.tokens[k].kind == "word"
                                        and s.words[k - s.i] not in PREP_WORDS for k in range(m - gap, m))):
                break  # (more before a titled person: من قبل المحقق الخاص الأمريكي روبرت مولر)
            if a - gap >= 2 and s.words[a - gap - 2:a - gap] in AGENT_MARKERS and (
                    s.words[a - gap - 1] not in ("جانب", "طرف") or noun and m - gap - j <= 3):
                return e
            by_weapon = a - gap >= 1 and _after_ba(s, m - gap - 1) in _BY_WEAPON
            if fired and by_weapon \
                    and not (gap and any(s.layers.prefixes[k][-1:] == "ل" for k in range(m - gap, m + 1))) \
                    and not any(s.words[k - s.i] in PREP_WORDS for k in range(m - gap, m)):  # (بغارة جوية في الصومال: where)
                return e  # قتل تسعة متظاهرين برصاص قوات الأمن: whose bullets (not بقصف مواقع لحركة حماس: whose positions)
        if passive and a >= 1 and s.words[a - 1] == "من" and m - j <= 2:
            return e
    return None


def _after_ba(s: Sentence, k: int) -> str | None:
    """The word at token k without the preposition ب, whether the text layer split it off or left
    it on the word (برصاص، بانفجار); None where the word has no ب before it."""
    w = s.words[k - s.i]
    if s.layers.prefixes[k].endswith("ب"):
        return w
    return w[1:] if w[:1] == "ب" else None


def killed_by(s: Sentence, j: int, victim: Entity) -> bool:
    """Whether the name right after a verb of killing (ending at token j) is followed by what
    killed it (قتل جندي أميركي بانفجار عبوة، قتل ضابط في هجوم، إثر، جراء): the verb is the
    unvoweled passive, the name its victim. Not where an object follows the name (قتل الجيش
    20 مسلحا في غارة: the army killed)."""
    if j >= s.j or s.owner[j] is not victim:
        return False
    end = s.name_end(j, victim)
    for k in range(end, min(end + 5, s.j)):
        w, by = s.words[k - s.i], _after_ba(s, k)
        if w in _CAUSE or by in _BY_WEAPON or by in _DEATH_CAUSES \
                or w == "في" and k + 1 < s.j and s.words[k + 1 - s.i] in _DEATH_CAUSES:
            return True
        if s.layers.tokens[k].kind != "word" or s.owner[k] is not None or w in number_words():
            return False  # a count, a name: the object of an active verb
    return False


def responded_to(layers: TextLayers, i: int) -> bool:
    """Whether the word at token i names what an act responds to (ردا على هجوم، انتقاما
    لاغتيال): another act than the one its clause tells, which the clause's subject did not do."""
    return i >= 1 and layers.word(i - 1) in _RESPONSE and layers.prefixes[i].endswith("ل") \
        or i >= 2 and layers.word(i - 1) == "علي" and layers.word(i - 2) in _RESPONSE \
        or i >= 3 and layers.prefixes[i] == "و" and responded_to(layers, i - 1)  # ردا على خطف وقتل: both


def _country_of(place: Entity, entities: list[Entity]) -> Entity | None:
    """The entity of the country a place is in, where the article names it."""
    return country_entity(place.country, entities, besides=place)


def country_entity(iso3: str | None, entities: list[Entity], besides: Entity | None = None) -> Entity | None:
    """The article's entity for the country `iso3` (not `besides`), if it names that country."""
    country = knowledge().places.get(iso3 or "")
    if country is None:
        return None
    return next((e for e in entities if e.type == "LOC" and e.country == iso3 and e.name_en == country.en
                 and e is not besides), None)
