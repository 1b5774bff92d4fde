"""A memo's posting account answered (issue 36): a credit memo's ``credit_account`` and a debit memo's
``debit_account`` are the account its journal entry holds the memo on (the one it names, else the chart's
receivables or payables), never null while the chart has one; create, retrieve, list and update agree."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from . import test_credit_memos as credit
from . import test_debit_memos as debit
from .payables import AP, ledger_lines
from .test_invoices import INVOICES, new_invoice
from .test_payments import manual

#: The demo chart's receivables account (``1100 - Accounts Receivable``), its intercompany receivables, and
#: its second payables account (``2010 - Accounts Payable``; ``2000`` is the one payables post to).
AR, INTERCOMPANY_AR, OTHER_AP = 2553, 14239, 2550

Body = dict[str, t.Any]


def held_line(client: TestClient, account: int, journal: int) -> Body:
    """The one GL line of entry ``journal`` on ``account``, read from the general ledger's log."""
    found = [row for row in ledger_lines(client, account) if row["journal"] == journal]
    assert len(found) == 1, found
    return found[0]


def listed(client: TestClient, url: str, memo_id: int) -> Body:
    """The memo as the list answers it."""
    rows = client.get(url, params={"limit": 1000}).json()["results"]
    return next(row for row in rows if row["id"] == memo_id)


def stored(client: TestClient, kind: str, memo_id: int) -> Body:
    """The memo as the workspace stores it (the control API's snapshot)."""
    objects = client.get("/__campfire_mock__/snapshot").json()["objects"][kind]
    return next(row for row in objects if row["id"] == memo_id)


def fields(body: Body, side: str) -> tuple[t.Any, t.Any]:
    return body[f"{side}_account"], body[f"{side}_account_name"]


def test_credit_memo_without_an_account_answers_the_receivables_its_entry_credits(client: TestClient) -> None:
    """A memo written with no ``credit_account`` answers the receivables account its entry credits the total
    on, with its name, on create, retrieve and list alike."""
    made = credit.new_memo(client, amount=120)
    assert fields(made, "credit") == (AR, "1100 - Accounts Receivable")
    assert stored(client, "credit_memo", made["id"])["credit_account"] == AR
    line = held_line(client, made["credit_account"], made["journal_entry"])
    assert (line["debit_amount"], line["credit_amount"]) == (None, 120)
    assert fields(credit.memo(client, made["id"]), "credit") == fields(made, "credit")
    assert fields(listed(client, credit.MEMOS, made["id"]), "credit") == fields(made, "credit")


def test_credit_memo_written_with_an_account_keeps_it_and_posts_there(client: TestClient) -> None:
    """A memo naming its ``credit_account`` answers that account, and its entry credits the total there."""
    made = credit.new_memo(client, amount=80, credit_account=INTERCOMPANY_AR)
    assert fields(made, "credit") == (INTERCOMPANY_AR, "1900 - Intercompany Accounts Receivable")
    line = held_line(client, INTERCOMPANY_AR, made["journal_entry"])
    assert (line["debit_amount"], line["credit_amount"]) == (None, 80)
    assert not [row for row in ledger_lines(client, AR) if row["journal"] == made["journal_entry"]]
    assert fields(credit.memo(client, made["id"]), "credit") == fields(made, "credit")


def test_credit_memo_account_set_to_null_goes_back_to_receivables(client: TestClient) -> None:
    """An update that clears ``credit_account`` moves the memo's entry back to receivables, and says so."""
    made = credit.new_memo(client, amount=40, credit_account=INTERCOMPANY_AR)
    response = client.patch(f"{credit.MEMOS}/{made['id']}", json={"credit_account": None})
    assert response.status_code == 200, response.text
    assert fields(response.json(), "credit") == (AR, "1100 - Accounts Receivable")
    assert held_line(client, AR, made["journal_entry"])["credit_amount"] == 40


def test_credit_memo_with_an_unknown_account_is_refused(client: TestClient) -> None:
    """A ``credit_account`` no account has is DRF's 400 naming the field; nothing is stored."""
    before = client.get(credit.MEMOS).json()["count"]
    body = {"entity": 54, "client": 42, "credit_memo_date": "2026-01-05", "credit_account": 999999}
    response = client.post(credit.MEMOS, json={**body, "lines": [{"account": 169208, "amount": 10}]})
    assert response.status_code == 400
    assert response.json() == {"credit_account": ['Invalid pk "999999" - object does not exist.']}
    assert client.get(credit.MEMOS).json()["count"] == before


def test_overpayment_memo_answers_the_receivables_its_entry_credits(client: TestClient) -> None:
    """The memo an overpayment makes answers (and stores) the receivables account its entry credits."""
    inv = new_invoice(client, invoice_date="2026-11-01", due_date="2026-12-01")  # 500 due
    result = client.post(f"{INVOICES}{inv['id']}/pay/", json=manual(650, "2026-11-26"))
    assert result.status_code == 200, result.text
    (ref,) = result.json()["auto_created_credit_memos"]
    made = credit.memo(client, ref["id"])
    assert fields(made, "credit") == (AR, "1100 - Accounts Receivable")
    assert stored(client, "credit_memo", made["id"])["credit_account"] == AR
    assert held_line(client, AR, made["journal_entry"])["credit_amount"] == 150


def test_debit_memo_without_an_account_answers_the_payables_its_entry_debits(client: TestClient) -> None:
    """A debit memo written with no ``debit_account`` answers the payables account its entry debits the total
    on, with its name, on create, retrieve and list alike."""
    made = debit.new_memo(client, amount=75)
    assert fields(made, "debit") == (AP, "2000 - Accounts Payable")
    assert stored(client, debit.MEMOS, made["id"])["debit_account"] == AP
    line = held_line(client, made["debit_account"], made["journal_entry"])
    assert (line["debit_amount"], line["credit_amount"]) == (75, None)
    assert fields(debit.memo(client, made["id"]), "debit") == fields(made, "debit")
    assert fields(listed(client, debit.MEMOS, made["id"]), "debit") == fields(made, "debit")


def test_debit_memo_written_with_an_account_keeps_it_and_posts_there(client: TestClient) -> None:
    """A debit memo naming its ``debit_account`` answers that account, and its entry debits the total there."""
    made = debit.new_memo(client, amount=60, debit_account=OTHER_AP)
    assert fields(made, "debit") == (OTHER_AP, "2010 - Accounts Payable")
    line = held_line(client, OTHER_AP, made["journal_entry"])
    assert (line["debit_amount"], line["credit_amount"]) == (60, None)
    assert not [row for row in ledger_lines(client, AP) if row["journal"] == made["journal_entry"]]
    assert fields(debit.memo(client, made["id"]), "debit") == fields(made, "debit")


def test_debit_memo_account_set_to_null_goes_back_to_payables(client: TestClient) -> None:
    """A partial update that clears ``debit_account`` moves the memo's entry back to payables, and says so."""
    made = debit.new_memo(client, amount=30, debit_account=OTHER_AP)
    response = client.patch(f"{debit.MEMOS}/{made['id']}", json={"debit_account": None})
    assert response.status_code == 200, response.text
    assert fields(response.json(), "debit") == (AP, "2000 - Accounts Payable")
    assert held_line(client, AP, made["journal_entry"])["debit_amount"] == 30
