"""Time: the publication date that anchors relative dates (time expressions come later)."""
from __future__ import annotations

from datetime import date, datetime, timezone

from hadath.errors import InputError

__all__ = ["parse_published"]


def parse_published(value: str | date | datetime | None) -> datetime | date | None:
    """An ISO 8601 date or datetime, validated; aware datetimes are converted to UTC and
    naive ones taken as UTC. Raises InputError for anything else."""
    if value is None or isinstance(value, date):
        parsed = value
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            parsed = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        except ValueError:
            raise InputError(f"published: not an ISO 8601 date or datetime: {value!r}",
                             code="bad_published") from None
    else:
        raise InputError(f"published: expected an ISO 8601 string, got {value!r}", code="bad_published")
    if isinstance(parsed, datetime):
        parsed = parsed.astimezone(timezone.utc) if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    return parsed
