"""Delete an object, then read everything that referred to it: nothing is left naming an object that is gone.

For every relation the spec implies (``openapi/relations.py``: a referrer kind R whose field, at the top or in
its lines, names a target kind T), the sweep makes a new T, makes a new R naming it, and deletes T. The answer
is a 409 naming what refers to it (the guard of ``views/generic.py``), or a 2xx after which R reads without
the gone id (a reassignment, or R deleted with it). Either way: no 5xx, R's retrieve and list agree, no GL
line names the gone object, and the all-time trial balance still balances. Where T's delete takes upstream's
``new_<name>`` (departments, tags, vendors, bank accounts), deleting it that way moves R to the replacement.

The same pairs run after a PATCH that points R at a second T (the first then deletes freely). Relations only
actions write are checked by their own cases: a bank transaction a document's payment took from (its
``payments[].payment_transaction``) is refused naming the document; the chart settings (a singleton) guard the
accounts they name.

By default the sweep takes a covering sample (every referrer kind and every target kind at least once; every
target kind for the variants); all pairs under ``--deep``.
"""

from __future__ import annotations

import typing as t

import pytest
from starlette.testclient import TestClient

from .delete_sweep import Sweep
from .payables import trial_balance_difference
from .sweep_kinds import DEEP, KINDS, NOT_KEPT, PAIRS, REPLACEMENTS, _sample
from .test_answer_sweep import _schema
from .test_every_operation import PLANS, RELATIONS


@pytest.fixture(scope="module")
def sweep(app: t.Any) -> t.Iterator[Sweep]:
    """One demo workspace for the whole sweep (every pair makes its own objects)."""
    with TestClient(app, headers={"Authorization": "Token delete-sweep"}) as c:
        assert c.post("/__campfire_mock__/reset").status_code == 200
        yield Sweep(c)
        c.post("/__campfire_mock__/reset")


def test_deleting_a_referenced_object_leaves_nothing_dangling(sweep: Sweep) -> None:
    """Every swept relation's target, once deleted (or refused with a 409 naming its referrer), leaves no
    referrer, GL line or trial balance naming a gone object, and no answer is a 5xx."""
    sweep.findings.clear()
    for pair in _sample(PAIRS):
        sweep.pair(pair)
    sweep.balanced()
    assert not sweep.findings, "\n".join(sweep.findings)


def test_deleting_with_a_replacement_moves_every_referrer_to_it(sweep: Sweep) -> None:
    """A delete naming a replacement (``?new_department=``, ``new_tag``, ``new_vendor``, ``new_account``, as
    upstream documents) answers 2xx and leaves every swept referrer naming the replacement, none the gone one."""
    pairs = _sample([p for p in PAIRS if p[3] in REPLACEMENTS], referrers=False)
    assert {p[3] for p in pairs} == set(REPLACEMENTS) == {"department", "/coa/api/tag", "vendor", "/ca/api/account"}
    sweep.findings.clear()
    for pair in pairs:
        sweep.pair(pair, reassign=True)
    sweep.balanced()
    assert not sweep.findings, "\n".join(sweep.findings)


#: How each document is paid from a bank transaction (its ``payments[].payment_transaction``): the path and the
#: body, given the document's id and the transaction's.
#: Which way the money moves for each: in (a deposit) pays an invoice and refunds a debit memo; out pays a bill
#: and refunds a credit memo.
SIGN = {"/coa/api/v1/invoice": "", "/coa/api/v1/debit-memo": "", "/coa/api/v1/bill": "-", "credit_memo": "-"}
PAYING: dict[str, t.Callable[[int, int], tuple[str, dict[str, t.Any]]]] = {
    "/coa/api/v1/invoice": lambda doc, txn: (
        "/coa/api/v1/invoice/bulk-apply-payment",
        {"transaction_id": txn, "invoice_ids": [doc], "payment_date": "2026-03-01"},
    ),
    "/coa/api/v1/bill": lambda doc, txn: (
        f"/coa/api/v1/bill/{doc}/pay/",
        {"transactions": [{"transaction_id": txn, "amount": 100}]},
    ),
    "/coa/api/v1/debit-memo": lambda doc, txn: (
        f"/coa/api/v1/debit-memo/{doc}/mark-used",
        {"transaction_id": txn, "account_id": 1010, "amount": 10, "payment_date": "2026-05-10"},
    ),
    "credit_memo": lambda doc, txn: (
        f"/coa/api/v1/credit-memo/{doc}/mark-used",
        {"transaction_id": txn, "account_id": 1010, "amount": 10, "payment_date": "2026-03-01"},
    ),
}


