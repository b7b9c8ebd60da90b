"""The sentence as the event rules read it: its tokens, which entity owns each token, what
governs a token (a preposition, a descriptor's), the entities before and after a trigger, and
the word classes (words.tsv) that the argument, modality and filtering rules share."""
from __future__ import annotations

from hadath.entities.mentions import before_quoted_name, descriptors
from hadath.events.lexicon import Cue, lexicon, word_classes
from hadath.text import NAME_QUOTES, TextLayers, normalize_string

WORDS = word_classes()  # function words and small word classes: data (words.tsv), not code
# normalised prepositions (words and proclitics) that govern a recipient or a place
PREP_WORDS = WORDS["prep_words"]  # التحالف بقيادة واشنطن: the leader qualifies a name
AREA = WORDS["area"]
NOUN_CONTEXT = WORDS["noun_context"]
ATTRIBUTION = WORDS["attribution"]
# إن/أن and their joined forms: reported content opens (أعلن البيت الأبيض الاثنين أن قمة ستعقد)
COMPLEMENTIZERS = WORDS["complementizers"]
PARTICLES = COMPLEMENTIZERS | WORDS["particles"]
CROWD = WORDS["crowd"]  # آلاف المحتجين
WINDOW = 10  # words an argument may stand from its trigger
_FROM_IT = WORDS["from_it"]  # منه، منها: from what was named before
NEAR = 4  # words a place may stand before its trigger
_AFTER_COMMA = WORDS["after_comma"]  # ...، ما أدى إلى، في هجوم تبنته
_CLAUSE_OPENERS = WORDS["clause_openers"]
_BEFORE_AFTER = WORDS["before_after"]  # قبل أن تفرقهم الشرطة: with أن they open a clause of their own
CLAUSE_END = "،,.؛;:!?؟"
VIOLENT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}  # an indefinite noun of these is an event alone
TOPIC = WORDS["topic"]
HOSTS = WORDS["hosts"]  # lemmas (as in the lexicon) whose subject hosts a visit


def cue_lemma(cue: Cue) -> str:
    """A cue's lemma normalised, as the word classes are (أصاب → اصاب)."""
    return normalize_string(cue.lemma)


def normalized(layers: TextLayers, a: int, b: int) -> str:
    return normalize_string(layers.text[a:b])


