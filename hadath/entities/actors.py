"""What hadath knows of the world: places, actors with their offices by date, state
institutions, demonyms, titles.

All of it is data (`hadath/data/places`, `hadath/data/actors`), loaded once into one dictionary
matcher whose payloads say what a name is: ("place", id), ("actor", id), ("institution", id),
("demonym", ISO3) or ("title", role).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from hadath.data import read_tsv
from hadath.entities.gazetteer import Gazetteer
from hadath.text import normalize_string

__all__ = ["Actor", "Institution", "Knowledge", "Place", "Role", "knowledge"]

_ACTORS_REBUILD = "python tools/build_actors.py"


@dataclass(frozen=True)
class Place:
    id: str
    kind: str  # country, capital, city, continent, region, sea, river, site
    en: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    tier: int  # 1: a place wherever it stands; 2: only a hint to the NER model
    geonameid: int | None = None
    feature_code: str | None = None  # GeoNames: PCLI, PPLC, PPL, ADM1, RGN, SEA ...
    admin1: str | None = None  # GeoNames first-level admin code: IQ.07


@dataclass(frozen=True)
class Role:
    role: str  # president, foreign-minister, secretary-general, ...
    key: str  # ISO3 country or organisation key (UN, HEZBOLLAH)
    start: date | None
    end: date | None  # None: still in office

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Actor:
    id: str
    type: str  # PER or ORG
    en: str
    country: str
    sector: str | None
    kind: str | None  # for organisations: ministry, army, party, media ...
    key: str | None
    roles: tuple[Role, ...]

    def in_office(self, day: date) -> bool:
        """Whether one of the actor's roles holds on that day."""
        return any(role.holds_on(day) for role in self.roles)


