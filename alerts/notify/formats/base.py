"""What every format shares: the alert's pieces as clean, bounded text, and the message type.

Article titles, rule messages and evidence sentences come from the open web. In a
coordination channel they must never ping a whole room, smuggle in a link whose text lies
about where it goes, inject markup, or flood a phone screen. This module makes each piece
clean and bounded (:func:`parts`); each format module then escapes the pieces for its own
syntax and builds its message.

Order matters: clean control characters, truncate, then escape. Truncating after escaping
could cut an entity or an escape sequence in half.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote, urlsplit

from alerts.models import DIGEST_TAG, Alert, Figure, Match

if TYPE_CHECKING:
    from apprise.plugins.base import NotifyBase

BodyFormat = Literal["text", "markdown", "html"]
NotifyType = Literal["info", "success", "warning", "failure"]

TEST_RULE_ID = "alerts.test"  # alerts with this rule id are marked as tests everywhere

ELLIPSIS = "…"
URL_LIMIT = 1000  # long enough for tracking-laden news links; fits a plain message

# Caps on each untrusted piece, in characters before escaping: enough to read, never a flood.
TITLE_CAP = 300
MESSAGE_CAP = 1000
FIELD_CAP = 120
EVIDENCE_CAP = 160
EVIDENCE_SHOWN = 3

_NOTIFY_TYPES: dict[str, NotifyType] = {"critical": "failure", "high": "failure", "medium": "warning"}

_VERBS = {
    "new_displacement": "newly displaced",
    "projected": "at risk of displacement",
    "cumulative": "displaced in total",
    "returns": "returned",
    "other": "reported",
}

# C0/C1 controls except tab and newline, DEL, and bidirectional overrides that can make
# a link or a figure read backwards ("Trojan source" spoofing).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")

# Broadcast mentions in Slack, Matrix, Discord, Mattermost and friends. The @ becomes a
# fullwidth ＠ so the word still reads naturally but no service treats it as a mention.
_BROADCAST = re.compile(r"@(?=(?:channel|here|everyone|room|all)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class FormattedMessage:
    """What Apprise is given for one kind of channel.

    ``title`` and ``body`` go to Apprise as is, with ``body_format`` declaring the body's
    syntax ('markdown' is CommonMark, which Apprise turns into Slack mrkdwn). ``text`` is
    the same message as plain text, for consoles and logs. ``notify_type`` sets the colour
    services like Slack give the message: red for high and critical, yellow for medium.
    """

    title: str
    body: str
    body_format: BodyFormat
    text: str
    notify_type: NotifyType = "info"


@dataclass(frozen=True)
class Parts:
    """The message's pieces as clean, bounded plain text (not yet escaped for any format)."""

    headline: str
    subject: str
    link_title: str
    url: str | None
    message: tuple[str, ...]
    fields: tuple[tuple[str, str], ...]
    why: str
    notes: tuple[str, ...]
    footer: str
    notify_type: NotifyType = "info"


@dataclass(frozen=True)
class Format:
    """One message format: its name in the registry, the Apprise services that render it
    best (plugin classes, so native URLs such as https://hooks.slack.com/... count too),
    and how it builds a message from the alert's pieces."""

    name: str
    services: tuple[type[NotifyBase], ...]
    build: Callable[[Parts], FormattedMessage]


# --- text safety shared by every format ----------------------------------------------------


