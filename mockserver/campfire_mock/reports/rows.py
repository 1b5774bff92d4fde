"""Report input: one row per invoice line, and the columnar ``ReportTable`` the engine reads.

An invoice's ``amount_paid`` and ``amount_due`` are allocated to its lines in
proportion to each line's share of the invoice total (the last line takes the
rounding remainder), so grouping by a line-level dimension such as ``product_id``
still adds up to the invoice totals. ``count`` counts distinct invoices.

Dimensions are stored as integer codes into a list of keys (``None`` is a key like
any other, so nulls group together); dates as days since 1970-01-01, with
``NO_DATE`` for a missing paid date.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
NO_DATE = np.iinfo(np.int64).min
ID_DIMENSIONS = {
    "client_id": "client_name",
    "entity_id": "entity_name",
    "contract_id": "contract_name",
    "product_id": "product_name",
    "department_id": "department_name",
    "invoice_id": "invoice_number",
}
PLAIN_DIMENSIONS = ("currency", "payment_status", "terms")
DATE_COLUMNS = ("invoice_date", "due_date", "paid_date")
MEASURES = ("amount", "amount_paid", "amount_due", "tax", "quantity")

Codes = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class ReportRow:
    invoice_id: int
    invoice_number: str
    client_id: int | None
    client_name: str | None
    entity_id: int
    entity_name: str | None
    contract_id: int | None
    contract_name: str | None
    product_id: int | None
    product_name: str | None
    department_id: int | None
    department_name: str | None
    currency: str
    payment_status: str
    terms: str | None
    invoice_date: date
    due_date: date
    paid_date: date | None
    amount: float
    amount_paid: float
    amount_due: float
    tax: float
    quantity: float


@dataclass
class Dimension:
    """Codes per row, and per code its key and display label."""

    codes: Codes
    keys: list[t.Any]
    labels: list[t.Any]

    def code_of(self, key: t.Any) -> int | None:
        try:
            return self.keys.index(key)
        except ValueError:
            return None


@dataclass
class ReportTable:
    """Column-oriented report rows."""

    size: int
    invoice_codes: Codes
    invoice_count: int
    dimensions: dict[str, Dimension]
    dates: dict[str, Codes]
    measures: dict[str, Floats]
    _cache: dict[str, Dimension] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: t.Iterable[ReportRow]) -> ReportTable:
        builder = TableBuilder()
        for row in rows:
            builder.add(row)
        return builder.build()


class TableBuilder:
    """Accumulates rows column by column, assigning dimension codes as keys appear."""

    def __init__(self) -> None:
        self._codes: dict[str, list[int]] = {d: [] for d in (*ID_DIMENSIONS, *PLAIN_DIMENSIONS)}
        self._index: dict[str, dict[t.Any, int]] = {d: {} for d in self._codes}
        self._labels: dict[str, list[t.Any]] = {d: [] for d in self._codes}
        self._keys: dict[str, list[t.Any]] = {d: [] for d in self._codes}
        self._dates: dict[str, list[int]] = {d: [] for d in DATE_COLUMNS}
        self._measures: dict[str, list[float]] = {m: [] for m in MEASURES}
        self._invoices: dict[int, int] = {}
        self._invoice_codes: list[int] = []

    def add(self, row: ReportRow) -> None:
        for dim, name_field in ID_DIMENSIONS.items():
            self._code(dim, getattr(row, dim), getattr(row, name_field))
        for dim in PLAIN_DIMENSIONS:
            value = getattr(row, dim)
            self._code(dim, value, value)
        for col in DATE_COLUMNS:
            day = getattr(row, col)
            self._dates[col].append(day.toordinal() - EPOCH_ORDINAL if day is not None else NO_DATE)
        for m in MEASURES:
            self._measures[m].append(getattr(row, m))
        self._invoice_codes.append(self._invoices.setdefault(row.invoice_id, len(self._invoices)))

    def _code(self, dim: str, key: t.Any, label: t.Any) -> None:
        index = self._index[dim]
        code = index.get(key)
        if code is None:
            code = index[key] = len(self._keys[dim])
            self._keys[dim].append(key)
            self._labels[dim].append(label)
        self._codes[dim].append(code)

    def build(self) -> ReportTable:
        return ReportTable(
            size=len(self._invoice_codes),
            invoice_codes=np.asarray(self._invoice_codes, dtype=np.int64),
            invoice_count=len(self._invoices),
            dimensions={
                d: Dimension(np.asarray(c, dtype=np.int64), self._keys[d], self._labels[d])
                for d, c in self._codes.items()
            },
            dates={c: np.asarray(v, dtype=np.int64) for c, v in self._dates.items()},
            measures={m: np.asarray(v, dtype=np.float64) for m, v in self._measures.items()},
        )
