"""Invoices and bills, credit memos and debit memos share one lifecycle (``domain/lifecycle.py``): the
same refusals, each naming its kind, on both sides."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

#: (collection, an unpaid demo document, the kind its messages name, a demo document payments apply).
KINDS = [
    ("/coa/api/v1/invoice", 145004, "Invoice", 145002),
    ("/coa/api/v1/bill", 31892, "Bill", 31889),
    ("/coa/api/v1/credit-memo", 4029, "Credit memo", 4100),
    ("/coa/api/v1/debit-memo", 340, "Debit memo", 342),
]
VOID = {"void_date": "2026-06-01"}


@pytest.mark.parametrize(("path", "key", "name", "paid"), KINDS, ids=[k[2] for k in KINDS])
def test_void_twice_and_reopen_unvoided_are_the_same_409s(
    client: TestClient, path: str, key: int, name: str, paid: int
) -> None:
    """Reopening an unvoided document, voiding one twice and voiding one that payments apply are 409s
    saying so, for every kind."""
    reopen = client.post(f"{path}/{key}/reopen/")
    assert reopen.status_code == 409
    assert reopen.json() == {"detail": f"{name} {key} is not voided, so it cannot be reopened."}
    assert client.post(f"{path}/{key}/void/", json=VOID).status_code == 200
    again = client.post(f"{path}/{key}/void/", json=VOID)
    assert again.status_code == 409
    assert again.json() == {"detail": f"{name} {key} is already voided."}
    changed = client.patch(f"{path}/{key}/", json={"memo": "x"})
    assert changed.status_code == 409
    assert changed.json() == {"detail": f"{name} {key} is voided; reopen it before you change it."}
    used = client.post(f"{path}/{paid}/void/", json=VOID)
    assert used.status_code == 409
    assert used.json()["detail"].startswith(f"{name} {paid} ")
    assert used.json()["detail"].endswith("void them before you void it.")
