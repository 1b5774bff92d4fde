"""The GL line merge's ``transaction_ids``: the query parameter ``GET`` reads and the two ids ``POST`` sends."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import MARK, _changed

MERGE_PREVIEW = "preview_chart_transaction_merge"
MERGE = "merge_chart_transactions"
#: Two integer ids, comma separated (spaces around each allowed: the service strips them). Two equal ids
#: still match (a pattern cannot say two numbers differ): the service answers ``Invalid pk`` for an id naming
#: no line first, then "Must provide exactly two transaction IDs." for one line named twice.
TWO_IDS = r"^ *-?[0-9]{1,18} *, *-?[0-9]{1,18} *$"
MERGE_QUERY_REASON = (
    "a rule the service enforces, stated so a client can keep it: upstream's description names the query"
    " parameter (`transaction_ids` (query, required): Comma-separated list of exactly two transaction IDs) but"
    " its schema declares no parameter; the service answers 400 under `transaction_ids` otherwise"
    ' ("This field is required.", "A valid integer is required.", "Must provide exactly two transaction IDs.")'
)
MERGE_BODY_REASON = (
    "a rule the service enforces, stated so a client can keep it: upstream's description says `transaction_ids`"
    ' is an "Array of exactly two transaction IDs"; the service answers 400 "Must provide exactly two'
    ' transaction IDs." otherwise'
)


def merge_ids(op: dict[str, Any]) -> None:
    """Declare the merge preview's required ``transaction_ids`` query parameter (two ids, comma separated) and
    the merge body's ``transaction_ids`` as exactly two distinct ids."""
    if op.get("operationId") == MERGE_PREVIEW:
        params = op.setdefault("parameters", [])
        if any(p.get("name") == "transaction_ids" for p in params):
            raise ValueError("upstream now declares the merge preview's transaction_ids")
        params.append(
            {
                "in": "query",
                "name": "transaction_ids",
                "required": True,
                "description": "Comma-separated list of exactly two transaction (GL line) ids.",
                # the mock's parameter validator leaves this ``anyOf`` to the handler, which answers in its words
                "schema": {
                    "type": "string",
                    "anyOf": [{"type": "string", "pattern": TWO_IDS}],
                    MARK: {"reason": MERGE_QUERY_REASON, "added": True, "answered_by": "handler"},
                },
                "example": "12345,67890",
                MARK: {"reason": MERGE_QUERY_REASON, "added": True},
            }
        )
    elif op.get("operationId") == MERGE:
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        node = schema["properties"]["transaction_ids"]
        if node.get("type") != "array" or "maxItems" in node:
            raise ValueError("upstream's merge transaction_ids changed")
        # two equal ids: left to the handler (an ``anyOf`` the mock's validator skips), in the service's words
        distinct = {
            "anyOf": [{"uniqueItems": True}],
            MARK: {"reason": MERGE_BODY_REASON, "added": True, "answered_by": "handler"},
        }
        new = {**copy.deepcopy(node), "minItems": 2, "maxItems": 2, "allOf": [distinct]}
        schema["properties"]["transaction_ids"] = _changed(node, new, MERGE_BODY_REASON)
