"""Every one of the vendored spec's 363 operations (Campfire's 362, and one of ours) answers a schema-valid
request about demo data.

For each operation, a request is built from the spec alone: path ids of objects the demo seed holds
(children under their seeded parent), the required query parameters, and a body with the required
writable fields, each given the first value its schema allows. The answer must be neither 404 nor
405 nor a 5xx (a 2xx unless listed in ``REFUSED``), and must validate against the vendored spec,
independently of the mock's own response check (``openapi-schema-validator``'s OpenAPI 3.0 read rules).
"""

from __future__ import annotations

import json
import re
import typing as t

import pytest
from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker
from starlette.testclient import TestClient

from campfire_mock.domain.seeding import bundled_seed
from campfire_mock.openapi.conform import Context, default
from campfire_mock.openapi.documents import dereferencer, load_spec, packaged_spec
from campfire_mock.openapi.relations import relations_of
from campfire_mock.openapi.resources import Plan, kind_of, plan
from campfire_mock.openapi.router import argument_name as pythonic

SPEC = load_spec(packaged_spec())
PLANS = plan(SPEC, pythonic)
SEED = bundled_seed("demo")
RESOLVER = dereferencer(SPEC)
RELATIONS = relations_of(PLANS.values())
CTX = Context(__import__("datetime").datetime(2026, 3, 1))

