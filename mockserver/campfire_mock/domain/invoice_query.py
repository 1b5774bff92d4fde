"""Filters and ordering of ``GET /coa/api/v1/invoice/``.

``status`` words map onto payment status and aging: ``paid``, ``partially_paid``
(partial), ``sent``, ``uncollectible``, ``voided``; ``unpaid`` = open, sent or
partial (money still due); ``current`` = unpaid and not yet due; ``past_due`` =
unpaid and overdue; ``1_30`` ... ``over_120`` = unpaid and that many days overdue,
by the workspace clock. Sorting ties are broken by id in the same direction, so
pages are stable.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import date

from ..errors import ValidationFailed
from .document import UNPAID
from .invoice_order import sorted_invoices
from .models import Invoice, PaymentStatus
from .workspace import Workspace

AGING = {"1_30": (1, 30), "31_60": (31, 60), "61_90": (61, 90), "91_120": (91, 120), "over_120": (121, None)}
SORT_KEYS = (
    "invoice_date",
    "due_date",
    "invoice_number",
    "total_amount",
    "amount_due",
    "client_name",
    "contract_name",
    "created_at",
    "last_modified_at",
    "id",
    "paid_date",
)


def query_date(params: t.Mapping[str, t.Any], name: str) -> date | None:
    """The date query parameter ``name`` (YYYY-MM-DD), ``None`` if not given; a bad one is DRF's 400."""
    value = params.get(name)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationFailed.field(name, "Enter a valid date.") from None


@dataclass(frozen=True)
class InvoiceQuery:
    clients: tuple[int, ...] = ()
    entities: tuple[int, ...] = ()
    contract: int | None = None
    currency: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    paid_from: date | None = None
    paid_to: date | None = None
    invoice_number: str | None = None
    ref_number: str | None = None
    parent_client: int | None = None
    #: Invoices with at least one line carrying this tag, or a tag of this tag group.
    line_tag: int | None = None
    line_tag_group: int | None = None
    q: str | None = None
    sent_status: str | None = None
    status: str | None = None
    #: Exact ``payment_status`` and a substring of the invoice number (bulk-apply-payment's filters).
    payment_status: str | None = None
    number_contains: str | None = None
    sort: str = "-invoice_date"

    @classmethod
    def from_params(cls, p: dict[str, t.Any]) -> InvoiceQuery:
        if p.get("sort") in (None, "", "-invoice_date") and all(
            p[name] is None or p[name] == [] for name in _FILTERS.intersection(p)
        ):
            return _EVERY  # no filter given, the default order: the most common list (frozen, so shared)
        sort = p.get("sort") or "-invoice_date"
        if sort.lstrip("-") not in SORT_KEYS:
            raise ValidationFailed.field(
                "sort", f"Unknown sort field. Use one of: {', '.join(SORT_KEYS)} (prefix - to reverse)."
            )

        def ints(value: t.Any) -> tuple[int, ...]:
            if value is None:
                return ()
            return tuple(value) if isinstance(value, list) else (value,)

        return cls(
            clients=ints(p.get("client")),
            entities=ints(p.get("entity")),
            contract=p.get("contract"),
            currency=p.get("currency") or None,
            start_date=query_date(p, "start_date"),
            end_date=query_date(p, "end_date"),
            paid_from=query_date(p, "paid_date_from"),
            paid_to=query_date(p, "paid_date_to"),
            invoice_number=p.get("invoice_number") or None,
            ref_number=p.get("ref_number") or None,
            parent_client=p.get("parent_client"),
            line_tag=p.get("line_tag_id"),
            line_tag_group=p.get("line_tag_group_id"),
            q=(p.get("q") or "").strip().lower() or None,
            sent_status=p.get("sent_status") or p.get("sentStatus"),
            status=p.get("status"),
            sort=sort,
        )

    @classmethod
    def from_bulk_filters(cls, filters: dict[str, t.Any]) -> InvoiceQuery:
        """The query behind ``bulk-apply-payment``'s ``filters`` (entity, client, status, max_date, search)."""
        max_date = filters.get("max_date")
        return cls(
            entities=(filters["entity"],) if filters.get("entity") is not None else (),
            clients=(filters["client"],) if filters.get("client") is not None else (),
            payment_status=filters.get("status") or None,
            end_date=date.fromisoformat(max_date) if max_date else None,
            number_contains=(filters.get("search_query") or "").strip().lower() or None,
            sort="invoice_date",
        )


