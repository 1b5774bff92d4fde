"""What is attached to an object by a generic relation (a ``model``/``content_type`` and an ``object_id``, as
Django's ``GenericForeignKey`` names it) goes with the object when it is deleted.

* A file (``/ca/api/file``) uploaded for an object (``model=bill&object_id=31890``) is deleted with it, kept
  marked deleted as every file delete keeps it: an attachment belongs to its document, as a Django model's
  ``GenericRelation`` deletes its attached rows with it (upstream's file operations are silent on this).
* A transaction match (``/coa/api/transaction-matches``) proposing an object for a bank transaction is
  deleted with the object: a match with nothing to match is none (the same cascade). A match's bank
  transaction is an ordinary relation: a bank transaction with matches cannot be deleted (409).

Writes are checked as relations are: a match's ``content_type`` must be one the twin numbers and its
``object_id`` a live object of that type (DRF's ``Invalid pk "N" - object does not exist.``).
"""

from __future__ import annotations

import typing as t

from ..errors import ValidationFailed
from .content_types import content_kind
from .files import KIND as FILES
from .files import MODEL_KINDS
from .generic import is_deleted
from .relations import INVALID_PK, exists
from .values import object_key, rel_id
from .workspace import Workspace

Row = dict[str, t.Any]
#: The transaction matches' kind.
MATCHES = "/coa/api/transaction-matches"


def _table(ws: Workspace, kind: str) -> t.Any:
    try:
        return ws.table(kind)
    except KeyError:
        return {}


def detach(ws: Workspace, kind: str, key: t.Any) -> None:
    """After ``key`` of ``kind`` (an id, or the path's text of one) is deleted: its files are deleted (kept,
    marked) and the transaction matches proposing it removed."""
    key = object_key(key)
    models = {model for model, of in MODEL_KINDS.items() if of == kind}
    files = _table(ws, FILES)
    if models:
        now = ws.now_text()
        for file_id, row in sorted(dict.items(files)):
            if not is_deleted(row) and row.get("model") in models and rel_id(row.get("object_id")) == key:
                files.get(file_id).update(is_deleted=True, deleted_at=now, last_modified_at=now)
    matches = _table(ws, MATCHES)
    for match_id, row in sorted(dict.items(matches)):
        if content_kind(row.get("content_type")) == kind and rel_id(row.get("object_id")) == key:
            del matches[match_id]


def files_of(ws: Workspace, kind: str, key: int) -> list[Row]:
    """The live files uploaded for ``key`` of ``kind`` (their ``model`` is one of ``kind``'s and their
    ``object_id`` is ``key``), in id order: what the object's ``attachments`` lists. Indexed once per change
    of the files table, so a page of documents costs one look-up each."""
    stamp = ws.table_stamp(FILES)
    cached = ws.derived.get("attached_files")
    if cached is None or cached[0] != stamp:
        index: dict[tuple[str, int], list[Row]] = {}
        for _, row in sorted(dict.items(_table(ws, FILES))):
            of, obj = MODEL_KINDS.get(str(row.get("model"))), rel_id(row.get("object_id"))
            if of is not None and obj is not None and not is_deleted(row):
                index.setdefault((of, obj), []).append(row)
        cached = ws.derived["attached_files"] = (stamp, index)
    found = cached[1].get((kind, key))
    return list(found) if found else []


def check_match(ws: Workspace, row: Row) -> None:
    """A 400 for a transaction match whose ``content_type`` the twin does not number, or whose ``object_id``
    names no live object of that type."""
    errors: dict[str, list[str]] = {}
    content_type, object_id = row.get("content_type"), row.get("object_id")
    kind = content_kind(content_type)
    if content_type is not None and kind is None:
        errors["content_type"] = [INVALID_PK.format(content_type)]
    elif kind is not None and object_id is not None and not exists(ws, kind, t.cast(int, rel_id(object_id))):
        errors["object_id"] = [INVALID_PK.format(object_id)]
    if errors:
        raise ValidationFailed(errors)


def check_match_id(ws: Workspace, value: t.Any, field: str = "transaction_match_id") -> None:
    """A 400 under ``field`` when a body's ``transaction_match_id`` (pay, merge) names no live transaction match;
    null or absent names none. The twin records nothing more for it."""
    if value is None or value == "":
        return
    key = object_key(value)
    if key is None or not exists(ws, MATCHES, key):
        raise ValidationFailed.field(field, INVALID_PK.format(value))


__all__ = ["MATCHES", "check_match", "check_match_id", "detach", "files_of"]
