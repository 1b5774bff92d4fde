"""Parse report query parameters into a frozen ``ReportQuery``; bad input is a 400
that names the parameter and lists what is allowed.

* Multi-value parameters are comma-separated (``client_id=1,2``); ``null`` stands
  for "no value" (``product_id=null``: lines without a product).
* ``aggregation_fields`` items are ``func:field`` (``sum:amount``); a bare field means
  ``sum``; ``count`` counts distinct invoices (``count:invoice_id``).
* ``start_date``/``end_date`` bound ``invoice_date``; the extensions
  ``due_start_date``/``due_end_date`` and ``paid_start_date``/``paid_end_date`` bound
  the other two dates (``paid_start_date=null``: not paid).
* ``group_keys`` selects parent groups for drill-down: comma-separated keys of the
  first group fields, in order; ``null`` is the key of the no-value group.
* ``sort`` (extension) orders result rows by any result column, ``-`` for descending;
  by default rows are ordered by their group key, nulls last.
* ``limit`` defaults to 100 and may be at most 10000.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import date

from ..errors import ValidationFailed
from .grouping import BUCKETS

BASE_DIMENSIONS = (
    "client_id",
    "invoice_id",
    "entity_id",
    "contract_id",
    "product_id",
    "department_id",
    "currency",
    "payment_status",
    "terms",
)
DATE_FIELDS = ("invoice_date", "due_date", "paid_date")
DIMENSIONS = BASE_DIMENSIONS + tuple(f"{f}_{b}" for f in DATE_FIELDS for b in BUCKETS)
FUNCTIONS = ("sum", "avg", "min", "max", "count")
MEASURES = ("amount", "amount_paid", "amount_due", "tax", "quantity")
STATUSES = ("draft", "open", "sent", "partial", "paid", "uncollectible", "voided")
MODES = ("paginated", "full", "csv")
MAX_LIMIT = 10_000
DEFAULT_LIMIT = 100
NULL = "null"


@dataclass(frozen=True)
class ReportQuery:
    group_fields: tuple[str, ...] = ("client_id",)
    pivot_fields: tuple[str, ...] = ()
    should_pivot: bool = False
    aggregations: tuple[tuple[str, str], ...] = (("sum", "amount"),)
    client_ids: tuple[int | None, ...] = ()
    contract_ids: tuple[int | None, ...] = ()
    department_ids: tuple[int | None, ...] = ()
    product_ids: tuple[int | None, ...] = ()
    entity_ids: tuple[int | None, ...] = ()
    invoice_ids: tuple[int | None, ...] = ()
    currencies: tuple[str | None, ...] = ()
    payment_statuses: tuple[str | None, ...] = ()
    terms: tuple[str | None, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    due_start_date: date | None = None
    due_end_date: date | None = None
    paid_start_date: date | None = None
    paid_end_date: date | None = None
    unpaid_only: bool = False
    group_keys: tuple[str, ...] = ()
    include_totals: bool = False
    sort: str | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0
    mode: str = "paginated"

    def value_filters(self) -> list[tuple[str, tuple[t.Any, ...]]]:
        """(dimension, wanted values) for every dimension filter, given or not."""
        return [
            ("client_id", self.client_ids),
            ("contract_id", self.contract_ids),
            ("department_id", self.department_ids),
            ("product_id", self.product_ids),
            ("entity_id", self.entity_ids),
            ("invoice_id", self.invoice_ids),
            ("currency", self.currencies),
            ("payment_status", self.payment_statuses),
            ("terms", self.terms),
        ]

    @property
    def level(self) -> int:
        """Index in ``group_fields`` of the dimension this request groups by."""
        return len(self.group_keys)

    @classmethod
    def from_params(cls, p: t.Mapping[str, t.Any]) -> ReportQuery:
        errors: dict[str, list[str]] = {}

        def split(name: str) -> tuple[str, ...]:
            raw = p.get(name)
            if raw is None or raw == "":
                return ()
            return tuple(s.strip() for s in str(raw).split(",") if s.strip())

        def dims(name: str) -> tuple[str, ...]:
            values = split(name)
            bad = [v for v in values if v not in DIMENSIONS]
            if bad:
                errors[name] = [f"Unknown field(s) {', '.join(bad)}. Allowed: {', '.join(DIMENSIONS)}."]
            return values

        def ids(name: str) -> tuple[int | None, ...]:
            try:
                return tuple(None if v == NULL else int(v) for v in split(name))
            except ValueError:
                errors[name] = ["Give comma-separated integer ids (or null)."]
                return ()

        def words(name: str, allowed: t.Sequence[str] | None = None) -> tuple[str | None, ...]:
            values = split(name)
            if allowed is not None:
                bad = [v for v in values if v not in allowed and v != NULL]
                if bad:
                    errors[name] = [f"Unknown value(s) {', '.join(bad)}. Allowed: {', '.join(allowed)}."]
            return tuple(None if v == NULL else v for v in values)

        def day(name: str) -> date | None:
            raw = p.get(name)
            if not raw or raw == NULL:
                return None
            try:
                return date.fromisoformat(str(raw))
            except ValueError:
                errors[name] = ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]
                return None

        aggregations: list[tuple[str, str]] = []
        for item in split("aggregation_fields"):
            func, _, field = item.rpartition(":")
            func = func or "sum"
            if func not in FUNCTIONS:
                errors.setdefault("aggregation_fields", []).append(
                    f"Unknown function {func!r}. Allowed: {', '.join(FUNCTIONS)}."
                )
            elif field == "invoice_id" and func == "count":
                aggregations.append((func, field))
            elif field not in MEASURES:
                allowed = ", ".join((*MEASURES, "invoice_id (count only)"))
                errors.setdefault("aggregation_fields", []).append(f"Unknown field {field!r}. Allowed: {allowed}.")
            else:
                aggregations.append((func, field))
        mode = p.get("mode") or "paginated"
        if mode not in MODES:
            errors["mode"] = [f"Unknown mode {mode!r}. Allowed: {', '.join(MODES)}."]
        limit = p.get("limit")
        if limit is not None and not 0 <= int(limit) <= MAX_LIMIT:
            errors["limit"] = [f"Ensure this value is between 0 and {MAX_LIMIT}."]
        offset = int(p.get("offset") or 0)
        if offset < 0:
            errors["offset"] = ["Ensure this value is greater than or equal to 0."]
        group_fields = dims("group_fields") or ("client_id",)
        pivot_fields = dims("pivot_fields")
        group_keys = split("group_keys")
        if group_keys and len(group_keys) >= len(group_fields):
            errors["group_keys"] = [
                f"Give at most {len(group_fields) - 1} key(s): one per parent level of group_fields"
                f" ({', '.join(group_fields)})."
            ]
        sort = p.get("sort") or None
        query = cls(
            group_fields=group_fields,
            pivot_fields=pivot_fields,
            should_pivot=bool(p.get("should_pivot", p.get("shouldPivot", False))) and bool(pivot_fields),
            aggregations=tuple(aggregations) or (("sum", "amount"),),
            client_ids=ids("client_id"),
            contract_ids=ids("contract_id"),
            department_ids=ids("department_id"),
            product_ids=ids("product_id"),
            entity_ids=ids("entity_id"),
            invoice_ids=ids("invoice_id"),
            currencies=words("currency"),
            payment_statuses=words("payment_status", STATUSES),
            terms=words("terms"),
            start_date=day("start_date"),
            end_date=day("end_date"),
            due_start_date=day("due_start_date"),
            due_end_date=day("due_end_date"),
            paid_start_date=day("paid_start_date"),
            paid_end_date=day("paid_end_date"),
            unpaid_only=p.get("paid_start_date") == NULL,
            group_keys=group_keys,
            include_totals=bool(p.get("include_totals", False)),
            sort=sort,
            limit=int(limit) if limit is not None else DEFAULT_LIMIT,
            offset=offset,
            mode=mode,
        )
        if errors:
            raise ValidationFailed(dict(errors))
        return query
