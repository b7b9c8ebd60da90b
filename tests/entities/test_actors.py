from datetime import date

import pytest

from hadath.entities.actors import Role, _day, _roles, knowledge


@pytest.mark.parametrize("on,who", [(date(2018, 5, 1), "Donald Trump"), (date(2021, 7, 27), "Joe Biden"),
                                    (date(2012, 3, 1), "Barack Obama")])
def test_titles_resolve_to_the_holder_on_the_date(on, who):
    assert knowledge().holder("president", "USA", on).en == who


def test_no_holder_where_the_dictionary_knows_none():
    assert knowledge().holder("president", "USA", date(1700, 1, 1)) is None


def test_partial_dates_cover_their_year_or_month():
    assert _day("2021", end=False) == date(2021, 1, 1)
    assert _day("2021", end=True) == date(2022, 1, 1)
    assert _day("2021-12", end=True) == date(2022, 1, 1)
    assert _day("2021-07-20", end=True) == date(2021, 7, 20)
    assert _day("", end=True) is None


def test_roles_parse_and_hold_on_days():
    [r] = _roles("president@USA:2021-01-20..2025-01-20")
    assert r == Role("president", "USA", date(2021, 1, 20), date(2025, 1, 20))
    assert r.holds_on(date(2021, 1, 20)) and not r.holds_on(date(2025, 1, 20))
    [open_ended] = _roles("king@JOR:1999-02-07..")
    assert open_ended.holds_on(date(2030, 1, 1))


def test_dictionary_sizes():
    kb = knowledge()
    people = sum(a.type == "PER" for a in kb.actors.values())
    orgs = sum(a.type == "ORG" for a in kb.actors.values())
    assert people >= 3000 and orgs >= 1500
    assert {"IRQ", "USA", "PSE"} <= set(kb.places)