class Sentence:
    """One sentence's tokens, which entity each token belongs to, and lookups on them."""

    def __init__(self, layers: TextLayers, i: int, j: int, owner: list, timed: frozenset = frozenset()):
        self.layers, self.i, self.j, self.owner = layers, i, j, owner
        self.words = layers.words[i:j]  # without proclitics
        self.timed = timed  # tokens inside time expressions

    def governed(self, k: int) -> str | None:
        """The preposition that governs token k (a proclitic ب/ل, or the word before), if any;
        a descriptor before a name (لتنظيم داعش، بحركة حماس) carries the name's preposition."""
        if k > self.i and self.words[k - 1 - self.i] in descriptors() and self.owner[k - 1] is None \
                and self.words[k - 1 - self.i] not in PARTICLES:
            k -= 1  # not لأن الولايات المتحدة: a particle carries no preposition to the name
        while k > self.i and self.words[k - 1 - self.i] in AREA and self.owner[k - 1] is None:
            k -= 1  # في جنوب ليبيا، في ريف إدلب: the preposition before the area word governs
        pre = self.layers.prefixes[k]
        e = self.owner[k]
        if pre and e is not None and any(m.start == self.layers.tokens[k].start for m in e.mentions):
            pre = ""  # بيونغ يانغ: the ب is the name's own letter
        if pre[-1:] in ("ب", "ل"):
            return pre[-1]
        if k > self.i and (w := self.words[k - 1 - self.i]) in PREP_WORDS:
            return w
        if k - 1 > self.i and self.layers.tokens[k - 1].kind == "punct" and self.words[k - 1 - self.i] in NAME_QUOTES \
                and (w := self.words[k - 2 - self.i]) in PREP_WORDS:
            return w  # القبض على "يحيى عمر": a quotation mark between the preposition and the name
        for w in self.words[max(0, k - 2 - self.i):k - self.i]:  # بحسب إحصائيات الجيش: a source, no actor
            if w in ATTRIBUTION:
                return w
        return None

    def first_token(self, e) -> int | None:
        """Where entity e is first named in the sentence, if it is."""
        return next((m for m in range(self.i, self.j) if self.owner[m] is e), None)

    def name_end(self, k: int, e) -> int:
        """The token after the run of entity e's tokens that starts at token k (k itself where
        e is None or not named there): past the whole name (رجب طيب أردوغان)."""
        while e is not None and k < self.j and self.owner[k] is e:
            k += 1
        return k

    def name_start(self, k: int, e) -> int:
        """The first token of the run of entity e's tokens that ends at token k."""
        while k > self.i and self.owner[k - 1] is e:
            k -= 1
        return k

    def entities_after(self, k: int, limit: int = WINDOW):
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

    def entities_before(self, k: int, limit: int = WINDOW, across: bool = False):
        """(first token, entity) of the entities before token k, nearest first, within its
        clause: not past إن/أن (قالت النيابة إن رجلين اعتقلا: the prosecution only speaks),
        unless `across` (a pronoun may stand for a name in the clause before)."""
        seen = set()
        lo = max(self.i, k - limit)
        roles = lexicon().roles
        for m in range(k - 1, lo - 1, -1):
            if not across and roles.get(self.words[m - self.i]) == "break" and self.words[m - self.i] in COMPLEMENTIZERS:
                return
            e = self.owner[m]
            if e is not None and e.id not in seen and (m == lo or self.owner[m - 1] is not e):
                seen.add(e.id)  # at the first token of its run: what governs the whole name
                yield m, e


def purpose_form(s: "Sentence", i: int) -> bool:
    """Whether token i is a verbal noun or participle that tells why someone acts rather than
    an act: للمطالبة، رفضا، تنديدا، تضامنا (indefinite accusative), مطالبين، منددين."""
    w, t = s.words[i - s.i], s.layers.tokens[i]
    if s.layers.prefixes[i][-1:] == "ل" and t.stem_start > t.base_start:
        return True  # للمطالبة
    bare = t.stem_start == t.base_start and t.stem_end == t.end  # no article, no suffix
    return bare and (w.endswith("ا") or w.endswith("ين")) and len(w) > 3


def body_before_quote(word: str) -> bool:
    """Whether a normalised word names the kind of a body before its name in quotation marks
    (حزب "الخضر"، تنظيم "ولاية سيناء"); not a particle (بأن "قوات الأمن": the quotation opens)."""
    return before_quoted_name(word) and word not in PARTICLES


def punct_between(s: "Sentence", a: int, b: int) -> bool:
    """Whether a mark stronger than a comma stands between tokens a and b (commas set off
    appositions: ناشد علي الزعتري، منسق الأمم المتحدة، الحكومة وقف إطلاق النار)."""
    toks = s.layers.tokens
    return any(toks[m].kind == "punct" and s.layers.text[toks[m].start] in ".؛;:!?؟" for m in range(max(a, s.i), b))


def clause_has(s: Sentence, i: int, test) -> bool:
    """Whether a word before token i in its clause passes `test` (back to a comma or a clause
    break, at most WINDOW words): the verb that governs a noun trigger."""
    roles = lexicon().roles
    m = i - 1
    while m >= max(s.i, i - WINDOW):
        w = s.words[m - s.i]
        if test(w):
            return True
        if is_comma(s, m) and (k := _set_off_from(s, m)) is not None:
            m = k - 1  # واجه وزير المالية الأمريكي، ستيف منوتشين، انتقادات: past a name or a day set off
            continue
        if roles.get(w) == "break" or s.layers.tokens[m].kind == "punct":
            return False
        m -= 1
    return False


