"""The demo seed names only objects it holds: no relation of a seeded object is a made-up ``0`` or an id of
nothing (issue 36: bank account 1 named entity 0, the fixed-asset automation rule account 0, the
transaction match customer 0, reconciliation 1 account 0)."""

from __future__ import annotations

import json
import re
import typing as t
from importlib import resources

import pytest
from starlette.testclient import TestClient

from campfire_mock.domain.content_types import content_kind
from campfire_mock.wire import STORED_KINDS

from .test_every_operation import PLANS, RELATIONS

#: The collection path of a stored kind, where it is not the kind itself (``vendor``: ``/coa/api/vendor``).
PATHS = {kind: path for path, kind in reversed(list(STORED_KINDS.items()))}
#: kind -> the path template of its retrieve under its own collection (a singleton's path has no id).
ITEMS = {
    p.kind: p.path
    for p in PLANS.values()
    if p.kind and not p.parents and p.action == "retrieve" and p.collection == PATHS.get(p.kind, p.kind).rstrip("/")
}
SEED: dict[str, t.Any] = json.loads(resources.files("campfire_mock.seed").joinpath("demo.json").read_text("utf-8"))


def _item(kind: str, key: int) -> str:
    return re.sub(r"\{[^}]+\}", str(key), ITEMS[kind])


def _named(value: t.Any) -> list[int]:
    """The ids ``value`` names: an id, a list of ids, or a list of objects naming one by ``id``."""
    items = value if isinstance(value, list) else [value]
    refs = [i.get("id") if isinstance(i, dict) else i for i in items]
    return [r for r in refs if isinstance(r, int) and not isinstance(r, bool)]


def _rows(client: TestClient, kind: str) -> list[dict[str, t.Any]]:
    """The demo seed's objects of ``kind`` as their retrieve answers them (a singleton's one answer)."""
    if "{" not in ITEMS[kind]:
        return [client.get(ITEMS[kind]).json()]
    seeded = [o["id"] for o in SEED["objects"].get(kind, []) if isinstance(o, dict) and "id" in o]
    answers = [client.get(_item(kind, key)) for key in seeded]
    return [a.json() for a in answers if a.status_code == 200]


@pytest.mark.parametrize("kind", sorted(k for k in ITEMS if k in RELATIONS.fields or k in RELATIONS.nested))
def test_every_relation_of_a_seeded_object_names_a_live_one(client: TestClient, kind: str) -> None:
    """Each seeded object of ``kind``, as retrieved, names (at the top and in its lines) only objects that exist."""
    dangling = []
    seen: dict[tuple[str, int], int] = {}

    def check(where: str, target: str, value: t.Any) -> None:
        if target not in ITEMS:
            return
        for ref in _named(value):
            if (target, ref) not in seen:
                seen[(target, ref)] = client.get(_item(target, ref)).status_code
            if seen[(target, ref)] != 200:
                dangling.append(f"{where} = {ref}")

    for row in _rows(client, kind):
        for field, target in RELATIONS.fields.get(kind, {}).items():
            check(f"{row['id']}.{field}", target, row.get(field))
        for outer, fields in RELATIONS.nested.get(kind, {}).items():
            for item in row.get(outer) or []:
                for field, target in fields.items():
                    check(f"{row['id']}.{outer}[].{field}", target, (item or {}).get(field))
    assert dangling == []


def test_the_seeded_transaction_match_names_a_seeded_invoice_and_bank_transaction(client: TestClient) -> None:
    """The demo's match pairs ACME's ACH 14728801 with ACME's invoice 145002 (INV-0000902): its content type
    is the invoice model's, both objects read 200, and the match answers ``model`` ``invoice`` (no id 0)."""
    match = client.get("/coa/api/transaction-matches/1").json()
    assert (match["content_type"], match["object_id"], match["transaction"]) == (1, 145002, 14728801)
    assert match["model"] == "invoice"
    assert content_kind(match["content_type"]) == "invoice"
    assert client.get(f"/coa/api/v1/invoice/{match['object_id']}/").status_code == 200
    assert client.get(_item("transaction", match["transaction"])).status_code == 200


def _nullable(schema: dict[str, t.Any]) -> bool:
    return bool(schema.get("nullable")) or any(
        isinstance(b, dict) and b.get("nullable") for b in schema.get("anyOf", ())
    )


def _empty_texts(
    schema: dict[str, t.Any] | None, value: t.Any, where: str, *, nullable: bool = True
) -> t.Iterator[str]:
    """Where ``value`` holds ``""`` in a field ``schema`` marks nullable (Campfire's null, not a placeholder), or
    with ``nullable=False`` in one it does not (where Campfire always sends a value)."""
    if not schema:
        return
    branches = [b for k in ("anyOf", "oneOf", "allOf") for b in schema.get(k, ()) if isinstance(b, dict)]
    if branches and not schema.get("properties"):
        for branch in branches:
            yield from _empty_texts(branch, value, where, nullable=nullable)
        return
    if isinstance(value, dict):
        props: dict[str, t.Any] = schema.get("properties") or {}
        for name, item in value.items():
            sub = props.get(name)
            if sub is None:
                continue
            if item == "" and _nullable(sub) == nullable:
                yield f"{where}.{name}"
            yield from _empty_texts(sub, item, f"{where}.{name}", nullable=nullable)
    elif isinstance(value, list):
        for item in value:
            yield from _empty_texts(schema.get("items"), item, f"{where}[]", nullable=nullable)


def test_the_demo_seed_answers_no_empty_text_where_campfire_would_answer_null(client: TestClient) -> None:
    """Every list and retrieve of the demo seed (a page of up to 1,000) shows no ``""`` in a field its schema
    marks nullable: the seed holds null where Campfire would answer null (invoice 47864's addresses were ``""``)."""
    from .test_every_operation import request_for

    found: set[str] = set()
    blank: set[str] = set()
    for p in PLANS.values():
        if p.method != "GET" or p.action not in ("list", "retrieve"):
            continue
        _, url, query, _ = request_for(p)
        answer = client.get(url, params={**query, "limit": 1000} if p.action == "list" else query)
        if answer.status_code == 200 and answer.headers.get("content-type", "").startswith("application/json"):
            found.update(_empty_texts(p.response, answer.json(), p.operation_id))
            blank.update(_empty_texts(p.response, answer.json(), p.operation_id, nullable=False))
    assert sorted(found) == []
    # Nor ``""`` where the schema says Campfire always sends a value (a file's ``s3_path``, a webhook event's
    # ``topic``), but a department's blank code: Django's blank ``CharField`` (the Executive department of
    # Campfire's own intercompany examples has none).
    assert sorted(blank) == ["coa_api_department_list.results[].code"]


def test_the_seeded_subscription_bills_a_product(client: TestClient) -> None:
    """Subscription 1 of contract 12954 (the twin's own demo object) names product 300, the product upstream's
    subscription examples bill, and answers its name: a subscription bills a product."""
    shown = client.get("/rr/api/v1/contracts/12954/subscriptions/1").json()
    assert (shown["product"], shown["product_name"]) == (300, "Platform Subscription")
