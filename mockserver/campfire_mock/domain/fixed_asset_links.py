"""The fixed assets a bank transaction bought: a GL line's ``created_fixed_assets``.

Upstream: "all fixed assets this transaction is linked to", through a fixed asset's ``purchase_transaction``
and ``purchase_transactions``. In the twin those name a bank transaction (``/ca/api/transaction``), which posts
one entry: its bank line and its category line (the purchase, on the account it was categorised to). The
category line answers the live fixed assets naming its bank transaction, each as ``{"id", "name"}`` in text
(the items' schema: objects of strings); every other line answers ``[]`` (no fixed asset can name a manual or
a document's line). Built once per workspace version.
"""

from __future__ import annotations

import typing as t

from .generic import is_deleted
from .values import object_key
from .workspace import Workspace

ASSETS = "/coa/api/fixed-asset"
KEY = "fixed_asset_links"


def _index(ws: Workspace) -> dict[int, list[dict[str, str]]]:
    found: dict[int, list[dict[str, str]]] = {}
    table = t.cast(dict[t.Any, dict[str, t.Any]], ws.generic.get(ASSETS) or {})
    for key, asset in sorted(dict.items(table)):
        if is_deleted(asset):
            continue
        named = [asset.get("purchase_transaction"), *(asset.get("purchase_transactions") or [])]
        shown = {"id": str(key), "name": str(asset.get("name") or "")}
        for txn in dict.fromkeys(k for k in (object_key(v) for v in named) if k is not None):
            found.setdefault(txn, []).append(shown)
    return found


def created_fixed_assets(ws: Workspace, transaction_id: int) -> list[dict[str, str]]:
    """The live fixed assets whose purchase names bank transaction ``transaction_id``."""
    stamp = ws.table_stamp(ASSETS)
    cached = ws.derived.get(KEY)
    if not isinstance(cached, tuple) or cached[0] != stamp:
        cached = ws.derived[KEY] = (stamp, _index(ws))
    return [dict(item) for item in cached[1].get(transaction_id, ())]


def repoint_purchase_entry(ws: Workspace, gone: int, to: int | None) -> None:
    """Fixed assets whose ``purchase_journal_entry`` names entry ``gone`` name ``to`` instead: the entry it was
    merged into, or none when it was deleted (Django's ``SET_NULL`` of an optional relation)."""
    table = t.cast(dict[t.Any, dict[str, t.Any]], ws.generic.get(ASSETS) or {})
    moved = [key for key, asset in dict.items(table) if object_key(asset.get("purchase_journal_entry")) == gone]
    if moved:
        assets = ws.table(ASSETS)
        now = ws.now_text()
        for key in moved:
            assets[key].update(purchase_journal_entry=to, last_modified_at=now)


__all__ = ["created_fixed_assets", "repoint_purchase_entry"]
