"""Entities: names found by the NER model and the dictionaries, gathered into entities with
their English names and actor codes.

The steps, each in its own module:
- `gazetteer`/`actors`: dictionary matches of places, actors, demonyms and titles;
- `ner`: the CRF's spans, with the dictionary matches among its features;
- `mentions`: one layer of name mentions out of the two (dictionary and model);
- `coref`: mentions gathered into entities (surnames, repeated names), titles and demonym
  phrases attached as nominals, resolved by the article's date.
"""
from __future__ import annotations

from datetime import date
from functools import cache

from hadath.entities.actors import knowledge
from hadath.entities.coref import build_entities
from hadath.entities.mentions import name_mentions
from hadath.entities.ner import Tagger, clusters, vectors
from hadath.schema import Entity
from hadath.text import TextLayers
from hadath.text.clitics import frequent_words

__all__ = ["can_act", "can_act_as_subject", "find_entities", "load", "token_owners"]


@cache
def tagger() -> Tagger:
    return Tagger()


def load() -> None:
    """Read the dictionaries and the model (once per process)."""
    knowledge()
    tagger()
    clusters()
    vectors()
    frequent_words(300), frequent_words(3000)


def find_entities(layers: TextLayers, reference_date: date | None) -> list[Entity]:
    kb = knowledge()
    matches = kb.gazetteer.find(layers)
    ner_spans = tagger().spans(layers, kb.tags(layers, matches), kb.name_words)
    mentions = name_mentions(layers, matches, ner_spans, kb)
    return build_entities(layers, mentions, matches, kb, reference_date)


def token_owners(layers: TextLayers, entities: list[Entity]) -> list:
    """The entity each token belongs to (or None): names win over nominals."""
    owner: list = [None] * len(layers.tokens)
    for spans_of in (lambda e: e.nominals, lambda e: e.mentions):
        for e in entities:
            for sp in spans_of(e):
                i, j = layers.token_range(sp.start, sp.end)
                for k in range(i, j):
                    owner[k] = e
    return owner


def can_act(e: Entity) -> bool:
    """Whether an entity can act or be acted on: people, organisations, countries (a city or a
    region is where things happen; a MISC name, such as a currency, does neither)."""
    if e.type in ("PER", "ORG"):
        return True
    if e.type != "LOC":
        return False
    country = knowledge().places.get(e.country or "")
    return country is not None and country.en == e.name_en


def can_act_as_subject(e: Entity) -> bool:
    """`can_act`, and a capital as the subject of a verb or a speaker: it stands for its
    government (التزمت واشنطن، قالت موسكو); elsewhere a capital is a place (زار ماكرون بيروت)."""
    return can_act(e) or e.geo is not None and e.geo.feature_code == "PPLC"
