"""Every condition kind, by the YAML key that names it (like ElastAlert2's rules_mapping).

A new kind is a module in this folder (its schema model, node and compile function, bundled
as a ``Kind``), one line here, and a test file in tests/rules/conditions/. The order here is
the order error messages list the kinds in, and the order of the JSON Schema's `oneOf`.
"""

from __future__ import annotations

from typing import Any

from alerts.rules.conditions import base, figure, place, proximity, regex, source, terms, warning
from alerts.rules.conditions.base import Kind

KINDS: dict[str, Kind[Any]] = {
    "any": base.ANY,
    "all": base.ALL,
    "not": base.NOT,
    "terms": terms.KIND,
    "regex": regex.KIND,
    "near": proximity.NEAR,
    "same_sentence": proximity.SAME_SENTENCE,
    "place": place.KIND,
    "feed": source.FEED,
    "tag": source.TAG,
    "figure": figure.KIND,
    "warning": warning.KIND,
}
