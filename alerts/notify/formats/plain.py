"""Plain text, for any service without a format of its own (webhooks, Discord, the console).

The plain rendering is also every message's ``text``: the same alert for consoles and logs.
"""

from __future__ import annotations

from alerts.notify.formats.base import Format, FormattedMessage, Parts, fit, neutralise_broadcasts

NAME = "plain"
BODY_LIMIT = 1900  # fits Discord (2,000), the tightest common chat service


def escape(text: str) -> str:
    """Plain text for any service: no broadcast mentions (Discord, Mattermost, Telegram...)."""
    return neutralise_broadcasts(text)


def render(parts: Parts, limit: int, *, headline: bool = True) -> str:
    """The pieces as lines of plain text, cut from the end to fit ``limit``."""
    link = [parts.link_title, parts.url] if parts.url else [parts.link_title]
    sections = [
        [parts.headline] if headline else [],
        link,
        list(parts.message),
        [f"{label}: {value}" for label, value in parts.fields] + ([f"Why: {parts.why}"] if parts.why else []),
        [*parts.notes, parts.footer],
    ]
    return "\n".join(fit([[escape(x) for x in s] for s in sections if s], limit, len, "\n"))


def build(parts: Parts) -> FormattedMessage:
    return FormattedMessage(
        title=escape(parts.headline),
        body=render(parts, BODY_LIMIT, headline=False),
        body_format="text",
        text=render(parts, BODY_LIMIT),
        notify_type=parts.notify_type,
    )


# No services: plain is what every service without a format of its own gets.
FORMAT = Format(name=NAME, services=(), build=build)
