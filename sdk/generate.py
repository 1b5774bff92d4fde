"""Generate campfire_sdk's resources, models and parameter types from the vendored spec.

Usage::

    python sdk/generate.py            # rewrites the generated files (listed by ``--list``)
    python sdk/generate.py --check    # exit 1 if a committed file differs from what the spec gives
    python sdk/generate.py --spec other.yaml --out /tmp/sdk   # another spec, another place

What comes out, each file starting with a line that says it is generated:

* ``resources/<resource>.py``: one module per top-level resource (``client.invoices``,
  ``client.contracts``...), with its sub-resources (``client.contracts.bundles``) in the same
  module, each a sync class and an ``Async`` twin. Every operation of the spec is one method.
* ``resources/__init__.py`` (lazy exports), ``_client_resources.py`` (the client attributes,
  each importing its module on first access) and ``_operations.py`` (operationId -> method).
* ``types/<resource>.py`` (``_shared.py`` for what several use): pydantic models of every object
  schema an answer can carry (``extra="allow"``: fields Campfire adds later are kept; enum-valued
  fields are ``str`` so a new value never breaks parsing; a number the spec also accepts as a
  numeric string is ``float``, or ``int``, as Campfire sends it: money is ``float`` everywhere), and
  ``TypedDict``s of request bodies (``<Schema>Param``: writable fields, ``Required`` where the spec
  requires them, ``Literal`` enums, money as ``float | Decimal | str``) and of query parameters.
  A schema only requests use (a PATCH body) has its ``Param`` and no model.
* Each resource class has a typed ``with_raw_response`` (``<Resource>WithRawResponse``: its methods
  answering ``APIResponse[<result>]``).
* ``docs/sdk-api.md``: every resource, its types and its methods (call, result, HTTP operation).

Names: a method's parameter dict is ``<resource path in the singular><Method>Params``
(``DebitMemoListParams``, ``ContractBundleListParams``); path ids are named ``<resource>_id`` and
come first, positionally; where the body or query has a field of that name, the id is
positional-only (``update(7, /, account_id=...)``) rather than renamed. ``OLD_NAMES`` and
``PARAM_ALIASES`` keep older names working.

How the spec becomes methods: the path after ``/<service>/api[/vN]/`` names the resource
(``TOP`` maps the first segment to the client attribute). A later segment followed by a path
parameter, or holding several operations, is a sub-resource; otherwise it is an action named
after it. Collections and items get ``list/create/retrieve/update/partial_update/delete``.
``RENAME`` fixes the few places where that rule gives a poor or an older name, and
``HAND_WRITTEN`` lists the operations whose method is written by hand in
``campfire_sdk/_conveniences.py`` (the generated class inherits it).
``tests/sdk/test_generated.py`` fails when the committed files and the spec disagree.
"""

from __future__ import annotations

import argparse
import keyword
import re
import sys
import typing as t
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "campfire.openapi.yaml"
PACKAGE = ROOT / "sdk" / "campfire_sdk"
MARK = "x-campfire-devkit"
#: How ``spec/vendor.py``'s ``ACTION_ANSWER_REASON`` begins: an action's answer upstream declares no body for.
ANSWERED_ACTION = "the action changes an object the twin keeps and answers it"
#: The generated reference of every resource and method (a page of the docs site).
API_REFERENCE = ROOT / "docs" / "sdk-api.md"
HEADER = "# File generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`."
METHODS = ("get", "post", "put", "patch", "delete")
SERVICE = re.compile(r"^/(ca|coa|rr|integrations)/api(?:/v\d+)?/")

#: (service, first path segment) -> client attribute, where the plain plural is ambiguous or poor.
TOP = {
    ("ca", "account"): "bank_accounts",
    ("ca", "transaction"): "bank_transactions",
    ("ca", "bank-feed"): "bank_feeds",
    ("ca", "file"): "files",
    ("ca", "user_currency"): "user_currencies",
    ("ca", "custom-fields"): "custom_fields",
    ("coa", "account"): "accounts",
    ("coa", "transaction"): "transactions",
    ("coa", "chart-account-settings"): "chart_account_settings",
    ("coa", "general-ledger"): "general_ledger",
    ("coa", "transaction-match-process"): "transaction_matches",
    ("coa", "transaction-matches-count"): "transaction_matches",
    ("coa", "vendor"): "vendors",
    ("coa", "vendor_custom_field_1"): "vendor_custom_fields",
    ("coa", "reconciliation"): "reconciliations",
    ("rr", "transactions"): "revenue_transactions",
    ("rr", "modify-subscription-schedule"): "subscriptions",
    ("rr", "product"): "products",
}
#: The financial statements are one resource, each report a method (as the API's tag groups them).
for _segment in (
    "balance-sheet",
    "cash-basis",
    "cash-basis-operating-statement",
    "cash-operating-statement",
    "get_balance_sheet",
    "get_cash_flow",
    "get_cash_flow_activity",
    "get_cash_flow_v2",
    "get_income_statement",
    "get_trial_balance",
    "income-statement",
):
    TOP[("ca", _segment)] = "financial_statements"

