"""The data that flows through the pipeline.

These are plain pydantic models, free of Faust and I/O, so that the pure logic
(article in, matches out) can be tested without a broker. They travel through
Kafka as JSON (``model_dump_json`` / ``model_validate_json``).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal, Protocol, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Unit = Literal["people", "families", "households", "individuals", "children", "refugees", "idps", "other"]
Kind = Literal["new_displacement", "projected", "cumulative", "returns", "other"]
Severity = Literal["info", "low", "medium", "high", "critical"]

SEVERITY_ORDER: dict[str, int] = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
DIGEST_TAG = "digest"  # set on alerts built by alerts.dispatch.digest.make_digest


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @classmethod
    def trusted(cls, **values: Any) -> Self:
        """The model built from values our own code made from already-validated parts, without
        validating them again: what ``cls(**values)`` gives, for values that would pass.

        For the rule engine's hot path (a Match and its Evidence per firing rule, dozens per
        article): validating them again is wasted work, and ``model_construct`` (which handles
        aliases, factories and extras in Python) costs more than validating. Never for data
        from outside (YAML, Kafka, CLI input): that goes through ``cls(...)`` /
        ``model_validate``. Every field of these models has a plain, immutable default (or
        none), which this relies on; a missing or unknown field is still an error. tests/rules
        prove that what the engine builds so equals what validation gives (a
        ``model_validate_json`` round trip).
        """
        layout = _LAYOUTS.get(cls)
        if layout is None:
            layout = _LAYOUTS[cls] = _layout(cls)
        template, required = layout
        # Defaults first, in declaration order (as validation orders ``__dict__``); the given
        # values replace them in place, and an unknown name would add a key.
        data = {**template, **values}
        if len(data) != len(template) or not required <= values.keys():
            missing = sorted(required - values.keys())
            unknown = sorted(values.keys() - template.keys())
            raise TypeError(f"{cls.__name__}.trusted: missing {missing}, unknown {unknown}")
        return _made(cls, data, set(values))

    @classmethod
    def trusted_all(cls, data: dict[str, Any]) -> Self:
        """``trusted`` for the hottest path: ``data`` names every field, in declaration order
        (the names are checked, not their order), and becomes the model's own dict (the
        caller lets go of it)."""
        layout = _LAYOUTS.get(cls)
        if layout is None:
            layout = _LAYOUTS[cls] = _layout(cls)
        if data.keys() != layout[0].keys():
            return cls.trusted(**data)  # names the missing or unknown field
        return _made(cls, data, set(data))


_new = object.__new__
_set = object.__setattr__


def _made(cls: type[_M], data: dict[str, Any], fields_set: set[str]) -> _M:
    # A plain function over pre-bound object.__new__ / __setattr__: measured, half the cost of
    # the classmethod looking them up (a Match and its Evidence are made per firing rule).
    model = _new(cls)
    # As model_construct sets them (frozen models forbid setattr).
    _set(model, "__dict__", data)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


_M = TypeVar("_M", bound=_Model)

# Per model class: every field with its default (None in place of a required one's), and the
# names of the required fields. Worked out on first use by ``_Model.trusted``.
_LAYOUTS: dict[type[_Model], tuple[dict[str, Any], frozenset[str]]] = {}


def _layout(cls: type[_Model]) -> tuple[dict[str, Any], frozenset[str]]:
    fields = cls.model_fields
    template = {name: None if info.is_required() else info.get_default() for name, info in fields.items()}
    return template, frozenset(name for name, info in fields.items() if info.is_required())


class Article(_Model):
    """One news item, normalised from a feed entry."""

    id: str
    feed: str
    url: str
    title: str
    text: str
    published: datetime | None = None
    fetched: datetime
    tags: tuple[str, ...] = ()

    @staticmethod
    def make_id(guid: str | None, link: str | None, content: str) -> str:
        """Stable id: from the guid, else the link, else a hash of the content."""
        basis = guid or link or content
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


class Figure(_Model):
    """A displacement figure found in text (see shared/data/README.md for the labelling rules)."""

    value: int
    range_high: int | None = None
    unit: Unit
    approx: bool
    kind: Kind
    location: str | None = None
    text: str = Field(description="the figure as written, e.g. 'about 180 families'")
    sentence: str
    start: int = Field(description="character offset of `text` in the source text")
    end: int
    people_estimate: int | None = Field(
        default=None, description="people estimated from families/households; None when the unit is people"
    )

    def people(self) -> int:
        """How many people: the estimate for families and households, else the value itself."""
        return self.people_estimate if self.people_estimate is not None else self.value


class OffensiveWarning(_Model):
    """A warning of a military offensive that has not happened yet."""

    location: str | None = None
    cue: str = Field(description="the words that carry the warning, e.g. 'an offensive is needed'")
    sentence: str
    start: int
    end: int


class Facts(_Model):
    """What the extractor found in one text."""

    figures: tuple[Figure, ...] = ()
    warnings: tuple[OffensiveWarning, ...] = ()


class Extractor(Protocol):
    """What finds the facts in an article's text: alerts.extract.extract_facts, or a stand-in in
    tests. ``published`` is the article's date: figures are new only relative to it."""

    def __call__(self, text: str, *, published: datetime | None = None) -> Facts: ...


class Evidence(_Model):
    """One reason a rule fired: a term, regex hit, place, figure or warning, with where it was found."""

    # The condition kind that found it (term, regex, place, figure, warning, feed, tag): a str,
    # so a new condition kind needs no change here.
    kind: str
    label: str = Field(description="what matched, e.g. the term or 'value >= 500'")
    text: str = Field(description="the matched text as written")
    field: Literal["title", "text", "meta"] = "text"
    start: int = -1
    end: int = -1
    sentence: str = ""


class Match(_Model):
    """A rule that fired on an article, and why."""

    rule_id: str
    rule_name: str
    severity: Severity
    channels: tuple[str, ...]
    tags: tuple[str, ...] = ()
    article_id: str
    evidence: tuple[Evidence, ...] = ()
    figures: tuple[Figure, ...] = ()
    warnings: tuple[OffensiveWarning, ...] = ()
    message: str = Field(default="", description="the rule's rendered message template (plain text)")

    def place(self) -> str | None:
        """Where it happened: the first located figure, else a place term, else a warned place."""
        for figure in self.figures:
            if figure.location:
                return figure.location
        for ev in self.evidence:
            if ev.kind == "place" and (ev.text or ev.label):
                return ev.text or ev.label
        for warning in self.warnings:
            if warning.location:
                return warning.location
        return None


class Alert(_Model):
    """A match joined with what a reader needs from its article; one per (rule, article) or novelty key."""

    id: str
    match: Match
    article_title: str
    article_url: str
    feed: str
    published: datetime | None = None
    fetched: datetime
    corroborations: int = 0
    # The story this alert belongs to (alerts.dispatch.stories), and how many reports it had when sent.
    story_id: str | None = None
    story_sources: int = 0

    @staticmethod
    def make_id(rule_id: str, article_id: str) -> str:
        return hashlib.sha256(f"{rule_id}\x00{article_id}".encode()).hexdigest()[:32]
