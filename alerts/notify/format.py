"""An Alert as a message for each kind of channel: Slack, Matrix, email, or plain text.

Built to be read on a phone: the first line says what happened (figure and place), then
the article link, then the rule's own message, the facts, and why the rule fired. Every
piece of article text goes through :mod:`alerts.notify.escape` for its format, and every
message is bounded in size for the service that will carry it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from alerts.models import DIGEST_TAG, Alert, Figure, Match
from alerts.notify import escape

FormatKind = Literal["slack", "matrix", "email", "plain"]
BodyFormat = Literal["text", "markdown", "html"]
NotifyType = Literal["info", "success", "warning", "failure"]

TEST_RULE_ID = "alerts.test"  # alerts with this rule id are marked as tests everywhere

# Caps on each untrusted piece, in characters before escaping: enough to read, never a flood.
_TITLE_CAP = 300
_MESSAGE_CAP = 1000
_FIELD_CAP = 120
_EVIDENCE_CAP = 160
_EVIDENCE_SHOWN = 3

_NOTIFY_TYPES: dict[str, NotifyType] = {"critical": "failure", "high": "failure", "medium": "warning"}

_VERBS = {
    "new_displacement": "newly displaced",
    "projected": "at risk of displacement",
    "cumulative": "displaced in total",
    "returns": "returned",
    "other": "reported",
}


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
class _Parts:
    """The message's pieces as clean, bounded plain text (not yet escaped)."""

    headline: str
    subject: str
    link_title: str
    url: str | None
    message: tuple[str, ...]
    fields: tuple[tuple[str, str], ...]
    why: str
    notes: tuple[str, ...]
    footer: str


def is_test(alert: Alert) -> bool:
    return alert.match.rule_id == TEST_RULE_ID


def format_alert(alert: Alert, kind: FormatKind) -> FormattedMessage:
    """The alert as a message for ``kind``; article text is escaped and sizes bounded."""
    parts = _parts(alert)
    text = _render_plain(parts, escape.PLAIN_BODY_LIMIT)
    notify_type = _NOTIFY_TYPES.get(alert.match.severity, "info")
    if kind == "slack":
        return FormattedMessage(
            title=escape.truncate(
                escape.plain(parts.headline), escape.SLACK_TITLE_LIMIT, escape.slack_length
            ),
            body=_render_slack(parts),
            body_format="markdown",
            text=text,
            notify_type=notify_type,
        )
    if kind == "matrix":
        # A link to matrix.to renders as a pill, i.e. a mention: show it as text only.
        if parts.url and escape.is_matrix_permalink(parts.url):
            parts = dataclasses.replace(parts, url=None)
        # No Apprise title: it would become a big <h1> and a "# " prefix in the push
        # notification. The headline leads the body in bold instead.
        return FormattedMessage(
            title="",
            body=_render_html(parts, escape.matrix_html, escape.MATRIX_BODY_LIMIT, headline=True),
            body_format="html",
            text=text,
            notify_type=notify_type,
        )
    if kind == "email":
        return FormattedMessage(
            title=escape.truncate(parts.subject, escape.EMAIL_SUBJECT_LIMIT),
            body=_render_html(parts, escape.email_html, escape.EMAIL_BODY_LIMIT, headline=True),
            body_format="html",
            text=_render_plain(parts, escape.EMAIL_BODY_LIMIT),
            notify_type=notify_type,
        )
    return FormattedMessage(
        title=escape.plain(parts.headline),
        body=_render_plain(parts, escape.PLAIN_BODY_LIMIT, headline=False),
        body_format="text",
        text=text,
        notify_type=notify_type,
    )


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


# --- pieces -------------------------------------------------------------------------------


def _one_line(text: str, cap: int) -> str:
    return escape.truncate(escape.clean(text, one_line=True), cap)


def _figure_phrase(figure: Figure) -> str:
    phrase = figure.text or f"{figure.value:,} {figure.unit}"
    if figure.people_estimate and figure.unit != "people":
        phrase += f" (≈{figure.people_estimate:,} people)"
    return phrase


def _evidence(match: Match) -> str:
    items: list[str] = []
    for ev in match.evidence[:_EVIDENCE_SHOWN]:
        item = f"{ev.kind} {ev.label}"
        if ev.text and ev.text != ev.label:
            item += f" “{ev.text}”"
        items.append(_one_line(item, _EVIDENCE_CAP))
    hidden = len(match.evidence) - _EVIDENCE_SHOWN
    if hidden > 0:
        items.append(f"+{hidden} more")
    return "; ".join(items)


