"""Deleted records: lists that answer only deleted records, and the deleted marks."""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

from vendoring.common import HTTP_METHODS, MARK, _changed

DELETED_MARKS_REASON = (
    "the department list's own description says that with include_deleted=true deleted records carry"
    " 'is_deleted=true' and 'deleted_at'; departments are soft-deleted like every other listed resource, whose"
    " schemas (Vendor, TransactionTag, ...) have these fields; upstream's Department lacks them"
)


def add_department_deleted_marks(schemas: dict[str, Any]) -> None:
    """A department answers ``is_deleted`` and ``deleted_at``, as the other soft-deleted resources do."""
    props = schemas["Department"]["properties"]
    for field in ("is_deleted", "deleted_at"):
        if field in props:
            raise ValueError(f"Department.{field} is upstream's now")
        props[field] = {
            **copy.deepcopy(schemas["Vendor"]["properties"][field]),
            MARK: {"reason": DELETED_MARKS_REASON, "added": True},
        }


#: Upstream's description of ``include_deleted`` on the lists that answer deleted records minimally.
DELETED_RECORDS_TEXT = "returns ONLY deleted records instead of active records"
DELETED_RECORDS_REASON = (
    "deleted records as the list's own include_deleted description gives them: minimal data ('id',"
    " 'is_deleted=true', 'deleted_at' timestamp, and 'last_modified_at')"
)
DELETED_RECORD_REF = "#/components/schemas/DeletedRecord"


def lists_deleted_records(op: dict[str, Any]) -> bool:
    """Whether the operation's own ``include_deleted`` (upstream's, not one the GL log's filters lend to its
    totals) is the one that "returns ONLY deleted records"."""
    return any(
        p.get("name") == "include_deleted" and DELETED_RECORDS_TEXT in p.get("description", "") and MARK not in p
        for p in op.get("parameters", [])
    )


def _or_deleted(items: dict[str, Any]) -> dict[str, Any]:
    """A list's item: the object, or the minimal record of a deleted one."""
    return _changed(items, {"anyOf": [items, {"$ref": DELETED_RECORD_REF}]}, DELETED_RECORDS_REASON)


def add_deleted_records(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Every list whose ``include_deleted`` "returns ONLY deleted records" (24 upstream lists say so, in these
    words: "Deleted records contain minimal data: 'id', 'is_deleted=true', 'deleted_at' timestamp, and
    'last_modified_at'") answers ``anyOf: [<Item>, DeletedRecord]`` items. ``deleted_at`` and
    ``last_modified_at`` may be null: a record deleted before the twin knew it may have no time on it, and
    the twin never invents one. A page schema another operation shares is copied for the list first."""
    listing = [
        op
        for item in paths.values()
        for method, op in item.items()
        if method == "get" and isinstance(op, dict) and lists_deleted_records(op)
    ]
    if not listing:
        return
    stamp = {"type": "string", "format": "date-time", "nullable": True, "readOnly": True}
    schemas["DeletedRecord"] = {
        "type": "object",
        "description": "A deleted record as a list answers it with include_deleted=true: its id and stamps only",
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "is_deleted": {"type": "boolean", "enum": [True], "readOnly": True},
            "deleted_at": dict(stamp),
            "last_modified_at": dict(stamp),
        },
        "required": ["id", "is_deleted", "deleted_at", "last_modified_at"],
        MARK: {"reason": DELETED_RECORDS_REASON, "added": True},
    }
    refs = Counter(
        str(media.get("schema", {}).get("$ref"))
        for item in paths.values()
        for method, op in item.items()
        if method in HTTP_METHODS
        for response in op.get("responses", {}).values()
        for media in response.get("content", {}).values()
    )
    for op in listing:
        media = op["responses"]["200"]["content"]["application/json"]
        schema = media["schema"]
        if "$ref" not in schema:  # a plain array (a contract's subscriptions, a budget's accounts)
            media["schema"] = {**schema, "items": _or_deleted(schema["items"])}
            continue
        name = schema["$ref"].rsplit("/", 1)[-1]
        if refs[schema["$ref"]] > 1:  # shared (the GL log's page with a fixed-asset read): a copy of its own
            copied = f"{name}WithDeleted"
            page = copy.deepcopy(schemas[name])
            page[MARK] = {"reason": DELETED_RECORDS_REASON, "added": True}
            schemas[copied] = page
            media["schema"] = {"$ref": f"#/components/schemas/{copied}"}
            name = copied
        results = schemas[name]["properties"]["results"]
        results["items"] = _or_deleted(results["items"])