#: Stored kinds of the hand-written collections whose paths are not their kind's name.
KIND_ALIASES = {
    "/coa/api/v1/invoice": "invoice",
    "/coa/api/v1/invoice/report": "invoice_report",
    "/coa/api/v1/invoice/statement/client": "vendor",
}
#: Ids the hand-written operations take where the path names no seeded collection.
FIXED_IDS = {"payment_id": 22220, "transaction_id": 14728801}
#: Path ids by operation, where the seeded object must be a particular one (a payment of that invoice).
OPERATION_IDS = {
    "coa_api_v1_invoice_payment_void_create": {"invoice_id": 47864, "payment_id": 22220},
    "coa_api_v1_invoice_payment_void_destroy": {"invoice_id": 145001, "payment_id": 22230},
    "create_transaction_invoice_payments": {"transaction_id": 14728801},
    "coa_api_v1_invoice_reopen_create": {"invoice_id": 145005},
    # The seeded refund marked on credit memo 4100.
    "coa_api_v1_credit_memo_payment_void_create": {"credit_memo_id": 4100, "payment_id": 22290},
    "coa_api_v1_credit_memo_payment_void_destroy": {"credit_memo_id": 4100, "payment_id": 22290},
    # A client with invoices cannot be deleted (tests/mock/test_generic.py); this one has none.
    "coa_api_vendor_destroy": {"id": 901},
    # Objects nothing refers to (a delete of a used one is a 409: tests/mock/test_relations.py).
    "coa_api_account_destroy": {"id": 180564},
    "coa_api_department_destroy": {"id": 36},
    "coa_api_entity_destroy": {"id": 77},
    "rr_api_v1_product_destroy": {"id": 3680},
    "rr_api_v1_customers_destroy": {"id": 901},
    # Payables (spec/demo_payables.py): an open bill, a partly paid one's card payment, a voided bill, an
    # open debit memo, one with a refund, a vendor's unused withdrawal.
    "coa_api_v1_bill_destroy": {"id": 31890},
    "coa_api_v1_bill_update": {"id": 31890},
    "coa_api_v1_bill_void_create": {"bill_id": 31890},
    "coa_api_v1_bill_pay_create": {"bill_id": 31890},
    "coa_api_v1_bill_reopen_create": {"bill_id": 31891},
    "coa_api_v1_bill_payment_void_create": {"bill_id": 31889, "payment_id": 5002},
    "coa_api_v1_bill_payment_void_destroy": {"bill_id": 31889, "payment_id": 5002},
    "create_transaction_bill_payments": {"transaction_id": 14728805},
    "coa_api_v1_debit_memo_destroy": {"id": 340},
    "coa_api_v1_debit_memo_update": {"id": 340},
    "coa_api_v1_debit_memo_void_create": {"debit_memo_id": 340},
    "coa_api_v1_debit_memo_reopen_create": {"debit_memo_id": 340},
    "coa_api_v1_debit_memo_mark_used_create": {"debit_memo_id": 341},
    "coa_api_v1_debit_memo_payment_void_create": {"debit_memo_id": 341, "payment_id": 5005},
    "coa_api_v1_debit_memo_payment_void_destroy": {"debit_memo_id": 341, "payment_id": 5005},
    # GL lines are the ledger's: the first line of the demo's manual journal entry 1.
    "coa_api_transaction_retrieve_2": {"id": 10000},
    "coa_api_transaction_update": {"id": 10000},
    "coa_api_transaction_partial_update": {"id": 10000},
    "delete_chart_transaction": {"id": 20000},
}
#: The seeded object a path names by default, where the first of its kind is not the docs' one.
PREFERRED = {"invoice": 58700, "credit_memo": 4258}
#: Bodies for operations whose schema alone does not make a request the demo data can satisfy.
BODIES = {
    "coa_api_v1_invoice_update": {
        "entity": 54,
        "client": 33973,
        "invoice_date": "2026-03-01",
        "due_date": "2026-03-31",
        "lines": [{"product": 2545, "amount": 100, "quantity": 1, "rate": 100}],
    },
    "coa_api_v1_invoice_bulk_apply_payment_create": {
        "transaction_id": 14728802,
        "invoice_ids": [145003],
        "payment_date": "2026-03-01",
    },
    "coa_api_v1_bill_pay_create": {
        "empty_transactions": [
            {"account_id": 2100, "account_name": "Card", "amount": 100, "payment_date": "2026-03-01"}
        ]
    },
    # A manual entry is nothing without its lines (an entry with none is a 400).
    "coa_api_journal_entry_update": {
        "date": "2026-05-31",
        "entity": 54,
        "transactions": [{"account": 6000, "debit_amount": 25}, {"account": 2300, "credit_amount": 25}],
    },
    "save_bill_amortization_schedule": {"bill_line": 298600, "schedule": [{"date": "2026-01-10", "amount": 1200}]},
    "coa_api_v1_debit_memo_mark_used_create": {
        "transaction_id": 14728802,
        "account_id": 1010,
        "amount": 10,
        "payment_date": "2026-03-01",
    },
    "coa_api_v1_credit_memo_mark_used_create": {
        "transaction_id": 14728807,
        "account_id": 1010,
        "amount": 10,
        "payment_date": "2026-03-01",
    },
}
#: Required query values a schema alone does not give (currency codes, a model files attach to).
QUERIES: dict[str, dict[str, t.Any]] = {
    "ca_api_user_currency_rate_retrieve": {"from_currency": "EUR", "to_currency": "USD"},
    "ca_api_user_currency_with_rate_retrieve": {"currency": "USD"},
    "ca_api_file_upload_create": {"model": "bill"},
    "list_fixed_asset_automation_asset_classes": {"account_id": 1500},
    "get_prepaid_commit_usage_event_distinct_values": {"field": "region"},
    "preview_chart_transaction_merge": {"transaction_ids": "12345,67890"},  # the spec's example
}
BODIES["merge_chart_transactions"] = {"transaction_ids": [12345, 67890]}  # the spec's example
BODIES["ca_api_file_upload_create"] = {"file": "data:text/plain;name=notes.txt;base64,aGVsbG8="}
BODIES["set_transaction_match_status"] = BODIES["update_transaction_match_status"] = {"action": "accept"}
# A match names an object of a content type the twin numbers (domain/content_types.py: 1 is an invoice).
BODIES["update_transaction_match"] = {"content_type": 1, "object_id": 145002, "customer": 1, "transaction": 14728801}
#: Operations whose documented input is refused by the demo data's state, and why (status, message part).
REFUSED: dict[str, tuple[int, str]] = {
    # The spec's example names no two offsetting GL lines of the demo (tests/mock/test_entry_merge.py merges two).
    # (the answer's JSON text escapes the quotes around the id)
    "merge_chart_transactions": (400, 'Invalid pk \\"12345\\" - object does not exist.'),
    "preview_chart_transaction_merge": (400, 'Invalid pk \\"12345\\" - object does not exist.'),
    # Both seeded contracts have invoices or credit memos (tests/mock/test_relations.py).
    "rr_api_v1_contracts_destroy": (409, "cannot be deleted"),
    # No seeded credit memo is voided (tests/mock/test_credit_memos.py voids one and reopens it).
    "coa_api_v1_credit_memo_reopen_create": (409, "is not voided, so it cannot be reopened"),
    "coa_api_v1_debit_memo_reopen_create": (409, "is not voided, so it cannot be reopened"),
    # The seeded reconciliation report has no statement range, so no line to match (upstream documents the
    # 400; tests/mock/test_reconciliation_figures.py matches lines of a report with one).
    "coa_api_v2_reconciliation_bulk_match_transactions_create": (400, "has no statement date range yet"),
}


def _seeded(kind: str, parent: dict[str, int]) -> int | None:
    """The id of a seeded object of ``kind`` (under ``parent`` for a nested kind)."""
    if kind in PREFERRED:
        return PREFERRED[kind]
    for obj in SEED["objects"].get(kind, []):
        mine = obj.get("_parent") or {}
        if all(mine.get(k) == v for k, v in parent.items() if k in mine):
            return int(obj["id"])
    return None


