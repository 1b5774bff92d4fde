"""Receivables and payables aging: the computation over document rows, and the ``get_ar_aging`` and
``get_ap_aging`` community tools that read every page of the API's invoice or bill list to compute it."""

from __future__ import annotations

import typing as t

import pytest

from campfire_mock.mcp import calls
from campfire_mock.mcp.aging import aging as aging_of
from campfire_mock.testing import MockControl

pytest.importorskip("mcp")


def invoice(amount_due: t.Any, past_due_days: int | None, **fields: t.Any) -> dict[str, t.Any]:
    return {
        "amount_due": amount_due,
        "past_due_days": past_due_days,
        "status": "open",
        "currency": "USD",
        "client": 1,
        "client_name": "Acme",
        **fields,
    }


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (None, "current"),
        (0, "current"),
        (1, "1_30"),
        (30, "1_30"),
        (31, "31_60"),
        (60, "31_60"),
        (61, "61_90"),
        (90, "61_90"),
        (91, "91_120"),
        (120, "91_120"),
        (121, "over_120"),
    ],
)
def test_an_invoice_falls_in_the_bucket_of_its_days_past_due(days: int | None, bucket: str) -> None:
    """Buckets are the invoice list's aging choices; a not-yet-due invoice (no days past due) is current."""
    aging = aging_of("receivables_aging", [invoice(10, days)])
    assert aging["totals"]["USD"][bucket] == 10
    assert aging["totals"]["USD"]["total"] == 10


def test_aging_counts_only_what_is_owed_and_keeps_currencies_apart() -> None:
    """Drafts, voided and paid invoices and zero balances are left out; sums are exact decimals per currency."""
    aging = aging_of(
        "receivables_aging",
        [
            invoice(0.1, 5),
            invoice("0.2", 5),
            invoice(50, 5, status="draft"),
            invoice(50, 5, status="voided"),
            invoice(0, 5, status="partial"),
            invoice(7, 200, currency="EUR", client=2, client_name="Globex"),
        ],
    )
    assert aging["invoices_owed"] == 3
    assert aging["totals"]["USD"]["1_30"] == 0.3 and aging["totals"]["USD"]["total"] == 0.3
    assert aging["totals"]["EUR"]["over_120"] == 7
    assert [(row["client_name"], row["currency"], row["total"]) for row in aging["by_client"]] == [
        ("Globex", "EUR", 7),
        ("Acme", "USD", 0.3),
    ]


def owed_by_the_api(control: MockControl, path: str = "/coa/api/v1/invoice/", **params: t.Any) -> dict[str, float]:
    """Per currency, the sum of ``amount_due`` over the invoices (or bills) the REST API lists as still owed."""
    rows = control.http.get(path, params={"limit": 1000, **params}, headers=control.headers)
    owed: dict[str, float] = {}
    for row in rows.json()["results"]:
        if row["amount_due"] > 0 and row["status"] not in ("draft", "voided", "paid"):
            owed[row["currency"]] = round(owed.get(row["currency"], 0) + row["amount_due"], 2)
    return owed


@pytest.fixture
def campfire_mcp_tool_set() -> str:
    return "all"


def test_ar_aging_totals_what_the_invoice_list_says_is_owed(campfire_mcp: t.Any, campfire_mock: MockControl) -> None:
    """The tool's totals per currency are the REST invoice list's amounts due, and each client's buckets add up."""
    result = campfire_mcp.call_tool("get_ar_aging")
    assert result.is_error is False
    aging = result.structured_content
    assert {currency: sums["total"] for currency, sums in aging["totals"].items()} == owed_by_the_api(campfire_mock)
    for row in aging["by_client"]:
        assert (
            round(sum(row[bucket] for bucket in ("current", "1_30", "31_60", "61_90", "91_120", "over_120")), 2)
            == (row["total"])
        )


def test_ap_aging_totals_what_the_bill_list_says_is_owed(campfire_mcp: t.Any, campfire_mock: MockControl) -> None:
    """Payables aging mirrors receivables: per currency the REST bill list's amounts due, per vendor its buckets,
    and a bill paid through the API leaves it."""
    owed = owed_by_the_api(campfire_mock, "/coa/api/v1/bill/")
    assert owed
    aging = campfire_mcp.call_tool("get_ap_aging").structured_content
    assert {currency: sums["total"] for currency, sums in aging["totals"].items()} == owed
    assert aging["bills_owed"] >= len({row["vendor"] for row in aging["by_vendor"]}) > 0
    bill = next(
        row
        for row in campfire_mock.http.get("/coa/api/v1/bill/", headers=campfire_mock.headers).json()["results"]
        if row["amount_due"] > 0 and row["status"] not in ("draft", "voided", "paid") and row["currency"] == "USD"
    )
    paid = campfire_mock.http.post(
        f"/coa/api/v1/bill/{bill['id']}/pay/",
        json={
            "empty_transactions": [
                {"account_id": 1010, "account_name": "Bank", "amount": bill["amount_due"], "payment_date": "2026-03-01"}
            ]
        },
        headers=campfire_mock.headers,
    )
    assert paid.status_code < 300, paid.text
    after = campfire_mcp.call_tool("get_ap_aging").structured_content
    assert after["totals"]["USD"]["total"] == round(aging["totals"]["USD"]["total"] - bill["amount_due"], 2)


def test_ar_aging_follows_the_workspace_clock(campfire_mcp: t.Any, campfire_mock: MockControl) -> None:
    """Ages are the API's own days past due: on 2026-04-15 an invoice due 2026-03-30 is 16 days late (1-30)."""
    campfire_mock.set_time("2026-04-15T09:00:00Z")
    due = campfire_mock.http.get("/coa/api/v1/invoice/145004/", headers=campfire_mock.headers).json()
    aging = campfire_mcp.call_tool("get_ar_aging", {"client": due["client"]}).structured_content
    assert due["due_date"] == "2026-03-30"
    assert aging["totals"][due["currency"]]["1_30"] == due["amount_due"]


def test_ar_aging_reads_every_page(
    campfire_mcp: t.Any, campfire_mock: MockControl, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With pages of 3 invoices the tool reads all of them (each read marked as the tool's) and counts them all."""
    monkeypatch.setattr(calls, "PAGE_SIZE", 3)
    listed = campfire_mock.http.get("/coa/api/v1/invoice/", headers=campfire_mock.headers).json()["count"]
    result = campfire_mcp.call_tool("get_ar_aging")
    assert f"of {listed} invoices owed" in result.content[0].text
    pages = campfire_mcp.calls("get_ar_aging")
    assert [call["query"] for call in pages] == [f"limit=3&offset={n}" for n in range(0, listed, 3)]


def test_ar_aging_past_its_page_limit_is_a_tool_error(campfire_mcp: t.Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``MAX_PAGES`` pages the tool refuses rather than answer a partial aging."""
    monkeypatch.setattr(calls, "PAGE_SIZE", 1)
    monkeypatch.setattr(calls, "MAX_PAGES", 2)
    result = campfire_mcp.call_tool("get_ar_aging")
    assert result.is_error is True
    assert result.content[0].text == "get_ar_aging: more than 2 invoices; narrow it with an argument."
