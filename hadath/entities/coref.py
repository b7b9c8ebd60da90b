"""Gathering mentions into entities.

- Mentions the dictionary resolved to the same actor or place are one entity; other mentions
  are one entity when their normalised words are the same.
- A shorter person mention whose words stand inside one earlier person's name is that person
  (قاآني after إسماعيل قاآني, كيم after كيم جونغ أون).
- Every further occurrence of an entity's names, and of a person's surname, is a mention too,
  where the NER model missed it.
- Titles (الرئيس الأمريكي، وزير خارجية إيران، الأمين العام للأمم المتحدة) are nominals: of the
  person named right after them, else of whoever held the office on the article's date.
- A body noun with a demonym (القوات الأمريكية، الحكومة العراقية) is a nominal of an organisation
  of that country and sector (USA MIL, IRQ GOV); alone (الشرطة، الجيش), of the country the
  article names most.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from datetime import date
from functools import cache

from hadath.data import read_tsv
from hadath.entities.actors import Actor, Knowledge, Place
from hadath.entities.gazetteer import Gazetteer, Match
from hadath.entities.mentions import Mention
from hadath.schema import Entity, Location, Span
from hadath.text import NAME_QUOTES, TextLayers, normalize_string, without_article
from hadath.text.clitics import frequent_words
from hadath.text.numbers import number_words, ordinal_words

__all__ = ["build_entities", "title_words"]

_PLACE_ORDER = {"country": 0, "capital": 1, "continent": 2, "region": 2, "sea": 2, "river": 2, "site": 2, "city": 3}
# words after a title that say its holder is not today's one (الرئيس الأمريكي الأسبق)
_FORMER = {normalize_string(w) for w in "السابق السابقة الأسبق الأسبقة الراحل الراحلة المخلوع المعزول".split()}
_COMMON_WORDS = 20000  # a word after a title outside the most frequent ones is likely a name
# how precisely a place is known, by its kind in the gazetteer
_RESOLUTION = {"country": "country", "capital": "city", "city": "city", "admin1": "admin1", "region": "region",
               "continent": "continent", "sea": "sea", "river": "river", "site": "site"}
# words after a title that show it heads nothing (a preposition, إن/أن, a verb particle)
_AFTER_BARE_TITLE = {normalize_string(w) for w in """إن أن بأن في من على عن مع إلى خلال أمام لدى قد لن لم
الذي الذي أيضا""".split()}
_MIN_HANDLE = 3  # letters: a shorter first name or surname alone is too often something else
# words of a name that never stand for the person alone
_PARTICLES = {"بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "ولد", "دي", "دو", "فون", "فان", "لا", "الله", "الدين"}


_MINISTRY = {"وزاره", "الوزاره"}  # a ministry's name may stand between it and the demonym


@cache
def _bodies() -> dict[str, tuple[str, str, bool]]:
    """Normalised body noun → (sector, English, whether it stands alone for the main country's body)."""
    rows = read_tsv("hadath.data.actors.src", "bodies.tsv", rebuild="git checkout (hand-curated)")
    return {normalize_string(noun): (sector, en, bare == "yes") for noun, sector, en, bare in rows}


@cache
def _anaphors() -> dict[str, str]:
    """Normalised definite head noun (الحركة) → "named" or "main" (see anaphors.tsv)."""
    rows = read_tsv("hadath.data.actors.src", "anaphors.tsv", rebuild="git checkout (hand-curated)")
    return {normalize_string(noun): refers for noun, refers in rows}


@cache
def _title_sectors() -> dict[str, str]:
    rows = read_tsv("hadath.data.actors.src", "titles.tsv", rebuild="git checkout (hand-curated)")
    return {role: sector for role, _forms, sector in rows}


@dataclass
class _Group:
    type: str
    ref: tuple | None = None  # ("actor" | "place" | "institution", id) or ("body", ISO3, sector)
    names: list[tuple[str, ...]] = field(default_factory=list)  # normalised words of each name
    mentions: list[tuple[int, int]] = field(default_factory=list)
    nominals: list[tuple[int, int]] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None

    def first(self) -> int:
        return min(s for s, _ in self.mentions + self.nominals)


def _words(layers: TextLayers, start: int, end: int) -> tuple[str, ...]:
    return tuple(normalize_string(layers.text[start:end]).split())


_DWARFING, _DWARFED = 100_000, 7  # a namesake of 100,000 people or more, seven times as many
_NAMESAKES = {"USA"}  # countries whose towns are named after world places (Geneva, Palestine, Columbia)


def _resolve(refs: tuple, kb: Knowledge, on: date | None, countries: frozenset = frozenset()) -> tuple | None:
    """One of the dictionary's readings of a name: an actor in office on the date, else the
    first actor; a place in a country the article names elsewhere (عمان: Amman where Jordan is
    named, else Oman), then a country before a capital before a region before a city."""
    actors = [r for r in refs if r[0] == "actor"]
    places = [r for r in refs if r[0] == "place"]
    if actors:
        if on:
            active = [r for r in actors if kb.actors[r[1]].in_office(on)]
            if active:
                return active[0]
        return actors[0]
    if places:
        # الجزائر، تونس، الكويت: a country and its capital share the name; the country the
        # name itself can be does not make its capital "named elsewhere"
        own = {kb.places[r[1]].country for r in places if kb.places[r[1]].kind == "country"}
        # (an American town dwarfed by a namesake is not chosen because the article names an
        # American: جنيف is Geneva, not Geneva, Illinois; فلسطين is not Palestine, Texas. Many
        # American towns bear the names of world places, and Americans are named everywhere.)
        top = max(kb.places[r[1]].population for r in places)

        def rank(r):
            p = kb.places[r[1]]
            dwarfed = p.country in _NAMESAKES and top >= _DWARFING and p.population * _DWARFED < top
            named_elsewhere = p.country in countries and p.kind != "country" and p.country not in own and not dwarfed
            return (not named_elsewhere, _PLACE_ORDER.get(p.kind, 4), -p.population)
        return min(places, key=rank)
    return next((r for r in refs if r[0] == "institution"), None)


class _Builder:
    def __init__(self, layers: TextLayers, kb: Knowledge, on: date | None, countries: frozenset = frozenset()):
        self.layers, self.kb, self.on, self.countries = layers, kb, on, countries
        self.groups: list[_Group] = []
        self.by_key: dict[tuple, _Group] = {}
        self.covered: set[int] = set()  # original offsets inside a mention
        self.titled: dict[str, _Group] = {}  # role → the last person the article gave that title

    def group_for(self, key: tuple, typ: str) -> _Group:
        if key not in self.by_key:
            g = _Group(typ, key if key[0] != "name" else None)
            self.by_key[key] = g
            self.groups.append(g)
        return self.by_key[key]

    def add(self, m: Mention) -> None:
        words = _words(self.layers, m.start, m.end)
        refs = m.refs
        if m.type == "LOC" and any(r[0] == "place" for r in refs):  # الشرق الأوسط the region, not the paper
            refs = tuple(r for r in refs if r[0] == "place")
        ref = _resolve(refs, self.kb, self.on, self.countries)
        group = None
        if m.type == "PER" and (ref is None or ref not in self.by_key):
            group = self._person_with(words)
            if group is not None and group.ref is None and self._another_person(group, ref):
                group = None  # ميلانيا ترامب ... ترامب: the name alone is the president, not her
        if group is None:
            group = self.group_for(ref or ("name", m.type, words), m.type)
        group.mentions.append((m.start, m.end))
        if words not in group.names:
            group.names.append(words)
        self.covered.update(range(m.start, m.end))

    def _another_person(self, group: _Group, ref: tuple | None) -> bool:
        """Whether a short form the dictionary gives a person in office on the article's date
        (ترامب) names them rather than the earlier person whose name holds it, one the dictionary
        does not know: a relative or namesake, whose first name is no spelling of theirs
        (ميلانيا ترامب; but رودريجو دوتيرتي is رودريغو دوتيرتي written otherwise)."""
        if ref is None or ref[0] != "actor" or self.on is None or not self.kb.actors[ref[1]].in_office(self.on):
            return False
        theirs = self.kb.first_names.get(ref[1], frozenset())
        firsts = {name[0] for name in group.names if len(name) > 1}
        return bool(theirs and firsts) and not any(
            SequenceMatcher(None, a, b).ratio() >= 0.6 for a in firsts for b in theirs)

    def _person_with(self, words: tuple[str, ...]) -> _Group | None:
        """The one person group with a name that contains `words` in a row, if exactly one."""
        found = {id(g): g for g in self.groups if g.type == "PER"
                 for name in g.names if _contains(name, words)}
        return next(iter(found.values())) if len(found) == 1 else None

    def propagate(self) -> None:
        """Other occurrences of known names, and of a person's first name or surname, that no
        mention covers."""
        entries = []
        for i, g in enumerate(self.groups):
            if g.type == "MISC":
                continue
            for name in g.names:
                entries.append((" ".join(name), i))
                if g.type == "PER" and len(name) > 1:
                    entries += [(w, i) for w in _handles(name)]
        for m in Gazetteer(entries).find(self.layers):
            owners = set(m.payloads)
            if len(owners) == 1 and not any(k in self.covered for k in range(m.start, m.end)):
                g = self.groups[owners.pop()]
                g.mentions.append((m.start, m.end))
                self.covered.update(range(m.start, m.end))

    def nominals(self, matches: list[Match]) -> None:
        layers = self.layers
        ranges = [(layers.token_range(m.start, m.end), m) for m in matches]
        after = {i: (j, m) for (i, j), m in ranges}
        starts, ends = {}, {}
        for g in self.groups:
            for s, e in g.mentions:
                starts[s] = g
                ends[e] = g
        qualifiers = set()  # matches that qualify a title: not also a body's demonym
        for (i, j), m in ranges:
            kinds = {p[0] for p in m.payloads}
            if "title" in kinds:
                qualifiers.add(self._title(m, i, j, after, starts, ends))
            elif "demonym" in kinds and m not in qualifiers:
                self._body(m, i)

    def taken(self) -> set[int]:
        """Offsets already inside a name or a description: a later step does not claim them."""
        taken = set(self.covered)
        for g in self.groups:
            for a, b in g.nominals:
                taken.update(range(a, b))
        return taken

    def role_appositives(self) -> None:
        """متزعم فيلق القدس إسماعيل قاآني ... زيارة متزعم "فيلق القدس": a role written once before
        a person's name (a head word and an organisation) stands for that person where it comes
        again without the name."""
        layers, toks, words = self.layers, self.layers.tokens, self.layers.words
        org_at: dict[int, _Group] = {}
        person_at: dict[int, _Group] = {}
        for g in self.groups:
            for a, b in g.mentions:
                i, j = layers.token_range(a, b)
                if g.type == "PER":
                    person_at[i] = g
                elif g.type == "ORG":
                    org_at.update((k, g) for k in range(i, j))
        roles: dict[tuple, _Group] = {}
        for i, person in person_at.items():
            end = next((k for k in (i - 1, i - 2) if k in org_at), None)  # الإيراني may stand between
            if end is None:
                continue
            org, head = org_at[end], end
            while head - 1 in org_at and org_at[head - 1] is org:
                head -= 1
            head -= 1
            if head < 0 or toks[head].kind != "word" or head in org_at or head in person_at:
                continue
            key = (without_article(words[head]), id(org))
            if roles.setdefault(key, person) is not person:
                roles[key] = None  # two people with one role: it names neither
        if not roles:
            return
        taken = self.taken()
        for k, t in enumerate(toks[:-2]):
            first = k + 2 if toks[k + 1].kind == "punct" and words[k + 1] in NAME_QUOTES else k + 1
            org = org_at.get(first)
            person = org and roles.get((without_article(words[k]), id(org)))
            if not person or t.kind != "word" or t.base_start in taken or person_at.get(_after(org_at, first)):
                continue
            end = _after(org_at, first) - 1
            person.nominals.append((t.base_start, toks[end].end))
            taken.update(range(t.base_start, toks[end].end))

    def anaphors(self) -> None:
        """قالت الحركة، التنظيم المتطرف، المملكة: a head noun with its article and no name after it
        stands for the nearest earlier organisation or country with a name that begins with it
        (in the article, before a mention as in حركة حماس, or in the dictionaries); البلاد for the
        country the article is about."""
        layers, toks, text = self.layers, self.layers.tokens, self.layers.text
        heads: dict[int, set] = {}  # id(group) → its head words
        starts: list[tuple[int, _Group]] = []
        for g in self.groups:
            if g.type not in ("ORG", "LOC"):
                continue
            h = heads.setdefault(id(g), set(self.kb.heads.get(g.ref, ())) if g.ref else set())
            h.update(without_article(name[0]) for name in g.names if name)
            for a, b in g.mentions:
                starts.append((a, g))
                i = layers.token_range(a, b)[0]
                if i > 0 and toks[i - 1].kind == "word":  # حركة حماس، صحيفة الغارديان
                    h.add(without_article(layers.word(i - 1)))
        if not starts:
            return
        starts.sort(key=lambda s: s[0])
        main = self.main_country()
        country = next((g for g in self.groups if g.ref and g.ref[0] == "place" and g.ref[1] == main
                        and self.kb.places[main].kind == "country"), None) if main else None
        taken = self.taken()
        for k, t in enumerate(toks):
            if t.kind != "word" or not t.has_article or t.base_start in taken:
                continue
            word = _definite(text, t, t.end)
            refers = _anaphors().get(word)
            if refers is None or (k + 1 < len(toks) and toks[k + 1].base_start in self.covered):
                continue  # الحركة حماس، الجبهة الشعبية لتحرير فلسطين: a name follows
            if refers == "main":
                target = country
            else:
                head = word[2:]
                target = next((g for a, g in reversed(starts) if a < t.start and head in heads[id(g)]), None)
            if target is not None:
                target.nominals.append((t.base_start, t.end))

    def person_titles(self) -> None:
        """وقال الرئيس، وأكد الأمير الشاب: a single-word title with its article and no name or
        demonym after it stands for the nearest earlier person named with that title (as a
        description, الرئيس الفرنسي، or before the name, الرئيس إيمانويل ماكرون)."""
        layers, toks = self.layers, self.layers.tokens
        titles = title_words()
        held: list[tuple[int, _Group, str]] = []  # (offset, person, title)
        for g in self.groups:
            if g.type != "PER":
                continue
            for a, b in g.nominals + g.mentions:
                i = layers.token_range(a, b)[0]
                for k in (i, i - 1):  # the head of a description, or the word before a name
                    if 0 <= k < len(toks) and toks[k].kind == "word" and without_article(layers.word(k)) in titles:
                        held.append((a, g, without_article(layers.word(k))))
        if not held:
            return
        held.sort(key=lambda h: h[0])
        taken = self.taken()
        for k, t in enumerate(toks):
            if t.kind != "word" or not t.has_article or t.base_start in taken:
                continue
            title = without_article(layers.word(k))
            if title not in titles:
                continue
            after = [m for m in (k + 1, k + 2) if m < len(toks) and toks[m].kind == "word"]
            if any(toks[m].base_start in self.covered for m in after) or after and (
                    self.kb.demonyms.get(layers.word(after[0])) or layers.word(after[0]) in _FORMER):
                continue  # الرئيس ماكرون، الرئيس الإسلامي محمد مرسي، الرئيس الأمريكي، الرئيس السابق: another says who
            target = next((g for a, g, h in reversed(held) if a < t.start and h == title), None)
            if target is not None:
                target.nominals.append((t.base_start, t.end))

    def main_country(self) -> str | None:
        """The country the article names most, if it names one more than any other."""
        counts = sorted(((len(g.mentions), g.ref[1]) for g in self.groups if g.ref and g.ref[0] == "place"
                         and self.kb.places[g.ref[1]].kind == "country"), reverse=True)
        if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
            return None
        return self.kb.places[counts[0][1]].country

    def institution_countries(self, matches: list[Match]) -> None:
        """محكمة جنايات الجيزة، وزارة الداخلية في بغداد: an institution every country has is of
        the place its name ends with or that follows it, else of the country the article names
        most."""
        places = {}  # last token of a place name → its country, where the name has only one
        for m in matches:
            countries = {self.kb.places[i].country for k, i in m.payloads if k == "place"}
            if len(countries) == 1:
                places[self.layers.token_range(m.start, m.end)[1] - 1] = countries.pop()
        main = self.main_country()
        for g in self.groups:
            if g.ref and g.ref[0] == "institution" and g.country is None:
                ends = [self.layers.token_range(a, b)[1] - 1 for a, b in g.mentions]
                near = [places.get(k) or places.get(k + 2) for k in ends]  # وزارة الداخلية في بغداد
                g.country = next((c for c in near if c), main)

    def bodies_of_places(self) -> None:
        """شرطة نيويورك، حكومة كردستان: a body noun without the article right before a place's
        name is that place's country's body (the place stays a place)."""
        layers, toks, text = self.layers, self.layers.tokens, self.layers.text
        place_at = {}
        for g in self.groups:
            if g.type == "LOC" and g.ref and g.ref[0] == "place":
                for a, b in g.mentions:
                    place_at[layers.token_range(a, b)[0]] = (g, b)
        taken = self.taken()
        for k, (place, end) in sorted(place_at.items()):
            if k == 0 or toks[k - 1].kind != "word" or toks[k - 1].base_start in taken:
                continue
            t = toks[k - 1]
            body = _bodies().get(normalize_string(text[t.base_start:t.end]))
            if body is None or t.stem_start > t.base_start:
                continue  # الشرطة نيويورك is no construct; a body with its article names itself
            iso3 = self.kb.places[place.ref[1]].country
            g = self.group_for(("body", iso3, body[0]), "ORG")
            g.country, g.sector = iso3, body[0]
            g.nominals.append((t.base_start, end))
            taken.update(range(t.base_start, end))

    def bare_bodies(self) -> None:
        """الشرطة، الجيش، الحكومة alone: the body of the country the article names most, if it
        names one country more than any other; else of the one country all its places lie in
        (فرقت الشرطة المحتجين في البصرة); else, where it names no place, of no known country."""
        iso3 = self.main_country()
        if iso3 is None:
            countries = {self.kb.places[g.ref[1]].country for g in self.groups if g.ref and g.ref[0] == "place"}
            if len(countries) > 1:
                return  # the police of which of them: leave it
            iso3 = countries.pop() if countries else None
        taken = self.taken()
        toks, text = self.layers.tokens, self.layers.text
        for k, t in enumerate(toks):
            if t.kind != "word" or t.base_start in taken:
                continue
            for width in (2, 1):  # قوات الأمن before الأمن
                if k + width > len(toks):
                    continue
                last = toks[k + width - 1]
                if last.stem_start == last.base_start:
                    continue  # a body alone is definite (الشرطة، قوات الأمن), not شرطة or قوات
                end = last.end
                body = _bodies().get(_definite(text, t, end))
                if width == 1 and k + 1 < len(toks) and self.layers.prefixes[k].endswith("ب") \
                        and normalize_string(text[toks[k + 1].stem_start:toks[k + 1].stem_end]) == "عن":
                    continue  # بالنيابة عن، بالنيابة عنه: on behalf of, no prosecution
                if body and body[2] and not taken.intersection(range(t.base_start, end)):
                    g = self.group_for(("body", iso3, body[0]), "ORG")
                    g.country, g.sector = iso3, body[0]
                    g.nominals.append((t.base_start, end))
                    taken.update(range(t.base_start, end))
                    break

    def _title(self, m: Match, i: int, j: int, after: dict, starts: dict, ends: dict) -> Match | None:
        """Attach a title as a nominal; returns the match that qualifies it, if any."""
        role = next(p[1] for p in m.payloads if p[0] == "title")
        end, key, q = m.end, None, None
        if j in after:  # الرئيس الأمريكي / رئيس وزراء العراق / الأمين العام للأمم المتحدة
            j2, q = after[j]
            key = self._qualifier(q)
            if key:
                end, j = q.end, j2
            else:
                q = None
        toks = self.layers.tokens
        named = starts.get(toks[j].base_start) if j < len(toks) else None
        # ماتيو رينزي رئيس الوزراء الإيطالي المنتهية ولايته: a title right after a name (or after
        # its comma) describes that person, whoever holds the office today
        k = i - 1 if i > 0 and toks[i - 1].kind == "punct" and self.layers.text[toks[i - 1].start] in "،," else i
        before = ends.get(toks[k - 1].end) if k > 0 else None
        if named is not None and named.type == "PER":
            target = named
        elif before is not None and before.type == "PER" and self._may_hold(before, role, key, comma=k < i):
            target = before  # (not استقبل بوتين الرئيس التركي: another country's president is the object)
        elif j < len(toks) and self._not_the_holder(j):
            return q
        elif key and self.on and (holder := self.kb.holder(role, key, self.on)):
            target = self.group_for(("actor", holder.id), holder.type)
        elif key is None and role in self.titled and self._stands_alone(j):
            target = self.titled[role]  # قال الرئيس للصحفيين: the president the article named before
        else:
            return q
        self.titled[role] = target
        target.nominals.append((m.start, end))
        if key and len(key) == 3 and target.country is None:
            target.country, target.sector = key, _title_sectors().get(role)
        return q

    def _may_hold(self, g: _Group, role: str, key: str | None, comma: bool) -> bool:
        """Whether a title after a person's name can be his (an apposition): the dictionary has
        him in that role at some time, or, for a person it does not know, the title is set off
        by a comma or names his own country. Not استقبل السيسي رئيس الوزراء: the object."""
        actor = self.kb.actors.get(g.ref[1]) if g.ref is not None and g.ref[0] == "actor" else None
        if actor is not None:
            return any(r.role == role and (key is None or r.key == key) for r in actor.roles)
        return comma or key is not None and g.country == key

    def _stands_alone(self, j: int) -> bool:
        """Whether a title ends before token j with nothing it heads (قال الرئيس إن، الرئيس
        للصحفيين), not رئيسة هيئة التحكيم, the head of something else."""
        toks = self.layers.tokens
        if j >= len(toks) or toks[j].kind != "word":
            return True
        t = toks[j]
        return t.base_start > t.start or self.layers.word(j) in _AFTER_BARE_TITLE

    def _not_the_holder(self, j: int) -> bool:
        """Whether the word after a title says it is not today's holder: a former one (الرئيس
        الأمريكي الأسبق), or a name the dictionaries do not know (البابا بيوس الثاني عشر)."""
        t = self.layers.tokens[j]
        if t.kind != "word":
            return False
        w = self.layers.word(j)
        return w in _FORMER or (t.stem_start == t.base_start and w not in frequent_words(_COMMON_WORDS))

    def _qualifier(self, q: Match) -> str | None:
        """The country or organisation key a title is qualified by."""
        for kind, ident in q.payloads:
            if kind == "demonym":
                return ident
            if kind == "place" and self.kb.places[ident].kind == "country":
                return self.kb.places[ident].country
            if kind == "actor" and self.kb.actors[ident].key:
                return self.kb.actors[ident].key
        return None

    def _body(self, m: Match, i: int) -> None:
        """القوات الأمريكية: a body noun, at most one word apart, before the demonym; a ministry
        up to three words apart (وزارة تكنولوجيا المعلومات الهندية: the words between name it)."""
        iso3 = next(p[1] for p in m.payloads if p[0] == "demonym")
        toks, text = self.layers.tokens, self.layers.text
        for k in (i - 1, i - 2, i - 3, i - 4):
            if k < 0 or toks[k].kind != "word" or k < i - 1 and self.layers.word(k) in self.kb.demonyms:
                return  # not past another demonym (وزارة الخارجية الإيرانية السفير البريطاني)
            for width in (2, 1):  # two-word bodies first (قوات الأمن)
                a = k - width + 1
                if a < 0:
                    continue
                noun = _definite(text, toks[a], toks[k].stem_end)
                if k < i - 2 and noun not in _MINISTRY:
                    continue
                if noun in _bodies():
                    sector = _bodies()[noun][0]
                    span = (toks[a].base_start, m.end)
                    named = next((o for o in self.groups if o.type == "ORG" and o.ref and o.ref[0] == "actor"
                                  and o.mentions and all(span[0] <= x and y <= span[1] for x, y in o.mentions)
                                  and self._attributes(o)[1] == iso3), None)
                    if named is not None:  # قوات الاحتلال الإسرائيلي: the named force, told with its demonym
                        named.nominals.append(span)
                        return
                    g = self.group_for(("body", iso3, sector), "ORG")
                    g.country, g.sector = iso3, sector
                    g.nominals.append(span)
                    for other in [o for o in self.groups if o.ref is None and o.type in ("ORG", "MISC")]:
                        inside = all(span[0] <= x and y <= span[1] for x, y in other.mentions)
                        # قوات الأمن الإيرانية الغاز المسيل: the tagger ran past the body's name
                        past = all(x == span[0] and y > span[1] for x, y in other.mentions)
                        if other.mentions and (inside or past):
                            if inside:
                                g.mentions += other.mentions  # the tagger's للجيش السوري is this body
                            self.groups.remove(other)
                            self.by_key = {k: v for k, v in self.by_key.items() if v is not other}
                        elif a > 0 and any(x < span[0] and y == span[1] for x, y in other.mentions):
                            # منظمة العفو الدولية السلطات التونسية: the tagger ran into the body's name
                            cut = toks[a - 1].end
                            other.mentions = [(x, cut) if x < span[0] and y == span[1] else (x, y)
                                              for x, y in other.mentions]
                    return

    def entities(self) -> list[Entity]:
        out = []
        for n, g in enumerate(sorted((g for g in self.groups if g.mentions or g.nominals), key=_Group.first), 1):
            name_en, country, sector = self._attributes(g)
            a, b = max(g.mentions, key=lambda s: (s[1] - s[0], -s[0])) if g.mentions else min(g.nominals)
            # an entity with no proper name (الجيش المصري، الحكومة) is named by its descriptions:
            # they are its mentions
            names, nominals = (g.mentions, g.nominals) if g.mentions else (g.nominals, [])
            out.append(Entity(f"e{n}", g.type, tuple(Span(*s) for s in sorted(set(names))),
                              tuple(Span(*s) for s in sorted(set(nominals))), name_en, country, sector,
                              self._written(a, b), self._geo(g)))
        return out

    def _written(self, a: int, b: int) -> str:
        """The name at [a, b) as the article writes it, with the article's alef the preposition
        ل took (للولايات المتحدة is ل + الولايات المتحدة: the name is الولايات المتحدة, not
        لولايات المتحدة; للبنان is ل + لبنان) and spaces for a hashtag's underscores (#حسن_روحاني)."""
        text = self.layers.text[a:b].replace("_", " ")
        k = self.layers.token_range(a, b)[0]
        tok = self.layers.tokens[k]
        if tok.base_start == a and tok.stem_start == a + 1 and text[:1] == "ل" and tok.start < a:
            text = "ا" + text
        return text

    def _geo(self, g: _Group) -> Location | None:
        """Where a place entity is: its GeoNames id, coordinates and feature, offline."""
        if g.type != "LOC" or not g.ref or g.ref[0] != "place":
            return None
        p: Place = self.kb.places[g.ref[1]]
        return Location(p.geonameid, p.lat, p.lon, p.feature_code, p.admin1, p.country,
                        _RESOLUTION.get(p.kind, p.kind))

    def _attributes(self, g: _Group) -> tuple[str | None, str | None, str | None]:
        if g.ref and g.ref[0] == "actor":
            a: Actor = self.kb.actors[g.ref[1]]
            return a.en, a.country, a.sector
        if g.ref and g.ref[0] == "place":
            p: Place = self.kb.places[g.ref[1]]
            return p.en, p.country, None
        if g.ref and g.ref[0] == "institution":
            inst = self.kb.institutions[g.ref[1]]
            return inst.en, g.country, inst.sector
        if g.ref and g.ref[0] == "body":
            _, iso3, sector = g.ref
            country = self.kb.places.get(iso3)
            body = next((en for s, en, _ in _bodies().values() if s == sector), sector)
            return (f"{country.en} {body}" if country else body if iso3 is None else None), iso3, sector
        return None, g.country, g.sector


def _countries_named(matches: list[Match], kb: Knowledge) -> frozenset:
    """Countries the article names for sure: by a name that is only a country's, a demonym, or
    the name of only one place (the dateline's رام الله puts الخليل in Palestine)."""
    found = set()
    for m in matches:
        kinds = {k for k, _ in m.payloads}
        if kinds == {"demonym"}:
            found.update(i for _, i in m.payloads)
        elif kinds == {"place"}:
            countries = {kb.places[i].country for _, i in m.payloads if kb.places[i].tier == 1}
            if len(countries) == 1 and None not in countries:
                found.update(countries)
    return frozenset(found)


def _definite(text: str, t, end: int) -> str:
    """The words from token t's base to `end`, normalised, with the article written whole:
    الجيش for للجيش, whose article is the second ل alone."""
    word = normalize_string(text[t.base_start:end])
    return "ا" + word if t.stem_start - t.base_start == 1 else word


def _after(owner: dict, k: int) -> int:
    """The first token after the run of tokens from k that belong to one group."""
    g, n = owner[k], k
    while owner.get(n) is g:
        n += 1
    return n


@cache
def title_words() -> frozenset[str]:
    """Single-word titles (البابا، الملك، الأمير، الرئيس): never a person's handle."""
    rows = read_tsv("hadath.data.actors.src", "titles.tsv", rebuild="git checkout")
    return frozenset(normalize_string(f) for _, forms, _ in rows for f in forms.split("|") if " " not in f)


def _handles(name: tuple[str, ...]) -> list[str]:
    """The words of a person's full name that may stand for them alone: first name, surname;
    not one that is also a frequent word (علي is على once normalised), and none of a name
    built on بن or آل (محمد بن راشد آل مكتوم: آل مكتوم is a family of many)."""
    if any(w in ("بن", "ابن", "ال", "بنت") for w in name[1:]):
        return []
    return [w for w in {name[0], name[-1]}
            if len(w) >= _MIN_HANDLE and w not in _PARTICLES and w not in frequent_words(300)
            and w not in title_words() and w not in number_words() and w not in ordinal_words()]
    # البابا of البابا فرانسيس is any pope; عشر of بينيديكت السادس عشر is a number


def _base_words(layers: TextLayers, m: Mention) -> tuple[str, ...]:
    return tuple(layers.word(k) for k in range(m.first, m.last))


def _split_on_known_names(layers: TextLayers, mentions: list[Mention], kb: Knowledge,
                          on: date | None) -> list[Mention]:
    """A model span that holds a known person's first name or surname among other words
    (سيخلف راد، راد بماي), or under another type (سانتوس as a place), is that person."""
    owners: dict[str, set] = {}  # handle → the full names seen so far that have it
    out = []
    for m in sorted(mentions):
        words = _base_words(layers, m)
        only_towns = all(k == "place" and kb.places[i].kind == "city" for k, i in m.refs)
        hits = [k for k, w in enumerate(words)
                if len(owners.get(w, ())) == 1 and owners[w] != {_resolve(m.refs, kb, on) or words}]
        if not hits or not only_towns:
            out.append(m)
            if m.type == "PER" and len(words) > 1:
                who = _resolve(m.refs, kb, on) or words
                for w in _handles(words):
                    owners.setdefault(w, set()).add(who)
            continue
        toks = layers.tokens
        for k in hits:
            i = m.first + k
            out.append(Mention(toks[i].base_start, toks[i].end, "PER", i, i + 1))
    return out


def _contains(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    return 0 < n < len(name) and any(name[k:k + n] == words for k in range(len(name) - n + 1))


def build_entities(layers: TextLayers, mentions: list[Mention], matches: list[Match], kb: Knowledge,
                   on: date | None) -> list[Entity]:
    b = _Builder(layers, kb, on, _countries_named(matches, kb))
    mentions = _split_on_known_names(layers, mentions, kb, on)
    for m in sorted(mentions, key=lambda m: (-(m.last - m.first), m.start)):  # full names first
        b.add(m)
    b.propagate()
    b.nominals(matches)
    b.role_appositives()
    b.anaphors()
    b.person_titles()
    b.bodies_of_places()
    b.bare_bodies()
    b.institution_countries(matches)
    return b.entities()
