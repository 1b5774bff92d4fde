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
from ..limits import DEFAULT_LIMIT, MAX_LIMIT
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
        """Read query parameters (plain or ORM names); every problem is collected into one 400."""
        p = plain_names(p)
        read = _Reader(p)
        group_fields = read.dimensions("group_fields") or ("client_id",)
        pivot_fields = read.dimensions("pivot_fields")
        group_keys = read.group_keys(group_fields)
        limit, offset = read.paging()
        query = cls(
            group_fields=group_fields,
            pivot_fields=pivot_fields,
            should_pivot=bool(p.get("should_pivot", p.get("shouldPivot", False))) and bool(pivot_fields),
            aggregations=read.aggregations() or (("sum", "amount"),),
            **{f"{name.removesuffix('_id')}_ids": read.ids(name) for name in ID_FILTERS},  # type: ignore[arg-type]
            currencies=read.words("currency"),
            payment_statuses=read.words("payment_status", STATUSES),
            terms=read.words("terms"),
            **{name: read.day(name) for name in DATE_FILTERS},  # type: ignore[arg-type]
            unpaid_only=p.get("paid_start_date") == NULL,
            group_keys=group_keys,
            include_totals=bool(p.get("include_totals", False)),
            sort=p.get("sort") or None,
            limit=limit,
            offset=offset,
            mode=read.choice("mode", MODES, "paginated"),
        )
        if read.errors:
            raise ValidationFailed(dict(read.errors))
        return query


#: Campfire's ORM spelling of each report filter (``filter_params`` in its report example:
#: ``{"invoice__client_id": 42}``). Rows answer with these names; queries take either.
ORM_NAMES = {
    "client_id": "invoice__client_id",
    "entity_id": "invoice__entity_id",
    "contract_id": "invoice__contract_id",
    "currency": "invoice__currency",
    "payment_status": "invoice__payment_status",
    "terms": "invoice__terms",
    "start_date": "invoice__invoice_date__gte",
    "end_date": "invoice__invoice_date__lte",
    "due_start_date": "invoice__due_date__gte",
    "due_end_date": "invoice__due_date__lte",
    "paid_start_date": "invoice__paid_date__gte",
    "paid_end_date": "invoice__paid_date__lte",
}


def plain_names(params: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
    """Report parameters with Campfire's ORM names read as the plain ones (a plain name given too wins)."""
    out = dict(params)
    for plain, orm in ORM_NAMES.items():
        if orm in out:
            value = out.pop(orm)
            out.setdefault(plain, value)
    return out


def orm_names(params: dict[str, t.Any]) -> dict[str, t.Any]:
    """Filter parameters as Campfire's ``filter_params`` spell them."""
    return {ORM_NAMES.get(name, name): value for name, value in params.items()}


#: Id filters (``client_id`` -> ``ReportQuery.client_ids``) and date bounds, by parameter name.
ID_FILTERS = ("client_id", "contract_id", "department_id", "product_id", "entity_id", "invoice_id")
DATE_FILTERS = ("start_date", "end_date", "due_start_date", "due_end_date", "paid_start_date", "paid_end_date")
#: Ids are 64-bit, as the table's codes.
MAX_ID = 2**63 - 1


class _Reader:
    """Reads report parameters one kind at a time, noting each problem under its parameter."""

    def __init__(self, params: t.Mapping[str, t.Any]) -> None:
        self.p = params
        self.errors: dict[str, list[str]] = {}

    def split(self, name: str) -> tuple[str, ...]:
        raw = self.p.get(name)
        if raw is None or raw == "":
            return ()
        return tuple(s.strip() for s in str(raw).split(",") if s.strip())

    def dimensions(self, name: str) -> tuple[str, ...]:
        values = self.split(name)
        bad = [v for v in values if v not in DIMENSIONS]
        if bad:
            self.errors[name] = [f"Unknown field(s) {', '.join(bad)}. Allowed: {', '.join(DIMENSIONS)}."]
        return values

    def ids(self, name: str) -> tuple[int | None, ...]:
        try:
            values = tuple(None if v == NULL else int(v) for v in self.split(name))
        except ValueError:
            self.errors[name] = ["Give comma-separated integer ids (or null)."]
            return ()
        if any(v is not None and abs(v) > MAX_ID for v in values):
            self.errors[name] = [f"Ensure each id is at most {MAX_ID}."]
            return ()
        return values

    def words(self, name: str, allowed: t.Sequence[str] | None = None) -> tuple[str | None, ...]:
        values = self.split(name)
        if allowed is not None:
            bad = [v for v in values if v not in allowed and v != NULL]
            if bad:
                self.errors[name] = [f"Unknown value(s) {', '.join(bad)}. Allowed: {', '.join(allowed)}."]
        return tuple(None if v == NULL else v for v in values)

    def day(self, name: str) -> date | None:
        raw = self.p.get(name)
        if not raw or raw == NULL:
            return None
        try:
            return date.fromisoformat(str(raw))
        except ValueError:
            self.errors[name] = ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]
            return None

    def choice(self, name: str, allowed: t.Sequence[str], default: str) -> str:
        value = self.p.get(name) or default
        if value not in allowed:
            self.errors[name] = [f"Unknown {name} {value!r}. Allowed: {', '.join(allowed)}."]
        return str(value)

    def aggregations(self) -> tuple[tuple[str, str], ...]:
        found: list[tuple[str, str]] = []
        for item in self.split("aggregation_fields"):
            func, _, field = item.rpartition(":")
            func = func or "sum"
            if func not in FUNCTIONS:
                problem = f"Unknown function {func!r}. Allowed: {', '.join(FUNCTIONS)}."
            elif field in MEASURES or (field == "invoice_id" and func == "count"):
                found.append((func, field))
                continue
            else:
                problem = f"Unknown field {field!r}. Allowed: {', '.join((*MEASURES, 'invoice_id (count only)'))}."
            self.errors.setdefault("aggregation_fields", []).append(problem)
        return tuple(found)

    def group_keys(self, group_fields: tuple[str, ...]) -> tuple[str, ...]:
        keys = self.split("group_keys")
        if keys and len(keys) >= len(group_fields):
            self.errors["group_keys"] = [
                f"Give at most {len(group_fields) - 1} key(s): one per parent level of group_fields"
                f" ({', '.join(group_fields)})."
            ]
        return keys

    def paging(self) -> tuple[int, int]:
        limit, offset = self.p.get("limit"), int(self.p.get("offset") or 0)
        if limit is not None and not 0 <= int(limit) <= MAX_LIMIT:
            self.errors["limit"] = [f"Ensure this value is between 0 and {MAX_LIMIT}."]
        if offset < 0:
            self.errors["offset"] = ["Ensure this value is greater than or equal to 0."]
        return (int(limit) if limit is not None else DEFAULT_LIMIT), offset
