"""Every relation below the top level is kept when the object it names is deleted, and every new object
works in every operation on it (issue 36).

Generated from the spec's relations (``openapi/relations.py``), documents and nested resources included:
for each (kind, field, target) pair, a top-level field or a field of a list's items (an invoice line's
``product``, a journal entry line's ``vendor``, a subscription's ``contract``), a fresh target object is
made, then an object of the kind naming it (the kind's minimal body plus that relation), then the target is
deleted. The delete is refused (409 naming what refers to it) or goes through and the referring object no
longer names it (it reads 404, or names another object, or none): nothing is left naming an object that
404s, and no answer is a 5xx. One fresh workspace per pair.

Then every kind with a create (34, documents and nested resources included) is made with a minimal body and
with a maximal one, and used by every operation whose path names it (148: retrieve, update, its actions, its
children, and last its delete): no 5xx.
"""

from __future__ import annotations

import base64
import copy
import itertools
import os
import typing as t

import pytest
from starlette.testclient import TestClient

from campfire_mock import create_app
from campfire_mock.openapi.resources import Plan

from .test_every_operation import PLANS, RELATIONS, _value, _with_seeded_relations, path_values, request_for
from .test_reference_sweep import body_for

Body = dict[str, t.Any]
APP = create_app()
#: Each pair builds a fresh demo workspace and writes three times; the whole-snapshot audit after every write
#: (CAMPFIRE_MOCK_AUDIT) triples the module's time (5 s -> 16 s), so it runs under ``--deep`` only.
APP.store.audit = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
#: The invoices' kind as the spec plan names it, and as relations name it.
INVOICES = "/coa/api/v1/invoice"
FILES = "/ca/api/file"
CREATE = {p.kind: p for p in reversed(list(PLANS.values())) if p.kind and p.action == "create"}
ITEM = {p.kind: p for p in reversed(list(PLANS.values())) if p.kind and p.action == "retrieve" and p.id_param}
DESTROY = {p.kind: p for p in reversed(list(PLANS.values())) if p.kind and p.action == "destroy" and p.id_param}
#: Bodies the hand-written documents are created with (the schema alone gives none they accept).
DOCUMENTS: dict[str, Body] = {
    INVOICES: {
        "entity": 54,
        "client": 33973,
        "invoice_date": "2026-03-01",
        "due_date": "2026-03-31",
        "lines": [{"product": 1717, "amount": 10, "quantity": 1, "rate": 10}],
    },
    "/coa/api/v1/bill": {
        "entity": 54,
        "vendor": 34182,
        "bill_number": "L-1",
        "bill_date": "2026-05-01",
        "due_date": "2026-05-31",
        "lines": [{"account": 2622, "amount": 10}],
    },
    "/coa/api/v1/debit-memo": {
        "entity": 54,
        "vendor": 34182,
        "debit_memo_date": "2026-05-01",
        "lines": [{"account": 2622, "amount": 7}],
    },
    "credit_memo": {
        "entity": 54,
        "client": 42,
        "credit_memo_date": "2026-05-01",
        "lines": [{"account": 169208, "amount": 4}],
    },
    "/coa/api/journal_entry": {
        "date": "2026-05-31",
        "entity": 54,
        "memo": "L",
        "transactions": [{"account": 6000, "debit_amount": 10}, {"account": 2300, "credit_amount": 10}],
    },
    "/coa/api/intercompany-journal-entry": {
        "date": "2026-05-31",
        "memo": "L",
        "transactions": [
            {"entity": 54, "account": 1300, "debit_amount": 10},
            {"entity": 54, "account": 1010, "credit_amount": 10},
            {"entity": 1, "account": 1010, "debit_amount": 10},
            {"entity": 1, "account": 2700, "credit_amount": 10},
        ],
    },
    "transaction": {"account": 1010, "amount": "5"},
}
#: Pairs the sweep leaves out, and why.
LEFT_OUT = {
    ("/coa/api/v1/bill-draft", None): "a bill draft's create answers the upload it queued, not the draft (no id)",
}
#: Relations a create accepts but whose answer does not show them yet (the write keeps nothing, or the
#: answer derives the field): nothing can dangle, but the answer is not checked to name the object.
NOT_ANSWERED = {
    ("/coa/api/intercompany-journal-entry", None, "entities"),  # derived from the lines' entities
    (INVOICES, None, "department"),
    (INVOICES, None, "tags"),
    (INVOICES, "lines", "invoice"),
    (INVOICES, "lines", "tags"),
    ("credit_memo", "lines", "tags"),
}
#: Read-only relations of a journal entry's lines (upstream's ``ChartTransaction``: ``files`` and
#: ``created_fixed_assets`` are derived): a write naming one is ignored, as DRF ignores read-only fields, so the
#: answer does not name the object and its delete is not refused.
READ_ONLY = {
    (kind, "transactions", field)
    for kind in ("/coa/api/journal_entry", "/coa/api/intercompany-journal-entry")
    for field in ("files", "created_fixed_assets")
}
#: Relations written inline whose objects another list answers: a contract's ``prepaid_commits`` (write-only)
#: become prepaid commits of the contract, listed under it.
LISTED_UNDER = {("contract", "prepaid_commits"): "/rr/api/v1/contracts/{}/prepaid-commits"}
PDF = "data:application/pdf;name=a.pdf;base64," + base64.b64encode(b"%PDF").decode()
_tokens = itertools.count()


