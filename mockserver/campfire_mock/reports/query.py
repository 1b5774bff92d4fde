"""Parse report query parameters into a frozen ``ReportQuery``; bad input is a 400
that names the parameter and lists what is allowed.

* Multi-value parameters are comma-separated (``client_id=1,2``).
* ``aggregation_fields`` items are ``func:field`` (``sum:amount``); a bare field means sum.
* ``start_date``/``end_date`` bound ``invoice_date`` (inclusive).
* ``group_keys`` selects the parent group for drill-down: comma-separated values of
  the first group fields, in order (``group_keys=42`` with ``group_fields=client_id,product_id``
  returns client 42's rows by product). ``null`` stands for an empty value.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from datetime import date

from ..domain.errors import ValidationFailed

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
BUCKETS = ("day", "week", "month", "quarter", "year")
DIMENSIONS = BASE_DIMENSIONS + tuple(f"{f}_{b}" for f in DATE_FIELDS for b in BUCKETS)
FUNCTIONS = ("sum", "avg", "min", "max", "count")
MEASURES = ("amount", "amount_paid", "amount_due", "tax", "quantity", "invoice_id")
STATUSES = ("draft", "open", "sent", "partial", "paid", "uncollectible", "voided")
MODES = ("paginated", "full", "csv")
MAX_LIMIT = 10_000
DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class ReportQuery:
    group_fields: tuple[str, ...] = ("client_id",)
    pivot_fields: tuple[str, ...] = ()
    should_pivot: bool = False
    aggregations: tuple[tuple[str, str], ...] = (("sum", "amount"),)
    client_ids: tuple[int, ...] = ()
    contract_ids: tuple[int, ...] = ()
    department_ids: tuple[int, ...] = ()
    product_ids: tuple[int, ...] = ()
    entity_ids: tuple[int, ...] = ()
    currency: str | None = None
    payment_statuses: tuple[str, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    group_keys: tuple[str, ...] = ()
    include_totals: bool = False
    limit: int = DEFAULT_LIMIT
    offset: int = 0
    mode: str = "paginated"

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

        def ids(name: str) -> tuple[int, ...]:
            values = split(name)
            try:
                return tuple(int(v) for v in values)
            except ValueError:
                errors[name] = ["Give comma-separated integer ids."]
                return ()

        def day(name: str) -> date | None:
            raw = p.get(name)
            if not raw:
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
            elif field not in MEASURES:
                errors.setdefault("aggregation_fields", []).append(
                    f"Unknown field {field!r}. Allowed: {', '.join(MEASURES)}."
                )
            else:
                aggregations.append((func, field))
        statuses = split("payment_status")
        bad_status = [s for s in statuses if s not in STATUSES]
        if bad_status:
            errors["payment_status"] = [f"Unknown status(es) {', '.join(bad_status)}. Allowed: {', '.join(STATUSES)}."]
        mode = p.get("mode") or "paginated"
        if mode not in MODES:
            errors["mode"] = [f"Unknown mode {mode!r}. Allowed: {', '.join(MODES)}."]
        limit = p.get("limit")
        if limit is not None and not 0 <= int(limit) <= MAX_LIMIT:
            errors["limit"] = [f"Ensure this value is between 0 and {MAX_LIMIT}."]
        offset = p.get("offset") or 0
        if int(offset) < 0:
            errors["offset"] = ["Ensure this value is greater than or equal to 0."]
        group_fields = dims("group_fields") or ("client_id",)
        pivot_fields = dims("pivot_fields")
        group_keys = split("group_keys")
        if len(group_keys) >= len(group_fields) and group_keys:
            errors["group_keys"] = [
                f"Give at most {len(group_fields) - 1} key(s): one per parent level of group_fields."
            ]
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
            currency=p.get("currency") or None,
            payment_statuses=statuses,
            start_date=day("start_date"),
            end_date=day("end_date"),
            group_keys=group_keys,
            include_totals=bool(p.get("include_totals", False)),
            limit=int(limit) if limit is not None else DEFAULT_LIMIT,
            offset=int(offset),
            mode=mode,
        )
        if errors:
            raise ValidationFailed(dict(errors))
        return query
