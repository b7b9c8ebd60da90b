"""Quantities on sentences written for these tests."""
import pytest

import hadath


def quantities(text):
    return [(text[q.start:q.end], q.value, q.what, q.size, q.approximate) for q in hadath.extract(text).quantities]


@pytest.mark.parametrize("text,value,what", [
    ("نشرت الحكومة 2,500 جندي على الحدود.", 2500, "troops"),
    ("نشرت الحكومة ٣٠٠ جندي على الحدود.", 300, "troops"),
    ("نشرت الحكومة ثلاثة آلاف جندي على الحدود.", 3000, "troops"),
    ("نشرت الحكومة ألفين وخمسمائة جندي على الحدود.", 2500, "troops"),
    ("خصصت الحكومة 2.5 مليون دولار للإعمار.", 2500000, "USD"),
    ("ينتج العراق أربعة ملايين برميل يوميا.", 4000000, "barrels"),
])
def test_numbers_in_digits_and_words(text, value, what):
    assert [(q[1], q[2]) for q in quantities(text)] == [(value, what)]


def test_casualties_fill_the_event_size():
    text = "أسفر الهجوم عن سقوط عشرين قتيلا وخمسة وعشرين جريحا في سوق شعبي."
    r = hadath.extract(text)
    assert [(q.value, q.size) for q in r.quantities] == [(20, "dead"), (25, "injured")]
    assert [e.size for e in r.events if e.type == "ASSAULT"] == [{"dead": 20, "injured": 25}]


def test_people_counted_after_an_arrest_are_arrested():
    text = "اعتقلت الشرطة التركية 40 شخصا في إسطنبول."
    r = hadath.extract(text)
    assert [(q.value, q.size) for q in r.quantities] == [(40, "arrested")]
    assert [(e.type, e.size) for e in r.events] == [("COERCE", {"arrested": 40})]


def test_vague_counts_are_approximate():
    assert quantities("تظاهر عشرات من المحتجين أمام البرلمان.") == [
        ("عشرات من المحتجين", 10, "protesters", None, True)]


def test_a_number_alone_is_no_quantity():
    assert quantities("فاز الفريق بنتيجة 3 مقابل 1.") == []


def test_a_casualty_verb_after_the_people_it_befell():
    text = "وقالت الوزارة إن 12 شخصا قتلوا وأصيب 30 آخرون في الانفجار."
    r = hadath.extract(text, published="2021-07-27")
    assert [(q.value, q.size) for q in r.quantities] == [(12, "dead"), (30, "injured")]
    later = "ووصل 12 شخصا، قتلوا لاحقا."  # a clause break between: no casualty count
    assert [q.size for q in hadath.extract(later).quantities] == [None]