def path_values(p: Plan) -> dict[str, int]:
    """Ids of seeded objects for the path's parameters (children under the parent chosen before them)."""
    values: dict[str, int] = {}
    fixed = OPERATION_IDS.get(p.operation_id, {})
    for name in re.findall(r"\{([^}]+)\}", p.path):
        collection = p.path.split("{" + name + "}")[0].rstrip("/")
        kind = KIND_ALIASES.get(collection, kind_of(collection))
        found = fixed.get(name) or _seeded(kind, dict(values))
        values[name] = found if found is not None else FIXED_IDS.get(name, 1)
    return values


def _first_choice(part: dict[str, t.Any], props: dict[str, t.Any]) -> dict[str, t.Any]:
    """The fields the first choice of ``part``'s ``oneOf``/``anyOf`` requires, at their first allowed value."""
    out: dict[str, t.Any] = {}
    choices = part.get("oneOf") or part.get("anyOf")
    if choices:
        out.update(_first_choice(choices[0], props))
    for name in part.get("required", []):
        sub = part.get("properties", {}).get(name) or props.get(name, {})
        if not sub.get("readOnly"):
            out[name] = _value(sub)
    return out


def _body(schema: dict[str, t.Any]) -> t.Any:
    """The smallest body the schema accepts: its required writable fields, each at its first allowed value."""
    if "properties" in schema and ("oneOf" in schema or "anyOf" in schema):
        # A request component stating a rule over its fields (one side of a line): its own required writable
        # fields, then those of the first choice, read-only fields left out.
        out = _body({k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")})
        out.update(_first_choice(schema, schema["properties"]))
        return out
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
        return "demo"[: schema.get("maxLength", 4)]
    return value


def _seeded_ids(kind: str) -> set[int]:
    return {int(o["id"]) for o in SEED["objects"].get(KIND_ALIASES.get(kind, kind), [])}


def _with_seeded_relations(kind: str | None, body: t.Any) -> t.Any:
    """``body`` with each relation id the demo seed lacks (the schema's ``0``, a docs example's ``300``)
    replaced by a seeded object of the kind it names: the mock checks relations as DRF does."""
    if kind is None or not isinstance(body, dict):
        return body
    out = _with_seeded_relations_in(RELATIONS.fields.get(kind, {}), body)
    for outer, fields in RELATIONS.nested.get(kind, {}).items():
        if isinstance(out.get(outer), list):
            out[outer] = [_with_seeded_relations_in(fields, item) for item in out[outer]]
    return out


def _with_seeded_relations_in(fields: dict[str, str], item: t.Any) -> t.Any:
    if not isinstance(item, dict):
        return item
    out = dict(item)
    for name, target in fields.items():
        ids = _seeded_ids(target)
        if isinstance(out.get(name), int | str) and ids and int(out[name]) not in ids:
            out[name] = min(ids)
    return out


def request_for(p: Plan) -> tuple[str, str, dict[str, t.Any], t.Any]:
    url = p.path
    for name, value in path_values(p).items():
        url = url.replace("{" + name + "}", str(value))
    op = SPEC["paths"][p.path][p.method.lower()]
    query: dict[str, t.Any] = {}
    for param in RESOLVER.walk(op.get("parameters", [])):
        if param["in"] == "query" and param.get("required"):
            query[param["name"]] = _value(param.get("schema", {}))
    query.update(QUERIES.get(p.operation_id, {}))
    body = None
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if p.operation_id in BODIES:
        body = BODIES[p.operation_id]
    elif content is not None:
        schema = RESOLVER.walk(content.get("schema", {}))
        examples = content.get("examples") or {}
        body = next(iter(examples.values()))["value"] if examples else _body(schema)
    return p.method, url, query, _with_seeded_relations(p.kind, body)


def check_response(operation_id: str, status: int, content_type: str, body: bytes) -> None:
    """The answer is one the vendored spec declares, its body valid for the schema (OpenAPI read rules)."""
    path, method = next((p.path, p.method) for p in PLANS.values() if p.operation_id == operation_id)
    responses = SPEC["paths"][path][method.lower()]["responses"]
    assert str(status) in responses, f"{status} is not declared"
    content = RESOLVER.walk(responses[str(status)].get("content") or {})
    if not content:
        assert body == b"", "a body where the spec declares none"
        return
    assert content_type in content, f"{content_type} is not declared"
    schema = content[content_type].get("schema")
    if content_type == "application/json" and schema is not None:
        OAS30ReadValidator(schema, format_checker=oas30_format_checker).validate(json.loads(body))


OPERATIONS = sorted(PLANS)


def test_the_table_covers_every_operation() -> None:
    """The table below runs all 364 operations of the vendored spec (Campfire's 362, the webhook topics and the
    ledger report)."""
    assert len(OPERATIONS) == 364
    assert {"integrations_api_v1_webhook_topics_list", "coa_api_transaction_report_retrieve"} <= set(OPERATIONS)


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_operation_answers_demo_data(client: TestClient, operation_id: str) -> None:
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
    check_response(operation_id, response.status_code, content_type, response.content)
