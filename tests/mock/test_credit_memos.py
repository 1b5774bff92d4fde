"""Credit memos' lifecycle through the API: void, reopen, mark-used (refunds), payment void and delete,
update, delete, the next number, the list's filters, search, sort and paging, the journal entries they
post and the webhook events they send."""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from .payables import new_bill, set_clock
from .payables import pay as pay_bill
from .test_delivery import Receiver
from .test_invoices import INVOICES, new_invoice
from .test_webhooks import received, settle, subscribe

MEMOS = "/coa/api/v1/credit-memo"
JOURNAL = "/coa/api/journal_entry"
#: The demo's withdrawal for customer refunds (-500.00: a refund is money out) and the operating bank account.
TRANSACTION, BANK = 14728807, 1010


def new_memo(client: TestClient, /, amount: float = 100, **overrides: t.Any) -> dict[str, t.Any]:
    body = {
        "entity": 54,
        "client": 42,
        "credit_memo_date": "2026-01-05",
        "currency": "USD",
        "lines": [{"account": 169208, "amount": amount, "description": "Service credit"}],
        **overrides,
    }
    response = client.post(MEMOS, json=body)
    assert response.status_code == 201, response.text
    return t.cast(dict[str, t.Any], response.json())


def memo(client: TestClient, memo_id: int) -> dict[str, t.Any]:
    response = client.get(f"{MEMOS}/{memo_id}")
    assert response.status_code == 200, response.text
    return t.cast(dict[str, t.Any], response.json())


def usage(body: dict[str, t.Any]) -> tuple[t.Any, ...]:
    return body["amount_used"], body["amount_remaining"], body["application_status"]


def refund(client: TestClient, memo_id: int, amount: float, **overrides: t.Any) -> t.Any:
    body = {
        "transaction_id": TRANSACTION,
        "account_id": BANK,
        "amount": amount,
        "payment_date": "2026-02-01",
        "memo": "Refund by ACH",
        **overrides,
    }
    return client.post(f"{MEMOS}/{memo_id}/mark-used", json=body)


def apply_to_invoice(client: TestClient, memo_id: int, amount: float) -> tuple[dict[str, t.Any], int]:
    """Pay a new invoice of client 42 with ``amount`` of the memo; the invoice and the payment's id."""
    inv = new_invoice(client)
    body = {"credit_memos": [{"credit_memo_id": memo_id, "amount": amount, "posted_at": "2026-01-20"}]}
    response = client.post(f"{INVOICES}{inv['id']}/pay/", json=body)
    assert response.status_code == 200, response.text
    return inv, response.json()["payment_ids"][0]


def entry(client: TestClient, entry_id: int) -> dict[str, t.Any]:
    response = client.get(f"{JOURNAL}/{entry_id}")
    assert response.status_code == 200, response.text
    return t.cast(dict[str, t.Any], response.json())


def sides(body: dict[str, t.Any]) -> dict[str, tuple[float, float]]:
    """An entry's debits and credits by account name."""
    found: dict[str, tuple[float, float]] = {}
    for line in body["transactions"]:
        debit, credit = found.get(line["account_name"], (0, 0))
        found[line["account_name"]] = (debit + (line["debit_amount"] or 0), credit + (line["credit_amount"] or 0))
    return found


def balanced(body: dict[str, t.Any]) -> bool:
    lines = body["transactions"]
    return bool(lines) and round(sum(ln["debit_amount"] or 0 for ln in lines), 2) == round(
        sum(ln["credit_amount"] or 0 for ln in lines), 2
    )


# ---------------------------------------------------------------------- void and reopen


def test_void_sets_the_date_and_status_and_a_second_void_is_409(client: TestClient) -> None:
    """Voiding sets voided_date, status voided and a reversal; voiding again is a 409 that changes nothing."""
    made = new_memo(client)
    response = client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-02-10"})
    assert response.status_code == 200, response.text
    voided = response.json()
    assert (voided["voided_date"], voided["application_status"]) == ("2026-02-10", "voided")
    assert voided["voided_journal_entry"] is not None
    assert memo(client, made["id"])["application_status"] == "voided"
    again = client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-02-11"})
    assert again.status_code == 409
    assert again.json() == {"detail": f"Credit memo {made['id']} is already voided."}
    assert memo(client, made["id"])["voided_date"] == "2026-02-10"