#: operationId -> "resource[.sub].method" where the path rule gives a poor name (or the SDK had another).
RENAME = {
    # financial statements
    "ca_api_balance_sheet_comparative_retrieve": "financial_statements.comparative_balance_sheet",
    "ca_api_cash_basis_retrieve": "financial_statements.cash_basis",
    "ca_api_cash_basis_operating_statement_retrieve": "financial_statements.cash_basis_operating_statement",
    "ca_api_cash_operating_statement_transactions_retrieve": (
        "financial_statements.cash_operating_statement_transactions"
    ),
    "ca_api_get_balance_sheet_retrieve": "financial_statements.balance_sheet",
    "ca_api_get_cash_flow_retrieve": "financial_statements.cash_flow",
    "ca_api_get_cash_flow_activity_retrieve": "financial_statements.cash_flow_activity",
    "ca_api_get_cash_flow_v2_retrieve": "financial_statements.cash_flow_v2",
    "ca_api_get_income_statement_retrieve": "financial_statements.income_statement",
    "ca_api_get_trial_balance_retrieve": "financial_statements.trial_balance",
    "ca_api_income_statement_comparative_retrieve": "financial_statements.comparative_income_statement",
    "ca_api_bank_feed_create": "bank_feeds.create",
    "ca_api_file_upload_create": "files.upload",
    # invoices (the names campfire_sdk has always had)
    "coa_api_v1_invoice_payment_void_create": "invoices.void_payment",
    "coa_api_v1_invoice_payment_void_destroy": "invoices.delete_payment",
    "coa_api_v1_invoice_report_data_retrieve": "invoice_reports.data",
    "coa_api_v1_invoice_report_preview_retrieve": "invoice_reports.preview",
    "get_client_invoice_statement_pdf": "invoices.client_statement_pdf",
    "coa_api_v1_bill_payment_void_create": "bills.void_payment",
    "coa_api_v1_bill_payment_void_destroy": "bills.delete_payment",
    "coa_api_v1_credit_memo_payment_void_create": "credit_memos.void_payment",
    "coa_api_v1_credit_memo_payment_void_destroy": "credit_memos.delete_payment",
    "coa_api_v1_debit_memo_payment_void_create": "debit_memos.void_payment",
    "coa_api_v1_debit_memo_payment_void_destroy": "debit_memos.delete_payment",
    "generate_bill_amortization_schedule": "bills.generate_amortization_schedule",
    "save_bill_amortization_schedule": "bills.save_amortization_schedule",
    "coa_api_v1_bill_sync_to_ramp_create": "bills.sync_to_ramp",
    "bulk_sync_bills_to_ramp": "bills.bulk_sync_to_ramp",
    # transactions
    "create_transaction_invoice_payments": "transactions.create_invoice_payments",
    "create_transaction_bill_payments": "transactions.create_bill_payments",
    "create_transaction_credit_memo_payments": "transactions.create_credit_memo_payments",
    "create_transaction_debit_memo_payments": "transactions.create_debit_memo_payments",
    "preview_chart_transaction_merge": "transactions.preview_merge",
    "merge_chart_transactions": "transactions.merge",
    "get_chart_transaction_totals": "transactions.totals",
    "coa_api_transaction_report_retrieve": "transactions.report",
    "process_transaction_match": "transaction_matches.process",
    "get_transaction_matches_count": "transaction_matches.count",
    "set_transaction_match_status": "transaction_matches.set_status",
    "update_transaction_match_status": "transaction_matches.update_status",
    "coa_api_v2_reconciliation_transactions_confirm_create": "reconciliations.confirm_transactions",
    "parse_bank_statement_page": "reconciliations.parse_statement_page",
    "coa_api_entity_logo_create": "entities.upload_logo",
    "coa_api_entity_attachment_create": "entities.create_attachment",
    "modify_subscription_schedule": "subscriptions.modify_schedule",
    "get_file_temp_download_url": "files.temp_download_url",
    "list_vendor_summaries": "vendors.list_summaries",
    # a method does not repeat its resource's name
    "coa_api_v1_credit_memo_next_credit_memo_number_retrieve": "credit_memos.next_number",
    "coa_api_v1_debit_memo_next_debit_memo_number_retrieve": "debit_memos.next_number",
    # accounts on a statement, not the statement (that is ``financial_statements.balance_sheet``)
    "coa_api_account_balance_sheet_create": "accounts.balance_sheet_accounts.create",
    "coa_api_account_balance_sheet_list": "accounts.balance_sheet_accounts.list",
    "coa_api_account_income_statement_create": "accounts.income_statement_accounts.create",
    "coa_api_account_income_statement_list": "accounts.income_statement_accounts.list",
}
#: "resource[.sub].old" -> new name in the same class: older method and sub-resource names that keep working.
OLD_NAMES = {
    "credit_memos.next_credit_memo_number": "next_number",
    "debit_memos.next_debit_memo_number": "next_number",
    "accounts.balance_sheet": "balance_sheet_accounts",
    "accounts.income_statement": "income_statement_accounts",
}
#: Operations whose method ``campfire_sdk._conveniences`` writes by hand (the generated class inherits it),
#: with that method's arguments and result as ``docs/sdk-api.md`` shows them.
HAND_WRITTEN = {
    # takes invoice_numbers=, builds the body
    "coa_api_v1_invoice_bulk_search_create": ("*, invoice_numbers: Iterable[str]", "dict[str, Any]"),
    # JSON here; data_csv() for mode=csv
    "coa_api_v1_invoice_report_data_retrieve": (
        "report_id, **params: InvoiceReportDataParams",
        "InvoiceReportResponse",
    ),
    "coa_api_v1_invoice_report_preview_retrieve": ("**params: InvoiceReportPreviewParams", "InvoiceReportResponse"),
}
#: resource attribute -> hand-written base classes (sync, async) in ``campfire_sdk._conveniences``.
BASES = {
    "invoices": ("InvoicesBase", "AsyncInvoicesBase"),
    "invoice_reports": ("InvoiceReportsBase", "AsyncInvoiceReportsBase"),
}
#: Extra client attributes naming the same resource (older names that keep working).
ALIASES = {"clients": "vendors"}
#: Extra names in ``campfire_sdk.resources`` for a generated class (older names that keep working).
CLASS_ALIASES = {"Clients": "Vendors", "AsyncClients": "AsyncVendors"}
#: The minimal record a list answers for a deleted object (``include_deleted=true``); a list whose items
#: are ``anyOf: [<Item>, DeletedRecord]`` is typed ``Item | DeletedRecord``, told apart by ``or_deleted``.
DELETED_RECORD = "DeletedRecord"
#: POST operations that change nothing, so they are safe to retry like a GET.
SAFE_POST_SEGMENTS = {"bulk-search", "calculate-payment", "default-payment"}
#: Older names of parameter dicts (before the one naming rule) and models, kept as aliases of the new ones.
PARAM_ALIASES = {
    "ClientListParams": "VendorListParams",
    "InvoiceReportParams": "InvoiceReportDataParams",
    "DeletedObject": DELETED_RECORD,  # the bill list's deleted record, before every such list shared it
}
#: Resource descriptions for the module docstrings (others get a plain one).
ABOUT = {
    "invoices": "invoice CRUD, state changes, payments, bulk operations, statements",
    "invoice_payments": "the payment sync list, offset or cursor paged",
    "invoice_reports": "run saved reports (``data``) and ad-hoc ones (``preview``)",
    "vendors": "vendors, customers and employees (``client.clients`` too)",
    "financial_statements": "balance sheet, income statement, cash flow, trial balance",
}


def snake(text: str) -> str:
    name = re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()
    return name + "_" if keyword.iskeyword(name) else name


def camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake(text).split("_"))


def plural(word: str) -> str:
    if word.endswith(("ss", "ch", "sh", "x")):
        return word + "es"
    if word.endswith(("s", "ledger", "consumption", "usage")):
        return word
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    return word + "s"


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "settings")):
        return word[:-1]
    return word


def isort_key(name: str) -> tuple[int, str]:
    """ruff's isort order of imported names: CONSTANTS, then Classes, then the rest, case-insensitively."""
    name = name.split(" as ")[0]
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name.lower())


def import_line(module: str, names: list[str]) -> list[str]:
    """``from module import names`` as ruff's isort writes it (wrapped one name a line when too long;
    ``X as Y`` imports as statements of their own, after the plain one)."""
    plain = sorted((n for n in names if " as " not in n), key=isort_key)
    statements: list[tuple[tuple[int, str], list[str]]] = []
    if plain:
        line = f"from {module} import {', '.join(plain)}"
        wrapped = [line] if len(line) <= 120 else [f"from {module} import (", *[f"    {n}," for n in plain], ")"]
        statements.append((isort_key(plain[0]), wrapped))
    for name in (n for n in names if " as " in n):
        statements.append((isort_key(name), guarded_import(module, name, indent="")))
    return [line for _key, lines in sorted(statements) for line in lines]


def guarded_import(module: str, name: str, *, indent: str = "    ") -> list[str]:
    """``from module import name`` (``name`` may say ``X as Y``) at an indent, wrapped as ruff wraps it."""
    line = f"{indent}from {module} import {name}"
    if len(line) <= 120:
        return [line]
    return [f"{indent}from {module} import (", f"{indent}    {name},", f"{indent})"]


def schema_refs(node: t.Any) -> set[str]:
    """Names of the schemas ``node`` refers to, at any depth."""
    if isinstance(node, dict):
        found = {str(node["$ref"]).rsplit("/", 1)[-1]} if "$ref" in node else set()
        return found.union(*(schema_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(schema_refs(v) for v in node))
    return set()


def is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


@dataclass
class Method:
    """One operation as an SDK method."""

    op_id: str
    http: str
    path: str
    op: dict[str, t.Any]
    owner: tuple[str, ...]
    name: str
    #: (spec name, Python name) in path order.
    path_params: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Resource:
    attr: str
    owner: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Resource] = field(default_factory=dict)

    @property
    def cls(self) -> str:
        if len(self.owner) == 1:
            return camel(self.attr)
        return "".join(camel(singular(p)) for p in self.owner[:-1]) + camel(self.owner[-1])


