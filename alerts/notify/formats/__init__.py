"""Message formats: an Alert as a message each kind of channel renders best.

Built to be read on a phone: the first line says what happened (figure and place), then the
article link, then the rule's own message, the facts, and why the rule fired. Every piece of
article text is cleaned and bounded once (:mod:`.base`), then escaped by its format, and every
message is bounded in size for the service that will carry it.

    base     the alert's pieces (Parts), FormattedMessage, shared text safety and caps
    slack    CommonMark for Apprise's mrkdwn conversion
    matrix   HTML without mentions or matrix.to pills
    email    subject line, HTML and plain parts
    plain    text for every other service, and every message's ``text``

A new format is one module (escaping, limits, ``build`` and a ``FORMAT``), one line in
``FORMATS`` below, and one test file, tests/notify/formats/test_<name>.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from alerts.models import Alert
from alerts.notify.formats import email, matrix, plain, slack
from alerts.notify.formats.base import TEST_RULE_ID, Format, FormattedMessage, is_test, make_test_alert, parts

if TYPE_CHECKING:
    from apprise.plugins.base import NotifyBase

# The registry: format name -> format. Order matters only for services that are subclasses
# of several formats' services, where the first wins.
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        slack.FORMAT,
        matrix.FORMAT,
        email.FORMAT,
        plain.FORMAT,
    )
}
FALLBACK = plain.NAME

__all__ = [
    "FALLBACK",
    "FORMATS",
    "TEST_RULE_ID",
    "Format",
    "FormattedMessage",
    "format_alert",
    "format_for",
    "is_test",
    "make_test_alert",
]


def format_alert(alert: Alert, kind: str) -> FormattedMessage:
    """The alert as a message in format ``kind``; article text escaped, sizes bounded.

    ``kind`` comes from :func:`format_for`, so an unknown name is a bug: KeyError.
    """
    return FORMATS[kind].build(parts(alert))


def format_for(service: NotifyBase) -> str:
    """The name of the format an Apprise service renders best; plain when none claims it."""
    for fmt in FORMATS.values():
        if fmt.services and isinstance(service, fmt.services):
            return fmt.name
    return FALLBACK
