"""One alert per story: reports that tell the same story are grouped, and only news is sent.

A story is what a rule's alerts say about one thing, as the rule's ``story`` key chooses
(``group_by: [place]``, ``window: 24h``, in the spirit of Alertmanager's ``group_by`` and
``repeat_interval``): alerts of the rule with the same values of ``group_by`` whose reports come
within ``window`` of the story's last report are one story. Its first alert goes out; a later
report is

- a **corroboration** when it says nothing new: a near-duplicate of an article already in the
  story (a wire copy under another title and URL, found by MinHash over word shingles), the same
  figure within tolerance, the same warning. It is counted and named, not sent;
- a **follow-up** when something new appears: a higher figure, or a different one from an
  independent article; a new place; a warning that became an offensive. It is sent, saying what
  was reported before and by how many sources.

Pure: the story's state comes in and goes out as a value (the stream keeps it in a Faust table
keyed by the story key, as JSON text), and ``now`` is an argument.
"""

from __future__ import annotations

import hashlib
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

import numpy as np
from datasketch import MinHash
from pydantic import BaseModel, ConfigDict, Field

from alerts.extract.places import canonical_place
from alerts.models import Alert, Match
from alerts.text.tokens import tokens_of

Verdict = Literal["new", "repeat", "corroboration", "follow_up"]
Stage = Literal["warning", "offensive"]

SHINGLE_WORDS = 3  # word 3-grams: one changed word changes three shingles, a rewrite changes most
NUM_PERM = 128  # the Jaccard estimate's standard error is about 0.04 at 128 permutations
NEAR_DUPLICATE = 0.5  # estimated Jaccard of shingles above which two articles are copies of one
_SEED = 1  # fixed, with the scheme: signatures made by different workers and runs must be comparable
_SCHEME: Literal["affine32"] = "affine32"  # datasketch's default since 2.0, named because it is stored

# Bounds on one story's state: it is rewritten to the table's changelog on every report.
MAX_ARTICLES = 50
MAX_FEEDS = 30
MAX_FIGURES = 20
MAX_PLACES = 20
MAX_SIGNATURES = 4

ESCALATION = "the offensive warned of is reported under way"

_WORD = re.compile(r"\w+")


# --- near-duplicate articles -----------------------------------------------------------------


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Made once: building them is most of the cost of a MinHash.
    perms: tuple[np.ndarray, np.ndarray] = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations
    return perms


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of the text, case-folded; a text shorter than n words is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> tuple[int, ...]:
    """MinHash signature of the text's shingles (empty for a text without words)."""
    grams = shingles(text)
    if not grams:
        return ()
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=_permutations(), scheme=_SCHEME)
    m.update_batch([g.encode("utf-8") for g in grams])
    return tuple(int(v) for v in m.hashvalues)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two texts' shingles, from their signatures."""
    if len(a) != NUM_PERM or len(b) != NUM_PERM:
        return 0.0
    # MinHash.jaccard's estimate (the share of equal hash values), without building two MinHash
    # objects per comparison: 2.5 us instead of 23 (a story compares each report with up to
    # MAX_SIGNATURES signatures).
    equal: int = sum(map(operator.eq, a, b))
    return equal / NUM_PERM


# --- what one alert says ---------------------------------------------------------------------

# An offensive reported as begun or under way (not a warning of one): the escalation of a warning.
_UNDER_WAY = re.compile(
    r"\b(?:offensive|assault|attack|onslaught|incursion|invasion|ground operation)s?\b"
    r"(?:\W+\w+){0,4}?\W+(?:began|has begun|had begun|started|has started|is under ?way|was launched"
    r"|has been launched|got under ?way)\b"
    r"|\b(?:launched|began|started|opened)\W+(?:\w+\W+){0,3}?(?:offensive|assault|onslaught|incursion"
    r"|invasion|ground operation)\b",
    re.IGNORECASE,
)


def offensive_under_way(text: str) -> bool:
    """True when the text reports an offensive as begun, not only feared or threatened."""
    return _UNDER_WAY.search(text) is not None


