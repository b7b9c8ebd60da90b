import json
from dataclasses import fields
from importlib import resources

import jsonschema
import pytest

import hadath
from hadath.schema import Entity, ErrorRecord, Event, Quote, Result, Span, TimeExpression, Token

SCHEMA = json.loads(resources.files("hadath.data").joinpath("result.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_the_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_results_with_all_layers_validate():
    r = hadath.extract("وصل الرئيس إلى القاهرة. وقال: «الزيارة مهمة».", published="2020-01-02", id="x")
    VALIDATOR.validate(r.to_dict(layers=("paragraphs", "sentences", "tokens")))
    VALIDATOR.validate(r.to_dict())


def test_filled_records_validate():
    # the records later stages fill: their JSON form must fit the schema already
    r = Result(id="x", version="0", text_length=10, published=None, reference_date=None,
               entities=(Entity("e1", "PER", (Span(0, 3),), (Span(4, 9),), "Joe Biden", "USA", "GOV"),),
               events=(Event("CONSULT", Span(0, 3), "visit", "e1", None, None, "2021-07-27", ("future",)),),
               quotes=(Quote(Span(5, 9), Span(0, 3), "e1", False, True),),
               times=(TimeExpression(0, 4, "2021-07", "END"),))
    VALIDATOR.validate(r.to_dict())


def test_error_records_validate():
    VALIDATOR.validate(ErrorRecord("a", "empty_text", "text is empty", 3).to_dict())


@pytest.mark.parametrize("record,name", [(Result, "result"), (Entity, "entity"), (Event, "event"),
                                         (Quote, "quote"), (TimeExpression, "time")])
def test_schema_and_records_name_the_same_fields(record, name):
    assert {f.name for f in fields(record)} == set(SCHEMA["$defs"][name]["properties"])


def test_schema_names_the_token_fields():
    assert set(Token._fields) == set(SCHEMA["$defs"]["token"]["properties"])
