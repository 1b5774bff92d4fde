"""Any object the API accepts works everywhere it can be referenced (Hypothesis' stateful testing).

A state machine creates objects of every generic resource with minimal bodies (the required writable
fields) and maximal ones (every writable field), updates them, names them from other objects (a product
in an invoice line, a department on an account, a bank transaction paying an invoice, a tag written as an
object in a line) and deletes them. After every step, through the API only: no answer is a 5xx; a new
object shows no placeholder (no ``1970`` timestamp, and in a field it was not sent no ``""``, ``0``, first
choice or today's date but upstream's defaults and computed figures); every relation of a live object (an
id, a list of ids, a list of objects naming one, at the top or inside lines) names a live object; a deleted
object reads 404; every exchange, request and answer, is what the vendored spec says (openapi-core, as a
client generated from the spec reads it). A few examples by default; many under ``--deep``.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import typing as t

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.exchanges import ExchangeChecker
from campfire_mock.openapi.resources import Plan
from campfire_mock.wire import STORED_KINDS

from . import third_party_client
from .test_every_operation import PLANS, RELATIONS, _value, _with_seeded_relations
from .test_unsent_values import made_up

DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
APP = create_app()


@functools.cache
def _checker() -> ExchangeChecker:
    """Checks every request and answer of the sweep against the vendored spec, and reads each answer with the
    models a third party's generator makes from it (``third_party_client``); made once, when the sweep first
    runs (a few seconds), not when the module is collected."""
    return third_party_client.checker()


#: Hand-written collections whose creates need a body the schema alone does not give (they have tests
#: of their own); the sweep names their objects, it does not make them.
SKIPPED = frozenset({"/coa/api/v1/invoice", "/coa/api/v1/bill", "/coa/api/v1/debit-memo", "credit_memo"})


#: The collection path of a stored kind, where it is not the kind itself.
PATHS = {kind: path for path, kind in reversed(list(STORED_KINDS.items()))}


def _creates() -> dict[str, Plan]:
    """Each top-level kind with a create, a retrieve and a destroy: its create plan."""
    by_kind: dict[str, dict[str, Plan]] = {}
    for p in PLANS.values():  # a kind's own collection, not a view of it (the chart's balance-sheet accounts)
        if p.kind and not p.parents and p.kind not in SKIPPED and PATHS.get(p.kind, p.collection) == p.collection:
            by_kind.setdefault(p.kind, {})[p.action] = p
    return {
        kind: acts["create"] for kind, acts in sorted(by_kind.items()) if {"create", "retrieve", "destroy"} <= set(acts)
    }


CREATES = _creates()
KINDS = sorted(CREATES)
#: kind -> action (``update``, ``partial_update``) -> its plan: an update's body follows the update's own
#: request schema (a ``Patched...`` one may differ from the create's in what it lets be null).
UPDATES: dict[str, dict[str, Plan]] = {}
for _p in PLANS.values():
    if _p.kind in CREATES and not _p.parents and _p.action in ("update", "partial_update"):
        UPDATES.setdefault(_p.kind, {}).setdefault(_p.action, _p)


def _path(kind: str) -> str:
    """The collection path of ``kind`` as the spec writes it (trailing slash included)."""
    return CREATES[kind].path if kind in CREATES else PATHS.get(kind, kind)


#: kind -> the path template of its retrieve under its own collection, as the spec writes it.
ITEMS = {
    p.kind: p.path
    for p in PLANS.values()
    if p.kind and not p.parents and p.action == "retrieve" and p.collection == _path(p.kind).rstrip("/")
}


def _item(kind: str, key: int) -> str:
    """The path of one object of ``kind``, as the spec writes it."""
    found = ITEMS.get(kind)
    return re.sub(r"\{[^}]+\}", str(key), found) if found else _path(kind) + f"/{key}"


def body_for(p: Plan, maximal: bool) -> dict[str, t.Any]:
    """The required writable fields at their first allowed value (or every writable field), relation ids
    naming seeded objects."""
    schema = p.request or {}
    props: dict[str, t.Any] = schema.get("properties", {})
    wanted = props if maximal else {n: props[n] for n in schema.get("required", []) if n in props}
    body = {n: _value(s) for n, s in wanted.items() if not s.get("readOnly") and n != "id"}
    if p.kind == "vendor":  # a customer, so an invoice may name it as its client as a bill names it
        body["vendor_type"] = "customer"
    return t.cast(dict[str, t.Any], _with_seeded_relations(p.kind, body))


def _checked(response: t.Any) -> None:
    """Campfire's exchanges (not the control API's) are checked against the vendored spec."""
    response.read()
    if not response.request.url.path.startswith("/__campfire_mock__/"):
        _checker().check(response)


def _ok(response: t.Any) -> t.Any:
    assert response.status_code < 500, (response.request.method, response.request.url, response.text[:500])
    return response


class Sweep(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.c = TestClient(APP, headers={"Authorization": "Token reference-sweep"})
        self.c.event_hooks = {"response": [_checked]}
        _checker().failures.clear()
        self.live: list[tuple[str, int]] = []
        self.gone: list[tuple[str, int]] = []
        self.today = ""

    @initialize()
    def reset(self) -> None:
        assert self.c.post("/__campfire_mock__/reset").status_code == 200
        self.today = dt.date.today().isoformat()

    @rule(kind=st.sampled_from(KINDS), maximal=st.booleans())
    def create(self, kind: str, maximal: bool) -> None:
        body = body_for(CREATES[kind], maximal)
        made = _ok(self.c.post(_path(kind), json=body))
        if made.status_code != 201:
            return
        answer = made.json()
        self._no_placeholder(kind, body, answer)
        self.live.append((kind, int(answer["id"])))

    def _no_placeholder(self, kind: str, body: dict[str, t.Any], answer: dict[str, t.Any]) -> None:
        """No field the body did not send shows a made-up value (``test_unsent_values.made_up``)."""
        for name, value in answer.items():
            if isinstance(value, str) and value.startswith("1970-"):
                raise AssertionError(f"{kind}.{name} = {value!r}")
            if name in body:
                continue
            why = made_up(CREATES[kind], name, value, self.today)
            assert why is None, f"{kind}.{name} = {value!r} ({why}, not sent)"

    @precondition(lambda self: self.live)
    @rule(data=st.data(), maximal=st.booleans())
    def update(self, data: st.DataObject, maximal: bool) -> None:
        kind, key = data.draw(st.sampled_from(self.live))
        plans = UPDATES.get(kind, {})
        patch = body_for(plans.get("partial_update", CREATES[kind]), maximal)
        _ok(self.c.patch(_item(kind, key), json=patch))
        _ok(self.c.put(_item(kind, key), json=body_for(plans.get("update", CREATES[kind]), maximal)))

    @precondition(lambda self: self.live)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        kind, key = data.draw(st.sampled_from(self.live))
        gone = _ok(self.c.delete(_item(kind, key)))
        if gone.status_code in (200, 202, 204):
            self.live.remove((kind, key))
            self.gone.append((kind, key))
        else:
            assert gone.status_code in (400, 409), gone.text

    @rule(named=st.booleans())
    def invoice_a_new_product(self, named: bool) -> None:
        product = _ok(self.c.post("/rr/api/v1/product", json={"product_name": "P"} if named else {})).json()
        line = {"product": product["id"], "amount": 10, "quantity": 1, "rate": 10}
        body = {"entity": 54, "client": 33973, "invoice_date": "2026-03-01", "due_date": "2026-03-31", "lines": [line]}
        made = _ok(self.c.post("/coa/api/v1/invoice/", json=body))
        assert made.status_code == 201, made.text
        self.live.append(("product", int(product["id"])))

    @rule(amount=st.integers(min_value=1, max_value=5000))
    def pay_with_a_new_bank_transaction(self, amount: int) -> None:
        txn = _ok(self.c.post("/ca/api/transaction", json={"account": 1010, "amount": str(amount)})).json()
        paid = _ok(
            self.c.post(
                "/coa/api/v1/invoice/bulk-apply-payment",
                json={"transaction_id": txn["id"], "invoice_ids": [145003], "payment_date": "2026-03-01"},
            )
        )
        assert paid.status_code in (200, 400, 409), paid.text

    @rule(named=st.booleans())
    def tag_a_line_as_an_object(self, named: bool) -> None:
        """A journal entry whose line names a tag as an object (as upstream's examples send it): made when the
        tag is live, else a 400."""
        tags = [key for kind, key in self.live if kind == "/coa/api/tag"] + [8355]
        gone = [key for kind, key in self.gone if kind == "/coa/api/tag"]
        tag = (gone or [999999])[-1] if not named else tags[0]
        lines = [
            {"account": 6000, "debit_amount": 10, "tags": [{"id": tag, "name": "T"}]},
            {"account": 2300, "credit_amount": 10},
        ]
        entry = {"date": "2026-05-31", "entity": 54, "memo": "Tagged", "transactions": lines}
        made = _ok(self.c.post("/coa/api/journal_entry", json=entry))
        assert made.status_code == (201 if named else 400), made.text

    @rule(data=st.data())
    def name_objects_from_a_journal_entry(self, data: st.DataObject) -> None:
        """A manual journal entry naming a live tag group, entity, bank transaction, file and revenue
        transaction (new ones where the sweep made some) from its lines and itself: made, then kept and checked
        by the invariants like any object (its delete, and theirs, by the other rules)."""

        def pick(kind: str, seeded: int) -> int:
            made = [key for k, key in self.live if k == kind]
            return t.cast(int, data.draw(st.sampled_from([seeded, *made])))

        line = {
            "account": 6000,
            "debit_amount": 10,
            "tag_group_ids": [pick("/coa/api/tag-group", 1)],
            "source_entity": pick("entity", 1),
            "parent_bank_transaction": pick("transaction", 14728800),
        }
        revenue = pick("/rr/api/v1/transactions", 1)
        entry = {
            "date": "2026-05-31",
            "entity": 54,
            "source_file": 1,
            "revenue_transactions": [revenue],
            "transactions": [line, {"account": 2300, "credit_amount": 10}],
        }
        made = _ok(self.c.post("/coa/api/journal_entry", json=entry))
        assert made.status_code == 201, made.text
        answer = made.json()
        assert answer["revenue_transactions"] == [revenue] and answer["source_file"] == 1
        written = {
            k: answer["transactions"][0][k] for k in ("tag_group_ids", "source_entity", "parent_bank_transaction")
        }
        assert written == {k: line[k] for k in written}
        self.live.append(("/coa/api/journal_entry", int(answer["id"])))

    def _names_live(self, where: tuple[str, int, str], target: str, value: t.Any) -> None:
        """Every object ``value`` names (an id, a list of ids, a list of objects naming one by ``id``) reads 200."""
        items = value if isinstance(value, list) else [value]
        refs = [i.get("id") if isinstance(i, dict) else i for i in items]
        for ref in refs:
            if isinstance(ref, int) and (target in CREATES or target in PATHS):
                named = self.c.get(_item(target, ref))
                assert named.status_code == 200, (*where, ref, named.text[:200])

    @invariant()
    def relations_name_live_objects(self) -> None:
        for kind, key in self.live[-6:]:
            shown = self.c.get(_item(kind, key))
            assert shown.status_code == 200, (kind, key, shown.text[:300])
            body = shown.json()
            for field, target in RELATIONS.fields.get(kind, {}).items():
                self._names_live((kind, key, field), target, body.get(field))
            for outer, fields in RELATIONS.nested.get(kind, {}).items():
                for item in body.get(outer) or []:
                    for field, target in fields.items():
                        self._names_live((kind, key, f"{outer}[].{field}"), target, (item or {}).get(field))

    @invariant()
    def every_exchange_is_what_the_spec_says(self) -> None:
        _checker().assert_clean()

    @invariant()
    def deleted_objects_read_404(self) -> None:
        for kind, key in self.gone[-4:]:
            shown = self.c.get(_item(kind, key))
            assert shown.status_code == 404, (kind, key, shown.status_code)


Sweep.TestCase.settings = settings(
    max_examples=40 if DEEP else 3,
    stateful_step_count=30 if DEEP else 10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_reference_sweep = Sweep.TestCase


def test_every_kind_is_swept() -> None:
    """The sweep covers every top-level collection with a create, retrieve and destroy but the hand-written
    documents (which the sweep names, and which have their own tests)."""
    assert len(KINDS) >= 20
    assert {"department", "product", "entity", "/coa/api/tag", "/coa/api/v2/reconciliation"} <= set(KINDS)
