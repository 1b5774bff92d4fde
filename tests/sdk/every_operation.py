"""Valid arguments for every SDK method, made from the spec: the table the every-operation tests run.

For each operation: the path ids of objects that exist (made by the collection's own create method,
or the first of its list, once per run), and the smallest valid input (the required fields of the
request body, or the required query parameters), with a few hand-picked inputs where the mock's
business rules need real references (``CURATED``).
"""

from __future__ import annotations

import contextlib
import inspect
import typing as t
from dataclasses import dataclass, field

from campfire_mock.domain.workspace import is_generic_kind
from campfire_mock.openapi.documents import deref, load_spec, packaged_spec
from campfire_mock.openapi.resources import kind_of
from campfire_sdk import APIStatusError
from campfire_sdk._operations import OPERATIONS

from ..mock.test_every_operation import PLANS as MOCK_PLANS
from ..mock.test_every_operation import RELATIONS, SEED

SPEC: dict[str, t.Any] = deref(load_spec(packaged_spec()))
METHODS = ("get", "post", "put", "patch", "delete")

LINES = [{"product": 1, "quantity": 2, "rate": 250, "service_date": "2026-01-10"}]
INVOICE = {"invoice_date": "2026-01-10", "due_date": "2026-02-09", "entity": 54, "client": 42, "lines": LINES}
EMPTY_PAYMENT = [{"account_id": 1010, "account_name": "Bank", "amount": 100, "payment_date": "2026-01-20"}]
MEMO_LINES = [{"account": 169208, "amount": 10}]
CREDIT_MEMO = {"credit_memo_date": "2026-01-01", "entity": 54, "client": 42, "lines": MEMO_LINES}
#: operationId -> keyword arguments, where the smallest schema-valid input breaks a business rule.
#: Top Level (54) lends 1,000.00 to Campfire Demo LLC (1): each entity's lines balance on their own.
INTERCOMPANY = {
    "date": "2026-05-10",
    "memo": "Loan to Demo LLC",
    "currency": "USD",
    "transactions": [
        {"entity": 54, "account": 1300, "debit_amount": 1000},
        {"entity": 54, "account": 1010, "credit_amount": 1000},
        {"entity": 1, "account": 1010, "debit_amount": 1000},
        {"entity": 1, "account": 2700, "credit_amount": 1000},
    ],
}
#: A manual entry needs its lines (an entry with none is a 400): May's bonus accrual.
JOURNAL_ENTRY = {
    "date": "2026-05-31",
    "entity": 54,
    "memo": "May bonus accrual",
    "transactions": [{"account": 6000, "debit_amount": 2500}, {"account": 2300, "credit_amount": 2500}],
}
CURATED: dict[str, dict[str, t.Any]] = {
    "merge_chart_transactions": {"transaction_ids": [12345, 67890]},  # the spec's example
    "preview_chart_transaction_merge": {"transaction_ids": "12345,67890"},
    "coa_api_v1_invoice_create": INVOICE,
    "coa_api_v1_invoice_update": INVOICE,
    "coa_api_v1_invoice_partial_update": {"message_on_invoice": "Thanks", "purchase_order_number": None},
    "coa_api_v1_invoice_pay_create": {"empty_transactions": EMPTY_PAYMENT},
    "coa_api_v1_invoice_calculate_payment_create": {
        "empty_transactions": [{"amount": 100, "payment_date": "2026-01-20"}]
    },
    "coa_api_v1_invoice_default_payment_create": {"posted_at": "2026-01-20"},
    "coa_api_v1_invoice_void_create": {"void_date": "2026-01-23"},
    "coa_api_v1_invoice_payment_void_create": {"void_date": "2026-01-21"},
    "bulk_create_invoices": {
        "invoices": [
            {"invoice_date": "2026-02-01", "terms": "net_15", "entity": 1, "client": 123, "lines": [{"product": 456}]}
        ]
    },
    "coa_api_v1_invoice_bulk_search_create": {"invoice_numbers": ["INV-0000493", "missing"]},
    "coa_api_v1_invoice_bulk_apply_payment_create": {"transaction_id": 14728802, "invoice_ids": [47864]},
    "coa_api_vendor_create": {"name": "Every Operation Client", "vendor_type": "customer"},
    "coa_api_entity_create": {"name": "Every Operation Entity", "currency": "USD"},
    "create_product": {"product_name": "Every Operation Product", "price": 10},
    "create_contract": {"client": 42, "entity": 54, "deal_name": "Deal", "contract_start_date": "2026-01-01"},
    "coa_api_v1_credit_memo_create": CREDIT_MEMO,
    "coa_api_v1_credit_memo_update": CREDIT_MEMO,
    "ca_api_file_upload_create": {"query": {"model": "bill"}, "file": "data:text/plain;name=a.txt;base64,aGVsbG8="},
    "ca_api_user_currency_rate_retrieve": {"from_currency": "EUR", "to_currency": "USD"},
    "ca_api_user_currency_with_rate_retrieve": {"currency": "USD"},
    "coa_api_journal_entry_create": JOURNAL_ENTRY,
    "coa_api_journal_entry_update": JOURNAL_ENTRY,
    # a bank feed needs its bank account linked to a chart account (its transactions' ``account``)
    "create_account": {"name": "Every Operation Bank", "entity": 54, "chart_of_accounts_account": 1010},
    "list_fixed_asset_automation_asset_classes": {"account_id": 1500},
    "get_prepaid_commit_usage_event_distinct_values": {"field": "region"},
    "set_transaction_match_status": {"action": "accept"},
    "update_transaction_match_status": {"action": "reject"},
    # A match names an object of a content type the twin numbers (domain/content_types.py: 1 is an invoice).
    "update_transaction_match": {"content_type": 1, "object_id": 145002, "customer": 1, "transaction": 14728801},
    "partial_update_transaction_match": {"content_type": 1, "object_id": 145002},
    "coa_api_intercompany_journal_entry_balance_create": {"transactions": [{"entity": 54, "debit_amount_native": 5}]},
    "coa_api_intercompany_journal_entry_create": INTERCOMPANY,
    "coa_api_intercompany_journal_entry_update": INTERCOMPANY,
    "coa_api_intercompany_journal_entry_partial_update": {"memo": "Loan, renamed"},
    "coa_api_v1_credit_memo_mark_used_create": {
        "transaction_id": 14728807,
        "account_id": 1010,
        "amount": 1,
        "payment_date": "2026-01-20",
    },
}
BILL = {
    "entity": 54,
    "vendor": 34182,
    "bill_number": "EVERY-1",
    "bill_date": "2026-01-10",
    "due_date": "2026-02-09",
    "lines": [{"account": 2622, "amount": 100}],
}
DEBIT_MEMO = {
    "entity": 54,
    "vendor": 34182,
    "debit_memo_date": "2026-01-01",
    "lines": [{"account": 2622, "amount": 10}],
}
CARD_PAYMENT = [{"account_id": 2100, "account_name": "Card", "amount": 10, "payment_date": "2026-01-20"}]
REFUND = {"transaction_id": 14728802, "account_id": 1010, "amount": 1, "payment_date": "2026-01-20"}
CURATED.update(
    {
        "coa_api_v1_bill_create": BILL,
        "coa_api_v1_bill_update": BILL,
        "coa_api_v1_bill_partial_update": {"message_on_bill": "Thanks"},
        "coa_api_v1_bill_pay_create": {"empty_transactions": CARD_PAYMENT},
        "coa_api_v1_bill_void_create": {"void_date": "2026-01-23"},
        "coa_api_v1_bill_payment_void_create": {"void_date": "2026-01-21"},
        "coa_api_v1_debit_memo_create": DEBIT_MEMO,
        "coa_api_v1_debit_memo_update": DEBIT_MEMO,
        "coa_api_v1_debit_memo_void_create": {"void_date": "2026-01-23"},
        "coa_api_v1_debit_memo_mark_used_create": REFUND,
        "save_bill_amortization_schedule": {"bill_line": 298600, "schedule": [{"date": "2026-01-10", "amount": 1200}]},
        "discard_bill_draft": {"discard_reason": "Duplicate"},
    }
)
#: Payables collections with rules of their own: their demo objects are kept (not replaced by a sample).
PAYABLES = frozenset(
    {"/coa/api/v1/bill", "/coa/api/v1/debit-memo", "/coa/api/v1/bill-draft", "/coa/api/v1/bill-payments"}
)
#: operationId -> path ids, where the object must be a particular seeded one.
CURATED_IDS: dict[str, tuple[t.Any, ...]] = {
    # the demo's unused withdrawal to Office Supplies Co, and its three drafts ready to promote
    "create_transaction_bill_payments": (14728805,),
    "promote_bill_draft": (1,),
    "discard_bill_draft": (2,),
    "abandon_bill_draft": (3,),
    "create_transaction_invoice_payments": (14728801,),
    "get_client_invoice_statement_pdf": (42,),
    "coa_api_v1_invoice_report_data_retrieve": (1,),
    "coa_api_v1_credit_memo_retrieve": (4029,),
    # GL lines are the ledger's: lines of the demo's manual journal entries 1 and 2 (kept: not replaced by a
    # sample entry), and the generic bank-transaction actions under the demo's stored transaction 1.
    "coa_api_journal_entry_retrieve": (1,),
    "create_transaction_credit_memo_payments": (1,),
    "create_transaction_debit_memo_payments": (1,),
    "coa_api_transaction_retrieve_2": (10000,),
    "coa_api_transaction_update": (10000,),
    "coa_api_transaction_partial_update": (10000,),
    "delete_chart_transaction": (20000,),
}


