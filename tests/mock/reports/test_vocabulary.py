"""reports/fields.py's vocabularies: a query is read in its row source's own names, and the engine reports on
any table laid out in one (here GL lines, built by hand)."""

from __future__ import annotations

import typing as t
from datetime import date

import numpy as np
import pytest

from campfire_mock.errors import ValidationFailed
from campfire_mock.reports import ReportQuery, ReportTable, run_report
from campfire_mock.reports.detail import Ordering
from campfire_mock.reports.fields import INVOICE
from campfire_mock.reports.ledger_fields import LEDGER
from campfire_mock.reports.rows import EPOCH_ORDINAL, Dimension, SetColumn

from .factory import row


def ledger_table(lines: list[dict[str, t.Any]]) -> ReportTable:
    """GL lines (account, department, currency, day, amount) as a ledger-vocabulary table."""
    n = len(lines)

    def dim(name: str) -> Dimension:
        keys = list(dict.fromkeys(line.get(name) for line in lines))
        return Dimension(np.asarray([keys.index(line.get(name)) for line in lines], dtype=np.int64), keys, keys)

    dimensions = {name: dim(name) for name in ("account", "department", "entity_currency", "id")}
    amounts = np.asarray([line["amount"] for line in lines], dtype=np.float64)
    return ReportTable(
        size=n,
        invoice_codes=np.arange(n, dtype=np.int64),
        invoice_count=n,
        dimensions=dimensions,
        dates={"posted_at": np.asarray([line["day"].toordinal() - EPOCH_ORDINAL for line in lines], dtype=np.int64)},
        measures={"amount": amounts, "amount_book": amounts},
        vocabulary=LEDGER,
        row_units=True,
    )


LINES = [
    {"id": 1, "account": 4000, "department": 7, "entity_currency": "USD", "day": date(2026, 1, 5), "amount": -100.0},
    {"id": 2, "account": 1100, "department": None, "entity_currency": "USD", "day": date(2026, 1, 5), "amount": 100.0},
    {"id": 3, "account": 4000, "department": None, "entity_currency": "EUR", "day": date(2026, 2, 1), "amount": -50.0},
    {"id": 4, "account": 1100, "department": None, "entity_currency": "EUR", "day": date(2026, 2, 1), "amount": 50.0},
]


def ledger_query(**params: t.Any) -> ReportQuery:
    return ReportQuery.from_params(params, vocabulary=LEDGER)


def test_a_ledger_query_takes_the_ledgers_fields_and_refuses_the_invoices() -> None:
    """group_fields, aggregates and filters are the ledger's; an invoice field is a 400 naming the ledger's."""
    q = ledger_query(group_fields="account,posted_at_month", aggregation_fields="sum:amount,count:id", account="4000")
    assert (q.group_fields, q.aggregations, q.value_filters()[0]) == (
        ("account", "posted_at_month"),
        (("sum", "amount"), ("count", "id")),
        ("account", (4000,)),
    )
    with pytest.raises(ValidationFailed) as refused:
        ledger_query(group_fields="client_id", aggregation_fields="count:invoice_id")
    assert refused.value.fields["group_fields"][0].startswith("Unknown field(s) client_id. Allowed: account,")
    assert refused.value.fields["aggregation_fields"][0].startswith("Unknown field 'invoice_id'.")


def test_another_spelling_and_a_none_flag_add_to_the_plain_filter() -> None:
    """account_id adds to account, and no_department=true is department=null."""
    q = ledger_query(account="4000", account_id="1100", no_department="true", department="7")
    filters = dict(q.value_filters())
    assert (filters["account"], filters["department"]) == ((4000, 1100), (7, None))


def test_posted_at_timeframe_bounds_the_posting_date() -> None:
    """posted_at_timeframe becomes start_date/end_date on the clock handed in."""
    q = ReportQuery.from_params({"posted_at_timeframe": "last_month"}, today=date(2026, 3, 15), vocabulary=LEDGER)
    assert (q.start_date, q.end_date) == (date(2026, 2, 1), date(2026, 2, 28))


