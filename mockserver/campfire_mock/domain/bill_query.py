"""Filters and ordering of ``GET /coa/api/v1/bill/``, the mirror of ``invoice_query.py``.

``status`` words: ``open`` (nothing paid yet) and ``partially_paid`` (past due or not), ``paid``,
``voided``, ``past_due`` (something due after the due date); ``unpaid`` = open or partially paid
(something due, not voided); ``current`` = unpaid and not yet due; ``1_30`` ... ``over_120`` = unpaid
and that many days past due, on the workspace clock;
``payment_pending`` and ``payment_not_found`` (states of Campfire's bank feeds) match no bill here.
``start_date``/``end_date`` bound ``bill_date``; ``q`` finds a substring (any case) of the bill number,
vendor name, mailing address, message or a line description; ``last_modified_at__gte``/``__lte`` bound
the last change (a date alone means its whole day for ``__lte``). ``include_deleted=true`` lists only
deleted bills (as Campfire's description says). Sort ties are broken by id in the same direction.
"""

from __future__ import annotations

import typing as t
from datetime import date

from ..errors import ValidationFailed
from .bill_models import Bill
from .clock import filter_moment, parse_moment
from .documents import BILLS, dec
from .generic import is_deleted
from .invoice_query import AGING, query_date
from .workspace import Workspace

Row = dict[str, t.Any]

SORT_KEYS = (
    "bill_date",
    "due_date",
    "bill_number",
    "total_amount",
    "amount_due",
    "amount_paid",
    "vendor_name",
    "created_at",
    "last_modified_at",
    "id",
    "past_due_days",
)


def _status_holds(bill: Bill, status: str, today: date) -> bool:
    unpaid = bill.payment_status in ("open", "partial")
    if status == "unpaid":
        return unpaid
    if status == "current":
        return unpaid and bill.past_due_days(today) is None
    if status in AGING:
        low, high = AGING[status]
        days = bill.past_due_days(today)
        return unpaid and days is not None and days >= low and (high is None or days <= high)
    if status == "open":
        return bill.payment_status == "open"
    if status == "partially_paid":
        return bill.payment_status == "partial"
    return bill.status(today) == status


def filter_bills(ws: Workspace, p: t.Mapping[str, t.Any], vendors: list[int], entities: list[int]) -> list[Row]:
    """The bills the list's query parameters pick, sorted."""
    sort = str(p.get("sort") or "-bill_date")
    if sort.lstrip("-") not in SORT_KEYS:
        raise ValidationFailed.field(
            "sort", f"Unknown sort field. Use one of: {', '.join(SORT_KEYS)} (prefix - to reverse)."
        )
    start, end = query_date(p, "start_date"), query_date(p, "end_date")
    gte = filter_moment("last_modified_at__gte", p.get("last_modified_at__gte"))
    lte = filter_moment("last_modified_at__lte", p.get("last_modified_at__lte"), whole_day=True)
    deleted = bool(p.get("include_deleted"))
    status, currency = p.get("status"), p.get("currency")
    q = str(p.get("q") or "").strip().lower()
    found: list[tuple[Row, Bill | None]] = []
    today = ws.clock.today()
    for _, row in sorted(dict.items(ws.table(BILLS))):
        if is_deleted(row) != deleted:
            continue
        moment = parse_moment(str(row.get("last_modified_at")))
        if (gte is not None and moment < gte) or (lte is not None and moment > lte):
            continue
        if deleted:
            found.append((row, None))
            continue
        day = str(row.get("bill_date") or "")
        if (vendors and row.get("vendor") not in vendors) or (entities and row.get("entity") not in entities):
            continue
        if (
            (start and day < start.isoformat())
            or (end and day > end.isoformat())
            or (currency and row.get("currency") != currency)
        ):
            continue
        if q and q not in _text(ws, row):
            continue
        bill = Bill.of(ws, row)
        if status and not _status_holds(bill, str(status), today):
            continue
        found.append((row, bill))
    field, reverse = sort.lstrip("-"), sort.startswith("-")
    found.sort(key=lambda pair: (_sort_value(pair, field, today, ws), int(pair[0]["id"])), reverse=reverse)
    return [row for row, _ in found]


def _text(ws: Workspace, row: Row) -> str:
    vendor = ws.refs["vendor"].look(row.get("vendor") or -1, {})
    parts = [row.get("bill_number"), vendor.get("name"), row.get("mailing_address"), row.get("message_on_bill")]
    parts += [ln.get("description") for ln in row.get("lines") or []]
    return " ".join(str(x) for x in parts if x).lower()


def _sort_value(pair: tuple[Row, Bill | None], field: str, today: date, ws: Workspace) -> t.Any:
    row, bill = pair
    if bill is not None and field in ("total_amount", "amount_due", "amount_paid", "past_due_days"):
        value = getattr(bill, field) if field != "past_due_days" else None
        return dec(value if value is not None else (bill.past_due_days(today) or -1))
    if field == "vendor_name":
        return str(ws.refs["vendor"].look(row.get("vendor") or -1, {}).get("name") or "")
    if field == "id":
        return int(row["id"])
    return str(row.get(field) or "")


__all__ = ["SORT_KEYS", "filter_bills"]