@pytest.mark.parametrize("document", sorted(PAYING))
def test_deleting_a_bank_transaction_a_payment_took_from_is_refused_naming_the_document(
    sweep: Sweep, document: str
) -> None:
    """A new bank transaction paying a new document (its ``payments[].payment_transaction``) cannot be deleted:
    a 409 naming the document, which still reads paid from it, the books unchanged."""
    body = {"account": 1010, "amount": f"{SIGN[document]}500.00", "date": "2026-03-01"}
    txn = sweep.c.post("/ca/api/transaction", json=body)
    assert txn.status_code == 201, txn.text
    made = sweep.make(document)
    assert isinstance(made, dict), made.text
    path, body = PAYING[document](int(made["id"]), int(txn.json()["id"]))
    paid = sweep.c.post(path, json=body)
    assert paid.status_code in (200, 201), paid.text
    before = trial_balance_difference(sweep.c)
    gone = sweep.c.delete(f"/ca/api/transaction/{txn.json()['id']}")
    assert gone.status_code == 409, gone.text
    label = document.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")
    assert f"{label} {made['id']}" in gone.json()["detail"], gone.text
    shown = sweep.c.get(KINDS[document].item(int(made["id"]))).json()
    assert any(p.get("payment_transaction") == txn.json()["id"] for p in shown["payments"]), shown["payments"]
    assert sweep.c.get(f"/ca/api/transaction/{txn.json()['id']}").status_code == 200
    assert trial_balance_difference(sweep.c) == before == 0


def test_an_update_moves_what_a_delete_is_guarded_by(sweep: Sweep) -> None:
    """A referrer changed (PATCH) to name another object frees the one it named (its delete answers 2xx), and
    the new one's delete is refused or leaves nothing dangling, as for a created referrer."""
    sweep.findings.clear()
    pairs = [p for p in PAIRS if p[1] is None and p[:3] not in NOT_KEPT and p[2] in PATCHED.get(p[0], ())]
    for pair in _sample(pairs, referrers=False):
        sweep.pair(pair, update=True)
    sweep.balanced()
    assert not sweep.findings, "\n".join(sweep.findings)


#: kind -> the delete paths besides its own (a vendor is deleted as a customer too: one table).
OTHER_DELETES = {
    p.kind: p.path
    for p in PLANS.values()
    if p.kind in KINDS and p.action == "destroy" and not p.parents and p.path != KINDS[p.kind].retrieve.path
}


def test_every_delete_path_of_an_object_is_guarded(sweep: Sweep) -> None:
    """An object deleted through another collection's path (a vendor as ``/rr/api/v1/customers/{id}``) is refused
    or leaves nothing dangling, as through its own."""
    sweep.findings.clear()
    assert OTHER_DELETES == {"vendor": "/rr/api/v1/customers/{id}"}
    for pair in _sample([p for p in PAIRS if p[3] in OTHER_DELETES]):
        sweep.pair(pair, via=OTHER_DELETES[pair[3]])
    assert not sweep.findings, "\n".join(sweep.findings)


#: kind -> the fields its own PATCH writes (a bill draft's PATCH does not take its ``source_file``).
PATCHED = {
    p.kind: set(_schema(p.request or {}).get("properties", {}))
    for p in PLANS.values()
    if p.kind in KINDS and p.action == "partial_update" and not p.parents and p.path == KINDS[p.kind].retrieve.path
}
SETTINGS = "/coa/api/chart-account-settings"


def test_an_account_the_chart_settings_name_cannot_be_deleted(sweep: Sweep) -> None:
    """Each account field of the workspace's one chart settings object (a singleton: no create, no delete)
    guards the account it names: its delete is a 409 naming the settings, and the settings keep it."""
    fields = sorted(RELATIONS.fields[SETTINGS])
    assert len(fields) >= 10 and all(RELATIONS.fields[SETTINGS][f] == "account" for f in fields)
    for name in fields if DEEP else fields[:3]:
        account = sweep.make("account")
        assert isinstance(account, dict), account.text
        assert sweep.c.put(SETTINGS, json={name: account["id"]}).status_code == 200
        gone = sweep.c.delete(f"/coa/api/account/{account['id']}")
        assert gone.status_code == 409, (name, gone.text)
        assert gone.json() == {"detail": "This account cannot be deleted: chart account settings 1 refers to it."}
        assert sweep.c.get(SETTINGS).json()[name] == account["id"]
