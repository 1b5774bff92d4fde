"""The mock as a real process: concurrent payments (durability: test_state_file.py)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from .live import BODY, HEADERS, LiveServer


def test_concurrent_payments_keep_totals_consistent() -> None:
    """Sixteen clients paying 10 each on a 100 invoice: paid exactly 100, the rest in credit memos."""
    with LiveServer() as server, httpx.Client(base_url=server.url, headers=HEADERS, timeout=30) as http:
        invoice = http.post("/coa/api/v1/invoice/", json=BODY).json()
        pay = {
            "empty_transactions": [
                {"account_id": 1010, "account_name": "Bank", "amount": 10, "payment_date": "2026-01-20"}
            ]
        }

        def one(_: int) -> dict[str, list[int]]:
            with httpx.Client(base_url=server.url, headers=HEADERS, timeout=10) as own:
                return own.post(f"/coa/api/v1/invoice/{invoice['id']}/pay/", json=pay).json()

        with ThreadPoolExecutor(max_workers=16) as pool:
            results = list(pool.map(one, range(16)))
        after = http.get(f"/coa/api/v1/invoice/{invoice['id']}/").json()
        assert (after["amount_paid"], after["amount_due"], after["status"]) == (100, 0, "paid")
        assert sum(p["amount"] for p in after["payments"]) == 100
        memos = [m for r in results for m in r["auto_created_credit_memos"]]
        total_credit = sum(http.get(f"/coa/api/v1/credit-memo/{m['id']}").json()["total_amount"] for m in memos)
        assert total_credit == 60
