import datetime as dt

import pytest

import hadath
from hadath.errors import InputError
from hadath.pipeline import Pipeline, PipelineError, Stage, STAGES

TEXT = "التقى وزير الخارجية نظيره في عمّان أمس. وقال إن المحادثات كانت مثمرة."


def test_extract_returns_a_result_with_sentences_and_tokens():
    r = hadath.extract(TEXT, published="2022-05-10T08:00:00+03:00", id="a1")
    assert r.id == "a1"
    assert r.text_length == len(TEXT)
    assert r.published == "2022-05-10T05:00:00+00:00"  # converted to UTC
    assert r.reference_date == "2022-05-10"
    assert [TEXT[s.start:s.end] for s in r.sentences] == [
        "التقى وزير الخارجية نظيره في عمّان أمس.", "وقال إن المحادثات كانت مثمرة."]
    assert TEXT[r.tokens[0].start:r.tokens[0].end] == "التقى"
    assert [e.type for e in r.events] == ["CONSULT"]  # التقى
    assert [(TEXT[t.start:t.end], t.value) for t in r.times] == [("أمس", "2022-05-09")]
    assert r.events[0].date == "2022-05-09"  # the time expression of its clause
    assert set(r.timings_ms) == {"text", "entities", "times", "quotes", "quantities", "events"}
    assert [TEXT[q.content.start:q.content.end] for q in r.quotes] == ["المحادثات كانت مثمرة"]


@pytest.mark.parametrize("published,reference", [
    ("2021-07-27", "2021-07-27"),
    ("2021-07-27T23:30:00Z", "2021-07-27"),
    ("2021-07-27T01:30:00+03:00", "2021-07-26"),  # the UTC date counts
    (dt.date(2018, 5, 1), "2018-05-01"),
    (None, None),
])
def test_published_forms(published, reference):
    assert hadath.extract(TEXT, published=published).reference_date == reference


@pytest.mark.parametrize("published", ["أمس", "27/07/2021", "2021-02-30", ""])
def test_invalid_published_is_refused(published):
    with pytest.raises(InputError, match="published"):
        hadath.extract(TEXT, published=published)


@pytest.mark.parametrize("text,code", [("", "empty_text"), ("  \n\t ", "empty_text"), (None, "bad_text"),
                                       (b"\xd8\xa7", "bad_text")])
def test_bad_text_is_refused(text, code):
    with pytest.raises(InputError) as info:
        hadath.extract(text)
    assert info.value.code == code


def test_too_long_text_is_refused_not_cut():
    with pytest.raises(InputError, match="over the limit"):
        hadath.extract("كلمة " * 300, max_chars=1000)
    assert hadath.extract("كلمة " * 300, max_chars=None).text_length == 1500


def test_pipeline_checks_needs_when_built():
    STAGES["needs_entities"] = Stage("needs_entities", lambda doc: None, requires=("entities",))
    try:
        with pytest.raises(PipelineError, match="needs entities"):
            Pipeline(("text", "needs_entities"))
        with pytest.raises(PipelineError, match="no stage named"):
            Pipeline(("nothing",))
    finally:
        del STAGES["needs_entities"]
