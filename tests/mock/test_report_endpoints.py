"""The two report endpoints over the demo data: saved and ad-hoc reports, modes, roles."""

from __future__ import annotations

import csv
import io
import re
from importlib.resources import files

import pytest
import yaml
from starlette.testclient import TestClient

from campfire_mock import create_app

from .test_every_operation import SPEC

PREVIEW = "/coa/api/v1/invoice/report/preview"


def test_saved_report_matches_campfire_example_shape(client: TestClient) -> None:
    """Report 1 groups by client with a product pivot, and Acme Corp's row is the one in Campfire's documented
    example (50000, 30000 paid, Widget A 25000, Widget B 25000)."""
    body = client.get("/coa/api/v1/invoice/report/1/data").json()
    acme = next(r for r in body["results"] if r["client_id"] == 42)
    assert (acme["client_name"], acme["amount"], acme["amount_paid"]) == ("Acme Corp", 50000.0, 30000.0)
    assert (acme["Widget A::::amount"], acme["Widget B::::amount"]) == (25000.0, 25000.0)
    assert body["engine_used"] == "memory"  # the twin says which engine ran it (no Postgres here)
    assert body["pivot_value_mappings"]["product_id"]["Widget A"] == 1
    # The demo data has USD and EUR invoices: the total is given per currency, never summed across them.
    assert body["totals_row"]["amount"] is None and body["totals_row"]["mixed_currency"] is True
    for total in body["totals_by_currency"]:
        rows = [r for r in body["results"] if r["totals_by_currency"][0]["currency"] == total["currency"]]
        assert total["amount"] == round(sum(r["amount"] for r in rows), 2)


def test_report_reflects_new_invoices(client: TestClient) -> None:
    """Reports run on live data: a new invoice shows up at once."""
    before = client.get(PREVIEW, params={"client_id": "33973"}).json()["results"][0]["amount"]
    client.post(
        "/coa/api/v1/invoice/",
        json={
            "invoice_date": "2026-01-10",
            "due_date": "2026-02-09",
            "entity": 54,
            "client": 33973,
            "lines": [{"product": 2545, "quantity": 2}],
        },
    )
    after = client.get(PREVIEW, params={"client_id": "33973"}).json()["results"][0]["amount"]
    assert after == before + 100


def test_pagination_and_full_mode(client: TestClient) -> None:
    """paginated pages with next/previous; full returns every row; count is before paging."""
    page = client.get(PREVIEW, params={"group_fields": "invoice_id", "limit": 3}).json()
    assert (page["count"], len(page["results"])) == (8, 3)
    assert "offset=3" in page["next"] and page["previous"] is None
    full = client.get(PREVIEW, params={"group_fields": "invoice_id", "limit": 3, "mode": "full"}).json()
    assert len(full["results"]) == 8 and full["next"] is None


