"""Page furniture as the extractor's stages see it (the pass itself: ``alerts.text.furniture``).

Other stories' headlines under a label ("Related: ...", a bare "Related stories" line), calls
to action, live-page links, credits, share buttons, bylines and time stamps: a figure or a
warning there is not this article's news, and a place named there is not its place. The figure
extractor and the warning detector both skip such sentences; ``Document.places`` finds no place
in them, so no stage chooses a place from them.
"""

from __future__ import annotations

from alerts.extract.sentences import Document


def furniture(doc: Document, lowered: str, n: int) -> bool:
    """Sentence n is page furniture. ``lowered`` (the cleaned text lower-cased) is kept for the
    callers' signature; the verdict is the document's, decided once per sentence."""
    return doc.furniture(n)
