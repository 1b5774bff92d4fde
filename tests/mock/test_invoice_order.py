"""The invoice list's orders, kept across writes (``domain/invoice_order.py``): after any sequence of writes,
rolled-back ones included, every sort key's order is the one a fresh sort gives, of the stored invoices."""

from __future__ import annotations

import datetime
import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock.domain import invoice_order
from campfire_mock.domain.invoice_order import KEY, sorted_invoices
from campfire_mock.domain.invoice_query import SORT_KEYS
from campfire_mock.domain.models import Invoice
from campfire_mock.domain.workspace import Workspace

from .test_invoices import INVOICES, new_invoice
from .test_payments import manual

SORTS = [f"{sign}{key}" for key in SORT_KEYS for sign in ("", "-")]


def _fresh(ws: Workspace, sort: str) -> list[int]:
    """The ids in ``sort`` order, sorted here from the stored rows: ties by id, nulls last ascending."""
    field = sort.lstrip("-")
    names = {vid: (v.get("name") or "").lower() for vid, v in ws.refs["vendor"].items()}
    deals = {cid: c.get("deal_name") or "" for cid, c in ws.refs["contract"].items()}

    def value(inv: Invoice) -> t.Any:
        if field == "client_name":
            return names.get(inv.client or -1, "")
        if field == "contract_name":
            return deals.get(inv.contract or -1, "")
        return getattr(inv, field)

    rows = list(ws.invoices.values())
    present = sorted((inv for inv in rows if value(inv) is not None), key=lambda inv: (value(inv), inv.id))
    nulls = sorted((inv for inv in rows if value(inv) is None), key=lambda inv: inv.id)
    ascending = [inv.id for inv in present + nulls]
    return ascending[::-1] if sort.startswith("-") else ascending


def _check_every_order(ws: Workspace, step: str) -> None:
    """Every sort's kept order lists the stored invoices (the objects themselves) in a fresh sort's order."""
    for sort in SORTS:
        listed = sorted_invoices(ws, sort)
        assert [inv.id for inv in listed] == _fresh(ws, sort), f"{sort} after {step}"
        assert all(inv is ws.invoices.peek(inv.id) for inv in listed), f"{sort} after {step}: a stale object"


def test_kept_orders_equal_a_fresh_sort_after_every_write(app: t.Any, client: TestClient) -> None:
    """Create, update, pay, delete, rename a client and a contract, and a write rolled back, each after every
    order was kept: each order still equals a fresh sort, and an ordinary write keeps them (not re-sorted)."""
    ws = app.store.workspace("test-token")
    _check_every_order(ws, "the seed")
    kept = ws.derived[KEY][1].orders["invoice_date"]

    made = new_invoice(client, invoice_date="2026-03-03", due_date="2026-04-02")
    _check_every_order(ws, "a create")
    assert ws.derived[KEY][1].orders["invoice_date"] is kept  # moved in place, not sorted again

    patched = client.patch(f"{INVOICES}{made['id']}/", json={"invoice_date": "2019-05-05", "invoice_number": "A-0"})
    assert patched.status_code == 200, patched.text
    _check_every_order(ws, "an update of sort fields")

    paid = client.post(f"{INVOICES}58700/pay/", json=manual(100.0))
    assert paid.status_code == 200, paid.text
    _check_every_order(ws, "a payment")

    assert client.delete(f"{INVOICES}145004/").status_code == 204
    _check_every_order(ws, "a delete")

    renamed = client.patch("/coa/api/vendor/33973", json={"name": "zz last client"})
    assert renamed.status_code == 200, renamed.text
    _check_every_order(ws, "a client rename")

    contract = next(inv.contract for inv in ws.invoices.values() if inv.contract is not None)
    renamed = client.patch(f"/rr/api/v1/contracts/{contract}", json={"deal_name": "AAA first deal"})
    assert renamed.status_code == 200, renamed.text
    _check_every_order(ws, "a contract rename")

    with pytest.raises(RuntimeError), ws.transaction():
        moved = ws.invoices[made["id"]]
        moved.invoice_date, moved.amount_paid = datetime.date(1990, 1, 1), moved.total_amount
        raise RuntimeError("the write fails")
    _check_every_order(ws, "a write rolled back")

    again = new_invoice(client, invoice_date="2026-03-04", due_date="2026-04-03")
    _check_every_order(ws, "a create after it all")
    assert sorted_invoices(ws, "-created_at")[0].id == again["id"]


def test_writes_between_two_lists_are_followed_together(app: t.Any, client: TestClient) -> None:
    """Several writes with no list between (a create, then an update and a payment of that invoice, a delete):
    the next list moves each invoice once, from where it was (no order dropped and sorted again), and every
    order equals a fresh sort."""
    ws = app.store.workspace("test-token")
    _check_every_order(ws, "the seed")
    orders = dict(ws.derived[KEY][1].orders)
    made = new_invoice(client, invoice_date="2026-03-03", due_date="2026-04-02")
    patched = client.patch(f"{INVOICES}{made['id']}/", json={"invoice_date": "2018-01-01", "due_date": "2018-02-01"})
    assert patched.status_code == 200, patched.text
    paid = client.post(f"{INVOICES}{made['id']}/pay/", json=manual(10.0))
    assert paid.status_code == 200, paid.text
    assert client.delete(f"{INVOICES}145004/").status_code == 204
    assert len(ws.derived[KEY][1].pending) == 4
    _check_every_order(ws, "four writes")
    assert all(ws.derived[KEY][1].orders[field] is order for field, order in orders.items())


def test_past_the_pending_bound_the_orders_are_dropped_and_sorted_afresh(
    app: t.Any, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes to invoices with no list between are held only up to ``PENDING``: the next one drops the kept
    orders (nothing more is held), and the next list sorts afresh, right."""
    monkeypatch.setattr(invoice_order, "PENDING", 2)
    ws = app.store.workspace("test-token")
    _check_every_order(ws, "the seed")
    for day in ("2026-03-01", "2026-03-02"):
        new_invoice(client, invoice_date=day, due_date="2026-04-02")
    assert len(ws.derived[KEY][1].pending) == 2
    new_invoice(client, invoice_date="2026-03-03", due_date="2026-04-02")
    assert KEY not in ws.derived
    _check_every_order(ws, "three creates past the bound")
