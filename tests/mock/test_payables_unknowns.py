"""Bills and debit memos answer null where they have no value, never a made-up ``""`` (issue 36, first bullet)."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

from .payables import BILLS, MEMOS


def _empty_texts(value: t.Any, where: str = "") -> list[str]:
    """The paths inside ``value`` that hold ``""``."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _empty_texts(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _empty_texts(v, f"{where}[{i}]")]
    return [where] if value == "" else []


def test_no_demo_bill_or_debit_memo_answers_an_empty_text(client: TestClient) -> None:
    """Every bill and debit memo of the demo seed, as listed and as retrieved, shows null (not ``""``) for a
    line without a bill customer, a payment without a bank transaction, a refund's bill, a memo's account."""
    for path, suffix in ((f"{BILLS}/", "/"), (MEMOS, "")):
        listed = client.get(path, params={"limit": 100})
        assert listed.status_code == 200, listed.text
        for row in listed.json()["results"]:
            assert _empty_texts(row) == [], (path, row["id"])
            one = client.get(f"{path.rstrip('/')}/{row['id']}{suffix}").json()
            assert _empty_texts(one) == [], (path, row["id"])


def test_a_refund_names_no_bill_and_a_bill_line_without_customer_no_name(client: TestClient) -> None:
    """Debit memo 341's refund answers ``bill`` null and memo 342's bill payment its bill's id; bill 31893's
    manual payments answer a null bank description; a new bill line without ``bill_customer`` a null name."""
    assert [p["bill"] for p in client.get(f"{MEMOS}/341").json()["payments"]] == [None]
    assert [p["bill"] for p in client.get(f"{MEMOS}/342").json()["payments"]] == ["31893"]
    paid = client.get(f"{BILLS}/31893/").json()["payments"]
    assert [p["payment_transaction_bank_description"] for p in paid] == [None, None]
    made = client.post(
        f"{BILLS}/",
        json={
            "entity": 54,
            "vendor": 34182,
            "bill_date": "2026-01-05",
            "due_date": "2026-02-05",
            "bill_number": "B-36",
            "lines": [{"account": 2622, "amount": 100}],
        },
    )
    assert made.status_code == 201, made.text
    line = made.json()["lines"][0]
    assert (line["bill_customer"], line["bill_customer_name"]) == (None, None)


def test_a_debit_memo_answers_its_vendors_email(client: TestClient) -> None:
    """``vendor_email`` (real debit memos carry it; a marked addition) is the vendor's email, null without one,
    and follows the vendor's change."""
    assert client.get(f"{MEMOS}/341").json()["vendor_email"] is None  # vendor 34182 has no email in the demo
    assert client.patch("/coa/api/vendor/34182", json={"email": "ap@bead.example"}).status_code == 200
    assert client.get(f"{MEMOS}/341").json()["vendor_email"] == "ap@bead.example"
    listed = client.get(MEMOS, params={"limit": 100}).json()["results"]
    assert {m["id"]: m["vendor_email"] for m in listed if m["vendor"] == 34182} == {
        341: "ap@bead.example",
        343: "ap@bead.example",
    }
