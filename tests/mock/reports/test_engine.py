"""reports/engine.py: drill-down, filter_params, ids, sorting."""

from __future__ import annotations

import pytest

from campfire_mock.errors import TooLarge, ValidationFailed
from campfire_mock.reports import ReportQuery, engine

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


SORTABLE = [
    row(invoice_id=1, client_id=1, client_name="Beta", amount=10.0),
    row(invoice_id=2, client_id=2, client_name="Alpha", amount=5.0),
    row(invoice_id=3, client_id=3, client_name="Alpha", amount=50.0),
    row(invoice_id=4, client_id=4, client_name=None, amount=1.0),
]


def test_sort_by_several_columns() -> None:
    """sort=client_name,-amount orders by name, then by amount descending within a name; no name goes last."""
    result = run(SORTABLE, sort="client_name,-amount")
    assert [r["client_id"] for r in result.rows] == [3, 2, 1, 4]
    assert run(SORTABLE, sort="-client_name,amount").rows[0]["client_name"] == "Beta"


def test_repeated_sort_parameters_combine() -> None:
    """A repeated sort parameter adds keys in order instead of keeping only the last."""
    assert [r["client_id"] for r in run(SORTABLE, sort=["client_name", "-amount"]).rows] == [3, 2, 1, 4]


def test_columns_say_how_rows_are_sorted() -> None:
    """Each sorted column carries its order and priority; by default the group key, ascending."""
    meta = {c["key"]: c.get("sorted") for c in run(SORTABLE, sort="client_name,-amount").columns}
    assert meta == {
        "client_id": None,
        "client_name": {"order": "asc", "priority": 0},
        "amount": {"order": "desc", "priority": 1},
    }
    default = {c["key"]: c.get("sorted") for c in run(SORTABLE).columns}
    assert default["client_id"] == {"order": "asc", "priority": 0} and default["amount"] is None


def test_bad_sort_is_found_before_any_work() -> None:
    """Every unknown sort column is named in one 400, raised while the query is read."""
    with pytest.raises(ValidationFailed) as info:
        ReportQuery.from_params({"sort": "colour,-amount,-size"})
    assert info.value.fields == {
        "sort": ["Unknown columns 'colour', 'size'. Allowed: client_id, client_name, amount (prefix - to reverse)."]
    }


def test_sort_by_pivot_cell() -> None:
    """A pivot cell column sorts; a pivot column of an aggregate the query lacks is a 400."""
    result = run(ROWS, group_fields="client_id", pivot_fields="product_id", shouldPivot=True, sort="-B::::amount")
    assert [r["client_id"] for r in result.rows] == [1, 2]
    with pytest.raises(ValidationFailed) as info:
        run(ROWS, pivot_fields="product_id", shouldPivot=True, sort="B::::tax")
    assert "Allowed: client_id, client_name, amount, <pivot label>::::amount" in info.value.fields["sort"][0]


def test_null_group_is_labelled_unknown() -> None:
    """The group without a client keeps the key null and is labelled Unknown; other rows carry their name."""
    result = run([*ROWS, row(invoice_id=9, client_id=None, client_name=None, amount=3.0)], group_fields="client_id")
    assert [(r["client_id"], r["label"]) for r in result.rows] == [(1, "Acme"), (2, "Zed"), (None, "Unknown")]
    assert result.rows[-1]["filter_params"] == {"invoice__client_id": "null"}
    by_status = run(ROWS, group_fields="payment_status").rows
    assert by_status[0]["label"] == "open"


NESTED = [
    row(invoice_id=1, client_id=1, payment_status="open", amount=10.0),
    row(invoice_id=2, client_id=1, payment_status="paid", amount=20.0),
    row(invoice_id=3, client_id=1, payment_status="paid", amount=5.0),
    row(invoice_id=4, client_id=2, client_name="Zed", payment_status="open", amount=7.0),
]


def test_nested_rows_carry_sub_rows_and_subtotals() -> None:
    """nested=true gives each client its statuses as sub-rows; the client's own values are their subtotal."""
    result = run(
        NESTED, group_fields="client_id,payment_status", nested="true", aggregation_fields="sum:amount,count:invoice_id"
    )
    first = result.rows[0]
    assert (first["client_id"], first["amount"], first["count"]) == (1, 35.0, 3)
    assert [(s["payment_status"], s["amount"], s["count"]) for s in first["sub_rows"]] == [
        ("open", 10.0, 1),
        ("paid", 25.0, 2),
    ]
    assert first["sub_rows"][1]["filter_params"] == {"invoice__client_id": 1, "invoice__payment_status": "paid"}
    assert [c["key"] for c in result.columns][:3] == ["client_id", "client_name", "payment_status"]
    assert result.count == 2 and "sub_rows" not in run(NESTED, group_fields="client_id,payment_status").rows[0]


