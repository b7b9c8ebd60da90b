"""Time expressions: dates, periods and durations in Arabic news, resolved to calendar values.

    >>> from datetime import date
    >>> from hadath.text import analyse_text
    >>> from hadath.time import find_times
    >>> text = "وصل الوزير ظهر اليوم الثلاثاء، على أن تنسحب القوات بحلول نهاية أغسطس/ آب."
    >>> [(text[t.start:t.end], t.value, t.mod) for t in find_times(analyse_text(text), date(2021, 7, 27))]
    [('ظهر اليوم الثلاثاء', '2021-07-27', None), ('نهاية أغسطس/ آب', '2021-08', 'END')]

Values follow the gold guidelines (TIMEX-like): a day 2021-07-27, a month 2021-07, a year 2021,
an ISO week 2021-W30, a decade 198 and a century 19, a clock time 2021-07-27T14:30, a duration
P3M; `mod` START, MID or END for مطلع، منتصف، نهاية. Relative expressions (أمس، الأحد الماضي،
العام المقبل، قبل ثلاثة أيام) are resolved against the reference date (the article's
publication day); without one their value is None and `relation` keeps what they say
(`day-1`, `weekday<=6`, `year+1`, ...). The vocabulary (all Arabic month names, Hijri months,
weekdays, units, directions) is data: `hadath/data/time/words.tsv`.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from functools import cache

from hadath.quantities import counted_nouns
from hadath.schema import Span, TimeExpression
from hadath.text import TextLayers
from hadath.text.numbers import number_words, ordinal_words, read_number
from hadath.time.calendar import hijri_to_gregorian, iso_week, nearest_month, nearest_weekday, shift
from hadath.time.published import parse_published
from hadath.time.vocabulary import vocabulary

__all__ = ["find_times", "load", "parse_published"]

_AGE = {"(", "البالغ", "البالغه", "العمر", "عمره", "عمرها", "دون", "تحت", "يبلغ", "تبلغ"}  # before an age
_CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def load() -> None:
    vocabulary()
    number_words()


_AHEAD = 3  # a future verb this many words after a time still sets it ahead (الخميس سيزور)


class _Sentence:
    """The normalised words of one sentence and what the grammar asks of them."""

    def __init__(self, layers: TextLayers, i: int, j: int, ref: date | None):
        toks = layers.tokens[i:j]
        self.layers, self.i, self.ref = layers, i, ref
        self.words = layers.words[i:j]
        self.kinds = [t.kind for t in toks]
        prefixes = layers.prefixes[i:j]
        self.joined = [p.startswith("و") for p in prefixes]
        self.v = vocabulary()
        # words that speak of the future (سيزور، سوف، المقبل) and the clauses (between
        # punctuation) they stand in: a weekday or a month named after one, or just before one,
        # lies ahead (سيزور ... الخميس); elsewhere behind (أعلن يوم 8 مايو ... وأنه سوف يجدد)
        self.clause, self.future_at, n = [], [], 0
        for k, (w, kind, pre) in enumerate(zip(self.words, self.kinds, prefixes)):
            if kind == "punct":
                n += 1
            self.clause.append(n)
            if w in self.v["future_cue"] or pre.endswith("س") or (len(w) > 3 and w[0] == "س" and w[1] in "يتن"):
                self.future_at.append(k)

    def future(self, m: int) -> bool:
        return 0 <= m < len(self.clause) and any(
            self.clause[k] == self.clause[m] and (k <= m or k <= m + _AHEAD and not self.joined[k])
            for k in self.future_at)  # ... في أبريل وسوف يعود: و opens another clause

    def __len__(self) -> int:
        return len(self.words)

    def word(self, m: int) -> str:
        return self.words[m] if 0 <= m < len(self.words) else ""

    def lookup(self, cat: str, m: int) -> tuple[str, int] | None:
        """The value of the category's form (two words, then one) at word m, and its length."""
        table = self.v[cat]
        two = f"{self.word(m)} {self.word(m + 1)}"
        if m + 1 < len(self) and two in table:
            return table[two], 2
        w = self.word(m)
        if w in table:
            return table[w], 1
        if cat in ("month", "weekday", "decade") and w.startswith("ال") and w[2:] in table:
            return table[w[2:]], 1
        return None

    def year(self, m: int) -> tuple[int, str | None, int] | None:
        """A year in digits at m (with an era mark after it): (year, era, words)."""
        w = self.word(m)
        if self.kinds[m] != "number" if m < len(self) else True:
            return None
        if not w.isdigit() or not 3 <= len(w) <= 4:
            return None
        era = self.lookup("era", m + 1)
        return int(w), (era[0] if era else None), 1 + (era[1] if era else 0)


