"""Payables' accounting identities after random sequences of API writes (Hypothesis' stateful testing).

A state machine creates, pays (manually, by bank transaction, by debit memo), voids, reopens and deletes
bills and their payments, issues, refunds and voids debit memos, and sends over-payments that must be
refused; after every step it checks, through the API only: the AP control account equals what open
bills owe less what remains on open debit memos, the aging buckets of the bill list add up to the same,
the trial balance balances, and a refused write changes nothing. A few examples by default; many under
``--deep``.
"""

from __future__ import annotations

import datetime as dt
import os
import typing as t
from decimal import Decimal

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.domain.seeding import bundled_seed
from campfire_mock.domain.workspace import REFERENCE_KINDS

from .payables import AP, BILLS, DEPOSIT, MEMOS, ap_balance, open_payables, trial_balance_difference

DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
APP = create_app()
#: Expense accounts bills post to, and a withdrawal of 8,999.99 nothing uses in this seed (a bill is paid by
#: money out).
EXPENSES = (2622, 6100, 6200, 5000)
BIG_WITHDRAWAL = 21069178

days = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 12, 31))
money = st.integers(min_value=1, max_value=200_000).map(lambda cents: Decimal(cents) / 100)


def small_seed() -> dict[str, t.Any]:
    """The demo's reference objects (chart, vendors, entities, bank transactions), no documents."""
    demo = bundled_seed("demo")["objects"]
    kept = {kind: demo[kind] for kind in REFERENCE_KINDS if kind in demo and kind != "credit_memo"}
    return {"format": "campfire-mock-seed/1", "objects": kept}


