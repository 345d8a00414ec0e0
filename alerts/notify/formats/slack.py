"""Slack: CommonMark that Apprise turns into mrkdwn, with labelled facts and a linked title.

Apprise 2.2 owns Slack's mrkdwn dialect. A body declared as Markdown is CommonMark that
Apprise converts to mrkdwn itself, entity-escaping ``&`` and turning ``\\<`` into ``&lt;``;
handing it ready mrkdwn would double-escape. So :func:`escape` returns the CommonMark that
Apprise turns into literal mrkdwn text (checked at the HTTP boundary in
tests/notify/formats/test_slack.py and tests/notify/test_channels.py).
"""

from __future__ import annotations

import re

from apprise.plugins.slack import NotifySlack

from alerts.notify.formats import plain
from alerts.notify.formats.base import Format, FormattedMessage, Parts, fit, neutralise_broadcasts, truncate

NAME = "slack"
TEXT_LIMIT = 3000  # a Block Kit section's text; legacy attachments take it too
TITLE_LIMIT = 150  # a Block Kit header block

# CommonMark punctuation that would become a link, an image, an autolink or a heading
# in Apprise's Slack conversion. Escaped with a backslash, Apprise emits them literally
# (and ``\<`` / ``\>`` as the entities Slack needs).
_SPECIAL = re.compile(r"[<>\[\]()!#]")
# Slack has no backslash escapes for emphasis or code, so these become look-alikes:
# they read the same but cannot pair with our own bold labels or open a code span.
_LOOKALIKES = str.maketrans({"*": "∗", "`": "ˋ", "~": "∼", "\\": "⧵"})


def escape(text: str) -> str:
    """CommonMark that Apprise's Slack conversion renders as literal mrkdwn text.

    ``<!here>``, ``<@U123>`` and ``<http://evil|click>`` come out entity-escaped, so Slack
    shows them as typed; ``[text](url)`` cannot become a link; ``&`` is escaped by Apprise.
    """
    text = neutralise_broadcasts(text).translate(_LOOKALIKES)
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def length(text: str) -> int:
    """An upper bound on the length of what Slack receives for ``text`` sent through Apprise.

    Apprise entity-escapes ``&`` (to ``&amp;``) and ``<`` / ``>`` (``&lt;`` / ``&gt;``) in
    titles and in converted Markdown; everything else stays the same size or shrinks
    (``**x**`` becomes ``*x*``, ``\\[`` becomes ``[``, a link loses its brackets).
    """
    return len(text) + 4 * text.count("&") + 3 * (text.count("<") + text.count(">"))


def render(parts: Parts) -> str:
    e = escape
    # The title travels separately (Apprise's attachment title / header block).
    link = f"[{e(parts.link_title)}](<{parts.url}>)" if parts.url else e(parts.link_title)
    facts = [f"**{label}:** {e(value)}" for label, value in parts.fields]
    if parts.why:
        facts.append(f"**Why:** {e(parts.why)}")
    sections = [[link], [e(x) for x in parts.message], facts, [e(x) for x in (*parts.notes, parts.footer)]]
    return "\n".join(fit([s for s in sections if s], TEXT_LIMIT, length, "\n"))


def build(parts: Parts) -> FormattedMessage:
    return FormattedMessage(
        title=truncate(plain.escape(parts.headline), TITLE_LIMIT, length),
        body=render(parts),
        body_format="markdown",
        text=plain.render(parts, plain.BODY_LIMIT),
        notify_type=parts.notify_type,
    )


FORMAT = Format(name=NAME, services=(NotifySlack,), build=build)