def _ordinal(s: _Sentence, m: int) -> tuple[int, int] | None:
    """An ordinal day or century at m: التاسع، الحادي عشر، الحادي والعشرين، العشرين."""
    ords = ordinal_words()
    first = ords.get(s.word(m))
    if first is None:
        return None
    if s.word(m + 1) == "عشر" and first < 10:
        return first + 10, 2
    if first < 10 and m + 1 < len(s) and s.joined[m + 1] and ords.get(s.word(m + 1)) in (20, 30):
        return first + ords[s.word(m + 1)], 2
    return first, 1


class _Found:
    __slots__ = ("end", "value", "mod", "relation")

    def __init__(self, end: int, value: str | None, mod: str | None = None, relation: str | None = None):
        self.end, self.value, self.mod, self.relation = end, value, mod, relation


def _direction(s: _Sentence, m: int) -> int | None:
    d = s.v["direction"].get(s.word(m))
    return int(d) if d is not None else None


def _date(s: _Sentence, m: int) -> _Found | None:
    """[day [من]] MONTH[/MONTH] [YEAR [era] | DIRECTION | من العام DIRECTION]: 27 أيار/مايو 2018،
    التاسع من شباط/فبراير، يناير من العام الماضي، أواخر أبريل المقبل; Hijri months too."""
    day = None
    k = m
    if k < len(s) and s.kinds[k] == "number" and s.word(k).isdigit() and 1 <= int(s.word(k)) <= 31:
        day, k = int(s.word(k)), k + 1
    elif (o := _ordinal(s, k)) is not None and o[0] <= 31:
        day, k = o[0], k + o[1]
        if s.word(k) != "من":
            return None
    if day is not None and s.word(k) == "من":
        k += 1
    hijri = False
    found = s.lookup("month", k)
    if found is None:
        found = s.lookup("hijri_month", k)
        hijri = found is not None
        if found is None:
            return None
    weak = found[0].endswith("weak")
    month, k = int(found[0].split()[0]), k + found[1]
    if s.word(k) == "/" and (other := s.lookup("month", k + 1)) and int(other[0].split()[0]) == month:
        k, weak = k + 1 + other[1], False  # أيار/مايو، أغسطس/ آب
    elif m > 0 and s.word(m - 1) == "/" and weak:
        return None  # the second half of أغسطس/ آب, already read
    year = s.year(k) if k < len(s) else None
    if weak and day is None and year is None:
        return None  # ماي: Theresa May, not the month
    relation = None
    if year is not None:
        y, era, n = year
        k += n
        hijri = era == "H" or (hijri and era != "G")
    elif (d := _direction(s, k)) is not None:
        relation, k = "month" + ("+" if d > 0 else "-" if d < 0 else "="), k + 1
    elif s.word(k) == "من" and s.word(k + 1) in s.v["period"] and (d := _direction(s, k + 2)) is not None:
        relation, k = f"year{d:+d}", k + 3  # يناير من العام الماضي
    elif hijri and day is None:
        return None  # رمضان alone: the month of fasting as a season, not a date
    if hijri:
        if year is None:
            return None
        g = hijri_to_gregorian(y, month, day or 15)
        if g is None:
            return None
        return _Found(k, g.isoformat() if day else f"{g.year}-{g.month:02d}")
    if year is not None:
        if day:
            try:
                return _Found(k, date(y, month, day).isoformat())
            except ValueError:
                return None  # 31 فبراير: no such day
        return _Found(k, f"{y}-{month:02d}")
    if relation is None:  # منذ السابع من أكتوبر: since a day, so one past
        relation = "month+" if s.future(m) else "month<=" if s.word(m - 1) == "منذ" else "month~"
    if relation.startswith("year") or relation == "month=":  # يناير من العام الماضي، مايو الجاري
        relation = f"{'year+0' if relation == 'month=' else relation}:{month}"
        y = s.ref.year + int(relation[4:relation.index(":")]) if s.ref else None
    else:  # the month before (الماضي), after (المقبل، or in a future clause), or the nearest one
        direction = {"month-": -2, "month+": 2 if _direction(s, k - 1) else 1, "month<=": -1, "month~": 0}[relation]
        relation = {-2: "month<", -1: "month<=", 2: "month>", 1: "month>=", 0: "month~"}[direction] + str(month)
        y = nearest_month(s.ref, month, direction) if s.ref else None
    if y is None:
        return _Found(k, None, relation=relation)
    try:
        return _Found(k, date(y, month, day).isoformat() if day else f"{y}-{month:02d}", relation=relation)
    except ValueError:
        return None