def test_csv_mode(client: TestClient) -> None:
    """mode=csv answers text/csv with a header, and a mixed-currency row or total is followed by one line per
    currency."""
    response = client.get(PREVIEW, params={"group_fields": "payment_status", "mode": "csv", "include_totals": "true"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["Payment status", "Sum of amount"]
    json_body = client.get(PREVIEW, params={"group_fields": "payment_status", "include_totals": "true"}).json()
    # Mixed-currency cells are empty and followed by one line per currency; so is the total.
    expected_totals = [[f"Total [{t['currency']}]", str(t["amount"])] for t in json_body["totals_by_currency"]]
    assert rows[-len(expected_totals) :] == expected_totals
    assert any(row.get("mixed_currency") for row in json_body["results"])
    for row in json_body["results"]:
        if row.get("mixed_currency"):
            at = rows.index([row["payment_status"], ""])
            parts = [
                [f"{row['payment_status']} [{p['currency']}]", str(p["amount"])] for p in row["totals_by_currency"]
            ]
            assert rows[at + 1 : at + 1 + len(parts)] == parts


def test_multi_currency_totals_stay_apart(client: TestClient) -> None:
    """The demo workspace's report totals are given per currency, USD and EUR."""
    body = client.get(PREVIEW, params={"include_totals": "true"}).json()
    assert {t["currency"] for t in body["totals_by_currency"]} == {"USD", "EUR"}


def test_limit_over_10000_is_400(client: TestClient) -> None:
    """A report limit over 10000 is a 400 naming ``limit`` with its bound, in DRF's words (the spec states it)."""
    response = client.get(PREVIEW, params={"limit": 10001})
    assert response.status_code == 400
    assert response.json() == {"limit": ["Ensure this value is less than or equal to 10000."]}


def test_unknown_group_field_is_400_listing_allowed(client: TestClient) -> None:
    """An unknown group field is a 400 on ``group_fields`` that lists the allowed fields."""
    response = client.get(PREVIEW, params={"group_fields": "colour"})
    assert response.status_code == 400
    assert response.json()["group_fields"][0].startswith("Unknown field(s) colour. Allowed: client_id, invoice_id")


def test_unknown_saved_report_is_404(client: TestClient) -> None:
    """The data of a saved report that does not exist is a 404 with ``Not found.``."""
    response = client.get("/coa/api/v1/invoice/report/999/data")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_view_only_keys_may_run_reports(tmp_path: object) -> None:
    """Campfire's Quickstart: a view-only key may call every GET API, reports included
    (reference/campfire-api.md §0, roles: "`view only` = only GET APIs"); writes stay refused."""
    app = TestClient(create_app(tokens={"eve": "view_only", "bob": "clerk"}))
    viewer = {"Authorization": "Token eve"}
    seen = app.get(PREVIEW, headers=viewer, params={"group_fields": "client_id"})
    assert seen.status_code == 200
    clerk = app.get(PREVIEW, headers={"Authorization": "Token bob"}, params={"group_fields": "client_id"})
    assert seen.json()["results"] == clerk.json()["results"]
    assert app.get("/coa/api/v1/invoice/report/1/data", headers=viewer).status_code == 200
    body = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "lines": []}
    assert app.post("/coa/api/v1/invoice/", headers=viewer, json=body).status_code == 403


def test_report_follows_payments_voids_and_deletes(client: TestClient) -> None:
    """The report table tracks changes to existing invoices, not only new ones."""
    params = {"client_id": "42", "aggregation_fields": "sum:amount_paid,count:invoice_id", "mode": "full"}
    assert client.get(PREVIEW, params=params).json()["results"][0]["amount_paid"] == 30000
    client.post(
        "/coa/api/v1/invoice/145002/pay/",
        json={
            "empty_transactions": [
                {"account_id": 1010, "account_name": "Bank", "amount": 15000, "payment_date": "2026-03-05"}
            ]
        },
    )
    assert client.get(PREVIEW, params=params).json()["results"][0]["amount_paid"] == 45000
    by_status = client.get(PREVIEW, params={"group_fields": "payment_status", "client_id": "42"}).json()["results"]
    assert [r["payment_status"] for r in by_status] == ["paid"]
    payment_ids = [
        p["id"] for p in client.get("/coa/api/v1/invoice/145002/").json()["payments"] if not p["voided_date"]
    ]
    for pid in payment_ids:
        client.post(f"/coa/api/v1/invoice/145002/payment/{pid}/void/")
    client.post("/coa/api/v1/invoice/145002/void/")
    client.delete("/coa/api/v1/invoice/145001/payment/22230/void/")
    client.delete("/coa/api/v1/invoice/145001/")
    after = client.get(PREVIEW, params={"group_fields": "payment_status", "client_id": "42"}).json()["results"]
    assert [(r["payment_status"], r["amount"]) for r in after] == [("voided", 25000.0)]


YEAR_BY_STATUS = {
    "group_fields": "invoice_date_year",
    "pivot_fields": "payment_status",
    "shouldPivot": "true",
    "aggregation_fields": "sum:amount",
}


def test_pivot_cells_never_add_currencies(client: TestClient) -> None:
    """2026's open invoices are USD 3400 and EUR 1800: the cell is null, each currency's value beside it,
    and in CSV the per-currency lines carry the cells."""
    body = client.get(PREVIEW, params=YEAR_BY_STATUS).json()
    year = next(r for r in body["results"] if r["invoice_date_year"] == "2026")
    assert year["open::::amount"] is None and year["mixed_currency"] is True
    parts = {p["currency"]: p for p in year["totals_by_currency"]}
    assert (parts["USD"]["open::::amount"], parts["EUR"]["open::::amount"]) == (3400.0, 1800.0)
    lines = list(csv.reader(io.StringIO(client.get(PREVIEW, params={**YEAR_BY_STATUS, "mode": "csv"}).text)))
    column = lines[0].index("open: amount")
    assert [line[column] for line in lines if line[0].startswith("2026 [")] == ["1800.0", "3400.0"]
    assert next(line for line in lines if line[0] == "2026")[column] == ""


def test_repeated_sort_parameters_combine_over_http(client: TestClient) -> None:
    """sort=client_name&sort=-amount orders as sort=client_name,-amount, and the columns say so."""
    repeated = client.get(f"{PREVIEW}?sort=client_name&sort=-amount").json()
    joined = client.get(PREVIEW, params={"sort": "client_name,-amount"}).json()
    assert [r["client_id"] for r in repeated["results"]] == [r["client_id"] for r in joined["results"]]
    names = [r["client_name"] for r in repeated["results"]]
    assert names == sorted(names, key=lambda n: (n is None, n or ""))
    sorted_columns = {c["key"]: c["sorted"] for c in repeated["columns"] if "sorted" in c}
    assert sorted_columns == {
        "client_name": {"order": "asc", "priority": 0},
        "amount": {"order": "desc", "priority": 1},
    }


def test_bad_sort_is_a_400_naming_the_column(client: TestClient) -> None:
    """An unknown sort column is a 400 listing the sortable columns."""
    response = client.get(PREVIEW, params={"sort": "-colour"})
    assert response.status_code == 400
    assert response.json() == {
        "sort": ["Unknown column 'colour'. Allowed: client_id, client_name, amount (prefix - to reverse)."]
    }


def test_page_and_page_size_page_like_offset_and_limit(client: TestClient) -> None:
    """page/page_size give the same rows as offset/limit, with next and previous in the same spelling."""
    paged = client.get(PREVIEW, params={"group_fields": "invoice_id", "page": 2, "page_size": 3}).json()
    offset = client.get(PREVIEW, params={"group_fields": "invoice_id", "offset": 3, "limit": 3}).json()
    assert paged["results"] == offset["results"] and paged["count"] == 8
    assert "page=3" in paged["next"] and "page_size=3" in paged["next"] and "offset" not in paged["next"]
    assert "page=1" in paged["previous"]
    response = client.get(PREVIEW, params={"page": 2, "offset": 3})
    assert response.status_code == 400
    assert response.json() == {"page": ["Give offset or page, not both."]}


def test_nested_groups_over_http(client: TestClient) -> None:
    """nested=true answers clients with their statuses inside; three levels is a 400."""
    params = {"group_fields": "client_id,payment_status", "nested": "true", "mode": "full"}
    body = client.get(PREVIEW, params=params).json()
    acme = next(r for r in body["results"] if r["client_id"] == 42)
    assert acme["amount"] == 50000.0
    assert {(s["payment_status"], s["amount"]) for s in acme["sub_rows"]} == {("paid", 25000.0), ("partial", 25000.0)}
    response = client.get(PREVIEW, params={**params, "group_fields": "client_id,payment_status,currency"})
    assert response.status_code == 400
    assert response.json()["nested"][0].startswith("nested answers at most 2 levels of group_fields at once")


def test_null_group_is_labelled_unknown_over_http(client: TestClient) -> None:
    """Invoices without a contract group under the null key, labelled Unknown."""
    rows = client.get(PREVIEW, params={"group_fields": "contract_id"}).json()["results"]
    assert [r["label"] for r in rows if r["contract_id"] is None] == ["Unknown"]


def test_paid_at_and_updated_at_filters(client: TestClient) -> None:
    """After a payment completes invoice 145002, paid_at_gte and updated_at_gte at that moment select it."""
    client.post("/__campfire_mock__/clock", json={"advance_days": 30})  # after every seeded change
    client.post(
        "/coa/api/v1/invoice/145002/pay/",
        json={
            "empty_transactions": [
                {"account_id": 1010, "account_name": "Bank", "amount": 15000, "payment_date": "2026-03-05"}
            ]
        },
    )
    changed = client.get("/coa/api/v1/invoice/145002/").json()["last_modified_at"]  # Campfire's +0000 form
    params = {"group_fields": "invoice_id", "mode": "full"}
    paid = client.get(PREVIEW, params={**params, "paid_at_gte": changed}).json()["results"]
    updated = client.get(PREVIEW, params={**params, "updated_at_gte": changed}).json()["results"]
    assert [r["invoice_id"] for r in paid] == [145002]
    assert [r["invoice_id"] for r in updated] == [145002]
    before = client.get(PREVIEW, params={**params, "updated_at_lte": "2000-01-01"}).json()["results"]
    assert before == []
    response = client.get(PREVIEW, params={"paid_at_lte": "soon"})
    assert response.status_code == 400
    assert response.json()["paid_at_lte"][0].startswith("Datetime has wrong format.")


def test_docs_report_example_is_reproduced_by_the_demo_seed(client: TestClient) -> None:
    """The Acme Corp row of the spec's report example (amount, paid, Widget A/B cells, filter_params, pivot
    mappings) is what report 1 answers on the demo data."""
    op = SPEC["paths"]["/coa/api/v1/invoice/report/{id}/data"]["get"]
    example = op["responses"]["200"]["content"]["application/json"]["examples"]["GroupedByClientWithProductPivot"]
    documented = example["value"]["results"][0]
    body = client.get("/coa/api/v1/invoice/report/1/data").json()
    acme = next(r for r in body["results"] if r["client_id"] == documented["client_id"])
    for key in ("client_name", "amount", "amount_paid", "Widget A::::amount", "Widget B::::amount", "filter_params"):
        assert acme[key] == documented[key], key
    assert body["pivot_value_mappings"]["product_id"] == {
        **body["pivot_value_mappings"]["product_id"],
        **example["value"]["pivot_value_mappings"]["product_id"],
    }


def test_repeated_and_comma_list_filters_mean_the_same(client: TestClient) -> None:
    """client_id=42&client_id=43 keeps both clients, as client_id=42,43 does; so do the ORM name, product_id and
    payment_status."""

    def clients(query: str) -> list[int]:
        return [r["client_id"] for r in client.get(f"{PREVIEW}?{query}").json()["results"]]

    assert clients("client_id=42&client_id=43") == clients("client_id=42,43") == [42, 43]
    assert clients("invoice__client_id=42&invoice__client_id=43,101") == [42, 43, 101]
    assert clients("product_id=1&product_id=456") == clients("product_id=1,456")
    assert clients("payment_status=paid&payment_status=open") == clients("payment_status=paid,open")
    response = client.get(f"{PREVIEW}?client_id=42&client_id=x")
    assert response.status_code == 400
    assert response.json() == {"client_id": ["Give comma-separated integer ids (or null)."]}


def test_saved_report_takes_every_preview_parameter(client: TestClient) -> None:
    """A saved report's query accepts each query parameter of the preview, and a saved nested report with due
    range and page_size runs as saved."""
    admin = yaml.safe_load(files("campfire_mock.spec").joinpath("mock-admin.openapi.yaml").read_text())
    saved = set(admin["components"]["schemas"]["ReportQueryDefaults"]["properties"])
    preview = {p["name"] for p in SPEC["paths"][PREVIEW]["get"]["parameters"] if p["in"] == "query"}
    assert preview - saved == set()
    query = {
        "group_fields": "client_id,payment_status",
        "nested": True,
        "due_start_date": "2026-02-01",
        "due_end_date": "2026-12-31",
        "page_size": 1,
        "client_id": ["42", "43"],
    }
    made = client.post("/__campfire_mock__/invoice-reports", json={"name": "Two levels", "query": query})
    assert made.status_code == 201 and made.json()["query"] == query
    body = client.get(f"/coa/api/v1/invoice/report/{made.json()['id']}/data").json()
    assert (body["count"], len(body["results"])) == (2, 1)
    acme = body["results"][0]
    assert (acme["client_id"], acme["amount"], [s["payment_status"] for s in acme["sub_rows"]]) == (
        42,
        50000.0,
        ["paid", "partial"],
    )
    bad = client.post("/__campfire_mock__/invoice-reports", json={"name": "x", "query": {"due_date_timeframe": "soon"}})
    assert bad.status_code == 400
    assert bad.json()["due_date_timeframe"][0].startswith("Unknown timeframe 'soon'.")


def test_timeframes_follow_the_workspace_clock(client: TestClient) -> None:
    """invoice_date_timeframe=this_month selects by the workspace's date, and moves when its clock is set."""
    client.post("/__campfire_mock__/clock", json={"now": "2026-03-20T12:00:00+00:00"})
    march = client.get(PREVIEW, params={"group_fields": "invoice_id", "invoice_date_timeframe": "this_month"}).json()
    assert [r["invoice_id"] for r in march["results"]] == [145003, 145004]
    client.post("/__campfire_mock__/clock", json={"now": "2026-04-02T12:00:00+00:00"})
    april = client.get(PREVIEW, params={"group_fields": "invoice_id", "invoice_date_timeframe": "last_month"}).json()
    assert april["results"] == march["results"]


def test_invoice_department_reaches_the_report(client: TestClient) -> None:
    """A department sent with the invoice itself is its lines' department where they name none; an unknown one is
    a 400."""
    body = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 33973, "department": "35"}
    lines = [{"product": 2545, "quantity": 2}, {"product": 2545, "quantity": 1, "department": None}]
    created = client.post("/coa/api/v1/invoice/", json={**body, "lines": lines})
    assert created.status_code == 201
    params = {"group_fields": "department_id", "invoice_id": str(created.json()["id"])}
    rows = client.get(PREVIEW, params=params).json()["results"]
    assert [(r["department_id"], r["department_name"], r["amount"]) for r in rows] == [(35, "Engineering", 150.0)]
    unknown = client.post("/coa/api/v1/invoice/", json={**body, "department": 999999, "lines": lines})
    assert unknown.status_code == 400
    assert unknown.json() == {"department": ['Invalid pk "999999" - object does not exist.']}


