"""The whole workspace, not one pair at a time: after deletes of every stored object in any order, no relation of
any listed object names a gone one; updates invent nothing; and an action's body naming a missing object is
refused (issue 36's "done means", the audit's sweep).

The kinds come from the spec's plan (every collection with a list, a retrieve and a delete, nested ones under
their seeded parent) and the relations from its relation table (``openapi/relations.py``), not from a hand list.
Every answer is read by the third-party client of the vendored spec too (``third_party_client``).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import typing as t
from decimal import Decimal

import pytest
from starlette.testclient import TestClient

from campfire_mock.openapi.relations import _is_integer, _list_relation, target_of
from campfire_mock.openapi.resources import Plan
from campfire_mock.wire import STORED_KINDS

from .delete_sweep import Sweep
from .payables import trial_balance_difference
from .sweep_kinds import DEEP, KINDS, _base
from .test_answer_sweep import _schema, dangling, placeholders
from .test_every_operation import PLANS, RELATIONS, path_values, request_for
from .test_reference_sweep import PATHS
from .third_party_client import reader

#: Lists with a default date window (journal entries: the last six months), asked for all time.
LIST_PARAMS = {"/coa/api/journal_entry": {"all_time": "true"}, "/coa/api/transaction": {"all_time": "true"}}
#: Fields that say an object was voided or deleted: a live, never-voided object answers them null (or false).
MARKERS = re.compile(r"^(voided_(date|at)|void_date|deleted_at|is_deleted|is_voided)$")


def _fill(template: str, values: t.Mapping[str, t.Any]) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: str(values[m.group(1)]), template)


def _own_collection(p: Plan) -> bool:
    """Whether ``p`` is on its kind's own collection (not a view of it, such as the chart's balance-sheet list)."""
    collection = (p.collection or "").rstrip("/")
    return STORED_KINDS.get(collection, collection) == p.kind or PATHS.get(p.kind or "") == p.collection


def _stored() -> dict[str, dict[str, Plan]]:
    """kind -> its list, retrieve and destroy plans: every kind the spec lets a client list, read and delete."""
    found: dict[str, dict[str, Plan]] = {}
    for p in sorted(PLANS.values(), key=lambda p: p.path):
        if p.kind and p.action in ("list", "retrieve", "destroy") and _own_collection(p):
            found.setdefault(p.kind, {}).setdefault(p.action, p)
    return {k: acts for k, acts in sorted(found.items()) if {"list", "retrieve", "destroy"} <= set(acts)}


STORED = _stored()


class Walk:
    """Reads a workspace through the API: its objects by kind, and whether an object named reads."""

    def __init__(self, client: TestClient) -> None:
        self.c = client
        self.findings: list[str] = []
        self.third_party = reader()

    def ok(self, response: t.Any, what: str) -> t.Any:
        if response.status_code >= 500:
            self.findings.append(f"{what}: {response.status_code} {response.text[:200]}")
        before = len(self.third_party.failures)
        self.third_party.read(response)
        self.findings += [f"{what}: {f}" for f in self.third_party.failures[before:]]
        return response

    def rows(self, kind: str) -> list[dict[str, t.Any]]:
        """Every listed object of ``kind`` (under its seeded parent; none once the parent is gone)."""
        p = STORED[kind]["list"]
        listed = self.ok(
            self.c.get(_fill(p.path, path_values(p)), params={"limit": 10000, **LIST_PARAMS.get(kind, {})}),
            f"list {kind}",
        )
        if listed.status_code == 404 and p.parents:
            return []
        assert listed.status_code == 200, (kind, listed.text[:300])
        body = listed.json()
        rows = body.get("results", []) if isinstance(body, dict) else body
        return [r for r in rows if isinstance(r, dict) and r.get("is_deleted") is not True]

    def item(self, kind: str, key: t.Any) -> str:
        p = STORED[kind]["retrieve"]
        return _fill(p.path, {**path_values(p), p.id_param or "id": key})

    def dangling(self) -> list[str]:
        """Every relation of every listed object naming an object that does not read 200 (each object read once)."""
        found: list[str] = []
        reads = _ReadOnce(self.c)
        for kind in STORED:
            for row in self.rows(kind):
                found += [f"{kind} {row.get('id')}: {f}" for f in dangling(t.cast(TestClient, reads), kind, row)]
        return found


class _ReadOnce:
    """A client's GETs, each URL read once (a walk names the same account hundreds of times)."""

    def __init__(self, client: TestClient) -> None:
        self.c = client
        self.seen: dict[str, t.Any] = {}

    def get(self, url: str) -> t.Any:
        if url not in self.seen:
            self.seen[url] = self.c.get(url)
        return self.seen[url]