def _parts(alert: Alert) -> _Parts:
    match = alert.match
    severity = match.severity.upper()
    place = match.place()
    place_text = _one_line(place, _FIELD_CAP) if place else ""
    figure = match.figures[0] if match.figures else None
    figure_text = _one_line(_figure_phrase(figure), _FIELD_CAP) if figure else ""
    rule_name = _one_line(match.rule_name, _FIELD_CAP)

    if DIGEST_TAG in match.tags:
        what = _one_line(alert.article_title, _TITLE_CAP)
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
    fields.append(("Feed", _one_line(alert.feed, _FIELD_CAP)))

    notes: list[str] = []
    if alert.corroborations > 0:
        sources = "source" if alert.corroborations == 1 else "sources"
        notes.append(f"Also reported by {alert.corroborations} other {sources}.")
    if is_test(alert):
        notes.append("This is a test alert: no action is needed.")

    message = escape.truncate(escape.clean(match.message), _MESSAGE_CAP)
    # Rule templates often repeat the title and link; the message already shows both.
    repeats = {
        escape.clean(x, one_line=True)
        for x in (alert.article_url, alert.article_title, f"{match.rule_name}: {alert.article_title}")
    } - {""}
    return _Parts(
        headline=escape.clean(headline, one_line=True),
        subject=escape.clean(subject, one_line=True),
        link_title=_one_line(alert.article_title, _TITLE_CAP) or "Read the article",
        url=escape.safe_url(alert.article_url),
        message=tuple(line for line in message.split("\n") if line not in repeats) if message else (),
        fields=tuple(fields),
        why=_evidence(match),
        notes=tuple(notes),
        footer=f"rule {_one_line(match.rule_id, _FIELD_CAP)} · alert {alert.id[:12]}",
    )


# --- renderers ----------------------------------------------------------------------------
# Each renderer makes sections of self-contained lines (no markup spans two lines), so a
# message that is too long can lose whole lines from the end and still be valid markup.

_CUT = "(message shortened)"


def _fit(sections: Sequence[Sequence[str]], limit: int, size: Callable[[str], int], sep: str) -> list[str]:
    """The sections' lines ("" between sections), cut from the end to fit ``limit``."""
    lines: list[str] = []
    for section in sections:
        if lines:
            lines.append("")
        lines.extend(section)
    if sum(size(x) for x in lines) + len(sep) * (len(lines) - 1) <= limit:
        return lines
    kept: list[str] = []
    total = size(_CUT)
    for line in lines:
        cost = size(line) + len(sep)
        if total + cost > limit:
            break
        kept.append(line)
        total += cost
    return [*kept, _CUT]


def _render_plain(parts: _Parts, limit: int, *, headline: bool = True) -> str:
    link = [parts.link_title, parts.url] if parts.url else [parts.link_title]
    sections = [
        [parts.headline] if headline else [],
        link,
        list(parts.message),
        [f"{label}: {value}" for label, value in parts.fields] + ([f"Why: {parts.why}"] if parts.why else []),
        [*parts.notes, parts.footer],
    ]
    lines = _fit([[escape.plain(x) for x in s] for s in sections if s], limit, len, "\n")
    return "\n".join(lines)


def _render_slack(parts: _Parts) -> str:
    e = escape.slack
    # The title travels separately (Apprise's attachment title / header block).
    link = f"[{e(parts.link_title)}](<{parts.url}>)" if parts.url else e(parts.link_title)
    facts = [f"**{label}:** {e(value)}" for label, value in parts.fields]
    if parts.why:
        facts.append(f"**Why:** {e(parts.why)}")
    sections = [[link], [e(x) for x in parts.message], facts, [e(x) for x in (*parts.notes, parts.footer)]]
    return "\n".join(_fit([s for s in sections if s], escape.SLACK_TEXT_LIMIT, escape.slack_length, "\n"))


def _render_html(parts: _Parts, e: Callable[[str], str], limit: int, *, headline: bool) -> str:
    def link(url: str) -> str:
        # An href is only HTML-escaped: mention-breaking characters would break the link.
        return f'<a href="{html.escape(url, quote=True)}">'

    lines: list[list[str]] = []
    if headline:
        lines.append([f"<b>{e(parts.headline)}</b>"])
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
    kept = _fit([s for s in lines if s], limit, len, "<br/>")
    # Blank separators between sections become paragraph breaks.
    paragraphs: list[list[str]] = [[]]
    for line in kept:
        if line == "":
            paragraphs.append([])
        else:
            paragraphs[-1].append(line)
    return "\n".join("<p>" + "<br/>".join(p) + "</p>" for p in paragraphs if p)