def test_nested_sub_rows_are_sorted_too() -> None:
    """sort applies to the rows and, within each row, to its sub-rows."""
    result = run(NESTED, group_fields="client_id,payment_status", nested=True, sort="-amount")
    assert [r["client_id"] for r in result.rows] == [1, 2]
    assert [s["payment_status"] for s in result.rows[0]["sub_rows"]] == ["paid", "open"]


def test_nested_answers_at_most_two_levels() -> None:
    """Three levels at once is a 400; drilling one level down with group_keys leaves two, which is fine."""
    with pytest.raises(ValidationFailed) as info:
        ReportQuery.from_params({"group_fields": "client_id,payment_status,currency", "nested": True})
    assert info.value.fields["nested"] == [
        "nested answers at most 2 levels of group_fields at once (3 asked: client_id, payment_status, currency);"
        " drill into deeper levels with group_keys."
    ]
    drilled = run(NESTED, group_fields="client_id,payment_status,currency", group_keys="1", nested=True)
    assert [(r["payment_status"], [s["currency"] for s in r["sub_rows"]]) for r in drilled.rows] == [
        ("open", ["USD"]),
        ("paid", ["USD"]),
    ]


FLAT_ROWS = [
    row(invoice_id=1, client_id=1, product_id=1, product_name="A", currency="USD", amount=10.0),
    row(invoice_id=1, client_id=1, product_id=2, product_name="B", currency="USD", amount=20.0),
    row(invoice_id=2, client_id=1, product_id=1, product_name="A", currency="EUR", amount=3.0),
    row(invoice_id=3, client_id=2, client_name="Zed", product_id=None, product_name=None, amount=5.0),
]


def test_flat_answers_every_combination_of_the_group_fields() -> None:
    """flat=true groups by all group fields at once: one row per combination present, carrying every key,
    ordered by the keys in turn (nulls last)."""
    result = run(FLAT_ROWS, group_fields="client_id,product_id,currency", flat="true")
    assert [(r["client_id"], r["product_id"], r["currency"], r["amount"]) for r in result.rows] == [
        (1, 1, "EUR", 3.0),
        (1, 1, "USD", 10.0),
        (1, 2, "USD", 20.0),
        (2, None, "USD", 5.0),
    ]
    assert result.rows[3]["label"] == "USD" and result.rows[3]["product_name"] is None
    assert result.rows[0]["filter_params"] == {"invoice__client_id": 1, "product_id": 1, "invoice__currency": "EUR"}
    assert [c["key"] for c in result.columns if c["kind"] == "dimension"] == ["client_id", "product_id", "currency"]


def test_flat_below_a_drilled_group_starts_at_its_level() -> None:
    """With group_keys, flat answers the remaining levels under the selected group."""
    result = run(FLAT_ROWS, group_fields="client_id,product_id,currency", group_keys="1", flat="true")
    assert [(r["product_id"], r["currency"]) for r in result.rows] == [(1, "EUR"), (1, "USD"), (2, "USD")]


def test_flat_many_levels_group_the_same_one_level_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the key combinations would not fit one int64, grouping one level at a time gives the same rows."""
    params = {"group_fields": "client_id,invoice_id,product_id,currency,payment_status", "flat": "true"}
    combined = run(FLAT_ROWS, **params).rows
    monkeypatch.setattr(engine, "COMBINED_LIMIT", 1)
    assert run(FLAT_ROWS, **params).rows == combined


def test_flat_beyond_the_cell_limit_is_a_413(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows x aggregates beyond the report cell limit is a 413 that says how many cells were asked."""
    monkeypatch.setattr(engine, "MAX_REPORT_CELLS", 5)
    with pytest.raises(TooLarge) as big:
        run(FLAT_ROWS, group_fields="client_id,product_id", flat="true", aggregation_fields="sum:amount,sum:tax")
    assert str(big.value).startswith("This report would compute 6 cells (3 rows x 2 aggregates); the limit is 5.")


def test_nested_and_flat_together_is_a_400() -> None:
    """nested and flat are two shapes of answer: asking for both is a 400 naming them."""
    with pytest.raises(ValidationFailed) as both:
        ReportQuery.from_params({"group_fields": "client_id,currency", "nested": "true", "flat": "true"})
    assert both.value.fields == {"flat": ["Give one of nested, flat and columns, not nested and flat."]}


def test_discount_applied_groups_and_filters() -> None:
    """discount_applied groups invoices into Yes and No, and its filter_params select each group."""
    rows = [row(invoice_id=1, amount=10.0, discount_applied=True), row(invoice_id=2, amount=4.0)]
    result = run(rows, group_fields="discount_applied")
    assert [(r["discount_applied"], r["label"], r["amount"]) for r in result.rows] == [
        (False, "No", 4.0),
        (True, "Yes", 10.0),
    ]
    assert result.rows[1]["filter_params"] == {"discount_applied": "true"}
    assert [r["amount"] for r in run(rows, discount_applied="true").rows] == [10.0]
