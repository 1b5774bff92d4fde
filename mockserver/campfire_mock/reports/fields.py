"""The report vocabulary, spelled once: dimensions, dates, measures, functions, parameter names.

Every other module of the engine (and ``domain/report_table.py``, which feeds it) reads
these names from here, so adding a dimension or a date is one edit. There is one ``Vocabulary`` per
row source: ``INVOICE`` (invoice lines, the module's constants) and ``ledger_fields.LEDGER`` (GL lines: the
names Campfire's GL log uses for its fields and filters, ``account``, ``vendor``, ``posted_at``...). A
``ReportTable`` says which one it is laid out in, and a query is read in the same one.
"""

from __future__ import annotations

import typing as t
from dataclasses import dataclass, field

from ..limits import DEFAULT_LIMIT as _DEFAULT_LIMIT
from ..limits import MAX_LIMIT as _MAX_LIMIT

#: Id dimensions and the name column that comes with each.
ID_DIMENSIONS = {
    "client_id": "client_name",
    "entity_id": "entity_name",
    "contract_id": "contract_name",
    "product_id": "product_name",
    "department_id": "department_name",
    "invoice_id": "invoice_number",
}
#: Dimensions whose key is also their label.
PLAIN_DIMENSIONS = ("currency", "payment_status", "terms")
#: Dimensions stored once per invoice, and once per line.
INVOICE_DIMENSIONS = (
    "client_id",
    "entity_id",
    "contract_id",
    "invoice_id",
    "currency",
    "payment_status",
    "terms",
    "discount_applied",
)
LINE_DIMENSIONS = ("product_id", "department_id")
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
    "discount_applied",
)

#: The three report dates (days), each bucketed as ``<date>_<bucket>`` and bounded by two parameters.
DATE_FIELDS = ("invoice_date", "due_date", "paid_date")
BUCKETS = ("day", "week", "month", "quarter", "year")
DATE_PARAMS = {
    "invoice_date": ("start_date", "end_date"),
    "due_date": ("due_start_date", "due_end_date"),
    "paid_date": ("paid_start_date", "paid_end_date"),
}
#: Instants (seconds since 1970 UTC) filtered by TeamUp's ``<name>_gte`` / ``<name>_lte``:
#: when the invoice became paid, when it last changed, and when it was created.
TIMESTAMP_FIELDS = ("paid_at", "updated_at", "created_at")
TIMESTAMP_PARAMS = {name: (f"{name}_gte", f"{name}_lte") for name in TIMESTAMP_FIELDS}

DIMENSIONS = BASE_DIMENSIONS + tuple(f"{f}_{b}" for f in DATE_FIELDS for b in BUCKETS)
LABELS = {
    "client_id": "Client",
    "invoice_id": "Invoice",
    "entity_id": "Entity",
    "contract_id": "Contract",
    "product_id": "Product",
    "department_id": "Department",
    "currency": "Currency",
    "payment_status": "Payment status",
    "terms": "Terms",
    "discount_applied": "Discount applied",
}

FUNCTIONS = ("sum", "avg", "min", "max", "count")
#: ``amount`` is the lines' amount before tax and discount; ``discount`` the invoice's discount (spread over its
#: lines like payments); ``total`` = amount + tax - discount, so an invoice's lines add up to its ``total_amount``.
MEASURES = ("amount", "amount_paid", "amount_due", "tax", "quantity", "discount", "total")
#: The measures that are money in the invoice's currency: never added across currencies.
MONEY = frozenset({"amount", "amount_paid", "amount_due", "tax", "discount", "total"})
STATUSES = ("draft", "open", "sent", "partial", "paid", "uncollectible", "voided")
MODES = ("paginated", "full", "csv")

#: Id filters (``client_id`` -> ``ReportQuery.client_ids``) and word filters, by parameter name.
ID_FILTERS = ("client_id", "contract_id", "department_id", "product_id", "entity_id", "invoice_id")
WORD_FILTERS = {"currency": "currencies", "payment_status": "payment_statuses", "terms": "terms"}
#: Yes/no filters (TeamUp's ``discount_applied=true``), on the dimension of the same name.
FLAG_FILTERS = ("discount_applied",)
DATE_FILTERS = tuple(name for pair in DATE_PARAMS.values() for name in pair)
TIMESTAMP_FILTERS = tuple(name for pair in TIMESTAMP_PARAMS.values() for name in pair)

#: Campfire spells the pivot switch ``shouldPivot``; its Python name is accepted too.
SHOULD_PIVOT = ("shouldPivot", "should_pivot")
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

