"""An invoice keeps every relation its body names: a line's ``product_bundle`` (which the invoice rules do not
read) must name a live bundle, on a create, an update and a bulk create, as the generic resources check theirs."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

INVOICES = "/coa/api/v1/invoice/"
MISSING = 'Invalid pk "99999" - object does not exist.'


def _invoice(**line: t.Any) -> dict[str, t.Any]:
    return {
        "invoice_date": "2026-01-10",
        "due_date": "2026-02-09",
        "entity": 54,
        "client": 42,
        "lines": [{"amount": 10, **line}],
    }


def _count(client: TestClient) -> int:
    return int(client.get(INVOICES, params={"limit": 1}).json()["count"])


def test_a_line_naming_a_missing_bundle_is_refused_and_nothing_is_written(client: TestClient) -> None:
    before = _count(client)
    answer = client.post(INVOICES, json=_invoice(product_bundle=99999))
    assert answer.status_code == 400, answer.text
    assert answer.json() == {"lines": [{"product_bundle": [MISSING]}]}
    bulk = client.post(f"{INVOICES}bulk-create", json={"invoices": [_invoice(), _invoice(product_bundle=99999)]})
    assert bulk.status_code == 400, bulk.text
    assert bulk.json() == {"invoices": [{}, {"lines": [{"product_bundle": [MISSING]}]}]}
    assert _count(client) == before


def test_a_line_naming_a_live_bundle_is_kept_and_an_update_is_judged_too(client: TestClient) -> None:
    bundle = client.post(
        "/rr/api/v1/product-bundles",
        json={"bundle_name": "Starter", "lines": [{"product": 1, "percentage_allocation": 100}]},
    )
    assert bundle.status_code == 201, bundle.text
    made = client.post(INVOICES, json=_invoice(product_bundle=bundle.json()["id"]))
    assert made.status_code == 201, made.text
    assert made.json()["lines"][0]["product_bundle"] == bundle.json()["id"]
    invoice_id = made.json()["id"]
    refused = client.patch(f"{INVOICES}{invoice_id}/", json={"lines": [{"amount": 10, "product_bundle": 99999}]})
    assert refused.status_code == 400, refused.text
    assert refused.json() == {"lines": [{"product_bundle": [MISSING]}]}
    kept = client.get(f"{INVOICES}{invoice_id}/").json()
    assert kept["lines"][0]["product_bundle"] == bundle.json()["id"]
