"""Every one of the vendored spec's 362 operations answers a schema-valid request about demo data.

For each operation, a request is built from the spec alone: path ids of objects the demo seed holds
(children under their seeded parent), the required query parameters, and a body with the required
writable fields, each given the first value its schema allows. The answer must be neither 404 nor
405 nor a 5xx, and must validate against the vendored spec (openapi-core, independent of the mock's
own response check).
"""

from __future__ import annotations

import json
import re
import typing as t

import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from starlette.testclient import TestClient

from campfire_mock.domain.seeding import bundled_seed
from campfire_mock.openapi.conform import Context, default
from campfire_mock.openapi.documents import dereferencer, load_spec, packaged_spec
from campfire_mock.openapi.resources import Plan, kind_of, plan
from campfire_mock.openapi.router import argument_name as pythonic

SPEC = load_spec(packaged_spec())
PLANS = plan(SPEC, pythonic)
SEED = bundled_seed("demo")
RESOLVER = dereferencer(SPEC)
CTX = Context(__import__("datetime").datetime(2026, 3, 1))

#: Ids of the hand-written resources' objects the requests name (from the demo seed and its docs).
FIXED_IDS = {
    "invoice_id": 58700,
    "client_id": 33973,
    "transaction_id": 14728801,
    "credit_memo_id": 4258,
    "account_id": 1010,
}
#: Operations whose documented input is refused by the demo data's state, and why (status, message part).
REFUSED: dict[str, tuple[int, str]] = {}


def _seeded(kind: str, parent: dict[str, int]) -> int | None:
    """The id of a seeded object of ``kind`` (under ``parent`` for a nested kind)."""
    for obj in SEED["objects"].get(kind, []):
        mine = obj.get("_parent") or {}
        if all(mine.get(k) == v for k, v in parent.items() if k in mine):
            return int(obj["id"])
    return None


def _path_values(p: Plan) -> dict[str, int]:
    values: dict[str, int] = {}
    for name in re.findall(r"\{([^}]+)\}", p.path):
        collection = p.path.split("{" + name + "}")[0]
        kind = kind_of(collection)
        parents = {k: v for k, v in values.items()}
        found = _seeded(kind, parents)
        if found is None and p.operation_id.startswith("coa_api_v1_invoice") and name == "id":
            found = FIXED_IDS["invoice_id"]
        values[name] = found if found is not None else FIXED_IDS.get(name, 1)
    return values


def _body(schema: dict[str, t.Any]) -> t.Any:
    """The smallest body the schema accepts: its required writable fields, each at its first allowed value."""
    if "allOf" in schema or "oneOf" in schema or "anyOf" in schema:
        return default(schema, CTX)
    if schema.get("type") == "array":
        return [_body(schema.get("items", {}))] if schema.get("minItems") else []
    props = schema.get("properties")
    if props is None:
        return default(schema, CTX)
    out: dict[str, t.Any] = {}
    for name in schema.get("required", []):
        sub = props.get(name, {})
        if sub.get("readOnly"):
            continue
        out[name] = _value(sub)
    return out


def _value(schema: dict[str, t.Any]) -> t.Any:
    if schema.get("type") == "object" or "properties" in schema:
        return _body(schema)
    if schema.get("type") == "array":
        return [_value(schema.get("items", {}))] if schema.get("minItems") else []
    if schema.get("nullable") and not schema.get("enum"):
        return None
    value = default({k: v for k, v in schema.items() if k != "nullable"}, CTX)
    if value == "" and schema.get("type") == "string" and not schema.get("pattern"):
        return "demo"
    return value


def request_for(p: Plan) -> tuple[str, str, dict[str, t.Any], t.Any]:
    url = p.path
    for name, value in _path_values(p).items():
        url = url.replace("{" + name + "}", str(value))
    op = SPEC["paths"][p.path][p.method.lower()]
    query: dict[str, t.Any] = {}
    for param in RESOLVER.walk(op.get("parameters", [])):
        if param["in"] == "query" and param.get("required"):
            query[param["name"]] = _value(param.get("schema", {}))
    body = None
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content is not None:
        schema = RESOLVER.walk(content.get("schema", {}))
        examples = content.get("examples") or {}
        body = next(iter(examples.values()))["value"] if examples else _body(schema)
    return p.method, url, query, body


@pytest.fixture(scope="module")
def openapi() -> OpenAPI:
    return OpenAPI.from_dict(json.loads(json.dumps(SPEC)))


OPERATIONS = sorted(PLANS)


def test_the_table_covers_every_operation() -> None:
    """The table below runs all 362 operations of the vendored spec."""
    assert len(OPERATIONS) == 362


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_operation_answers_demo_data(client: TestClient, openapi: OpenAPI, operation_id: str) -> None:
    """A schema-valid request about seeded objects is answered, neither 404/405/5xx, as the spec says."""
    p = PLANS[operation_id]
    method, url, query, body = request_for(p)
    kwargs: dict[str, t.Any] = {"params": query}
    if body is not None:
        kwargs["json"] = body
    response = client.request(method, url, **kwargs)
    assert response.status_code not in (404, 405), (url, response.text[:500])
    assert response.status_code < 500, (url, response.text[:500])
    if operation_id in REFUSED:
        status, message = REFUSED[operation_id]
        assert response.status_code == status and message in response.text
    else:
        assert 200 <= response.status_code < 300, (method, url, body, response.text[:800])
    content_type = response.headers.get("content-type", "application/json").split(";")[0]
    request = MockRequest("https://api.meetcampfire.com", method.lower(), url, args=query)
    result = openapi.unmarshal_response(
        request, MockResponse(response.content, status_code=response.status_code, content_type=content_type)
    )
    result.raise_for_errors()
