"""A field the client did not send answers what Campfire would: the schema's default where upstream declares
one, a figure the twin computes, else null; never a made-up ``""``, ``0``, first choice, today or 1970.

Every create operation of the spec is called with a minimal body (its required writable fields, or the docs'
own example), and every field of the answer the body did not send is checked.
"""

from __future__ import annotations

import datetime as dt
import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.openapi.resources import Plan

from .test_every_operation import PLANS, RESOLVER, request_for

#: Fields a create answers though the client did not send them, each by a rule the twin computes (and
#: their reasons); anything else unsent is null or upstream's default.
COMPUTED: dict[str, str] = {
    "ChartAccount.balance_ytd": "the account's ledger balance: 0 for a new account",
    "ChartAccount.current_balance": "the account's ledger balance: 0 for a new account",
    "ChartAccount.current_balance_book": "the account's ledger balance: 0 for a new account",
    "AccountingInvoice.amount_paid": "what active payments cover: 0 for a new invoice",
    "AccountingInvoice.discount": "the invoice discount total_amount subtracts: 0 without one",
    "AccountingBill.amount_paid": "what active payments cover: 0 for a new bill",
    "AccountingBill.bill_type": "the kind of document the endpoint makes (a bill)",
    "AccountingCreditMemo.credit_memo_type": "the kind of document the endpoint makes (a credit memo)",
    "AccountingCreditMemo.amount_used": "what payments and refunds took: 0 for a new memo",
    "AccountingDebitMemo.amount_used": "what payments and refunds took: 0 for a new memo",
    "Contract.total_revenue": "the contract's revenue schedule: none yet",
    "Contract.total_mrr": "the contract's revenue schedule: none yet",
    "Contract.total_deferred_revenue": "billed and not recognized: nothing billed yet",
    "Contract.total_billed": "the contract's invoices: none yet",
    "Contract.total_paid": "the contract's invoices: none yet",
    "Contract.total_unbilled": "the contract's revenue schedule: none yet",
    "Contract.total_outstanding": "the contract's invoices: none yet",
    "AccountingCreditMemo.application_status": "what payments took of the memo: none yet",
    "AccountingDebitMemo.application_status": "what payments took of the memo: none yet",
    "Vendor.status": "a new client or vendor is active, as the list's status filter expects",
    "JournalEntry.date": "an entry is dated the day it is made unless it names one (journal_entries.py)",
    "IntercompanyJournalEntry.date": "an entry is dated the day it is made unless it names one",
    "CostAllocation.line_count": "how many lines it has",
    "Product.usage_group_count": "how many usage groups it has",
    "ContractSubscription.total_value": "the sum of its revenue schedule: 0 for one without (no dates, no mrr)",
    "ContractPrepaidCommit.status": "the pool's state: ACTIVE while it is neither used up nor expired",
    "ContractPrepaidCommit.remaining_value": "the pool left: total_value less what consumption drew",
}
CREATES = sorted(oid for oid, p in PLANS.items() if p.action == "create")


def _schema(p: Plan, name: str) -> dict[str, t.Any]:
    """The answer schema's property ``name``, its one-part ``allOf``/``$ref`` followed."""
    node = RESOLVER.walk((p.response or {}).get("properties", {}).get(name, {}))
    parts = node.get("allOf") or node.get("oneOf") or []
    for part in parts:
        node = {**RESOLVER.walk(part), **{k: v for k, v in node.items() if k not in ("allOf", "oneOf")}}
        break
    return t.cast(dict[str, t.Any], node)


def made_up(p: Plan, name: str, value: t.Any, today: str) -> str | None:
    """Why ``value`` (answered for ``name``, which the client did not send) is a placeholder, if it is one."""
    schema = _schema(p, name)
    if value is None or ("default" in schema and schema["default"] == value):
        return None
    if f"{p.response_name}.{name}" in COMPUTED:
        return None
    enum = [v for v in schema.get("enum") or [] if v is not None]
    if isinstance(value, str) and value.startswith("1970-"):
        return "the epoch"
    if value == "":
        return '""'
    if value == today:
        return "today"
    if isinstance(value, int | float) and not isinstance(value, bool) and value == 0:
        return "0"
    if enum and value == enum[0] and len(enum) > 1:
        return "the first choice"
    return None


@pytest.mark.parametrize("operation_id", CREATES)
def test_a_create_invents_no_value_it_was_not_sent(client: TestClient, operation_id: str) -> None:
    """Each field of a new object the client did not send is null, upstream's default or a computed figure."""
    p = PLANS[operation_id]
    method, url, query, body = request_for(p)
    answer = client.request(method, url, params=query, json=body)
    assert answer.status_code < 300, answer.text
    made = answer.json()
    if not isinstance(made, dict):
        return
    today = dt.date.today().isoformat()
    sent = body if isinstance(body, dict) else {}
    found = {
        name: why
        for name, value in made.items()
        if name not in sent and (why := made_up(p, name, value, today)) is not None
    }
    assert found == {}, f"{p.response_name}: {found}"


def test_an_unset_choice_reads_null_and_a_described_default_its_default(client: TestClient) -> None:
    """A subscription created without choices answers null for them, and FIXED_END (which its description
    names as the default) for ``renewal_behavior``; the contract its path names is its contract."""
    made = client.post("/rr/api/v1/contracts/500/subscriptions", json={"contract": 12954, "mrr": 10})
    assert made.status_code == 201, made.text
    sub = made.json()
    assert (sub["proration_method"], sub["invoice_calculation"], sub["source"]) == (None, None, None)
    assert sub["renewal_behavior"] == "FIXED_END"
    assert sub["contract_product_bundle"] is None
    assert sub["contract"] == 500


def test_a_sent_choice_is_kept_and_null_is_stored_as_not_sent(client: TestClient) -> None:
    """A choice the client sends is answered back; an explicit null reads null, as an unset one does."""
    body = {"name": "B", "start_date": "2026-01-01", "breakdown_type": "department_row", "currency": None}
    made = client.post("/coa/api/budgets", json=body)
    assert made.status_code == 201, made.text
    assert (made.json()["breakdown_type"], made.json()["currency"]) == ("department_row", None)