def test_void_needs_a_void_date(client: TestClient) -> None:
    """The void body's void_date is required (400), and nothing is voided without it."""
    made = new_memo(client)
    assert client.post(f"{MEMOS}/{made['id']}/void/", json={}).status_code == 400
    assert memo(client, made["id"])["voided_date"] is None


def test_a_memo_applied_to_an_invoice_cannot_be_voided(client: TestClient) -> None:
    """A memo an active invoice payment applied is not voided (409 saying what to do)."""
    made = new_memo(client)
    apply_to_invoice(client, made["id"], 40)
    response = client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-02-10"})
    assert response.status_code == 409
    assert response.json() == {
        "detail": f"Credit memo {made['id']} is applied by active payments; void them before you void it."
    }
    assert memo(client, made["id"])["application_status"] == "partially_used"


def test_reopen_clears_the_void_and_the_status_follows_the_payments(client: TestClient) -> None:
    """Reopening clears the void date and its entry; the status is open again once its refund is voided."""
    made = new_memo(client)
    assert refund(client, made["id"], 30).status_code == 200
    payment_id = memo(client, made["id"])["payments"][0]["id"]
    client.post(f"{MEMOS}/{made['id']}/payment/{payment_id}/void", json={})
    client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-02-10"})
    response = client.post(f"{MEMOS}/{made['id']}/reopen/")
    assert response.status_code == 200, response.text
    reopened = response.json()
    assert (reopened["voided_date"], reopened["voided_journal_entry"]) == (None, None)
    assert usage(reopened) == (0, 100, "open")


def test_reopen_of_a_memo_that_is_not_voided_is_409(client: TestClient) -> None:
    """Only a voided memo can be reopened."""
    made = new_memo(client)
    response = client.post(f"{MEMOS}/{made['id']}/reopen/")
    assert response.status_code == 409
    assert response.json() == {"detail": f"Credit memo {made['id']} is not voided, so it cannot be reopened."}


def test_lifecycle_of_a_memo_that_does_not_exist_is_404(client: TestClient) -> None:
    """Void, reopen, mark-used and a payment's void of an unknown memo are DRF's 404."""
    for response in (
        client.post(f"{MEMOS}/987654/void/", json={"void_date": "2026-02-10"}),
        client.post(f"{MEMOS}/987654/reopen/"),
        refund(client, 987654, 10),
        client.post(f"{MEMOS}/987654/payment/1/void", json={}),
    ):
        assert (response.status_code, response.json()) == (404, {"detail": "Not found."})


# ---------------------------------------------------------------------- mark-used


def test_mark_used_records_a_refund_and_moves_the_status(client: TestClient) -> None:
    """Mark-used adds a payment of no invoice (``invoice`` null) and moves the memo to partially_used, then used."""
    made = new_memo(client)
    response = refund(client, made["id"], 40)
    assert response.status_code == 200, response.text
    assert usage(response.json()) == (40, 60, "partially_used")
    (payment,) = memo(client, made["id"])["payments"]
    assert (payment["amount"], payment["payment_date"], payment["credit_memo"]) == (40, "2026-02-01", made["id"])
    assert (payment["payment_transaction"], payment["invoice"], payment["voided_date"]) == (TRANSACTION, None, None)
    assert usage(refund(client, made["id"], 60).json()) == (100, 0, "used")


def test_mark_used_beyond_what_remains_is_400_and_changes_nothing(client: TestClient) -> None:
    """A refund may not take more than remains on the memo."""
    made = new_memo(client)
    refund(client, made["id"], 70)
    response = refund(client, made["id"], 30.01)
    assert response.status_code == 400
    assert response.json() == {"amount": ["Only 30.00 remains on this credit memo."]}
    assert usage(memo(client, made["id"])) == (70, 30, "partially_used")


@pytest.mark.parametrize("amount", [0, 2.225073858507203e-309, "0.004", -0.01])
def test_mark_used_needs_an_amount_of_at_least_a_cent(client: TestClient, amount: t.Any) -> None:
    """A refund of nothing is a 400, and so is one that rounds to nothing in cents: the spec's bound says so (an
    empty-folder run sent 2.2e-309, which a bound of "above 0" allowed and the service refused)."""
    made = new_memo(client)
    response = refund(client, made["id"], amount)
    assert response.status_code == 400, response.text
    (message,) = response.json()["amount"]
    assert message.startswith("Ensure this value is greater than"), message
    assert usage(memo(client, made["id"])) == (0, 100, "open")