class Report(BaseModel):
    """What one alert says, as stories compare it; built from the article and travels in the envelope."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(description="story key: the rule and the group_by values, e.g. 'r|place=idlib'")
    window_seconds: float | None = Field(default=None, description="None: the configuration's window")
    people: tuple[int, ...] = Field(default=(), description="the alert's figures, in people")
    figure: str = Field(default="", description="the figures as a reader would name them")
    places: tuple[str, ...] = ()
    stage: Stage | None = None
    signature: tuple[int, ...] = Field(default=(), description="MinHash of the article's text")


def place_name(place: str | None) -> str | None:
    """The gazetteer's name for a place (Idleb -> Idlib), else the name as written, trimmed."""
    if not place or not place.strip():
        return None
    return canonical_place(place) or " ".join(place.split())


def _slug(value: str | None) -> str:
    # Folded words, as rules match places: "Alépo" is "Alepo", and a name in Arabic keeps its
    # letters without its vowel marks.
    return "-".join(tokens_of(value or "")) or "-"


def story_key(rule_id: str, group_by: Sequence[str], *, place: str | None, kind: str, feed: str) -> str:
    """``rule|place=idlib|kind=warning``: alerts with the same key may be one story."""
    values = {"place": _slug(place_name(place)), "kind": _slug(kind), "feed": _slug(feed)}
    return "|".join([rule_id, *(f"{name}={values[name]}" for name in group_by)])


def _known_place(match: Match) -> str | None:
    # A rule that names its places as words ("near: {c: [$idlib]}") has term evidence, not place
    # evidence: a word the gazetteer knows as a place still says where the story is.
    return next((p for ev in match.evidence if (p := canonical_place(ev.text))), None)


def report_for(
    alert: Alert,
    *,
    group_by: Sequence[str],
    window_seconds: float | None,
    signature: tuple[int, ...],
    under_way: bool,
) -> Report:
    """The report of one alert: its story key, figures, places and stage."""
    match = alert.match
    figures = match.figures
    kind: str = figures[0].kind if figures else "warning" if match.warnings else "-"
    place = match.place() or _known_place(match)
    places = [p for p in (place_name(f.location) for f in figures) if p]
    places += [p for p in (place_name(w.location) for w in match.warnings) if p]
    if not places and place_name(place):
        places.append(place_name(place) or "")
    stage: Stage | None = None
    if match.warnings:
        stage = "warning"
    elif under_way:
        stage = "offensive"
    return Report(
        key=story_key(match.rule_id, group_by, place=place, kind=kind, feed=alert.feed),
        window_seconds=window_seconds,
        people=tuple(f.people() for f in figures),
        figure=" / ".join(f"{f.people():,}" for f in figures),
        places=tuple(dict.fromkeys(places)),
        stage=stage,
        signature=signature,
    )


# --- the story's state -----------------------------------------------------------------------


class SeenFigure(BaseModel):
    """A figure (or group of figures for one event) the story alerted, and who reported it since."""

    model_config = ConfigDict(extra="forbid")

    people: tuple[int, ...]
    article_ids: list[str]
    feeds: list[str]

    def named(self) -> str:
        return " / ".join(f"{p:,}" for p in self.people)


