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


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        (
            {"paid_at_gte": "yesterday"},
            "paid_at_gte",
            "Datetime has wrong format. Use one of these formats instead:"
            " YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
        ),
        ({"page": "0"}, "page", "Ensure this value is greater than or equal to 1."),
        ({"page": "2", "offset": "10"}, "page", "Give offset or page, not both."),
        ({"page_size": "10", "limit": "20"}, "page_size", "Give limit or page_size (the same parameter), not both."),
        ({"page_size": "10001"}, "page_size", "Ensure this value is between 0 and 10000."),
        ({"nested": "maybe"}, "nested", "Must be a valid boolean."),
    ],
)
def test_bad_extension_parameter_is_a_400(params: dict[str, object], field: str, message: str) -> None:
    """Each bad TeamUp-style or nesting parameter is a 400 under its own name, with DRF's wording."""
    with pytest.raises(ValidationFailed) as info:
        ReportQuery.from_params(params)
    assert info.value.fields[field] == [message]


def test_page_and_page_size_are_offset_and_limit() -> None:
    """page (from 1) and page_size page as offset and limit do."""
    q = ReportQuery.from_params({"page": 3, "page_size": 25})
    assert (q.offset, q.limit, q.page, q.paged_by_page) == (50, 25, 3, True)
    assert ReportQuery.from_params({"page": "2"}).offset == 100
    assert ReportQuery.from_params({"page_size": 5, "limit": 5}).limit == 5


def test_saved_defaults_are_read_under_the_same_names() -> None:
    """A saved report's shouldPivot and ORM-named filters are read as parameters are; a given parameter wins."""
    q = ReportQuery.from_params(
        {"client_id": "7"}, {"shouldPivot": True, "pivot_fields": "product_id", "invoice__client_id": "1"}
    )
    assert (q.should_pivot, q.client_ids) == (True, (7,))