@pytest.mark.parametrize("amount", [0.005, "0.005", "0.01"])
def test_mark_used_takes_the_smallest_amount_that_rounds_to_a_cent(client: TestClient, amount: t.Any) -> None:
    """Half a cent rounds up (half up) to the cent the refund records."""
    made = new_memo(client)
    response = refund(client, made["id"], amount)
    assert response.status_code == 200, response.text
    assert usage(response.json())[:2] == (0.01, 99.99)


def test_mark_used_with_an_unknown_transaction_or_account_is_400_naming_them(client: TestClient) -> None:
    """The transaction and the account must exist: DRF's field errors, and no refund."""
    made = new_memo(client)
    response = refund(client, made["id"], 10, transaction_id=999999, account_id=777)
    assert response.status_code == 400
    assert response.json() == {
        "transaction_id": ['Invalid pk "999999" - object does not exist.'],
        "account_id": ['Invalid pk "777" - object does not exist.'],
    }
    assert memo(client, made["id"])["payments"] == []


def test_mark_used_of_a_voided_memo_is_409(client: TestClient) -> None:
    """A voided memo cannot be marked used."""
    made = new_memo(client)
    client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-02-10"})
    response = refund(client, made["id"], 10)
    assert response.status_code == 409
    assert response.json() == {"detail": f"Credit memo {made['id']} is voided; reopen it before you mark it used."}


def test_a_transaction_is_not_used_beyond_its_amount(client: TestClient) -> None:
    """Withdrawal 14728807 (500.00) paying 450 of a bill leaves 50 for refunds; a refund of it leaves nothing
    for another bill: money out is spent once across both sides."""
    made_bill = new_bill(client, lines=[(2622, 450, 0)])
    paid = pay_bill(client, made_bill["id"], transactions=[{"transaction_id": TRANSACTION, "amount": 450}])
    assert paid.status_code == 200, paid.text
    made = new_memo(client, amount=500)
    over = refund(client, made["id"], 60)
    assert (over.status_code, over.json()) == (400, {"amount": ["Only 50.00 of this transaction is unapplied."]})
    assert refund(client, made["id"], 50).status_code == 200
    another = new_bill(client)
    response = pay_bill(client, another["id"], transactions=[{"transaction_id": TRANSACTION, "amount": 1}])
    assert response.status_code == 400
    assert response.json() == {"transactions": [{"amount": ["Only 0.00 of this transaction is unapplied."]}]}


def test_a_deposit_cannot_refund_a_credit_memo(client: TestClient) -> None:
    """A refund to a customer is money out: a deposit is a 400 naming it under transaction_id, and the memo
    keeps what it had."""
    made = new_memo(client)
    response = refund(client, made["id"], 10, transaction_id=14728802)
    assert response.status_code == 400
    assert response.json() == {
        "transaction_id": ["Bank transaction 14728802 is money in (2500.00): it cannot refund a credit memo."]
    }
    assert usage(memo(client, made["id"])) == (0, 100, "open")


# ---------------------------------------------------------------------- a payment's void and delete


def test_voiding_a_refund_gives_the_amount_back(client: TestClient) -> None:
    """A voided refund no longer counts as used; voiding it again is a 409."""
    made = new_memo(client)
    refund(client, made["id"], 100)
    payment_id = memo(client, made["id"])["payments"][0]["id"]
    response = client.post(f"{MEMOS}/{made['id']}/payment/{payment_id}/void", json={"void_date": "2026-02-03"})
    assert response.status_code == 200, response.text
    voided = response.json()
    assert (voided["id"], voided["voided_date"], voided["amount"]) == (payment_id, "2026-02-03", 100)
    assert voided["voided_journal_entry"] is not None
    assert usage(memo(client, made["id"])) == (0, 100, "open")
    again = client.post(f"{MEMOS}/{made['id']}/payment/{payment_id}/void", json={})
    assert (again.status_code, again.json()) == (409, {"detail": f"Payment {payment_id} is already voided."})


def test_voiding_an_invoice_payment_from_the_memo_is_the_invoice_payment_void(client: TestClient) -> None:
    """Voiding, through the memo, a payment it made to an invoice voids the invoice's payment: both balances follow
    (the invoice open again, on the void's day: not yet due)."""
    set_clock(client, "2026-02-04")
    made = new_memo(client)
    inv, payment_id = apply_to_invoice(client, made["id"], 40)
    assert client.get(f"{INVOICES}{inv['id']}/").json()["amount_paid"] == 40
    response = client.post(f"{MEMOS}/{made['id']}/payment/{payment_id}/void", json={"void_date": "2026-02-04"})
    assert response.status_code == 200, response.text
    assert (response.json()["invoice"], response.json()["voided_date"]) == (inv["invoice_number"], "2026-02-04")
    assert usage(memo(client, made["id"])) == (0, 100, "open")
    invoice = client.get(f"{INVOICES}{inv['id']}/").json()
    assert (invoice["amount_paid"], invoice["amount_due"], invoice["status"]) == (0, 500, "open")
    assert [p["voided_date"] for p in invoice["payments"]] == ["2026-02-04"]


