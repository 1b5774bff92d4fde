"""Every invoice in one sort key's order, kept across writes at the cost of the invoices each write touches.

An order is sorted once per sort field, ascending: the invoices with a value by ``(value, id)``, then those
without one by id (nulls last ascending, first descending, as Postgres sorts); the descending order is its
exact reverse. A kept write only holds on to the invoices it touched (its before-images); the next list moves
just those: each leaves its place (found by bisection on its value before the first such write) and takes the
one its value has now (``Workspace.listen``: told only of writes to invoices, clients and contracts, so the
orders hold for ``heard_at(KEY)``; past ``PENDING`` writes with no list between, they are dropped). A write
that changes a client's name drops the ``client_name`` order, one that changes a contract's deal name the
``contract_name`` order; an undone write that touched invoices (their stored objects are put back as copies)
or a replacement of the workspace drops them all. Inside a write that has touched those tables an order is
sorted afresh, not kept.
"""

from __future__ import annotations

import typing as t
from bisect import bisect_left
from operator import itemgetter

from .models import Invoice
from .tables import MISSING, Journal, Ref, Table
from .workspace import Workspace

KEY = "invoice_order"
#: The tables whose rows a sort key reads: the invoice's own fields, a client's name, a contract's deal name.
READS = ("invoice", "vendor", "contract")

#: Where an invoice sorts, ascending: ``(0, value, id)``, or ``(1, id)`` without a value.
Place = tuple[t.Any, ...]


def _client_name(vendors: Table[Ref], inv: Invoice) -> str:
    vendor = dict.get(vendors, inv.client or -1)
    return (vendor.get("name") or "").lower() if vendor is not None else ""


def _deal_name(contracts: Table[Ref], inv: Invoice) -> str:
    contract = dict.get(contracts, inv.contract or -1)
    return (contract.get("deal_name") or "") if contract is not None else ""


def placer(ws: Workspace, field: str) -> t.Callable[[Invoice], Place]:
    """Where an invoice sorts by ``field`` in the workspace as it is now."""
    if field == "client_name":
        vendors = ws.refs["vendor"]
        return lambda inv: (0, _client_name(vendors, inv), inv.id)
    if field == "contract_name":
        contracts = ws.refs["contract"]
        return lambda inv: (0, _deal_name(contracts, inv), inv.id)

    def place(inv: Invoice) -> Place:
        value = getattr(inv, field)  # (``amount_due`` a property: the figures less what was paid and granted)
        return (1, inv.id) if value is None else (0, value, inv.id)

    return place


class Order:
    """One sort field's order: the places ascending, the invoices in that order and, once asked for, reversed."""

    __slots__ = ("asc", "desc", "field", "places")

    def __init__(self, ws: Workspace, field: str) -> None:
        place = placer(ws, field)  # (not kept: an order holds only what pickles, as the workspace may be)
        pairs = sorted(((place(inv), inv) for inv in ws.invoices.values()), key=itemgetter(0))
        self.field = field
        self.places: list[Place] = [p for p, _ in pairs]
        self.asc: list[Invoice] = [inv for _, inv in pairs]
        self.desc: list[Invoice] | None = None

    def listed(self, reverse: bool) -> list[Invoice]:
        """The invoices in this order, or reversed (made once, then kept in step)."""
        if not reverse:
            return self.asc
        if self.desc is None:
            self.desc = self.asc[::-1]
        return self.desc

    def remove(self, place: Place) -> bool:
        """Take out the invoice at ``place``; ``False`` if none is there (the order is then not to be trusted)."""
        places = self.places
        i = bisect_left(places, place)
        if i == len(places) or places[i] != place:
            return False
        if self.desc is not None:
            del self.desc[len(places) - 1 - i]
        del places[i], self.asc[i]
        return True

    def insert(self, place: Place, inv: Invoice) -> None:
        places = self.places
        i = bisect_left(places, place)
        places.insert(i, place)
        self.asc.insert(i, inv)
        if self.desc is not None:
            self.desc.insert(len(places) - 1 - i, inv)


def _fresh(ws: Workspace, field: str, reverse: bool) -> list[Invoice]:
    return Order(ws, field).listed(reverse)


#: Writes to invoices held for the kept orders before they are dropped instead (the next list sorts afresh).
PENDING = 256