def _plan_kind(kind: str) -> str:
    return INVOICES if kind == "invoice" else kind


def _pairs() -> list[tuple[str, str | None, str, str]]:
    """(kind, list field or None, field, target) for every writable relation of every kind with a create
    and a retrieve, whose target can be made and deleted."""
    found = []
    for kind in sorted(set(RELATIONS.fields) | set(RELATIONS.nested)):
        if kind not in CREATE or kind not in ITEM or (kind, None) in LEFT_OUT:
            continue
        pairs = [(None, f, to) for f, to in RELATIONS.fields.get(kind, {}).items()]
        pairs += [(o, f, to) for o, fs in RELATIONS.written(kind).items() if o != "payments" for f, to in fs.items()]
        for outer, field, target in pairs:
            made = _plan_kind(target)
            if (made in CREATE or made == FILES) and made in DESTROY:
                found.append((kind, outer, field, target))
    return found


PAIRS = _pairs()


def _path(template: str, values: t.Mapping[str, t.Any]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def _make(c: TestClient, kind: str, extra: Body | None = None, parent: int | None = None) -> tuple[Body, Body]:
    """A new object of ``kind`` (its minimal body and ``extra``), and its path's parent ids."""
    if kind == FILES:  # files are made by upload
        made = c.post(f"{FILES}/upload", params={"model": "policy"}, json={"file": PDF})
        assert made.status_code == 200, made.text
        return made.json(), {}
    p = CREATE[_plan_kind(kind)]
    parents = {name: path_values(p)[name] if parent is None else parent for name, _ in p.parents}
    body = copy.deepcopy(DOCUMENTS[_plan_kind(kind)]) if _plan_kind(kind) in DOCUMENTS else body_for(p, False)
    made = c.post(_path(p.path, parents), json={**body, **(extra or {})})
    assert made.status_code == 201, (kind, extra, made.text[:300])
    return made.json(), parents


def _item_schema(kind: str, outer: str | None, field: str) -> Body:
    props: Body = (CREATE[kind].request or {}).get("properties", {})
    if outer is not None:
        props = (props.get(outer, {}).get("items") or {}).get("properties", {})
    return t.cast(Body, props.get(field, {}))


def _written(kind: str, outer: str | None, field: str, key: int) -> Body:
    """The body fields that make an object of ``kind`` name ``key`` in ``field`` (in its first line)."""
    schema = _item_schema(kind, outer, field)
    items = schema.get("items") or {}
    value: t.Any = key
    if schema.get("type") == "array":
        value = [{"id": key} if items.get("type") == "object" or "properties" in items else key]
    if outer is None:
        return {field: value}
    base = DOCUMENTS.get(kind, {}).get(outer)
    if base is None:
        one = _value(_item_schema(kind, None, outer).get("items") or {})
        base = [_with_seeded_relations(kind, {outer: [one]})[outer][0]]
    lines = copy.deepcopy(base)
    old = lines[0].get(field)
    for line in lines:  # an intercompany entry's entity changes on every line of that entity (each balances)
        if line is lines[0] or (field == "entity" and old is not None and line.get(field) == old):
            line[field] = value
    if kind == "/coa/api/journal_entry" and field == "entity":  # a manual entry's lines are in its one entity
        return {outer: [{**line, field: value} for line in lines], field: value}
    return {outer: lines}


def _ids(value: t.Any) -> list[t.Any]:
    items = value if isinstance(value, list) else [value]
    return [i.get("id") if isinstance(i, dict) else i for i in items]


def _named(body: Body, outer: str | None, field: str, key: int) -> bool:
    values = [body.get(field)] if outer is None else [(i or {}).get(field) for i in body.get(outer) or []]
    return any(key in _ids(v) for v in values)


def _answers(c: TestClient, kind: str, body: Body, outer: str | None, field: str, key: int) -> bool:
    """Whether the object's answer names ``key`` (for a list written inline and answered elsewhere, that list)."""
    listed = LISTED_UNDER.get((kind, t.cast(str, outer)))
    if listed is None:
        return _named(body, outer, field, key)
    items = c.get(listed.format(body["id"]), params={"limit": 1000}).json()["results"]
    return any(key in _ids(item.get(field)) for item in items)


def _stored_names(c: TestClient, kind: str, referrer: t.Any, field: str, key: int) -> bool:
    """Whether the workspace still keeps ``referrer`` naming ``key`` under ``field`` anywhere in its row (for
    the relations its answers do not show): read from the workspace's snapshot."""
    objects = c.get("/__campfire_mock__/snapshot").json()["objects"]
    rows = objects.get({INVOICES: "invoice"}.get(kind, kind)) or []
    row = next((r for r in rows if r.get("id") == referrer), None)
    assert row is not None, (kind, referrer)

    def names(node: t.Any) -> bool:
        if isinstance(node, list):
            return any(names(item) for item in node)
        if not isinstance(node, dict):
            return False
        return (field in node and key in _ids(node[field])) or any(names(v) for v in node.values())

    return names(row)


def _no_5xx(response: t.Any) -> t.Any:
    assert response.status_code < 500, (response.request.method, response.request.url, response.text[:300])
    return response


@pytest.mark.parametrize(("kind", "outer", "field", "target"), PAIRS, ids=["/".join(map(str, p)) for p in PAIRS])
def test_deleting_what_an_object_names_leaves_nothing_dangling(
    kind: str, outer: str | None, field: str, target: str
) -> None:
    """Deleting the object a relation names is refused (409 naming the referrer) or leaves the referrer
    naming it no more."""
    c = TestClient(APP, headers={"Authorization": f"Token reference-links-{next(_tokens)}"})
    made, parents = _make(c, target)
    key = int(made["id"])
    # A nested object naming its contract is made under it: the path's contract wins over the body's.
    under = key if field == "contract" and CREATE[kind].parents else None
    referrer, where = _make(c, kind, _written(kind, outer, field, key), under)
    named = _answers(c, kind, referrer, outer, field, key)
    if (kind, outer, field) in READ_ONLY:
        assert not named, (kind, outer, field, referrer)
    elif (kind, outer, field) not in NOT_ANSWERED:
        assert named, (kind, outer, field, referrer)
    plan = DESTROY[_plan_kind(target)]
    gone = _no_5xx(c.delete(_path(plan.path, {**parents, plan.id_param or "id": key})))
    item = ITEM[kind]
    shown = _no_5xx(c.get(_path(item.path, {**where, item.id_param or "id": referrer["id"]})))
    if gone.status_code == 409:
        assert (kind, outer, field) not in READ_ONLY, gone.text
        assert gone.json()["detail"].startswith("This ") and "cannot be deleted: " in gone.json()["detail"]
        assert gone.json()["detail"].endswith(("refers to it.", "refer to it."))
        assert shown.status_code == 200 and _answers(c, kind, shown.json(), outer, field, key) == named
        return
    assert gone.status_code in (200, 204), gone.text
    assert shown.status_code == 404 or not _answers(c, kind, shown.json(), outer, field, key), shown.text[:300]
    if shown.status_code == 200 and (kind, outer, field) in NOT_ANSWERED:  # what the answer cannot show
        assert not _stored_names(c, kind, referrer["id"], field, key), (kind, outer, field)


def test_the_link_sweep_reaches_documents_and_nested_resources() -> None:
    """The pairs cover the documents' lines and the contracts' nested resources, not only top-level fields."""
    kinds = {(kind, outer) for kind, outer, _, _ in PAIRS}
    assert {(INVOICES, "lines"), ("/coa/api/v1/bill", "lines"), ("credit_memo", "lines")} <= kinds
    assert {("/coa/api/v1/debit-memo", "lines"), ("/coa/api/journal_entry", "transactions")} <= kinds
    assert ("/rr/api/v1/contracts/{contract_id}/subscriptions", None) in kinds
    assert ("/rr/api/v1/transactions", None) in kinds
    assert len(PAIRS) >= 150


def test_a_journal_entry_line_keeps_its_vendor_department_and_tag(client: TestClient) -> None:
    """A vendor, department or tag a manual entry's line names cannot be deleted (409 naming the entry);
    ``new_department`` moves the line to the replacement."""
    line = {"account": 6000, "debit_amount": 10, "vendor": 34182, "department": 36, "tags": [{"id": 8355}]}
    body = {"date": "2026-05-31", "entity": 54, "transactions": [line, {"account": 2300, "credit_amount": 10}]}
    entry = client.post("/coa/api/journal_entry", json=body).json()
    gone = client.delete("/coa/api/department/36")
    assert (gone.status_code, gone.json()["detail"]) == (
        409,
        f"This department cannot be deleted: journal entry {entry['id']} refers to it.",
    )
    assert client.delete("/coa/api/department/36", params={"new_department": 35}).status_code == 204
    lines = client.get(f"/coa/api/journal_entry/{entry['id']}").json()["transactions"]
    assert [ln["department"] for ln in lines] == [35, None]
    assert client.delete(f"/coa/api/tag/{8355}").status_code == 409


def _kinds() -> list[str]:
    """Every kind with a create and a retrieve, documents and nested resources included."""
    return sorted(k for k in CREATE if k in ITEM and (k, None) not in LEFT_OUT and k != FILES)


KINDS = _kinds()


def _operations_on(kind: str) -> list[Plan]:
    """The operations whose path names one object of ``kind`` (its item, its actions, its children),
    a delete last."""
    item = ITEM[kind].path
    found = [p for p in PLANS.values() if p.path == item or p.path.startswith(item + "/")]
    return sorted(found, key=lambda p: (p.method == "DELETE", p.operation_id))


@pytest.mark.parametrize("maximal", [False, True], ids=["minimal", "maximal"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_new_object_works_in_every_operation_on_it(kind: str, maximal: bool) -> None:
    """An object made with a minimal body (every required field) or a maximal one (every writable field)
    is then retrieved, updated, acted on and deleted through every operation naming it: no answer is a
    5xx (a maximal body the API refuses is a 400, not a 5xx)."""
    c = TestClient(APP, headers={"Authorization": f"Token reference-links-{next(_tokens)}"})
    p = CREATE[kind]
    parents = {name: path_values(p)[name] for name, _ in p.parents}
    body = copy.deepcopy(DOCUMENTS[kind]) if kind in DOCUMENTS else body_for(p, False)
    if maximal:  # every writable field, in the entity's own currency (the twin knows no market rate)
        every = body_for(p, True)
        body = {**every, **body, **({"currency": "USD"} if "currency" in every else {})}
    made = _no_5xx(c.post(_path(p.path, parents), json=body))
    assert made.status_code == 201, made.text[:300]
    key = made.json()["id"]
    for op in _operations_on(kind):
        _, _, query, op_body = request_for(op)
        values = {**path_values(op), **parents, ITEM[kind].id_param or "id": key}
        kwargs: dict[str, t.Any] = {"params": query}
        if op_body is not None:
            kwargs["json"] = op_body
        _no_5xx(c.request(op.method, _path(op.path, values), **kwargs))
