"""The mock as a real process: durability across SIGKILL, concurrent payments."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from .live import LiveServer, state_args

HEADERS = {"Authorization": "Token live"}
BODY = {
    "invoice_date": "2026-01-10",
    "due_date": "2026-02-09",
    "entity": 54,
    "client": 42,
    "lines": [{"product": 3, "quantity": 1, "rate": 100}],
}


def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    """Kill the server mid-run: every invoice it answered 201 for is there after restart."""
    state = tmp_path / "state.json"
    server = LiveServer(*state_args(state)).start()
    acknowledged: list[int] = []
    stop = threading.Event()

    def writer() -> None:
        with httpx.Client(base_url=server.url, headers=HEADERS, timeout=5) as http:
            while not stop.is_set() and len(acknowledged) < 400:
                try:
                    response = http.post("/coa/api/v1/invoice/", json=BODY)
                except httpx.TransportError:
                    return
                if response.status_code == 201:
                    acknowledged.append(response.json()["id"])

    thread = threading.Thread(target=writer)
    thread.start()
    deadline = time.monotonic() + 20
    while len(acknowledged) < 20 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.kill()
    stop.set()
    thread.join(10)
    assert len(acknowledged) >= 20

    with (
        LiveServer(*state_args(state), port=server.port) as again,
        httpx.Client(base_url=again.url, headers=HEADERS) as http,
    ):
        missing = [i for i in acknowledged if http.get(f"/coa/api/v1/invoice/{i}/").status_code != 200]
        assert missing == []
        assert http.get("/coa/api/v1/invoice/47864/").status_code == 200


def test_concurrent_payments_keep_totals_consistent() -> None:
    """Sixteen clients paying 10 each on a 100 invoice: paid exactly 100, the rest in credit memos."""
    with LiveServer() as server, httpx.Client(base_url=server.url, headers=HEADERS) as http:
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