#: ``null`` in a filter or a group key stands for "no value"; a null group is labelled ``Unknown``.
NULL = "null"
NULL_LABEL = "Unknown"
#: Pivot columns are ``<label>::::<aggregate column>``.
SEPARATOR = "::::"
#: Relative timeframes (TeamUp's ``due_date_timeframe``): ``<field>_timeframe`` for each date and instant,
#: evaluated on the workspace clock; ``last_<N>_days`` (today included) too.
TIMEFRAME_FIELDS = (*DATE_FIELDS, *TIMESTAMP_FIELDS)
TIMEFRAMES = (
    "today",
    "yesterday",
    "this_week",
    "last_week",
    "this_month",
    "last_month",
    "this_quarter",
    "last_quarter",
    "this_year",
    "last_year",
    "last_<N>_days",
)
#: Every list parameter: comma-separated, repeated (``client_id=1&client_id=2``), or both.
LIST_PARAMS = (
    *ID_FILTERS,
    *WORD_FILTERS,
    "group_fields",
    "pivot_fields",
    "aggregation_fields",
    "group_keys",
    "columns",
    "sort",
)
#: Detail mode (``columns=``): one row per invoice, with these columns (ActiveCollab's invoice export).
#: Money columns add up the invoice's selected lines (all of them unless a product/department filter
#: narrows them), so a detail listing adds up to the grouped row it drills into.
DETAIL_DIMENSIONS = (
    "invoice_id",
    "invoice_number",
    "payment_status",
    "currency",
    "client_id",
    "client_name",
    "entity_id",
    "entity_name",
    "contract_id",
    "contract_name",
    "terms",
    "discount_applied",
)
DETAIL_DATES = (*DATE_FIELDS, *TIMESTAMP_FIELDS)
DETAIL_COLUMNS = (*DETAIL_DIMENSIONS, *DETAIL_DATES, *MEASURES)
DETAIL_LABELS = {
    "invoice_id": "ID",
    "invoice_number": "Number",
    "payment_status": "Status",
    "currency": "Currency",
    "client_id": "Client ID",
    "client_name": "Client",
    "entity_id": "Entity ID",
    "entity_name": "Entity",
    "contract_id": "Contract ID",
    "contract_name": "Contract",
    "terms": "Terms",
    "discount_applied": "Discount applied",
    "invoice_date": "Issued on",
    "due_date": "Due on",
    "paid_date": "Paid on",
    "paid_at": "Paid at",
    "updated_at": "Updated at",
    "created_at": "Created at",
    "amount": "Amount",
    "amount_paid": "Paid amount",
    "amount_due": "Balance due",
    "tax": "Tax",
    "quantity": "Quantity",
    "discount": "Discount",
    "total": "Total",
}

#: ``nested=true`` answers at most this many grouping levels at once (as ActiveCollab allows).
MAX_NESTED_LEVELS = 2
#: Report paging: ``limit`` (or ``page_size``) defaults to ``DEFAULT_LIMIT`` and may be at most ``MAX_LIMIT``
#: (``limits.py``, shared with every list).
DEFAULT_LIMIT, MAX_LIMIT = _DEFAULT_LIMIT, _MAX_LIMIT


def date_dimension(name: str) -> tuple[str, str] | None:
    """``("paid_date", "month")`` for ``paid_date_month``; ``None`` for other dimensions."""
    for column in DATE_FIELDS:
        if name.startswith(column + "_") and name[len(column) + 1 :] in BUCKETS:
            return column, name[len(column) + 1 :]
    return None


