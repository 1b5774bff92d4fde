"""``journal_id`` on the GL log, its totals, the general ledger and the ledger report keeps one entry's lines
(the ``_id`` spelling of a line's ``journal``); the GL log's declared ``exclude_journal`` drops them."""

from __future__ import annotations

from starlette.testclient import TestClient

from .test_invoices import INVOICES
from .test_ledger import ALL, GL, gl_lines

REPORT = "/coa/api/transaction/report"


def _invoice_entry(client: TestClient) -> int:
    """A fresh invoice's journal entry id."""
    body = {"entity": 54, "client": 42, "invoice_date": "2026-05-01", "due_date": "2026-05-31"}
    made = client.post(INVOICES, json={**body, "lines": [{"product": 1, "quantity": 2, "rate": 250, "tax": 40}]})
    assert made.status_code == 201, made.text
    return int(made.json()["journal_entry"])


def test_journal_id_keeps_only_that_entrys_lines(client: TestClient) -> None:
    """The GL log answers the three lines of the invoice's entry, and nothing else."""
    entry = _invoice_entry(client)
    lines = gl_lines(client, journal_id=entry)
    assert sorted(ln["journal"] for ln in lines) == [entry] * 3
    assert sum(ln["debit_amount"] or 0 for ln in lines) == sum(ln["credit_amount"] or 0 for ln in lines) == 540


def test_an_unknown_journal_id_filters_to_nothing(client: TestClient) -> None:
    """As django-filter's NumberFilter: an id no entry has is an empty page, not an error."""
    assert client.get(GL, params={**ALL, "journal_id": 999999999}).json()["count"] == 0


def test_a_journal_id_that_is_not_a_number_is_a_400(client: TestClient) -> None:
    """The declared integer refuses text, naming the parameter."""
    refused = client.get(GL, params={**ALL, "journal_id": "abc"})
    assert refused.status_code == 400
    assert refused.json() == {"journal_id": ["A valid integer is required."]}


def test_exclude_journal_drops_that_entrys_lines(client: TestClient) -> None:
    """Upstream's declared ``exclude_journal``: every line but the entry's."""
    entry = _invoice_entry(client)
    every = client.get(GL, params=ALL).json()["count"]
    rest = gl_lines(client, exclude_journal=entry)
    assert len(rest) == every - 3 and entry not in {ln["journal"] for ln in rest}


def test_totals_and_the_general_ledger_apply_journal_id(client: TestClient) -> None:
    """The GL log's filters apply to its totals and the general ledger: one entry, balanced."""
    entry = _invoice_entry(client)
    totals = client.get(f"{GL}/totals", params={**ALL, "journal_id": entry}).json()
    assert (totals["count"], totals["debit_amount"], totals["credit_amount"]) == (3, 540, 540)
    ledger = client.get("/coa/api/general-ledger", params={**ALL, "journal_id": entry})
    assert ledger.status_code == 200, ledger.text
    shown = [ln["journal"] for acct in ledger.json()["accounts"] for ln in acct["transactions"]]
    assert shown == [entry] * 3


def test_the_ledger_report_takes_journal_id_as_journal(client: TestClient) -> None:
    """The report's ``_id`` spelling: the same lines as ``journal``."""
    entry = _invoice_entry(client)
    params = {"all_time": "true", "group_fields": "account", "aggregation_fields": "count:id"}
    by_id = client.get(REPORT, params={**params, "journal_id": entry})
    assert by_id.status_code == 200, by_id.text
    assert by_id.json() == client.get(REPORT, params={**params, "journal": entry}).json()
    assert sum(row["count"] for row in by_id.json()["results"]) == 3