def _weekday(s: _Sentence, m: int) -> _Found | None:
    """[daypart] [اليوم|يوم] WEEKDAY [DIRECTION] [date]: الأحد، يوم الاثنين، مساء الأحد،
    ظهر اليوم الثلاثاء، الخميس المقبل."""
    k = m
    if (part := s.lookup("daypart", k)) is not None:
        k += part[1]
    if s.word(k) in ("اليوم", "يوم"):
        k += 1
    found = s.lookup("weekday", k)
    if found is None:
        return None
    weekday, k = int(found[0]), k + found[1]
    d = _direction(s, k)
    if d is not None and d != 0:
        k += 1
        direction = 2 if d > 0 else -2
    else:
        direction = 1 if s.future(m) else -1
    if (after := _date(s, k)) is not None:  # الأحد 12 مايو: the date decides
        return after
    relation = f"weekday{'>' if direction > 0 else '<'}{'' if abs(direction) == 2 else '='}{weekday}"
    if s.ref is None:
        return _Found(k, None, relation=relation)
    return _Found(k, nearest_weekday(s.ref, weekday, direction).isoformat(), relation=relation)


def _dayword(s: _Sentence, m: int) -> _Found | None:
    """[daypart] اليوم، أمس، أمس الأول، غدا، بعد غد: مساء أمس، صباح اليوم."""
    k = m
    if (part := s.lookup("daypart", k)) is not None and part[1] and s.word(k) != "يوم":
        k += part[1]
    found = s.lookup("dayword", k)
    if found is None:
        return None
    offset, k = int(found[0]), k + found[1]
    if s.ref is None:
        return _Found(k, None, relation=f"day{offset:+d}")
    return _Found(k, shift(s.ref, offset, "D").isoformat(), relation=f"day{offset:+d}")


