"""The answer conformer (``openapi/conform.py``) never swaps a figure the twin computed for a default: one
outside the range its schema declares makes the answer a 500 naming it (the write is undone), where it used
to answer 0 in its place."""

from __future__ import annotations

import datetime as dt

import pytest

from campfire_mock.openapi.conform import MISSING, Context, OutOfRange, conform

BOUNDED = {"type": "number", "minimum": -(10**13), "maximum": 10**13}
CUSTOMER = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "totals": {"type": "object", "properties": {"total_credit_memos": BOUNDED}},
    },
}
CTX = Context(dt.datetime(2026, 5, 1, tzinfo=dt.UTC))


def test_a_figure_in_range_is_answered_as_it_is_and_a_missing_one_takes_the_default() -> None:
    """A figure within its range is kept; one the twin does not have is the schema's default (0)."""
    answer = conform(CUSTOMER, {"id": 42, "totals": {"total_credit_memos": "9999999999999.9"}}, CTX)
    assert answer == {"id": 42, "totals": {"total_credit_memos": 9999999999999.9}}
    assert conform(CUSTOMER, {"id": 42, "totals": {}}, CTX)["totals"] == {"total_credit_memos": 0}
    assert conform(BOUNDED, MISSING, CTX) == 0


def test_a_figure_out_of_its_range_is_a_500_naming_it_not_a_zero() -> None:
    """A sum past its bound raises a 500 whose answer names the figure by its path and says its value."""
    with pytest.raises(OutOfRange) as raised:
        conform(CUSTOMER, {"id": 42, "totals": {"total_credit_memos": "10999999999999.89"}}, CTX)
    assert raised.value.status == 500
    assert raised.value.body() == {
        "detail": "A server error occurred: totals.total_credit_memos is 10999999999999.89, outside its declared "
        "range [-10000000000000, 10000000000000]."
    }