@dataclass(frozen=True)
class Vocabulary:
    """What one row source can be grouped, filtered, summed and listed by, and how each is spelled."""

    name: str
    #: Group and pivot fields: plain dimensions, then each of ``date_fields`` bucketed (``<date>_<bucket>``).
    base_dimensions: tuple[str, ...]
    #: Id dimensions and the name column that comes with each.
    id_dimensions: t.Mapping[str, str]
    labels: t.Mapping[str, str]
    #: Days, bucketed by ``<date>_<bucket>`` and bounded by the two parameters of ``date_params``.
    date_params: t.Mapping[str, tuple[str, str]]
    #: Instants (seconds since 1970 UTC), bounded by two parameters each.
    timestamp_params: t.Mapping[str, tuple[str, str]]
    measures: tuple[str, ...]
    #: Measures that are money in the currency of the ``currency`` dimension: never added across currencies.
    money: frozenset[str]
    #: The dimension giving each row's currency for ``money`` (``totals_by_currency`` is by it).
    currency: str
    #: The field ``count:<field>`` names, and what a count counts (``count`` counts distinct ``key_column``).
    count_field: str
    count_label: str
    #: What one detail-listing row is (an invoice; a GL line), by its identifying column.
    key_column: str
    #: Filters by a list of ids, and by a list of words (with their allowed values where fixed).
    id_filters: tuple[str, ...]
    word_filters: tuple[str, ...]
    allowed_words: t.Mapping[str, tuple[str, ...]]
    #: Another spelling of a parameter (Campfire's ORM names; the GL log's ``account_id``), and the one
    #: ``filter_params`` answers with.
    orm_names: t.Mapping[str, str]
    aliases: t.Mapping[str, str]
    detail_columns: tuple[str, ...]
    detail_labels: t.Mapping[str, str]
    list_params: tuple[str, ...] = field(default=())
    #: Filters that stand for ``<dimension>=null`` (the GL log's ``no_department=true``), by dimension.
    null_flags: t.Mapping[str, str] = field(default_factory=dict)
    #: Many-valued columns (a GL line's tags), by filter name (``tag=3,4``: rows carrying any of them), each
    #: with the prefix of its per-group dimensions (``tag_group_<id>``: a row's value in that group, if any).
    set_columns: t.Mapping[str, str] = field(default_factory=dict)

    def set_dimension(self, name: str) -> tuple[str, int] | None:
        """``("tag", 5)`` for ``tag_group_5`` (a set column's value in group 5); ``None`` for other names."""
        for column, prefix in self.set_columns.items():
            rest = name.removeprefix(prefix)
            if rest != name and rest.isascii() and rest.isdigit() and len(rest) <= 18:
                return column, int(rest)
        return None

    def name_column(self, dim: str) -> str | None:
        """The name column that comes with a dimension (``account_name``; ``tag_group_5_name``: the tag's)."""
        return self.id_dimensions.get(dim) or (f"{dim}_name" if self.set_dimension(dim) else None)

    @property
    def aggregate_columns(self) -> tuple[str, ...]:
        """Every name an aggregate column may have (``aggregates.columns``): a measure, ``<function>_<measure>``
        for a measure aggregated twice, and ``count``."""
        functions = [f for f in FUNCTIONS if f != "count"]
        return (*self.measures, *(f"{f}_{m}" for f in functions for m in self.measures), "count")

    def is_column(self, name: str) -> bool:
        """Whether some query of this report has a column ``name`` (a group field, its name column, an
        aggregate, a detail column, or a pivot cell ``<label>::::<aggregate>``): what ``sort`` may name."""
        if SEPARATOR in name:
            return name.rsplit(SEPARATOR, 1)[1] in self.aggregate_columns
        if self.is_dimension(name) or name in self.aggregate_columns or name in self.detail_columns:
            return True
        return name in self.id_dimensions.values() or (
            name.endswith("_name") and self.set_dimension(name.removesuffix("_name")) is not None
        )

    def is_dimension(self, name: str) -> bool:
        """Whether ``name`` is a group or pivot field (a plain one, a date bucket or a set's group)."""
        return name in self.dimensions or self.set_dimension(name) is not None

    @property
    def date_fields(self) -> tuple[str, ...]:
        return tuple(self.date_params)

    @property
    def dimensions(self) -> tuple[str, ...]:
        return self.base_dimensions + tuple(f"{f}_{b}" for f in self.date_fields for b in BUCKETS)

    @property
    def date_filters(self) -> tuple[str, ...]:
        return tuple(name for pair in self.date_params.values() for name in pair)

    @property
    def timestamp_filters(self) -> tuple[str, ...]:
        return tuple(name for pair in self.timestamp_params.values() for name in pair)

    @property
    def timeframe_fields(self) -> tuple[str, ...]:
        return (*self.date_fields, *self.timestamp_params)

    @property
    def detail_dates(self) -> tuple[str, ...]:
        """Detail columns that are dates or instants (written as text)."""
        return (*self.date_fields, *self.timestamp_params)

    @property
    def listed_dimensions(self) -> tuple[str, ...]:
        """The group fields as an error message lists them (a set's groups as ``<prefix><id>``)."""
        return (*self.dimensions, *(f"{prefix}<id>" for prefix in self.set_columns.values()))

    def date_dimension(self, name: str) -> tuple[str, str] | None:
        """``("posted_at", "month")`` for ``posted_at_month``; ``None`` for other dimensions."""
        for column in self.date_fields:
            if name.startswith(column + "_") and name[len(column) + 1 :] in BUCKETS:
                return column, name[len(column) + 1 :]
        return None


INVOICE = Vocabulary(
    name="invoice",
    base_dimensions=BASE_DIMENSIONS,
    id_dimensions=ID_DIMENSIONS,
    labels=LABELS,
    date_params=DATE_PARAMS,
    timestamp_params=TIMESTAMP_PARAMS,
    measures=MEASURES,
    money=MONEY,
    currency="currency",
    count_field="invoice_id",
    count_label="Invoices",
    key_column="invoice_id",
    id_filters=ID_FILTERS,
    word_filters=tuple(WORD_FILTERS),
    allowed_words={"payment_status": STATUSES},
    orm_names=ORM_NAMES,
    aliases={},
    detail_columns=DETAIL_COLUMNS,
    detail_labels=DETAIL_LABELS,
    list_params=LIST_PARAMS,
)
