"""Page furniture: other stories' headlines that a feed glued into an article's text.

A label introduces them ("Related: ...", "Read also: ...", or a line "Related stories" with
headlines under it). A figure or a warning there is another story's news, not this article's;
the figure extractor and the warning detector both skip such sentences.
"""

from __future__ import annotations

import re

from alerts.extract.sentences import Document

_LABEL = (
    r"(?:related(?: stories| story| articles?| content| news| coverage)?|read (?:also|more|next)|also read"
    r"|see also|more (?:stories|news|on this(?: story)?)|most (?:read|popular|viewed)|trending|recommended"
    r"|you may also like|top stories|latest news|editor's picks"
    r"|more from(?: \S+){0,3}|more like this|further reading|what to read next|you might also like"
    r"|don't miss|in other news|popular now|(?:also|elsewhere) on(?: \S+){1,2})"
)
_LINE = re.compile(rf"\s*(?:{_LABEL}|read)\s*:")
_HEAD = re.compile(rf"\s*{_LABEL}\s*:?\s*$")
_REACH = 3  # headlines listed under a bare label


def furniture(doc: Document, lowered: str, n: int) -> bool:
    """Sentence n is another story's headline: after a furniture label on its line, or under a
    bare label line with only headlines (no closing stop) between. ``lowered`` is the document's
    cleaned text, lower-cased."""
    s, e = doc.spans[n]
    if _LINE.match(lowered, s, e):
        return True
    if lowered[s:e].rstrip().endswith((".", "?", "!", '"', "\u201d")):
        return False  # a sentence of the body, not a headline
    for k in range(n - 1, max(-1, n - 1 - _REACH), -1):
        a, b = doc.spans[k]
        if _HEAD.match(lowered, a, b):
            return True
        if lowered[a:b].rstrip().endswith((".", "?", "!")):
            return False
    return False