def test_discount_column_and_filter(client: TestClient) -> None:
    """discount_applied=true keeps the discounted demo invoice, whose total is amount + tax - discount."""
    params = {"columns": "invoice_number,amount,discount,total", "discount_applied": "true"}
    rows = client.get(PREVIEW, params=params).json()["results"]
    assert [(r["invoice_number"], r["amount"], r["discount"], r["total"]) for r in rows] == [
        ("INV-0000901", 25000.0, 5000.0, 20000.0)
    ]
    without = client.get(PREVIEW, params={**params, "discount_applied": "false"}).json()
    assert without["count"] == 7 and all(r["discount"] == 0 for r in without["results"])


def test_detail_listing_is_the_drill_downs_last_level(client: TestClient) -> None:
    """A grouped row's filter_params sent back with columns= list its invoices, whose totals match the invoices'
    own, in JSON and in CSV."""
    acme = next(r for r in client.get(PREVIEW).json()["results"] if r["client_id"] == 42)
    params = {**acme["filter_params"], "columns": "invoice_number,total,amount_due", "sort": "-total"}
    listing = client.get(PREVIEW, params=params).json()["results"]
    assert [r["invoice_number"] for r in listing] == ["INV-0000902", "INV-0000901"]
    for r in listing:
        invoice = client.get(f"/coa/api/v1/invoice/{r['id']}/").json()
        assert (r["total"], r["amount_due"]) == (invoice["total_amount"], invoice["amount_due"])
    exported = client.get(PREVIEW, params={**params, "mode": "csv", "include_totals": "true"}).text
    assert list(csv.reader(io.StringIO(exported))) == [
        ["Number", "Total", "Balance due"],
        ["INV-0000902", "25000.0", "15000.0"],
        ["INV-0000901", "20000.0", "0.0"],
        ["Total", "45000.0", "15000.0"],
    ]