def _period(s: _Sentence, m: int, mod: str | None) -> _Found | None:
    """هذا العام، العام الماضي، الشهر المقبل، الأسبوع الماضي، القرن العشرين؛ العام alone after a
    part (نهاية العام)."""
    k = m
    this = s.word(k) in s.v["this"]
    if this:
        k += 1
    unit = s.v["period"].get(s.word(k))
    if unit is None:
        return None
    k += 1
    if unit == "C":
        if (o := _ordinal(s, k)) is not None:
            return _Found(k + o[1], str(o[0] - 1))  # القرن العشرين: TIMEX century 19
        d = _direction(s, k)
        if d is None or s.ref is None:
            return None
        return _Found(k + 1, str(s.ref.year // 100 + d), relation=f"century{d:+d}")
    d = 0 if this else _direction(s, k)
    if d is None:
        if mod is None:
            return None
        d = 0  # نهاية العام: this one
    elif not this:
        k += 1
    relation = {"Y": "year", "M": "month", "W": "week"}[unit] + f"{d:+d}"
    if s.ref is None:
        return _Found(k, None, mod, relation)
    day = shift(s.ref, d, unit)
    value = str(day.year) if unit == "Y" else f"{day.year}-{day.month:02d}" if unit == "M" else iso_week(day)
    return _Found(k, value, mod, relation)


def _year(s: _Sentence, m: int) -> _Found | None:
    """عام 2015، سنة 1952، 2015 م، and a bare year after a preposition or before a clause end."""
    k = m
    lead = s.word(k) in ("عام", "العام", "سنه", "السنه", "اعوام")
    if lead:
        k += 1
    found = s.year(k) if k < len(s) else None
    if found is None:
        return None
    y, era, n = found
    if era == "H":
        g = hijri_to_gregorian(y, 6, 15)
        return _Found(k + n, str(g.year)) if g else None
    latest = s.ref.year + 10 if s.ref else 2100  # a year to come is near: 2099 شخصا is a count
    if not 1800 <= y <= latest:
        return None
    if not lead and era is None:  # a bare number: a year unless it counts something (2000 جندي)
        if s.word(k + 1) in counted_nouns() or (m > 0 and s.kinds[m - 1] == "number"):
            return None
    return _Found(k + n, str(y))


def _decade(s: _Sentence, m: int) -> _Found | None:
    found = s.lookup("decade", m)
    return _Found(m + found[1], found[0]) if found else None


_UNIT_LETTER = {"D": "D", "W": "W", "M": "M", "Y": "Y", "10Y": "Y", "20Y": "Y", "100Y": "Y",
                "TH": "H", "TM": "M"}


def _span(s: _Sentence, m: int) -> _Found | None:
    """Lengths of time and points counted from the reference date: ثلاثة أشهر (P3M)، 18 عاما
    (P18Y)، لمدة أسبوع (P1W)، نصف قرن (P50Y)، العامين الأخيرين (P2Y)، قبل 20 عاما (1998)،
    منذ ثلاثة أيام، بعد أسبوعين."""
    k = m
    cue = s.lookup("span_cue", k)
    if cue is not None:
        k += cue[1]
    count = 1.0
    number = read_number(s.words, s.joined, k) if k < len(s) else None
    if number is not None:
        count, k = number[0], k + number[1]
    unit = s.lookup("unit", k)
    if unit is None:  # العامين الأخيرين: a definite dual and "the last"
        w = s.word(k)
        inner = s.v["unit"].get(w[2:]) if w.startswith("ال") else None
        if not (inner and inner.endswith("2") and s.word(k + 1) in ("الاخيرين", "الماضيين")):
            return None
        unit, k = (inner, 1), k + 1
    code, k = unit[0], k + unit[1]
    if code.endswith("*"):  # a plural: خلال سنوات is no length
        if number is None:
            return None
        code = code[:-1]
    if number is not None and code == "Y" and m > 0 and s.word(m - 1) in _AGE:
        return None  # سكريبال (66 عاما)، البالغ 58 عاما، منتخب دون 20 عاما: an age
    if cue is not None and cue[0] == "later" and not s.future(m):
        return None  # بعد عام نفذت فيه: after another event, not after the reference date
    if number is None and s.year(k) is not None:
        return None  # منذ عام 2015: a year, read by the year rule
    if code.endswith("2"):
        if number is not None:
            return None
        code, count = code[:-1], 2
    elif number is None and cue is None:
        return None  # a bare unit (يوم، عام) is a point in another expression, not a length
    if code.startswith(("10", "20", "100")):
        mult = int(code[:-1])
        code, count = code[-1], count * mult
    if cue is not None and cue[0] in ("ago", "later") and not code.startswith("T"):
        n = int(count) * (-1 if cue[0] == "ago" else 1)
        if s.ref is None or count != int(count):
            return _Found(k, None, relation=f"{code.lower()}{n:+d}")
        try:
            day = shift(s.ref, n, code)
        except (OverflowError, ValueError):  # قبل 66 مليون عام: before the calendar's first year
            return _Found(k, None, relation=f"{code.lower()}{n:+d}")
        value = {"D": day.isoformat(), "W": iso_week(day), "M": f"{day.year}-{day.month:02d}",
                 "Y": str(day.year)}[code]
        return _Found(k, value, relation=f"{code.lower()}{n:+d}")
    amount = int(count) if count == int(count) else count
    letter = _UNIT_LETTER.get(code, code)
    return _Found(k, f"PT{amount}{letter}" if code.startswith("T") else f"P{amount}{letter}")


def _clock(s: _Sentence, m: int) -> tuple[int, int, int] | None:
    """الساعة 10:30 → (hour, minute, words)."""
    if s.word(m) != "الساعه" or m + 3 >= len(s):
        return None
    text = "".join(s.word(k) for k in range(m + 1, min(len(s), m + 4)))
    match = _CLOCK.match(text)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)), 4


