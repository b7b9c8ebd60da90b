"""The trigger lexicon and the modality cues, loaded once.

Single-word triggers are looked up by a word's normalised forms (as written, without its
proclitics and pronoun suffix, and without the article too); multiword cues (فرض عقوبات، أطلق
سراح) are matched by an automaton, like names.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from hadath.data import read_tsv
from hadath.entities.gazetteer import Gazetteer
from hadath.text import normalize_string

__all__ = ["Cue", "Lexicon", "lexicon", "word_classes"]


class Cue(NamedTuple):
    type: str
    mode: str | None
    kind: str  # verb, noun, phrase
    lemma: str
    when: str | None = None  # a condition: "near:W,W" (one of the words close by) or "agent"
    args: str | None = None  # "object": a noun's genitive is the recipient; "passive": the actor follows من


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, tuple[Cue, ...]]  # normalised form → cues
    phrases: Gazetteer  # payloads: Cue
    phrase_forms: dict[str, tuple[Cue, ...]]  # the same, by normalised form: for a phrase a name splits
    modality: dict[str, tuple[tuple[str, ...], str]]  # normalised cue → (aux values, where)
    longest_modality: int  # words in the longest modality cue
    speech: frozenset[str]  # saying verbs: never events
    roles: dict[str, str]  # normalised word → undergo / break (roles.tsv)
    domains: dict[str, str]  # normalised word → sport / business / science / culture / accident / poll
    contexts: dict[str, str]  # normalised cue (one or two words) → PLOVER context (contexts.tsv)


@cache
def lexicon() -> Lexicon:
    words: dict[str, list[Cue]] = {}
    phrases = []
    for form, typ, mode, kind, lemma, when, args in read_tsv("hadath.data.events", "triggers.tsv.gz",
                                                   rebuild="python tools/build_triggers.py"):
        cue = Cue(typ, mode or None, kind, lemma, when or None, args or None)
        if " " in form:
            phrases.append((form, cue))
        else:
            words.setdefault(form, []).append(cue)
    modality = {}
    for cue, aux, where in read_tsv("hadath.data.events.src", "modality.tsv", rebuild="git checkout"):
        modality[normalize_string(cue)] = (tuple(aux.split("+")), where)  # future+negation: both
    speech = word_classes()["speech"]
    for w in speech:
        words.pop(w, None)
    roles = {normalize_string(w): role for w, role in read_tsv("hadath.data.events.src", "roles.tsv",
                                                               rebuild="git checkout")}
    domains = {normalize_string(w): d for w, d in read_tsv("hadath.data.events.src", "domains.tsv",
                                                           rebuild="git checkout")}
    contexts = {normalize_string(w): c for w, c in read_tsv("hadath.data.events.src", "contexts.tsv",
                                                            rebuild="git checkout")}
    forms: dict[str, list[Cue]] = {}
    for form, cue in phrases:
        forms.setdefault(form, []).append(cue)
    return Lexicon({k: tuple(v) for k, v in words.items()}, Gazetteer(phrases),
                   {k: tuple(v) for k, v in forms.items()}, modality,
                   max(len(k.split()) for k in modality), speech, roles, domains, contexts)


@cache
def word_classes() -> dict[str, frozenset[str]]:
    """The small word classes the event rules read (words.tsv): name → normalised words."""
    return {name: frozenset(normalize_string(w) for w in words.split())
            for name, words, _what in read_tsv("hadath.data.events.src", "words.tsv", rebuild="git checkout")}
