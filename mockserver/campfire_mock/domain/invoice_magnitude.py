"""An upper bound of every customer's and contract's invoice figures, kept across writes at the cost of the
invoices each write touches.

A customer's (or contract's) ``total_billed``, ``total_paid`` and ``total_outstanding`` are sums over some of
the invoices that are not voided (``receivables.py``, ``contract_figures.py``); none can be larger, either way,
than the sum over all of them of each one's ``|total| + |paid| + |early-payment discount|`` (no smaller
than its ``|total|``, ``|paid|`` or ``|due|``). While that sum stays
below a figure's bound, no write to invoices alone can push one out (``contract_bounds.py`` then skips the
count over every invoice a customer has). The sum is counted once, then moved by each kept write's touched
invoices (``Workspace.listen``: told only of writes to invoices, so it holds for ``heard_at(KEY)``, not for every
version); an undone write leaves it, a replacement of the workspace drops it.

A contract's ``total_unbilled`` and ``total_deferred_revenue`` (and its customer's sums of them) also read its
revenue schedule: none is larger than that sum plus the sum of every revenue transaction's ``|amount|``
(``revenue_magnitude``, counted again only once the revenue table changes).
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from .generic import is_deleted
from .models import ZERO, Invoice, money
from .revenue import REVENUE
from .tables import MISSING, Journal
from .values import dec
from .workspace import Workspace

KEY = "invoice_magnitude"
#: ``derived``'s key of the room below a bound that the revenue transactions' sum leaves (``within_bound``).
ROOM = "invoice_magnitude_room"


#: The last invoice figures weighed and their weight (``_weight``): a write's bound check and its upkeep weigh the
#: same invoice one after the other. The figures are immutable values compared by identity, held here so none is
#: reused: a weight is a function of them alone.
_last: tuple[t.Any, t.Any, t.Any, t.Any, Decimal] = (None, None, None, None, ZERO)


def _weight(inv: Invoice | t.Any) -> Decimal:
    """``|total| + |paid| + |early-payment discount|``: no smaller than ``|total|``, ``|paid|`` or ``|due|``
    (due is total less paid less that discount), and no property or ``max`` to work out. The last invoice's
    weight is remembered with its figures: one weighed again with the very same figures costs no arithmetic."""
    global _last
    if type(inv) is not Invoice:
        return ZERO
    total, paid, early, voided = inv.total_amount, inv.amount_paid, inv.payment_term_applied_discount, inv.voided_date
    last = _last
    if total is last[0] and paid is last[1] and early is last[2] and voided is last[3]:
        return last[4]
    if voided is not None:
        weight = ZERO
    else:
        weight = abs(total)
        if paid:  # (most invoices are unpaid: no addition of zero)
            weight += abs(paid)
        if early:
            weight += abs(early)
    _last = (total, paid, early, voided, weight)
    return weight


def _moved(ws: Workspace, journal: Journal) -> Decimal:
    """How far the write ``journal`` has moved the sum (its touched invoices, now against before)."""
    invoices = ws.invoices
    entry = journal.before.get(id(invoices))
    if entry is None:
        return ZERO
    moved = ZERO
    for key, was in entry[1].items():  # a loop, not sum() over a generator: every invoice write comes here
        moved += _weight(dict.get(invoices, key, MISSING))
        if was is not MISSING:  # (a created invoice weighed nothing before)
            moved -= _weight(was)
    return moved


def invoice_magnitude(ws: Workspace) -> Decimal:
    """The sum, over the invoices that are not voided, of each one's weight (``_weight``),
    as the workspace stands (inside a write: with what it has done so far)."""
    journal = ws.journal
    cached = ws.derived.get(KEY)
    stamp = ws.heard_at(KEY)
    if isinstance(cached, tuple) and cached[0] == stamp and (journal is None or journal.replaced is None):
        return t.cast(Decimal, cached[1]) + (_moved(ws, journal) if journal is not None else ZERO)
    now = sum((_weight(inv) for inv in dict.values(ws.invoices)), ZERO)
    if journal is None:
        ws.derived[KEY] = (stamp, now)
    elif journal.replaced is None:  # the sum the write began from, kept for the writes that follow
        ws.derived[KEY] = (stamp, now - _moved(ws, journal))
    return now


def revenue_magnitude(ws: Workspace) -> Decimal:
    """The sum of every live revenue transaction's ``|amount|`` (kept until the revenue table changes)."""
    stamp = ("revenue_magnitude", ws.table_stamp(REVENUE))
    cached = ws.derived.get("revenue_magnitude")
    if isinstance(cached, tuple) and cached[0] == stamp:
        return t.cast(Decimal, cached[1])
    total = ZERO
    for row in dict.values(ws.generic.get(REVENUE) or {}):
        if not is_deleted(row) and row.get("amount") not in (None, ""):
            try:
                total += abs(money(dec(row["amount"])))
            except (ValueError, ArithmeticError):
                continue
    ws.derived["revenue_magnitude"] = (stamp, total)
    return total


def within_bound(ws: Workspace, others: frozenset[str], bound: Decimal) -> bool:
    """Whether the open write has touched none of the kinds ``others`` (which must name ``REVENUE``), nor
    replaced the workspace, and the kept sum plus the weight of each invoice the write touched, as it is now,
    plus the revenue transactions' sum, is below ``bound``. That is no smaller than the sum as the workspace
    stands (a touched invoice's weight before the write, left in, is never negative), so while it holds no
    figure the sum bounds can reach ``bound``. Costs a look at each touched table and invoice: nothing is
    counted over the workspace once the sum is kept (it is counted once otherwise, as ``invoice_magnitude``)."""
    journal = ws.journal
    if journal is None or journal.replaced is not None:
        return False
    invoices = ws.invoices
    touched: dict[int, t.Any] = {}
    for table, seen in journal.before.values():
        if table is invoices:
            touched = seen
        elif table.kind in others:
            return False
    kept = ws.derived.get(KEY)
    if type(kept) is tuple and kept[0] == ws.heard.get(KEY, ws.replaced_at):  # (``heard_at``, inline)
        total: Decimal = kept[1]
        for key in touched:
            total += _weight(dict.get(invoices, key, MISSING))
    else:
        total = invoice_magnitude(ws)
    # The revenue table is untouched (``others`` names it): the room its kept sum leaves below ``bound`` holds
    # until the table's next change (or the workspace's replacement).
    since = ws.changed_at.get(REVENUE, 0)
    if ws.replaced_at > since:
        since = ws.replaced_at
    room = ws.derived.get(ROOM)
    if type(room) is not tuple or room[0] != since or room[1] is not bound:
        room = ws.derived[ROOM] = (since, bound, bound - revenue_magnitude(ws))
    return bool(total < room[2])


def note_write(ws: Workspace, journal: Journal, kept: bool) -> None:
    """Told of every write to invoices as it ends (before its version moves): the kept sum follows it."""
    cached = ws.derived.get(KEY)
    if not isinstance(cached, tuple) or cached[0] != ws.heard.get(KEY, ws.replaced_at):  # (``heard_at``, inline)
        return
    if journal.replaced is not None:
        ws.derived.pop(KEY, None)
        return
    ws.derived[KEY] = (ws.version + 1, cached[1] + (_moved(ws, journal) if kept else ZERO))


Workspace.listen(KEY, ("invoice",), note_write)

__all__ = ["invoice_magnitude", "note_write", "revenue_magnitude", "within_bound"]
