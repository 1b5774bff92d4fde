"""A report's ``sort`` as its served spec states it: each item a column some query of the report has (its group
fields and their names, aggregates, detail columns, pivot cells), ``-`` to reverse. A sort the pattern refuses is
the reader's "Unknown column"; one it allows is answered, or (a column of the report this query's rows lack, which
its other parameters decide) a 400 saying so, which the empty-folder run reads as parameters that need each other."""

from __future__ import annotations

import re
import typing as t

import pytest
from starlette.testclient import TestClient

INVOICE_REPORT = "/coa/api/v1/invoice/report/preview"
LEDGER_REPORT = "/coa/api/transaction/report"
ABSENT = "not in this query's rows"
_SERVED: list[dict[str, t.Any]] = []


def _sort_pattern(client: TestClient, path: str) -> str:
    if not _SERVED:
        _SERVED.append(client.get("/openapi.json").json())
    (param,) = [p for p in _SERVED[0]["paths"][path]["get"]["parameters"] if p["name"] == "sort"]
    assert param["schema"]["type"] == "array"
    return str(param["schema"]["items"]["anyOf"][0]["pattern"])


CASES: list[tuple[str, dict[str, str], str, str | None]] = [
    (INVOICE_REPORT, {}, "amount,-client_name", None),
    (INVOICE_REPORT, {"aggregation_fields": "sum:amount,max:amount"}, "-max_amount", None),
    (INVOICE_REPORT, {"columns": "invoice_id"}, "-total", None),  # detail rows sort by any detail column
    (INVOICE_REPORT, {"pivot_fields": "currency", "shouldPivot": "true"}, "USD::::amount", None),
    (INVOICE_REPORT, {}, "colour", "Unknown column 'colour'. Allowed: client_id, client_name, amount"),
    (INVOICE_REPORT, {}, "amount_paid", f"Column 'amount_paid' {ABSENT}"),
    (INVOICE_REPORT, {}, "invoice_number", f"Column 'invoice_number' {ABSENT}"),
    (INVOICE_REPORT, {}, "Acme::::amount", f"Column 'Acme::::amount' {ABSENT}"),
    (LEDGER_REPORT, {"group_fields": "account"}, "-amount,account_name", None),
    (LEDGER_REPORT, {"group_fields": "account"}, "client_id", "Unknown column 'client_id'. Allowed: account,"),
    (LEDGER_REPORT, {"group_fields": "account"}, "vendor_name", f"Column 'vendor_name' {ABSENT}"),
]


@pytest.mark.parametrize(("path", "params", "sort", "message"), CASES)
def test_a_report_s_sort_pattern_allows_exactly_its_columns(
    client: TestClient, path: str, params: dict[str, str], sort: str, message: str | None
) -> None:
    """The pattern refuses exactly what the reader calls an unknown column; what it allows is answered, or is
    a column this query's rows lack (its group, aggregation, pivot or detail parameters decide)."""
    allowed = re.search(_sort_pattern(client, path), sort) is not None
    assert allowed == (message is None or ABSENT in message), (sort, message)
    answer = client.get(path, params={**params, "sort": sort})
    if message is None:
        assert answer.status_code == 200, answer.text
    else:
        assert answer.status_code == 400, answer.text
        assert answer.json()["sort"][0].startswith(message), answer.json()