class Kept:
    """The kept orders by sort field, and the invoices the kept writes since they were last brought up to date
    touched (each write's before-images, oldest first): a list brings them up to date, not each write."""

    __slots__ = ("orders", "pending")

    def __init__(self) -> None:
        self.orders: dict[str, Order] = {}
        self.pending: list[dict[int, t.Any]] = []

    def settle(self, ws: Workspace) -> None:
        """Move the invoices the pending writes touched: each from where its value before the first of them
        placed it to where it sorts now; an order where one is not found is dropped."""
        pending, self.pending = self.pending, []
        if len(pending) == 1:
            seen = pending[0]
        else:
            seen = {}
            for one in pending:
                for key, was in one.items():
                    seen.setdefault(key, was)
        for field, order in tuple(self.orders.items()):
            if not _follow(ws, order, seen):
                del self.orders[field]


def sorted_invoices(ws: Workspace, sort: str) -> list[Invoice]:
    """Every invoice in ``sort`` order (``field`` or ``-field``), kept across writes; not to be changed by the
    caller, nor held across a write (a kept order moves in place)."""
    reverse = sort.startswith("-")
    field = sort[1:] if reverse else sort
    journal = ws.journal
    if journal is not None and (journal.replaced is not None or _touched(ws, journal)):
        return _fresh(ws, field, reverse)  # (the open write's rows: not kept)
    stamp = ws.heard.get(KEY, ws.replaced_at)  # (``heard_at``, inline)
    cached = ws.derived.get(KEY)
    if type(cached) is not tuple or cached[0] != stamp:
        cached = ws.derived[KEY] = (stamp, Kept())
    kept: Kept = cached[1]
    if kept.pending:
        kept.settle(ws)
    order = kept.orders.get(field)
    if order is None:
        order = kept.orders[field] = Order(ws, field)
    return order.listed(reverse)


def _touched(ws: Workspace, journal: Journal) -> bool:
    before = journal.before
    return id(ws.invoices) in before or id(ws.refs["vendor"]) in before or id(ws.refs["contract"]) in before


def _renamed(journal: Journal, table: Table[Ref], name: str, lower: bool) -> bool:
    """Whether the write changed the text ``name`` of a row of ``table`` (a row added or removed counts)."""
    entry = journal.before.get(id(table))
    if entry is None:
        return False
    for key, was in entry[1].items():
        now = dict.get(table, key, MISSING)
        old = "" if was is MISSING else (was.get(name) or "")
        new = "" if now is MISSING else (now.get(name) or "")
        if (old.lower() != new.lower()) if lower else (old != new):
            return True
    return False


def note_write(ws: Workspace, journal: Journal, kept: bool) -> None:
    """Told of every write to invoices, clients or contracts as it ends (before its version moves): the invoices
    a kept write touched are held for the orders to follow (``Kept.settle``); an order the write could reorder
    otherwise is dropped."""
    cached = ws.derived.get(KEY)
    if type(cached) is not tuple or cached[0] != ws.heard.get(KEY, ws.replaced_at):  # (``heard_at``, inline)
        return
    invoices = journal.before.get(id(ws.invoices))
    held: Kept = cached[1]
    if journal.replaced is not None or (invoices is not None and (not kept or len(held.pending) >= PENDING)):
        ws.derived.pop(KEY, None)
        return
    if kept:
        orders = held.orders
        if "client_name" in orders and _renamed(journal, ws.refs["vendor"], "name", True):
            del orders["client_name"]
        if "contract_name" in orders and _renamed(journal, ws.refs["contract"], "deal_name", False):
            del orders["contract_name"]
        if invoices is not None:
            held.pending.append(invoices[1])
    ws.derived[KEY] = (ws.version + 1, held)


def _follow(ws: Workspace, order: Order, seen: dict[int, t.Any]) -> bool:
    """Move the invoices kept writes touched (``seen``: their values before the first) in ``order``; ``False`` if
    one is not where that value places it (the order is then dropped)."""
    place = placer(ws, order.field)
    table = ws.invoices
    for key, was in seen.items():
        now = dict.get(table, key, MISSING)
        if was is not MISSING:
            old = place(was)
            if now is not MISSING:
                new = place(now)
                if new == old:  # (touched, not moved: the order holds the object itself, changed in place)
                    i = bisect_left(order.places, old)
                    if i < len(order.asc) and order.asc[i] is now:
                        continue
            if not order.remove(old):
                return False
        if now is not MISSING:
            order.insert(place(now), now)
    return True


Workspace.listen(KEY, READS, note_write)

__all__ = ["KEY", "PENDING", "Kept", "Order", "note_write", "placer", "sorted_invoices"]
