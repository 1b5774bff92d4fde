"""Revenue transactions that contract milestones and subscriptions create.

Upstream: creating a milestone "will automatically create an associated revenue transaction"; the help
centre: "when a subscription is added, Campfire creates the corresponding revenue transactions". The
twin writes them into ``/rr/api/v1/transactions``, where a client lists them:

* a **milestone** gets one transaction: its ``amount`` on its ``milestone_date`` (the accounting period
  is that month), with its contract's client, entity and currency, its product and department, and
  ``contract_milestone`` naming it; the milestone's ``revenue_transaction_id`` names the transaction. An
  update moves the transaction with it; deleting the milestone deletes its transaction;
* a **subscription** gets one transaction per calendar month from ``start_date`` to ``end_date`` (or the
  contract's end date; an open-ended one, twelve months, as Campfire keeps about a year ahead), each of
  the monthly amount: ``mrr``, else ``period_amount``, else ``quantity`` x ``rate``; with none of them it
  gets none. An update rebuilds them; deleting the subscription deletes them. At most
  ``MAX_SCHEDULE_MONTHS`` months (a 400 past that);
* terminating a contract deletes its subscriptions' transactions dated after the termination date.

An invoice's ``revenue_transactions`` are the live transactions whose ``invoice`` names it; an invoice
written with ``revenue_transactions`` links exactly those (as DRF sets a many-related field).

Deleting is the soft delete the revenue resource has (``is_deleted``, ``deleted_at``), so a sync that
asks for deleted records sees them go.
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..errors import ValidationFailed
from .generic import PARENT, is_deleted
from .models import money
from .values import as_date, dec, incorrect, rel_id
from .workspace import Workspace

Row = dict[str, t.Any]

REVENUE = "/rr/api/v1/transactions"
#: The longest subscription schedule the twin writes (fifty years of months).
MAX_SCHEDULE_MONTHS = 600
#: Months an open-ended subscription is scheduled ahead.
OPEN_ENDED_MONTHS = 12


def _amount(value: t.Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(money(dec(value)))
    except (ValueError, ArithmeticError):
        return None


def _day(value: t.Any) -> date | None:
    try:
        return as_date(value)
    except ValueError:
        return None


def _contract_id(row: Row) -> int | None:
    parent = (row.get(PARENT) or {}).get("contract_id")
    return parent if isinstance(parent, int) else row.get("contract") if isinstance(row.get("contract"), int) else None


def contract_of(row: Row) -> int | None:
    """The contract a milestone, subscription or revenue transaction belongs to (its path's, else its field)."""
    return _contract_id(row)


def _base(ws: Workspace, contract_id: int | None, source: Row) -> Row:
    """The fields every transaction of ``source`` (a milestone or subscription) takes from it and its contract."""
    contract = ws.refs["contract"].look(contract_id or -1) or {}
    entity = ws.refs["entity"].look(contract.get("entity") or -1) or {}
    now = ws.now_text()
    return {
        "contract": contract_id,
        "client": contract.get("client"),
        "entity": contract.get("entity"),
        "currency": contract.get("currency") or entity.get("currency"),
        "product": source.get("product"),
        "department": source.get("department", contract.get("department")),
        "created_at": now,
        "last_modified_at": now,
        "customer": ws.customer,
        "is_deleted": False,
        "deleted_at": None,
    }


def _add(ws: Workspace, row: Row) -> int:
    key = ws.next_id(REVENUE)
    ws.table(REVENUE)[key] = {"id": key, **row}
    return key


def _delete(ws: Workspace, match: t.Callable[[Row], bool]) -> None:
    table = ws.table(REVENUE)
    for key in [k for k, r in dict.items(table) if not is_deleted(r) and match(r)]:
        row = table[key]
        row["is_deleted"] = True
        row["deleted_at"] = row["last_modified_at"] = ws.now_text()


def schedule_milestone(ws: Workspace, milestone: Row) -> None:
    """Create (or move) the milestone's revenue transaction."""
    day = _day(milestone.get("milestone_date"))
    values = {
        **_base(ws, _contract_id(milestone), milestone),
        "contract_milestone": milestone["id"],
        "amount": _amount(milestone.get("amount")),
        "quantity": _amount(milestone.get("quantity")),
        "rate": _amount(milestone.get("rate")),
        "description": milestone.get("milestone_name") or milestone.get("description"),
        "transaction_date": None if day is None else day.isoformat(),
        "accounting_period": None if day is None else day.replace(day=1).isoformat(),
    }
    existing = milestone.get("revenue_transaction_id")
    table = ws.table(REVENUE)
    if isinstance(existing, int) and existing in table and not is_deleted(table.look(existing)):
        row = table[existing]
        row.update({k: v for k, v in values.items() if k not in ("created_at", "is_deleted", "deleted_at")})
        return
    milestone["revenue_transaction_id"] = _add(ws, values)


def unschedule_milestone(ws: Workspace, milestone_id: int) -> None:
    _delete(ws, lambda r: r.get("contract_milestone") == milestone_id)


def _months(start: date, end: date) -> list[tuple[date, date]]:
    """The calendar months from ``start`` to ``end``, each cut to them."""
    found: list[tuple[date, date]] = []
    first = start.replace(day=1)
    while first <= end and len(found) <= MAX_SCHEDULE_MONTHS:
        if first.year == date.max.year and first.month == 12:
            found.append((max(first, start), end))
            break
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last = date.fromordinal(following.toordinal() - 1)
        found.append((max(first, start), min(last, end)))
        first = following
    return found


def schedule_subscription(ws: Workspace, subscription: Row) -> None:
    """(Re)build the subscription's monthly revenue transactions."""
    unschedule_subscription(ws, subscription["id"])
    monthly = _amount(subscription.get("mrr"))
    if monthly is None:
        monthly = _amount(subscription.get("period_amount"))
    if monthly is None:
        quantity, rate = _amount(subscription.get("quantity")), _amount(subscription.get("rate"))
        monthly = None if quantity is None or rate is None else float(money(dec(quantity) * dec(rate)))
    start = _day(subscription.get("start_date"))
    if monthly is None or start is None:
        return
    contract_id = _contract_id(subscription)
    contract = ws.refs["contract"].look(contract_id or -1) or {}
    end = _day(subscription.get("end_date")) or _day(contract.get("contract_end_date"))
    if end is None:
        first = start.replace(day=1)
        end = date.fromordinal(
            date(min(first.year + OPEN_ENDED_MONTHS // 12, date.max.year), first.month, 1).toordinal() - 1
        )
    own_end = _day(subscription.get("end_date"))
    if own_end is not None and own_end < start:
        raise ValidationFailed.field("end_date", "The end date cannot be before the start date.")
    months = _months(start, end)  # none when the contract ends before the subscription starts
    if len(months) > MAX_SCHEDULE_MONTHS:
        raise ValidationFailed.field(
            "end_date", f"A subscription's revenue schedule may span at most {MAX_SCHEDULE_MONTHS} months."
        )
    base = _base(ws, contract_id, subscription)
    for first, last in months:
        _add(
            ws,
            {
                **base,
                "contract_subscription": subscription["id"],
                "amount": monthly,
                "mrr": monthly,
                "description": subscription.get("notes"),
                "transaction_date": first.isoformat(),
                "transaction_end_date": last.isoformat(),
                "accounting_period": first.replace(day=1).isoformat(),
            },
        )


def unschedule_subscription(ws: Workspace, subscription_id: int) -> None:
    _delete(ws, lambda r: r.get("contract_subscription") == subscription_id)


def end_schedules(ws: Workspace, contract_id: int, after: date) -> None:
    """Delete the contract's subscription revenue dated after ``after`` (the contract ended)."""
    _delete(
        ws,
        lambda r: (
            r.get("contract") == contract_id
            and r.get("contract_subscription") is not None
            and str(r.get("transaction_date") or "") > after.isoformat()
        ),
    )


#: The workspace's cached index of revenue transactions by the field naming the object (``ws.derived``'s key).
_INDEXES = {"invoice": "invoice_revenue", "journal_entry": "journal_entry_revenue", "credit_memo": "memo_revenue"}


def invoice_revenue(ws: Workspace, invoice_id: int) -> list[int]:
    """The ids of the live revenue transactions that name the invoice, in order."""
    return _naming(ws, "invoice", invoice_id)


def journal_revenue(ws: Workspace, entry_id: int) -> list[int]:
    """The ids of the live revenue transactions whose ``journal_entry`` names the entry, in order."""
    return _naming(ws, "journal_entry", entry_id)


def _naming(ws: Workspace, field: str, key: int) -> list[int]:
    """The ids of the live revenue transactions whose ``field`` names ``key``, in order: read from an index
    of the table built once until a write touches it (afresh inside such a write), so rendering an invoice
    does not scan every revenue transaction."""
    table = ws.generic.get(REVENUE)
    if not table:
        return []
    stamp = ws.table_stamp(REVENUE)
    if stamp[1]:  # the open write touched the table (or replaced the workspace): read it afresh
        return sorted(k for k, r in dict.items(table) if r.get(field) == key and not is_deleted(r))
    name = _INDEXES[field]
    cached = ws.derived.get(name)
    if cached is None or cached[0] != stamp:
        index: dict[t.Any, list[int]] = {}
        for found, row in sorted(dict.items(table)):
            if row.get(field) is not None and not is_deleted(row):
                index.setdefault(row[field], []).append(found)
        cached = ws.derived[name] = (stamp, index)
    return list(cached[1].get(key, ()))


def _revenue_pk(ws: Workspace, item: t.Any) -> int:
    """The id one item of ``revenue_transactions`` names, read as DRF's ``PrimaryKeyRelatedField`` reads it
    (an int or a numeric string), or a 400 with its flat message for the first bad item."""
    try:
        key = int(item) if isinstance(item, (int, str)) and not isinstance(item, bool) else None
    except ValueError:
        key = None
    if key is None:
        raise ValidationFailed.field("revenue_transactions", incorrect(item))
    row = ws.table(REVENUE).look(key)
    if row is None or is_deleted(row):
        raise ValidationFailed.field("revenue_transactions", f'Invalid pk "{item}" - object does not exist.')
    return key


def link_invoice_revenue(ws: Workspace, invoice_id: int, ids: t.Any) -> None:
    """Make ``ids`` the invoice's revenue transactions: each names the invoice, and those it no longer lists
    name none. An id of no live transaction is a 400 (DRF's ``Invalid pk``) and links nothing."""
    _link(ws, "invoice", invoice_id, ids)


def link_journal_revenue(ws: Workspace, entry_id: int, ids: t.Any) -> None:
    """Make ``ids`` the journal entry's revenue transactions (each's ``journal_entry`` names the entry, those
    it no longer lists name none), as ``link_invoice_revenue`` does for an invoice."""
    _link(ws, "journal_entry", entry_id, ids)


def check_revenue_ids(ws: Workspace, ids: t.Any) -> list[int]:
    """The revenue transactions ``ids`` names, each live (a 400 naming ``revenue_transactions`` otherwise)."""
    if not isinstance(ids, list):
        raise ValidationFailed.field(
            "revenue_transactions", f'Expected a list of items but got type "{type(ids).__name__}".'
        )
    return [_revenue_pk(ws, item) for item in ids]


def _link(ws: Workspace, field: str, key: int, ids: t.Any) -> None:
    table = ws.table(REVENUE)
    wanted = [_revenue_pk(ws, item) for item in (ids if isinstance(ids, list) else [])]
    if field == "invoice" and wanted:
        _check_invoice_contract(ws, key, [(found, table.look(found)) for found in wanted])
    now = ws.now_text()
    for found in _naming(ws, field, key):
        if found not in wanted:
            table[found].update({field: None, "last_modified_at": now})
    for found in wanted:
        if table.look(found).get(field) != key:
            table[found].update({field: key, "last_modified_at": now})


def _check_invoice_contract(ws: Workspace, invoice_id: int, rows: list[tuple[int, t.Any]]) -> None:
    """A 400 under ``revenue_transactions`` when the invoice and a transaction it lists are of two contracts, as a
    transaction naming the invoice is refused (``views/revenue_transactions``): a contract's revenue is billed on
    its own invoices. Either side of no contract is allowed."""
    inv = ws.invoices.look(invoice_id)
    ours = inv.contract if inv is not None else None
    if ours is None:
        return
    for found, row in rows:
        theirs = rel_id((row or {}).get("contract"))
        if theirs is not None and theirs != ours:
            raise ValidationFailed.field(
                "revenue_transactions",
                f"Revenue transaction {found} belongs to contract {theirs}, not to this invoice's contract {ours}.",
            )


def check_linked_contract(ws: Workspace, field: str, key: int, contract: t.Any) -> None:
    """A 400 under ``contract`` when a document moved to ``contract`` (an invoice or credit memo, ``field``
    the revenue transactions' field naming it) still has revenue transactions of another contract: the rule
    a create and a transaction's own update hold, kept when the document's contract changes (send its
    ``revenue_transactions`` anew, or move the transactions first). Either side of no contract is allowed."""
    ours = rel_id(contract)
    if ours is None:
        return
    table, label = ws.table(REVENUE), field.replace("_", " ")
    for found in _naming(ws, field, key):
        theirs = rel_id(table[found].get("contract"))
        if theirs is not None and theirs != ours:
            raise ValidationFailed.field(
                "contract",
                f"Revenue transaction {found} belongs to contract {theirs}, not to this {label}'s contract {ours}.",
            )


def unlink_journal_revenue(ws: Workspace, entry_id: int) -> None:
    """A deleted journal entry's revenue transactions name no entry (``journal_entry: null``, Django's
    ``SET_NULL``)."""
    if ws.generic.get(REVENUE):
        _link(ws, "journal_entry", entry_id, [])


def unlink_journal_contracts(ws: Workspace, entry_id: int, to: int | None = None) -> None:
    """A deleted journal entry leaves every contract's ``journal_entries`` (a many-to-many link goes with the
    row it names, as Django's delete removes it); an entry merged into ``to`` is replaced by it there (once).
    The contract is not otherwise saved (no new ``last_modified_at``, as a Django M2M change does not save the
    row)."""
    table = ws.refs["contract"]
    for key, row in dict.items(table):
        named = row.get("journal_entries")
        if isinstance(named, list) and any(_names(item, entry_id) for item in named):
            listed = to is not None and any(_names(item, to) for item in named)
            kept: list[t.Any] = []
            for item in named:
                if not _names(item, entry_id):
                    kept.append(item)
                elif to is not None and not listed:
                    kept.append(to)
                    listed = True
            table[key]["journal_entries"] = kept


def _names(item: t.Any, entry_id: int) -> bool:
    try:
        return rel_id(item) == entry_id
    except (TypeError, ValueError):
        return False


__all__ = [
    "MAX_SCHEDULE_MONTHS",
    "REVENUE",
    "check_revenue_ids",
    "contract_of",
    "end_schedules",
    "invoice_revenue",
    "journal_revenue",
    "link_invoice_revenue",
    "link_journal_revenue",
    "schedule_milestone",
    "schedule_subscription",
    "unlink_journal_contracts",
    "unlink_journal_revenue",
    "unschedule_milestone",
    "unschedule_subscription",
]
