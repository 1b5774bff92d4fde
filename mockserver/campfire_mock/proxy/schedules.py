"""What a recording keeps of contracts' revenue schedules: milestones, subscriptions and revenue transactions.

They are generic resources, filed in a seed by collection path. A milestone or subscription keeps the
contract its path names (the seed's ``_parent``); deleting one drops the revenue transactions it
scheduled, as Campfire deletes them; a contract they name that no answer showed is written from its id
(and ``contract_name`` where the object carries it), so the seed loads.
"""

from __future__ import annotations

import typing as t

from ..domain.generic import PARENT
from ..domain.revenue import REVENUE
from ..domain.seeding import MILESTONES, SUBSCRIPTIONS

Row = dict[str, t.Any]

#: The generic resources a recording keeps, in the order a seed loads them.
GENERIC_ORDER = (MILESTONES, SUBSCRIPTIONS, REVENUE)
#: What a revenue transaction names its milestone and subscription by.
SCHEDULED_BY = {MILESTONES: "contract_milestone", SUBSCRIPTIONS: "contract_subscription"}


def under_contract(kind: str, item: Row, path_values: t.Mapping[str, str]) -> Row:
    """A milestone or subscription answer with the contract it belongs to as ``_parent``: the path's, else
    the one it names; any other object as it is."""
    if kind not in SCHEDULED_BY:
        return item
    raw = path_values.get("contract_id")
    contract = int(raw) if raw is not None and raw.isdigit() else item.get("contract")
    return {**item, PARENT: {"contract_id": contract if isinstance(contract, int) else None}}


def drop(objects: dict[str, dict[int, Row]], kind: str, key: int) -> None:
    """The object ``key`` of ``kind`` gone from ``objects``, with the revenue transactions it scheduled."""
    objects.get(kind, {}).pop(key, None)
    field = SCHEDULED_BY.get(kind)
    if field is not None:
        revenue = objects.get(REVENUE, {})
        for gone in [k for k, row in revenue.items() if row.get(field) == key]:
            revenue.pop(gone)


def implied_contract(row: Row, references: dict[str, dict[int, Row]]) -> None:
    """The contract a recorded milestone, subscription or revenue transaction names but no answer showed."""
    key = (row.get(PARENT) or {}).get("contract_id", row.get("contract"))
    if isinstance(key, int) and key not in references["contract"]:
        name = row.get("contract_name")
        references["contract"][key] = {"id": key} if not name else {"id": key, "deal_name": name}


__all__ = ["GENERIC_ORDER", "MILESTONES", "REVENUE", "SUBSCRIPTIONS", "drop", "implied_contract", "under_contract"]
