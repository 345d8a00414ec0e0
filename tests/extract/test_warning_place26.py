"""warnings.py, twenty-sixth round (issue 11): offensive warnings for any place on fresh page
openings (kept outside the repository). Invented sentences of the missed shapes, each with the
neighbouring readings that must stay silent (a past deed, a civil object, a denial, no armed men)."""

from __future__ import annotations

import pytest

from ._helpers import warned


# Winning a place back told by its control: "preparing to regain control of X" reads as "retake X"
# (also inside a relative clause on the force that prepares it).
@pytest.mark.parametrize(
    "text",
    [
        "The militia is preparing to regain control of Kessa.",
        "The militia, which is preparing to regain control of Kessa, moved tanks west of the town.",
        "The rebels vowed to recover control of Kessa within weeks.",
        "The army said it will retake control of Kessa before the rains.",
    ],
)
def test_regain_control_of_a_place_warns(text: str) -> None:
    assert warned(text) == ["Kessa"]


# The neighbours: control regained already, control of a thing (an economy, prices, a prison, an
# outbreak, a company), a league, or control sought by talks.
@pytest.mark.parametrize(
    "text",
    [
        "The army regained control of Kessa last week.",
        "The government hopes to regain control of the economy in Kessa.",
        "The ministry wants to regain control of prices in Kessa.",
        "The club hopes to regain control of the league after losing to Kessa.",
        "Police are working to regain control of the prison in Kessa after a riot.",
        "The company plans to regain control of its subsidiary in Kessa.",
        "Officials hope to regain control of the outbreak in Kessa.",
        "The president vowed to regain control of Kessa through talks.",
        "The army had been preparing to regain control of Kessa before the truce in 2019.",
    ],
)
def test_regain_control_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# A wait for the go-ahead before the attack: the attack is still to come.
@pytest.mark.parametrize(
    "text",
    [
        "The rebels are waiting for orders before attacking Dorvane province, a local official said.",
        "The fighters are waiting for the green light to storm Kessa, a commander said.",
        "Hundreds of gunmen have gathered and are awaiting the signal before entering Kessa.",
    ],
)
def test_waiting_for_orders_before_an_attack_warns(text: str) -> None:
    assert warned(text) in (["Dorvane"], ["Kessa"])


# The neighbours: a wait told in the past (the attack came), people who are no fighters, a
# peaceful entry.
@pytest.mark.parametrize(
    "text",
    [
        "The rebels waited for orders before attacking Kessa in 2019.",
        "The rebels had waited for orders before attacking Kessa, and the town fell within a day.",
        "Passengers were waiting for the signal to board the ferry to Kessa.",
        "Voters are waiting for the signal to enter the polling stations in Kessa.",
        "The team is waiting for orders before entering Kessa to deliver aid.",
    ],
)
def test_waiting_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# Razing a count of settlements in a named area, threatened by armed men: the area is the place.
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen have threatened to burn down three more villages in Tarvo district.",
        "Bandits in Varna State have threatened to burn down four communities in Tarvo district.",
        "Militants could destroy other villages in Tarvo district, officials fear.",
    ],
)
def test_razing_counted_settlements_warns(text: str) -> None:
    assert warned(text) == ["Tarvo"]


# The neighbours: no armed men (a fire, floods, engineers), razing already done.
@pytest.mark.parametrize(
    "text",
    [
        "The fire threatened to destroy three villages in Tarvo district.",
        "Floods could destroy dozens of villages in Tarvo district.",
        "The storm destroyed three villages in Tarvo district last week.",
        "Gunmen burned down three villages in Tarvo district on Monday.",
        "Gunmen burned down three villages in Tarvo district and threatened more.",
        "Engineers plan to destroy three old towns in Tarvo district's flood plain to build a dam.",
    ],
)
def test_razing_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# An ultimatum to leave or give up a place with no count of hours, from armed forces.
@pytest.mark.parametrize(
    "text",
    [
        "The army gave the militia an ultimatum to leave Kessa by dawn.",
        "The prime minister gave the Dravian fighters an ultimatum to surrender their positions in the"
        " Kessa oil region.",
        "The rebels gave residents of Kessa an ultimatum to evacuate the town.",
    ],
)
def test_ultimatum_to_leave_a_place_warns(text: str) -> None:
    assert warned(text) == ["Kessa"]


# The neighbours: an ultimatum from a union, a coach or a landlord; one denied or not given; one
# given last year and complied with.
@pytest.mark.parametrize(
    "text",
    [
        "The union gave the company an ultimatum to leave Kessa.",
        "The coach gave the players an ultimatum to leave the club in Kessa.",
        "The landlord gave tenants in Kessa an ultimatum to leave their flats.",
        "The army denied that it gave the militia an ultimatum to leave Kessa.",
        "The army did not give the militia an ultimatum to leave Kessa.",
        "Last year the army gave the militia an ultimatum to leave Kessa, and the militia complied.",
        "The army gave the protesters in Kessa an ultimatum to leave the square.",
        "The mayor gave the squatters an ultimatum to leave Kessa park.",
    ],
)
def test_ultimatum_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []


# A group's own word for its fighters is a fighters' word: their advance on a place warns.
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of mujahideen are heading towards Kessa.",
        "Mujahideen are advancing on Kessa, a commander said.",
        "Hundreds of Mujahideen of the Emirate are heading towards the state of Kessa to control it.",
    ],
)
def test_mujahideen_advancing_warns(text: str) -> None:
    assert warned(text) == ["Kessa"]


# The neighbours: veterans honoured, a past war, a reunion, a museum, a meeting, a burial, a film.
@pytest.mark.parametrize(
    "text",
    [
        "Former mujahideen were honoured in Kessa.",
        "The mujahideen fought the Soviets near Kessa in the 1980s.",
        "Veteran mujahideen gathered in Kessa for a reunion.",
        "A museum in Kessa honours the mujahideen of the 1980s.",
        "The mujahideen leaders met in Kessa for talks.",
        "Mujahideen killed in Kessa were buried on Friday.",
        "The film about the mujahideen premiered in Kessa.",
    ],
)
def test_mujahideen_neighbours_stay_silent(text: str) -> None:
    assert warned(text) == []