def test_full_and_csv_answers_have_no_page_links(client: TestClient) -> None:
    """next/previous are DRF's page URLs when paginated (as the SDK pages), null when mode=full answers every row."""
    paged = client.get(PREVIEW, params={"group_fields": "invoice_id", "limit": 2, "offset": 2}).json()
    assert "offset=4" in paged["next"] and "limit=2" in paged["previous"]
    full = client.get(PREVIEW, params={"group_fields": "invoice_id", "mode": "full"}).json()
    assert (full["next"], full["previous"], len(full["results"])) == (None, None, full["count"])


def test_invoice_department_reaches_its_entry(client: TestClient) -> None:
    """The invoice's own department is on the revenue lines of its entry where a line names none, as in the
    report: the ledger and the invoice report tell the same department."""
    body = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 33973, "department": 35}
    lines = [{"product": 2545, "quantity": 2}, {"product": 2545, "quantity": 1, "department": 36}]
    created = client.post("/coa/api/v1/invoice/", json={**body, "lines": lines}).json()
    entry = client.get(f"/coa/api/journal_entry/{created['journal_entry']}").json()
    revenue = sorted((ln["department"], ln["amount"]) for ln in entry["transactions"] if ln["amount"] < 0)
    assert revenue == [(35, -100.0), (36, -50.0)]