@pytest.fixture
def walk(app: t.Any) -> t.Iterator[Walk]:
    with TestClient(app, headers={"Authorization": "Token nothing-dangles"}) as c:
        assert c.post("/__campfire_mock__/reset").status_code == 200
        yield Walk(c)
        c.post("/__campfire_mock__/reset")


def test_the_walk_covers_every_stored_kind() -> None:
    """The walk lists every kind the plan lets a client list, read and delete, nested ones included."""
    assert len(STORED) >= 25
    assert {"department", "/coa/api/v1/invoice", "/rr/api/v1/contracts/{contract_id}/subscriptions"} <= set(STORED)


@pytest.mark.parametrize("seed", range(3 if DEEP else 1))
def test_deleting_every_object_in_any_order_leaves_nothing_dangling(walk: Walk, seed: int) -> None:
    """Every listed object of every kind deleted in a random order (the demo seed's and nothing else): each delete
    is a 2xx (the object then reads 404), a 409 saying what refers to it, or a 404 for one gone with its parent;
    afterwards no listed object names a gone one, no answer is a 5xx and the books still balance."""
    if DEEP:
        assert walk.dangling() == [], "the demo seed itself dangles"  # test_demo_seed_references.py checks it too
    targets = [(kind, row["id"]) for kind in STORED for row in walk.rows(kind) if isinstance(row.get("id"), int)]
    random.Random(seed).shuffle(targets)
    if not DEEP:
        targets = targets[::3]  # a third of them by default (every kind still among them): all under --deep
    assert len(targets) > 150
    codes: dict[int, int] = {}
    for kind, key in targets:
        p = STORED[kind]["destroy"]
        url = _fill(p.path, {**path_values(p), p.id_param or "id": key})
        gone = walk.ok(walk.c.delete(url), f"DELETE {url}")
        codes[gone.status_code] = codes.get(gone.status_code, 0) + 1
        if gone.status_code in (200, 202, 204):
            after = walk.c.get(walk.item(kind, key)).status_code
            if after != 404:
                walk.findings.append(f"DELETE {url}: deleted, yet it reads {after}")
        elif gone.status_code == 409:
            detail = str(gone.json().get("detail", ""))
            if not re.search(r"\d", detail):
                walk.findings.append(f"DELETE {url}: a 409 naming nothing: {detail!r}")
        elif gone.status_code != 404:
            walk.findings.append(f"DELETE {url}: {gone.status_code} {gone.text[:150]}")
    assert codes.get(204, 0) + codes.get(200, 0) > 40 and codes.get(409, 0) > 10, codes
    walk.findings += walk.dangling()
    if (difference := trial_balance_difference(walk.c)) != Decimal(0):
        walk.findings.append(f"the trial balance is off by {difference}")
    assert walk.findings == [], "\n".join(walk.findings)


#: kind -> its own update plans (PUT and PATCH on its item path).
UPDATES = {
    kind: {
        p.method: p
        for p in PLANS.values()
        if p.kind == kind and p.action in ("update", "partial_update") and p.path == k.retrieve.path
    }
    for kind, k in KINDS.items()
}


def test_updates_invent_nothing_and_agree_with_the_retrieve(walk: Walk) -> None:
    """A new object of every kind, updated by PATCH ``{}`` and by PUT with its minimal body: each answer shows no
    placeholder in a field never sent, no epoch, no voided or deleted marker, no relation naming nothing, and
    is what the retrieve then answers."""
    today = dt.date.today().isoformat()
    found: list[str] = []
    updated = 0
    maker = Sweep(walk.c)  # the delete sweep's maker: a minimal body, else a maximal one
    for kind, k in KINDS.items():
        if not UPDATES[kind]:
            continue
        made = maker.make(kind)
        if not isinstance(made, dict) or not isinstance(made.get("id"), int):
            continue
        key, sent = made["id"], _base(kind, True)
        for method in sorted(UPDATES[kind]):
            body = {} if method == "PATCH" else _base(kind, False)
            answer = walk.ok(walk.c.request(method, k.item(key), json=body), f"{method} {kind}")
            if answer.status_code != 200:
                continue  # a PUT whose minimal body the kind's rules refuse: refusals are other tests' subject
            updated += 1
            shown = answer.json()
            found += [f"{method} {kind}: {f}" for f in placeholders(k.create, shown, {**sent, **body}, today)]
            found += [f"{method} {kind}: {f}" for f in dangling(walk.c, kind, shown)]
            found += [
                f"{method} {kind}: {n} = {v!r}" for n, v in shown.items() if MARKERS.match(n) and v not in (None, False)
            ]
            if (again := walk.c.get(k.item(key)).json()) != shown:
                changed = sorted(n for n in set(again) | set(shown) if again.get(n) != shown.get(n))
                found.append(f"{method} {kind}: the retrieve differs in {changed}")
    assert updated >= 30
    assert found + walk.findings == [], "\n".join(found + walk.findings)


