"""Revenue-recognition customers (``/rr/api/v1/customers``): the clients of the one client table (not
its vendors), with their AR balances; one that anything names cannot be deleted."""

from __future__ import annotations

import typing as t

from ..domain import vendors
from ..domain.lineage import lineage
from ..domain.workspace import Workspace
from .generic import ResourceView
from .vendors import balances

Body = dict[str, t.Any]


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
        vendors.check_deletable(ws, key, self.links.referring("vendor"), "customer")


__all__ = ["CustomerView", "lineage"]