_GRAMMAR = (_date, _weekday, _dayword, _decade, _year, _span)
_STARTS_BEFORE = 4  # words an expression may run before its first digit or time word (بحلول نهاية العام)
@cache
def _hint() -> re.Pattern[str]:
    """A cheap test for a sentence that may hold a time expression: any digit or time word."""
    v = vocabulary()
    forms = {f.split()[0] for cat in ("month", "hijri_month", "weekday", "dayword", "unit", "period",
                                      "decade") for f in v[cat]}
    forms |= {f[2:] for f in forms if f.startswith("ال")}
    return re.compile(r"\d|" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)))


def find_times(layers: TextLayers, ref: date | None, names: list[Span] = ()) -> list[TimeExpression]:
    """Every time expression of the article, in order, resolved against `ref` (or not, if None);
    none inside `names` (the spans of names: قناة روسيا اليوم is no date)."""
    out: list[TimeExpression] = []
    inside = sorted((n.start, n.end) for n in names)
    norm = layers.normalized.text
    hint = _hint()
    for sent in layers.sentences:
        a, b = layers.normalized.to_normalized(sent.start), layers.normalized.to_normalized(sent.end)
        if not hint.search(norm, a, b):
            continue
        i, j = layers.token_range(sent.start, sent.end)
        s = _Sentence(layers, i, j, ref)
        # an expression holds a digit or a time word within its first words: only there it may start
        hot = [k for k in range(len(s)) if s.kinds[k] == "number" or hint.fullmatch(s.words[k])
               or s.words[k].startswith("ال") and hint.fullmatch(s.words[k][2:])]
        near = {m for k in hot for m in range(max(0, k - _STARTS_BEFORE), k + 1)}
        m = 0
        while m < len(s):
            found = _parse_at(s, m) if m in near else None
            if found is None:
                m += 1
                continue
            start = layers.tokens[i + m]
            end = layers.tokens[i + found.end - 1]
            begin = start.base_start if start.base_start < start.end else start.start
            k = bisect.bisect_right(inside, (end.end,)) - 1
            if k < 0 or inside[k][1] <= begin:
                out.append(TimeExpression(begin, end.end, found.value, found.mod, found.relation))
            m = found.end
    return out


def _parse_at(s: _Sentence, m: int) -> _Found | None:
    mod = None
    k = m
    if s.word(k) == "بحلول" and s.lookup("part", k + 1):
        k += 1
    if (part := s.lookup("part", k)) is not None:
        mod, k = part[0], k + part[1]
        if s.word(k) == "من":
            k += 1
    for rule in _GRAMMAR:
        found = rule(s, k)
        if found is not None:
            if mod is not None and found.value and found.value.startswith("P"):
                return None  # نهاية ثلاثة أشهر: not a calendar period
            found.mod = mod or found.mod
            if (clock := _clock(s, found.end)) is not None and found.value and len(found.value) == 10:
                h, mi, n = clock
                found.value, found.end = f"{found.value}T{h:02d}:{mi:02d}", found.end + n
            return found
    return _period(s, k, mod)