class StoryRecord(BaseModel):
    """One story as the stories table keeps it (JSON text, keyed by ``key``)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    key: str
    first_at: float
    last_at: float
    reports: int = Field(description="articles that told this story, the first one included")
    article_ids: list[str]
    feeds: list[str]
    figures: list[SeenFigure] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    stage: Stage | None = None
    signatures: list[tuple[int, ...]] = Field(default_factory=list)
    # The window the story was last judged by: with last_at, when it ends and its entry expires
    # (alerts.dispatch.expiry). None in records stored before it was kept: the default window.
    window_seconds: float | None = None
    # The articles whose reports were sent (the first, follow-ups): only they are sent again when
    # re-processed, where the delivery log stops a second delivery. A corroboration was never
    # sent and has no delivery record, so re-processing it (a restart before its batch was
    # committed) must not send it. Empty in records stored before it was kept: the first report
    # is known from the story's id.
    alerted: list[str] = Field(default_factory=list)

    def was_alerted(self, article_id: str) -> bool:
        return article_id in self.alerted or self.id == story_id(self.key, article_id)


@dataclass(frozen=True)
class Decision:
    """What to do with one alert, and the story to store (None: leave the table as it is)."""

    verdict: Verdict
    story: StoryRecord
    store: bool
    news: tuple[str, ...] = ()  # what is new, said for a reader (follow-ups only)
    earlier: SeenFigure | None = None  # the figure alerted before a changed one
    earlier_places: tuple[str, ...] = ()
    earlier_feeds: tuple[str, ...] = ()  # who had reported the story before this report
    resend: bool = False  # a repeat of a report that was sent (the delivery log stops a double)

    @property
    def send(self) -> bool:
        return self.verdict in ("new", "follow_up") or (self.verdict == "repeat" and self.resend)


def story_id(key: str, article_id: str) -> str:
    """Stable for the story's first report, so a re-processed first alert gets the same id."""
    return hashlib.sha256(f"{key}\x00{article_id}".encode()).hexdigest()[:16]


