"""Revenue-recognition customers (``/rr/api/v1/customers``): the clients of the one client table (not
its vendors), with their AR balances; one that anything names cannot be deleted."""

from __future__ import annotations

import typing as t

from ..domain import vendors
from ..domain.workspace import Workspace
from .generic import ResourceView
from .vendors import balances

Body = dict[str, t.Any]


def lineage(ws: Workspace, row: Body, kind: str = "vendor") -> list[str]:
    """The ids (as strings) of a client's (or a ``kind`` object's) parents, root first, and its own: upstream's
    "lineage array from root to this vendor" (a parent chain that loops or runs deeper than 50 stops there)."""
    chain = [str(row.get("id"))]
    seen = {row.get("id")}
    parent = row.get("parent")
    while parent is not None and parent not in seen and len(chain) < 50:
        seen.add(parent)
        chain.append(str(parent))
        parent = ws.refs[kind].look(parent, {}).get("parent")
    return chain[::-1]


class CustomerView(ResourceView):
    collections = ("/rr/api/v1/customers",)

    def visible(self, row: Body) -> bool:
        return bool(row.get("vendor_type", "customer") == "customer")

    def derived(self, ws: Workspace, row: Body, schema_name: str) -> Body:
        """Its AR balances; its lineage (real customers carry ``lineage`` and ``lineage_array`` as arrays);
        ``use_stripe_auto_bill`` False when never sent, as Django's boolean field defaults it."""
        if schema_name != "ContractCustomer":
            return {}
        chain = lineage(ws, row)
        return {
            **balances(ws, row),
            "lineage": chain,
            "lineage_array": row["lineage_array"] if row.get("lineage_array") is not None else chain,
            "use_stripe_auto_bill": row.get("use_stripe_auto_bill", False),
        }

    def check_destroy(self, ws: Workspace, key: t.Any) -> None:
        vendors.check_deletable(ws, key, self.links.referring("vendor"))


__all__ = ["CustomerView", "lineage"]
