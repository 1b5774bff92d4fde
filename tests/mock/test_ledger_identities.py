"""Accounting identities after random sequences of API writes (Hypothesis' stateful testing).

A state machine creates, pays, voids and reopens invoices, issues, applies, refunds and voids credit
memos, writes, reverses and deletes manual journal entries, categorises bank transactions, and sends
writes that must be refused; after
every step it checks, through the API only: every entry balances, the GL's debits equal its credits, the
trial balance balances (and each entity's part of it), assets = liabilities + equity at every month end, each
period's net income is the change in equity it causes, the AR control account equals the open invoices less
unapplied credits, a comparative column is the plain statement's column for its period, the cash basis
counts a document's income only in the share cash settled, and a refused write changes no statement. A few
examples by default; many under ``--deep``.
"""

from __future__ import annotations

import os
import typing as t

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.domain.seeding import bundled_seed
from campfire_mock.domain.workspace import REFERENCE_KINDS

DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
INVOICES, MEMOS, JOURNAL, GL = (
    "/coa/api/v1/invoice/",
    "/coa/api/v1/credit-memo",
    "/coa/api/journal_entry",
    "/coa/api/transaction",
)
#: Accounts manual entries may post to (no receivables: those are the invoices' subledger).
ACCOUNTS = (1010, 1020, 1300, 1500, 2100, 2700, 3000, 5000, 6000, 6100, 7000, 169208)
#: The demo's bank transactions (on the operating bank account, 1010).
TRANSACTIONS = (14728800, 14728801, 14728802, 14728803, 14728804, 14728806)
APP = create_app()
FAR = {"start_date": "2000-01-01", "end_date": "2099-12-31"}

days = st.dates(min_value=__import__("datetime").date(2025, 11, 1), max_value=__import__("datetime").date(2026, 12, 31))
money = st.integers(min_value=1, max_value=500_000).map(lambda cents: cents / 100)


def small_seed() -> dict[str, t.Any]:
    """The demo's reference objects (chart, clients, products, entities, bank transactions), no documents."""
    demo = bundled_seed("demo")["objects"]
    kept = {kind: demo[kind] for kind in REFERENCE_KINDS if kind in demo and kind != "credit_memo"}
    return {"format": "campfire-mock-seed/1", "objects": kept}


def cents(value: float) -> int:
    return round(value * 100)