def operation(op_id: str) -> tuple[str, str, dict[str, t.Any]]:
    http, path, _dotted = OPERATIONS[op_id]
    return http, path, SPEC["paths"][path][http.lower()]


def sample(schema: dict[str, t.Any], *, name: str = "", stored: bool = False) -> t.Any:
    """The smallest value the schema accepts: required properties only, read-only ones too if ``stored``."""
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("enum") != [None] and s.get("enum") != [""]]
            return sample((options or schema[key])[0], name=name, stored=stored)
    if "allOf" in schema:
        merged: dict[str, t.Any] = {}
        for sub in schema["allOf"]:
            merged = {**merged, **sub}
        return sample(merged, name=name, stored=stored)
    if "enum" in schema:
        values = [v for v in schema["enum"] if v not in (None, "")]
        return values[0] if values else schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", []))
        return {
            prop: sample(sub, name=prop, stored=stored)
            for prop, sub in schema.get("properties", {}).items()
            if prop in required and (stored or not sub.get("readOnly"))
        }
    if kind == "array":
        count = max(schema.get("minItems", 0), 1 if name else 0)
        return [sample(schema.get("items", {}), name=name, stored=stored) for _ in range(count)]
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return max(float(schema.get("minimum", 1)), 1.0)
    if kind == "boolean":
        return False
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date":
            return "2026-01-15"
        if fmt == "date-time" or ("pattern" in schema and "T" in schema.get("pattern", "")):
            return "2026-01-15T00:00:00+00:00"
        if fmt == "uuid":
            return "00000000-0000-4000-8000-000000000001"
        if fmt == "email":
            return "every@example.com"
        if fmt == "uri":
            return "https://example.com/"
        if fmt == "decimal" or schema.get("pattern", "").startswith("^-?\\d"):
            return "1.00"
        return "x" * max(schema.get("minLength", 1), 1)
    return "x"