def test_a_payment_that_is_not_the_memos_is_404(client: TestClient) -> None:
    """Another memo's payment is not found through this memo, for a void or a delete."""
    made, other = new_memo(client), new_memo(client)
    refund(client, other["id"], 10)
    payment_id = memo(client, other["id"])["payments"][0]["id"]
    for response in (
        client.post(f"{MEMOS}/{made['id']}/payment/{payment_id}/void", json={}),
        client.delete(f"{MEMOS}/{made['id']}/payment/{payment_id}/void"),
    ):
        assert (response.status_code, response.json()) == (404, {"detail": "Not found."})
    assert usage(memo(client, other["id"])) == (10, 90, "partially_used")


def test_deleting_a_refund_removes_it(client: TestClient) -> None:
    """Deleting a refund removes it from the memo's payments; deleting it again is a 404."""
    made = new_memo(client)
    refund(client, made["id"], 25)
    payment_id = memo(client, made["id"])["payments"][0]["id"]
    response = client.delete(f"{MEMOS}/{made['id']}/payment/{payment_id}/void")
    assert response.status_code == 204
    after = memo(client, made["id"])
    assert (after["payments"], usage(after)) == ([], (0, 100, "open"))
    gone = client.delete(f"{MEMOS}/{made['id']}/payment/{payment_id}/void")
    assert gone.status_code == 404


def test_an_invoice_payment_is_not_deleted_through_the_memo(client: TestClient) -> None:
    """Only refunds are deleted through the memo: an invoice payment it made is a 404 there and stays."""
    made = new_memo(client)
    _, payment_id = apply_to_invoice(client, made["id"], 40)
    response = client.delete(f"{MEMOS}/{made['id']}/payment/{payment_id}/void")
    assert response.status_code == 404
    assert usage(memo(client, made["id"])) == (40, 60, "partially_used")


# ---------------------------------------------------------------------- delete and update


def test_a_memo_applied_to_an_invoice_cannot_be_deleted(client: TestClient) -> None:
    """A memo with an active invoice payment is not deleted (409); once the payment is voided it is."""
    made = new_memo(client)
    _, payment_id = apply_to_invoice(client, made["id"], 40)
    response = client.delete(f"{MEMOS}/{made['id']}")
    assert response.status_code == 409
    assert response.json() == {
        "detail": f"Credit memo {made['id']} is applied by active payments; void them before you delete it."
    }
    assert memo(client, made["id"])["is_deleted"] is False
    client.post(f"{MEMOS}/{made['id']}/payment/{payment_id}/void", json={})
    assert client.delete(f"{MEMOS}/{made['id']}").status_code == 204


def test_a_deleted_memo_leaves_the_list_and_cannot_be_applied(client: TestClient) -> None:
    """A deleted memo is gone for good (upstream: "Permanently deletes"): it reads 404 as a deleted invoice does,
    drops out of the list, and /pay/ cannot use it."""
    made = new_memo(client)
    assert client.delete(f"{MEMOS}/{made['id']}").status_code == 204
    gone = client.get(f"{MEMOS}/{made['id']}")
    assert (gone.status_code, gone.json()) == (404, {"detail": "Not found."})
    listed = client.get(MEMOS, params={"limit": 100}).json()["results"]
    assert made["id"] not in [m["id"] for m in listed]
    inv = new_invoice(client)
    body = {"credit_memos": [{"credit_memo_id": made["id"], "amount": 10, "posted_at": "2026-01-20"}]}
    response = client.post(f"{INVOICES}{inv['id']}/pay/", json=body)
    assert response.status_code == 400
    assert response.json()["credit_memos"][0]["credit_memo_id"] == [
        f'Invalid pk "{made["id"]}" - object does not exist.'
    ]


