"""The output of hadath: one `Result` per article, as frozen records.

`Result.to_dict()` gives the JSON form, described by `hadath/data/result.schema.json` (a test
keeps the two in step). All spans are half-open `[start, end)` Python string indices into the
article text exactly as given. The evaluation reads a subset of these fields
(`../shared/gold/OUTPUT.md`); the rest is for users.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from hadath.text import Span, Token

TEXT_LAYERS = ("paragraphs", "sentences", "tokens")  # written only on request

__all__ = ["TEXT_LAYERS", "Entity", "ErrorRecord", "Event", "Location", "Quantity", "Quote", "Result", "Span", "TimeExpression",
           "Token", "to_plain"]


@dataclass(frozen=True)
class Location:
    """Where a place is, after PLOVER's location object (GeoNames offline)."""

    geonameid: int | None  # None for places GeoNames' city list lacks (regions, seas, provinces)
    lat: float | None
    lon: float | None
    feature_code: str | None  # GeoNames feature code: PCLI country, ADM1, PPLC capital, PPL city, RGN ...
    admin1: str | None  # GeoNames first-level admin code of a city: IQ.07
    country_code: str | None  # ISO 3166 alpha-3
    resolution: str  # country, admin1, city, region, continent, sea, river, site


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place with all its mentions in the article."""

    id: str
    type: str  # PER, ORG, LOC or MISC
    mentions: tuple[Span, ...]  # proper names, without attached clitics
    nominals: tuple[Span, ...] = ()  # descriptions: titles, roles, demonym phrases
    name_en: str | None = None
    country: str | None = None  # ISO 3166 alpha-3, or IGO / NGO / IMG / MNC
    sector: str | None = None  # a PLOVER sector code: GOV, MIL, REB, ...
    name: str | None = None  # the longest name as the article writes it (else the first nominal); للولايات → الولايات
    geo: Location | None = None  # for a place hadath can put on the map


@dataclass(frozen=True)
class Event:
    """A PLOVER event: who did what to whom, where and when."""

    type: str  # one of the 16 PLOVER types
    trigger: Span
    mode: str | None = None
    actor: str | None = None  # entity ids
    recipient: str | None = None
    location: str | None = None
    date: str | None = None  # a time value, as in TimeExpression.value
    aux: tuple[str, ...] = ()  # future, negation, hypothetical, historical
    quad_code: int | None = None  # PLOVER quad: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict
    sentence: Span | None = None  # the sentence that tells it
    actor_code: str | None = None  # PLOVER actor codes: "IRN MIL", "USA"
    recipient_code: str | None = None
    size: dict[str, int] = field(default_factory=dict)  # casualties of its clause: dead, injured, arrested
    context: tuple[str, ...] = ()  # PLOVER contexts its sentence makes clear: cbrn, election, legal ...
    confidence: float | None = None  # how likely a real event of its type, 0 to 1 (hadath.events.confidence)


@dataclass(frozen=True)
class Quote:
    """Direct or reported speech and who said it."""

    content: Span
    cue: Span | None = None
    speaker: str | None = None  # entity id
    anonymous: bool = False
    direct: bool = False
    source: Span | None = None  # the words naming an unnamed source (مصدر أمني عراقي مطلع)


@dataclass(frozen=True)
class TimeExpression:
    """A date, date range or duration, resolved against the publication date."""

    start: int
    end: int
    value: str | None  # 2021-07-27, 2021-07, 2021, 2021-W30, 198, 2021-07-27T14:30, P3M; None unresolved
    mod: str | None = None  # START, MID or END
    relation: str | None = None  # for relative expressions: day-1, week-1, year+0, weekday<=1, month~5 ...


@dataclass(frozen=True)
class Quantity:
    """A number and what it counts (12 شخصا، ثلاثة آلاف جندي، 2.5 مليون دولار)."""

    start: int
    end: int
    value: int | float
    what: str  # dead, injured, arrested, troops, people, USD, barrels, ...
    size: str | None = None  # the PLOVER size field a casualty count fills: dead, injured, arrested
    approximate: bool = False  # عشرات، مئات، آلاف: at least `value`


@dataclass(frozen=True)
class Result:
    """Everything hadath extracts from one article."""

    id: str | None
    version: str
    text_length: int
    published: str | None  # ISO 8601 as given, normalised to UTC
    reference_date: str | None  # the date part of `published`: relative dates count from it
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    sourcing: dict[str, int] = field(default_factory=dict)  # quotes: named, anonymous, unattributed
    quantities: tuple[Quantity, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    title: str | None = None
    source: str | None = None
    url: str | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def to_dict(self, *, layers: tuple[str, ...] = ()) -> dict[str, Any]:
        """The JSON form; `layers` adds any of "paragraphs", "sentences", "tokens"."""
        return {f.name: to_plain(getattr(self, f.name)) for f in fields(self)
                if f.name not in TEXT_LAYERS or f.name in layers}


@dataclass(frozen=True)
class ErrorRecord:
    """Stands in the output for an article that could not be processed."""

    id: str | None
    code: str
    message: str
    line: int | None = None  # the input line, for JSONL input

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "line": self.line, "error": {"code": self.code, "message": self.message}}


def to_plain(value: Any) -> Any:
    """Records, spans and tuples as JSON-ready dicts and lists."""
    if isinstance(value, (Span, Token)):
        return value.to_dict()
    if is_dataclass(value):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value