def arguments(op_id: str) -> dict[str, t.Any]:
    """Keyword arguments: the curated ones, else the required body fields, else the required query parameters."""
    if op_id in CURATED:
        return dict(CURATED[op_id])
    _http, _path, op = operation(op_id)
    content = op.get("requestBody", {}).get("content", {})
    if content:
        schema = (content.get("application/json") or next(iter(content.values()))).get("schema", {})
        value = sample(schema)
        if isinstance(value, dict):  # relation ids name seeded objects: the mock checks them, as DRF does
            return with_seeded_relations(MOCK_PLANS[op_id].kind, value)
        return {"body": value}
    return {
        p["name"]: sample(p.get("schema", {}), name=p["name"])
        for p in op.get("parameters", [])
        if p["in"] == "query" and p.get("required")
    }


def related_id(kind: str) -> int | None:
    """An object of ``kind`` these tests hold: the one ``seeded_objects`` stores, else the demo seed's first."""
    if seeded(kind):
        return SEEDED_ID
    ids = sorted(int(o["id"]) for o in SEED["objects"].get(kind, []))
    return ids[0] if ids else None


def with_seeded_relations(kind: str | None, body: dict[str, t.Any]) -> dict[str, t.Any]:
    """``body`` with its relation ids (top level and in lists of objects) naming objects these tests hold."""
    if kind is None:
        return body
    out = dict(body)
    for name, target in RELATIONS.fields.get(kind, {}).items():
        if isinstance(out.get(name), int) and related_id(target) is not None:
            out[name] = related_id(target)
    for outer, fields in RELATIONS.nested.get(kind, {}).items():
        if isinstance(out.get(outer), list):
            out[outer] = [
                {**i, **{n: related_id(to) for n, to in fields.items() if isinstance(i.get(n), int) and related_id(to)}}
                if isinstance(i, dict)
                else i
                for i in out[outer]
            ]
    return out


