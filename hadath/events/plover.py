"""Export an article's events as PLOVER JSON records (the manual's "PLOVER JSON" table)."""
from __future__ import annotations

from datetime import date

from hadath import __version__
from hadath.entities.actors import knowledge
from hadath.schema import Entity, Result

__all__ = ["to_plover"]


def _actor(e: Entity | None, text: str) -> list[dict]:
    if e is None:
        return []
    spans = e.mentions or e.nominals
    return [{"code": e.country, "sector": e.sector, "identifier_text": e.name_en,
             "entity_text": text[spans[0].start:spans[0].end] if spans else e.name}]


# PLOVER's resolution codes: 5 sub-city, 4 city, 3 district, 2 province, 1 country
_RESOLUTION = {"site": 5, "city": 4, "admin1": 2, "region": 2, "country": 1}
_FEATURE_CLASS = {"PCLI": "A", "ADM1": "A", "PPL": "P", "PPLC": "P", "RGN": "L", "CONT": "L", "SEA": "H",
                  "STM": "H", "S": "S"}


def _location(place: Entity | None, by_country: dict, text: str) -> dict | None:
    """PLOVER's location object (the manual's location table) for the event's place."""
    if place is None:
        return None
    geo = place.geo
    spans = place.mentions or place.nominals
    country = geo.country_code if geo else place.country
    return {
        "extracted_place": text[spans[0].start:spans[0].end] if spans else place.name,
        "resolved_place": place.name_en,
        "geonameid": geo.geonameid if geo else None,
        "lat": geo.lat if geo else None,
        "lon": geo.lon if geo else None,
        "city": place.name_en if geo and geo.resolution == "city" else None,
        "district": None,
        "province": geo.admin1 if geo else None,  # the GeoNames admin1 code (no names offline)
        "country": by_country.get(country),
        "country_code": country,
        "feature_class": _FEATURE_CLASS.get(geo.feature_code) if geo else None,
        "feature_code": geo.feature_code if geo else None,
        "resolution": _RESOLUTION.get(geo.resolution) if geo else None,
    }


def to_plover(result: Result, text: str) -> list[dict]:
    """One PLOVER record per event of `result` (whose article text is `text`)."""
    by_id = {e.id: e for e in result.entities}
    by_country = {p.country: p.en for p in knowledge().places.values() if p.kind == "country"}
    records = []
    for n, ev in enumerate(result.events, 1):
        place = by_id.get(ev.location)
        records.append({
            "id": f"{result.id or 'article'}-{n}",
            "date": ev.date or result.reference_date,
            "actor": _actor(by_id.get(ev.actor), text),
            "recipient": _actor(by_id.get(ev.recipient), text),
            "event": [ev.type],
            "mode": [ev.mode] if ev.mode else [],
            "context": list(ev.context),
            "event_loc": _location(place, by_country, text),
            "event_text": [text[ev.trigger.start:ev.trigger.end]],
            "quad_code": ev.quad_code,
            "text": text[ev.sentence.start:ev.sentence.end] if ev.sentence else None,
            "aux": list(ev.aux),
            "confidence": ev.confidence,
            "coder": f"hadath {__version__}",
            "coded_date": date.today().isoformat(),
        })
    return records
