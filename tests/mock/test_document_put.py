"""A document's PUT (invoice, bill, debit memo, credit memo) as DRF's ``UpdateModelMixin.update`` does it: the
required fields of the request component must come (``lines`` among them), the fields sent are saved, and the
optional fields not sent keep their values; the lines sent replace the old ones, and the document's entry is
posted again from what it now holds (the trial balance moves by the change and still balances)."""

from __future__ import annotations

import typing as t
from dataclasses import dataclass
from decimal import Decimal

import pytest
from starlette.testclient import TestClient

from .payables import trial_balance_difference

Body = dict[str, t.Any]


@dataclass(frozen=True)
class Kind:
    """One kind of document: where it lives, what its PUT requires, and optional fields it may carry."""

    path: str
    slash: str
    required: Body
    optional: Body
    line: Body
    #: An optional text field of this kind.
    note: str = "ref_number"

    def url(self, doc_id: int) -> str:
        return f"{self.path}/{doc_id}{self.slash}"

    def lines(self, amount: float, department: int) -> list[Body]:
        return [{**self.line, "amount": amount, "department": department, "description": "Line"}]


KINDS = {
    "invoice": Kind(
        "/coa/api/v1/invoice", "/",
        {"entity": 54, "invoice_date": "2026-05-01", "due_date": "2026-05-31"},
        {"client": 42, "payment_term": 1234, "terms": "net_15", "purchase_order_number": "PO-7",
         "ref_number": "R-7", "message_on_invoice": "Thanks"},
        {"product": 2545, "quantity": 1},
    ),
    "bill": Kind(
        "/coa/api/v1/bill", "/",
        {"entity": 54, "vendor": 34182, "bill_number": "B-7", "bill_date": "2026-05-01", "due_date": "2026-05-31"},
        {"payment_term": 1234, "terms": "net_15", "message_on_bill": "Thanks", "mailing_address": "1 Camp Road"},
        {"account": 2622},
        "message_on_bill",
    ),
    "debit memo": Kind(
        "/coa/api/v1/debit-memo", "",
        {"entity": 54, "debit_memo_date": "2026-05-05"},
        {"vendor": 34182, "debit_memo_number": "DM-0000777", "ref_number": "R-7", "message_on_debit_memo": "Thanks"},
        {"account": 2622},
    ),
    "credit memo": Kind(
        "/coa/api/v1/credit-memo", "",
        {"entity": 54, "credit_memo_date": "2026-05-05"},
        {"client": 42, "credit_memo_number": "CM-0000777", "ref_number": "R-7", "message_on_credit_memo": "Thanks"},
        {"account": 169208},
    ),
}  # fmt: skip
kinds = pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))


def make(client: TestClient, kind: Kind, amount: float = 100) -> Body:
    """A new document of ``kind`` with its required and optional fields and one line of ``amount``."""
    made = client.post(kind.path + kind.slash, json={**kind.required, **kind.optional, "lines": kind.lines(amount, 35)})
    assert made.status_code == 201, made.text
    return t.cast(Body, made.json())


def put(client: TestClient, kind: Kind, doc: Body, body: Body) -> Body:
    response = client.put(kind.url(doc["id"]), json=body)
    assert response.status_code == 200, response.text
    return t.cast(Body, response.json())


def entry_nets(client: TestClient, entry_id: int) -> dict[str, Decimal]:
    """Debits less credits of the journal entry ``entry_id``, by account number."""
    response = client.get(f"/coa/api/journal_entry/{entry_id}")
    assert response.status_code == 200, response.text
    nets: dict[str, Decimal] = {}
    for line in response.json()["transactions"]:
        net = Decimal(str(line["debit_amount"] or 0)) - Decimal(str(line["credit_amount"] or 0))
        nets[line["account_number"]] = nets.get(line["account_number"], Decimal(0)) + net
    return {number: net for number, net in nets.items() if net}