def _day(text: str, *, end: bool) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial end date counts to the end of its year or month."""
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        y, m = parts
        return (date(y + (m == 12), m % 12 + 1, 1) if end else date(y, m, 1))
    return date(parts[0] + 1, 1, 1) if end else date(parts[0], 1, 1)


def _roles(field: str) -> tuple[Role, ...]:
    out = []
    for item in filter(None, field.split(";")):
        head, _, span = item.partition(":")
        role, _, key = head.partition("@")
        start, _, end = span.partition("..")
        out.append(Role(role, key, _day(start, end=False), _day(end, end=True)))
    return tuple(out)


@dataclass(frozen=True)
class Institution:
    """A state institution every country has (وزارة الداخلية): a name, but not of one country."""

    id: str
    en: str
    sector: str


class Knowledge:
    def __init__(self):
        self.places: dict[str, Place] = {}
        self.institutions: dict[str, Institution] = {}
        self.actors: dict[str, Actor] = {}
        # normalised word → what names it occurs in: F first word of a person's name, P any
        # word of one, O of an organisation's, L of a place's (features for the NER model)
        self.name_words: dict[str, str] = {}
        # ("actor" | "place", id) → first words of an organisation's or a country's names, without
        # the article (حركة of حركة المقاومة الإسلامية): what الحركة may stand for later
        self.heads: dict[tuple[str, str], frozenset[str]] = {}
        self.demonyms: dict[str, str] = {}  # one-word demonym (أمريكية، الروسي), normalised → ISO3
        # a person's id → the first words of their names of several words (دونالد of دونالد ترامب)
        self.first_names: dict[str, frozenset[str]] = {}
        self._holders: dict[tuple[str, str], list[tuple[Role, Actor]]] = {}
        names: list[tuple[str, tuple]] = []
        names += self._load_places()
        names += self._load_actors()
        names += self._load_countries()
        names += self._load_titles()
        names += self._load_institutions()
        self.gazetteer = Gazetteer(names)
        self._index_name_words(names)
        self._index_heads(names)

    def _index_heads(self, names) -> None:
        heads: dict[tuple[str, str], set] = {}
        for name, ref in names:
            kind, ident = ref
            if ((kind == "actor" and self.actors[ident].type == "ORG")
                    or (kind == "place" and self.places[ident].kind == "country")):
                first = normalize_string(name).split()[0]
                heads.setdefault(ref, set()).add(first[2:] if first.startswith("ال") else first)
        self.heads = {ref: frozenset(h) for ref, h in heads.items()}

    def _index_name_words(self, names) -> None:
        flags: dict[str, set] = {}
        firsts: dict[str, set] = {}
        for name, (kind, ident) in names:
            words = normalize_string(name).split()
            if kind in ("actor", "institution"):
                person = kind == "actor" and self.actors[ident].type == "PER"
                if person and len(words) > 1:
                    firsts.setdefault(ident, set()).add(words[0])
                for i, w in enumerate(words):
                    flags.setdefault(w, set()).add(("F" if i == 0 else "P") if person else "O")
            elif kind == "place":
                for w in words:
                    flags.setdefault(w, set()).add("L")
        self.name_words = {w: "".join(sorted(f)) for w, f in flags.items()}
        self.first_names = {ident: frozenset(f) for ident, f in firsts.items()}

    def _load_places(self):
        for pid, kind, en, country, lat, lon, pop, tier, gid, feature, admin1, ar in read_tsv(
                "hadath.data.places", "places.tsv.gz", rebuild="python tools/build_gazetteers.py"):
            self.places[pid] = Place(pid, kind, en, country or None, float(lat) if lat else None,
                                     float(lon) if lon else None, int(pop or 0), int(tier),
                                     int(gid) if gid else None, feature or None, admin1 or None)
            yield from ((n, ("place", pid)) for n in ar.split("|"))

    def _load_actors(self):
        for aid, typ, en, country, sector, kind, key, roles, ar in read_tsv(
                "hadath.data.actors", "actors.tsv.gz", rebuild=_ACTORS_REBUILD):
            actor = Actor(aid, typ, en, country, sector or None, kind or None, key or None, _roles(roles))
            self.actors[aid] = actor
            for role in actor.roles:
                self._holders.setdefault((role.role, role.key), []).append((role, actor))
            yield from ((n, ("actor", aid)) for n in ar.split("|"))

    def _load_countries(self):
        for iso3, _en, _names, demonyms, _capital in read_tsv(
                "hadath.data.actors.src", "countries.tsv", rebuild="git checkout (hand-curated)"):
            for form in filter(None, demonyms.split("|")):
                bare = form[2:] if form.startswith("ال") else form
                for f in {form, bare}:
                    if " " not in f:
                        self.demonyms.setdefault(normalize_string(f), iso3)
                    yield f, ("demonym", iso3)

    def _load_institutions(self):
        for ar, en, sector in read_tsv("hadath.data.actors.src", "institutions.tsv",
                                       rebuild="git checkout (hand-curated)"):
            iid = "i-" + normalize_string(ar).replace(" ", "-")
            self.institutions[iid] = Institution(iid, en, sector)
            yield ar, ("institution", iid)

    def _load_titles(self):
        for role, forms, _sector in read_tsv(
                "hadath.data.actors.src", "titles.tsv", rebuild="git checkout (hand-curated)"):
            for f in filter(None, forms.split("|")):
                yield f, ("title", role)

    def label(self, payloads: tuple) -> str:
        """The dictionary tag of a match, as the NER model sees it: LOC (LOC2 for a place that
        is only a hint), PER, ORG, DEM (demonym) or TTL (title)."""
        kind, ident = payloads[0]
        if kind == "place":  # a place anywhere if any of its readings is (إدلب the city and the province)
            sure = any(k == "place" and self.places[i].tier == 1 for k, i in payloads)
            return "LOC" if sure else "LOC2"
        if kind == "actor":
            return self.actors[ident].type
        if kind == "institution":
            return "ORG"
        return "DEM" if kind == "demonym" else "TTL"

    def tags(self, layers, matches) -> list[str]:
        """One dictionary tag per token (B-LOC, I-LOC, ..., O), for the NER features."""
        tags = ["O"] * len(layers.tokens)
        for m in matches:
            i, j = layers.token_range(m.start, m.end)
            label = self.label(m.payloads)
            for k in range(i, j):
                tags[k] = ("B-" if k == i else "I-") + label
        return tags

    def holder(self, role: str, key: str, on: date) -> Actor | None:
        """Who held `role` (for country or organisation `key`) on day `on`; None if nobody
        known, or if the dictionary knows more than one holder on that day."""
        found = {a.id: a for r, a in self._holders.get((role, key), ()) if r.holds_on(on)}
        return next(iter(found.values())) if len(found) == 1 else None


@cache
def knowledge() -> Knowledge:
    """Loaded once per process."""
    return Knowledge()