def test_ledger_lines_group_by_account_with_book_amounts_kept_per_currency() -> None:
    """Grouped by account, each account's book sum mixes USD and EUR lines, so it is null and given per
    currency; counts are line counts."""
    result = run_report(
        ledger_table(LINES), ledger_query(group_fields="account", aggregation_fields="sum:amount_book,count:id")
    )
    by_account = {r["account"]: r for r in result.rows}
    assert by_account[4000]["amount_book"] is None and by_account[4000]["mixed_currency"] is True
    assert by_account[4000]["totals_by_currency"] == [
        {"currency": "EUR", "amount_book": -50.0, "count": 1},
        {"currency": "USD", "amount_book": -100.0, "count": 1},
    ]
    assert by_account[1100]["count"] == 2 and by_account[1100]["filter_params"] == {"account": 1100}
    assert [c["label"] for c in result.columns] == ["Account", "Account name", "Sum of amount book", "Lines"]


def test_a_null_department_drills_in_with_the_none_flag() -> None:
    """The no-department group's filter_params say no_department=true; a month's say its first and last day."""
    table = ledger_table(LINES)
    rows = run_report(table, ledger_query(group_fields="department,posted_at_month", flat=True)).rows
    assert [r["filter_params"] for r in rows] == [
        {"department": 7, "start_date": "2026-01-01", "end_date": "2026-01-31"},
        {"no_department": True, "start_date": "2026-01-01", "end_date": "2026-01-31"},
        {"no_department": True, "start_date": "2026-02-01", "end_date": "2026-02-28"},
    ]


def test_an_amount_not_known_makes_its_sums_null() -> None:
    """A NaN amount (a line with no rate to the root currency) makes every sum over it null, not 0."""
    lines = [{**LINES[0], "amount": float("nan")}, LINES[1]]
    rows = run_report(ledger_table(lines), ledger_query(group_fields="entity_currency", include_totals=True))
    assert [r["amount"] for r in rows.rows] == [None]
    assert rows.totals == {"amount": None}


def test_a_query_read_for_another_source_is_refused() -> None:
    """An invoice query over a ledger table is a programming error, not a silent empty report."""
    with pytest.raises(ValueError, match="a query read for invoice rows over a table of ledger rows"):
        run_report(ledger_table(LINES), ReportQuery.from_params({}))
    assert ReportTable.from_rows([row()]).vocabulary is INVOICE


@pytest.mark.parametrize("stop", [1, 3, 5, 40])
def test_a_partial_order_is_the_full_orders_head(stop: int) -> None:
    """The first positions of a listing read only in part are those of the whole sort, ties and nulls included."""
    rng = np.random.default_rng(stop)
    primary = rng.integers(0, 5, 200).astype(np.float64)
    secondary = rng.permutation(200)
    keys = [secondary, primary]
    assert Ordering(keys, 200).upto(stop)[:stop].tolist() == np.lexsort(keys)[:stop].tolist()


def test_a_tag_group_is_read_off_the_tags_once_and_only_when_asked_for() -> None:
    """Tags (a set column) are made on the first tag field or filter, once: grouped by tag_group_1 a line
    counts under its first tag of group 1 (none: the null row), and tag=<ids> keeps lines carrying any."""
    made: list[int] = []

    def tags() -> SetColumn:
        made.append(1)
        # line 1: tag 10 (group 1); line 2: tags 30 (group 2) then 11 (group 1); line 3: tag 30; line 4: none
        return SetColumn(
            rows=np.asarray([0, 1, 1, 2], dtype=np.int64),
            values=np.asarray([10, 30, 11, 30], dtype=np.int64),
            group_of={10: 1, 11: 1, 30: 2},
            labels={10: "Alpha", 11: "Beta", 30: "Fund"},
        )

    table = ledger_table(LINES)
    table.sets["tag"] = tags
    run_report(table, ledger_query(group_fields="account"))
    assert made == []
    rows = run_report(table, ledger_query(group_fields="tag_group_1", aggregation_fields="count:id")).rows
    assert [(r["tag_group_1"], r["label"], r["count"]) for r in rows] == [
        (10, "Alpha", 1),
        (11, "Beta", 1),
        (None, "Unknown", 2),
    ]
    assert rows[1]["filter_params"] == {"tag": 11} and rows[2]["filter_params"] == {"tag_group_1": "null"}
    carrying = run_report(table, ledger_query(group_fields="account", tag="30", aggregation_fields="count:id"))
    assert [(r["account"], r["count"]) for r in carrying.rows] == [(1100, 1), (4000, 1)]
    bare = run_report(table, ledger_query(group_fields="account", tag="null", aggregation_fields="count:id"))
    assert [(r["account"], r["count"]) for r in bare.rows] == [(1100, 1)]
    assert made == [1]