def test_update_recomputes_the_total_from_the_lines(client: TestClient) -> None:
    """New lines replace the old with new ids, the total follows them, and the totals and entry sent are ignored."""
    made = new_memo(client)
    body = {"lines": [{"account": 169208, "amount": 40, "tax": 2}, {"account": 169208, "amount": 10}]}
    response = client.patch(f"{MEMOS}/{made['id']}", json={**body, "total_amount": 3, "journal_entry": 5})
    assert response.status_code == 200, response.text
    updated = response.json()
    assert (updated["total_amount"], updated["amount_remaining"], updated["journal_entry"]) == (
        52,
        52,
        made["journal_entry"],
    )
    ids = [line["id"] for line in updated["lines"]]
    assert len(set(ids)) == 2 and all(i > made["lines"][0]["id"] for i in ids)
    assert memo(client, made["id"]) == updated
    renamed = client.put(f"{MEMOS}/{made['id']}", json={**body, "entity": 54, "credit_memo_date": "2026-01-06"})
    assert renamed.status_code == 200, renamed.text
    assert (renamed.json()["credit_memo_date"], renamed.json()["total_amount"]) == ("2026-01-06", 52)


def test_update_checks_relations(client: TestClient) -> None:
    """An update naming a client or an account that does not exist is a 400 naming each, and changes nothing."""
    made = new_memo(client)
    response = client.patch(f"{MEMOS}/{made['id']}", json={"client": 999999, "lines": [{"account": 777}]})
    assert response.status_code == 400
    assert response.json() == {
        "client": ['Invalid pk "999999" - object does not exist.'],
        "lines": [{"account": ['Invalid pk "777" - object does not exist.']}],
    }
    assert memo(client, made["id"]) == client.get(f"{MEMOS}/{made['id']}").json()
    assert memo(client, made["id"])["client"] == 42


def test_a_voided_memo_cannot_be_updated(client: TestClient) -> None:
    """A voided memo is not changed by an update (409)."""
    made = new_memo(client)
    client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-02-10"})
    response = client.patch(f"{MEMOS}/{made['id']}", json={"message_on_credit_memo": "changed"})
    assert response.status_code == 409
    assert response.json() == {"detail": f"Credit memo {made['id']} is voided; reopen it before you change it."}
    assert memo(client, made["id"])["message_on_credit_memo"] != "changed"


def test_lines_of_an_applied_memo_cannot_be_replaced(client: TestClient) -> None:
    """New lines for a memo an active payment applied are a 409; other fields may change."""
    made = new_memo(client)
    apply_to_invoice(client, made["id"], 40)
    response = client.patch(f"{MEMOS}/{made['id']}", json={"lines": [{"account": 169208, "amount": 10}]})
    assert response.status_code == 409
    assert memo(client, made["id"])["total_amount"] == 100
    assert client.patch(f"{MEMOS}/{made['id']}", json={"message_on_credit_memo": "ok"}).status_code == 200


# ---------------------------------------------------------------------- next number


def test_next_number_is_the_one_the_next_create_gets(client: TestClient) -> None:
    """next-credit-memo-number answers what the next create gets, draws nothing, and follows a given number."""
    first = client.get(f"{MEMOS}/next-credit-memo-number")
    assert first.status_code == 200
    assert first.json() == {"credit_memo_number": "CM-0000009"}
    assert client.get(f"{MEMOS}/next-credit-memo-number").json() == first.json()  # reading draws nothing
    assert new_memo(client)["credit_memo_number"] == "CM-0000009"
    assert client.get(f"{MEMOS}/next-credit-memo-number").json() == {"credit_memo_number": "CM-0000010"}
    new_memo(client, credit_memo_number="CM-0000041")
    assert client.get(f"{MEMOS}/next-credit-memo-number").json() == {"credit_memo_number": "CM-0000042"}


# ---------------------------------------------------------------------- journal


def test_create_posts_a_balanced_entry_and_void_its_reversal(client: TestClient) -> None:
    """A memo's entry debits revenue and tax and credits receivables; its void posts the swapped reversal,
    gone on reopen."""
    made = new_memo(client, lines=[{"account": 169208, "amount": 100, "tax": 8}])
    posted = entry(client, made["journal_entry"])
    assert balanced(posted)
    assert sides(posted) == {
        "4107 - Subscription fees": (100, 0),
        "2200 - Sales Tax Payable": (8, 0),
        "1100 - Accounts Receivable": (0, 108),
    }
    voided = client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-02-10"}).json()
    reversal = entry(client, voided["voided_journal_entry"])
    assert balanced(reversal)
    assert (reversal["reversal_of"], reversal["date"]) == (made["journal_entry"], "2026-02-10")
    assert sides(reversal) == {name: (credit, debit) for name, (debit, credit) in sides(posted).items()}
    client.post(f"{MEMOS}/{made['id']}/reopen/")
    assert client.get(f"{JOURNAL}/{voided['voided_journal_entry']}").status_code == 404


