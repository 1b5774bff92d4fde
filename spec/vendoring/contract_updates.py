"""A contract's update bodies as components of their own, stating that an update does not name
``prepaid_commits``: the inline commits are written with a contract's create only."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import MARK, _changed

#: The contract's item path, and for each update method the shared component its body names and the update's
#: own (upstream's naming for an update serializer of its own: ``ContractProductBundleUpdate``,
#: ``PatchedContractProductBundleUpdate``).
CONTRACT_ITEM = "/rr/api/v1/contracts/{id}"
UPDATE_SPLITS = {"put": ("Contract", "ContractUpdate"), "patch": ("PatchedContract", "PatchedContractUpdate")}
CONTRACT_UPDATE_REASON = (
    "a rule the service enforces, stated on an update component of its own (upstream's naming for an update"
    " serializer, as `ContractProductBundleUpdate`): an update (PUT or PATCH) does not name `prepaid_commits`,"
    " whose items carry no ids (`NestedContractPrepaidCommit`), so a retried PUT would add them again; a"
    " contract's commits are written with its create, then at /rr/api/v1/contracts/{id}/prepaid-commits (the"
    " service answers 400 under `prepaid_commits` otherwise); the create keeps the shared component"
)
#: What the component says of the rule (a client reads it in the docs and the SDK).
CONTRACT_UPDATE_TEXT = (
    "A contract's update. `prepaid_commits` is written with a contract's create only: an update naming it is"
    " refused (400), since its items carry no ids to match; add, change or delete a contract's prepaid commits"
    " at /rr/api/v1/contracts/{id}/prepaid-commits."
)


TAGS_REASON = (
    "a rule the service enforces, stated so a client can keep it: a contract's `tags` each name a tag, by its id"
    " (an integer or its digits, as DRF's PrimaryKeyRelatedField reads it) or as a tag object with its `id`"
    " (as answers carry them and a client sends them back); anything else is DRF's 400 \"Incorrect type."
    ' Expected pk value, received ...", which the handler answers (`answered_by`)'
)
#: One item of a contract's ``tags``: a tag id or its digits, or a tag object naming it by ``id``; null, ""
#: and an object without an id name no tag (the handler skips them, as ``relations.rel_id`` reads them).
_TAG_ID: list[dict[str, Any]] = [{"type": "integer", "nullable": True}, {"type": "string", "pattern": "^[0-9]*$"}]
TAG_REFERENCE: dict[str, Any] = {
    "anyOf": [*_TAG_ID, {"type": "object", "properties": {"id": {"anyOf": _TAG_ID}}}],
    MARK: {"reason": TAGS_REASON, "added": True, "answered_by": "handler"},
}
CONTRACT_TAGS = ("Contract", "PatchedContract")


def contract_tag_items(schemas: dict[str, Any]) -> None:
    """A contract's ``tags`` (its create, its answers and, copied from them, its update components) each name a
    tag (``TAG_REFERENCE``) rather than any value."""
    for name in CONTRACT_TAGS:
        props = schemas[name]["properties"]
        tags = props["tags"]
        if tags.get("items") != {}:
            raise ValueError(f"{name}.tags no longer takes any items")
        props["tags"] = _changed(tags, {**tags, "items": copy.deepcopy(TAG_REFERENCE)}, TAGS_REASON)


def contract_update_components(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """``ContractUpdate`` and ``PatchedContractUpdate``: the PUT and PATCH bodies of a contract (JSON and,
    through the form steps after this one, their form twins), without ``prepaid_commits`` and with
    ``not: {required: [prepaid_commits]}``; the handler answers that rule in its own words (``answered_by``)."""
    item = paths.get(CONTRACT_ITEM, {})
    for method, (shared_name, name) in UPDATE_SPLITS.items():
        shared = schemas.get(shared_name)
        body = item.get(method, {}).get("requestBody", {})
        if shared is None or "prepaid_commits" not in shared.get("properties", {}) or not body:
            continue
        update = copy.deepcopy(shared)
        update["properties"].pop("prepaid_commits")
        update["description"] = CONTRACT_UPDATE_TEXT
        update["not"] = {"required": ["prepaid_commits"]}
        # the mock's validator leaves ``not`` to the handler (``openapi/drf.py``'s HANDLER_RULE)
        update[MARK] = {"reason": CONTRACT_UPDATE_REASON, "added": True, "answered_by": "handler"}
        schemas[name] = update
        for media in body.get("content", {}).values():
            if media.get("schema", {}).get("$ref") == f"#/components/schemas/{shared_name}":
                own = {"$ref": f"#/components/schemas/{name}"}
                media["schema"] = _changed(media["schema"], own, CONTRACT_UPDATE_REASON)


MILESTONE_QUANTITY_REASON = (
    "a rule the service enforces, stated so a client can keep it: a milestone's `quantity` is its revenue"
    " transaction's `quantity`, which upstream bounds below 10**14 (`RevenueTransaction.quantity`), so a"
    " milestone's is bounded so too (upstream's 10**16 would make a revenue transaction no answer may carry)"
)
MILESTONES = ("ContractMilestone", "PatchedContractMilestone")


def milestone_quantity_bounds(schemas: dict[str, Any]) -> None:
    """A milestone's ``quantity`` within its revenue transaction's bounds (before ``relax_decimals`` makes its
    text twin, whose digits follow the bound)."""
    bound = schemas["RevenueTransaction"]["properties"]["quantity"]
    for name in MILESTONES:
        props = schemas[name]["properties"]
        node = props["quantity"]
        if node.get("type") != "number" or node.get("maximum", 0) <= bound["maximum"]:
            raise ValueError(f"{name}.quantity is no longer a number beyond its revenue transaction's bound")
        new = {**node, "maximum": bound["maximum"], "minimum": bound["minimum"]}
        props["quantity"] = _changed(node, new, MILESTONE_QUANTITY_REASON)
