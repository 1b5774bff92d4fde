"""A PUT saves what it was sent and leaves the optional fields it was not sent as they are, as DRF's PUT
(``partial=False``: the required fields must come, only ``validated_data`` is set on the instance)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

JOURNAL, INTERCOMPANY = "/coa/api/journal_entry", "/coa/api/intercompany-journal-entry"
LINES = [{"account": 1300, "debit_amount": 10}, {"account": 1010, "credit_amount": 10}]


def test_a_journal_entry_put_keeps_the_fields_it_does_not_send(client: TestClient) -> None:
    """A PUT of date and lines keeps the entry's memo and reference number; its lines stay required."""
    body = {"date": "2026-05-10", "memo": "Accrual", "ref_number": "R-1", "transactions": LINES}
    made = client.post(JOURNAL, json=body).json()
    put = client.put(f"{JOURNAL}/{made['id']}", json={"date": "2026-05-11", "transactions": LINES})
    assert put.status_code == 200, put.text
    kept = client.get(f"{JOURNAL}/{made['id']}").json()
    assert (kept["memo"], kept["ref_number"], kept["date"]) == ("Accrual", "R-1", "2026-05-11")
    refused = client.put(f"{JOURNAL}/{made['id']}", json={"date": "2026-05-12"})
    assert (refused.status_code, refused.json()) == (400, {"transactions": ["This field is required."]})


def test_an_intercompany_entry_put_keeps_the_fields_it_does_not_send(client: TestClient) -> None:
    """A PUT of new lines keeps the intercompany entry's memo and currency, on it and on its parts."""
    lines: list[dict[str, t.Any]] = [
        {"entity": 54, "account": 1300, "debit_amount": 5},
        {"entity": 54, "account": 1010, "credit_amount": 5},
        {"entity": 1, "account": 1010, "debit_amount": 5},
        {"entity": 1, "account": 2700, "credit_amount": 5},
    ]
    made = client.post(
        INTERCOMPANY, json={"date": "2026-05-10", "memo": "Loan", "currency": "USD", "transactions": lines}
    ).json()
    put = client.put(f"{INTERCOMPANY}/{made['id']}", json={"date": "2026-05-11", "transactions": lines[:2]})
    assert put.status_code == 200, put.text
    kept = client.get(f"{INTERCOMPANY}/{made['id']}").json()
    assert (kept["memo"], kept["currency"], kept["date"]) == ("Loan", "USD", "2026-05-11")
    part = client.get(f"{JOURNAL}/{kept['transactions'][0]['journal']}").json()
    assert part["memo"] == "Loan"