@pytest.mark.parametrize(
    ("name", "good", "bad", "message"),
    [
        ("group_fields", "client_id,invoice_date_month", "__main__", "Unknown field(s) __main__. Allowed: "),
        ("columns", "invoice_id,total", "nope", "Unknown column(s) nope. Allowed: "),
        ("updated_at_gte", "2025-01-01T10:00+05:30", "yesterday", "Datetime has wrong format. Use one of these"),
    ],
)
def test_the_spec_states_the_report_names_and_instants_the_reader_takes(
    client: TestClient, name: str, good: str, bad: str, message: str
) -> None:
    """The preview's ``group_fields``, ``columns`` and instants are patterns of what its reader takes: a value
    the pattern allows answers 200, one it does not is the reader's 400 in its own words (not the pattern's)."""
    spec = client.get("/openapi.json").json()
    param = next(p for p in spec["paths"][PREVIEW]["get"]["parameters"] if p["name"] == name)
    pattern = param["schema"]["anyOf"][0]["pattern"]
    assert re.fullmatch(pattern, good) and not re.fullmatch(pattern, bad)
    assert param["schema"]["x-campfire-devkit"]["answered_by"] == "handler"
    assert client.get(PREVIEW, params={name: good}).status_code == 200
    refused = client.get(PREVIEW, params={name: bad})
    assert refused.status_code == 400
    assert refused.json()[name][0].startswith(message)
