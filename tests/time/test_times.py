"""Time expressions on sentences written for these tests: every month system, Hijri dates,
weekdays by tense, relative periods, parts, durations, year boundaries, no reference date."""
from datetime import date

import pytest

from hadath.text import analyse_text
from hadath.time import find_times


def times(text, ref=date(2021, 7, 27)):  # a Tuesday
    return [(text[t.start:t.end], t.value, t.mod) for t in find_times(analyse_text(text), ref)]


def values(text, ref=date(2021, 7, 27)):
    return [t[1] for t in times(text, ref)]


@pytest.mark.parametrize("month", ["يناير", "كانون الثاني", "جانفي", "ينير"])
def test_january_in_every_naming_system(month):
    assert values(f"وقعت الحادثة في 3 {month} 2020.") == ["2020-01-03"]


@pytest.mark.parametrize("text,value", [
    ("عاد السفير في أغسطس/ آب 2019.", "2019-08"),
    ("عاد السفير في أيار/مايو 2017.", "2017-05"),
    ("عاد السفير في تشرين الأول/أكتوبر 2014.", "2014-10"),
    ("عاد السفير في ١٥ نوفمبر ٢٠١٩.", "2019-11-15"),  # Arabic-Indic digits
    ("عاد السفير في التاسع من شباط/فبراير 2018.", "2018-02-09"),
    ("عاد السفير في الحادي والعشرين من مارس 2016.", "2016-03-21"),
])
def test_paired_months_and_days_in_words(text, value):
    assert values(text) == [value]


def test_a_hijri_date_is_given_in_gregorian():
    assert values("أعلن العيد في 1 شوال 1442 هـ.") == ["2021-05-13"]
    assert values("صدر القرار في 15 رمضان 1439 هجرية.") == ["2018-05-30"]


def test_ramadan_alone_is_no_date():
    assert values("يكثر الناس من الصدقة في رمضان.") == []


@pytest.mark.parametrize("text,value", [
    ("التقى الرئيس نظيره اليوم الثلاثاء.", "2021-07-27"),  # the reference day itself
    ("التقى الرئيس نظيره يوم الأحد.", "2021-07-25"),  # past tense: on or before
    ("التقى الرئيس نظيره مساء الأحد.", "2021-07-25"),
    ("التقى الرئيس نظيره الثلاثاء.", "2021-07-27"),
    ("سيلتقي الرئيس نظيره الخميس.", "2021-07-29"),  # future: on or after
    ("التقى الرئيس نظيره الأحد الماضي.", "2021-07-25"),
    ("يلتقي الرئيس نظيره الثلاثاء المقبل.", "2021-08-03"),  # strictly after
])
def test_weekdays_by_tense(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text,value", [
    ("وصل الوفد أمس.", "2021-07-26"),
    ("وصل الوفد أمس الأول.", "2021-07-25"),
    ("يصل الوفد غدا.", "2021-07-28"),
    ("وصل الوفد صباح اليوم.", "2021-07-27"),
    ("تراجع التضخم الشهر الماضي.", "2021-06"),
    ("تراجع التضخم الأسبوع الماضي.", "2021-W29"),
    ("يرتفع التضخم العام المقبل.", "2022"),
    ("تراجع التضخم هذا العام.", "2021"),
    ("تراجع التضخم في يناير من العام الماضي.", "2020-01"),
    ("تراجع التضخم في مارس الماضي.", "2021-03"),
    ("وقعت الحادثة قبل 20 عاما.", "2001"),
    ("وقعت الحادثة قبل ثلاثة أيام.", "2021-07-24"),
    ("وقعت الحادثة عام 1952.", "1952"),
    ("اشتهرت الفرقة في الثمانينيات.", "198"),
    ("شهد القرن العشرين حربين.", "19"),
])
def test_relative_expressions(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text,value,mod", [
    ("تنسحب القوات بحلول نهاية العام الحالي.", "2021", "END"),
    ("تنسحب القوات في مطلع الشهر المقبل.", "2021-08", "START"),
    ("تنسحب القوات في منتصف أغسطس/ آب.", "2021-08", "MID"),
    ("تعقد القمة أواخر أبريل المقبل.", "2022-04", "END"),
])
def test_parts_of_periods(text, value, mod):
    assert [(v, m) for _, v, m in times(text)] == [(value, mod)]


