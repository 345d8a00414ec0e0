"""Matrix: an HTML formatted_body led by the headline in bold, with no mentions and no pills."""

from __future__ import annotations

import dataclasses
import html
import re
from urllib.parse import urlsplit

from apprise.plugins.matrix import NotifyMatrix

from alerts.notify.formats import plain
from alerts.notify.formats.base import Format, FormattedMessage, Parts, neutralise_broadcasts, render_html

NAME = "matrix"
BODY_LIMIT = 12000  # events are capped at 64 KiB; keep rich and plain versions well under

# Matrix user ids (@alice:example.org) notify their owner in older clients.
_MXID = re.compile(r"@(?=[a-z0-9._=/+-]+:[a-z0-9.-]+)", re.IGNORECASE)
# matrix.to permalinks become "pills" (mentions) in Element; a word joiner breaks the link.
_MATRIX_TO = re.compile(r"matrix\.to/", re.IGNORECASE)


def escape(text: str) -> str:
    """HTML text for a Matrix formatted_body: escaped markup, no @room, no user mentions, no pills."""
    text = neutralise_broadcasts(text)
    text = _MXID.sub("＠", text)
    return html.escape(_MATRIX_TO.sub("matrix\u2060.to/", text), quote=True)


def is_permalink(url: str) -> bool:
    """Whether a URL points at matrix.to, which Matrix clients render as a mention pill."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return host is not None and host.rstrip(".").lower() == "matrix.to"


def build(parts: Parts) -> FormattedMessage:
    text = plain.render(parts, plain.BODY_LIMIT)  # for consoles and logs, where a link pings nobody
    # A link to matrix.to renders as a pill, i.e. a mention: show it as text only.
    if parts.url and is_permalink(parts.url):
        parts = dataclasses.replace(parts, url=None)
    # No Apprise title: it would become a big <h1> and a "# " prefix in the push
    # notification. The headline leads the body in bold instead.
    return FormattedMessage(
        title="",
        body=render_html(parts, escape, BODY_LIMIT),
        body_format="html",
        text=text,
        notify_type=parts.notify_type,
    )


FORMAT = Format(name=NAME, services=(NotifyMatrix,), build=build)
