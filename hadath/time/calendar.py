"""Calendar arithmetic for time expressions: shifting by units, weekdays, ISO weeks, Hijri dates."""
from __future__ import annotations

from datetime import date, timedelta

__all__ = ["bounds", "hijri_to_gregorian", "iso_week", "nearest_month", "nearest_weekday", "shift"]


def shift(day: date, n: int, unit: str) -> date:
    """`day` moved by n units (D W M Y); months and years keep the day where it exists."""
    if unit == "D":
        return day + timedelta(days=n)
    if unit == "W":
        return day + timedelta(weeks=n)
    months = n * 12 if unit == "Y" else n
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    m += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(y, m, d)
        except ValueError:
            continue
    raise ValueError(f"cannot shift {day} by {n}{unit}")


def iso_week(day: date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def nearest_weekday(ref: date, weekday: int, direction: int) -> date:
    """The weekday on or before `ref` (direction -1), on or after it (+1); strictly before or
    after with -2/+2 (الأحد الماضي، الخميس المقبل)."""
    if direction < 0:
        back = (ref.weekday() - weekday) % 7
        if back == 0 and direction == -2:
            back = 7
        return ref - timedelta(days=back)
    ahead = (weekday - ref.weekday()) % 7
    if ahead == 0 and direction == 2:
        ahead = 7
    return ref + timedelta(days=ahead)


def nearest_month(ref: date, month: int, direction: int) -> int:
    """The year of the month named without one: the closest such month to `ref` (ties go to the
    past); direction +1 on or after the reference month, -1 on or before it, and ±2 strictly
    (مايو الماضي، أبريل المقبل)."""
    here = ref.year * 12 + ref.month - 1
    options = [(y * 12 + month - 1, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if direction == 2:
        return min((v, y) for v, y in options if v > here)[1]
    if direction == -2:
        return max((v, y) for v, y in options if v < here)[1]
    if direction == 1:
        return min((v, y) for v, y in options if v >= here)[1]
    if direction == -1:
        return max((v, y) for v, y in options if v <= here)[1]
    return min(options, key=lambda o: (abs(o[0] - here), o[0] > here))[1]


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """A Hijri (Umm al-Qura) date in Gregorian, or None outside the calendar's range."""
    from hijridate import Hijri  # imported here: only articles with Hijri dates need it

    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day a time value covers (2021-07 → 1 and 31 July 2021); None for
    durations and unresolved values."""
    if not value or value.startswith("P"):
        return None
    try:
        if "-W" in value:
            y, w = value.split("-W")
            first = date.fromisocalendar(int(y), int(w), 1)
            return first, first + timedelta(days=6)
        if len(value) >= 10:
            d = date.fromisoformat(value[:10])
            return d, d
        if len(value) == 7:
            first = date(int(value[:4]), int(value[5:7]), 1)
            return first, shift(first, 1, "M") - timedelta(days=1)
        if value.isdigit():  # a year (4 digits), a decade (3), a century (2)
            span = {4: 1, 3: 10, 2: 100}.get(len(value))
            if span is None:
                return None
            y = int(value) * (10 ** (4 - len(value)))
            return date(max(1, y), 1, 1), date(min(9999, y + span - 1), 12, 31)
    except ValueError:
        return None
    return None