def trial_nets(client: TestClient) -> dict[str, Decimal]:
    """Debits less credits of every account of the all-time trial balance, by account number."""
    body = client.get("/ca/api/get_trial_balance", params={"start_date": "2020-01-01", "end_date": "2030-12-31"})
    assert body.status_code == 200, body.text
    return {
        a["number"]: Decimal(str(a["balances"]["debits"])) - Decimal(str(a["balances"]["credits"]))
        for a in body.json()["trial_balance"]["accounts"]
    }


@kinds
def test_a_put_keeps_the_optional_fields_it_does_not_send(client: TestClient, kind: Kind) -> None:
    """A PUT of the required fields and the same lines keeps every optional field (a relation, terms, numbers,
    texts) on its answer and on a later read; its total and entry are unchanged."""
    doc = make(client, kind)
    before = entry_nets(client, doc["journal_entry"])
    answer = put(client, kind, doc, {**kind.required, "lines": kind.lines(100, 35)})
    read = client.get(kind.url(doc["id"])).json()
    for name, value in kind.optional.items():
        assert (name, answer[name], read[name]) == (name, value, value)
    assert (answer["total_amount"], read["total_amount"]) == (100, 100)
    assert entry_nets(client, doc["journal_entry"]) == before


@kinds
def test_a_put_without_a_required_field_is_refused_naming_it(client: TestClient, kind: Kind) -> None:
    """Each field upstream's request component requires (the entity, the dates, a bill's vendor and number) left
    out of a PUT is DRF's 400 naming it, and the document is unchanged."""
    doc = make(client, kind)
    for name in kind.required:
        body = {k: v for k, v in kind.required.items() if k != name}
        refused = client.put(kind.url(doc["id"]), json={**body, kind.note: "Changed", "lines": kind.lines(9, 36)})
        assert (refused.status_code, refused.json()) == (400, {name: ["This field is required."]})
    kept = client.get(kind.url(doc["id"])).json()
    assert (kept[kind.note], kept["total_amount"]) == (kind.optional[kind.note], 100)


@kinds
def test_a_put_sending_null_clears_an_optional_field(client: TestClient, kind: Kind) -> None:
    """An optional field a PUT sends as null is saved as null (only unsent fields are kept)."""
    doc = make(client, kind)
    answer = put(client, kind, doc, {**kind.required, kind.note: None, "lines": kind.lines(100, 35)})
    assert (answer[kind.note], client.get(kind.url(doc["id"])).json()[kind.note]) == (None, None)


@kinds
def test_a_put_without_lines_is_refused_and_a_patch_without_lines_keeps_them(client: TestClient, kind: Kind) -> None:
    """``lines`` is required by the PUT's request component, as upstream declares it: a PUT without them is
    DRF's 400 and changes nothing; a PATCH without them keeps the lines, their ids and the total."""
    doc = make(client, kind)
    refused = client.put(kind.url(doc["id"]), json={**kind.required, kind.note: "Changed"})
    assert (refused.status_code, refused.json()) == (400, {"lines": ["This field is required."]})
    assert client.get(kind.url(doc["id"])).json()[kind.note] == kind.optional[kind.note]
    patched = client.patch(kind.url(doc["id"]), json={kind.note: "Changed"})
    assert patched.status_code == 200, patched.text
    kept = client.get(kind.url(doc["id"])).json()
    assert [ln["id"] for ln in kept["lines"]] == [ln["id"] for ln in doc["lines"]]
    assert (kept[kind.note], kept["total_amount"]) == ("Changed", 100)


