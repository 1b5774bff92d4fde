"""Realistic response bodies for respx tests, taken from the mock (so they match the spec)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from campfire_mock import create_app

with TestClient(create_app(), headers={"Authorization": "Token fixtures"}) as _mock:
    INVOICE_JSON: dict[str, t.Any] = _mock.get("/coa/api/v1/invoice/47864/").json()
    PAYMENT_SYNC_JSON: dict[str, t.Any] = _mock.get("/coa/api/v1/invoice-payments").json()["results"][0]


def payment_sync(payment_id: int) -> dict[str, t.Any]:
    return {**PAYMENT_SYNC_JSON, "id": payment_id}
