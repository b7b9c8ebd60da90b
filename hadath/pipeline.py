"""The pipeline: named stages run in order over a `Doc`, and `extract()`, the public entry point.

Each stage declares the layers it needs and the layers it adds; `Pipeline` checks that every
need is met by an earlier stage when it is built, not half-way through an article.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable

from hadath import __version__
from hadath.errors import HadathError, InputError
from hadath.schema import Result
from hadath.entities import find_entities, load as load_entities
from hadath.events import find_events, load as load_events
from hadath.events.confidence import kept
from hadath.quantities import find_quantities, load as load_quantities
from hadath.quotes import find_quotes, load as load_quotes, sourcing
from hadath.text import analyse_text
from hadath.text.clitics import model as clitic_model
from hadath.time import find_times, load as load_times, parse_published

__all__ = ["DEFAULT_MAX_CHARS", "Doc", "Pipeline", "Stage", "STAGES", "default_pipeline", "extract"]

DEFAULT_MAX_CHARS = 1_000_000  # about 200 long news articles; larger inputs are refused, not cut


@dataclass
class Doc:
    """One article on its way through the pipeline: the text, its date, and named layers."""

    text: str
    published: datetime | date | None = None
    layers: dict[str, Any] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    """`run` adds the layers named in `assigns`; `load` (if any) reads what the stage needs
    from disk, once, before the first article."""

    name: str
    run: Callable[[Doc], None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    load: Callable[[], object] | None = None


def _text_stage(doc: Doc) -> None:
    doc.layers["text"] = analyse_text(doc.text)


def _day(published: datetime | date | None) -> date | None:
    return published.date() if isinstance(published, datetime) else published


def _entities_stage(doc: Doc) -> None:
    doc.layers["entities"] = find_entities(doc.layers["text"], _day(doc.published))


def _times_stage(doc: Doc) -> None:
    names = [m for e in doc.layers["entities"] if e.type != "LOC" for m in e.mentions]
    doc.layers["times"] = find_times(doc.layers["text"], _day(doc.published), names)


def _quotes_stage(doc: Doc) -> None:
    doc.layers["quotes"] = find_quotes(doc.layers["text"], doc.layers["entities"])


def _quantities_stage(doc: Doc) -> None:
    doc.layers["quantities"] = find_quantities(doc.layers["text"])


def _events_stage(doc: Doc) -> None:
    doc.layers["events"] = find_events(doc.layers["text"], doc.layers["entities"], _day(doc.published),
                                       doc.layers["times"], doc.layers["quantities"], doc.layers["quotes"])


STAGES: dict[str, Stage] = {s.name: s for s in (
    Stage("text", _text_stage, assigns=("text",), load=clitic_model),
    Stage("entities", _entities_stage, requires=("text",), assigns=("entities",), load=load_entities),
    Stage("times", _times_stage, requires=("text", "entities"), assigns=("times",), load=load_times),
    Stage("quotes", _quotes_stage, requires=("text", "entities"), assigns=("quotes",), load=load_quotes),
    Stage("quantities", _quantities_stage, requires=("text",), assigns=("quantities",), load=load_quantities),
    Stage("events", _events_stage, requires=("text", "entities", "times", "quotes", "quantities"), assigns=("events",),
          load=load_events),
)}


class PipelineError(HadathError):
    code = "bad_pipeline"


class Pipeline:
    """Stages by name, in order; built once and reused for every article."""

    def __init__(self, names: tuple[str, ...] = tuple(STAGES)):
        available: set[str] = set()
        self.stages: list[Stage] = []
        for name in names:
            if name not in STAGES:
                raise PipelineError(f"no stage named {name!r}; known: {', '.join(STAGES)}")
            stage = STAGES[name]
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(f"stage {name!r} needs {', '.join(missing)} from an earlier stage")
            available.update(stage.assigns)
            self.stages.append(stage)
        self.load_ms: dict[str, float] | None = None

    def load(self) -> dict[str, float]:
        """Load every stage's resources (once); how long each took, in milliseconds."""
        if self.load_ms is None:
            self.load_ms = {}
            for stage in self.stages:
                if stage.load:
                    t0 = time.perf_counter()
                    stage.load()
                    self.load_ms[stage.name] = round((time.perf_counter() - t0) * 1000, 1)
        return self.load_ms

    def __call__(self, doc: Doc) -> Doc:
        self.load()
        for stage in self.stages:
            t0 = time.perf_counter()
            stage.run(doc)
            doc.timings_ms[stage.name] = round((time.perf_counter() - t0) * 1000, 3)
        return doc


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The pipeline of all stages, built once per process."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def _check_text(text: Any, max_chars: int | None) -> str:
    if not isinstance(text, str):
        raise InputError(f"text: expected a string, got {type(text).__name__}", code="bad_text")
    if not text.strip():
        raise InputError("text is empty", code="empty_text")
    if max_chars and len(text) > max_chars:
        raise InputError(f"text is {len(text):,} characters long, over the limit of {max_chars:,} "
                         f"(raise it with max_chars / --max-chars)", code="too_long")
    return text


def extract(text: str, *, published: str | date | datetime | None = None, id: str | None = None,
            title: str | None = None, source: str | None = None, url: str | None = None,
            max_chars: int | None = DEFAULT_MAX_CHARS, pipeline: Pipeline | None = None,
            min_confidence: float | None = None) -> Result:
    """Extract everything hadath knows from one article.

    `published` (ISO 8601 date or datetime, or a date/datetime) anchors relative dates.
    `min_confidence` (0 to 1) leaves out events scored below it, 0 keeps them all; by default
    (None) a text of more than one sentence keeps the events scored 0.3 or above
    (hadath.events.confidence.DEFAULT_THRESHOLD) and a text of one sentence keeps all.
    Raises InputError for empty or over-long text, an invalid `published` or `min_confidence`."""
    text = _check_text(text, max_chars)
    if min_confidence is not None and (isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float))
                                       or not 0 <= min_confidence <= 1):
        raise InputError(f"min_confidence: expected a number from 0 to 1, got {min_confidence!r}",
                         code="bad_min_confidence")
    when = parse_published(published)
    doc = (pipeline or default_pipeline())(Doc(text, when))
    layers = doc.layers.get("text")
    events = kept(doc.layers.get("events", ()), len(layers.sentences) if layers else 0, min_confidence)
    return Result(
        id=id, version=__version__, text_length=len(text),
        published=when.isoformat() if when else None,
        reference_date=_day(when).isoformat() if when else None,
        entities=tuple(doc.layers.get("entities", ())),
        events=events,
        quotes=tuple(doc.layers.get("quotes", ())),
        times=tuple(doc.layers.get("times", ())),
        quantities=tuple(doc.layers.get("quantities", ())),
        sourcing=sourcing(doc.layers["quotes"]) if "quotes" in doc.layers else {},
        paragraphs=tuple(layers.paragraphs) if layers else (),
        sentences=tuple(layers.sentences) if layers else (),
        tokens=tuple(layers.tokens) if layers else (),
        title=title, source=source, url=url, timings_ms=dict(doc.timings_ms))
