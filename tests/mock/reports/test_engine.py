"""reports/engine.py: drill-down, filter_params, ids, sorting."""

from __future__ import annotations

import pytest

from campfire_mock.errors import ValidationFailed

from .factory import row, run

ROWS = [
    row(invoice_id=1, client_id=1, product_id=1, product_name="A", amount=10.0),
    row(invoice_id=1, client_id=1, product_id=2, product_name="B", amount=20.0),
    row(invoice_id=2, client_id=2, client_name="Zed", product_id=1, product_name="A", amount=5.0),
]


def test_first_level_groups_by_first_field() -> None:
    """With two group fields and no group keys, the rows are the groups of the first field only."""
    result = run(ROWS, group_fields="client_id,product_id")
    assert [r["client_id"] for r in result.rows] == [1, 2]
    assert "product_id" not in result.rows[0]


def test_group_keys_drill_into_children() -> None:
    """A group key drills into that group: its rows are the next field's groups, with filter_params in Campfire's ORM
    names."""
    result = run(ROWS, group_fields="client_id,product_id", group_keys="1")
    assert [(r["product_id"], r["amount"]) for r in result.rows] == [(1, 10.0), (2, 20.0)]
    # Campfire's report example spells filter_params with ORM names: {"invoice__client_id": 42}.
    assert result.rows[0]["filter_params"] == {"invoice__client_id": 1, "product_id": 1}


def test_filter_params_select_their_rows_under_either_name() -> None:
    """filter_params (ORM names) sent back select the row's invoices; the plain names do the same."""
    groups = run(ROWS, group_fields="client_id", mode="full").rows
    for group in groups:
        params = {k: str(v) for k, v in group["filter_params"].items()}
        by_orm = run(ROWS, group_fields="client_id", **params).rows
        plain = {k.removeprefix("invoice__"): v for k, v in params.items()}
        assert [r["amount"] for r in by_orm] == [group["amount"]]
        assert run(ROWS, group_fields="client_id", **plain).rows == by_orm


def test_unknown_group_key_gives_no_rows() -> None:
    """Drilling into a group key that matches nothing gives no rows."""
    assert run(ROWS, group_fields="client_id,product_id", group_keys="99").rows == []


def test_ids_are_stable_and_distinct() -> None:
    """Row ids do not depend on the order of the data, differ between groups and equal group_id."""
    first = run(ROWS, group_fields="client_id")
    again = run(list(reversed(ROWS)), group_fields="client_id")
    assert [r["id"] for r in first.rows] == [r["id"] for r in again.rows]
    assert len({r["id"] for r in first.rows}) == 2
    assert all(r["id"] == r["group_id"] for r in first.rows)


def test_filter_params_select_exactly_the_group() -> None:
    """Passing a row's filter_params back, grouped by invoice, gives that row's invoices."""
    result = run(ROWS, group_fields="product_id")
    for r in result.rows:
        again = run(ROWS, group_fields="invoice_id", **r["filter_params"])
        expected = {x.invoice_id for x in ROWS if x.product_id == r["product_id"]}
        assert {x["invoice_id"] for x in again.rows} == expected


def test_sort_by_any_column() -> None:
    """Rows sort by any column, aggregate or name, descending with a leading minus."""
    result = run(ROWS, group_fields="client_id", sort="-amount")
    assert [r["amount"] for r in result.rows] == [30.0, 5.0]
    by_name = run(ROWS, group_fields="client_id", sort="-client_name")
    assert [r["client_name"] for r in by_name.rows] == ["Zed", "Acme"]


def test_sort_by_unknown_column_is_400() -> None:
    """Sorting by a column the report lacks is a field error on ``sort`` listing the allowed columns."""
    with pytest.raises(ValidationFailed) as info:
        run(ROWS, sort="colour")
    assert "Unknown column 'colour'. Allowed: client_id, client_name, amount" in info.value.fields["sort"][0]


def test_columns_describe_the_rows() -> None:
    """The report's columns give each row key with its label and kind (dimension, name, aggregate), in row order."""
    result = run(ROWS, group_fields="client_id")
    assert [(c["key"], c["label"], c["kind"]) for c in result.columns] == [
        ("client_id", "Client", "dimension"),
        ("client_name", "Client name", "name"),
        ("amount", "Sum of amount", "aggregate"),
    ]
