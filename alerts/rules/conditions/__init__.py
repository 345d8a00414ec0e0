"""Condition kinds of the rule language: one module per kind, listed in ``registry.KINDS``.

``base`` holds what they share (evaluation context, node, combinators any/all/not);
``fields`` the pydantic field types their models use. See rules/README.md, "Where things go".
"""