def path_params(path: str) -> list[tuple[str, str]]:
    """(parameter, collection path it names an object of) for each path parameter, in order."""
    out = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        if seg.startswith("{"):
            out.append((seg[1:-1], "/".join(segments[:i])))
    return out


#: A path parameter whose collection is not the path before it.
COLLECTION_OF = {
    "/ca/api/bank-feed": "/ca/api/account",
    "/coa/api/v1/invoice/statement/client": "/coa/api/vendor",
    "/coa/api/entity/{entity_id}": "/coa/api/entity",
}


def collection_ops(collection: str) -> dict[str, str]:
    """HTTP method -> operationId of the operations on a collection path (trailing slash or not)."""
    return {http: op_id for op_id, (http, path, _d) in OPERATIONS.items() if path.rstrip("/") == collection.rstrip("/")}


def id_of(value: t.Any) -> t.Any:
    """The ``id`` of what a create or list call returned."""
    if isinstance(value, dict):
        return id_of(value["results"]) if isinstance(value.get("results"), list) else value.get("id")
    if isinstance(value, list):
        return id_of(value[0]) if value else None
    results = getattr(value, "results", None)
    if results is not None:
        return id_of(results[0]) if results else None
    return getattr(value, "id", None)


def resolve(client: t.Any, op_id: str) -> t.Any:
    target = client
    for part in OPERATIONS[op_id][2].split("."):
        target = getattr(target, part)
    return target


@dataclass
class Steps:
    """What to call for one operation: where each path id comes from, then the call itself."""

    op_id: str
    #: For each path parameter: ("fixed", value) or ("make", collection path, parameters before it).
    ids: list[tuple[t.Any, ...]]
    kwargs: dict[str, t.Any]


def steps(op_id: str) -> Steps:
    http, path, _op = operation(op_id)
    if op_id in CURATED_IDS:
        return Steps(op_id, [("fixed", v) for v in CURATED_IDS[op_id]], arguments(op_id))
    ids: list[tuple[t.Any, ...]] = []
    params = path_params(path)
    for depth, (_name, collection) in enumerate(params):
        collection = COLLECTION_OF.get(collection, collection)
        # the last id of a DELETE is a fresh object: deleting the shared one would break later calls
        fresh = (http == "DELETE" and depth == len(params) - 1) or op_id in FRESH
        ids.append(("make", collection, depth, fresh))
    return Steps(op_id, ids, arguments(op_id))


@dataclass
class Made:
    """Objects made so far in one run: (collection, parent ids) -> id."""

    ids: dict[tuple[str, tuple[t.Any, ...]], t.Any] = field(default_factory=dict)


