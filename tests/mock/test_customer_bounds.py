"""Invoices, payments and credit memos may not push a customer's or a contract's figures (``total_billed``,
``total_paid``, ``total_outstanding``, ``total_unbilled``, ``total_credit_memos``...) out of the range their
schemas declare (``domain/contract_bounds.py``): each invoice is below 10**12, yet ten of them would make a
``total_billed`` no answer may carry. The write that would is a 400 under the field written; a delete, void or
reopen that would is a 409; nothing is kept, and every read of the customer and its contracts answers."""

from __future__ import annotations

import typing as t

from starlette.testclient import TestClient

INVOICES, CUSTOMERS, CONTRACT = "/coa/api/v1/invoice", "/rr/api/v1/customers", "/rr/api/v1/contracts/500"
#: Contract 500's customer (the demo seed's Acme Corp).
CLIENT = 42
#: The largest invoice total the twin keeps (below 10**12, ``domain/document.py``).
TOP = "999999999999.99"
#: A manual payment of 100 (a bank account of the demo chart).
PAYMENT = {
    "empty_transactions": [{"account_id": 1010, "account_name": "Bank", "amount": 100, "payment_date": "2026-01-20"}]
}
DIGITS_15 = "Ensure that there are no more than 15 digits in total: this would make "


def _invoice(api: TestClient, amount: str, **more: t.Any) -> dict[str, t.Any]:
    """A one-line invoice body of ``amount`` for customer 42 (a seeded invoice's entity, product and dates)."""
    seeded = api.get(INVOICES, params={"limit": 1}).json()["results"][0]
    body = {k: seeded[k] for k in ("entity", "invoice_date", "due_date", "currency")}
    line = {"product": seeded["lines"][0]["product"], "quantity": 1, "rate": amount, "amount": amount}
    return {**body, "client": CLIENT, "lines": [line], **more}


def _customer(client: TestClient) -> dict[str, t.Any]:
    found = client.get(f"{CUSTOMERS}/{CLIENT}")
    assert found.status_code == 200, found.text
    return t.cast(dict[str, t.Any], found.json())


def _fill(client: TestClient, count: int, **more: t.Any) -> list[int]:
    made = [client.post(INVOICES, json=_invoice(client, TOP, **more)) for _ in range(count)]
    assert [m.status_code for m in made] == [201] * count, made[-1].text
    return [m.json()["id"] for m in made]


def test_an_invoice_that_would_push_its_customers_total_billed_out_of_range_is_refused(client: TestClient) -> None:
    """Nine invoices at the top are kept beside the customer's 45,000; the tenth would make ``total_billed``
    10**13 or more: a 400 under ``lines`` naming the figure, and the customer still answers, as before."""
    _fill(client, 9)
    before = _customer(client)
    refused = client.post(INVOICES, json=_invoice(client, TOP))
    assert refused.status_code == 400, refused.text
    assert list(refused.json()) == ["lines"]
    message = refused.json()["lines"][0]
    assert message.startswith(f"{DIGITS_15}customer {CLIENT}'s total_billed 1"), message
    assert _customer(client) == before
    assert client.get(CUSTOMERS).status_code == 200


def test_an_invoice_on_a_contract_is_kept_within_the_contracts_figures(client: TestClient) -> None:
    """On contract 500, the invoice that would push the contract's ``total_billed`` out of range is refused
    under ``lines``, naming the contract; the contract and its list still answer."""
    _fill(client, 9, contract=500)
    refused = client.post(INVOICES, json=_invoice(client, TOP, contract=500))
    assert refused.status_code == 400, refused.text
    assert refused.json()["lines"][0].startswith(f"{DIGITS_15}contract 500's total_"), refused.text
    assert client.get(CONTRACT).status_code == 200
    assert client.get("/rr/api/v1/contracts").status_code == 200


def test_deleting_or_voiding_an_invoice_that_offset_others_is_a_409(client: TestClient) -> None:
    """With nine invoices at the top and one at minus the top, a tenth fits; then deleting or voiding the
    negative one would push ``total_billed`` out of range: a 409 saying so, and the invoice is kept as it was."""
    _fill(client, 9)
    negative = client.post(INVOICES, json=_invoice(client, f"-{TOP}"))
    assert negative.status_code == 201, negative.text
    _fill(client, 1)
    key = negative.json()["id"]
    for refused, done in (
        (client.delete(f"{INVOICES}/{key}"), "deleted"),
        (client.post(f"{INVOICES}/{key}/void", json={}), "voided"),
    ):
        assert refused.status_code == 409, refused.text
        detail = refused.json()["detail"]
        assert detail.startswith(f"This invoice cannot be {done}: {DIGITS_15}customer {CLIENT}'s total_"), detail
    kept = client.get(f"{INVOICES}/{key}").json()
    assert kept["voided_date"] is None and kept["total_amount"] == -float(TOP)
    assert _customer(client)["total_billed"] < 10**13


def test_moving_an_invoice_to_a_full_customer_is_refused_under_client(client: TestClient) -> None:
    """An invoice of another customer moved (PATCH ``client``) onto a customer at the bound: a 400 under
    ``client``; the invoice keeps its customer."""
    _fill(client, 9)
    other = client.post(INVOICES, json=_invoice(client, TOP, client=24020))
    assert other.status_code == 201, other.text
    moved = client.patch(f"{INVOICES}/{other.json()['id']}", json={"client": CLIENT})
    assert moved.status_code == 400, moved.text
    assert moved.json()["client"][0].startswith(f"{DIGITS_15}customer {CLIENT}'s total_billed")
    assert client.get(f"{INVOICES}/{other.json()['id']}").json()["client"] == 24020