class Books(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.c = TestClient(APP, headers={"Authorization": "Token ledger-identities"})
        self.invoices: list[int] = []
        self.payments: list[tuple[int, int]] = []
        self.memos: list[int] = []
        self.entries: list[int] = []

    @initialize()
    def load(self) -> None:
        loaded = self.c.post("/__campfire_mock__/seed", json={"data": small_seed()})
        assert loaded.status_code == 200, loaded.text

    # ------------------------------------------------------------ writes

    @rule(day=days, amount=money, tax=st.sampled_from([0, 0, 7.5]), client=st.sampled_from([42, 101]))
    def create_invoice(self, day: t.Any, amount: float, tax: float, client: int) -> None:
        body = {
            "entity": 54,
            "client": client,
            "invoice_date": day.isoformat(),
            "due_date": day.isoformat(),
            "lines": [{"product": 3, "quantity": 1, "rate": amount, "tax": tax}],
        }
        made = self.c.post(INVOICES, json=body)
        assert made.status_code == 201, made.text
        self.invoices.append(made.json()["id"])

    @precondition(lambda self: self.invoices)
    @rule(data=st.data(), share=st.sampled_from([0.3, 1.0, 1.2]), day=days)
    def pay_invoice(self, data: st.DataObject, share: float, day: t.Any) -> None:
        inv_id = data.draw(st.sampled_from(self.invoices))
        inv = self.c.get(f"{INVOICES}{inv_id}/").json()
        amount = round(max(inv["amount_due"], 1) * share, 2)
        paid = self.c.post(
            f"{INVOICES}{inv_id}/pay/",
            json={
                "empty_transactions": [
                    {"account_id": 1010, "account_name": "Bank", "amount": amount, "payment_date": day.isoformat()}
                ]
            },
        )
        assert paid.status_code in (200, 409), paid.text  # 409: a voided invoice
        if paid.status_code == 200:
            self.payments += [(inv_id, p) for p in paid.json()["payment_ids"]]
            self.memos += [
                m["id"] if isinstance(m, dict) else m for m in paid.json().get("auto_created_credit_memos") or []
            ]

    @precondition(lambda self: self.payments)
    @rule(data=st.data(), day=days)
    def void_payment(self, data: st.DataObject, day: t.Any) -> None:
        inv_id, pay_id = data.draw(st.sampled_from(self.payments))
        voided = self.c.post(f"{INVOICES}{inv_id}/payment/{pay_id}/void/", json={"void_date": day.isoformat()})
        assert voided.status_code in (200, 409), voided.text

    @precondition(lambda self: self.invoices)
    @rule(data=st.data(), day=days)
    def void_invoice(self, data: st.DataObject, day: t.Any) -> None:
        inv_id = data.draw(st.sampled_from(self.invoices))
        voided = self.c.post(f"{INVOICES}{inv_id}/void/", json={"void_date": day.isoformat()})
        assert voided.status_code in (200, 409), voided.text

    @precondition(lambda self: self.invoices)
    @rule(data=st.data())
    def reopen_invoice(self, data: st.DataObject) -> None:
        reopened = self.c.post(f"{INVOICES}{data.draw(st.sampled_from(self.invoices))}/reopen/")
        assert reopened.status_code in (200, 409), reopened.text

    @rule(day=days, amount=money)
    def create_memo(self, day: t.Any, amount: float) -> None:
        body = {
            "entity": 54,
            "client": 42,
            "credit_memo_date": day.isoformat(),
            "currency": "USD",
            "lines": [{"account": 169208, "amount": amount, "description": "Credit"}],
        }
        made = self.c.post(MEMOS, json=body)
        assert made.status_code == 201, made.text
        self.memos.append(made.json()["id"])

    @precondition(lambda self: self.memos and self.invoices)
    @rule(data=st.data(), day=days)
    def apply_memo(self, data: st.DataObject, day: t.Any) -> None:
        memo_id, inv_id = data.draw(st.sampled_from(self.memos)), data.draw(st.sampled_from(self.invoices))
        body = {"credit_memos": [{"credit_memo_id": memo_id, "amount": 10, "posted_at": day.isoformat()}]}
        paid = self.c.post(f"{INVOICES}{inv_id}/pay/", json=body)
        assert paid.status_code in (200, 400, 409), paid.text  # 400: the memo is used up or voided
        if paid.status_code == 200:
            self.payments += [(inv_id, p) for p in paid.json()["payment_ids"]]

    @precondition(lambda self: self.memos)
    @rule(data=st.data(), day=days)
    def refund_memo(self, data: st.DataObject, day: t.Any) -> None:
        body = {"transaction_id": 14728801, "account_id": 1010, "amount": 5, "payment_date": day.isoformat()}
        refunded = self.c.post(f"{MEMOS}/{data.draw(st.sampled_from(self.memos))}/mark-used", json=body)
        assert refunded.status_code in (200, 400, 409), refunded.text

    @precondition(lambda self: self.memos)
    @rule(data=st.data(), day=days)
    def void_memo(self, data: st.DataObject, day: t.Any) -> None:
        voided = self.c.post(
            f"{MEMOS}/{data.draw(st.sampled_from(self.memos))}/void/", json={"void_date": day.isoformat()}
        )
        assert voided.status_code in (200, 409), voided.text

    @rule(
        day=days, amount=money, debit=st.sampled_from(ACCOUNTS), credit=st.sampled_from(ACCOUNTS), reverse=st.booleans()
    )
    def manual_entry(self, day: t.Any, amount: float, debit: int, credit: int, reverse: bool) -> None:
        body: dict[str, t.Any] = {
            "date": day.isoformat(),
            "entity": 54,
            "transactions": [{"account": debit, "debit_amount": amount}, {"account": credit, "credit_amount": amount}],
        }
        if reverse:
            body["reversal_date"] = (day + __import__("datetime").timedelta(days=31)).isoformat()
        made = self.c.post(JOURNAL, json=body)
        assert made.status_code == 201, made.text
        self.entries.append(made.json()["id"])

    @precondition(lambda self: self.entries)
    @rule(data=st.data())
    def delete_entry(self, data: st.DataObject) -> None:
        deleted = self.c.delete(f"{JOURNAL}/{data.draw(st.sampled_from(self.entries))}")
        assert deleted.status_code in (204, 404), deleted.text

    @rule(txn=st.sampled_from(TRANSACTIONS), account=st.sampled_from((*ACCOUNTS, None)))
    def categorise_transaction(self, txn: int, account: int | None) -> None:
        """Categorise a bank transaction to an account (it posts what payments left of it), or back to its
        bank account (it posts nothing)."""
        changed = self.c.patch(f"/ca/api/transaction/{txn}", json={"account": account or 1010})
        assert changed.status_code == 200, changed.text

    @rule(day=days, amount=money, account=st.sampled_from((*ACCOUNTS, 2553, 999999)))
    def refused_entry(self, day: t.Any, amount: float, account: int) -> None:
        """An unbalanced entry, or one on receivables or an unknown account: a 400 that changes nothing."""
        before = self.statements()
        body = {
            "date": day.isoformat(),
            "entity": 54,
            "transactions": [
                {"account": account, "debit_amount": amount},
                {"account": 1010, "credit_amount": amount + 0.01},
            ],
        }
        assert self.c.post(JOURNAL, json=body).status_code == 400
        assert self.statements() == before

    # ------------------------------------------------------------ identities

    def statements(self) -> tuple[t.Any, ...]:
        tb = self.c.get("/ca/api/get_trial_balance", params=FAR).json()
        bs = self.c.get(
            "/ca/api/get_balance_sheet", params={**FAR, "start_date": "2025-11-01", "end_date": "2026-12-31"}
        ).json()
        return tb, bs

    @invariant()
    def books_balance(self) -> None:
        lines = self.c.get(GL, params={"all_time": "true", "limit": 10000}).json()["results"]
        per_entry: dict[int, int] = {}
        for line in lines:
            assert (line["debit_amount"] is None) != (line["credit_amount"] is None) or line["amount"] == 0
            per_entry[line["journal"]] = per_entry.get(line["journal"], 0) + cents(line["amount"])
        assert all(v == 0 for v in per_entry.values()), {k: v for k, v in per_entry.items() if v}
        tb, bs = self.statements()
        accounts = tb["trial_balance"]["accounts"]
        assert sum(cents(a["balances"]["debits"]) for a in accounts) == sum(
            cents(a["balances"]["credits"]) for a in accounts
        )
        for column in bs["totals"].values():
            assert cents(column["assets"]) == cents(column["liabilities"]) + cents(column["equity"])

    @invariant()
    def net_income_is_the_change_in_equity(self) -> None:
        bs = self.c.get(
            "/ca/api/get_balance_sheet",
            params={"start_date": "2026-03-01", "end_date": "2026-09-30", "cadence": "yearly"},
        ).json()
        earned = {
            row["account_name"]: row
            for row in bs["balance_sheet"]
            if row["hierarchy"] == ["EQUITY", "RETAINED_EARNINGS"]
        }
        before = self.c.get(
            "/ca/api/get_balance_sheet",
            params={"start_date": "2026-02-28", "end_date": "2026-02-28", "cadence": "daily"},
        ).json()
        earlier = {
            row["account_name"]: row
            for row in before["balance_sheet"]
            if row["hierarchy"] == ["EQUITY", "RETAINED_EARNINGS"]
        }
        change = sum(cents(r["2026-09-30"]["ending_balance"]) for r in earned.values()) - sum(
            cents(r["2026-02-28"]["ending_balance"]) for r in earlier.values()
        )
        income = self.c.get(
            "/ca/api/get_income_statement",
            params={"start_date": "2026-03-01", "end_date": "2026-09-30", "cadence": "yearly"},
        ).json()
        net = next(row for row in income["income_statement"] if row["account_name"] == "Net Income")
        assert cents(net["2026-09-30"]) == change

    @invariant()
    def receivables_equal_their_subledger(self) -> None:
        tb = self.c.get("/ca/api/get_trial_balance", params={**FAR, "entity": 54}).json()
        ar = sum(
            cents(a["balances"]["debits"]) - cents(a["balances"]["credits"])
            for a in tb["trial_balance"]["accounts"]
            if a["id"] == "2553"
        )
        invoices = self.c.get(INVOICES, params={"limit": 10000}).json()["results"]
        due = sum(cents(i["amount_due"]) for i in invoices if i["status"] not in ("draft", "voided"))
        memos = self.c.get(MEMOS, params={"limit": 10000}).json()["results"]
        unapplied = sum(
            cents(float(m["amount_remaining"]))
            for m in memos
            if not m.get("voided_date") and m["credit_account"] == 2553  # held on receivables
        )
        assert ar == due - unapplied

    @invariant()
    def each_entity_balances_on_its_own(self) -> None:
        tb = self.c.get("/ca/api/get_trial_balance", params={**FAR, "group_by": "entity"}).json()
        for name, part in tb.get("breakdown", {}).items():
            accounts = part["accounts"]
            debits = sum(cents(a["balances"]["debits"]) for a in accounts)
            assert debits == sum(cents(a["balances"]["credits"]) for a in accounts), name

    @invariant()
    def a_comparative_column_is_the_plain_statement(self) -> None:
        window = {"start_date": "2026-03-01", "end_date": "2026-04-30"}
        plain = self.c.get("/ca/api/get_income_statement", params=window).json()["income_statement"]
        compared = self.c.get("/ca/api/income-statement/comparative", params=window).json()
        assert compared["headers"] == {
            "comparison_1": [
                "2026-03-01_Total",
                "2026-04-01_Total",
                "comparison_1_Difference",
                "comparison_1_Percentage",
            ]
        }
        by_name = {row["account_name"]: row for row in compared["income_statement"]}
        for row in plain:
            other = by_name[row["account_name"]]
            assert (other["2026-03-01_Total"], other["2026-04-01_Total"]) == (row["2026-03-31"], row["2026-04-30"])
            assert cents(other["comparison_1_Difference"]) == cents(row["2026-04-30"]) - cents(row["2026-03-31"])
        sheet = self.c.get("/ca/api/get_balance_sheet", params=window).json()["balance_sheet"]
        compared_sheet = self.c.get("/ca/api/balance-sheet/comparative", params=window).json()["balance_sheet"]
        assert [r["2026-04-30"]["ending_balance"] for r in sheet] == [r["2026-04-30_Total"] for r in compared_sheet]

    def _yearly_net_income(self, path: str) -> int:
        body = self.c.get(path, params={**FAR, "start_date": "2025-01-01", "cadence": "yearly"}).json()
        net = body["income_statement"][-1]
        assert net["account_name"] == "Net Income"
        return sum(cents(v) for k, v in net.items() if k[:4].isdigit())

    @invariant()
    def the_cash_basis_counts_only_what_cash_settled(self) -> None:
        """Documents count on the cash basis in the share cash paid (credit memo applications are no cash);
        manual entries and categorised bank transactions count as on the accrual basis."""
        lines = self.c.get(GL, params={"all_time": "true", "limit": 10000}).json()["results"]
        manual = -sum(
            cents(ln["amount"])
            for ln in lines
            if ln["journal_type"] in ("journal_entry", "deposit", "expense", "transfer")
            and ln["account_type"] not in ("ASSET", "LIABILITY", "EQUITY")
        )
        expected, settlements = 0, 0
        for inv in self.c.get(INVOICES, params={"limit": 10000}).json()["results"]:
            full = self.c.get(f"{INVOICES}{inv['id']}/").json()
            total = cents(full["total_amount"])
            revenue = total - sum(cents(ln.get("tax") or 0) for ln in full["lines"])
            for pay in full["payments"]:
                if not pay["credit_memo"] and pay["voided_date"] is None and total:
                    expected += round(revenue * cents(pay["amount"]) / total)
                    settlements += 1
        for memo in self.c.get(MEMOS, params={"limit": 10000}).json()["results"]:
            total = cents(float(memo["total_amount"]))
            revenue = sum(cents(float(ln["amount"])) for ln in memo["lines"])
            for refund in memo["payments"]:
                if refund.get("voided_date") is None and total and not refund.get("invoice"):
                    expected -= round(revenue * cents(float(refund["amount"])) / total)
                    settlements += 1
        documents = self._yearly_net_income("/ca/api/cash-basis") - manual
        assert abs(documents - expected) <= settlements, (documents, expected)


Books.TestCase.settings = settings(
    max_examples=60 if DEEP else 8,
    stateful_step_count=25 if DEEP else 10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_accounting_identities_hold_after_every_write = Books.TestCase
