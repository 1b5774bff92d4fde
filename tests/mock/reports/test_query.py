"""reports/query.py: parameters to a ReportQuery, and 400s that say what is allowed."""

from __future__ import annotations

import pytest

from campfire_mock.errors import ValidationFailed
from campfire_mock.reports import ReportQuery


def test_defaults_group_by_client_summing_amount() -> None:
    """With no parameters, the report sums amount by client, 100 rows a page."""
    q = ReportQuery.from_params({})
    assert (q.group_fields, q.aggregations, q.limit, q.mode) == (("client_id",), (("sum", "amount"),), 100, "paginated")


def test_lists_are_comma_separated_and_null_means_none() -> None:
    """List parameters split on commas, ignoring spaces; ``null`` becomes None, and a bare aggregation field means its
    sum."""
    q = ReportQuery.from_params({"client_id": "1, 2,null", "aggregation_fields": "sum:amount,count:invoice_id,tax"})
    assert q.client_ids == (1, 2, None)
    assert q.aggregations == (("sum", "amount"), ("count", "invoice_id"), ("sum", "tax"))


@pytest.mark.parametrize(
    ("params", "field", "fragment"),
    [
        ({"group_fields": "colour"}, "group_fields", "Unknown field(s) colour. Allowed: client_id"),
        ({"pivot_fields": "x"}, "pivot_fields", "Unknown field(s) x"),
        ({"aggregation_fields": "median:amount"}, "aggregation_fields", "Unknown function 'median'. Allowed: sum, avg"),
        ({"aggregation_fields": "sum:price"}, "aggregation_fields", "Unknown field 'price'. Allowed: amount"),
        ({"limit": 10001}, "limit", "between 0 and 10000"),
        ({"start_date": "01/02/2026"}, "start_date", "YYYY-MM-DD"),
        ({"mode": "xlsx"}, "mode", "Allowed: paginated, full, csv"),
        ({"payment_status": "late"}, "payment_status", "Unknown value(s) late"),
        ({"client_id": "acme"}, "client_id", "integer ids"),
        ({"group_fields": "client_id", "group_keys": "1"}, "group_keys", "at most 0 key(s)"),
    ],
)
def test_bad_parameter_is_a_400_naming_it(params: dict[str, object], field: str, fragment: str) -> None:
    """Each bad parameter is reported under its own name with what is allowed."""
    with pytest.raises(ValidationFailed) as info:
        ReportQuery.from_params(params)
    assert fragment in info.value.fields[field][0]
