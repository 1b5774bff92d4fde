"""Amortization schedules of bill lines post: the line's expense moves to prepaid expenses on the bill date
and back part by part on the parts' dates; saving again replaces the entries; a voided bill's schedule
posts nothing; the books balance throughout."""

from __future__ import annotations

import typing as t
from decimal import Decimal

from starlette.testclient import TestClient

from .payables import BILLS, bill, ledger_lines, new_bill, trial_balance_difference

SCHEDULE = f"{BILLS}/amortization/generate-schedule"
#: The demo chart's prepaid expenses (subtype PREPAID) and office expenses (an operating expense).
PREPAID, EXPENSE = 1300, 2622


def amortized(client: TestClient, account: int, bill_id: int) -> list[tuple[str, Decimal]]:
    """The (date, amount) of the amortization lines a bill posts on ``account``, in date order."""
    rows = [
        r for r in ledger_lines(client, account) if r["bill"] == str(bill_id) and r["journal_type"] == "journal_entry"
    ]
    rows.sort(key=lambda r: (r["date_year"], r["date_month"], r["journal"]))
    return [(f"{r['date_year']}-{r['date_month']}", Decimal(str(r["amount"]))) for r in rows]


def save(client: TestClient, line: int, amount: float, start: str, months: int) -> t.Any:
    parts = client.get(SCHEDULE, params={"amount": amount, "start_date": start, "months": months}).json()
    return client.put(SCHEDULE, json={"bill_line": line, "schedule": parts})


def test_a_saved_schedule_moves_the_expense_to_prepaid_and_recognizes_it_part_by_part(client: TestClient) -> None:
    """1,200.00 over 3 months: Dr prepaid 1,200 on the bill date, then Cr prepaid 400 each month (Dr the
    line's expense), so prepaid ends at zero and the trial balance balances."""
    created = new_bill(client, lines=[(EXPENSE, 1200, 0)], bill_date="2026-05-01")
    saved = save(client, created["lines"][0]["id"], 1200, "2026-05-31", 3)
    assert saved.status_code == 200, saved.text
    assert all(part["posted"] and part["journal_entry"] for part in saved.json())
    assert amortized(client, PREPAID, created["id"]) == [
        ("2026-05", Decimal(1200)),
        ("2026-05", Decimal(-400)),
        ("2026-06", Decimal(-400)),
        ("2026-07", Decimal(-400)),
    ]
    assert amortized(client, EXPENSE, created["id"]) == [
        ("2026-05", Decimal(-1200)),
        ("2026-05", Decimal(400)),
        ("2026-06", Decimal(400)),
        ("2026-07", Decimal(400)),
    ]
    assert trial_balance_difference(client) == 0


def test_saving_again_replaces_the_schedule_and_its_entries(client: TestClient) -> None:
    """A second schedule for the same line replaces the first: only its parts post, and the line shows them."""
    created = new_bill(client, lines=[(EXPENSE, 600, 0)])
    line = created["lines"][0]["id"]
    save(client, line, 600, "2026-05-01", 3)
    save(client, line, 600, "2026-05-01", 2)
    assert [amount for _, amount in amortized(client, PREPAID, created["id"])] == [600, -300, -300]
    shown = bill(client, created["id"])["lines"][0]["amortization_schedule"]
    assert [(p["date"], p["amount"]) for p in shown] == [("2026-05-01", 300), ("2026-06-01", 300)]


def test_a_voided_bill_s_schedule_posts_nothing_until_it_is_reopened(client: TestClient) -> None:
    """Voiding the bill withdraws its schedule's entries; reopening it posts them again."""
    created = new_bill(client, lines=[(EXPENSE, 300, 0)])
    save(client, created["lines"][0]["id"], 300, "2026-05-01", 3)
    assert client.post(f"{BILLS}/{created['id']}/void/", json={"void_date": "2026-06-01"}).status_code == 200
    assert amortized(client, PREPAID, created["id"]) == []
    assert trial_balance_difference(client) == 0
    assert client.post(f"{BILLS}/{created['id']}/reopen/").status_code == 200
    assert len(amortized(client, PREPAID, created["id"])) == 4


def test_replacing_the_lines_drops_their_schedules(client: TestClient) -> None:
    """New lines have new ids: the old line's schedule is dropped with its entries."""
    created = new_bill(client, lines=[(EXPENSE, 300, 0)])
    save(client, created["lines"][0]["id"], 300, "2026-05-01", 3)
    patched = client.patch(f"{BILLS}/{created['id']}/", json={"lines": [{"account": EXPENSE, "amount": 300}]})
    assert patched.status_code == 200, patched.text
    assert patched.json()["lines"][0]["amortization_schedule"] == []
    assert amortized(client, PREPAID, created["id"]) == []


def test_a_line_on_a_balance_sheet_account_cannot_be_amortized(client: TestClient) -> None:
    """Amortizing a line coded to the prepaid asset itself is a 400 naming bill_line."""
    created = new_bill(client, lines=[(PREPAID, 300, 0)])
    line = created["lines"][0]["id"]
    response = save(client, line, 300, "2026-05-01", 3)
    assert response.status_code == 400
    assert response.json() == {
        "bill_line": [f"Bill line {line} is coded to a balance sheet account; amortize an expense line."]
    }