def test_a_memo_with_a_credit_account_credits_it(client: TestClient) -> None:
    """A memo that names a credit account credits it instead of receivables."""
    made = new_memo(client, credit_account=41905)
    assert sides(entry(client, made["journal_entry"])) == {
        "4107 - Subscription fees": (100, 0),
        "5230 - Cloud Credits": (0, 100),
    }


def test_refund_entries_balance_and_reverse(client: TestClient) -> None:
    """A refund debits receivables and credits the bank account; its void reverses that."""
    made = new_memo(client)
    refund(client, made["id"], 30)
    payment = memo(client, made["id"])["payments"][0]
    posted = entry(client, payment["payment_journal_entry"])
    assert balanced(posted)
    assert sides(posted) == {"1100 - Accounts Receivable": (30, 0), "1010 - Operating Bank Account": (0, 30)}
    voided = client.post(f"{MEMOS}/{made['id']}/payment/{payment['id']}/void", json={}).json()
    reversal = entry(client, voided["voided_journal_entry"])
    assert balanced(reversal) and reversal["reversal_of"] == payment["payment_journal_entry"]
    assert sides(reversal) == {"1100 - Accounts Receivable": (0, 30), "1010 - Operating Bank Account": (30, 0)}


def test_every_posted_entry_balances_after_a_memo_lifecycle(client: TestClient) -> None:
    """After an application, a refund and a void, every posted entry balances and no id repeats."""
    made = new_memo(client)
    apply_to_invoice(client, made["id"], 20)
    refund(client, made["id"], 30)
    other = new_memo(client)
    client.post(f"{MEMOS}/{other['id']}/void/", json={"void_date": "2026-02-10"})
    entries = client.get(JOURNAL, params={"limit": 1000, "all_time": "true"}).json()["results"]
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    mine = {made["id"], other["id"]}
    memo_entries = [e for e in entries if mine & {m["id"] for m in e["credit_memos"]}]
    assert len(memo_entries) == 4  # each memo's own, the refund's, the void's reversal
    assert {made["journal_entry"], other["journal_entry"]} <= set(ids)
    posted = [e for e in entries if e["created_automatically"]]
    assert all(balanced(e) for e in posted), [e["id"] for e in posted if not balanced(e)]
    refused = client.delete(f"{JOURNAL}/{made['journal_entry']}")
    assert refused.status_code == 409


# ---------------------------------------------------------------------- list filters, search, sort, paging

#: The demo seed's memos (all of client 33973, "Client A", entity 54): number, date, total, status.
#: 4029 CM-0000007 2025-07-01 300.00 open; 4100 CM-0000006 2025-07-10 200.00 partially_used (50 refunded,
#: "Goodwill credit; ..."); 4258 CM-0000008 2025-07-01 1000.23 open ("Credit memo for annual subscription ...").
DEMO_MEMOS = [4029, 4100, 4258]


