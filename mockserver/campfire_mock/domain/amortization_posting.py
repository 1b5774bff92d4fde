"""The posting rule of saved amortization schedules (``amortization.py``); ``ledger.RULES`` registers it.

A schedule of bill line L (coded to expense account E, amount X) posts, in the bill's currency and rates:

* on the bill date, ``Dr prepaid / Cr E`` X: the bill's expense becomes a prepaid expense;
* on each part's date, ``Dr E / Cr prepaid`` the part: the expense recognized.

The prepaid expense account is found by its role in the chart: the lowest-numbered account of subtype
``PREPAID``, else an ``OTHER_CURRENT_ASSET`` account whose name says "prepaid", else none (the line posts
to no account, as the chart's other roles do). A voided or deleted bill, or a line no longer on its bill,
posts nothing. The entries are ``journal_entry`` entries (Campfire's type for adjusting entries) with
source ``bill_amortization``.
"""

from __future__ import annotations

import typing as t

from .amortization import SCHEDULES
from .documents import BILLS, as_date, dec, rel_id
from .entries import Entry, Posting, cents
from .generic import is_deleted
from .posting import _entry, _rates
from .workspace import Workspace

Row = dict[str, t.Any]


def _number_key(row: Row) -> tuple[str, int]:
    return str(row.get("number") or row.get("name") or ""), int(row["id"])


def prepaid_account(ws: Workspace) -> int | None:
    """The chart's prepaid expense account (found again only once a write touches the chart)."""
    stamp = ws.table_stamp("account")
    cached = ws.derived.get("prepaid_account")
    if cached is not None and cached[0] == stamp:
        return t.cast(int | None, cached[1])
    rows = [r for _, r in sorted(dict.items(ws.refs["account"])) if not is_deleted(r) and "id" in r]
    prepaid = [r for r in rows if r.get("account_subtype") == "PREPAID"] or [
        r for r in rows if r.get("account_subtype") == "OTHER_CURRENT_ASSET" and "prepaid" in str(r.get("name")).lower()
    ]
    found = int(min(prepaid, key=_number_key)["id"]) if prepaid else None
    ws.derived["prepaid_account"] = (stamp, found)
    return found


def schedules(ws: Workspace) -> t.Mapping[int, t.Any]:
    """The table the rule's documents live in."""
    return t.cast(t.Mapping[int, t.Any], ws.generic.get(SCHEDULES) or {})


def schedule_entries(ws: Workspace, key: int) -> list[Entry]:
    """The entries a saved schedule posts now (none once its bill or line is gone or voided)."""
    row = dict.get(t.cast(dict[int, t.Any], schedules(ws)), key)
    bill = dict.get(t.cast(dict[int, t.Any], ws.generic.get(BILLS) or {}), int(row["bill"])) if row else None
    if row is None or bill is None or is_deleted(bill) or bill.get("voided_date"):
        return []
    line = next((ln for ln in bill.get("lines") or [] if ln.get("id") == key), None)
    day = as_date(bill.get("bill_date"))
    rates = _rates(ws, bill.get("entity"), str(bill.get("currency") or ""), bill)
    if line is None or day is None or rates is None:
        return []
    expense, prepaid = rel_id(line.get("account")), prepaid_account(ws)
    vendor, department = rel_id(bill.get("vendor")), rel_id(line.get("department"))
    number = str(bill.get("bill_number") or bill["id"])
    common: dict[str, t.Any] = {
        "source": "bill_amortization",
        "type": "journal_entry",
        "source_id": key,
        "entity": bill.get("entity"),
        "currency": str(bill.get("currency") or ""),
        "created_at": row.get("created_at"),
        "last_modified_at": row.get("last_modified_at"),
        "bill": bill["id"],
    }

    def moved(entry_id: int, when: t.Any, amount: int, memo: str, debit: int | None, credit: int | None) -> Entry:
        lines = [
            Posting(debit, amount, vendor=vendor, department=department, description=memo),
            Posting(credit, -amount, vendor=vendor, department=department, description=memo),
        ]
        return _entry(ws, rates, id=entry_id, date=when, memo=memo, lines=lines, **common)

    total = cents(dec(line.get("amount") or 0))
    made = [moved(int(row["journal_entry"]), day, total, f"Prepaid: bill {number} line {key}", prepaid, expense)]
    parts = row.get("parts") or []
    for n, part in enumerate(parts, start=1):
        memo = f"Amortization of bill {number} line {key} ({n}/{len(parts)})"
        when = as_date(part.get("date")) or day
        made.append(moved(int(part["journal_entry"]), when, cents(dec(part["amount"])), memo, expense, prepaid))
    return made


__all__ = ["prepaid_account", "schedule_entries", "schedules"]