def _body_relations(p: Plan) -> dict[str, tuple[str, bool]]:
    """The top-level fields of ``p``'s request body that name an object (field -> (kind, a list of them))."""
    found: dict[str, tuple[str, bool]] = {}
    for name, node in _schema(p.request or {}).get("properties", {}).items():
        schema = _schema(node)
        if schema.get("readOnly"):
            continue
        listed = _list_relation(name, schema, RELATIONS.kinds, p.kind or "")
        single = (
            target_of(name, RELATIONS.kinds, p.kind or "")
            if _is_integer(node) or schema.get("type") in ("integer", None)
            else None
        )
        if listed or single:
            found[name] = (t.cast(str, listed or single), bool(listed))
    return found


#: Actions whose body names an object (by the relation table's naming rule), each with a relation field.
ACTIONS = sorted(
    (oid, name, target, many)
    for oid, p in PLANS.items()
    if p.action not in ("create", "update", "partial_update") and p.method in ("POST", "PUT", "PATCH")
    for name, (target, many) in _body_relations(p).items()
)
#: Actions that accept an id naming nothing (the audit's findings, /work/brief/s8/audit36-findings.md), by owner.
ACCEPTED_MISSING: dict[tuple[str, str], str] = {}


def test_an_action_naming_a_missing_object_is_refused(walk: Walk) -> None:
    """Each action whose body names an object, sent its valid body with that id naming nothing, answers a 4xx
    (DRF's ``Invalid pk``), never a 2xx or a 5xx, but for the listed findings (which the test keeps honest: one
    fixed must leave the list); naming a new object of that kind instead answers no 5xx."""
    assert len(ACTIONS) >= 10
    accepted: dict[tuple[str, str], str] = {}
    for oid, name, target, many in ACTIONS:
        method, url, query, body = request_for(PLANS[oid])
        if not isinstance(body, dict):
            continue
        walk.c.post("/__campfire_mock__/reset")
        missing = 999999999
        answer = walk.ok(
            walk.c.request(method, url, params=query, json={**body, name: [missing] if many else missing}), oid
        )
        if answer.status_code < 300:
            accepted[oid, name] = answer.text[:100]
        if target in KINDS:  # a new object (not a seeded one) named instead: used without a 5xx
            walk.c.post("/__campfire_mock__/reset")
            made = Sweep(walk.c).make(target)
            if not isinstance(made, dict) or not isinstance(made.get("id"), int):
                walk.findings.append(f"{oid}: no new {target} to name: {getattr(made, 'text', made)!s:.150}")
                continue
            new = made["id"]
            walk.ok(walk.c.request(method, url, params=query, json={**body, name: [new] if many else new}), oid)
    assert walk.findings == [], "\n".join(walk.findings)
    assert set(accepted) == set(ACCEPTED_MISSING), accepted


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (
            "/rr/api/v1/modify-subscription-schedule",
            {"start_date": "2026-03-01", "total_value": 0, "modified_subscription": 999999999},
            "modified_subscription",
        ),
    ],
)
def test_a_generic_action_naming_a_missing_object_is_drf_s_400(
    client: TestClient, path: str, body: dict[str, t.Any], field: str
) -> None:
    """A generic action (no rule of its own) whose body names an object that does not exist answers DRF's 400 for
    that field, in a JSON body as in a form (where the operation takes one)."""
    form = {"data": {k: v for k, v in body.items() if not isinstance(v, list)}}
    for sent in [{"json": body}, *([form] if "subscription" in path else [])]:
        refused = client.post(path, **sent)
        assert refused.status_code == 400, refused.text
        assert refused.json() == {field: ['Invalid pk "999999999" - object does not exist.']}


def test_a_generic_action_naming_a_live_object_answers(client: TestClient) -> None:
    """The same action naming a live subscription answers 200."""
    listed = client.get("/rr/api/v1/contracts/12954/subscriptions").json()
    key = (listed.get("results", []) if isinstance(listed, dict) else listed)[0]["id"]
    body = {"start_date": "2026-03-01", "total_value": 0, "modified_subscription": key}
    answered = client.post("/rr/api/v1/modify-subscription-schedule", json=body)
    assert answered.status_code == 200, answered.text