def _close(a: int, b: int, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(a, b, 1)


def _add(items: list[str], item: str, cap: int) -> list[str]:
    return items if item in items else [*items, item][-cap:]


def decide(
    story: StoryRecord | None,
    report: Report,
    *,
    article_id: str,
    feed: str,
    now: float,
    window_seconds: float,
    tolerance: float,
) -> Decision:
    """New story, repeat of an article already counted, corroboration, or follow-up."""
    if story is None or now - story.last_at > window_seconds:
        opened = StoryRecord(
            id=story_id(report.key, article_id),
            key=report.key,
            first_at=now,
            last_at=now,
            reports=1,
            article_ids=[article_id],
            feeds=[feed],
            figures=[SeenFigure(people=report.people, article_ids=[article_id], feeds=[feed])]
            if report.people
            else [],
            places=list(report.places[:MAX_PLACES]),
            stage=report.stage,
            signatures=[report.signature] if report.signature else [],
            window_seconds=window_seconds,
            alerted=[article_id],
        )
        return Decision("new", opened, store=True)
    if article_id in story.article_ids:
        return Decision("repeat", story, store=False, resend=story.was_alerted(article_id))

    copy = any(similarity(report.signature, s) >= NEAR_DUPLICATE for s in story.signatures)
    known = [p for f in story.figures for p in f.people]
    unmatched = [p for p in report.people if not any(_close(p, q, tolerance) for q in known)]
    news: list[str] = []
    earlier: SeenFigure | None = None
    new_figure = False
    if unmatched and not known:
        news.append(f"a figure: {report.figure} people")
        new_figure = True
    elif unmatched:
        higher = max(unmatched) > max(known)
        repeats = len(unmatched) < len(report.people)
        # A rise is news. A wire copy that only words its figure differently is the same report,
        # and so is an article that repeats a known figure beside vaguer, lower ones.
        if higher or not (copy or repeats):
            earlier, new_figure = story.figures[-1], True
            news.append(f"{'a higher' if higher else 'a different'} figure: {report.figure} people")
    seen_places = {q.casefold() for q in story.places}
    new_places = [p for p in report.places if p.casefold() not in seen_places]
    if new_places and story.places:
        news.append("a new place: " + ", ".join(new_places))
    escalated = story.stage == "warning" and report.stage == "offensive"
    if escalated:
        news.append(ESCALATION)

    # Figures this report repeats remember who repeated them, to be named with a later change.
    figures = [
        f.model_copy(
            update={
                "article_ids": _add(f.article_ids, article_id, MAX_ARTICLES),
                "feeds": sorted(_add(f.feeds, feed, MAX_FEEDS)),
            }
        )
        if any(_close(p, q, tolerance) for p in report.people for q in f.people)
        else f
        for f in story.figures
    ]
    if new_figure:
        added = SeenFigure(people=report.people, article_ids=[article_id], feeds=[feed])
        figures = [*figures, added][-MAX_FIGURES:]
    signatures = list(story.signatures)
    if report.signature and not copy:
        # Keep the signatures of independent articles: copies of them add nothing to compare with.
        signatures = [*signatures, report.signature][-MAX_SIGNATURES:]
    updated = story.model_copy(
        update={
            "last_at": now,
            "window_seconds": window_seconds,
            "reports": story.reports + 1,
            "article_ids": [*story.article_ids, article_id][-MAX_ARTICLES:],
            "feeds": sorted(_add(story.feeds, feed, MAX_FEEDS)),
            "figures": figures,
            "places": [*story.places, *new_places][:MAX_PLACES],
            "stage": "offensive" if escalated else story.stage,
            "signatures": signatures,
            # A follow-up is sent: re-processed, it goes to the delivery log, which stops a double.
            "alerted": [*story.alerted, article_id][-MAX_ARTICLES:] if news else story.alerted,
        }
    )
    verdict: Verdict = "follow_up" if news else "corroboration"
    return Decision(
        verdict,
        updated,
        store=True,
        news=tuple(news),
        earlier=earlier,
        earlier_places=tuple(story.places) if new_places else (),
        earlier_feeds=tuple(story.feeds),
    )


# --- what a sent alert says about its story --------------------------------------------------


def annotate(alert: Alert, decision: Decision) -> Alert:
    """The alert with its story's id and source count, and for a follow-up what came before."""
    story = decision.story
    update: dict[str, object] = {"story_id": story.id, "story_sources": story.reports}
    if decision.verdict == "follow_up":
        update["corroborations"] = story.reports - 1
        lines: list[str] = []
        earlier = decision.earlier
        if earlier is not None:
            n = len(earlier.article_ids)
            lines.append(
                f"Earlier figure for this place: {earlier.named()} people, reported by {n} "
                f"source{'s' if n != 1 else ''} ({', '.join(earlier.feeds)})."
            )
        if decision.earlier_places:
            lines.append(f"Earlier in this story: {', '.join(decision.earlier_places)}.")
        if ESCALATION in decision.news:
            lines.append("Follow-up: the offensive warned of is now reported under way.")
        lines.append(
            f"Story {story.id[:8]}: also reported by {', '.join(decision.earlier_feeds)}, "
            f"{story.reports} sources."
        )
        match = alert.match
        message = "\n".join([match.message.rstrip(), *lines]).strip()
        update["match"] = match.model_copy(update={"message": message})
    return alert.model_copy(update=update)


STORY_UPDATE_TAG = "story-update"


def story_update(alert: Alert, story: StoryRecord) -> Alert:
    """What a coordinator is told when more sources report a story already alerted.

    Sent at most once per digest window and story (the latest count wins: ``latest_updates``),
    in the spirit of Alertmanager's ``group_interval``: "happened N times", not N alerts.
    """
    n = story.reports
    feeds = ", ".join(story.feeds)
    line = f"Story {story.id[:8]} update: now reported by {n} sources ({feeds})."
    match = alert.match.model_copy(
        update={
            "message": "\n".join([alert.match.message.rstrip(), line]).strip(),
            "tags": tuple(dict.fromkeys((*alert.match.tags, STORY_UPDATE_TAG))),
        }
    )
    return alert.model_copy(
        update={
            # One id per (story, count): a re-processed update is not sent twice, a new count is new.
            "id": Alert.make_id(f"story-update:{story.id}", str(n)),
            "match": match,
            "story_id": story.id,
            "story_sources": n,
            "corroborations": n - 1,
        }
    )


def latest_updates(updates: Sequence[Alert]) -> list[Alert]:
    """Of the updates gathered in one window, the one with the most sources for each story."""
    best: dict[str, Alert] = {}
    for alert in updates:
        key = alert.story_id or alert.id
        if key not in best or alert.story_sources > best[key].story_sources:
            best[key] = alert
    return list(best.values())