def is_comma(s: Sentence, m: int) -> bool:
    """Whether token m is a comma (Arabic or Latin)."""
    return s.layers.tokens[m].kind == "punct" and s.layers.text[s.layers.tokens[m].start] in "،,"


def _set_off_from(s: Sentence, m: int) -> int | None:
    """The comma that opens a name or a day set off by commas, the closing one at token m
    (وزير المالية الأمريكي، ستيف منوتشين، ...؛ أعلن الجيش، الثلاثاء، ...), else None."""
    k = m - 1
    while k > s.i and (s.owner[k] is not None or k in s.timed):
        k -= 1
    return k if k < m - 1 and is_comma(s, k) else None


def told_before(s: Sentence, i: int, j: int, test) -> int | None:
    """Where, before the trigger [i, j), the noun stands that من with a pronoun after the trigger
    points back to (الاتفاق الذي يريد ترامب الانسحاب منه): the nearest word that passes `test`,
    or None where no منه/منها follows within WINDOW words."""
    if not any(w in _FROM_IT for w in s.words[j - s.i:min(s.j, j + WINDOW) - s.i]):
        return None
    return next((k for k in range(i - 1, s.i - 1, -1) if test(s.words[k - s.i])), None)


def broken(s: Sentence, a: int, b: int) -> bool:
    """Whether a clause breaks between tokens a and b (لأنها، عندما، الذي ... or a comma)."""
    roles = lexicon().roles
    return any(roles.get(s.words[m - s.i]) == "break" or s.layers.tokens[m].kind == "punct"
               and s.layers.text[s.layers.tokens[m].start] in "،,:؛" for m in range(a, b))


def new_clause(s: Sentence, a: int, b: int) -> bool:
    """Whether another clause opens between tokens a and b: a comma and a word with و or a
    saying verb, فيما، بينما، حيث، لكن, or a trigger verb joined by و (a relative clause or
    what is said, بأنه، التي, still tells of the event)."""
    toks = s.layers.tokens
    for m in range(a, b):
        if s.words[m - s.i] in _CLAUSE_OPENERS or m > a and s.words[m - s.i] in COMPLEMENTIZERS \
                and s.words[m - 1 - s.i] in _BEFORE_AFTER or m > a and toks[m - 1].kind == "punct" \
                and (s.words[m - s.i] in lexicon().speech or s.words[m - s.i] in _AFTER_COMMA
                     or is_participle(s.words[m - s.i])):
            return True  # ...، فيما أطلقت الشرطة؛ ...، قالت إسلام آباد؛ ...، محذرا باكستان: another clause's names
        if is_comma(s, m) and m + 1 < b \
                and s.layers.prefixes[m + 1].startswith("و") and s.owner[m + 1] is None:
            return True
        if s.layers.prefixes[m] == "و" and _inflected_verb(s.words[m - s.i]):
            return True  # دانت روسيا الضربات وطلبت عقد جلسة لمجلس الأمن: the next verb's names
    return False


def _inflected_verb(word: str) -> bool:
    """Whether a word is a trigger verb in a form no verbal noun shares: with the ending of a
    feminine or plural subject (طلبت، ودانوا) or a present prefix (ويطالب); not دعم or قتل,
    which are nouns as often as verbs."""
    return len(word) >= 4 and (word.endswith(("ت", "وا", "تا")) or word.startswith(("ي", "ت"))) \
        and any(c.kind == "verb" for c in lexicon().words.get(word, ()))


def is_participle(word: str) -> bool:
    """Whether a word is a circumstantial participle of the lexicon (محذرا، داعيا، منددا): the
    single-word cues whose noun-like arguments follow (args "object")."""
    if word.endswith("ه") and _participle_form(word[:-1] + "ا"):
        return True  # منددة، مطالبة (normalised مندده): the feminine of a listed participle
    return word.endswith(("ا", "ين")) and _participle_form(word)


def _participle_form(word: str) -> bool:
    return any(c.kind == "phrase" and c.args == "object" for c in lexicon().words.get(word, ()))