@pytest.mark.parametrize("text,value", [
    ("مدد الرئيس حالة الطوارئ ثلاثة أشهر.", "P3M"),
    ("بقي في السجن لمدة أسبوع.", "P1W"),
    ("حكم البلاد نصف قرن.", "P50Y"),
    ("تقدمت القوات خلال العامين الأخيرين.", "P2Y"),
    ("يعيش في المنفى منذ 18 عاما.", "P18Y"),
    ("استمر الاجتماع خمس ساعات.", "PT5H"),
])
def test_durations(text, value):
    assert values(text) == [value]


def test_the_last_year_seen_from_early_january():
    # an article of 2 January speaks of the end of the year before
    assert times("تراجع التضخم نهاية العام الماضي.", date(2026, 1, 2)) == [
        ("نهاية العام الماضي", "2025", "END")]
    assert values("التقى الرئيس نظيره الأربعاء.", date(2026, 1, 2)) == ["2025-12-31"]
    assert values("تراجع التضخم الشهر الماضي.", date(2026, 1, 2)) == ["2025-12"]
    assert values("تراجع التضخم في ديسمبر.", date(2026, 1, 2)) == ["2025-12"]
    assert values("تراجع التضخم الأسبوع الماضي.", date(2026, 1, 2)) == ["2025-W52"]


def test_a_clock_time_after_a_day():
    assert values("انفجرت القنبلة اليوم الساعة 14:45.") == ["2021-07-27T14:45"]


def test_without_a_reference_date_relative_values_stay_open():
    found = find_times(analyse_text("وصل الوفد أمس، وغادر في 3 مايو 2020."), None)
    assert [(t.value, t.relation) for t in found] == [(None, "day-1"), ("2020-05-03", None)]


@pytest.mark.parametrize("text", [
    "قالت رئيسة الوزراء تيريزا ماي إن الاتفاق جيد.",  # ماي: a name, not May
    "نشر الجيش 2000 جندي على الحدود.",  # a count, not a year
    "قال سكريبال (66 عاما) إنه بخير.",  # an age, not a length
    "عبرت الفصائل عن رفضها خلال سنوات.",  # a plural with no number
])
def test_not_time_expressions(text):
    assert times(text) == []


def test_offsets_point_into_the_original_text():
    text = "وصلَ الوفدُ يومَ الأحـــد"  # diacritics and tatweel
    found = find_times(analyse_text(text), date(2021, 7, 27))
    assert [text[t.start:t.end] for t in found] == ["يومَ الأحـــد"]


def test_a_count_is_no_far_future_year():
    assert values("شارك 2099 شخصا في الاستفتاء.") == []


@pytest.mark.parametrize("text", ["أقيل المدرب البالغ 58 عاما من منصبه.", "فاز منتخب دون 20 عاما بالبطولة."])
def test_ages_are_no_lengths_of_time(text):
    assert times(text) == []


def test_a_day_that_does_not_exist_is_dropped():
    assert values("وقع الهجوم في 31 فبراير 2020.") == ["2020-02"]  # the month stands
    assert values("وقع الهجوم في 29 فبراير 2020.") == ["2020-02-29"]


def test_a_future_verb_later_in_the_clause_does_not_move_an_earlier_date_ahead():
    # 8 May was before the article of 12 May 2018; سوف belongs to the clause's second verb
    text = "أعلن الرئيس الأميركي يوم 8 مايو انسحاب بلاده من الاتفاق النووي وأنه سوف يجدد العقوبات على إيران."
    assert values(text, date(2018, 5, 12)) == ["2018-05-08"]
    assert values("سيزور الرئيس باريس في أبريل.", date(2018, 5, 12)) == ["2019-04"]
    assert values("زار الرئيس باريس في أبريل وسوف يعود إليها.", date(2018, 5, 12)) == ["2018-04"]


def test_a_span_before_the_calendar_has_no_value_and_loses_nothing():
    text = "انقرضت الديناصورات قبل 66 مليون عام، وظهر الإنسان قبل 300 ألف سنة."
    assert [t[:2] for t in times(text)] == [("قبل 66 مليون عام", None), ("قبل 300 ألف سنة", None)]


def test_a_date_since_which_something_goes_on_is_past():
    # 27 July 2021: a bare 7 October is nearer ahead, but منذ makes it last October
    assert values("تتواصل الاحتجاجات منذ السابع من أكتوبر.") == ["2020-10-07"]
    assert values("ستعقد القمة في السابع من أكتوبر.") == ["2021-10-07"]