#: Every parameter ``InvoiceQuery.from_params`` reads but ``sort``: none given (or each ``None``, a list ``[]``)
#: is the query of every invoice.
_FILTERS = frozenset(
    {
        "client",
        "entity",
        "contract",
        "currency",
        "start_date",
        "end_date",
        "paid_date_from",
        "paid_date_to",
        "invoice_number",
        "ref_number",
        "parent_client",
        "line_tag_id",
        "line_tag_group_id",
        "q",
        "sent_status",
        "sentStatus",
        "status",
    }
)
_EVERY = InvoiceQuery()


def _status_ok(inv: Invoice, status: str, today: date) -> bool:
    ps = inv.payment_status
    if status == "paid":
        return ps == PaymentStatus.PAID
    if status == "partially_paid":
        return ps == PaymentStatus.PARTIAL
    if status in ("sent", "uncollectible", "voided"):
        return ps.value == status
    if ps not in UNPAID:
        return False
    overdue = inv.past_due_days(today) or 0
    if status == "unpaid":
        return True
    if status == "current":
        return overdue <= 0
    if status == "past_due":
        return overdue > 0
    low, high = AGING[status]
    return overdue >= low and (high is None or overdue <= high)


def _descendants(ws: Workspace, root: int) -> set[int]:
    found = {root}
    changed = True
    while changed:
        changed = False
        for vendor in ws.refs["vendor"].values():
            if vendor.get("parent") in found and vendor["id"] not in found:
                found.add(vendor["id"])
                changed = True
    return found


Predicate = t.Callable[[Invoice], bool]


def _field_predicates(query: InvoiceQuery) -> t.Iterator[Predicate]:
    """One test per filter the query sets on the invoice's own fields."""
    if query.clients:
        yield lambda inv: inv.client in query.clients
    if query.entities:
        yield lambda inv: inv.entity in query.entities
    if query.contract is not None:
        yield lambda inv: inv.contract == query.contract
    if query.line_tag is not None:
        yield lambda inv: any(query.line_tag in (ln.extra.get("tag_ids") or ()) for ln in inv.lines)
    if query.line_tag_group is not None:
        yield lambda inv: any(query.line_tag_group in (ln.extra.get("tag_group_ids") or ()) for ln in inv.lines)
    if query.currency:
        yield lambda inv: inv.currency == query.currency
    if query.start_date:
        yield lambda inv: inv.invoice_date >= t.cast(date, query.start_date)
    if query.end_date:
        yield lambda inv: inv.invoice_date <= t.cast(date, query.end_date)
    if query.paid_from:
        yield lambda inv: inv.paid_date is not None and inv.paid_date >= t.cast(date, query.paid_from)
    if query.paid_to:
        yield lambda inv: inv.paid_date is not None and inv.paid_date <= t.cast(date, query.paid_to)
    if query.invoice_number:
        yield lambda inv: inv.invoice_number == query.invoice_number
    if query.number_contains:
        yield lambda inv: t.cast(str, query.number_contains) in inv.invoice_number.lower()
    if query.ref_number:
        yield lambda inv: inv.extra.get("ref_number") == query.ref_number
    if query.sent_status in ("sent", "not_sent"):
        yield lambda inv: (inv.sent_date is not None) == (query.sent_status == "sent")
    if query.payment_status:
        yield lambda inv: inv.payment_status.value == query.payment_status


def _workspace_predicates(ws: Workspace, query: InvoiceQuery) -> t.Iterator[Predicate]:
    """Tests that need the workspace: client families, aging buckets by its clock, text search."""
    if query.parent_client is not None:
        family = _descendants(ws, query.parent_client)
        yield lambda inv: inv.client in family
    if query.status:
        today, status = ws.clock.today(), query.status
        yield lambda inv: _status_ok(inv, status, today)
    if query.q:
        names = {vid: v.get("name") or "" for vid, v in ws.refs["vendor"].items()}
        needle = query.q

        def found(inv: Invoice) -> bool:
            fields = (
                inv.invoice_number,
                names.get(inv.client or -1, ""),
                inv.extra.get("message_on_invoice"),
                inv.extra.get("shipping_address"),
            )
            return needle in " ".join(str(x or "") for x in fields).lower()

        yield found


def filter_invoices(ws: Workspace, query: InvoiceQuery) -> list[Invoice]:
    """The invoices ``query`` selects, in its order."""
    ordered = sorted_invoices(ws, query.sort)
    tests = [*_field_predicates(query), *_workspace_predicates(ws, query)]
    if not tests:
        return ordered
    return [inv for inv in ordered if all(test(inv) for test in tests)]