def test_credit_memos_that_would_push_total_credit_memos_out_of_range_are_refused(client: TestClient) -> None:
    """Credit memos add up in ``total_credit_memos``: the memo that would pass the bound is a 400 under
    ``lines``, and the customer still answers."""
    seeded = client.get("/coa/api/v1/credit-memo", params={"limit": 1}).json()["results"][0]
    body = {k: seeded[k] for k in ("entity", "credit_memo_date", "currency") if k in seeded}
    line = {**{k: seeded["lines"][0][k] for k in ("product", "account")}, "quantity": 1, "rate": TOP, "amount": TOP}
    statuses = []
    for _ in range(11):
        made = client.post("/coa/api/v1/credit-memo", json={**body, "client": CLIENT, "lines": [line]})
        statuses.append(made.status_code)
        if made.status_code != 201:
            break
    assert statuses[-1] == 400, (statuses, made.text)
    assert made.json()["lines"][0].startswith(f"{DIGITS_15}customer {CLIENT}'s total_credit_memos 1"), made.text
    assert _customer(client)["total_credit_memos"] < 10**13


def test_deleting_a_credit_memo_that_offset_others_is_a_409(client: TestClient) -> None:
    """With a memo at minus the top and eleven at the top, deleting the negative one would push
    ``total_credit_memos`` out of range: a 409 saying so, the memo is kept, and the customer answers its sum."""
    memos = "/coa/api/v1/credit-memo"

    def memo(amount: str) -> int:
        body = {"entity": 54, "credit_memo_date": "2026-05-05", "client": CLIENT}
        made = client.post(memos, json={**body, "lines": [{"account": 169208, "amount": amount}]})
        assert made.status_code == 201, made.text
        return t.cast(int, made.json()["id"])

    negative = memo(f"-{TOP}")
    for _ in range(11):
        memo(TOP)
    before = _customer(client)["total_credit_memos"]
    refused = client.delete(f"{memos}/{negative}")
    assert refused.status_code == 409, refused.text
    detail = refused.json()["detail"]
    assert detail.startswith(f"This credit memo cannot be deleted: {DIGITS_15}customer {CLIENT}'s total_credit"), detail
    assert client.get(f"{memos}/{negative}").status_code == 200
    assert _customer(client)["total_credit_memos"] == before > 9 * 10**12


def test_the_kept_invoice_sum_follows_kept_and_undone_writes(app: t.Any, client: TestClient) -> None:
    """The sum the bound check keeps across writes (``domain/invoice_magnitude.py``) equals a fresh count after
    kept creates, a refused (undone) create, a void, a payment and a delete."""
    from campfire_mock.domain.invoice_magnitude import KEY, invoice_magnitude

    keys = _fill(client, 9)
    assert client.post(INVOICES, json=_invoice(client, TOP)).status_code == 400  # undone
    assert client.post(f"{INVOICES}/{keys[0]}/void", json={}).status_code == 200
    paid = client.post(f"{INVOICES}/{keys[1]}/pay", json=PAYMENT)
    assert paid.status_code == 200, paid.text
    assert client.delete(f"{INVOICES}/{keys[2]}").status_code == 204
    assert client.post(INVOICES, json=_invoice(client, "12.50")).status_code == 201
    ws = app.store.workspace("test-token")
    kept = invoice_magnitude(ws)
    assert ws.derived[KEY][0] == ws.version  # read from what the writes carried forward
    ws.derived.pop(KEY)
    assert invoice_magnitude(ws) == kept
    assert kept > 6 * 999999999999


def test_a_contracts_invoice_figures_carry_the_bound_their_siblings_carry() -> None:
    """``Contract.total_billed``, ``total_paid``, ``total_unbilled`` and ``total_outstanding`` (marked additions)
    are bounded as ``total_revenue`` is (below 10**13 either way), so the answer check holds them to it."""
    from campfire_mock.openapi.documents import load_spec, packaged_spec

    props = load_spec(packaged_spec())["components"]["schemas"]["Contract"]["properties"]
    keys = ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum")
    bound = {k: props["total_revenue"][k] for k in keys}
    assert bound == {"maximum": 10**13, "minimum": -(10**13), "exclusiveMaximum": True, "exclusiveMinimum": True}
    for name in ("total_billed", "total_paid", "total_unbilled", "total_outstanding"):
        assert {k: props[name].get(k) for k in keys} == bound, name


def test_an_invoice_weighs_anew_once_a_figure_changes() -> None:
    """The bound's weight of an invoice (``|total| + |paid| + |early discount|``, none once voided) follows each of
    its figures, though the last weight is remembered for the write's upkeep to read again."""
    from dataclasses import replace
    from datetime import UTC, date, datetime
    from decimal import Decimal

    from campfire_mock.domain.invoice_magnitude import _weight
    from campfire_mock.domain.models import Invoice

    now = datetime(2026, 1, 10, tzinfo=UTC)
    day = date(2026, 1, 10)
    inv = Invoice(1, "INV-1", day, day, 54, "USD", [], now, now, 9, total_amount=Decimal("-100.00"))
    assert _weight(inv) == _weight(inv) == Decimal("100.00")
    inv.amount_paid = Decimal("30.00")
    assert _weight(inv) == Decimal("130.00")
    inv.payment_term_applied_discount = Decimal("-2.50")
    assert _weight(inv) == Decimal("132.50")
    inv.total_amount = Decimal("10.00")
    assert _weight(inv) == Decimal("42.50")
    assert _weight(replace(inv, voided_date=day)) == 0
    assert _weight(inv) == Decimal("42.50")
