"""Every resource's create (a minimal and a maximal body), retrieve and list answer no invented value, and every
answer of the sweep, errors included, is read by two clients of the vendored spec.

For each create operation of the spec (top-level, nested and documents): the object is made twice, from its
required writable fields and from every writable field, then read back by its retrieve and found in its list.
In each of those answers, at the top and inside lines:

* no ``1970-`` timestamp, and no ``""`` where the field's schema allows null (null is what "none" reads);
* in a field the client did not send, no ``""``, ``0``, first choice or today's date but upstream's default or
  a figure the twin computes (``test_unsent_values.made_up``);
* every relation (an integer field named for a resource, at the top or in lines) names an object that reads
  200: never ``0``, never a missing one.

Each exchange (and a 404 of the retrieve, a 400 of the create) is validated by openapi-core against the served
spec, and parsed by the generated SDK as its method would (its return type's pydantic model, or its error
class with DRF's ``detail`` or field messages).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import typing as t

import httpx
import pytest
from starlette.testclient import TestClient

from campfire_mock.exchanges import ExchangeChecker
from campfire_mock.openapi.resources import Plan
from campfire_sdk import BadRequestError, Campfire
from campfire_sdk._base_client import BaseClient
from campfire_sdk._exceptions import make_status_error
from campfire_sdk._operations import OPERATIONS as SDK_OPERATIONS
from campfire_sdk.pagination import SyncPage

from . import third_party_client
from .test_every_operation import (
    PLANS,
    RELATIONS,
    RESOLVER,
    _value,
    _with_seeded_relations,
    path_values,
    request_for,
)
from .test_reference_sweep import CREATES as TOP_LEVEL
from .test_reference_sweep import PATHS, _item
from .test_unsent_values import made_up

#: Creates on a view of another collection, read back through that collection: the chart's balance-sheet and
#: income-statement lists show accounts by their type, which a minimal body does not give.
OWN_PATH = {
    "coa_api_account_balance_sheet_create": "/coa/api/account",
    "coa_api_account_income_statement_create": "/coa/api/account",
}
#: Lists with a default date window (the journal entries': the last six months), asked for all time.
LIST_PARAMS = {"coa_api_journal_entry_list": {"all_time": "true"}}
#: A list page large enough to hold the demo's objects and the new one.
LIMIT = {"limit": 1000}
DEEP = os.environ.get("CAMPFIRE_TESTS_DEEP") == "1"
CREATE_IDS = sorted(oid for oid, p in PLANS.items() if p.action == "create")
#: A body the create refuses for a reason every resource shares: a JSON array where an object is expected.
NOT_AN_OBJECT: list[t.Any] = []
SDK = Campfire(api_key="sweep", base_url="http://testserver", max_retries=0)


@pytest.fixture(scope="module")
def checker() -> ExchangeChecker:
    """openapi-core's reader of the packaged spec (what ``/openapi.json`` serves), and the models a third party's
    generator (datamodel-code-generator) makes from it: both read every answer."""
    return third_party_client.checker()


def full_body(p: Plan) -> dict[str, t.Any]:
    """Every writable field of the create's body at a value (not null where null is allowed), relation ids
    naming seeded objects."""
    props = (p.request or {}).get("properties", {})
    body = {
        n: _value({k: v for k, v in s.items() if k != "nullable"})
        for n, s in props.items()
        if not s.get("readOnly") and n != "id"
    }
    return t.cast(dict[str, t.Any], _with_seeded_relations(p.kind, body))


def _sibling(p: Plan, action: str) -> Plan | None:
    """The operation doing ``action`` on the same collection as ``p`` (the item one for ``retrieve``); for a
    view of another kind's objects (the chart's balance-sheet accounts), the one on that kind's own path."""
    mine = [o for o in PLANS.values() if o.kind == p.kind and o.action == action]
    same = [o for o in mine if o.collection == p.collection]
    if p.operation_id in OWN_PATH:
        same = [o for o in mine if o.collection == OWN_PATH[p.operation_id]]
    return same[0] if same else None


