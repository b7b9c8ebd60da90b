"""Export an article's events as PLOVER JSON records (the manual's "PLOVER JSON" table)."""
from __future__ import annotations

from datetime import date

from hadath import __version__
from hadath.schema import Entity, Result

__all__ = ["to_plover"]


def _actor(e: Entity | None, text: str) -> list[dict]:
    if e is None:
        return []
    spans = e.mentions or e.nominals
    return [{"code": e.country, "sector": e.sector, "identifier_text": e.name_en,
             "entity_text": text[spans[0].start:spans[0].end] if spans else e.name}]


def to_plover(result: Result, text: str) -> list[dict]:
    """One PLOVER record per event of `result` (whose article text is `text`)."""
    by_id = {e.id: e for e in result.entities}
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
            "context": [],
            "event_loc": {"name": place.name_en or place.name, "country": place.country} if place else None,
            "event_text": [text[ev.trigger.start:ev.trigger.end]],
            "quad_code": ev.quad_code,
            "text": text[ev.sentence.start:ev.sentence.end] if ev.sentence else None,
            "aux": list(ev.aux),
            "coder": f"hadath {__version__}",
            "coded_date": date.today().isoformat(),
        })
    return records
