"""warnings.py, round twenty-two (issue 11): near misses found on fresh page openings shaped like a
feed's (kept outside the repository).

Every sentence is invented for the tests and the places are made up.
"""

from __future__ import annotations

import pytest

from ._helpers import warned


# A move told as a contested effort that costs the movers ("trying to advance ... despite heavy
# losses") is a battle under way on the road, not forces closing on the place.
@pytest.mark.parametrize(
    "text",
    [
        "A reporter said Lorvian troops are striving to advance towards the town of Brelo, despite losses.",
        "Militia fighters were trying to push towards the port of Vadi in the face of stiff resistance.",
        "Government troops are struggling to advance on Korvan despite mounting casualties, he said.",
    ],
)
def test_a_costly_contested_advance_is_a_battle_not_a_warning(text: str) -> None:
    assert warned(text) == []


# The neighbouring true warnings: either mark alone, or a threat that only mentions losses.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lorvian troops are striving to advance towards the town of Brelo.", "Brelo"),
        ("Serbian forces are advancing towards the town of Brelo despite heavy losses.", "Brelo"),
        ("The rebels are trying to advance on Brelo and the mayor urged residents to leave.", "Brelo"),
        ("Rebels are closing in on the city of Vadi, officials warned on Sunday.", "Vadi"),
        ("Army troops are within 20 kilometres of Brelo, residents said.", "Brelo"),
        ("The militia threatened to storm Vadi despite heavy losses in earlier fighting.", "Vadi"),
        ("Government troops are preparing to attack Brelo despite international pressure.", "Brelo"),
        ("The insurgents vowed to take Vadi unless the garrison surrenders by Friday.", "Vadi"),
        ("Tanks are heading towards Vadi, where residents fear an assault at any hour.", "Vadi"),
    ],
)
def test_advances_and_threats_next_to_it_still_warn(text: str, place: str) -> None:
    assert warned(text) == [place]


# A broadcaster's name ("KLX TV", "Dorin Television") is where a story is told, never the place
# threatened: the warning takes the place named, or none.
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A show on KLX TV explains where analysts expect the army's next offensive to come.", []),
        (
            "A programme on Dorin Television tells where experts expect the next offensive. "
            "A border official said the offensive is expected in the Varna region.",
            ["Varna"],
        ),
    ],
)
def test_a_broadcaster_is_not_the_threatened_place(text: str, places: list[str]) -> None:
    assert sorted({p for p in warned(text) if p is not None}) == places


# Threats spoken on air still warn of the place they name.
@pytest.mark.parametrize(
    "text",
    [
        "Rebels told Radio Dorin they would storm Varna within days.",
        "The army warned on Dorin TV that it would attack Varna unless the militia leaves.",
    ],
)
def test_a_threat_spoken_on_air_still_warns(text: str) -> None:
    assert warned(text) == ["Varna"]