def _fill(template: str, values: list[t.Any]) -> str:
    """``template`` with its ``{...}`` parameters replaced by ``values`` in order."""
    it = iter(values)
    return re.sub(r"\{[^}]+\}", lambda _m: str(next(it)), template)


def _schema(node: t.Any) -> dict[str, t.Any]:
    """``node`` resolved, its ``allOf``/``oneOf``/``anyOf`` object part merged in (a nullable ``oneOf`` kept
    nullable)."""
    node = dict(RESOLVER.walk(node or {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for part in node.pop(key, []):
            part = RESOLVER.walk(part)
            if part.get("enum") == [None]:
                node["nullable"] = True
            else:
                node = {**_schema(part), **node}
    return node


def _nullable(schema: dict[str, t.Any]) -> bool:
    return bool(schema.get("nullable")) or None in (schema.get("enum") or [])


def placeholders(p: Plan, answer: dict[str, t.Any], sent: dict[str, t.Any], today: str) -> list[str]:
    """Every invented value in ``answer`` (an object of ``p``'s kind, made from ``sent``)."""
    found: list[str] = []
    props = _schema(p.response).get("properties", {})
    for name, value in answer.items():
        schema = _schema(props.get(name, {}))
        if name not in sent and (why := made_up(p, name, value, today)) is not None:
            found.append(f"{name} = {value!r} ({why}, not sent)")
        elif value == "" and _nullable(schema) and sent.get(name) != "":
            found.append(f'{name} = "" (nullable)')
        elif isinstance(value, str) and value.startswith("1970-") and not str(sent.get(name)).startswith("1970-"):
            found.append(f"{name} = {value!r} (the epoch)")
        related = RELATIONS.nested.get(p.kind or "", {}).get(name, {})
        found += [f"{name}{where}" for where in _inside(value, schema, sent.get(name), today, related)]
    return found


def _names_an_object(field: str, related: t.Mapping[str, str]) -> bool:
    """Whether a line's ``field`` holds an object's id: a relation of the list, ``*_id``, a kind's name, or the
    workspace's customer or a client."""
    return field in related or field.endswith("_id") or field in RELATIONS.kinds or field in ("customer", "client")


def _inside(
    value: t.Any, schema: dict[str, t.Any], sent: t.Any, today: str, related: t.Mapping[str, str]
) -> t.Iterator[str]:
    """Invented values inside ``value`` (a list of line objects): the epoch, ``""`` where null is allowed; in a
    field of a line the client did not send, ``0`` for an id or where null is allowed, and today in a date."""
    if not isinstance(value, list):
        return
    items = _schema(schema.get("items", {})).get("properties", {})
    sent_items = sent if isinstance(sent, list) and len(sent) == len(value) else [{}] * len(value)
    for i, (item, mine) in enumerate(zip(value, sent_items, strict=True)):
        if not isinstance(item, dict):
            continue
        mine = mine if isinstance(mine, dict) else {}
        for field, got in item.items():
            sub = _schema(items.get(field, {}))
            if isinstance(got, str) and got.startswith("1970-"):
                yield f"[{i}].{field} = {got!r} (the epoch)"
            elif got == "" and _nullable(sub) and mine.get(field) != "":
                yield f'[{i}].{field} = "" (nullable)'
            elif field in mine:
                continue
            elif got == today and ("date" in field or field.endswith("_at")):
                yield f"[{i}].{field} = {got!r} (today, not sent)"
            elif got == 0 and not isinstance(got, bool) and _names_an_object(field, related):
                yield f"[{i}].{field} = 0 (an id naming nothing, not sent)"
            elif got == 0 and not isinstance(got, bool) and _nullable(sub):
                yield f"[{i}].{field} = 0 (null allowed, not sent)"


def dangling(client: TestClient, kind: str, answer: dict[str, t.Any]) -> list[str]:
    """Every relation of ``answer`` (top level, or inside its lines) naming no live object."""
    found: list[str] = []
    pairs: list[tuple[str, str, t.Any]] = [(f, to, answer.get(f)) for f, to in RELATIONS.fields.get(kind, {}).items()]
    for outer, fields in RELATIONS.nested.get(kind, {}).items():
        for i, item in enumerate(answer.get(outer) or []):
            if isinstance(item, dict):
                pairs += [(f"{outer}[{i}].{f}", to, item.get(f)) for f, to in fields.items()]
    for where, target, value in pairs:
        values = value if isinstance(value, list) else [value]
        refs = [v.get("id") if isinstance(v, dict) else v for v in values]
        for ref in refs:
            if not isinstance(ref, int) or isinstance(ref, bool):
                continue
            if ref == 0:
                found.append(f"{where} = 0 (names nothing)")
            elif target in TOP_LEVEL or target in PATHS:
                status = client.get(_item(target, ref)).status_code
                if status != 200:
                    found.append(f"{where} = {ref} ({target} answers {status})")
    return found


def sdk_reads(op_id: str, response: httpx.Response) -> None:
    """The generated SDK reads the answer as its method would: the return type's model (or a page of them) for
    a success, its error class (with DRF's ``detail`` or field messages) for an error."""
    if response.status_code >= 400:
        error = make_status_error(response)
        assert error.status_code == response.status_code
        if isinstance(error, BadRequestError):
            assert error.field_errors or error.detail, response.text
        elif error.detail is None:  # upstream's own ErrorResponse ({"error": ...}) where it declares that
            assert isinstance(error.body, dict) and error.body.get("error"), response.text
            assert error.body["error"] in str(error)
        return
    method = SDK
    for part in SDK_OPERATIONS[op_id][2].split("."):
        method = getattr(method, part)
    returns = t.get_type_hints(method)["return"]
    origin = t.get_origin(returns) or returns
    if isinstance(origin, type) and issubclass(origin, SyncPage):
        BaseClient._parse_page(t.get_args(returns)[0], response)
    else:
        BaseClient._parse(returns, response)


def _users(p: Plan) -> list[Plan]:
    """The operations naming an object of ``p``'s collection by its id (its retrieve, updates, actions, delete
    last) and the lists of its children (a contract's milestones)."""
    own = _sibling(p, "retrieve")
    if own is None:
        return []
    depth = own.path.count("{")
    item = [o for o in PLANS.values() if o.kind == p.kind and o.id_param and o.path.startswith(own.path)]
    children = [
        o
        for o in PLANS.values()
        if o.action == "list" and o.path.startswith(own.path + "/") and o.path.count("{") == depth
    ]
    return sorted(item + children, key=lambda o: (o.action == "destroy", o.operation_id))


def _use_everywhere(client: TestClient, checker: ExchangeChecker, p: Plan, parents: list[t.Any], key: int) -> int:
    """Every operation naming the new object, with a request valid but for the state: no 5xx, every answer
    read by openapi-core and the SDK. How many were called."""
    calls = 0
    for user in _users(p):
        _method, _url, query, body = request_for(user)
        url = _fill(user.path, [*parents, key, *[999999999] * user.path.count("{")])
        kw: dict[str, t.Any] = {"params": query} | ({"json": body} if body is not None else {})
        _exchange(client, checker, user.operation_id, user.method, url, **kw)
        calls += 1
    return calls


def _exchange(client: TestClient, checker: ExchangeChecker, op_id: str, method: str, url: str, **kw: t.Any) -> t.Any:
    """One request: no 5xx, openapi-core and the SDK read its answer."""
    response = client.request(method, url, **kw)
    assert response.status_code < 500, (method, url, response.text[:500])
    checker.check(response)
    sdk_reads(op_id, response)
    return response


@pytest.mark.parametrize("op_id", CREATE_IDS)
def test_created_retrieved_and_listed_objects_invent_nothing(
    client: TestClient, checker: ExchangeChecker, op_id: str
) -> None:
    """An object made from a minimal and from a maximal body, answered by its create, retrieve and list, shows
    no placeholder and no dangling relation; openapi-core and the SDK read every answer (a 404 and a 400 too)."""
    p = PLANS[op_id]
    before = len(checker.failures)
    today = dt.date.today().isoformat()
    method, url, query, minimal = request_for(p)
    parents = list(path_values(p).values()) if p.operation_id not in OWN_PATH else []
    maximal = {**full_body(p), **(minimal if isinstance(minimal, dict) else {})} if p.request else None
    found: list[str] = []
    unlisted: list[str] = []
    used = 0
    made = 0
    numbered = False  # whether a create answered an id to use (a bill draft's answers its input serializer)
    for label, body in (("minimal", minimal), ("maximal", maximal)):
        if body is None:
            continue
        answer = _exchange(client, checker, op_id, method, url, params=query, json=body)
        for _ in range(3):  # drop the extra fields the twin's rules refuse (a made-up value can break them)
            refused = (
                set(answer.json()) - set(minimal or {}) if answer.status_code == 400 and label != "minimal" else set()
            )
            if not refused or not refused <= set(body):
                break
            body = {k: v for k, v in body.items() if k not in refused}
            answer = _exchange(client, checker, op_id, method, url, params=query, json=body)
        # a maximal body still refused once the fields named in its errors are dropped is a failure, not a
        # skip: its answer would otherwise go unswept (no create needs an exception today)
        assert answer.status_code < 300, f"the {label} body is refused: {answer.text[:500]}"
        obj = answer.json() if answer.content else None
        if not isinstance(obj, dict) or p.kind is None:
            continue
        made += 1
        sent = body if isinstance(body, dict) else {}
        answers = {"create": obj}
        retrieve = _sibling(p, "retrieve")
        if retrieve is not None and isinstance(obj.get("id"), int):
            shown = _exchange(
                client, checker, retrieve.operation_id, "GET", _fill(retrieve.path, [*parents, obj["id"]])
            )
            assert shown.status_code == 200, (label, shown.text[:300])
            answers["retrieve"] = shown.json()
            missing = _fill(retrieve.path, [*parents, 999999999])
            assert _exchange(client, checker, retrieve.operation_id, "GET", missing).status_code == 404
        listing = _sibling(p, "list")
        if listing is not None and isinstance(obj.get("id"), int):
            page = _exchange(
                client,
                checker,
                listing.operation_id,
                "GET",
                _fill(listing.path, parents),
                params=LIMIT | LIST_PARAMS.get(listing.operation_id, {}),
            )
            rows = page.json().get("results", []) if isinstance(page.json(), dict) else page.json()
            row = next((r for r in rows if isinstance(r, dict) and r.get("id") == obj["id"]), None)
            if row is None:
                unlisted.append(f"{label}: {listing.operation_id}")
            else:
                answers["list"] = row
        for where, shown_obj in answers.items():
            found += [f"{label} {where}: {f}" for f in placeholders(p, shown_obj, sent, today)]
            found += [f"{label} {where}: {f}" for f in dangling(client, p.kind, shown_obj)]
        numbered = numbered or isinstance(obj.get("id"), int)
        if isinstance(obj.get("id"), int) and (DEEP or label == "maximal"):
            used += _use_everywhere(client, checker, p, parents, obj["id"])
    refused = _exchange(client, checker, op_id, method, url, params=query, json=NOT_AN_OBJECT)
    assert refused.status_code == 400, refused.text[:300]
    assert made >= 1, "no object was made"
    assert used >= 1 or not numbered or _sibling(p, "retrieve") is None, "the new object was used nowhere"
    assert unlisted == [], f"not in its list: {unlisted}"
    assert found == [], f"{p.response_name}: {found}"
    # Answers only: the requests are the sweep's own (a refused array, upstream's examples writing read-only
    # fields, which DRF ignores), and openapi-core rightly flags some of them.
    assert [f for f in checker.failures[before:] if f.startswith("response")] == []


def test_the_sweep_covers_every_create() -> None:
    """Every create of the spec is a case: top-level resources, nested ones and documents."""
    assert len(CREATE_IDS) >= 40
    assert {PLANS[o].kind for o in CREATE_IDS} >= {
        "/coa/api/v1/invoice",
        "credit_memo",
        "/rr/api/v1/contracts/{contract_id}/milestones",
    }


#: Operations whose path ids are not looked up as objects: answered from the id alone (an export by its
#: job id, a report by its saved-report id) or by another rule. Filled as the sweep finds them, with reasons.
NOT_LOOKED_UP: dict[str, str] = {}


def _missing(p: Plan) -> str:
    """``p``'s path with every id naming nothing."""
    return re.sub(r"\{[^}]+\}", "999999999", p.path)


def _unread(op_id: str, response: httpx.Response) -> list[str]:
    """What the SDK could not read of the answer (nothing, or one line saying why)."""
    try:
        sdk_reads(op_id, response)
    except AssertionError:
        return [f"{op_id}: the SDK reads no DRF error in {response.status_code} {response.text[:100]}"]
    return []


def test_every_operation_s_error_answers_are_declared_and_read(app: t.Any, checker: ExchangeChecker) -> None:
    """Every operation answers a request without a token with its declared 401, and a valid one naming a missing
    object with its declared 404 (a missing parent too); openapi-core accepts each answer against the served
    spec and the SDK reads it as its error class with DRF's ``detail``. Every third operation (in operationId
    order) by default, all under ``--deep``."""
    before = len(checker.failures)
    anonymous = TestClient(app)
    wrong: list[str] = []
    with TestClient(app, headers={"Authorization": "Token error-sweep"}) as client:
        for op_id, p in sorted(PLANS.items())[:: 1 if DEEP else 3]:
            kw: dict[str, t.Any] = {"json": {}} if p.method in ("POST", "PUT", "PATCH") else {}
            unknown = anonymous.request(p.method, p.path if "{" not in p.path else _missing(p), **kw)
            checker.check(unknown)
            wrong += _unread(op_id, unknown)
            if unknown.status_code != 401:
                wrong.append(f"{op_id}: {unknown.status_code} without a token")
            if "{" not in p.path or op_id in NOT_LOOKED_UP:
                continue
            _method, _url, query, body = request_for(p)  # a valid request but for the ids: the lookup fails
            missing = client.request(p.method, _missing(p), params=query, json=body)
            assert missing.status_code < 500, (op_id, missing.text[:300])
            checker.check(missing)
            wrong += _unread(op_id, missing)
            if missing.status_code != 404:
                wrong.append(f"{op_id}: {missing.status_code} for a missing object: {missing.text[:120]}")
    assert wrong == [], "\n".join(wrong)
    assert [f for f in checker.failures[before:] if f.startswith("response")] == []


def test_the_checks_flag_each_kind_of_invented_value() -> None:
    """The sweep's rules are not vacuous: a journal entry answered with the epoch, ``""`` for a nullable memo, a
    made-up ``0`` id and ``""`` name in a line, and today on an unsent line date is flagged field by field; the
    same answer with nulls is clean."""
    p = PLANS["coa_api_journal_entry_create"]
    sent = {"date": "2026-05-31", "transactions": [{"account": 6000, "debit_amount": 5}]}
    today = dt.date.today().isoformat()
    line = {"account": 6000, "debit_amount": 5, "customer": 0, "vendor_name": "", "posted_at": today}
    bad = {"date": "2026-05-31", "memo": "", "created_at": "1970-01-01T00:00:00+0000", "transactions": [line]}
    assert placeholders(p, bad, sent, today) == [
        "memo = '' (\"\", not sent)",
        "created_at = '1970-01-01T00:00:00+0000' (the epoch, not sent)",
        "transactions[0].customer = 0 (an id naming nothing, not sent)",
        'transactions[0].vendor_name = "" (nullable)',
        f"transactions[0].posted_at = {today!r} (today, not sent)",
    ]
    clean_line = {**line, "customer": 1, "vendor_name": None, "posted_at": "2026-05-31"}
    clean = {**bad, "memo": None, "created_at": None, "transactions": [clean_line]}
    assert placeholders(p, clean, sent, today) == []
