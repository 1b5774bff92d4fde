"""``Idempotency-Key`` on the creates upstream says handle it.

Campfire's schema leaks the docstring of its ``IdempotentCreateMixin`` ("wraps ``create`` with
``Idempotency-Key`` handling"), on ``POST /coa/api/fixed-asset`` and naming the journal entry list-create
view as a user. The twin honours the header on those two creates, as Stripe does: the first successful
answer to a key is kept with a fingerprint of its body, and a later request with the same key and the
same body gets that answer again (nothing is created twice) with ``Idempotent-Replayed: true``; the same
key with a different body is a 400. A refused request (4xx) keeps nothing, so it can be retried. Keys are
per workspace, at most ``KEPT`` of them (the oldest forgotten first), kept in the workspace's own table
(``KIND``) so a reset or an import forgets them, a rolled-back write keeps none, and a state file keeps them.
"""

from __future__ import annotations

import hashlib
import typing as t

import orjson

from ..errors import ValidationFailed
from ..wire import dumps
from .workspace import Workspace

#: Operations whose creates honour ``Idempotency-Key`` (upstream's ``IdempotentCreateMixin`` users).
IDEMPOTENT_CREATES = frozenset({"coa_api_fixed_asset_create", "coa_api_journal_entry_create"})
#: Keys kept per workspace.
KEPT = 1000
#: Longest key accepted (Stripe's limit).
MAX_KEY = 255

#: Where the kept answers are stored (one row per key; no operation serves this kind).
KIND = "/__campfire_mock__/idempotency-keys"
Raw = list[tuple[bytes, bytes]]


class IdempotencyKeyReused(ValidationFailed):
    def __init__(self) -> None:
        super().__init__(
            {"detail": "This Idempotency-Key was already used with a different request body; use a new key."}
        )


def key_of(headers: t.Iterable[tuple[bytes, bytes]]) -> str | None:
    """The request's ``Idempotency-Key``, if it has one (400 past ``MAX_KEY`` characters)."""
    for name, value in headers:
        if name.lower() == b"idempotency-key":
            return read_key(value)
    return None


def read_key(value: bytes | None) -> str | None:
    """A request's ``Idempotency-Key`` header value (``None``: it sent none) as the key; an empty one is none,
    one past ``MAX_KEY`` characters a 400."""
    if value is None:
        return None
    key = value.decode("latin-1")
    if len(key) > MAX_KEY:
        raise ValidationFailed({"detail": f"An Idempotency-Key may have at most {MAX_KEY} characters."})
    return key or None


def fingerprint(operation_id: str, body: t.Any) -> str:
    text = dumps(body, option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(operation_id.encode() + text).hexdigest()


def replay(ws: Workspace, key: str, print_: str) -> tuple[int, Raw, bytes] | None:
    """The kept answer to ``key`` (``None`` if none); 400 if the key came with another body."""
    table: dict[int, dict[str, t.Any]] = ws.generic.get(KIND) or {}
    found = next((row for row in dict.values(table) if row.get("key") == key), None)
    if found is None:
        return None
    if found["fingerprint"] != print_:
        raise IdempotencyKeyReused()
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in found["headers"]]
    return int(found["status"]), [*headers, (b"idempotent-replayed", b"true")], found["body"].encode("utf-8")


def remember(ws: Workspace, key: str, print_: str, status: int, headers: Raw, body: bytes) -> None:
    """Keep a successful answer to ``key`` (the oldest kept one goes past ``KEPT``)."""
    if status >= 400:
        return
    table = ws.table(KIND)
    row_id = ws.next_id(KIND)
    table[row_id] = {
        "id": row_id,
        "key": key,
        "fingerprint": print_,
        "status": status,
        "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in headers],
        "body": body.decode("utf-8"),
    }
    if len(table) > KEPT:
        del table[min(table)]


__all__ = [
    "IDEMPOTENT_CREATES",
    "KIND",
    "IdempotencyKeyReused",
    "fingerprint",
    "key_of",
    "read_key",
    "remember",
    "replay",
]