class Payables(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.c = TestClient(APP, headers={"Authorization": "Token payables-identities"})
        self.bills: list[int] = []
        self.payments: list[tuple[int, int]] = []
        self.memos: list[int] = []

    @initialize()
    def load(self) -> None:
        loaded = self.c.post("/__campfire_mock__/seed", json={"data": small_seed()})
        assert loaded.status_code == 200, loaded.text

    def _due(self, bill_id: int) -> Decimal:
        return Decimal(str(self.c.get(f"{BILLS}/{bill_id}/").json()["amount_due"]))

    # ------------------------------------------------------------ writes

    @rule(day=days, amount=money, tax=st.sampled_from([0, 0, 4]), account=st.sampled_from(EXPENSES))
    def create_bill(self, day: dt.date, amount: Decimal, tax: int, account: int) -> None:
        body = {
            "entity": 54,
            "vendor": 34182,
            "bill_number": f"B-{len(self.bills)}",
            "bill_date": day.isoformat(),
            "due_date": (day + dt.timedelta(days=30)).isoformat(),
            "lines": [{"account": account, "amount": str(amount), "tax": tax}],
        }
        made = self.c.post(f"{BILLS}/", json=body)
        assert made.status_code == 201, made.text
        self.bills.append(made.json()["id"])

    @precondition(lambda self: self.bills)
    @rule(data=st.data(), share=st.sampled_from([Decimal("0.25"), Decimal("0.5"), Decimal(1)]), bank=st.booleans())
    def pay(self, data: st.DataObject, share: Decimal, bank: bool) -> None:
        bill_id = data.draw(st.sampled_from(self.bills))
        due = self._due(bill_id)
        amount = (due * share).quantize(Decimal("0.01"))
        if amount <= 0:
            return
        if bank:
            body = {"transactions": [{"transaction_id": BIG_WITHDRAWAL, "amount": str(amount)}]}
        else:
            item = {"account_id": 2100, "account_name": "Card", "amount": str(amount), "payment_date": "2026-06-01"}
            body = {"empty_transactions": [item]}
        paid = self.c.post(f"{BILLS}/{bill_id}/pay/", json=body)
        if paid.status_code == 200:
            self.payments.append((bill_id, paid.json()["payments"][-1]["id"]))
        else:  # a voided bill, or the transaction is used up
            assert paid.status_code in (400, 409), paid.text

    @precondition(lambda self: self.bills and self.memos)
    @rule(data=st.data())
    def pay_with_memo(self, data: st.DataObject) -> None:
        bill_id, memo_id = data.draw(st.sampled_from(self.bills)), data.draw(st.sampled_from(self.memos))
        left = Decimal(str(self.c.get(f"{MEMOS}/{memo_id}").json()["amount_remaining"]))
        amount = min(left, self._due(bill_id))
        if amount <= 0:
            return
        item = {"debit_memo_id": memo_id, "amount": str(amount), "posted_at": "2026-06-02"}
        paid = self.c.post(f"{BILLS}/{bill_id}/pay/", json={"debit_memos": [item]})
        if paid.status_code == 200:
            self.payments.append((bill_id, paid.json()["payments"][-1]["id"]))

    @precondition(lambda self: self.payments)
    @rule(data=st.data(), delete=st.booleans())
    def undo_payment(self, data: st.DataObject, delete: bool) -> None:
        bill_id, payment_id = data.draw(st.sampled_from(self.payments))
        path = f"{BILLS}/{bill_id}/payment/{payment_id}/void/"
        done = self.c.delete(path) if delete else self.c.post(path, json={"void_date": "2026-07-01"})
        assert done.status_code in (200, 204, 404, 409), done.text
        if delete and done.status_code == 204:
            self.payments.remove((bill_id, payment_id))

    @precondition(lambda self: self.bills)
    @rule(data=st.data(), action=st.sampled_from(["void", "reopen", "delete"]))
    def change_bill(self, data: st.DataObject, action: str) -> None:
        bill_id = data.draw(st.sampled_from(self.bills))
        if action == "delete":
            done = self.c.delete(f"{BILLS}/{bill_id}/")
        else:
            done = self.c.post(f"{BILLS}/{bill_id}/{action}/", json={"void_date": "2026-07-02"})
        assert done.status_code in (200, 204, 409), done.text
        if action == "delete" and done.status_code == 204:
            self.bills.remove(bill_id)
            self.payments = [p for p in self.payments if p[0] != bill_id]

    @rule(day=days, amount=money)
    def create_memo(self, day: dt.date, amount: Decimal) -> None:
        body = {
            "entity": 54,
            "vendor": 34182,
            "debit_memo_date": day.isoformat(),
            "lines": [{"account": 2622, "amount": str(amount)}],
        }
        made = self.c.post(MEMOS, json=body)
        assert made.status_code == 201, made.text
        self.memos.append(made.json()["id"])

    @precondition(lambda self: self.memos)
    @rule(data=st.data(), refund=st.booleans())
    def refund_or_void_memo(self, data: st.DataObject, refund: bool) -> None:
        memo_id = data.draw(st.sampled_from(self.memos))
        if refund:
            left = Decimal(str(self.c.get(f"{MEMOS}/{memo_id}").json()["amount_remaining"]))
            body = {
                "transaction_id": DEPOSIT,
                "account_id": 1010,
                "amount": str(min(left, 10)),
                "payment_date": "2026-06-03",
            }
            done = self.c.post(f"{MEMOS}/{memo_id}/mark-used", json=body)
        else:
            done = self.c.post(f"{MEMOS}/{memo_id}/void/", json={"void_date": "2026-06-04"})
        assert done.status_code in (200, 400, 409), done.text

    @precondition(lambda self: self.bills)
    @rule(data=st.data())
    def over_payment_is_refused_and_changes_nothing(self, data: st.DataObject) -> None:
        bill_id = data.draw(st.sampled_from(self.bills))
        before = ap_balance(self.c)
        item = {"account_id": 2100, "account_name": "Card", "amount": "999999", "payment_date": "2026-06-01"}
        refused = self.c.post(f"{BILLS}/{bill_id}/pay/", json={"empty_transactions": [item]})
        assert refused.status_code in (400, 409)
        assert ap_balance(self.c) == before

    # ------------------------------------------------------------ identities

    @invariant()
    def ap_equals_open_payables(self) -> None:
        assert ap_balance(self.c) == -open_payables(self.c)

    @invariant()
    def trial_balance_balances(self) -> None:
        assert trial_balance_difference(self.c) == 0

    @invariant()
    def gl_lines_on_ap_are_one_sided(self) -> None:
        lines = self.c.get("/coa/api/transaction", params={"all_time": "true", "account": AP, "limit": 1000})
        for row in lines.json()["results"]:
            assert (row["debit_amount"] is None) != (row["credit_amount"] is None)


Payables.TestCase.settings = settings(
    max_examples=60 if DEEP else 3,
    stateful_step_count=25 if DEEP else 8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_payables_identities = Payables.TestCase
