"""The event confidence: a score on every event, features that see what the pipeline knows, a
shipped model in step with the feature code, and the threshold (by default in articles, the
user's choice in the API and the CLI)."""
import json
import math

import pytest

from hadath import extract
from hadath.cli import main
from hadath.errors import InputError
from hadath.events.confidence import DEFAULT_THRESHOLD, WORD_FEATURES, features, load
from hadath.pipeline import Doc, default_pipeline
from hadath.time.published import parse_published

# two attacks in one article, an arrest by the police, a visit told in reported speech
ARTICLE = ("شنت طائرات حربية إسرائيلية غارات على مواقع في قطاع غزة فجر اليوم. "
           "واعتقلت الشرطة العراقية خمسة أشخاص في بغداد. "
           "وقال مسؤول إن الرئيس الفرنسي سيزور لبنان الأسبوع المقبل. "
           "وفي سوريا، فجر انتحاري نفسه في سوق بمدينة حلب.")


def _doc(text, published="2021-07-27"):
    doc = default_pipeline()(Doc(text, parse_published(published)))
    entities = {e.id: e for e in doc.layers["entities"]}
    return doc, [features(k, doc.layers["events"], doc.layers["text"], entities, doc.layers["quotes"], published)
                 for k in range(len(doc.layers["events"]))]


def test_every_event_has_a_confidence_between_0_and_1():
    r = extract(ARTICLE, published="2021-07-27")
    assert {e.type for e in r.events} >= {"ASSAULT", "COERCE", "CONSULT"}
    assert all(e.confidence is not None and 0 <= e.confidence <= 1 for e in r.events)


def test_features_see_type_sides_modality_and_what_came_before():
    doc, fs = _doc(ARTICLE)
    events = doc.layers["events"]
    arrest = next(f for e, f in zip(events, fs) if e.type == "COERCE")
    assert arrest["type=COERCE"] == arrest["mode=COERCE/arrest"] == 1
    assert arrest["actor=ORG"] == 1 and arrest["actor sector=COP"] == 1
    visit = next(f for e, f in zip(events, fs) if e.type == "CONSULT")
    assert visit["aux=future"] == 1 and visit["in quote"] == 1
    attacks = [f for e, f in zip(events, fs) if e.type == "ASSAULT"]
    assert len(attacks) == 2
    assert attacks[0]["earlier of type=0"] == 1 and attacks[1]["earlier of type=1"] == 1
    assert attacks[0]["sentence=first"] == 1


def test_a_line_naming_another_story_is_seen():
    doc, fs = _doc("للمزيد: اعتقلت الشرطة المصرية ثلاثة صحفيين في القاهرة")
    assert doc.layers["events"] and fs[0].get("link line") == 1


def test_the_shipped_model_knows_the_features_the_code_makes():
    weights = load()
    assert "bias" in weights and all(math.isfinite(w) for w in weights.values())
    _, fs = _doc(ARTICLE)
    # words are open-ended (an unseen word weighs nothing); every other feature has a weight
    made = {name for f in fs for name in f if not name.startswith(WORD_FEATURES)}
    assert made <= set(weights), made - set(weights)  # else: run tools/train_confidence.py
    assert any(name.startswith("word=") for name in weights)


def test_features_see_the_words_of_the_trigger_and_its_sentence():
    doc, fs = _doc(ARTICLE)
    arrest = next(f for e, f in zip(doc.layers["events"], fs) if e.type == "COERCE")
    assert arrest["word=COERCE/اعتقلت"] == 1 and arrest["after=شرطه"] == 1
    assert arrest["in sentence=بغداد"] > 0 and "in sentence=حلب" not in arrest


def test_a_second_act_of_its_kind_on_the_same_day_is_seen():
    doc, fs = _doc("اعتقلت الشرطة المصرية ثلاثة صحفيين في القاهرة أمس. "
                   "واعتقلت قوات الأمن أمس أيضا ناشطا في الإسكندرية.")
    arrests = [f for e, f in zip(doc.layers["events"], fs) if e.type == "COERCE"]
    assert len(arrests) == 2, doc.layers["events"]
    assert "earlier on its day" not in arrests[0] and arrests[1]["earlier on its day"] == 1
    assert arrests[1]["earlier of mode=1"] == 1 and "earlier in its place" not in arrests[1]


def test_a_retold_attack_scores_below_its_first_telling():
    r = extract(ARTICLE, published="2021-07-27")
    first, second = [e for e in r.events if e.type == "ASSAULT"]
    assert second.confidence < first.confidence


def _run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, [json.loads(x) for x in out.splitlines() if x.strip()], err


def test_cli_min_confidence_leaves_out_events_below_it(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    _, [every], _ = _run(capsys, "extract", str(f), "--published", "2021-07-27", "--min-confidence", "0")
    cut = sorted(e["confidence"] for e in every["events"])[len(every["events"]) // 2]
    _, [some], _ = _run(capsys, "extract", str(f), "--published", "2021-07-27", "--min-confidence", str(cut))
    assert some["events"] == [e for e in every["events"] if e["confidence"] >= cut]
    assert 0 < len(some["events"]) < len(every["events"])
    _, plover, _ = _run(capsys, "extract", str(f), "--published", "2021-07-27", "--format", "plover",
                        "--min-confidence", str(cut))
    assert [p["confidence"] for p in plover] == [e["confidence"] for e in some["events"]]


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_cli_min_confidence_must_be_a_share(tmp_path, capsys, value):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(f), "--min-confidence", value])
    assert exc.value.code == 2
    assert "expected a number from 0 to 1" in capsys.readouterr().err


# the second resignation scores low: a later event of its type in the same words is most often a
# retelling in the judged news
TWO_RESIGNATIONS = ("استقال وزير الخارجية البريطاني بوريس جونسون من منصبه. "
                    "وكان ديفيد ديفيس قد أعلن استقالته من الحكومة أمس.")


def test_by_default_an_article_keeps_the_events_scored_at_the_threshold_or_above():
    every = extract(TWO_RESIGNATIONS, published="2018-07-10", min_confidence=0).events
    kept = extract(TWO_RESIGNATIONS, published="2018-07-10").events
    assert [e.type for e in every] == ["RETREAT", "RETREAT"]
    assert kept == tuple(e for e in every if e.confidence >= DEFAULT_THRESHOLD) and len(kept) == 1


def test_by_default_a_text_of_one_sentence_keeps_every_event():
    text = "اقتحم محتجون غاضبون مبنى البلدية وأضرموا النار فيه."
    [riot] = extract(text).events
    assert riot.type == "PROTEST" and riot.confidence < DEFAULT_THRESHOLD
    assert extract(text, min_confidence=0.5).events == ()  # a threshold given applies to any text


@pytest.mark.parametrize("value", [1.5, -0.1, "high", True, float("nan")])
def test_min_confidence_must_be_a_share(value):
    with pytest.raises(InputError) as exc:
        extract(ARTICLE, min_confidence=value)
    assert exc.value.code == "bad_min_confidence"


def test_cli_default_is_the_threshold_in_articles(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(TWO_RESIGNATIONS, encoding="utf-8")
    _, [default], _ = _run(capsys, "extract", str(f), "--published", "2018-07-10")
    _, [every], _ = _run(capsys, "extract", str(f), "--published", "2018-07-10", "--min-confidence", "0")
    assert len(default["events"]) == 1 and len(every["events"]) == 2
