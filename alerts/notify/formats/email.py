"""Email: a subject with severity, rule and what happened; an HTML part and a plain-text part."""

from __future__ import annotations

import html

from apprise.plugins.email import NotifyEmail

from alerts.notify.formats import plain
from alerts.notify.formats.base import Format, FormattedMessage, Parts, render_html, truncate

NAME = "email"
SUBJECT_LIMIT = 150  # one line; most clients show far less
BODY_LIMIT = 20000


def escape(text: str) -> str:
    """HTML text for an email part."""
    return html.escape(text, quote=True)


def build(parts: Parts) -> FormattedMessage:
    return FormattedMessage(
        title=truncate(parts.subject, SUBJECT_LIMIT),
        body=render_html(parts, escape, BODY_LIMIT),
        body_format="html",
        text=plain.render(parts, BODY_LIMIT),
        notify_type=parts.notify_type,
    )


FORMAT = Format(name=NAME, services=(NotifyEmail,), build=build)
