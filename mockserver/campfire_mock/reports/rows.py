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
#: The measures that are money in the invoice's currency: never added across currencies.
MONEY = frozenset({"amount", "amount_paid", "amount_due", "tax"})

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


INVOICE_DIMENSIONS = ("client_id", "entity_id", "contract_id", "invoice_id", "currency", "payment_status", "terms")
LINE_DIMENSIONS = ("product_id", "department_id")


class TableBuilder:
    """Accumulates rows column by column, assigning dimension codes as keys appear.

    ``invoice()`` then ``line()`` per line is the fast path: invoice-level codes and
    dates are stored once per invoice and spread over its lines by numpy at
    ``build()``. ``add(ReportRow)`` is the convenient one.
    """

    def __init__(self) -> None:
        dims = (*INVOICE_DIMENSIONS, *LINE_DIMENSIONS)
        self._index: dict[str, dict[t.Any, int]] = {d: {} for d in dims}
        self._labels: dict[str, list[t.Any]] = {d: [] for d in dims}
        self._keys: dict[str, list[t.Any]] = {d: [] for d in dims}
        self._invoice_level: list[tuple[int, ...]] = []  # per invoice: 7 codes then 3 dates
        self._line_invoice: list[int] = []  # per line: its invoice-level entry
        self._line_invoice_code: list[int] = []  # per line: its distinct invoice (for counts)
        self._products: list[int] = []
        self._departments: list[int] = []
        self._amount: list[float] = []
        self._paid: list[float] = []
        self._due: list[float] = []
        self._tax: list[float] = []
        self._quantity: list[float] = []
        self._entries: dict[tuple[t.Any, ...], int] = {}
        self._invoice_ids: dict[t.Any, int] = {}

    @property
    def keys(self) -> dict[str, list[t.Any]]:
        """Per dimension, the key of each code."""
        return self._keys

    @property
    def labels(self) -> dict[str, list[t.Any]]:
        """Per dimension, the display label of each code."""
        return self._labels

    def code(self, dim: str, key: t.Any, label: t.Any) -> int:
        index = self._index[dim]
        code = index.get(key)
        if code is None:
            code = index[key] = len(self._keys[dim])
            self._keys[dim].append(key)
            self._labels[dim].append(label)
        return code

    def invoice(
        self, keys: dict[str, tuple[t.Any, t.Any]], invoice_date: date, due_date: date, paid_date: date | None
    ) -> None:
        """Start an invoice: ``keys`` maps each invoice-level dimension to (key, label)."""
        self._invoice_level.append(
            (
                *(self.code(d, *keys[d]) for d in INVOICE_DIMENSIONS),
                invoice_date.toordinal() - EPOCH_ORDINAL,
                due_date.toordinal() - EPOCH_ORDINAL,
                paid_date.toordinal() - EPOCH_ORDINAL if paid_date is not None else NO_DATE,
            )
        )

    def line(
        self,
        product: tuple[t.Any, t.Any],
        department: tuple[t.Any, t.Any],
        amount: float,
        amount_paid: float,
        amount_due: float,
        tax: float,
        quantity: float,
    ) -> None:
        entry = len(self._invoice_level) - 1
        self._line_invoice.append(entry)
        self._line_invoice_code.append(entry)
        self._products.append(self.code("product_id", *product))
        self._departments.append(self.code("department_id", *department))
        self._amount.append(amount)
        self._paid.append(amount_paid)
        self._due.append(amount_due)
        self._tax.append(tax)
        self._quantity.append(quantity)

    def add(self, row: ReportRow) -> None:
        """Add one row; rows that agree on every invoice-level field share one entry."""
        keys = {
            d: (getattr(row, d), getattr(row, ID_DIMENSIONS[d]) if d in ID_DIMENSIONS else getattr(row, d))
            for d in INVOICE_DIMENSIONS
        }
        signature = (*keys.values(), row.invoice_date, row.due_date, row.paid_date)
        entry = self._entries.get(signature)
        if entry is None:
            self.invoice(keys, row.invoice_date, row.due_date, row.paid_date)
            entry = self._entries[signature] = len(self._invoice_level) - 1
        self.line(
            (row.product_id, row.product_name),
            (row.department_id, row.department_name),
            row.amount,
            row.amount_paid,
            row.amount_due,
            row.tax,
            row.quantity,
        )
        self._line_invoice[-1] = entry
        self._line_invoice_code[-1] = self._invoice_ids.setdefault(row.invoice_id, len(self._invoice_ids))

    def build(self) -> ReportTable:
        line_invoice = np.asarray(self._line_invoice, dtype=np.int64)
        width = len(INVOICE_DIMENSIONS) + len(DATE_COLUMNS)
        per_invoice = np.asarray(self._invoice_level, dtype=np.int64).reshape(-1, width)
        spread = per_invoice[line_invoice] if len(line_invoice) else np.zeros((0, width), dtype=np.int64)
        dimensions = {
            d: Dimension(np.ascontiguousarray(spread[:, i]), self._keys[d], self._labels[d])
            for i, d in enumerate(INVOICE_DIMENSIONS)
        }
        for d, codes in (("product_id", self._products), ("department_id", self._departments)):
            dimensions[d] = Dimension(np.asarray(codes, dtype=np.int64), self._keys[d], self._labels[d])
        offset = len(INVOICE_DIMENSIONS)
        return ReportTable(
            size=len(line_invoice),
            invoice_codes=np.asarray(self._line_invoice_code, dtype=np.int64),
            invoice_count=int(max(self._line_invoice_code, default=-1)) + 1,
            dimensions=dimensions,
            dates={c: np.ascontiguousarray(spread[:, offset + i]) for i, c in enumerate(DATE_COLUMNS)},
            measures={
                "amount": np.asarray(self._amount, dtype=np.float64),
                "amount_paid": np.asarray(self._paid, dtype=np.float64),
                "amount_due": np.asarray(self._due, dtype=np.float64),
                "tax": np.asarray(self._tax, dtype=np.float64),
                "quantity": np.asarray(self._quantity, dtype=np.float64),
            },
        )
