"""Report input: one row per invoice line, and the columnar ``ReportTable`` the engine reads.

An invoice's ``amount_paid`` and ``amount_due`` are allocated to its lines in
proportion to each line's share of the invoice total (the last line takes the
rounding remainder), so grouping by a line-level dimension such as ``product_id``
still adds up to the invoice totals. ``count`` counts distinct invoices.

Dimensions are stored as integer codes into a list of keys (``None`` is a key like
any other, so nulls group together); dates as days since 1970-01-01 and
instants (``paid_at``, ``updated_at``, ``created_at``) as seconds since 1970-01-01 UTC, with ``NO_DATE`` for a
missing one. ``assemble`` is the one place a table is put together, from per-invoice heads and
per-line values: ``TableBuilder`` (rows one by one) and the workspace's incremental table both use it.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import numpy as np
import numpy.typing as npt

from .fields import (
    DATE_FIELDS,
    ID_DIMENSIONS,
    INVOICE,
    INVOICE_DIMENSIONS,
    LINE_DIMENSIONS,
    MEASURES,
    TIMESTAMP_FIELDS,
    Vocabulary,
)

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NO_DATE = np.iinfo(np.int64).min
#: Per invoice, the codes of its invoice-level dimensions, then its dates, then its instants.
HEAD = (*INVOICE_DIMENSIONS, *DATE_FIELDS, *TIMESTAMP_FIELDS)
#: Per line, its line-level dimension codes, then its measures (``TableBuilder.line_values``'s order).
LINE = (*LINE_DIMENSIONS, *MEASURES)

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
    paid_at: datetime | None = None
    updated_at: datetime | None = None
    created_at: datetime | None = None
    #: This line's share of the invoice's discount (``total`` = amount + tax - discount).
    discount: float = 0.0
    #: Whether the invoice has a discount (its own, its lines' or an early-payment one).
    discount_applied: bool = False


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
class SetColumn:
    """A many-valued column (a GL line's tags), sparse: one pair per (row, value), rows ascending and each
    row's values in their order; each value's group (its tag group) and label (its name)."""

    rows: Codes
    values: Codes
    group_of: dict[int, int]
    labels: dict[int, t.Any]


@dataclass
class ReportTable:
    """Column-oriented report rows, laid out in one ``Vocabulary`` (invoice lines unless told otherwise).

    ``invoice_codes`` numbers each row's counted unit (its invoice; for GL lines, the line itself), which
    ``count`` counts distinctly and a detail listing lists one row of.
    """

    size: int
    invoice_codes: Codes
    invoice_count: int
    dimensions: dict[str, Dimension]
    #: Days since 1970 per date field, and seconds since 1970 UTC per instant (``NO_DATE``: none).
    dates: dict[str, Codes]
    measures: dict[str, Floats]
    _cache: dict[str, Dimension] = field(default_factory=dict)
    #: Per detail column, each code's position in sorted order (``reports.detail``).
    sort_ranks: dict[str, Codes] = field(default_factory=dict)
    vocabulary: Vocabulary = INVOICE
    #: Whether each row is its own counted unit (``invoice_codes`` numbers the rows: GL lines), so a count
    #: is a row count and a unit's sum is the row's value.
    row_units: bool = False
    #: Many-valued columns by filter name (``Vocabulary.set_columns``), each made on first use (``set_column``).
    sets: dict[str, t.Callable[[], SetColumn]] = field(default_factory=dict)

    def set_column(self, name: str) -> SetColumn | None:
        """The set column ``name``, made once (``None`` if the table has none)."""
        made = self._sets_made.get(name)
        if made is None and name in self.sets:
            made = self._sets_made[name] = self.sets[name]()
        return made

    _sets_made: dict[str, SetColumn] = field(default_factory=dict)

    @property
    def currency(self) -> Dimension:
        """The dimension giving the currency of each row's money measures."""
        return self.dimensions[self.vocabulary.currency]

    @classmethod
    def from_rows(cls, rows: t.Iterable[ReportRow]) -> ReportTable:
        builder = TableBuilder()
        for row in rows:
            builder.add(row)
        return builder.build()


def day_number(day: date | None) -> int:
    """Days since 1970-01-01, ``NO_DATE`` for none."""
    return NO_DATE if day is None else day.toordinal() - EPOCH_ORDINAL


def second_number(moment: datetime | None) -> int:
    """Whole seconds since 1970-01-01 UTC (a naive time is read as UTC), ``NO_DATE`` for none."""
    if moment is None:
        return NO_DATE
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int((moment - EPOCH).total_seconds() // 1)


def assemble(
    heads: Codes,
    line_head: Codes,
    line_invoice: Codes,
    invoice_count: int,
    lines: Floats,
    keys: dict[str, list[t.Any]],
    labels: dict[str, list[t.Any]],
) -> ReportTable:
    """A table from per-invoice ``heads`` (one ``HEAD`` row each) and per-line ``lines`` (one ``LINE`` row each):
    ``line_head`` is each line's head, ``line_invoice`` its distinct invoice (for counts)."""
    heads = heads.reshape(-1, len(HEAD))
    lines = lines.reshape(-1, len(LINE))
    spread = heads[line_head] if len(line_head) else np.zeros((0, len(HEAD)), dtype=np.int64)
    columns = {name: np.ascontiguousarray(spread[:, i]) for i, name in enumerate(HEAD)}
    dimensions = {d: Dimension(columns[d], keys[d], labels[d]) for d in INVOICE_DIMENSIONS}
    for i, d in enumerate(LINE_DIMENSIONS):
        dimensions[d] = Dimension(lines[:, i].astype(np.int64), keys[d], labels[d])
    offset = len(LINE_DIMENSIONS)
    return ReportTable(
        size=len(line_head),
        invoice_codes=line_invoice,
        invoice_count=invoice_count,
        dimensions=dimensions,
        dates={name: columns[name] for name in (*DATE_FIELDS, *TIMESTAMP_FIELDS)},
        measures={m: np.ascontiguousarray(lines[:, offset + i]) for i, m in enumerate(MEASURES)},
    )


class TableBuilder:
    """Accumulates rows, assigning dimension codes as keys appear.

    ``code()`` is the registry of dimension codes (it only grows, so codes handed out stay
    valid); ``head()`` and ``line_values()`` lay out one invoice and one line as ``assemble``
    reads them. ``add(ReportRow)`` then ``build()`` is the convenient way for whole tables.
    """

    def __init__(self) -> None:
        dims = (*INVOICE_DIMENSIONS, *LINE_DIMENSIONS)
        self._index: dict[str, dict[t.Any, int]] = {d: {} for d in dims}
        self._labels: dict[str, list[t.Any]] = {d: [] for d in dims}
        self._keys: dict[str, list[t.Any]] = {d: [] for d in dims}
        self._heads: list[tuple[int, ...]] = []
        self._lines: list[tuple[float, ...]] = []
        self._line_head: list[int] = []
        self._line_invoice: list[int] = []
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

    def head(
        self,
        keys: t.Mapping[str, tuple[t.Any, t.Any]],
        days: t.Mapping[str, date | None],
        instants: t.Mapping[str, datetime | None],
    ) -> tuple[int, ...]:
        """One invoice's ``HEAD`` row: ``keys`` maps each invoice-level dimension to (key, label)."""
        code = self.code
        return (
            *[code(d, *keys[d]) for d in INVOICE_DIMENSIONS],
            *[day_number(days[d]) for d in DATE_FIELDS],
            *[second_number(instants.get(name)) for name in TIMESTAMP_FIELDS],
        )

    def line_values(
        self,
        product: tuple[t.Any, t.Any],
        department: tuple[t.Any, t.Any],
        amount: float,
        amount_paid: float,
        amount_due: float,
        tax: float,
        quantity: float,
        discount: float = 0.0,
    ) -> tuple[float, ...]:
        """One line's ``LINE`` row (its product and department as (key, label)), in ``LINE``'s order;
        its ``total`` is amount + tax - discount."""
        return (
            float(self.code("product_id", *product)),
            float(self.code("department_id", *department)),
            float(amount),
            float(amount_paid),
            float(amount_due),
            float(tax),
            float(quantity),
            float(discount),
            float(amount) + float(tax) - float(discount),
        )

    def add(self, row: ReportRow) -> None:
        """Add one row; rows that agree on every invoice-level field share one head."""
        keys = {d: (getattr(row, d), getattr(row, ID_DIMENSIONS.get(d, d))) for d in INVOICE_DIMENSIONS}
        days = {d: getattr(row, d) for d in DATE_FIELDS}
        instants = {name: getattr(row, name) for name in TIMESTAMP_FIELDS}
        signature = (*keys.values(), *days.values(), *instants.values())
        entry = self._entries.get(signature)
        if entry is None:
            self._heads.append(self.head(keys, days, instants))
            entry = self._entries[signature] = len(self._heads) - 1
        self._lines.append(
            self.line_values(
                (row.product_id, row.product_name),
                (row.department_id, row.department_name),
                row.amount,
                row.amount_paid,
                row.amount_due,
                row.tax,
                row.quantity,
                row.discount,
            )
        )
        self._line_head.append(entry)
        self._line_invoice.append(self._invoice_ids.setdefault(row.invoice_id, len(self._invoice_ids)))

    def build(self) -> ReportTable:
        return assemble(
            np.asarray(self._heads, dtype=np.int64),
            np.asarray(self._line_head, dtype=np.int64),
            np.asarray(self._line_invoice, dtype=np.int64),
            len(self._invoice_ids),
            np.asarray(self._lines, dtype=np.float64),
            self._keys,
            self._labels,
        )
