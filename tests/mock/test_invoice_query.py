"""How the invoice list reads its query parameters (``domain/invoice_query.py``)."""

from __future__ import annotations

import datetime
import typing as t

import pytest

from campfire_mock.domain.invoice_query import InvoiceQuery
from campfire_mock.errors import ValidationFailed


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"limit": 20, "offset": 40, "download": False},
        {"sort": "-invoice_date", "client": [], "entity": [], "q": None, "status": None},
        {"sort": ""},
    ],
)
def test_no_filter_is_the_query_of_every_invoice_newest_first(params: dict[str, t.Any]) -> None:
    """Paging parameters, empty repeated filters and absent ones select every invoice in the default order."""
    assert InvoiceQuery.from_params(params) == InvoiceQuery(sort="-invoice_date")


def test_filters_given_are_read_as_before() -> None:
    """A filter given (even beside the default order) is read: ids, dates, the search text in lower case."""
    query = InvoiceQuery.from_params(
        {"sort": "-invoice_date", "client": [42, 43], "start_date": "2026-01-01", "q": "  ACME ", "contract": 0}
    )
    assert query.clients == (42, 43)
    assert query.start_date == datetime.date(2026, 1, 1)
    assert query.q == "acme"
    assert query.contract == 0
    assert InvoiceQuery.from_params({"sort": "client_name"}).sort == "client_name"


def test_an_unknown_sort_is_a_400_naming_the_field() -> None:
    """``sort`` outside the documented keys is refused, filters or not."""
    with pytest.raises(ValidationFailed) as raised:
        InvoiceQuery.from_params({"sort": "bogus"})
    assert "sort" in raised.value.body()
    assert raised.value.body()["sort"][0].startswith("Unknown sort field. Use one of: ")
