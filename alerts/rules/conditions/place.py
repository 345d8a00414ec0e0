"""`place: {any, in}`: the article names one of these places, with every alias and spelling.

Also where "is this figure's or warning's place one of these?" lives (``at_place``).
"""

from __future__ import annotations

from pydantic import Field

from alerts.rules.conditions.base import Builder, Kind, Loc, Node, Places, word_atoms
from alerts.rules.conditions.fields import BOTH, InFields, Strict, Terms
from alerts.rules.conditions.terms import TermsNode, evidence_signature
from alerts.rules.terms import contains_phrase
from alerts.text.tokens import tokens_of


class PlaceBody(Strict):
    """The article names one of these places (with every alias and spelling)."""

    any: Terms = Field(min_length=1, description="$name of a place list, or a place name")
    in_: InFields = BOTH


class PlaceCond(Strict):
    place: PlaceBody


def compile_place(cond: PlaceCond, loc: Loc, b: Builder) -> Node:
    p, at = cond.place, (*loc, "place")
    b.look_in(p.in_)
    ids, labels = b.terms(p.any, (*at, "any"), "places")
    key = b.shared_key(evidence_signature("place", p.in_, ids, labels))
    return TermsNode(
        ids, frozenset(), frozenset(), p.in_, labels, b.where(at), kind="place", evidence_key=key
    )


def at_place(location: str | None, places: Places) -> bool:
    """True when no places are asked for, or ``location`` names one of them (whole words)."""
    if not places:
        return True
    return location is not None and contains_phrase(tokens_of(location), places)


KIND = Kind(PlaceCond, compile_place, word_atoms)
