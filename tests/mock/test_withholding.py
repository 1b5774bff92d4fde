"""Withholding on both sides: a payment keeps what it withheld, and a document's ``withholding_info`` is
null unless its entity operates under a withholding scheme, then sums what its active payments withheld."""

from __future__ import annotations

from starlette.testclient import TestClient

from .payables import BILLS, bill, manual, new_bill, pay

ENTITY = "/coa/api/entity/54"


def under_a_scheme(client: TestClient) -> None:
    """Put entity 54 under a withholding scheme."""
    response = client.patch(ENTITY, json={"withholding_scheme": 3})
    assert response.status_code == 200, response.text


def test_a_bill_of_an_entity_without_a_scheme_has_no_withholding_info(client: TestClient) -> None:
    """Without a withholding scheme the bill's withholding_info is null, whatever its payments withheld."""
    created = new_bill(client, lines=[(2622, 100, 0)])
    paid = pay(client, created["id"], empty_transactions=[manual(90, withholding_amount=10)])
    assert paid.status_code == 200, paid.text
    assert paid.json()["withholding_info"] is None
    assert paid.json()["payments"][0]["withheld_amount"] == 10


def test_a_bill_s_withheld_to_date_sums_its_active_payments(client: TestClient) -> None:
    """Under a scheme, withheld_to_date is what active payments withheld (a voided one no longer counts);
    the estimate is null, as the scheme's rates are unknown to the twin."""
    under_a_scheme(client)
    created = new_bill(client, lines=[(2622, 300, 0)])
    assert bill(client, created["id"])["withholding_info"] == {
        "estimated_withholding_amount": None,
        "withheld_to_date": 0,
    }
    pay(client, created["id"], empty_transactions=[manual(90, withholding_amount=10), manual(50)])
    body = pay(client, created["id"], empty_transactions=[manual(40, withholding_amount=2.5)]).json()
    assert body["withholding_info"]["withheld_to_date"] == 12.5
    first = body["payments"][0]["id"]
    voided = client.post(f"{BILLS}/{created['id']}/payment/{first}/void/", json={})
    assert voided.status_code == 200, voided.text
    assert voided.json()["withheld_amount"] == 10
    assert bill(client, created["id"])["withholding_info"]["withheld_to_date"] == 2.5


def test_an_invoice_s_withheld_to_date_sums_its_active_payments(client: TestClient) -> None:
    """The receivables side reads the same rule: an invoice of an entity under a scheme shows what its
    payments withheld."""
    under_a_scheme(client)
    invoices = client.get("/coa/api/v1/invoice/", params={"limit": 100}).json()["results"]
    target = next(i for i in invoices if i["entity"] == 54 and i["amount_due"] > 20 and i["voided_date"] is None)
    before = client.get(f"/coa/api/v1/invoice/{target['id']}/").json()["withholding_info"]["withheld_to_date"]
    item = {"account_id": 1010, "account_name": "", "amount": 10, "payment_date": "2026-01-15"}
    paid = client.post(
        f"/coa/api/v1/invoice/{target['id']}/pay", json={"empty_transactions": [{**item, "withholding_amount": 1.25}]}
    )
    assert paid.status_code == 200, paid.text
    shown = client.get(f"/coa/api/v1/invoice/{target['id']}/").json()["withholding_info"]
    assert shown == {"estimated_withholding_amount": None, "withheld_to_date": before + 1.25}