@kinds
def test_a_put_with_new_lines_posts_the_entry_again(client: TestClient, kind: Kind) -> None:
    """A PUT with one new line of 250 replaces the line of 100: the total follows, the document's entry is
    posted from the new line, and the trial balance moves by exactly the entry's change and still balances."""
    doc = make(client, kind)
    entry_before, trial_before = entry_nets(client, doc["journal_entry"]), trial_nets(client)
    answer = put(client, kind, doc, {**kind.required, "lines": kind.lines(250, 36)})
    assert [(ln["amount"], ln["department"]) for ln in answer["lines"]] == [(250, 36)]
    assert answer["lines"][0]["id"] != doc["lines"][0]["id"]
    assert answer["total_amount"] == client.get(kind.url(doc["id"])).json()["total_amount"] == 250
    entry_after = entry_nets(client, doc["journal_entry"])
    assert {n: v * Decimal("2.5") for n, v in entry_before.items()} == entry_after
    trial_after = trial_nets(client)
    moved = {n: trial_after.get(n, Decimal(0)) - trial_before.get(n, Decimal(0)) for n in {*trial_before, *trial_after}}
    expected = {n: entry_after[n] - entry_before[n] for n in entry_after}
    assert {n: v for n, v in moved.items() if v} == expected
    assert trial_balance_difference(client) == 0


def test_an_invoice_put_keeps_its_discount_and_the_total_and_entry_follow_it(client: TestClient) -> None:
    """An invoice of 300 less a discount of 10, PUT with a line of 200 and no discount, keeps the discount: it
    totals 190, and its entry posts 190 to receivables (the trial balance moving by that change alone)."""
    kind = KINDS["invoice"]
    made = client.post(kind.path + kind.slash, json={**kind.required, "discount": 10, "lines": kind.lines(300, 35)})
    assert made.status_code == 201, made.text
    doc = made.json()
    assert (doc["discount"], doc["total_amount"]) == (10, 290)
    entry_before, trial_before = entry_nets(client, doc["journal_entry"]), trial_nets(client)
    answer = put(client, kind, doc, {**kind.required, "lines": kind.lines(200, 35)})
    assert (answer["discount"], answer["total_amount"], answer["amount_due"]) == (10, 190, 190)
    entry_after = entry_nets(client, doc["journal_entry"])
    assert sum(entry_after.values()) == 0 and max(entry_after.values()) == 190
    trial_after = trial_nets(client)
    moved = {n: trial_after.get(n, Decimal(0)) - trial_before.get(n, Decimal(0)) for n in {*trial_before, *trial_after}}
    changed = {n: entry_after.get(n, Decimal(0)) - entry_before.get(n, Decimal(0)) for n in entry_after}
    assert {n: v for n, v in moved.items() if v} == {n: v for n, v in changed.items() if v}
    assert trial_balance_difference(client) == 0


payable_or_invoice = pytest.mark.parametrize(
    "kind", [KINDS[name] for name in ("invoice", "bill", "debit memo")], ids=["invoice", "bill", "debit memo"]
)


@payable_or_invoice
def test_a_put_to_another_currency_drops_the_old_book_rate(client: TestClient, kind: Kind) -> None:
    """A PUT moving a EUR document of a USD entity to USD without a rate no longer answers its EUR book rate:
    it answers what a new USD document does, and its book total is its total; a PUT staying in EUR keeps it."""
    eur = {**kind.required, **kind.optional, "currency": "EUR", "exchange_rate_book": "1.5"}
    made = client.post(kind.path + kind.slash, json={**eur, "lines": kind.lines(100, 35)})
    assert made.status_code == 201, made.text
    doc = made.json()
    assert Decimal(str(doc["exchange_rate_book"])) == Decimal("1.5")
    kept = put(client, kind, doc, {**kind.required, "currency": "EUR", "lines": kind.lines(100, 35)})
    assert Decimal(str(kept["exchange_rate_book"])) == Decimal("1.5")
    fresh = make(client, kind)  # a USD document (its entity's currency) sent no rate
    moved = put(client, kind, doc, {**kind.required, "currency": "USD", "lines": kind.lines(100, 35)})
    read = client.get(kind.url(doc["id"])).json()
    assert moved["exchange_rate_book"] == read["exchange_rate_book"] == fresh["exchange_rate_book"]
    assert read["exchange_rate_book"] not in ("1.5", 1.5)
    if "total_amount_book" in read:  # (an invoice's figure in its book currency)
        assert Decimal(str(read["total_amount_book"])) == Decimal(100)
