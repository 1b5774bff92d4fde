"""Text with a NUL character is refused wherever a body is checked item by item: in a list longer than the
detailed check's first items, and in each item of a bulk create (the compiled twins pass such text)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

INVOICES = "/coa/api/v1/invoice/"
NUL = "Null characters are not allowed."


def _invoice(lines: list[dict[str, t.Any]]) -> dict[str, t.Any]:
    return {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": lines}


def _count(client: TestClient) -> int:
    return int(client.get(INVOICES, params={"limit": 1}).json()["count"])


def test_a_nul_in_the_101st_line_is_refused_and_nothing_is_written(client: TestClient) -> None:
    before = _count(client)
    lines = [{"amount": 1, "description": "ok"} for _ in range(101)]
    lines[100] = {"amount": 1, "description": "a\x00b"}
    answer = client.post(INVOICES, json=_invoice(lines))
    assert answer.status_code == 400, answer.text
    assert answer.json()["lines"][100] == {"description": [NUL]}
    assert _count(client) == before


def test_a_nul_in_a_bulk_created_invoice_is_refused_and_nothing_is_written(client: TestClient) -> None:
    before = _count(client)
    item = {**_invoice([{"amount": 5}]), "message_on_invoice": "a\x00b"}
    answer = client.post(f"{INVOICES}bulk-create", json={"invoices": [item]})
    assert answer.status_code == 400, answer.text
    assert NUL in answer.text
    assert _count(client) == before