class Generator:
    def __init__(self, spec: dict[str, t.Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, t.Any] = spec["components"]["schemas"]
        self.ops: list[tuple[str, str, dict[str, t.Any]]] = [
            (path, m, op) for path, item in spec["paths"].items() for m, op in item.items() if m in METHODS
        ]
        self.params_names: list[str] = []
        self.body_param_schemas: set[str] = set()
        self.inline_bodies: dict[str, dict[str, t.Any]] = {}
        self.query_types: dict[str, tuple[str, list[dict[str, t.Any]]]] = {}
        self.tree: dict[str, Resource] = {}
        self.clashes: set[str] = set()
        #: resource attribute -> the model and params classes its methods name (hand-written ones too).
        self.uses: dict[str, set[str]] = {}
        #: class name -> the types module holding it (``place_types``).
        self.module_of: dict[str, str] = {}
        self.methods: list[Method] = []
        #: operationId -> (arguments, result) of its sync method, for ``docs/sdk-api.md``.
        self.reference: dict[str, tuple[str, str]] = {}
        self._plan()

    # ----------------------------------------------------------------- planning

    def _split(self, path: str) -> tuple[str, list[str]]:
        match = SERVICE.match(path)
        if not match:
            raise ValueError(f"{path}: not under /<service>/api/")
        segments = [s for s in path[match.end() :].split("/") if s]
        return match.group(1), segments

    def _plan(self) -> None:
        shapes: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for path, _m, _op in self.ops:
            service, segments = self._split(path)
            key = (service, segments[0])
            shapes.setdefault(key, []).append(tuple("{}" if is_param(s) else s for s in segments[1:]))
        for path, http, op in self.ops:
            service, segments = self._split(path)
            top = TOP.get((service, segments[0])) or plural(snake(segments[0]))
            rel = segments[1:]
            norm = tuple("{}" if is_param(s) else s for s in rel)
            siblings = shapes[(service, segments[0])]
            owner = [top]
            action: list[str] = []
            for i, seg in enumerate(rel):
                if is_param(seg) or action:
                    if not is_param(seg):
                        action.append(seg)
                    continue
                below = [s for s in siblings if s[: i + 1] == norm[: i + 1]]
                if any(len(s) > i + 1 and s[i + 1] == "{}" for s in below) or len(below) >= 2:
                    owner.append(snake(seg))  # a nested collection, or a noun with several operations
                else:
                    action.append(seg)
            name = self._verb_name(http, op, rel, action, path)
            method = Method(op_id=op["operationId"], http=http, path=path, op=op, owner=tuple(owner), name=name)
            if method.op_id in RENAME:
                *where, method.name = RENAME[method.op_id].split(".")
                method.owner = tuple(where)
            method.path_params = self._path_params(path)
            self.methods.append(method)
        for method in self.methods:
            node = self.tree.setdefault(method.owner[0], Resource(method.owner[0], (method.owner[0],)))
            for depth in range(1, len(method.owner)):
                sub = method.owner[depth]
                node = node.children.setdefault(sub, Resource(sub, method.owner[: depth + 1]))
            if any(m.name == method.name for m in node.methods):
                other = next(m for m in node.methods if m.name == method.name)
                raise ValueError(f"{'.'.join(method.owner)}.{method.name}: {method.op_id} and {other.op_id}")
            node.methods.append(method)

    def _verb_name(self, http: str, op: dict[str, t.Any], rel: list[str], action: list[str], path: str) -> str:
        if not action:
            on_item = bool(rel) and is_param(rel[-1])
            if http == "get":
                paged = {p["name"] for p in op.get("parameters", [])} & {"limit", "offset", "cursor", "page"}
                listed = self._returns(op)[0] in ("page", "list") or (paged and self._returns(op)[0] == "any")
                return "list" if listed and not on_item else "retrieve"
            return {"post": "create", "put": "update", "patch": "partial_update", "delete": "delete"}[http]
        word = "_".join(snake(a) for a in action)
        if http == "get":
            return f"list_{word}" if self._returns(op)[0] in ("page", "list") else word
        if http == "post":
            return word
        others = [m for m in self.spec["paths"][path] if m in METHODS and m != http]
        if http == "put":
            return f"update_{word}" if others else word
        if http == "patch":
            return f"partial_update_{word}"
        return f"delete_{word}"

    def _path_params(self, path: str) -> list[tuple[str, str]]:
        _service, segments = self._split(path)
        out: list[tuple[str, str]] = []
        for i, seg in enumerate(segments):
            if not is_param(seg):
                continue
            name = seg[1:-1]
            if name == "id":
                name = singular(snake(segments[i - 1])) + "_id"
            out.append((seg[1:-1], snake(name)))
        return out

    # ----------------------------------------------------------------- types

    def ref_name(self, schema: dict[str, t.Any]) -> str:
        return str(schema["$ref"].rsplit("/", 1)[-1])

    def enum_values(self, schema: dict[str, t.Any]) -> list[t.Any] | None:
        """Enum values of a schema, following refs, allOf and the Blank/Null oneOf idiom."""
        if "$ref" in schema:
            return self.enum_values(self.schemas[self.ref_name(schema)])
        if "enum" in schema:
            return [v for v in schema["enum"] if v is not None]
        for key in ("allOf", "oneOf"):
            if key in schema:
                values: list[t.Any] = []
                for sub in schema[key]:
                    found = self.enum_values(sub)
                    if found is None:
                        return None
                    values += found
                return values
        return None

    def annotation(self, schema: dict[str, t.Any], *, request: bool) -> str:
        """Python type for a schema (without the ``| None`` for nullability)."""
        if "$ref" in schema:
            name = self.ref_name(schema)
            target = self.schemas[name]
            if "properties" not in target:
                return self.annotation(target, request=request)
            if request:
                self._want_param(name)
                return self.param_name(name)
            return name
        enum = self.enum_values(schema)
        if enum is not None:
            if request and enum:
                return "Literal[" + ", ".join(repr(v) for v in enum) + "]"
            if enum and all(isinstance(v, bool) for v in enum):
                return "bool"
            return "str" if all(isinstance(v, str) for v in enum) else "Any"
        if "anyOf" in schema or ("oneOf" in schema and len(schema["oneOf"]) > 1):
            branches = schema.get("anyOf") or schema["oneOf"]
            # A ``NullEnum`` branch is the idiom for null, which the field's optionality already says.
            branches = [b for b in branches if not b.get("$ref", "").endswith("/NullEnum")] or branches
            if len(branches) == 1:
                return self.annotation(branches[0], request=request)
            number = self.numeric_text(branches)
            if number is not None and not request:
                return number  # the server sends a number (and accepts a numeric string too)
            if number is not None:
                return "float | Decimal | str" if number == "float" else "int | str"
            types = [self.annotation(s, request=request) for s in branches]
            if not request:
                return types[0] if len(set(types)) == 1 else "Any"
            return " | ".join(dict.fromkeys(types))
        for key in ("allOf", "oneOf"):
            if key in schema and len(schema[key]) == 1:
                return self.annotation(schema[key][0], request=request)
        kind = schema.get("type")
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date":
                return "str | dt.date" if request else "dt.date"
            if fmt == "date-time" or (
                MARK in schema and "pattern" in schema and "date-time" in str(schema[MARK].get("upstream", {}))
            ):
                return "str | dt.datetime" if request else "Timestamp"
            if fmt == "binary":
                return "bytes"
            return "str"
        if kind == "array":
            item = self.annotation(schema.get("items", {}), request=request)
            return f"Iterable[{item}]" if request else f"list[{item}]"
        if kind == "object":
            return "Mapping[str, Any]" if request else "dict[str, Any]"
        return "Any"

    @staticmethod
    def numeric_text(branches: list[dict[str, t.Any]]) -> str | None:
        """``int``/``float`` for a number-or-numeric-string union (DRF reads both), else None.

        Responses carry the number (Campfire sends JSON numbers), so a model's field is ``int`` or
        ``float``: money is ``float`` on every model, as the spec's ``format: double`` says."""
        kinds = {b.get("type") for b in branches}
        texts = [b for b in branches if b.get("type") == "string"]
        # The text is a numeric pattern, or bare text the service reads as a number (a pk item, whose
        # other text DRF refuses with its own message).
        if (
            len(branches) != 2
            or len(texts) != 1
            or not ("pattern" in texts[0] or set(texts[0]) <= {"type", "writeOnly"})
        ):
            return None
        if kinds == {"integer", "string"}:
            return "int"
        if kinds == {"number", "string"}:
            return "float"
        return None

    def nullable(self, schema: dict[str, t.Any]) -> bool:
        if schema.get("nullable"):
            return True
        return any(
            s.get("$ref", "").endswith("/NullEnum") or s.get("nullable")
            for s in schema.get("oneOf", []) + schema.get("anyOf", [])
        )

    def param_name(self, name: str) -> str:
        """The ``TypedDict`` of a request body schema: ``<Name>Param``; a request's own component split from a
        shared one (``JournalEntryRequest`` beside ``JournalEntry``, as drf-spectacular names them) keeps the
        shared one's name, ``JournalEntryParam``, so the SDK's names do not change with the split."""
        base = name.removesuffix("Request")
        return f"{base}Param" if base != name and base in self.schemas else f"{name}Param"

    def _want_param(self, name: str) -> None:
        if name in self.body_param_schemas:
            return
        taken = {self.param_name(n): n for n in self.body_param_schemas}.get(self.param_name(name))
        if taken is not None:
            raise ValueError(f"{name} and {taken} would both be {self.param_name(name)}")
        self.body_param_schemas.add(name)
        for sub in self.schemas[name]["properties"].values():
            if not sub.get("readOnly"):
                self.annotation(sub, request=True)

    # ----------------------------------------------------------------- request and response shapes

    def body(self, method: Method) -> tuple[str, str] | None:
        """``("params", TypedDict)`` for an object body, ``("body", annotation)`` otherwise, or None."""
        content = method.op.get("requestBody", {}).get("content", {})
        if not content:
            return None
        schema = content.get("application/json") or next(iter(content.values()))
        schema = schema.get("schema", {})
        if "$ref" in schema and "properties" in self.schemas[self.ref_name(schema)]:
            return "params", self.annotation(schema, request=True)
        if schema.get("type") == "object" and "properties" in schema:
            name = self.params_name(method)
            self.inline_bodies[name] = schema
            for sub in schema["properties"].values():
                self.annotation(sub, request=True)
            return "params", name
        return "body", self.annotation(schema, request=True)

    def query(self, method: Method) -> str | None:
        params = [p for p in method.op.get("parameters", []) if p["in"] == "query"]
        if not params:
            return None
        name = self.params_name(method)
        if name in self.inline_bodies:  # a body and a query: the body has the plain name
            name = name.removesuffix("Params") + "QueryParams"
        if name not in self.query_types:
            self.query_types[name] = (method.op_id, params)
        return name

    @staticmethod
    def params_name(method: Method) -> str:
        """The one rule for a method's parameter dict: the resource path in the singular, the method, ``Params``
        (``client.debit_memos.list`` -> ``DebitMemoListParams``, ``client.contracts.bundles.list`` ->
        ``ContractBundleListParams``)."""
        return "".join(camel(singular(part)) for part in method.owner) + camel(method.name) + "Params"

    def _hand_written_types(self, classes: list[Resource]) -> set[str]:
        """Classes named by the operations ``_conveniences`` implements (they live with their resource)."""
        out: set[str] = set()
        for node in classes:
            for m in node.methods:
                if m.op_id in HAND_WRITTEN:
                    body, query = self.body(m), self.query(m)
                    text = " ".join([self._returns(m.op)[1], body[1] if body else "", query or ""])
                    out |= set(re.findall(r"[A-Za-z_]\w*", text))
        return out

    def _field_names(self, m: Method, body: tuple[str, str] | None, query: str | None) -> set[str]:
        """Keys of the method's ``**params`` (a path parameter must not share one)."""
        if body and body[0] == "params":
            name = body[1].removesuffix("Model")
            if name in self.inline_bodies:
                return set(self.inline_bodies[name]["properties"])
            schema = {self.param_name(n): n for n in self.body_param_schemas}[name]
            return set(self.schemas[schema]["properties"])
        if query:
            return {p["name"] for p in self.query_types[query][1]}
        return set()

    def _returns(self, op: dict[str, t.Any]) -> tuple[str, str]:
        """(kind, type): kind is ``none``, ``page``, ``list``, ``json``, ``optional`` (JSON or an empty body),
        ``bytes`` or ``text``."""
        for code, response in sorted(op["responses"].items()):
            if not code.startswith("2"):
                continue
            content = response.get("content") or {}
            if code == "204":
                return "none", "None"
            if not content:  # upstream declares no body: the JSON the service sends, if any
                return "any", "t.Any"
            if "application/json" in content:
                schema = content["application/json"].get("schema", {})
                kind, item = self._json_returns(schema)
                if kind == "json" and self.added_body(response):  # the real service may answer nothing: None
                    return "optional", item
                return kind, item
            if "application/pdf" in content or "application/octet-stream" in content:
                return "bytes", "bytes"
            return "text", "str"
        return "none", "None"

    @staticmethod
    def added_body(response: dict[str, t.Any]) -> bool:
        """Whether a success's body is an action's answer the twin added where upstream declared none
        (``spec/vendor.py`` ``add_action_answers``): the real service may answer it empty."""
        mark = response.get(MARK)
        if not isinstance(mark, dict) or not isinstance(mark.get("upstream"), dict):
            return False
        return not mark["upstream"].get("content") and str(mark.get("reason", "")).startswith(ANSWERED_ACTION)

    def _json_returns(self, schema: dict[str, t.Any]) -> tuple[str, str]:
        """(kind, type) of a JSON success body's ``schema``: a page, a list or one value."""
        if "$ref" in schema:
            target = self.schemas[self.ref_name(schema)]
            props = target.get("properties", {})
            if {"results", "count"} <= set(props) and props["results"].get("type") == "array":
                either = self.or_deleted(props["results"].get("items", {}))
                if either is not None:
                    return "page", either
                item = self.annotation(props["results"].get("items", {}), request=False)
                return "page", "t.Any" if item == "Any" else item  # a union of item shapes
        if schema.get("type") == "array":
            items = schema.get("items", {})
            return "list", self.or_deleted(items) or self.annotation(items, request=False)
        return "json", self.annotation(schema, request=False)

    def or_deleted(self, items: dict[str, t.Any]) -> str | None:
        """``Item | DeletedRecord`` for a list's ``anyOf: [<Item>, DeletedRecord]`` items, else None."""
        branches = items.get("anyOf") or []
        names = [self.ref_name(b) for b in branches if "$ref" in b]
        if len(branches) == 2 and len(names) == 2 and names[1] == DELETED_RECORD:
            return f"{names[0]} | {DELETED_RECORD}"
        return None

    @staticmethod
    def runtime(item: str) -> str:
        """The item type a method hands the parser: ``Item | DeletedRecord`` as ``or_deleted``'s tagged union."""
        if item.endswith(f" | {DELETED_RECORD}"):
            return f"or_deleted({item.split(' | ')[0]}, {DELETED_RECORD})"
        return item

    def response_schemas(self, op: dict[str, t.Any]) -> set[str]:
        """The schemas an operation's answers (any status) name: its page envelope, its error body..."""
        out: set[str] = set()
        for response in op["responses"].values():
            for media in (response.get("content") or {}).values():
                schema = media.get("schema", {})
                schema = schema.get("items", schema) if schema.get("type") == "array" else schema
                if "$ref" in schema and "properties" in self.schemas[self.ref_name(schema)]:
                    out.add(self.ref_name(schema))
        return out

    def class_of(self, method: Method) -> str:
        node = self.tree[method.owner[0]]
        for sub in method.owner[1:]:
            node = node.children[sub]
        return node.cls

    # ----------------------------------------------------------------- files

    def definitions(self) -> dict[str, tuple[str, list[str]]]:
        """Every model and params class: name -> (``model`` or ``param``, its lines), in file order."""
        out: dict[str, tuple[str, list[str]]] = {}
        for name, schema in self.schemas.items():
            if "properties" not in schema:
                continue
            required = set(schema.get("required", []))
            lines = ["", "", f"class {name}(BaseModel):"]
            fields = [(p, s) for p, s in schema["properties"].items() if not s.get("writeOnly")]
            if not fields:
                lines.append("    pass")
            for prop, sub in fields:
                if not prop.isidentifier() or keyword.iskeyword(prop):
                    raise ValueError(f"{name}.{prop}: not a Python identifier")
                ann = self.annotation(sub, request=False)
                if prop in required and not self.nullable(sub):
                    lines.append(f"    {prop}: {ann}")
                else:
                    lines.append(f"    {prop}: {ann} | None = None")
            out[name] = ("model", lines)
        for name in sorted(self.body_param_schemas):
            out[self.param_name(name)] = ("param", self._typed_dict(self.param_name(name), self.schemas[name]))
        for name, schema in self.inline_bodies.items():
            out[name] = ("param", self._typed_dict(name, schema))
        for name, (_op_id, params) in self.query_types.items():
            lines = ["", "", f"class {name}(TypedDict, total=False):"]
            for param in params:
                ann = self.annotation(param.get("schema", {}), request=True)
                if param.get("explode", True) and param.get("schema", {}).get("type") == "array":
                    ann = ann.replace("Iterable[", "list[", 1)
                key = param["name"]
                if not key.isidentifier() or keyword.iskeyword(key):
                    raise ValueError(f"{name}.{key}: not a Python identifier")
                lines.append(f"    {key}: Required[{ann}]" if param.get("required") else f"    {key}: {ann}")
            out[name] = ("param", lines)
        for alias, target in PARAM_ALIASES.items():
            if target in out:
                out[alias] = ("param", ["", "", f"#: The older name of ``{target}``.", f"{alias} = {target}"])
        return out

    def place_types(self) -> None:
        """Which types module holds each class: the resource's own if only it uses the class, else ``_shared``."""
        defs = self.definitions()
        deps = {
            name: {w for w in re.findall(r"[A-Za-z_]\w*", "\n".join(lines[3:])) if w in defs and w != name}
            for name, (_kind, lines) in defs.items()
        }
        for name, (kind, _lines) in defs.items():  # a model names what its fields may hold, typed or not
            if kind == "model":
                deps[name] |= {r for r in schema_refs(self.schemas[name]) if r in defs and r != name}
        for alias, target in PARAM_ALIASES.items():
            if alias in defs:
                deps[alias] = {target}
        users: dict[str, set[str]] = {name: set() for name in defs}
        for attr, names in self.uses.items():
            todo = [n for n in names if n in defs]
            while todo:
                name = todo.pop()
                if attr not in users[name]:
                    users[name].add(attr)
                    todo += deps[name]
        for alias, target in PARAM_ALIASES.items():
            if alias in users:
                users[alias] = users[target]
        # A class no operation names (a PATCH body's model, say: never returned) is not generated.
        self.module_of = {name: next(iter(u)) if len(u) == 1 else "_shared" for name, u in users.items() if u}
        for alias, target in PARAM_ALIASES.items():
            if alias in self.module_of:
                self.module_of[alias] = self.module_of[target]
        todo = [n for n, m in self.module_of.items() if m == "_shared"]
        while todo:  # what a shared class names is shared too
            for dep in deps[todo.pop()]:
                if self.module_of[dep] != "_shared":
                    self.module_of[dep] = "_shared"
                    todo.append(dep)

    def types_modules(self) -> dict[str, str]:
        """``types/<module>.py`` -> text, for every module ``place_types`` chose."""
        defs = self.definitions()
        by_module: dict[str, list[str]] = {}
        for name in defs:
            if name in self.module_of:
                by_module.setdefault(self.module_of[name], []).append(name)
        files = {}
        for module, names in sorted(by_module.items()):
            body = [line for name in names for line in defs[name][1]]
            code = "\n".join(body)
            where = "several resources" if module == "_shared" else f"``client.{module}``"
            head = [
                HEADER,
                f'"""Models (responses) and parameter dicts (requests) of {where}."""',
                "",
                "from __future__ import annotations",
                "",
            ]
            stdlib = []
            if "dt." in code:
                stdlib.append("import datetime as dt")
            abc = [n for n in ("Iterable", "Mapping") if f"{n}[" in code]
            if abc:
                stdlib.append(f"from collections.abc import {', '.join(abc)}")
            if re.search(r"\bDecimal\b", code):
                stdlib.append("from decimal import Decimal")
            typing_names = [n for n in ("Any", "Literal", "Required", "TypedDict") if re.search(rf"\b{n}\b", code)]
            if typing_names:
                stdlib.append(f"from typing import {', '.join(typing_names)}")
            head += [*stdlib, ""] if stdlib else []
            base = [n for n in ("BaseModel", "Timestamp") if re.search(rf"\b{n}\b", code)]
            if base:
                head += import_line(".._models", base)
            named = {w for w in re.findall(r"[A-Za-z_]\w*", code) if w in self.module_of and w not in names}
            for other in sorted({self.module_of[w] for w in named}, key=str.lower):
                head += import_line(
                    f".{other}", sorted((w for w in named if self.module_of[w] == other), key=isort_key)
                )
            while head[-1] == "":  # one blank line before ``__all__``, whatever was imported
                head.pop()
            head += ["", "__all__ = [", *[f'    "{n}",' for n in sorted(names)], "]"]
            files[f"types/{module}.py"] = "\n".join(head + body).rstrip() + "\n"
        return files

    def types_init(self) -> str:
        names = sorted(self.module_of)
        out = [
            HEADER,
            '"""Typed models (responses) and parameter dicts (requests), one module per resource.',
            "",
            "Nothing is imported until a name is asked for: ``from campfire_sdk.types import Vendor`` loads",
            "the vendors' module (and the few shared classes) only.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "import importlib",
            "import typing as t",
            "",
            "if t.TYPE_CHECKING:",
        ]
        for name in sorted(names, key=lambda n: (self.module_of[n], isort_key(n))):
            out += guarded_import(f".{self.module_of[name]}", f"{name} as {name}")
        out += ["", "#: class name -> module", "_MODULES = {"]
        out += [f'    "{n}": "{self.module_of[n]}",' for n in names]
        out += ["}", "", "__all__ = [", *[f'    "{n}",' for n in names], "]"]
        out += [
            "",
            "",
            "def __getattr__(name: str) -> t.Any:",
            "    if name not in _MODULES:",
            '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
            '    return getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)',
            "",
            "",
            "def __dir__() -> list[str]:",
            "    return sorted([*globals(), *_MODULES])",
        ]
        return "\n".join(out) + "\n"

    def _typed_dict(self, name: str, schema: dict[str, t.Any]) -> list[str]:
        required = set(schema.get("required", []))
        out = ["", "", f"class {name}(TypedDict, total=False):"]
        written = [(p, s) for p, s in schema.get("properties", {}).items() if not s.get("readOnly")]
        if not written:
            out.append("    pass")
        for prop, sub in written:
            ann = self.annotation(sub, request=True)
            if self.nullable(sub):
                ann += " | None"
            out.append(f"    {prop}: Required[{ann}]" if prop in required else f"    {prop}: {ann}")
        return out

    def resource_module(self, resource: Resource) -> str:
        about = ABOUT.get(resource.attr, f"the {resource.attr.replace('_', ' ')} of the Campfire API")
        classes: list[Resource] = []

        def walk(node: Resource) -> None:
            for child in node.children.values():
                walk(child)
            classes.append(node)

        walk(resource)
        body: list[str] = []
        models: set[str] = set()
        params: set[str] = set()
        pages: set[str] = set()
        self.clashes = {node.cls for node in classes} & set(self.schemas)
        for node in classes:
            for asynchronous in (False, True):
                body += self._class(node, asynchronous, models, params, pages)
        answered = {name for node in classes for m in node.methods for name in self.response_schemas(m.op)}
        self.uses.setdefault(resource.attr, set()).update(
            models | params | answered | self._hand_written_types(classes)
        )
        code = "\n".join(body)
        bases = BASES.get(resource.attr)
        imports: list[tuple[str, list[str]]] = [
            ("..._base_client", ["check_id"]),
            ("..._conveniences", sorted(bases) if bases else []),
            ("..._models", ["list_of", "or_deleted"]),
            ("..._resource", ["AsyncAPIResource", "SyncAPIResource", "options"]),
            ("..._response", ["AsyncRawResponses", "RawResponses", "async_to_raw_response", "to_raw_response"]),
            ("..._types", ["NOT_GIVEN", "NotGiven", "Timeout"]),
            ("...pagination", sorted(pages)),
        ]
        for module in sorted({self.module_of.get(n, "_all") for n in models | params}, key=str.lower):
            names = [f"{n} as {n}Model" if n in self.clashes else n for n in models | params]
            imports.append(
                (f"...types.{module}", [n for n in names if self.module_of.get(n.split(" as ")[0], "_all") == module])
            )
        head = [HEADER, f'"""``client.{resource.attr}``: {about}."""', "", "from __future__ import annotations", ""]
        stdlib = [
            line
            for line, token in (
                ("import builtins", "builtins."),
                ("import datetime as dt", "dt."),
                ("import typing as t", "t."),
                ("from collections.abc import Iterable", "Iterable["),
                ("from collections.abc import Mapping", "Mapping["),
                ("from decimal import Decimal", "Decimal"),
                ("from functools import cached_property", "@cached_property"),
            )
            if re.search(r"(?<![\w.])" + re.escape(token), code)
        ]
        if "from collections.abc import Iterable" in stdlib and "from collections.abc import Mapping" in stdlib:
            stdlib.remove("from collections.abc import Mapping")
            stdlib[stdlib.index("from collections.abc import Iterable")] += ", Mapping"
        head += [*stdlib, ""] if stdlib else []
        if "Unpack[" in code:
            head += ["from typing_extensions import Unpack", ""]
        for module, names in imports:
            used = [n for n in names if re.search(r"(?<![\w.])" + re.escape(n.split(" as ")[-1]) + r"\b", code)]
            if used:
                head += import_line(module[1:], used)
        classes_all = sorted(
            c for node in classes for name in (node.cls, f"{node.cls}WithRawResponse") for c in (name, f"Async{name}")
        )
        head += ["", "__all__ = [" + ", ".join(f'"{n}"' for n in classes_all) + "]"]
        return "\n".join(head + body).rstrip() + "\n"

    def _class(
        self, node: Resource, asynchronous: bool, models: set[str], params: set[str], pages: set[str]
    ) -> list[str]:
        prefix = "Async" if asynchronous else ""
        bases = BASES.get(node.attr) if len(node.owner) == 1 else None
        base = (
            (bases[1] if asynchronous else bases[0])
            if bases
            else f"{prefix}APIResource"
            if asynchronous
            else "SyncAPIResource"
        )
        where = ".".join(node.owner)
        out = ["", "", f"class {prefix}{node.cls}({base}):"]
        doc = (
            f"``client.{where}``"
            + (" (async)" if asynchronous else "")
            + ": "
            + ", ".join(sorted(m.name for m in node.methods))
        )
        if node.children:
            doc += "; " + ", ".join(f"``.{c}``" for c in node.children)
        out.append(f'    """{doc}."""')
        for child in node.children.values():
            out += [
                "",
                "    @cached_property",
                f"    def {child.attr}(self) -> {prefix}{child.cls}:",
                f'        """``client.{".".join(child.owner)}``."""',
                f"        return {prefix}{child.cls}(self._client)",
            ]
        for method in node.methods:
            if method.op_id in HAND_WRITTEN:  # still give it its parameter types
                self.query(method)
                self.body(method)
                continue
            out += self._method(method, asynchronous, models, params, pages)
        out += [
            "",
            "    @cached_property",
            f"    def with_raw_response(self) -> {prefix}{node.cls}WithRawResponse:",
            '        """These methods answering ``APIResponse`` (status, headers, ``request_id``, ``parse()``)."""',
            f"        return {prefix}{node.cls}WithRawResponse(self)",
        ]
        for dotted, new in OLD_NAMES.items():
            *owner, old = dotted.split(".")
            if tuple(owner) != node.owner:
                continue
            if new in node.children:
                child = node.children[new]
                out += [
                    "",
                    "    @property",
                    f"    def {old}(self) -> {prefix}{child.cls}:",
                    f'        """The older name of ``.{new}``."""',
                    f"        return self.{new}",
                ]
            else:
                out += ["", f"    {old} = {new}  # the older name"]
        return out + self._raw_class(node, asynchronous)

    def _raw_class(self, node: Resource, asynchronous: bool) -> list[str]:
        """``<Resource>WithRawResponse``: each method wrapped to answer a typed ``APIResponse``."""
        prefix = "Async" if asynchronous else ""
        wrap = "async_to_raw_response" if asynchronous else "to_raw_response"
        where = ".".join(node.owner)
        out = [
            "",
            "",
            f"class {prefix}{node.cls}WithRawResponse({prefix}RawResponses):",
            f'    """``client.{where}.with_raw_response``: its methods, answering ``APIResponse[...]``."""',
            "",
            f"    def __init__(self, resource: {prefix}{node.cls}) -> None:",
            "        super().__init__(resource)",
        ]
        out += [f"        self.{m.name} = {wrap}(resource.{m.name})" for m in node.methods]
        for child in node.children.values():
            out += [
                "",
                "    @cached_property",
                f"    def {child.attr}(self) -> {prefix}{child.cls}WithRawResponse:",
                f"        return {prefix}{child.cls}WithRawResponse(self._resource.{child.attr})",
            ]
        return out

    def _method(self, m: Method, asynchronous: bool, models: set[str], params: set[str], pages: set[str]) -> list[str]:
        kind, item = self._returns(m.op)
        body = self.body(m)
        query = self.query(m)
        for ann in (item, body[1] if body else ""):
            for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", ann):
                if word in self.schemas:
                    models.add(word)
                elif word.endswith("Param") or word.endswith("Params"):
                    params.add(word)
        if query:
            params.add(query)
        clash = r"\b(" + "|".join(map(re.escape, sorted(self.clashes))) + r")\b" if self.clashes else None
        if clash:  # a model named like a resource class of this module is imported as <Name>Model
            item = re.sub(clash, r"\1Model", item)
            body = (body[0], re.sub(clash, r"\1Model", body[1])) if body else None
        taken = self._field_names(m, body, query)
        path_params = m.path_params
        sig = ["        self,"]
        sig += [f"        {py}: int | str," for _spec, py in path_params]
        if any(py in taken for _spec, py in path_params):
            sig.append("        /,")  # the path id is positional-only: the body's field of that name stays free
        sig.append("        *,")
        if body and body[0] == "body":
            sig.append("        body: " + re.sub(r"(?<![.\w])Any\b", "t.Any", body[1]) + ",")
        sig += ["        timeout: Timeout | NotGiven = NOT_GIVEN,", "        max_retries: int | NotGiven = NOT_GIVEN,"]
        if body and query:  # a body and query parameters (the file upload): the query as its own argument
            sig.append(f"        query: {query},")
        if body and body[0] == "params":
            sig.append(f"        **params: Unpack[{body[1]}],")
        elif query:
            sig.append(f"        **params: Unpack[{query}],")
        prefix = "Async" if asynchronous else "Sync"
        if kind == "page":
            models.add(item) if item in self.schemas else None
            cursor = query is not None and any(p["name"] == "cursor" for p in self.query_types[query][1])
            page_types = ["OffsetPage", "CursorPage"] if cursor else ["OffsetPage"]
            for p in page_types:
                pages.add(f"{prefix}{p}")
            if asynchronous:
                pages.add("AsyncPaginator")
                returns = " | ".join(f"AsyncPaginator[Async{p}[{item}], {item}]" for p in page_types)
            else:
                returns = " | ".join(f"Sync{p}[{item}]" for p in page_types)
        elif kind == "list":
            returns = f"builtins.list[{item}]"
        elif kind == "none":
            returns = "None"
        elif kind == "any":
            returns = "t.Any"
        elif kind == "optional":
            returns = f"{item} | None"
        else:
            returns = item.replace("list[", "builtins.list[").replace("dict[", "builtins.dict[")
        returns = re.sub(r"(?<![.\w])Any\b", "t.Any", returns)
        summary = (m.op.get("summary") or m.op_id.replace("_", " ")).strip().rstrip(".")
        doc = [
            f'        """{summary}.',
            "",
            f"        ``{m.http.upper()} {m.path}`` (operationId ``{m.op_id}``)",
            '        """',
        ]
        path = m.path
        for spec_name, py in path_params:
            path = path.replace("{" + spec_name + "}", "{check_id(" + repr(py) + ", " + py + ")}")
        lines = [f'        path = f"{path}"' if path_params else f'        path = "{path}"']
        extra = []
        if body and body[0] == "params":
            extra.append("json=params")
        elif body:
            extra.append("json=body")
        if body and query:
            extra.append("params=dict(query)")
        elif query:
            extra.append("params=dict(params)")
        if kind == "bytes":
            extra.append('headers={"Accept": "application/pdf"}')
        elif kind == "text":
            extra.append('headers={"Accept": "text/csv"}')
        safe = m.http == "post" and m.path.rstrip("/").rsplit("/", 1)[-1] in SAFE_POST_SEGMENTS
        if safe:
            extra.append("idempotent=True")
        call_opts = f'options("{m.http.upper()}", path, ' + "".join(f"{e}, " for e in extra)
        call_opts += "timeout=timeout, max_retries=max_retries)"
        lines.append(f"        opts = {call_opts}")
        aw = "await " if asynchronous else ""
        if kind == "page":
            helper = "_{}_paginator" if asynchronous else "_{}_page"
            if len(page_types) == 2:
                lines += [
                    '        if "cursor" in params:',
                    f"            return self.{helper.format('cursor')}({self.runtime(item)}, opts)",
                ]
            lines.append(f"        return self.{helper.format('offset')}({self.runtime(item)}, opts)")
        elif kind == "none":
            lines.append(f"        {aw}self._send(opts)")
        elif kind == "optional":
            lines.append(f"        return {aw}self._request_or_none({item}, opts)")
        elif kind == "list" and self.runtime(item) != item:
            lines.append(f"        return {aw}self._request(list_of({self.runtime(item)}), opts)")
        else:
            cast = returns
            lines.append(f"        return {aw}self._request({cast}, opts)")
        if not asynchronous:
            self._note_reference(m, path_params, body, query, returns)
        is_async = asynchronous and kind != "page"
        head = f"    {'async ' if is_async else ''}def {m.name}("
        return ["", head, *sig, f"    ) -> {returns}:", *doc, *lines]

    def _note_reference(
        self,
        m: Method,
        path_params: list[tuple[str, str]],
        body: tuple[str, str] | None,
        query: str | None,
        returns: str,
    ) -> None:
        """Keep a method's call shape for ``docs/sdk-api.md``."""
        args = [py for _spec, py in path_params]
        if any(py in self._field_names(m, body, query) for py in args):
            args.append("/")
        if body and body[0] == "body":
            args.append(f"*, body: {body[1]}")
        elif body or query:
            args.append(f"**params: {body[1] if body else query}")
        pretty = returns.replace("builtins.", "").replace("t.Any", "Any")
        self.reference[m.op_id] = (", ".join(args), pretty)

    def api_reference(self) -> str:
        """``docs/sdk-api.md``: every resource, its methods (call, HTTP operation, result) and its types."""
        self.reference.update(HAND_WRITTEN)
        out = [
            "<!-- Generated from the OpenAPI spec by sdk/generate.py: do not edit, run `python sdk/generate.py`. -->",
            "",
            "# SDK reference",
            "",
            "Every resource of `campfire_sdk.Campfire` and its methods, generated from the spec. `AsyncCampfire`",
            "has the same, awaited (a list method gives an `AsyncPaginator`: `await` it for the first page, or",
            "`async for` over every item). Each method also takes `timeout=` and `max_retries=`; path ids come",
            "first, positionally (after a `/`, positional-only: a body field of the same name is separate); the",
            "rest is keyword-only. `client.<resource>.with_raw_response.<method>(...)` gives an",
            "`APIResponse[<result>]` instead (status, headers, `request_id`, `parse()`). Types import from",
            "`campfire_sdk.types`; pages from `campfire_sdk`.",
        ]
        for attr in sorted(self.tree):
            node = self.tree[attr]
            out += ["", f"## {attr.replace('_', ' ').capitalize()}", ""]
            about = ABOUT.get(attr)
            if about:
                out += [f"`client.{attr}`: {about}.", ""]
            names = sorted((n for n, module in self.module_of.items() if module == attr), key=isort_key)
            if names:
                out += ["Types: " + ", ".join(f"`{n}`" for n in names), ""]
            out.append("Methods:")
            out.append("")
            for each in (node, *self._descendants(node)):
                where = ".".join(each.owner)
                for m in each.methods:
                    args, returns = self.reference[m.op_id]
                    call = f"client.{where}.{m.name}({args}) -> {returns}"
                    out.append(f"- `{call}`: `{m.http.upper()} {m.path}`")
        shared = sorted((n for n, module in self.module_of.items() if module == "_shared"), key=isort_key)
        out += ["", "## Shared types", "", "Used by several resources: " + ", ".join(f"`{n}`" for n in shared) + "."]
        aliases = ", ".join(f"`{alias}` (`{attr}`)" for alias, attr in sorted(ALIASES.items()))
        old = ", ".join(f"`{dotted}` (`{new}`)" for dotted, new in sorted(OLD_NAMES.items()))
        out += ["", "## Older names", "", f"These keep working: {aliases}; {old}."]
        return "\n".join(out) + "\n"

    def package_init(self) -> str:
        pairs = sorted(
            (cls, attr)
            for attr, node in self.tree.items()
            for each in (node, *self._descendants(node))
            for cls in (each.cls, f"Async{each.cls}")
        )
        out = [
            HEADER,
            '"""Resource classes, one module per API resource, each class with an async twin.',
            "",
            "Nothing is imported until a class is asked for, so ``import campfire_sdk`` stays light.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "import importlib",
            "import typing as t",
            "",
            "if t.TYPE_CHECKING:",
        ]
        by_class = dict(pairs)
        lines = [(attr, cls, cls) for cls, attr in pairs]
        lines += [(by_class[cls], cls, alias) for alias, cls in CLASS_ALIASES.items()]
        for attr, cls, alias in sorted(lines, key=lambda line: (line[0], isort_key(line[1]), line[2])):
            out += guarded_import(f".{attr}", f"{cls} as {alias}")
        pairs = sorted([*pairs, *((alias, by_class[cls]) for alias, cls in CLASS_ALIASES.items())])
        out += ["", "#: class name -> (module, name in it)", "_MODULES = {"]
        out += [f'    "{cls}": ("{attr}", "{CLASS_ALIASES.get(cls, cls)}"),' for cls, attr in pairs]
        out += [
            "}",
            "",
            "__all__ = [",
            *[f'    "{cls}",' for cls, _attr in pairs],
            "]",
            "",
            "",
            "def __getattr__(name: str) -> t.Any:",
            "    if name not in _MODULES:",
            '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
            "    module, attr = _MODULES[name]",
            '    return getattr(importlib.import_module(f".{module}", __name__), attr)',
            "",
            "",
            "def __dir__() -> list[str]:",
            "    return sorted([*globals(), *_MODULES])",
        ]
        return "\n".join(out) + "\n"

    def _descendants(self, node: Resource) -> list[Resource]:
        out: list[Resource] = []
        for child in node.children.values():
            out += [child, *self._descendants(child)]
        return out

    def client_resources(self) -> str:
        attrs = sorted(self.tree)
        out = [
            HEADER,
            '"""The client attributes, one per resource; each imports its module on first access."""',
            "",
            "from __future__ import annotations",
            "",
            "import typing as t",
            "from functools import cached_property",
            "",
            "if t.TYPE_CHECKING:",
            "    from ._base_client import AsyncAPIClient, SyncAPIClient",
        ]
        for attr in attrs:
            cls = self.tree[attr].cls
            out.append(f"    from .resources.{attr} import {', '.join(sorted([cls, f'Async{cls}'], key=isort_key))}")
        out += ["", '__all__ = ["AsyncResources", "SyncResources"]']
        for asynchronous in (False, True):
            prefix = "Async" if asynchronous else ""
            client = "AsyncAPIClient" if asynchronous else "SyncAPIClient"
            out += ["", "", f"class {prefix or 'Sync'}Resources:"]
            out.append(f'    """The resources of {"AsyncCampfire" if asynchronous else "Campfire"}."""')
            entries = [(a, a) for a in attrs] + sorted(ALIASES.items())
            for name, attr in sorted(entries):
                cls = prefix + self.tree[attr].cls
                alias = f" (the same as ``.{attr}``)" if name != attr else ""
                out += [
                    "",
                    "    @cached_property",
                    f"    def {name}(self) -> {cls}:",
                    f'        """``client.{name}``{alias}: {ABOUT.get(attr, attr.replace("_", " "))}."""',
                    f"        from .resources.{attr} import {cls}",
                    "",
                    f'        return {cls}(t.cast("{client}", self))',
                ]
        return "\n".join(out) + "\n"

    def operations(self) -> str:
        out = [
            HEADER,
            '"""Every operation of the spec: operationId -> (HTTP method, path, the SDK method calling it)."""',
            "",
            "OPERATIONS: dict[str, tuple[str, str, str]] = {",
        ]
        for m in sorted(self.methods, key=lambda m: m.op_id):
            out.append(f'    "{m.op_id}": ("{m.http.upper()}", "{m.path}", "{".".join((*m.owner, m.name))}"),')
        out.append("}")
        return "\n".join(out) + "\n"


def render_all(spec_path: Path = SPEC) -> tuple[dict[str, str], str]:
    """The package's files (path relative to ``campfire_sdk/`` -> text) and ``docs/sdk-api.md``'s text."""
    gen = Generator(
        yaml.load(spec_path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    )
    for node in gen.tree.values():  # a first pass learns which types each resource uses
        gen.resource_module(node)
    gen.place_types()
    files = {f"resources/{attr}.py": gen.resource_module(node) for attr, node in sorted(gen.tree.items())}
    files["resources/__init__.py"] = gen.package_init()
    files["_client_resources.py"] = gen.client_resources()
    files["_operations.py"] = gen.operations()
    files.update(gen.types_modules())
    files["types/__init__.py"] = gen.types_init()
    return files, gen.api_reference()


def render(spec_path: Path = SPEC) -> dict[str, str]:
    """Path relative to ``campfire_sdk/`` -> generated text."""
    return render_all(spec_path)[0]


def generated_files(package: Path = PACKAGE) -> list[Path]:
    """Files under ``package`` whose first line says they are generated."""
    return sorted(p for p in package.rglob("*.py") if p.read_text(encoding="utf-8").split("\n", 1)[0] == HEADER)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files are out of date")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=PACKAGE, help="the campfire_sdk package directory")
    parser.add_argument(
        "--reference", type=Path, default=API_REFERENCE, help="where the API reference goes (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    files, reference = render_all(args.spec)
    stale = []
    if args.check:
        if not args.reference.exists() or args.reference.read_text(encoding="utf-8") != reference:
            stale.append(str(args.reference))
    else:
        args.reference.parent.mkdir(parents=True, exist_ok=True)
        args.reference.write_text(reference, encoding="utf-8")
    for name, text in files.items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    leftover = [p for p in generated_files(args.out) if str(p.relative_to(args.out)) not in files]
    if args.check:
        stale += [str(p.relative_to(args.out)) for p in leftover]
    else:
        for path in leftover:  # a resource the spec no longer has
            path.unlink()
        print(f"wrote {len(files)} files under {args.out}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python sdk/generate.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
