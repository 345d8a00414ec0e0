"""Make untrusted article text safe and bounded for each message format.

Article titles, rule messages and evidence sentences come from the open web. In a
coordination channel they must never ping a whole room, smuggle in a link whose text
lies about where it goes, inject markup, or flood a phone screen. Every function here
takes text as written and returns text that renders literally in its format.

Order matters: clean control characters, truncate, then escape. Truncating after
escaping could cut an entity or an escape sequence in half.

Slack: Apprise 2.2 owns Slack's mrkdwn dialect. A body declared as Markdown is CommonMark
that Apprise converts to mrkdwn itself, entity-escaping ``&`` and turning ``\\<`` into
``&lt;``; handing it ready mrkdwn would double-escape. So :func:`slack` returns the
CommonMark that Apprise turns into literal mrkdwn text (checked at the HTTP boundary in
tests/notify/test_channels.py and test_format.py).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import quote, urlsplit

ELLIPSIS = "…"

# Per-format limits, in characters of the final rendered text.
SLACK_TEXT_LIMIT = 3000  # a Block Kit section's text; legacy attachments take it too
SLACK_TITLE_LIMIT = 150  # a Block Kit header block
EMAIL_SUBJECT_LIMIT = 150  # one line; most clients show far less
MATRIX_BODY_LIMIT = 12000  # events are capped at 64 KiB; keep rich and plain versions well under
EMAIL_BODY_LIMIT = 20000
PLAIN_BODY_LIMIT = 1900  # fits Discord (2,000), the tightest common chat service
URL_LIMIT = 1000  # long enough for tracking-laden news links; fits a plain message

# C0/C1 controls except tab and newline, DEL, and bidirectional overrides that can make
# a link or a figure read backwards ("Trojan source" spoofing).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")

# Broadcast mentions in Slack, Matrix, Discord, Mattermost and friends. The @ becomes a
# fullwidth ＠ so the word still reads naturally but no service treats it as a mention.
_BROADCAST = re.compile(r"@(?=(?:channel|here|everyone|room|all)\b)", re.IGNORECASE)
# Matrix user ids (@alice:example.org) notify their owner in older clients.
_MXID = re.compile(r"@(?=[a-z0-9._=/+-]+:[a-z0-9.-]+)", re.IGNORECASE)
# matrix.to permalinks become "pills" (mentions) in Element; a word joiner breaks the link.
_MATRIX_TO = re.compile(r"matrix\.to/", re.IGNORECASE)

# CommonMark punctuation that would become a link, an image, an autolink or a heading
# in Apprise's Slack conversion. Escaped with a backslash, Apprise emits them literally
# (and ``\<`` / ``\>`` as the entities Slack needs).
_SLACK_SPECIAL = re.compile(r"[<>\[\]()!#]")
# Slack has no backslash escapes for emphasis or code, so these become look-alikes:
# they read the same but cannot pair with our own bold labels or open a code span.
_SLACK_LOOKALIKES = str.maketrans({"*": "∗", "`": "ˋ", "~": "∼", "\\": "⧵"})


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


def plain(text: str) -> str:
    """Plain text for any service: no broadcast mentions (Discord, Mattermost, Telegram...)."""
    return neutralise_broadcasts(text)


def slack(text: str) -> str:
    """CommonMark that Apprise's Slack conversion renders as literal mrkdwn text.

    ``<!here>``, ``<@U123>`` and ``<http://evil|click>`` come out entity-escaped, so Slack
    shows them as typed; ``[text](url)`` cannot become a link; ``&`` is escaped by Apprise.
    """
    text = neutralise_broadcasts(text).translate(_SLACK_LOOKALIKES)
    return _SLACK_SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def slack_length(text: str) -> int:
    """An upper bound on the length of what Slack receives for ``text`` sent through Apprise.

    Apprise entity-escapes ``&`` (to ``&amp;``) and ``<`` / ``>`` (``&lt;`` / ``&gt;``) in
    titles and in converted Markdown; everything else stays the same size or shrinks
    (``**x**`` becomes ``*x*``, ``\\[`` becomes ``[``, a link loses its brackets).
    """
    return len(text) + 4 * text.count("&") + 3 * (text.count("<") + text.count(">"))


def _neutralise_matrix(text: str) -> str:
    text = neutralise_broadcasts(text)
    text = _MXID.sub("＠", text)
    return _MATRIX_TO.sub("matrix\u2060.to/", text)


def matrix_text(text: str) -> str:
    """Plain text for a Matrix body: no @room, no user mentions, no matrix.to pills."""
    return _neutralise_matrix(text)


def matrix_html(text: str) -> str:
    """HTML text for a Matrix formatted_body: escaped markup and no mentions."""
    return html.escape(_neutralise_matrix(text), quote=True)


def is_matrix_permalink(url: str) -> bool:
    """Whether a URL points at matrix.to, which Matrix clients render as a mention pill."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return host is not None and host.rstrip(".").lower() == "matrix.to"


def email_html(text: str) -> str:
    """HTML text for an email part."""
    return html.escape(text, quote=True)


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