#: Collections whose objects another operation creates.
MAKER = {
    "/ca/api/file": "ca_api_file_upload_create",
    # the customers view has no create: a client made as a customer is one
    "/rr/api/v1/customers": "coa_api_vendor_create",
}
#: Operations that need objects of their own (the shared ones are in another state by then).
FRESH = {
    "coa_api_v1_invoice_update",
    "coa_api_v1_invoice_void_create",
    "coa_api_v1_invoice_reopen_create",
    "coa_api_v1_invoice_payment_void_create",
    "coa_api_v1_invoice_payment_void_destroy",
    "coa_api_v1_credit_memo_update",
    "coa_api_v1_credit_memo_partial_update",
    "coa_api_v1_credit_memo_void_create",
    "coa_api_v1_credit_memo_reopen_create",
    "coa_api_v1_credit_memo_mark_used_create",
    "coa_api_v1_credit_memo_payment_void_create",
    "coa_api_v1_credit_memo_payment_void_destroy",
    "coa_api_v1_bill_update",
    "coa_api_v1_bill_partial_update",
    "coa_api_v1_bill_void_create",
    "coa_api_v1_bill_reopen_create",
    "coa_api_v1_bill_payment_void_create",
    "coa_api_v1_bill_payment_void_destroy",
    "coa_api_v1_debit_memo_update",
    "coa_api_v1_debit_memo_partial_update",
    "coa_api_v1_debit_memo_void_create",
    "coa_api_v1_debit_memo_reopen_create",
    "coa_api_v1_debit_memo_mark_used_create",
    "coa_api_v1_debit_memo_payment_void_create",
    "coa_api_v1_debit_memo_payment_void_destroy",
}
#: Operations to call on the same objects first (a voided invoice or credit memo is what reopen reopens).
BEFORE = {
    "coa_api_v1_invoice_reopen_create": "coa_api_v1_invoice_void_create",
    "coa_api_v1_credit_memo_reopen_create": "coa_api_v1_credit_memo_void_create",
    "coa_api_v1_bill_reopen_create": "coa_api_v1_bill_void_create",
    "coa_api_v1_debit_memo_reopen_create": "coa_api_v1_debit_memo_void_create",
}
SEEDED_ID = 900001


def maker(collection: str) -> str | None:
    """The operation that makes an object of a collection (none: one is seeded)."""
    return MAKER.get(collection) or collection_ops(collection).get("POST")


def makers(collection: str) -> list[str]:
    """Where an object id of a collection comes from: its create, then (nested ones, which are not seeded)
    the first of its list."""
    listing = collection_ops(collection).get("GET") if "{" in collection or not seeded(collection) else None
    return [op for op in (maker(collection), listing) if op is not None]


def seeded(collection: str) -> bool:
    """Whether ``seeded_objects`` stores an object for the collection: a top-level one kept under its own
    path (the mock's older kinds, such as the vendors behind ``/rr/api/v1/customers``, come from the demo
    seed and creates)."""
    return "{" not in collection and is_generic_kind(kind_of(collection)) and collection not in PAYABLES


def seeded_objects() -> dict[str, list[dict[str, t.Any]]]:
    """One stored object (id ``SEEDED_ID``) of each top-level collection, from its item schema: what a path
    names when no create answers an id (some creates answer their input serializer)."""
    out: dict[str, list[dict[str, t.Any]]] = {}
    for op_id, (http, path, _d) in OPERATIONS.items():
        if http != "GET" or not path.rstrip("/").endswith("}") or op_id in CURATED_IDS:
            continue
        collection = path.rstrip("/").rsplit("/", 1)[0]
        if not seeded(collection):  # a nested object needs its parents: it is made, not seeded
            continue
        schema = SPEC["paths"][path]["get"]["responses"]
        body = next(r for c, r in sorted(schema.items()) if c.startswith("2")).get("content", {})
        item = body.get("application/json", {}).get("schema")
        if item:
            obj = {**sample(item, stored=True), "id": SEEDED_ID}
            if "deleted_at" in obj:  # a live object: a deletion time would mark it deleted
                obj["deleted_at"] = None
            out[collection] = [obj]
    return out