def clean(text: str, *, one_line: bool = False) -> str:
    """Strip control characters and tidy whitespace; ``one_line`` joins lines with spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    if one_line:
        return _SPACES.sub(" ", text.replace("\n", " ")).strip()
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def truncate(text: str, limit: int, size: Callable[[str], int] = len) -> str:
    """``text`` if ``size(text)`` fits in ``limit``, else cut with an ellipsis so that it does."""
    if size(text) <= limit:
        return text
    # The longest prefix that fits with the ellipsis; size() only grows with the prefix.
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if size(text[:mid]) + size(ELLIPSIS) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if limit >= size(ELLIPSIS) else ""


def neutralise_broadcasts(text: str) -> str:
    """Turn @channel, @here, @everyone, @room and @all into text that pings nobody."""
    return _BROADCAST.sub("＠", text)


def safe_url(url: str) -> str | None:
    """The URL, percent-encoded so it cannot break out of a link, if it is http(s); else None.

    ``javascript:``, ``data:`` and friends never become links. Characters that close or
    split a link in some format (``<``, ``>``, ``|``, quotes, spaces) are percent-encoded.
    """
    url = url.strip()
    if not url or len(url) > URL_LIMIT or _CONTROLS.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


# --- the test alert --------------------------------------------------------------------------


def is_test(alert: Alert) -> bool:
    return alert.match.rule_id == TEST_RULE_ID


def make_test_alert(channel: str, now: datetime) -> Alert:
    """A clearly marked alert for checking that a channel reaches people."""
    digest = hashlib.sha256(f"{channel}\x00{now.isoformat()}".encode()).hexdigest()[:32]
    match = Match(
        rule_id=TEST_RULE_ID,
        rule_name="Test alert",
        severity="info",
        channels=(channel,),
        article_id=digest,
        message=(
            f"This is a test of the channel '{channel}'. If you can read this, alerts reach you. "
            "No action is needed."
        ),
    )
    return Alert(
        id=digest,
        match=match,
        article_title="Test alert from the alert bot",
        article_url="",
        feed="alerts-bot",
        fetched=now,
    )


# --- the pieces of an alert ------------------------------------------------------------------


def _one_line(text: str, cap: int) -> str:
    return truncate(clean(text, one_line=True), cap)


def _figure_phrase(figure: Figure) -> str:
    phrase = figure.text or f"{figure.value:,} {figure.unit}"
    if figure.people_estimate and figure.unit != "people":
        phrase += f" (≈{figure.people_estimate:,} people)"
    return phrase


def _evidence(match: Match) -> str:
    items: list[str] = []
    for ev in match.evidence[:EVIDENCE_SHOWN]:
        item = f"{ev.kind} {ev.label}"
        if ev.text and ev.text != ev.label:
            item += f" “{ev.text}”"
        items.append(_one_line(item, EVIDENCE_CAP))
    hidden = len(match.evidence) - EVIDENCE_SHOWN
    if hidden > 0:
        items.append(f"+{hidden} more")
    return "; ".join(items)


def parts(alert: Alert) -> Parts:
    """The alert's pieces, read top-down on a phone: what happened, the link, why."""
    match = alert.match
    severity = match.severity.upper()
    place = match.place()
    place_text = _one_line(place, FIELD_CAP) if place else ""
    figure = match.figures[0] if match.figures else None
    figure_text = _one_line(_figure_phrase(figure), FIELD_CAP) if figure else ""
    rule_name = _one_line(match.rule_name, FIELD_CAP)

    if DIGEST_TAG in match.tags:
        what = _one_line(alert.article_title, TITLE_CAP)
    elif figure:
        what = f"{figure_text} {_VERBS[figure.kind]}" + (f" in {place_text}" if place_text else "")
    elif match.warnings:
        what = "Warning of an offensive" + (f" on {place_text}" if place_text else "")
    else:
        what = rule_name + (f" — {place_text}" if place_text else "")

    marker = "[TEST] " if is_test(alert) else ""
    headline = f"{marker}[{severity}] {what}"
    about = ", ".join(p for p in (figure_text, place_text) if p)
    subject = f"{marker}[{severity}] {rule_name}" + (f" — {about}" if about else "")

    fields: list[tuple[str, str]] = []
    if figure_text and figure:
        fields.append(("Figure", f"{figure_text}, {figure.kind.replace('_', ' ')}"))
    if place_text:
        fields.append(("Place", place_text))
    fields.append(("Severity", f"{severity} · rule: {rule_name}"))
    fields.append(("Feed", _one_line(alert.feed, FIELD_CAP)))

    notes: list[str] = []
    if alert.corroborations > 0:
        sources = "source" if alert.corroborations == 1 else "sources"
        notes.append(f"Also reported by {alert.corroborations} other {sources}.")
    if is_test(alert):
        notes.append("This is a test alert: no action is needed.")

    message = truncate(clean(match.message), MESSAGE_CAP)
    # Rule templates often repeat the title and link; the message already shows both.
    repeats = {
        clean(x, one_line=True)
        for x in (alert.article_url, alert.article_title, f"{match.rule_name}: {alert.article_title}")
    } - {""}
    return Parts(
        headline=clean(headline, one_line=True),
        subject=clean(subject, one_line=True),
        link_title=_one_line(alert.article_title, TITLE_CAP) or "Read the article",
        url=safe_url(alert.article_url),
        message=tuple(line for line in message.split("\n") if line not in repeats) if message else (),
        fields=tuple(fields),
        why=_evidence(match),
        notes=tuple(notes),
        footer=f"rule {_one_line(match.rule_id, FIELD_CAP)} · alert {alert.id[:12]}",
        notify_type=_NOTIFY_TYPES.get(match.severity, "info"),
    )


# --- rendering helpers ---------------------------------------------------------------------
# Each format makes sections of self-contained lines (no markup spans two lines), so a
# message that is too long can lose whole lines from the end and still be valid markup.

CUT = "(message shortened)"


def fit(sections: Sequence[Sequence[str]], limit: int, size: Callable[[str], int], sep: str) -> list[str]:
    """The sections' lines ("" between sections), cut from the end to fit ``limit``."""
    lines: list[str] = []
    for section in sections:
        if lines:
            lines.append("")
        lines.extend(section)
    if sum(size(x) for x in lines) + len(sep) * (len(lines) - 1) <= limit:
        return lines
    kept: list[str] = []
    total = size(CUT)
    for line in lines:
        cost = size(line) + len(sep)
        if total + cost > limit:
            break
        kept.append(line)
        total += cost
    return [*kept, CUT]


def render_html(parts: Parts, escape: Callable[[str], str], limit: int) -> str:
    """An HTML body (headline, link, message, facts, notes) with text escaped by ``escape``.

    Shared by the HTML formats (Matrix, email); each brings the escaping its readers need.
    """

    def link(url: str) -> str:
        # An href is only HTML-escaped: mention-breaking characters would break the link.
        return f'<a href="{html.escape(url, quote=True)}">'

    e = escape
    lines: list[list[str]] = [[f"<b>{e(parts.headline)}</b>"]]
    if parts.url:
        # The bare URL is shown too: Apprise's plain-text alternative keeps only link text.
        lines.append([f"{link(parts.url)}{e(parts.link_title)}</a>", f"{link(parts.url)}{e(parts.url)}</a>"])
    else:
        lines.append([e(parts.link_title)])
    lines.append([e(x) for x in parts.message if x])
    facts = [f"<b>{label}:</b> {e(value)}" for label, value in parts.fields]
    if parts.why:
        facts.append(f"<b>Why:</b> {e(parts.why)}")
    lines.append(facts)
    lines.append([*(f"<i>{e(n)}</i>" for n in parts.notes), f"<small>{e(parts.footer)}</small>"])
    kept = fit([s for s in lines if s], limit, len, "<br/>")
    # Blank separators between sections become paragraph breaks.
    paragraphs: list[list[str]] = [[]]
    for line in kept:
        if line == "":
            paragraphs.append([])
        else:
            paragraphs[-1].append(line)
    return "\n".join("<p>" + "<br/>".join(p) + "</p>" for p in paragraphs if p)