def listed(client: TestClient, /, **params: t.Any) -> list[int]:
    """The ids the credit memo list answers for ``params`` (a list value repeats the parameter)."""
    response = client.get(MEMOS, params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return [m["id"] for m in response.json()["results"]]


def memo_for(client: TestClient, vendor: int, amount: float = 100, **overrides: t.Any) -> int:
    """A new memo of the client ``vendor``; its id."""
    return int(new_memo(client, amount, client=vendor, **overrides)["id"])


def test_list_filters_by_client_contract_and_entity_each_repeatable(client: TestClient) -> None:
    """client, contract and entity keep the memos with any of the given ids; given together, all must hold."""
    acme = new_memo(client, contract=500)["id"]
    globex = memo_for(client, 123, entity=1)
    acme_llc = new_memo(client, entity=1)["id"]
    assert listed(client, client=42) == [acme, acme_llc]
    assert listed(client, client=[42, 123]) == [acme, globex, acme_llc]
    assert listed(client, client=33973) == DEMO_MEMOS
    assert listed(client, client=999999) == []
    assert listed(client, contract=500) == [acme]
    assert listed(client, contract=[500, 12954]) == [acme]
    assert listed(client, entity=1) == [globex, acme_llc]
    assert listed(client, entity=[54, 1]) == [*DEMO_MEMOS, acme, globex, acme_llc]
    assert listed(client, entity=1, client=42) == [acme_llc]


def test_list_filters_by_credit_memo_date_inclusively(client: TestClient) -> None:
    """start_date and end_date bound credit_memo_date, both days included."""
    made = new_memo(client, credit_memo_date="2026-01-05")["id"]
    assert listed(client, start_date="2025-07-01", end_date="2025-07-01") == [4029, 4258]
    assert listed(client, start_date="2025-07-02") == [4100, made]
    assert listed(client, end_date="2025-07-10") == DEMO_MEMOS
    assert listed(client, start_date="2025-07-10", end_date="2026-01-05") == [4100, made]
    assert listed(client, start_date="2026-01-06") == []


def test_list_dates_must_be_dates(client: TestClient) -> None:
    """A start_date or end_date that is not a date is DRF's 400 naming the parameter."""
    for name, value in (("start_date", "2025-13-01"), ("end_date", "yesterday")):
        response = client.get(MEMOS, params={name: value})
        assert (response.status_code, response.json()) == (400, {name: ["Enter a valid date."]})


def test_list_status_follows_refunds_void_and_reopen(client: TestClient) -> None:
    """status selects by application_status, which a refund (mark-used), a void and a reopen change."""
    untouched, partly, fully, voided = (new_memo(client)["id"] for _ in range(4))
    assert listed(client, status="open") == [4029, 4258, untouched, partly, fully, voided]
    assert refund(client, partly, 30).status_code == 200
    assert refund(client, fully, 100).status_code == 200
    assert client.post(f"{MEMOS}/{voided}/void/", json={"void_date": "2026-02-10"}).status_code == 200
    assert listed(client, status="open") == [4029, 4258, untouched]
    assert listed(client, status="partially_used") == [4100, partly]
    assert listed(client, status="used") == [fully]
    assert listed(client, status="voided") == [voided]
    assert client.post(f"{MEMOS}/{voided}/reopen/").status_code == 200
    assert listed(client, status="voided") == []
    assert listed(client, status="open") == [4029, 4258, untouched, voided]


def test_list_status_outside_the_enum_is_400(client: TestClient) -> None:
    response = client.get(MEMOS, params={"status": "closed"})
    assert (response.status_code, response.json()) == (400, {"status": ['"closed" is not a valid choice.']})


def test_list_q_matches_number_message_or_client_name_ignoring_case(client: TestClient) -> None:
    made = memo_for(client, 123, message_on_credit_memo="Loyalty discount for Q1")
    assert listed(client, q="cm-0000007") == [4029]
    assert listed(client, q="GOODWILL") == [4100]
    assert listed(client, q="annual subscription") == [4258]
    assert listed(client, q="loyalty") == [made]
    assert listed(client, q="globex") == [made]
    assert listed(client, q="Client a") == DEMO_MEMOS
    assert listed(client, q="no such memo") == []
    assert listed(client, q="globex", status="open") == [made]
    assert listed(client, q="globex", client=42) == []


def test_list_sorts_by_each_documented_field_both_ways(client: TestClient) -> None:
    """sort orders by total_amount as numbers, client_name, number, date and amount_used; - reverses;
    ties are in id order."""
    small = memo_for(client, 123, 50, credit_memo_date="2025-08-01")  # Globex, CM-0000009
    large = new_memo(client, 500, credit_memo_date="2025-06-01")["id"]  # Acme Corp, CM-0000010
    assert refund(client, small, 20).status_code == 200
    by_amount = [small, 4100, 4029, large, 4258]  # 50, 200, 300, 500, 1000.23 (not as text)
    assert listed(client, sort="total_amount") == by_amount
    assert listed(client, sort="-total_amount") == by_amount[::-1]
    assert listed(client, sort="client_name") == [large, *DEMO_MEMOS, small]
    assert listed(client, sort="-client_name") == [small, *DEMO_MEMOS, large]
    by_number = [4100, 4029, 4258, small, large]
    assert listed(client, sort="credit_memo_number") == by_number
    assert listed(client, sort="-credit_memo_number") == by_number[::-1]
    assert listed(client, sort="credit_memo_date") == [large, 4029, 4258, 4100, small]
    assert listed(client, sort="-credit_memo_date") == [small, 4100, 4029, 4258, large]
    assert listed(client, sort="amount_used") == [4029, 4258, large, small, 4100]  # 0, 0, 0, 20, 50
    assert listed(client, sort="-amount_used") == [4100, small, 4029, 4258, large]
    assert listed(client, sort="-total_amount", client=[42, 123]) == [large, small]


def test_list_sort_takes_one_documented_field(client: TestClient) -> None:
    """The spec's sort is one of its enum: another field, or two joined by a comma, is a 400."""
    for value in ("id", "client_name,-total_amount"):
        response = client.get(MEMOS, params={"sort": value})
        assert (response.status_code, response.json()) == (400, {"sort": [f'"{value}" is not a valid choice.']})


def test_list_pages_with_count_and_next(client: TestClient) -> None:
    """limit and offset page the filtered, sorted list; count is the whole match, next/previous move by limit."""
    made = [new_memo(client, 10 * (i + 1))["id"] for i in range(4)]  # 10, 20, 30, 40 for Acme Corp
    every = listed(client, sort="-total_amount")
    assert every == [4258, 4029, 4100, *made[::-1]]
    first = client.get(MEMOS, params={"sort": "-total_amount", "limit": 3}).json()
    assert (first["count"], first["previous"], [m["id"] for m in first["results"]]) == (7, None, every[:3])
    assert "offset=3" in first["next"] and "limit=3" in first["next"] and "sort=-total_amount" in first["next"]
    second = client.get(first["next"]).json()
    assert [m["id"] for m in second["results"]] == every[3:6]
    last = client.get(second["next"]).json()
    assert ([m["id"] for m in last["results"]], last["next"]) == (every[6:], None)
    assert "offset=3" in last["previous"]
    mine = client.get(MEMOS, params={"q": "acme", "sort": "total_amount", "limit": 3, "offset": 2}).json()
    assert (mine["count"], [m["id"] for m in mine["results"]], mine["next"]) == (4, made[2:], None)


def test_memo_lines_carry_the_workspace_customer(client: TestClient) -> None:
    """Each line's customer is the memo's (the workspace's), in a retrieve and in the list."""
    made = new_memo(client)
    assert made["customer"] == 1
    assert [line["customer"] for line in made["lines"]] == [1]
    assert [line["customer"] for line in memo(client, 4100)["lines"]] == [1]
    for body in client.get(MEMOS).json()["results"]:
        assert {line["customer"] for line in body["lines"]} == {body["customer"]}


# ---------------------------------------------------------------------- webhooks


def test_void_and_reopen_send_credit_memo_events(app: t.Any, client: TestClient) -> None:
    """Creating, voiding and reopening a memo send credit_memo.created, .voided and .updated."""
    receiver = Receiver()
    try:
        hook = subscribe(client, receiver.url, "credit_memo.created", "credit_memo.updated", "credit_memo.voided")
        made = new_memo(client)
        client.post(f"{MEMOS}/{made['id']}/void/", json={"void_date": "2026-02-10"})
        client.post(f"{MEMOS}/{made['id']}/reopen/")
        settle(app)
        events = sorted(
            ((e["topic"], e["object"]["voided_date"]) for e in received(receiver, hook["token"])),
            key=lambda item: ["credit_memo.created", "credit_memo.voided", "credit_memo.updated"].index(item[0]),
        )
        assert events == [
            ("credit_memo.created", None),
            ("credit_memo.voided", "2026-02-10"),
            ("credit_memo.updated", None),
        ]
    finally:
        receiver.close()


def test_an_invoice_side_payment_void_updates_the_memo(app: t.Any, client: TestClient) -> None:
    """Voiding, from the invoice, a payment made with a memo gives the memo back its amount: the memo is
    modified then (``last_modified_at`` on the clock) and a ``credit_memo.updated`` event says so."""
    receiver = Receiver()
    try:
        made = new_memo(client, amount=100)
        inv, payment_id = apply_to_invoice(client, made["id"], 40)
        hook = subscribe(client, receiver.url, "credit_memo.updated")
        assert client.post("/__campfire_mock__/clock", json={"now": "2026-05-02T08:00:00+00:00"}).status_code == 200
        voided = client.post(f"{INVOICES}{inv['id']}/payment/{payment_id}/void/", json={})
        assert voided.status_code == 200, voided.text
        after = memo(client, made["id"])
        assert usage(after)[:2] == (0, 100)
        assert after["last_modified_at"] == "2026-05-02T08:00:00+0000"
        settle(app)
        events = [(e["topic"], e["object"]["amount_remaining"]) for e in received(receiver, hook["token"])]
        assert events == [("credit_memo.updated", 100)]
    finally:
        receiver.close()
