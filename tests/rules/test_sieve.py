"""The sieve picking the rules an article may make fire: the same rules as testing each one's
requirements as sets, in rule order, whatever their number of requirements."""

from __future__ import annotations

import random
from collections.abc import Hashable

from alerts.rules.sieve import SLOTS, AtomSieve


def _by_sets(required: list[list[frozenset[Hashable]]], atoms: set[Hashable]) -> list[int]:
    return [i for i, sets in enumerate(required) if all(not s.isdisjoint(atoms) for s in sets)]


def test_a_rule_passes_only_when_each_of_its_sets_meets_the_article() -> None:
    flood, rain, sylhet, dhaka = "flood", "rain", "sylhet", "dhaka"
    required: list[list[frozenset[Hashable]]] = [
        [frozenset({flood, rain}), frozenset({sylhet})],  # a topic pinned to a place
        [],  # nothing required: always tried
        [frozenset({dhaka})],
        [frozenset()],  # an empty set can never be met
        [frozenset({flood})] * (SLOTS + 2),  # more requirements than rows of bits
        [frozenset({flood}), frozenset({rain}), frozenset({sylhet}), frozenset({("tag", "x")})],
    ]
    sieve = AtomSieve(required)
    assert sieve.passing({rain, sylhet}) == [0, 1]
    assert sieve.passing({flood, dhaka}) == [1, 2, 4]
    assert sieve.passing({flood, rain, sylhet}) == [0, 1, 4]
    assert sieve.passing({flood, rain, sylhet, ("tag", "x")}) == [0, 1, 4, 5]
    assert sieve.passing(set()) == [1]
    assert AtomSieve([]).passing({flood}) == []


def test_many_random_rules_pass_as_their_sets_say() -> None:
    rng = random.Random(7)
    atoms: list[Hashable] = [*range(40), *((f"t{i}",) for i in range(10))]
    for _ in range(20):
        required = [
            [frozenset(rng.sample(atoms, rng.randint(1, 4))) for _ in range(rng.randint(0, SLOTS + 2))]
            for _ in range(rng.randint(1, 300))
        ]
        sieve = AtomSieve(required)
        for _ in range(20):
            present = set(rng.sample(atoms, rng.randint(0, 25)))
            assert sieve.passing(present) == _by_sets(required, present)