#: The operations that make a payment of the parent object, and where their answer names it.
PAY_OF: dict[str, tuple[str, t.Callable[[t.Any], t.Any]]] = {
    "/coa/api/v1/invoice/{invoice_id}/payment": ("coa_api_v1_invoice_pay_create", lambda paid: paid.payment_ids[0]),
    "/coa/api/v1/bill/{bill_id}/payment": ("coa_api_v1_bill_pay_create", lambda bill: bill.payments[-1].id),
    "/coa/api/v1/debit-memo/{debit_memo_id}/payment": (
        "coa_api_v1_debit_memo_mark_used_create",
        lambda memo: memo["payments"][-1]["id"],
    ),
    # mark-used answers the memo, its new refund last among its payments
    "/coa/api/v1/credit-memo/{credit_memo_id}/payment": (
        "coa_api_v1_credit_memo_mark_used_create",
        lambda memo: memo["payments"][-1]["id"],
    ),
}


def _parents(collection: str, values: list[t.Any]) -> list[t.Any]:
    return values[: collection.count("{")]


def call(client: t.Any, made: Made, op_id: str) -> t.Any:
    """Call one operation's method on a sync client, making the objects its path names first."""
    st = steps(op_id)
    values: list[t.Any] = []
    for entry in st.ids:
        if entry[0] == "fixed":
            values.append(entry[1])
            continue
        _kind, collection, _depth, fresh = entry
        key = (collection, tuple(_parents(collection, values)))
        if fresh or key not in made.ids:
            if collection in PAY_OF:
                pay, payment_of = PAY_OF[collection]
                value = payment_of(resolve(client, pay)(*values, **arguments(pay)))
            else:
                value = None
                for source in makers(collection):  # create; if its answer names no id, the list's first
                    with contextlib.suppress(APIStatusError):  # (a failing list is its own test's failure)
                        value = value or id_of(
                            resolve(client, source)(*_parents(collection, values), **arguments(source))
                        )
                value = value or SEEDED_ID
            if not fresh:
                made.ids[key] = value
        values.append(value if fresh else made.ids[key])
    if op_id in BEFORE:
        resolve(client, BEFORE[op_id])(*values, **arguments(BEFORE[op_id]))
    return resolve(client, op_id)(*values, **st.kwargs)


async def acall(client: t.Any, made: Made, op_id: str) -> t.Any:
    """``call`` on an async client (a list answers a paginator: its first page is awaited)."""

    async def run(method: t.Any, *args: t.Any, **kwargs: t.Any) -> t.Any:
        result = method(*args, **kwargs)
        while inspect.isawaitable(result):
            result = await result
        return result

    st = steps(op_id)
    values: list[t.Any] = []
    for entry in st.ids:
        if entry[0] == "fixed":
            values.append(entry[1])
            continue
        _kind, collection, _depth, fresh = entry
        key = (collection, tuple(_parents(collection, values)))
        if fresh or key not in made.ids:
            if collection in PAY_OF:
                pay, payment_of = PAY_OF[collection]
                value = payment_of(await run(resolve(client, pay), *values, **arguments(pay)))
            else:
                value = None
                for source in makers(collection):
                    if value is None:
                        with contextlib.suppress(APIStatusError):
                            made_by = await run(
                                resolve(client, source), *_parents(collection, values), **arguments(source)
                            )
                            value = id_of(made_by)
                value = value or SEEDED_ID
            if not fresh:
                made.ids[key] = value
        values.append(value if fresh else made.ids[key])
    if op_id in BEFORE:
        await run(resolve(client, BEFORE[op_id]), *values, **arguments(BEFORE[op_id]))
    return await run(resolve(client, op_id), *values, **st.kwargs)


def order() -> list[str]:
    """Every operationId: reads and writes first, deletes last (each on an object of its own)."""
    return sorted(OPERATIONS, key=lambda op_id: (OPERATIONS[op_id][0] == "DELETE", op_id))
