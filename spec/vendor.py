"""Vendor Campfire's published OpenAPI schema, every path of it, into ``spec/``.

Usage::

    python spec/vendor.py UPSTREAM.json [--output spec/campfire.openapi.yaml]

The script is deterministic: the same upstream file always gives the same YAML.
It keeps upstream paths, methods, operationIds, parameters, request bodies,
response schemas, enums, ranges, security and prose (``description``/``summary``,
where Campfire states its rules) unchanged, and applies our additions: an
operation upstream gives no summary gets one made from its operationId and path.
Every addition carries an ``x-campfire-devkit`` extension:

* ``{"reason": ..., "added": true}`` on a node that upstream does not have;
* ``{"reason": ..., "upstream": <node>}`` on a node we changed, holding the
  upstream node so ``revert_additions`` can restore it exactly.

``tests/spec/test_upstream_equality.py`` reverts every addition and compares the
result with upstream, so nothing can drift silently.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

MARK = "x-campfire-devkit"
SPEC_DIR = Path(__file__).resolve().parent
PACKAGE_SPEC_DIR = SPEC_DIR.parent / "mockserver" / "campfire_mock" / "spec"
SPEC_FILES = ("campfire.openapi.yaml", "mock-admin.openapi.yaml")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
UPSTREAM_DATE = "2026-07"

RESPONSE_TEXT = {
    "200": "OK",
    "201": "Created",
    "204": "No content",
    "400": "Invalid input",
    "401": "Missing or invalid token",
    "403": "The token's role may not do this",
    "404": "Not found",
    "409": "Not allowed in the object's current state",
    "413": "Request body too large",
}

#: Operations that change an object's state and can be refused because of it.
STATE_ACTIONS = {
    "coa_api_v1_invoice_update",
    "coa_api_v1_invoice_partial_update",
    "coa_api_v1_invoice_destroy",
    "coa_api_v1_invoice_void_create",
    "coa_api_v1_invoice_reopen_create",
    "coa_api_v1_invoice_pay_create",
    "coa_api_v1_invoice_payment_void_create",
    "coa_api_v1_invoice_payment_void_destroy",
    "coa_api_v1_invoice_bulk_apply_payment_create",
    "create_transaction_invoice_payments",
}

#: Writable relations that Django REST Framework accepts as numeric strings.
RELATION_FIELDS = {
    "AccountingInvoice": (
        "entity",
        "client",
        "contract",
        "payment_term",
        "department",
        "tax_rate",
        "stripe_connection",
        "avalara_connection",
        "sphere_connection",
        "anrok_connection",
        "source_file",
    ),
    "PatchedAccountingInvoice": (
        "entity",
        "client",
        "contract",
        "payment_term",
        "department",
        "tax_rate",
        "stripe_connection",
        "avalara_connection",
        "sphere_connection",
        "anrok_connection",
        "source_file",
    ),
    "AccountingInvoiceLine": (
        "product",
        "product_bundle",
        "department",
        "withholding_tax_rate",
    ),
    "AccountingCreditMemo": (
        "entity",
        "client",
        "credit_account",
        "contract",
        "anrok_connection",
        "avalara_connection",
        "sphere_connection",
    ),
    "AccountingCreditMemoLine": ("product", "account", "tax_rate", "department"),
    "Contract": ("entity", "client", "department"),
    "Vendor": ("parent", "stripe_connection", "payment_term"),
    "Product": ("department", "invoice_account", "revenue_account", "ar_account"),
    "MarkPaidTransaction": (
        "transaction_match_id",
        "transaction_id",
        "account_id",
        "credit_account_id",
        "writeoff_account_id",
        "withholding_tax_rate_id",
    ),
    "MarkPaidEmptyTransaction": ("account_id", "department_id", "withholding_tax_rate_id"),
}

TIMESTAMP_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:?\d{2})$"

ERROR_SCHEMAS: dict[str, Any] = {
    "ErrorDetail": {
        "type": "object",
        "description": "Django REST Framework error body: one message.",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
        MARK: {"reason": "error bodies the service returns but upstream omits", "added": True},
    },
    "ValidationErrorBody": {
        "type": "object",
        "description": (
            "Django REST Framework validation errors: field name (or non_field_errors)"
            " to a list of messages; nested objects and lists for nested fields."
        ),
        "minProperties": 1,
        "additionalProperties": {"$ref": "#/components/schemas/ValidationErrorValue"},
        MARK: {"reason": "error bodies the service returns but upstream omits", "added": True},
    },
}


def _validation_value(depth: int) -> dict[str, Any]:
    """Messages nested at most ``depth`` levels deep: a recursive schema could not be served as JSON."""
    if depth == 0:
        return {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
    inner = {"$ref": f"#/components/schemas/ValidationErrorValue{depth - 1}"}
    return {
        "anyOf": [
            {"type": "string"},
            {"type": "array", "items": inner},
            {"type": "object", "additionalProperties": inner},
        ]
    }


#: How deep DRF error bodies nest: bulk item -> invoice field -> line -> line field -> messages.
VALIDATION_DEPTH = 4
for _depth in range(VALIDATION_DEPTH + 1):
    _name = "ValidationErrorValue" if _depth == VALIDATION_DEPTH else f"ValidationErrorValue{_depth}"
    ERROR_SCHEMAS[_name] = {
        **_validation_value(_depth),
        MARK: {"reason": "error bodies the service returns but upstream omits", "added": True},
    }

LINKS: dict[str, dict[str, dict[str, Any]]] = {
    # operationId -> status -> links
    "coa_api_v1_invoice_create": {
        "201": {
            "RetrieveInvoice": {
                "operationId": "coa_api_v1_invoice_retrieve",
                "parameters": {"id": "$response.body#/id"},
            },
            "PayInvoice": {
                "operationId": "coa_api_v1_invoice_pay_create",
                "parameters": {"invoice_id": "$response.body#/id"},
            },
            "VoidInvoice": {
                "operationId": "coa_api_v1_invoice_void_create",
                "parameters": {"invoice_id": "$response.body#/id"},
            },
            "CalculatePayment": {
                "operationId": "coa_api_v1_invoice_calculate_payment_create",
                "parameters": {"invoice_id": "$response.body#/id"},
            },
            "PatchInvoice": {
                "operationId": "coa_api_v1_invoice_partial_update",
                "parameters": {"id": "$response.body#/id"},
            },
        }
    },
    "coa_api_v1_invoice_void_create": {
        "200": {
            "ReopenInvoice": {
                "operationId": "coa_api_v1_invoice_reopen_create",
                "parameters": {"invoice_id": "$response.body#/id"},
            },
        }
    },
    "coa_api_v1_invoice_pay_create": {
        "200": {
            "VoidPayment": {
                "operationId": "coa_api_v1_invoice_payment_void_create",
                "parameters": {"invoice_id": "$request.path.invoice_id", "payment_id": "$response.body#/payment_ids/0"},
            },
            "ListPayments": {
                "operationId": "coa_api_v1_invoice_payments_list",
                "parameters": {"invoice_id": "$request.path.invoice_id"},
            },
        }
    },
}


# --------------------------------------------------------------------------- selection


def selected_operations(paths: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield (path, method) for every vendored operation (all of upstream's), in upstream order."""
    for path, item in paths.items():
        for method in item:
            if method in HTTP_METHODS:
                yield path, method


#: How an operationId's DRF action suffix reads in a summary.
ACTION_WORDS = (
    ("_partial_update", "Update some fields of"),
    ("_update", "Replace"),
    ("_destroy", "Delete"),
    ("_retrieve", "Retrieve"),
    ("_list", "List"),
    ("_create", "Create"),
)


def summary_for(op_id: str, method: str, path: str) -> str:
    """A one-line summary for an operation upstream gives none: the DRF action and the resource's path
    words (``ca_api_account_retrieve`` on ``/ca/api/account/{id}`` reads "Retrieve: account")."""
    words = [seg for seg in path.strip("/").split("/") if seg and "{" not in seg]
    words = [w for w in words if w not in ("api", "v1", "v2", "coa", "ca", "rr", "integrations")]
    noun = " ".join(w.replace("-", " ").replace("_", " ") for w in words) or path
    for suffix, verb in ACTION_WORDS:
        if op_id.endswith(suffix):
            return f"{verb}: {noun}"
    return f"{method.upper()} {noun}"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def referenced_schemas(roots: Any, schemas: dict[str, Any]) -> list[str]:
    """Names of every component schema reachable from ``roots``, in upstream order."""
    seen: set[str] = set()
    todo = [r for r in _refs(roots)]
    while todo:
        ref = todo.pop()
        name = ref.rsplit("/", 1)[-1]
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return [name for name in schemas if name in seen]


# --------------------------------------------------------------------------- copying upstream nodes


def copy_operation(op: dict[str, Any], method: str = "get", path: str = "") -> dict[str, Any]:
    """Copy of an upstream operation, prose included, with ``summary`` first after ``operationId`` (made
    by ``summary_for`` where upstream has none) and every response described (upstream's text, else ours)."""
    out = copy.deepcopy(op)
    for status, resp in out.get("responses", {}).items():
        if not resp.get("description"):
            resp["description"] = RESPONSE_TEXT.get(status, "Response")
    ordered = {
        "operationId": op["operationId"],
        "summary": op.get("summary") or summary_for(op["operationId"], method, path),
    }
    ordered.update({k: v for k, v in out.items() if k not in ("operationId", "summary")})
    return ordered


# --------------------------------------------------------------------------- additions


def _changed(node: dict[str, Any], new: dict[str, Any], reason: str) -> dict[str, Any]:
    new = dict(new)
    new[MARK] = {"reason": reason, "upstream": copy.deepcopy(node)}
    return new


def _error_response(status: str, schema: str) -> dict[str, Any]:
    return {
        "description": RESPONSE_TEXT[status],
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
        MARK: {"reason": "returned by the service, omitted by the upstream schema", "added": True},
    }


def add_error_responses(op: dict[str, Any], method: str = "get") -> None:
    """Declare the Django REST Framework errors the service really returns (409 on any write to an
    object named by the path: its state can refuse it)."""
    responses = op["responses"]
    params = op.get("parameters", [])
    has_input = bool(params) or "requestBody" in op
    has_path_id = any(p["in"] == "path" for p in params)
    # DRF's CursorPagination answers a cursor it cannot decode with NotFound("Invalid cursor"): a 404
    has_cursor = any(p["in"] == "query" and p["name"] == "cursor" for p in params)
    wanted: list[tuple[str, str]] = []
    if has_input:
        wanted.append(("400", "ValidationErrorBody"))
    wanted += [("401", "ErrorDetail"), ("403", "ErrorDetail")]
    if has_path_id or has_cursor:
        wanted.append(("404", "ErrorDetail"))
    if op["operationId"] in STATE_ACTIONS or (has_path_id and method in ("put", "patch", "post", "delete")):
        wanted.append(("409", "ErrorDetail"))
    if "requestBody" in op:
        wanted.append(("413", "ErrorDetail"))
    for status, schema in wanted:
        if status not in responses:
            responses[status] = _error_response(status, schema)
        elif "content" not in responses[status]:  # declared bodiless: DRF still answers its error body
            content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
            responses[status] = _changed(
                responses[status],
                {**responses[status], "content": content},
                "DRF answers every error with a body; upstream declares this one without",
            )
    op["responses"] = dict(sorted(responses.items()))


def add_links(op: dict[str, Any]) -> None:
    for status, links in LINKS.get(op["operationId"], {}).items():
        response = op["responses"][status]
        response["links"] = {
            name: {**link, MARK: {"reason": "lets stateful contract tests chain calls", "added": True}}
            for name, link in links.items()
        }


def add_report_csv(op: dict[str, Any]) -> None:
    if not op["operationId"].startswith("coa_api_v1_invoice_report_"):
        return
    content = op["responses"]["200"]["content"]
    content["text/csv"] = {
        "schema": {"type": "string"},
        MARK: {"reason": "mode=csv streams the report as CSV", "added": True},
    }


REPORT_FILTERS_REASON = "report extension: due/paid/terms/invoice filters"
REPORT_SORT_REASON = "report extension: multi-column sort, repeatable (ActiveCollab, TeamUp)"
REPORT_NESTED_REASON = "report extension: nested groups, at most 2 levels (ActiveCollab)"
REPORT_TEAMUP_REASON = "report extension: TeamUp's date-time filters and page/page_size paging"
REPORT_DETAIL_REASON = "report extension: detail mode (one row per invoice with chosen columns, ActiveCollab's export)"
REPORT_FLAT_REASON = "report extension: flat grouping (every level at once, TeamUp's grouped report)"
REPORT_TIMEFRAME_REASON = "report extension: relative timeframes (TeamUp's *_timeframe, on the workspace clock)"
REPORT_DISCOUNT_REASON = "report extension: discount filter (TeamUp's discount_applied)"
REPORT_CREATED_REASON = "report extension: creation date-time bounds (ActiveCollab's creation date)"
#: The dates and instants a ``<field>_timeframe`` parameter bounds.
REPORT_TIMEFRAME_FIELDS = ("invoice_date", "due_date", "paid_date", "paid_at", "updated_at", "created_at")

#: (name, schema, other fields of the parameter, reason) of each extra report parameter.
REPORT_EXTENSION_PARAMS: tuple[tuple[str, dict[str, Any], dict[str, Any], str], ...] = (
    # sort=client_name,-amount, and a repeated sort adds keys: a form-exploded array.
    ("sort", {"type": "array", "items": {"type": "string"}}, {"style": "form", "explode": True}, REPORT_SORT_REASON),
    ("terms", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("invoice_id", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("due_start_date", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("due_end_date", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("paid_start_date", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("paid_end_date", {"type": "string"}, {}, REPORT_FILTERS_REASON),
    ("nested", {"type": "boolean"}, {}, REPORT_NESTED_REASON),
    # Date-times, or dates (a whole day); as strings so the mock can name a bad one in DRF's words.
    ("paid_at_gte", {"type": "string"}, {}, REPORT_TEAMUP_REASON),
    ("paid_at_lte", {"type": "string"}, {}, REPORT_TEAMUP_REASON),
    ("updated_at_gte", {"type": "string"}, {}, REPORT_TEAMUP_REASON),
    ("updated_at_lte", {"type": "string"}, {}, REPORT_TEAMUP_REASON),
    ("page", {"type": "integer", "minimum": 1}, {}, REPORT_TEAMUP_REASON),
    ("page_size", {"type": "integer", "minimum": 0, "maximum": 10000}, {}, REPORT_TEAMUP_REASON),
    ("columns", {"type": "string"}, {}, REPORT_DETAIL_REASON),
    ("flat", {"type": "boolean"}, {}, REPORT_FLAT_REASON),
    ("discount_applied", {"type": "boolean"}, {}, REPORT_DISCOUNT_REASON),
    ("created_at_gte", {"type": "string"}, {}, REPORT_CREATED_REASON),
    ("created_at_lte", {"type": "string"}, {}, REPORT_CREATED_REASON),
    *((f"{name}_timeframe", {"type": "string"}, {}, REPORT_TIMEFRAME_REASON) for name in REPORT_TIMEFRAME_FIELDS),
)

#: Campfire's ORM names for the report filters, as its ``filter_params`` spell them
#: (``{"invoice__client_id": 42}`` in the report example); the mock answers with them and accepts both.
REPORT_ORM_PARAMS = (
    "invoice__client_id",
    "invoice__entity_id",
    "invoice__contract_id",
    "product_id",
    "department_id",
    "invoice__currency",
    "invoice__payment_status",
    "invoice__terms",
    "invoice__invoice_date__gte",
    "invoice__invoice_date__lte",
    "invoice__due_date__gte",
    "invoice__due_date__lte",
    "invoice__paid_date__gte",
    "invoice__paid_date__lte",
)

REPORT_EXTENSION_FIELDS: dict[str, Any] = {
    "columns": {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "key": {"type": "string"},
                "label": {"type": "string"},
                "kind": {"type": "string", "enum": ["dimension", "name", "aggregate", "pivot", "field"]},
                "sortable": {"type": "boolean"},
                "sorted": {
                    "type": "object",
                    "properties": {
                        "order": {"type": "string", "enum": ["asc", "desc"]},
                        "priority": {"type": "integer"},
                    },
                    "required": ["order", "priority"],
                },
            },
            "required": ["key", "label", "kind", "sortable"],
        },
    },
    "totals_by_currency": {
        "type": "array",
        "items": {"type": "object", "additionalProperties": {}},
    },
}


#: Fields a report row carries beyond upstream's ``filter_params``/``group_id``/``id``, with their reasons.
REPORT_ROW_FIELDS: dict[str, tuple[dict[str, Any], str]] = {
    "label": ({"type": "string"}, "report extension: the null group labelled Unknown (ActiveCollab)"),
    "mixed_currency": (
        {"type": "boolean"},
        "report extension: amounts in several currencies are null, given per currency",
    ),
    "totals_by_currency": (
        {"type": "array", "items": {"type": "object", "additionalProperties": {}}},
        "report extension: amounts in several currencies are null, given per currency",
    ),
    "sub_rows": (
        {"type": "array", "items": {"type": "object", "additionalProperties": {}}},
        REPORT_NESTED_REASON,
    ),
}


def add_report_extensions(op: dict[str, Any]) -> None:
    """Extra report parameters (sorting, nesting, more filters, page paging), documented extensions."""
    if not op["operationId"].startswith("coa_api_v1_invoice_report_"):
        return
    for name, schema, extra, reason in REPORT_EXTENSION_PARAMS:
        op["parameters"].append(
            {"in": "query", "name": name, **extra, "schema": schema, MARK: {"reason": reason, "added": True}}
        )
    declared = {p.get("name") for p in op["parameters"]}
    for name in REPORT_ORM_PARAMS:
        if name in declared:
            continue
        op["parameters"].append(
            {
                "in": "query",
                "name": name,
                "schema": {"type": "string"},
                MARK: {
                    "reason": "filter_params use Campfire's ORM names (invoice__client_id); sent back, they filter",
                    "added": True,
                },
            }
        )


def add_report_fields(schemas: dict[str, Any]) -> None:
    """Column metadata and per-currency totals in the report response, and the row fields of our
    extensions (extra properties, which both schemas allow)."""
    props = schemas["InvoiceReportResponse"]["properties"]
    for name, schema in REPORT_EXTENSION_FIELDS.items():
        props[name] = {
            **schema,
            MARK: {"reason": "report extension: column metadata and totals per currency", "added": True},
        }
    row = schemas["InvoiceReportResultRow"]["properties"]
    for name, (schema, reason) in REPORT_ROW_FIELDS.items():
        row[name] = {**schema, MARK: {"reason": reason, "added": True}}


def allow_empty_cursor(op: dict[str, Any]) -> None:
    """``cursor=`` (empty) is how Campfire says to start cursor paging."""
    if op["operationId"] not in ("coa_api_v1_invoice_payments_list", "coa_api_v1_bill_payments_list"):
        return
    for i, param in enumerate(op["parameters"]):
        if param["name"] == "cursor":
            op["parameters"][i] = _changed(
                param,
                {**param, "allowEmptyValue": True},
                "an empty cursor= starts cursor paging, as Campfire documents",
            )


FILTER_FORMAT_REASON = (
    "the filter's description names its format (YYYY-MM-DD, ISO 8601), which upstream types as any text: Django"
    ' filters refuse any other text with a 400 ("Enter a valid date."), as the twin does; a date-time filter takes'
    " what Django's parse_datetime reads (a space for the T, Campfire's +0000 offsets); an empty value filters"
    " nothing, as django-filter reads it"
)
_EMPTY_QUERY = {"type": "string", "enum": [""]}
#: Campfire's own timestamp form, an offset without a colon (``2025-07-25T18:54:43+0000``), which RFC 3339 lacks.
#: Years 0001 to 9999 (there is no year 0000: DRF's ``DateTimeField`` refuses it).
#: A day the month has (February up to the 29th: a pattern does not know leap years).
_CAMPFIRE_DAY = (
    r"^(000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})-"
    r"((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])|(0[469]|11)-(0[1-9]|[12]\d|30)|02-(0[1-9]|1\d|2\d))"
)
_CAMPFIRE_TIME = r"T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]([01]\d|2[0-3])[0-5]\d$"
CAMPFIRE_TIMESTAMP = _CAMPFIRE_DAY + _CAMPFIRE_TIME
#: What a Django date-time filter reads beyond RFC 3339 (``parse_datetime``): a space (or ``t``) between date
#: and time, no seconds, an offset without a colon or minutes (Campfire's ``+0000`` among them).
FILTER_TIMESTAMP = (
    _CAMPFIRE_DAY + r"[Tt ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?([Zz]|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)?$"
)


def filter_formats(op: dict[str, Any]) -> None:
    """Date and date-time filters typed as any text upstream say their format: a ``YYYY-MM-DD`` filter is a
    ``date``, a ``last_modified_at`` bound an ISO 8601 ``date-time`` or ``date`` (a date-only bound covers its
    day); each also takes the empty value, which filters nothing."""
    for i, param in enumerate(op.get("parameters", [])):
        if param.get("in") != "query" or param.get("schema") != {"type": "string"}:
            continue
        text = param.get("description") or ""
        if param["name"] in ("last_modified_at__gte", "last_modified_at__lte") and "ISO 8601" in text:
            formats = ["date-time", "date"]
        elif "YYYY-MM-DD" in text:
            formats = ["date"]
        else:
            continue
        branches = [{"type": "string", "format": f} for f in formats] + [dict(_EMPTY_QUERY)]
        if "date-time" in formats:  # the timestamps Campfire answers (+0000) and Django's other forms too
            branches.insert(1, {"type": "string", "pattern": FILTER_TIMESTAMP})
        schema = {"type": "string", "anyOf": branches}  # Connexion reads a query parameter by its type
        op["parameters"][i] = _changed(param, {**param, "schema": schema}, FILTER_FORMAT_REASON)


#: Operations that answer a PDF document, which upstream declares without a body.
PDF_OPERATIONS = {
    "get_client_invoice_statement_pdf": "The statement as a PDF document",
    "get_credit_memo_pdf": "The credit memo as a PDF document",
}


def add_pdf_responses(op: dict[str, Any]) -> None:
    description = PDF_OPERATIONS.get(op["operationId"])
    if description is None:
        return
    ok = op["responses"]["200"]
    op["responses"]["200"] = _changed(
        ok,
        {
            "description": description,
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
        },
        "the endpoint returns a PDF; upstream declares no body",
    )


def add_next_credit_memo_number(op: dict[str, Any]) -> None:
    """``GET .../next-credit-memo-number`` answers the number the next credit memo gets."""
    if op["operationId"] != "coa_api_v1_credit_memo_next_credit_memo_number_retrieve":
        return
    ok = op["responses"]["200"]
    op["responses"]["200"] = _changed(
        ok,
        {
            "description": "The number the next credit memo created without one gets",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {"credit_memo_number": {"type": "string"}},
                        "required": ["credit_memo_number"],
                    }
                }
            },
        },
        "the endpoint answers the next credit memo number; upstream declares no body",
    )


#: Payables operations that plainly answer data where upstream declares no body.
PAYABLES_REASON = "the service answers this body; upstream declares none"


def add_payables_bodies(op: dict[str, Any]) -> None:
    """``GET /coa/api/v1/bill/`` answers a DRF page of bills (its description: "a paginated list of
    accounting bills"; deleted ones, with ``include_deleted=true``, "with minimal data"); a bill draft's
    promote and discard answer the draft (``BillDraftRead`` has ``promoted_bill`` and ``discard_reason``;
    discard is "terminal state with a required reason", so it takes one);
    ``next-debit-memo-number`` answers the number the next debit memo gets."""
    schema: dict[str, Any]
    if op["operationId"] == "coa_api_v1_bill_retrieve":
        schema = {"$ref": "#/components/schemas/PaginatedAccountingBillList"}
        description = "A page of bills"
    elif op["operationId"] in ("promote_bill_draft", "discard_bill_draft"):
        schema = {"$ref": "#/components/schemas/BillDraftRead"}
        description = "The draft, promoted (with its promoted_bill) or discarded"
        if op["operationId"] == "discard_bill_draft":
            op["requestBody"] = {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"discard_reason": {"type": "string", "minLength": 1}},
                            "required": ["discard_reason"],
                        }
                    }
                },
                "required": True,
                MARK: {"reason": PAYABLES_REASON + " (a discard takes its required reason)", "added": True},
            }
    elif op["operationId"] == "coa_api_v1_debit_memo_next_debit_memo_number_retrieve":
        schema = {
            "type": "object",
            "properties": {"debit_memo_number": {"type": "string"}},
            "required": ["debit_memo_number"],
        }
        description = "The number the next debit memo created without one gets"
    else:
        return
    ok = op["responses"]["200"]
    op["responses"]["200"] = _changed(
        ok, {"description": description, "content": {"application/json": {"schema": schema}}}, PAYABLES_REASON
    )


AMORTIZATION_REASON = "the mock's straight-line schedule; upstream declares neither input nor answer"


def add_amortization(op: dict[str, Any]) -> None:
    """``generate-schedule`` (GET) takes ``amount``, ``start_date`` and ``months`` and answers a straight-line
    schedule; its PUT saves a schedule on a bill line (``bill_line``, ``schedule``) and answers it."""
    schedule = {"type": "array", "items": {"$ref": "#/components/schemas/AmortizationSchedule"}}
    if op["operationId"] == "generate_bill_amortization_schedule":
        for name, schema in (
            ("amount", {"type": "number", "minimum": 0.01, "maximum": 1e12}),
            ("start_date", {"type": "string", "format": "date"}),
            ("months", {"type": "integer", "minimum": 1, "maximum": 600}),
        ):
            op.setdefault("parameters", []).append(
                {
                    "in": "query",
                    "name": name,
                    "required": True,
                    "schema": schema,
                    MARK: {"reason": AMORTIZATION_REASON, "added": True},
                }
            )
    elif op["operationId"] == "save_bill_amortization_schedule":
        op["requestBody"] = {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "bill_line": {"type": "integer"},
                            "schedule": {
                                "type": "array",
                                "maxItems": 600,
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "date": {"type": "string", "format": "date"},
                                        "amount": {"type": "number"},
                                    },
                                    "required": ["date", "amount"],
                                },
                            },
                        },
                        "required": ["bill_line", "schedule"],
                    }
                }
            },
            "required": True,
            MARK: {"reason": AMORTIZATION_REASON, "added": True},
        }
    else:
        return
    ok = op["responses"]["200"]
    op["responses"]["200"] = _changed(
        ok,
        {"description": "The schedule", "content": {"application/json": {"schema": schedule}}},
        AMORTIZATION_REASON,
    )


def add_payables_schemas(schemas: dict[str, Any]) -> None:
    """The bill list's page (its deleted bills, ``add_deleted_records``'s ``DeletedRecord``)."""
    schemas["PaginatedAccountingBillList"] = {
        "type": "object",
        "required": ["count", "results"],
        "properties": {
            "count": {"type": "integer", "example": 123},
            "next": {"type": "string", "nullable": True, "format": "uri"},
            "previous": {"type": "string", "nullable": True, "format": "uri"},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/AccountingBill"}},
        },
        MARK: {"reason": PAYABLES_REASON, "added": True},
    }


#: Contract reads and exchange rates that plainly answer data where upstream declares no body.
ACTION_BODY_REASON = "the endpoint answers data its description implies; upstream declares no body"
EXCHANGE_REASON = "the twin's exchange-rate lookup; upstream declares no parameters or answer"
_NULLABLE_NUMBER = {"type": "number", "nullable": True}


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or list(properties)}


_COMMIT_FIGURES = {
    "total_value": {"type": "number"},
    "consumed_amount": {"type": "number"},
    "remaining_amount": {"type": "number"},
}
_RATE = _object(
    {
        "from_currency": {"type": "string"},
        "to_currency": {"type": "string"},
        "date": {"type": "string", "format": "date"},
        "rate": {**_NULLABLE_NUMBER, "description": "null when the workspace knows no rate between the two"},
    }
)
#: Named schemas of the answers below (named, so the SDK generates a model for each).
ACTION_SCHEMAS: dict[str, dict[str, Any]] = {
    "MinimumCommitPreview": _object(
        {
            "contract_id": {"type": "integer"},
            "period_start": {"type": "string", "format": "date"},
            "period_end": {"type": "string", "format": "date"},
            "minimum_monthly_commitment_amount": _NULLABLE_NUMBER,
            "usage_amount": {"type": "number"},
            "usage_count": {"type": "integer"},
            "shortfall_amount": _NULLABLE_NUMBER,
        }
    ),
    "PrepaidCommitFigures": _object(
        {"id": {"type": "integer"}, "name": {"type": "string", "nullable": True}, **_COMMIT_FIGURES}
    ),
    "PrepaidCommitSummary": _object(
        {
            "contract_id": {"type": "integer"},
            "commit_count": {"type": "integer"},
            **_COMMIT_FIGURES,
            "commits": {"type": "array", "items": {"$ref": "#/components/schemas/PrepaidCommitFigures"}},
        }
    ),
    "ExchangeRate": _RATE,
    "FileDownloadUrl": _object({"url": {"type": "string"}}),
}
ACTION_BODIES: dict[str, tuple[str, dict[str, Any]]] = {
    "rr_api_v1_contracts_minimum_commit_preview_retrieve": (
        "The shortfall the month-end minimum-commitment true-up would post now",
        {"$ref": "#/components/schemas/MinimumCommitPreview"},
    ),
    "get_prepaid_commit_summary": (
        "Each prepaid commit's value, consumption and remainder, and their totals",
        {"$ref": "#/components/schemas/PrepaidCommitSummary"},
    ),
    "ca_api_user_currency_rate_retrieve": (
        "The exchange rate from one currency to another on a day",
        {"$ref": "#/components/schemas/ExchangeRate"},
    ),
    "ca_api_user_currency_with_rate_retrieve": (
        "The rate from each of the workspace's currencies to one currency on a day",
        {"type": "array", "items": {"$ref": "#/components/schemas/ExchangeRate"}},
    ),
}


def add_action_schemas(schemas: dict[str, Any]) -> None:
    """The named answers of the contract reads, the exchange rates and the file download URL."""
    for name, schema in ACTION_SCHEMAS.items():
        reason = (
            FILE_REASON
            if name == "FileDownloadUrl"
            else EXCHANGE_REASON
            if name == "ExchangeRate"
            else ACTION_BODY_REASON
        )
        schemas[name] = {**copy.deepcopy(schema), MARK: {"reason": reason, "added": True}}


EXCHANGE_PARAMS: dict[str, list[tuple[str, bool, dict[str, Any]]]] = {
    "ca_api_user_currency_rate_retrieve": [
        ("from_currency", True, {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
        ("to_currency", True, {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
        ("date", False, {"type": "string", "format": "date"}),
    ],
    "ca_api_user_currency_with_rate_retrieve": [
        ("currency", True, {"type": "string", "pattern": "^[A-Za-z]{3}$"}),
        ("date", False, {"type": "string", "format": "date"}),
    ],
}


def add_action_bodies(op: dict[str, Any]) -> None:
    """The minimum-commit preview, the prepaid-commit summary and the exchange rates answer the figures
    their descriptions name (``ACTION_BODIES``); the exchange-rate lookups take the currencies and day."""
    found = ACTION_BODIES.get(op["operationId"])
    if found is None:
        return
    description, schema = found
    for name, required, param_schema in EXCHANGE_PARAMS.get(op["operationId"], []):
        op.setdefault("parameters", []).append(
            {
                "in": "query",
                "name": name,
                "required": required,
                "schema": copy.deepcopy(param_schema),
                MARK: {"reason": EXCHANGE_REASON, "added": True},
            }
        )
    reason = EXCHANGE_REASON if op["operationId"] in EXCHANGE_PARAMS else ACTION_BODY_REASON
    op["responses"]["200"] = _changed(
        op["responses"]["200"],
        {"description": description, "content": {"application/json": {"schema": copy.deepcopy(schema)}}},
        reason,
    )


FILE_REASON = "the upload answers the stored File and the temp URL its url; upstream declares no body"


def _upload_models() -> list[str]:
    """The models files attach to, as the upload's description lists them ("Supported Models"): one list, the
    mock's (``domain/files.py``)."""
    from campfire_mock.domain.files import MODELS

    return sorted(MODELS)


def add_file_bodies(op: dict[str, Any]) -> None:
    """``POST /ca/api/file/upload`` takes the multipart ``file`` and the ``model``/``object_id`` query its
    description documents, and answers the stored ``File``; ``temp-download-url`` answers ``{"url": ...}``
    ("JSON response with ``url`` key")."""
    schema: dict[str, Any]
    if op["operationId"] == "ca_api_file_upload_create":
        for name, required, param in (
            ("model", True, {"type": "string", "enum": _upload_models()}),
            ("object_id", False, {"type": "integer", "minimum": 0, "maximum": 2147483647}),
        ):
            op.setdefault("parameters", []).append(
                {
                    "in": "query",
                    "name": name,
                    "required": required,
                    "schema": param,
                    MARK: {"reason": FILE_REASON, "added": True},
                }
            )
        # JSON too: the mock reads every form body as the JSON it stands for (a file as a data: URL text).
        upload = {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}},
            "required": ["file"],
        }
        op["requestBody"] = {
            "content": {
                "multipart/form-data": {"schema": upload},
                "application/json": {"schema": copy.deepcopy(upload)},
            },
            "required": True,
            MARK: {"reason": FILE_REASON, "added": True},
        }
        schema = {"$ref": "#/components/schemas/File"}
        description = "The stored file"
    elif op["operationId"] == "get_file_temp_download_url":
        op.setdefault("parameters", []).append(
            {
                "in": "query",
                "name": "disposition",
                "schema": {"type": "string", "enum": ["inline", "attachment"]},
                MARK: {"reason": FILE_REASON, "added": True},
            }
        )
        schema = {"$ref": "#/components/schemas/FileDownloadUrl"}
        description = "A short-lived URL of the file's content"
    else:
        return
    op["responses"]["200"] = _changed(
        op["responses"]["200"],
        {"description": description, "content": {"application/json": {"schema": schema}}},
        FILE_REASON,
    )


READ_BODY_REASON = "the endpoint plainly returns data (its description and name say which); upstream declares no body"
SIDE_EFFECT_REASON = "the action's input as its description names it; upstream declares none"


def _param(name: str, schema: dict[str, Any], required: bool, reason: str, description: str) -> dict[str, Any]:
    return {
        "in": "query",
        "name": name,
        "required": required,
        "description": description,
        "schema": schema,
        MARK: {"reason": reason, "added": True},
    }


_ID = {"type": "integer", "minimum": 1, "maximum": 2147483647}
_PAGING = (
    ("limit", {"type": "integer"}, "Number of results to return per page."),
    ("offset", {"type": "integer"}, "The initial index from which to return the results."),
)
_BALANCE_AMOUNT = {"type": "number", "format": "double", "nullable": True}
#: Named answers of the reads below (named, so the SDK generates a model for each).
READ_SCHEMAS: dict[str, dict[str, Any]] = {
    "TransactionMatchCount": _object({"count": {"type": "integer", "minimum": 0}}),
    "UsageEventDistinctValues": _object(
        {
            "field": {"type": "string"},
            "values": {"type": "array", "items": {}, "description": "Each distinct value once, in sorted order."},
        }
    ),
    "IntercompanyBalanceLine": {
        "type": "object",
        "description": "A line as sent (its other fields echoed), with its book and consolidation amounts.",
        "properties": {
            "entity": {"type": "integer"},
            "entity_name": {"type": "string", "nullable": True},
            "entity_currency": {"type": "string", "nullable": True},
            "currency": {"type": "string", "nullable": True},
            "account": {"type": "integer", "nullable": True, "description": "null on a balancing line"},
            "debit_amount_native": _BALANCE_AMOUNT,
            "credit_amount_native": _BALANCE_AMOUNT,
            "debit_amount_book": _BALANCE_AMOUNT,
            "credit_amount_book": _BALANCE_AMOUNT,
            "debit_amount": _BALANCE_AMOUNT,
            "credit_amount": _BALANCE_AMOUNT,
            "is_balancing": {"type": "boolean", "description": "A line the balancing added"},
        },
        "required": ["entity", "currency", "is_balancing"],
        "additionalProperties": True,
    },
    "IntercompanyBalanceRate": _object(
        {
            "entity": {"type": "integer"},
            "entity_name": {"type": "string", "nullable": True},
            "originating_currency": {"type": "string"},
            "target_currency": {"type": "string"},
            "exchange_rate": {"type": "number", "format": "double", "nullable": True},
        }
    ),
    "IntercompanyBalance": _object(
        {
            "date": {"type": "string", "format": "date", "nullable": True},
            "transactions": {"type": "array", "items": {"$ref": "#/components/schemas/IntercompanyBalanceLine"}},
            "exchange_rates": {"type": "array", "items": {"$ref": "#/components/schemas/IntercompanyBalanceRate"}},
        }
    ),
}


def _array_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}}


#: operationId -> (answer description, schema, media type, query parameters).
READ_BODIES: dict[str, tuple[str, dict[str, Any], str, list[dict[str, Any]]]] = {
    "list_fixed_asset_automation_accounts": (
        "The chart's accounts of subtype FIXED_ASSET",
        _array_of("ChartAccount"),
        "application/json",
        [],
    ),
    "list_fixed_asset_automation_asset_classes": (
        "The fixed asset classes whose asset_account is the account",
        _array_of("FixedAssetClass"),
        "application/json",
        [_param("account_id", _ID, True, READ_BODY_REASON, "The asset account the classes must use.")],
    ),
    "list_fixed_asset_reconciliation_unmatched_gl": (
        "A page of the GL lines on fixed-asset accounts that no fixed asset's purchase names",
        {"$ref": "#/components/schemas/PaginatedChartTransactionList"},
        "application/json",
        [
            _param(
                "account_id",
                _ID,
                False,
                READ_BODY_REASON,
                "One control account (every FIXED_ASSET account by default).",
            ),
            _param("entity", _ID, False, READ_BODY_REASON, "Only this entity's lines."),
            _param("start_date", {"type": "string", "format": "date"}, False, READ_BODY_REASON, "First day."),
            _param("end_date", {"type": "string", "format": "date"}, False, READ_BODY_REASON, "Last day."),
            *(_param(n, s, False, READ_BODY_REASON, d) for n, s, d in _PAGING),
        ],
    ),
    "get_transaction_matches_count": (
        "How many transaction matches there are (of one status)",
        {"$ref": "#/components/schemas/TransactionMatchCount"},
        "application/json",
        [
            _param(
                "status",
                {"$ref": "#/components/schemas/TransactionMatchStatusEnum"},
                False,
                READ_BODY_REASON,
                "Count only the matches of this status.",
            )
        ],
    ),
    "coa_api_intercompany_journal_entry_balance_create": (
        "The entry balanced: each line with its book and consolidation amounts, balancing lines added",
        {"$ref": "#/components/schemas/IntercompanyBalance"},
        "application/json",
        [],
    ),
    "get_prepaid_commit_usage_event_distinct_values": (
        "The distinct values of one data field over the commit's usage events",
        {"$ref": "#/components/schemas/UsageEventDistinctValues"},
        "application/json",
        [
            _param(
                "field",
                {"type": "string", "minLength": 1, "maxLength": 200},
                True,
                READ_BODY_REASON,
                "The key in the events' data.",
            )
        ],
    ),
    "get_prepaid_commit_usage_events_template": (
        "A CSV file: the header row of a usage-event upload",
        {"type": "string"},
        "text/csv",
        [],
    ),
}
#: operationId -> the JSON body its description names.
SIDE_EFFECT_BODIES: dict[str, dict[str, Any]] = {
    "set_transaction_match_status": {
        "type": "object",
        "properties": {"action": {"type": "string", "enum": ["accept", "reject"]}},
        "required": ["action"],
    },
    "update_transaction_match_status": {
        "type": "object",
        "properties": {"action": {"type": "string", "enum": ["accept", "reject"]}},
        "required": ["action"],
    },
}


def add_read_schemas(schemas: dict[str, Any]) -> None:
    """The named answers of the reads ``add_read_bodies`` types."""
    for name, schema in READ_SCHEMAS.items():
        schemas[name] = {**copy.deepcopy(schema), MARK: {"reason": READ_BODY_REASON, "added": True}}


def add_read_bodies(op: dict[str, Any]) -> None:
    """Operations that plainly return data but declare no body answer the body their description implies
    (``READ_BODIES``); the match status actions take the ``action`` their description names."""
    found = READ_BODIES.get(op["operationId"])
    if found is not None:
        description, schema, media, params = found
        if params:
            op.setdefault("parameters", []).extend(copy.deepcopy(params))
        op["responses"]["200"] = _changed(
            op["responses"]["200"],
            {"description": description, "content": {media: {"schema": copy.deepcopy(schema)}}},
            READ_BODY_REASON,
        )
    body = SIDE_EFFECT_BODIES.get(op["operationId"])
    if body is not None and "requestBody" not in op:
        op["requestBody"] = {
            "content": {"application/json": {"schema": copy.deepcopy(body)}},
            "required": True,
            MARK: {"reason": SIDE_EFFECT_REASON, "added": True},
        }


ACTION_ANSWER_REASON = (
    "the action changes an object the twin keeps and answers it, as a DRF view answers what it wrote; "
    "upstream declares no body"
)
#: Named answers of the actions below (named, so the SDK generates a model for each).
ACTION_ANSWER_SCHEMAS: dict[str, dict[str, Any]] = {
    "AppliedInvoicePayment": _object({"invoice_id": {"type": "integer"}, "amount": {"type": "number"}}),
    "TransactionPaymentsApplied": _object(
        {
            "transaction_id": {"type": "integer"},
            "applied": _array_of("AppliedInvoicePayment"),
            "payment_ids": {"type": "array", "items": {"type": "integer"}},
            "journal_entry_ids": {"type": "array", "items": {"type": "integer"}},
            "unapplied_amount": {"type": "number"},
        }
    ),
}
#: operationId -> (status, answer description, schema).
ACTION_ANSWERS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "reject_transaction_match": ("200", "The match, rejected", {"$ref": "#/components/schemas/TransactionMatch"}),
    "set_transaction_match_status": (
        "200",
        "The match, accepted or rejected",
        {"$ref": "#/components/schemas/TransactionMatch"},
    ),
    "update_transaction_match_status": (
        "200",
        "The match, accepted or rejected",
        {"$ref": "#/components/schemas/TransactionMatch"},
    ),
    "create_transaction_invoice_payments": (
        "201",
        "What the transaction paid: each invoice and amount, the payments and entries made, what is left",
        {"$ref": "#/components/schemas/TransactionPaymentsApplied"},
    ),
    "update_prepaid_commit_consumption": (
        "200",
        "The consumption period as it stands",
        {"$ref": "#/components/schemas/ContractPrepaidCommitConsumption"},
    ),
}


def add_action_answer_schemas(schemas: dict[str, Any]) -> None:
    """The named answers ``add_action_answers`` types."""
    for name, schema in ACTION_ANSWER_SCHEMAS.items():
        schemas[name] = {**copy.deepcopy(schema), MARK: {"reason": ACTION_ANSWER_REASON, "added": True}}


def add_action_answers(op: dict[str, Any]) -> None:
    """Actions upstream declares bodyless that change an object the twin keeps answer it (``ACTION_ANSWERS``):
    a match's review answers the match (its retrieve's ``TransactionMatch``), applying a bank transaction to
    its client's invoices answers what it applied (the bulk-apply answer, typed), a consumption PUT the row."""
    found = ACTION_ANSWERS.get(op["operationId"])
    if found is None:
        return
    status, description, schema = found
    op["responses"][status] = _changed(
        op["responses"][status],
        {"description": description, "content": {"application/json": {"schema": copy.deepcopy(schema)}}},
        ACTION_ANSWER_REASON,
    )


FORM_BOOLEAN_REASON = "Django REST Framework reads true/false and 1/0 as booleans in form bodies, which carry no types"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
#: What a form may send for a boolean field: a form field is text, so ``1``/``0`` (also what an integer
#: 1/0 becomes) and ``true``/``false`` in any case.
FORM_BOOLEAN = {
    "anyOf": [
        {"type": "boolean"},
        {"type": "integer", "enum": [0, 1]},
        {"type": "string", "pattern": "^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|1|0)$"},
    ]
}


def form_booleans(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Each form body whose schema has boolean fields gets a ``<Name>Form`` twin in which those fields
    also take the text forms DRF's ``BooleanField`` reads; JSON bodies keep the plain booleans."""
    for item in paths.values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            content = (op.get("requestBody") or {}).get("content", {})
            for media in FORM_TYPES:
                ref = (content.get(media) or {}).get("schema", {}).get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                target = schemas.get(name)
                if not ref or target is None:
                    continue
                booleans = [k for k, v in target.get("properties", {}).items() if v.get("type") == "boolean"]
                if not booleans:
                    continue
                form_name = f"{name}Form"
                if form_name not in schemas:
                    twin = copy.deepcopy(target)
                    for key in booleans:
                        field = twin["properties"][key]
                        twin["properties"][key] = {
                            **{k: v for k, v in field.items() if k != "type"},
                            **copy.deepcopy(FORM_BOOLEAN),
                        }
                    twin[MARK] = {"reason": FORM_BOOLEAN_REASON, "added": True}
                    schemas[form_name] = twin
                old = content[media]["schema"]
                content[media]["schema"] = _changed(
                    old, {"$ref": f"#/components/schemas/{form_name}"}, FORM_BOOLEAN_REASON
                )


FORM_TEXT_REASON = (
    "a form field is text: it cannot carry null (DRF reads an empty value as null for a nullable field that is"
    " not text), and an urlencoded body cannot carry a nested object"
)
URLENCODED = "application/x-www-form-urlencoded"


_EMPTY_TEXT = {"type": "string", "enum": [""]}
_FIELD_META = ("readOnly", "writeOnly", "description", "title", MARK)


def _takes_empty(field: dict[str, Any]) -> bool:
    """Whether a field already accepts the empty text."""
    if field.get("$ref") == "#/components/schemas/BlankEnum" or field.get("enum") == [""]:
        return True
    if field.get("type") == "string" and not any(k in field for k in ("format", "enum", "minLength")):
        return re.search(field.get("pattern", ""), "") is not None
    return any(_takes_empty(b) for b in [*field.get("anyOf", []), *field.get("oneOf", [])])


def _form_field(field: dict[str, Any]) -> dict[str, Any]:
    """A property as a form can send it: no null (nor the ``NullEnum`` choice); a nullable one takes the
    empty text instead, which DRF reads as null."""
    out = {k: v for k, v in field.items() if k != "nullable"}
    for key in ("anyOf", "oneOf"):
        if key in out:
            out[key] = [_form_field(b) for b in out[key] if b.get("$ref") != "#/components/schemas/NullEnum"]
    if field.get("nullable") and not out.get("readOnly") and not _takes_empty(out):
        meta = {k: out.pop(k) for k in _FIELD_META if k in out}
        out = {**meta, "anyOf": [out, dict(_EMPTY_TEXT)]}
    return out


def _nested(field: dict[str, Any], schemas: dict[str, Any]) -> bool:
    """Whether a property may hold an object (or a list of them), which an urlencoded body cannot carry."""
    if "$ref" in field:
        target = schemas.get(field["$ref"].rsplit("/", 1)[-1], {})
        return target.get("type") == "object" or "properties" in target
    branches = [*field.get("anyOf", []), *field.get("oneOf", []), *field.get("allOf", [])]
    if branches:
        return any(_nested(b, schemas) for b in branches)
    if not any(k in field for k in ("type", "enum")):
        return True  # free-form: any JSON value, objects included
    if field.get("type") == "array":
        return _nested(field.get("items", {}), schemas)
    return field.get("type") == "object" or "properties" in field or "additionalProperties" in field


FORM_LIST = (
    "In a form, one part (or repeated key) per item, as DRF's getlist() reads a list; a list of objects takes"
    " a JSON object in each part, or one part holding the JSON list. DRF's indexed keys work too"
    " (rest_framework.utils.html.parse_html_list): `name[0]` is item 0, `name[0]field` the field of item 0, and"
    " so on inside items (`lines[0]tag_ids[0]`); `name[0][field]` names a field `[field]`, as in DRF."
)


def _form_list(field: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """A list field of a form says how a form sends a list (the mock's reading, ``http/forms.py``)."""
    branches = [field, *field.get("anyOf", []), *field.get("oneOf", [])]
    if field.get("readOnly") or not any(b.get("type") == "array" for b in branches):
        return field
    said = field.get("description")
    return {**field, "description": f"{said}\n\n{FORM_LIST}" if said else FORM_LIST}


def form_bodies(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Form bodies say what a form can carry: each form schema's twin (``<Name>Form`` for multipart,
    ``<Name>UrlencodedForm`` for urlencoded) drops null from its fields, and the urlencoded one drops the
    fields that hold objects; an operation whose body requires such a field takes no urlencoded body."""
    for item in paths.values():
        for method, op in item.items():
            body: dict[str, Any] = op.get("requestBody") or {} if method in HTTP_METHODS else {}
            content = body.get("content", {})
            for media in FORM_TYPES:
                ref = (content.get(media) or {}).get("schema", {}).get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                target = schemas.get(name) if ref else None
                if target is None or "properties" not in target:
                    continue
                flat = media == URLENCODED
                nested = [k for k, v in target["properties"].items() if flat and _nested(v, schemas)]
                written = {k for k in target.get("required", []) if not target["properties"].get(k, {}).get("readOnly")}
                if set(nested) & written:
                    new = copy.deepcopy({k: v for k, v in body.items() if k != MARK})
                    del new["content"][media]
                    op["requestBody"] = body = _changed(body, new, FORM_TEXT_REASON)
                    content = body["content"]
                    continue
                base = name[: -len("Form")] if name.endswith("Form") and name[:-4] in schemas else name
                form_name = f"{base}UrlencodedForm" if flat and nested else f"{base}Form"
                if form_name not in schemas or form_name == name:
                    twin = copy.deepcopy(target)
                    twin["properties"] = {
                        k: _form_list(_form_field(v), schemas) for k, v in twin["properties"].items() if k not in nested
                    }
                    if nested and "required" in twin:  # a field the form cannot carry is not required of it
                        twin["required"] = [k for k in twin["required"] if k not in nested]
                    if nested and "anyOf" in twin:  # nor is a choice of it (bulk-apply's `filters`)
                        twin["anyOf"] = [b for b in twin["anyOf"] if not set(b.get("required", [])) & set(nested)]
                        if not twin["anyOf"]:
                            del twin["anyOf"]
                    for key in twin.get("required", []):  # a form cannot send an empty list: it sends nothing
                        field = twin["properties"].get(key, {})
                        if field.get("type") == "array" and not field.get("readOnly") and not field.get("minItems"):
                            field["minItems"] = 1
                    for branch in twin.get("anyOf", []):  # nor in a choice (bulk-apply's `invoice_ids`)
                        said = branch.get("properties", {})
                        for key, field in said.items():
                            if key in branch.get("required", []) and field.get("type") == "array":
                                whole = twin["properties"].get(key, {})  # its items as the field says them
                                kept = {k: v for k, v in whole.items() if k not in _FIELD_META}
                                said[key] = {**kept, **field, "minItems": 1}
                    twin.pop("nullable", None)
                    if MARK not in twin:
                        twin[MARK] = {"reason": FORM_TEXT_REASON, "added": True}
                    schemas[form_name] = twin
                if form_name != name:
                    old = content[media]["schema"]
                    content[media]["schema"] = _changed(
                        old, {"$ref": f"#/components/schemas/{form_name}"}, FORM_TEXT_REASON
                    )


WEBHOOK_TOPICS_PATH = "/integrations/api/v1/webhook/topics"


def add_webhook_topics(paths: dict[str, Any]) -> None:
    """``GET /integrations/api/v1/webhook/topics``: the topics a webhook may subscribe to (Campfire
    documents none; the mock's are listed in the README)."""
    listing = paths.get("/integrations/api/v1/webhook", {}).get("get")
    if listing is None:
        return
    op: dict[str, Any] = {
        "operationId": "integrations_api_v1_webhook_topics_list",
        "summary": "List the topics a webhook may subscribe to",
        "tags": copy.deepcopy(listing.get("tags", [])),
        "security": copy.deepcopy(listing.get("security", [])),
        "responses": {
            "200": {
                "description": "Every topic, numbered",
                "content": {
                    "application/json": {
                        "schema": {"type": "array", "items": {"$ref": "#/components/schemas/WebhookTopic"}}
                    }
                },
            }
        },
    }
    add_error_responses(op, "get")
    op[MARK] = {"reason": "the mock's webhook topics; Campfire documents none", "added": True}
    paths[WEBHOOK_TOPICS_PATH] = {"get": op}


#: The GL log, its totals and the general ledger answer data though upstream declares no body
#: (observed-shapes.md: the GL log is a DRF page of ``ChartTransaction`` rows).
GL_LIST, GL_TOTALS, GENERAL_LEDGER = (
    "coa_api_transaction_retrieve",
    "get_chart_transaction_totals",
    "coa_api_general_ledger_retrieve",
)
GL_BODY_REASON = "the GL log returns a DRF page of ChartTransaction rows; upstream declares no body"
GL_FILTERS_REASON = "the GL log's filters, which its totals and the general ledger apply"
_NUMBER = {"type": "number", "format": "double"}
LEDGER_SCHEMAS: dict[str, Any] = {
    "PaginatedChartTransactionList": {
        "type": "object",
        "required": ["count", "results"],
        "properties": {
            "count": {"type": "integer"},
            "next": {"type": "string", "nullable": True, "format": "uri"},
            "previous": {"type": "string", "nullable": True, "format": "uri"},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/ChartTransaction"}},
        },
    },
    "ChartTransactionTotals": {
        "type": "object",
        "required": ["count", "debit_amount", "credit_amount", "amount"],
        "properties": {
            "count": {"type": "integer"},
            **{name: {**_NUMBER} for name in ("debit_amount", "credit_amount", "amount")},
            **{f"{name}_book": {**_NUMBER, "nullable": True} for name in ("debit_amount", "credit_amount", "amount")},
        },
    },
    "GeneralLedgerAccount": {
        "type": "object",
        "properties": {
            "account_id": {"type": "integer", "nullable": True},
            "account_name": {"type": "string"},
            "account_number": {"type": "string"},
            "account_type": {"type": "string", "nullable": True},
            **{name: {**_NUMBER} for name in ("opening_balance", "debits", "credits", "closing_balance")},
            "transactions": {"type": "array", "items": {"$ref": "#/components/schemas/ChartTransaction"}},
        },
    },
    "GeneralLedger": {
        "type": "object",
        "required": ["accounts"],
        "properties": {
            "currency": {"type": "string"},
            "start_date": {"type": "string", "format": "date", "nullable": True},
            "end_date": {"type": "string", "format": "date", "nullable": True},
            "accounts": {"type": "array", "items": {"$ref": "#/components/schemas/GeneralLedgerAccount"}},
        },
    },
}
LEDGER_BODIES = {
    GL_LIST: ("The GL transaction log, a page of ledger lines", "PaginatedChartTransactionList", GL_BODY_REASON),
    GL_TOTALS: (
        "Sums of the GL lines the filters select",
        "ChartTransactionTotals",
        "the totals of the GL log's lines; upstream declares no body",
    ),
    GENERAL_LEDGER: (
        "Per account: opening balance, lines, debits, credits, closing balance",
        "GeneralLedger",
        "the general ledger by account; upstream declares no body",
    ),
}


def add_ledger_bodies(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """The GL log, its totals and the general ledger: their bodies, the GL log's ``cursor`` (Campfire's docs
    tell to send an empty ``cursor=``), and its filters on the other two; a GL line's consolidated ``amount``
    is null where no rate converts it."""
    ops = {op["operationId"]: op for item in paths.values() for m, op in item.items() if m in HTTP_METHODS}
    if GL_LIST not in ops:
        return
    for name, schema in LEDGER_SCHEMAS.items():
        schemas[name] = {**copy.deepcopy(schema), MARK: {"reason": GL_BODY_REASON, "added": True}}
    for op_id, (description, schema_name, reason) in LEDGER_BODIES.items():
        op = ops[op_id]
        ok = op["responses"]["200"]
        body = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}}
        op["responses"]["200"] = _changed(ok, {"description": description, "content": body}, reason)
    gl = ops[GL_LIST]
    filters = [copy.deepcopy(p) for p in gl.get("parameters", []) if p.get("in") == "query"]
    gl["parameters"].append(
        {
            "in": "query",
            "name": "cursor",
            "allowEmptyValue": True,
            "schema": {"type": "string"},
            "description": "Send empty to start cursor paging in (last_modified_at, id) order; follow `next`.",
            MARK: {"reason": "cursor paging of the GL log, as Campfire's docs describe", "added": True},
        }
    )
    for op_id in (GL_TOTALS, GENERAL_LEDGER):
        params = ops[op_id].setdefault("parameters", [])
        params += [{**p, MARK: {"reason": GL_FILTERS_REASON, "added": True}} for p in copy.deepcopy(filters)]
        add_error_responses(ops[op_id], "get")  # now that it has input: its 400
    amount = schemas["ChartTransaction"]["properties"]["amount"]
    schemas["ChartTransaction"]["properties"]["amount"] = _changed(
        amount, {**amount, "nullable": True}, "null where no exchange rate converts a line to the root currency"
    )


#: The ledger through the report engine: Campfire's GL log takes ``group_fields``/``group_keys``/``pivot_fields``/
#: ``shouldPivot``/``aggregation_fields`` (``sum:amount,count:id``) but documents no answer for them, and its list
#: answer stays a page of lines; the grouped answer, in the invoice report's shape, is served beside it.
LEDGER_REPORT_PATH = "/coa/api/transaction/report"
LEDGER_REPORT_REASON = (
    "the GL log's grouping parameters (group_fields, pivot_fields, aggregation_fields) answered by the report"
    " engine over ledger lines, in the invoice report's shape; Campfire documents no grouped answer"
)
#: The invoice report's parameters the ledger report takes too (grouping, values, paging, output, sort).
LEDGER_REPORT_SHARED = (
    "group_fields",
    "group_keys",
    "pivot_fields",
    "shouldPivot",
    "aggregation_fields",
    "include_totals",
    "mode",
    "limit",
    "offset",
    "sort",
    "nested",
    "flat",
    "columns",
    "page",
    "page_size",
)
#: The GL log's own filters (comma lists or repeated, as its other filters) and the ledger's extensions.
LEDGER_REPORT_FILTERS: tuple[tuple[str, dict[str, Any], str], ...] = (
    (
        "start_date",
        {"type": "string", "format": "date"},
        "Earliest posting date (inclusive); six months ago if no bound",
    ),
    ("end_date", {"type": "string", "format": "date"}, "Latest posting date (inclusive); the end of this month"),
    ("all_time", {"type": "boolean"}, "Every date: start_date and end_date are ignored"),
    ("posted_at_timeframe", {"type": "string"}, "this_month, last_quarter, last_<N>_days... on the workspace clock"),
    *(
        (name, {"type": "string"}, "Ids, comma-separated or repeated; null for none")
        for name in (
            "account",
            "account_id",
            "accounts",
            "entity",
            "entity_id",
            "vendor",
            "vendor_id",
            "department",
            "department_id",
            "journal",
            "tag",
            "tag_id",
        )
    ),
    *(
        (name, {"type": "string"}, "Values, comma-separated or repeated")
        for name in (
            "currency",
            "entity_currency",
            "journal_type",
            "account_type",
            "account_subtype",
        )
    ),
    ("no_department", {"type": "boolean"}, "Lines without a department (department=null)"),
    ("no_vendor", {"type": "boolean"}, "Lines without a vendor (vendor=null)"),
)


def add_ledger_report(paths: dict[str, Any]) -> None:
    """``GET /coa/api/transaction/report``: GL lines grouped, pivoted, totalled per currency or listed, with the
    invoice report's answer (JSON or CSV) and the GL log's filters."""
    gl = paths.get("/coa/api/transaction", {}).get("get")
    preview = paths.get("/coa/api/v1/invoice/report/preview", {}).get("get")
    if gl is None or preview is None:
        return
    by_name = {p["name"]: p for p in preview.get("parameters", [])}
    params = [{k: v for k, v in copy.deepcopy(by_name[n]).items() if k != MARK} for n in LEDGER_REPORT_SHARED]
    params += [
        {"in": "query", "name": name, "schema": schema, "description": text}
        for name, schema, text in LEDGER_REPORT_FILTERS
    ]
    op: dict[str, Any] = {
        "operationId": "coa_api_transaction_report_retrieve",
        "summary": "Report on GL transactions",
        "description": (
            "Ledger lines grouped by `group_fields` (account, account_type, account_subtype, entity, vendor,"
            " department, journal, journal_type, currency, entity_currency, posted_at_<day|week|month|quarter|year>,"
            " tag_group_<id>: a line's tag in that tag group, as the income statement's group_by=tag),"
            " with `aggregation_fields` (sum/avg/min/max of amount, debit_amount, credit_amount and their _book"
            " twins; count:id), pivots, totals per currency, detail listings (`columns`) and CSV, as the invoice"
            " report. The GL log's filters and date window apply."
        ),
        "tags": copy.deepcopy(gl.get("tags", [])),
        "security": copy.deepcopy(gl.get("security", [])),
        "parameters": params,
        "responses": copy.deepcopy({"200": preview["responses"]["200"]}),
        MARK: {"reason": LEDGER_REPORT_REASON, "added": True},
    }
    add_error_responses(op, "get")
    paths[LEDGER_REPORT_PATH] = {"get": op}


#: The statements' bodies: upstream declares the balance sheet's and income statement's loosely (a literal
#: ``YYYY-MM-DD`` property) and no body for cash flow v2 and the cash-basis statements; these name them,
#: so clients (and the SDK) get typed answers. Evidence per schema in spec/README.md.
STATEMENT_REASON = "the statement's answer, typed; upstream declares it loosely or not at all"
_DATE = {"type": "string", "format": "date"}
_ROW_FIELDS: dict[str, Any] = {
    "account_id": {"type": "integer"},
    "account_name": {"type": "string"},
    "account_number": {"type": "string"},
    "hierarchy": {"type": "array", "items": {"type": "string"}},
}
_AMOUNTS = {"type": "object", "additionalProperties": {"type": "string"}, "description": "Decimal strings by period."}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _statement(key: str, row: str, **more: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [key, "start_date", "end_date", "cadence", "headers"],
        "properties": {
            key: {"type": "array", "items": _ref(row)},
            "start_date": _DATE,
            "end_date": _DATE,
            "cadence": {"type": "string"},
            "currency": {"type": "string"},
            "headers": {"type": "object", "additionalProperties": _ref("StatementPeriod")},
            **more,
        },
    }


def _comparative(key: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [key, "headers", "budget_id"],
        "properties": {
            key: {"type": "array", "items": _ref("ComparativeStatementRow")},
            "headers": {
                "type": "object",
                "description": "Each comparison's four columns: earlier, later, Difference, Percentage.",
                "additionalProperties": {"type": "array", "items": {"type": "string"}},
            },
            "budget_id": {"type": "string", "nullable": True},
            "start_date": _DATE,
            "end_date": _DATE,
            "cadence": {"type": "string"},
            "currency": {"type": "string"},
        },
    }


def _cash_flow_line() -> dict[str, Any]:
    return {"type": "object", "properties": {**_ROW_FIELDS, "account_subtype": {"type": "string"}, "amounts": _AMOUNTS}}


STATEMENT_SCHEMAS: dict[str, Any] = {
    "StatementPeriod": {"type": "object", "properties": {"start": _DATE, "end": _DATE}},
    "BalanceSheetCell": {"type": "object", "properties": {"ending_balance": {"type": "number"}}},
    "BalanceSheetRow": {
        "type": "object",
        "description": "An account, Retained Earnings or Net Income: a cell per period end and per group.",
        "properties": copy.deepcopy(_ROW_FIELDS),
        "additionalProperties": _ref("BalanceSheetCell"),
    },
    "BalanceSheetTotals": {
        "type": "object",
        "properties": {name: {"type": "number"} for name in ("assets", "liabilities", "equity")},
    },
    "BalanceSheetResponse": _statement(
        "balance_sheet",
        "BalanceSheetRow",
        totals={"type": "object", "additionalProperties": _ref("BalanceSheetTotals")},
    ),
    "IncomeStatementRow": {
        "type": "object",
        "description": "An account (or Net Income); its activity per period, `<date>_<group>` per group.",
        "properties": copy.deepcopy(_ROW_FIELDS),
        "additionalProperties": {"type": "number", "nullable": True},
    },
    "IncomeStatementResponse": _statement(
        "income_statement",
        "IncomeStatementRow",
        basis={"type": "string", "description": "`cash` on the cash-basis statements."},
    ),
    "ComparativeStatementRow": {
        "type": "object",
        "description": "`<date>_Total` per period, `comparison_<n>_Difference` and `comparison_<n>_Percentage`.",
        "properties": copy.deepcopy(_ROW_FIELDS),
        "additionalProperties": {"type": "number", "nullable": True},
    },
    "ComparativeBalanceSheetResponse": _comparative("balance_sheet"),
    "ComparativeIncomeStatementResponse": _comparative("income_statement"),
    "CashFlowV2Line": _cash_flow_line(),
    "CashFlowV2Section": {
        "type": "object",
        "properties": {"lines": {"type": "array", "items": _ref("CashFlowV2Line")}, "total": _AMOUNTS},
    },
    "CashFlowV2Operating": {
        "type": "object",
        "properties": {
            "net_income": _AMOUNTS,
            "non_cash_adjustments": {"type": "array", "items": _ref("CashFlowV2Line")},
            "working_capital": {"type": "array", "items": _ref("CashFlowV2Line")},
            "total": _AMOUNTS,
        },
    },
    "CashFlowV2Disclosure": {
        "type": "object",
        "properties": {
            "journal": {"type": "integer"},
            "date": _DATE,
            "memo": {"type": "string"},
            "accounts": {"type": "array", "items": {"type": "string"}},
            "amount": {"type": "string"},
        },
    },
    "CashFlowV2": {
        "type": "object",
        "required": ["start_date", "end_date", "cadence", "operating", "investing", "financing", "plug"],
        "properties": {
            "start_date": _DATE,
            "end_date": _DATE,
            "cadence": {"type": "string"},
            "currency": {"type": "string"},
            "periods": {
                "type": "array",
                "items": {"type": "object", "properties": {"key": {"type": "string"}, "start": _DATE, "end": _DATE}},
            },
            "operating": _ref("CashFlowV2Operating"),
            "investing": _ref("CashFlowV2Section"),
            "financing": _ref("CashFlowV2Section"),
            **{
                name: copy.deepcopy(_AMOUNTS)
                for name in (
                    "effect_of_exchange_rate_changes",
                    "net_change_in_cash",
                    "beginning_cash",
                    "ending_cash",
                    "plug",
                )
            },
            "non_cash_disclosures": {"type": "array", "items": _ref("CashFlowV2Disclosure")},
        },
    },
    "CashBasisTransaction": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "journal": {"type": "integer"},
            "journal_type": {"type": "string"},
            "source": {"type": "string"},
            "date": _DATE,
            "memo": {"type": "string"},
            "entity": {"type": "integer", "nullable": True},
            "account_id": {"type": "integer", "nullable": True},
            "account_name": {"type": "string"},
            "account_number": {"type": "string"},
            "account_type": {"type": "string"},
            "vendor": {"type": "integer", "nullable": True},
            "department": {"type": "integer", "nullable": True},
            "amount": {"type": "number", "nullable": True},
        },
    },
    "CashBasisTransactions": {
        "type": "object",
        "required": ["start_date", "end_date", "count", "transactions"],
        "properties": {
            "start_date": _DATE,
            "end_date": _DATE,
            "currency": {"type": "string"},
            "count": {"type": "integer"},
            "transactions": {"type": "array", "items": _ref("CashBasisTransaction")},
        },
    },
}
#: operationId -> (the 200's description, its schema, whether upstream declares a body at all).
STATEMENT_BODIES = {
    "ca_api_get_balance_sheet_retrieve": ("Ending balances per period", "BalanceSheetResponse"),
    "ca_api_get_income_statement_retrieve": ("Activity per period", "IncomeStatementResponse"),
    "ca_api_balance_sheet_comparative_retrieve": ("Consecutive periods compared", "ComparativeBalanceSheetResponse"),
    "ca_api_income_statement_comparative_retrieve": (
        "Consecutive periods compared",
        "ComparativeIncomeStatementResponse",
    ),
    "ca_api_get_cash_flow_v2_retrieve": ("The sectioned cash flow statement", "CashFlowV2"),
    "ca_api_cash_basis_retrieve": ("The income statement on the cash basis", "IncomeStatementResponse"),
    "ca_api_cash_basis_operating_statement_retrieve": (
        "The cash-basis statement with Net Operating Income",
        "IncomeStatementResponse",
    ),
    "ca_api_cash_operating_statement_transactions_retrieve": (
        "The cash basis's income-statement lines",
        "CashBasisTransactions",
    ),
}
#: Parameters the statements read that upstream does not declare on them: name -> (schema, text, operations).
_TAG_GROUP = "Tag group ID. Required when group_by=tag"
STATEMENT_PARAMETERS: dict[str, tuple[dict[str, Any], str, tuple[str, ...]]] = {
    "group": (
        {"type": "integer"},
        _TAG_GROUP,
        (
            "ca_api_get_balance_sheet_retrieve",
            "ca_api_get_income_statement_retrieve",
            "ca_api_get_trial_balance_retrieve",
            "ca_api_balance_sheet_comparative_retrieve",
            "ca_api_income_statement_comparative_retrieve",
        ),
    ),
    "start_date": (
        _DATE,
        "The first period compared (default: the period before the one end_date falls in)",
        ("ca_api_balance_sheet_comparative_retrieve", "ca_api_income_statement_comparative_retrieve"),
    ),
    "end_date": (
        _DATE,
        "The last day compared (default: the end of the current month)",
        ("ca_api_balance_sheet_comparative_retrieve", "ca_api_income_statement_comparative_retrieve"),
    ),
}


def add_statement_bodies(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """The statements' bodies as named schemas (replacing the loose or missing upstream ones), and the
    parameters the statements read that upstream does not declare on them (``group`` for tags; the
    comparatives' window)."""
    ops = {op["operationId"]: op for item in paths.values() for m, op in item.items() if m in HTTP_METHODS}
    if "ca_api_get_balance_sheet_retrieve" not in ops:
        return
    for name, schema in STATEMENT_SCHEMAS.items():
        schemas[name] = {**copy.deepcopy(schema), MARK: {"reason": STATEMENT_REASON, "added": True}}
    for op_id, (description, schema_name) in STATEMENT_BODIES.items():
        op = ops[op_id]
        ok = op["responses"]["200"]
        content: dict[str, Any] = {"schema": _ref(schema_name)}
        examples = ok.get("content", {}).get("application/json", {}).get("examples")
        if examples:
            content["examples"] = copy.deepcopy(examples)
        new = {"description": ok.get("description") or description, "content": {"application/json": content}}
        op["responses"]["200"] = _changed(ok, new, STATEMENT_REASON)
    for name, (schema, text, op_ids) in STATEMENT_PARAMETERS.items():
        for op_id in op_ids:
            params = ops[op_id].setdefault("parameters", [])
            if any(p.get("name") == name and p.get("in") == "query" for p in params):
                continue
            params.append(
                {
                    "in": "query",
                    "name": name,
                    "schema": copy.deepcopy(schema),
                    "description": text,
                    MARK: {"reason": "read by the statement; upstream does not declare it here", "added": True},
                }
            )


#: What drf-spectacular writes for a primary-key relation: a bare integer (a model ``IntegerField`` carries
#: its column's ``minimum``/``maximum``, a serializer field with an example carries the example).
RELATION_KEYS = frozenset({"type", "nullable", "writeOnly"})


def relation_fields(schemas: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Writable relation fields by schema: the listed ones, and every writable bare integer."""
    found: dict[str, tuple[str, ...]] = {}
    for schema_name, schema in schemas.items():
        listed = RELATION_FIELDS.get(schema_name, ())
        bare = [
            name
            for name, node in schema.get("properties", {}).items()
            if node.get("type") == "integer" and set(node) <= RELATION_KEYS and name not in listed
        ]
        if listed or bare:
            found[schema_name] = (*listed, *bare)
    return found


def relax_relations(schemas: dict[str, Any]) -> None:
    """Relations accept numeric strings (and "" for null) as DRF does."""
    for schema_name, fields in relation_fields(schemas).items():
        props = schemas[schema_name]["properties"]
        for field in fields:
            node = props[field]
            if node.get("type") != "integer" or node.get("readOnly"):
                raise ValueError(f"{schema_name}.{field} is no longer a writable integer upstream")
            nullable = bool(node.get("nullable"))
            new: dict[str, Any] = {
                "anyOf": [
                    {"type": "integer", "nullable": True} if nullable else {"type": "integer"},
                    {"type": "string", "pattern": "^[0-9]*$" if nullable else "^[0-9]+$"},
                ]
            }
            if nullable:
                new["nullable"] = True
            for kept in ("writeOnly", "description"):
                if kept in node:
                    new[kept] = node[kept]
            props[field] = _changed(
                node,
                new,
                "Django REST Framework accepts a relation id as a numeric string"
                + (' ("" means null)' if nullable else "")
                + "; Campfire's own Create Invoice example sends them so",
            )


#: A decimal as text, as Django REST Framework's ``DecimalField`` reads it.
DECIMAL_TEXT = r"^-?[0-9]+(\.[0-9]+)?$"


def decimal_text(number: dict[str, Any]) -> str:
    """The pattern of a decimal as text within the number's bounds, where a pattern can say them: below
    ``10**k`` either way (``max_digits``: at most ``k`` whole digits), or from 0 to ``10**k`` inclusive (a
    rate, a percentage); any other bound is left to the ``DecimalField`` (a 400 naming it)."""
    low, high = number.get("minimum"), number.get("maximum")
    if not isinstance(high, (int, float)) or not isinstance(low, (int, float)) or high < 1:
        return DECIMAL_TEXT
    digits = len(str(int(high))) - 1
    if int(high) != 10**digits:
        return DECIMAL_TEXT
    exclusive = bool(number.get("exclusiveMaximum")) and bool(number.get("exclusiveMinimum"))
    if exclusive and low == -high and digits >= 1:
        return rf"^-?[0-9]{{1,{digits}}}(\.[0-9]+)?$"
    if not number.get("exclusiveMaximum") and not number.get("exclusiveMinimum") and low == 0:
        whole = "0" if digits == 0 else f"[0-9]{{1,{digits}}}"
        return rf"^({whole}(\.[0-9]+)?|{10**digits}(\.0+)?)$"
    return DECIMAL_TEXT


def relax_decimals(schemas: dict[str, Any]) -> None:
    """Writable numbers accept a decimal string (``"2500.00"``), as DRF's ``DecimalField`` does, within the
    number's bounds where a pattern can say them (``decimal_text``)."""
    for schema in schemas.values():
        props = schema.get("properties", {})
        for field, node in list(props.items()):
            if node.get("type") != "number" or node.get("readOnly") or node.get("format") != "double":
                continue
            nullable = bool(node.get("nullable"))
            number = {k: v for k, v in node.items() if k != "writeOnly"}
            text = {"type": "string", "pattern": decimal_text(number), **({"nullable": True} if nullable else {})}
            new: dict[str, Any] = {"anyOf": [number, text]}
            if nullable:
                new["nullable"] = True
            for kept in ("writeOnly", "description"):
                if kept in node:
                    new[kept] = node[kept]
            props[field] = _changed(
                node,
                new,
                "Django REST Framework accepts a decimal as a numeric string; Campfire's own contract"
                " bundle and subscription examples send amounts so",
            )


#: Read-only dates that upstream calls non-nullable, though nothing can fill them until it happens.
NULL_UNTIL_SET = {
    "AccountingCreditMemo": ("voided_date",),
    "AccountingBill": ("voided_date",),
    "AccountingDebitMemo": ("voided_date",),
    "Contract": ("effective_end_date", "working_end_date"),
}


def nullable_dates(schemas: dict[str, Any]) -> None:
    """A credit memo that is not voided has no void date; an evergreen contract has no end date."""
    for schema_name, fields in NULL_UNTIL_SET.items():
        props = schemas[schema_name]["properties"]
        for field in fields:
            node = props[field]
            props[field] = _changed(node, {**node, "nullable": True}, "null until the date exists")


#: GL line schemas whose ``entity`` is the entry's, which an entry posted without an entity lacks.
LINE_ENTITY_SCHEMAS = ("ChartTransaction", "PatchedChartTransaction")
LINE_ENTITY_REASON = (
    "a GL line's entity is its journal entry's, and a journal entry may be posted without an entity (the"
    " journal entry's own `entity` is nullable upstream): its lines answer null there, not an invented 0"
)


def nullable_line_entity(schemas: dict[str, Any]) -> None:
    """A GL line of an entry posted without an entity answers ``entity`` null, as the entry does."""
    for schema_name in LINE_ENTITY_SCHEMAS:
        props = schemas[schema_name]["properties"]
        node = props["entity"]
        integer, text = node.get("anyOf", ({}, {}))  # as ``relax_relations`` leaves a non-null relation
        if node.get("nullable") or integer.get("type") != "integer" or text.get("pattern") != "^[0-9]+$":
            raise ValueError(f"{schema_name}.entity is no longer a non-null relation id")
        branches = [{**integer, "nullable": True}, {**text, "pattern": "^[0-9]*$"}]  # "" is null, as DRF reads it
        nullable = {k: v for k, v in node.items() if k != MARK} | {"anyOf": branches, "nullable": True}
        props["entity"] = _changed(node, nullable, LINE_ENTITY_REASON)


#: Fields real responses carry with another type than upstream's ``string`` (reference: observed-shapes.md,
#: fixtures captured from the live API by a public MCP client): schema -> field -> the type observed.
OBSERVED_TYPES: dict[str, dict[str, dict[str, Any]]] = {
    "AccountingBill": {
        "amortizations": {"type": "array", "items": {"type": "object", "additionalProperties": {}}},
        "ramp_use_sandbox": {"type": "boolean"},
        "zip_metadata": {"type": "string", "nullable": True},
    },
    "JournalEntry": {"ramp_use_sandbox": {"type": "boolean"}},
    "ChartTransaction": {"files": {"type": "array", "items": {}}, "file_names": {"type": "array", "items": {}}},
    "Contract": {
        "tags": {"type": "array", "items": {}},
        "usage_tiers": {"type": "array", "items": {}},
        "is_deleted": {"type": "boolean"},
    },
}
OBSERVED_REASON = "real responses carry this type (observed shapes of captured Campfire responses)"


def follow_observed_types(schemas: dict[str, Any]) -> None:
    """Arrays and booleans that upstream types ``string``, as real responses carry them (and their ``Patched``
    twins); nullability, read-only and description are kept."""
    for schema_name, fields in OBSERVED_TYPES.items():
        for name in (schema_name, f"Patched{schema_name}"):
            props = schemas.get(name, {}).get("properties", {})
            for field, observed in fields.items():
                node = props[field]
                if node.get("type") != "string":
                    raise ValueError(f"{name}.{field} is no longer a string upstream")
                kept = {k: v for k, v in node.items() if k in ("nullable", "readOnly", "writeOnly", "description")}
                props[field] = _changed(node, {**observed, **kept}, OBSERVED_REASON)


#: Why a budget account's ``account_lineage`` is its account's lineage array (``budget_account_lineage``).
ACCOUNT_LINEAGE_REASON = (
    "a budget account's lineage is its account's; upstream types it string, as drf-spectacular types a"
    " ReadOnlyField it cannot read, but the account's lineage (ChartAccount.lineage_array, 'from root to this"
    " account') is an array of strings, as real customers' lineage is (observed shapes); null without an account"
)


def budget_account_lineage(schemas: dict[str, Any]) -> None:
    """``BudgetAccount.account_lineage`` (and its ``Patched`` twin): the account's lineage, an array of strings
    (``ChartAccount.lineage_array``'s items), read-only, null where the budget account names no account."""
    items = schemas["ChartAccount"]["properties"]["lineage_array"]["items"]
    for name in ("BudgetAccount", "PatchedBudgetAccount"):
        props = schemas[name]["properties"]
        node = props["account_lineage"]
        if node.get("type") != "string":
            raise ValueError(f"{name}.account_lineage is no longer a string upstream")
        new = {"type": "array", "items": copy.deepcopy(items), "readOnly": True, "nullable": True}
        props["account_lineage"] = _changed(node, new, ACCOUNT_LINEAGE_REASON)


#: Read-only client fields that Campfire's Retrieve Invoice example shows as null for a client without them.
NULL_CLIENT_FIELDS = ("client_email", "client_invoice_message")


def nullable_client_fields(schemas: dict[str, Any]) -> None:
    """A client with no e-mail or invoice message shows null there (the docs' own example), not ``""``."""
    for schema_name in ("AccountingInvoice", "AccountingInvoiceList"):
        props = schemas[schema_name]["properties"]
        for field in NULL_CLIENT_FIELDS:
            node = props[field]
            props[field] = _changed(
                node, {**node, "nullable": True}, "null when the client has none, as Retrieve Invoice's example shows"
            )


#: Read-only fields the server always fills, which stay as upstream types them.
ALWAYS_SET = frozenset({"id", "created_at", "last_modified_at", "updated_at", "customer"})
NULL_READ_ONLY_REASON = (
    "null where the object has no value: real responses show null for read-only fields upstream calls"
    " non-nullable (observed shapes: intercompany_journal, reconciliation_report, opposing_account_name,"
    " client_terms, deleted_at, voided_date), as Django REST Framework renders a field whose source is"
    " None (rest_framework/serializers.py, Serializer.to_representation)"
)


def nullable_read_only(schemas: dict[str, Any]) -> None:
    """Read-only strings and integers (names and ids of relations, orders, dates) answer null where the
    object has none, as real responses do, instead of a made-up ``""``, ``0`` or today. Read-only numbers
    (balances, totals) stay as upstream types them: the twin computes them, ``0`` included."""
    for schema in schemas.values():
        props = schema.get("properties", {})
        for name, node in list(props.items()):
            if (
                name in ALWAYS_SET
                or not node.get("readOnly")
                or node.get("nullable")
                or MARK in node
                or "enum" in node
                or node.get("type") not in ("string", "integer")
            ):
                continue
            props[name] = _changed(node, {**node, "nullable": True}, NULL_READ_ONLY_REASON)


# --------------------------------------------------------------------------- values a client did not send

#: Writable fields whose upstream description states the default the service gives them (schema -> field
#: -> the default): evidence the schema's ``default`` keyword omits.
DESCRIBED_DEFAULTS: dict[str, dict[str, Any]] = {
    # "Default is FIXED_END."
    "ContractSubscription": {"renewal_behavior": "FIXED_END"},
}
DESCRIBED_DEFAULT_REASON = "the default upstream's own description of the field states"
NULL_UNSENT_REASON = (
    "null when the client sent nothing and upstream declares no default: Campfire's model default is not"
    ' published, so the twin answers null rather than a made-up "", 0 or first choice (real responses show'
    " null for unset optional fields: observed shapes, ref_number, dba, mailing_address, terms); the mark also"
    " admits null in requests, which the twin stores as not sent"
)
NULL_NESTED_REASON = (
    "null when the object has none: Django REST Framework renders a nested serializer whose source is None as"
    " null (rest_framework/serializers.py, Serializer.to_representation)"
)


def described_defaults(schemas: dict[str, Any]) -> None:
    """The defaults upstream's descriptions state become the schema's ``default`` (and its ``Patched`` twin's)."""
    for schema_name, fields in DESCRIBED_DEFAULTS.items():
        for name in (schema_name, f"Patched{schema_name}"):
            props = schemas.get(name, {}).get("properties", {})
            for field, value in fields.items():
                node = props[field]
                if "default" in node:
                    raise ValueError(f"{name}.{field} has a default upstream now")
                props[field] = _changed(node, {**node, "default": value}, DESCRIBED_DEFAULT_REASON)


#: Documents whose figures, numbers and currencies the service derives from their lines and entity (the
#: ledger's documents and their lines and payments): their optional fields are never left unset.
DERIVED_DOCUMENTS = ("AccountingInvoice", "AccountingBill", "AccountingCreditMemo", "AccountingDebitMemo")
DERIVED_ENTRIES = ("ChartTransaction",)


def _json_ref(content: dict[str, Any]) -> str:
    return str(content.get("application/json", {}).get("schema", {}).get("$ref", "")).rsplit("/", 1)[-1]


def _object_schemas(paths: dict[str, Any], schemas: dict[str, Any]) -> list[str]:
    """The objects clients write whole and read back (an operation's request body that is also its answer; not
    ``Patched`` ones, nor the derived documents), and the objects listed inside them (``lines``)."""
    found: list[str] = []
    for item in paths.values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            name = _json_ref(op.get("requestBody", {}).get("content", {}))
            answers = {_json_ref(r.get("content", {})) for r in op.get("responses", {}).values()}
            if (
                name in schemas
                and name in answers
                and not name.startswith(("Patched", *DERIVED_DOCUMENTS, *DERIVED_ENTRIES))
                and name not in found
            ):
                found.append(name)
    # A collection whose list answers another schema (``ReconciliationReportV2List``) shows the same objects
    # there: the same fields answer null when unsent, or the list invents what the retrieve answers null.
    found += [f"{name}List" for name in list(found) if "properties" in schemas.get(f"{name}List", {})]
    for name in list(found):
        for node in schemas[name].get("properties", {}).values():
            inner = node.get("items", {}).get("$ref", "") if node.get("type") == "array" else ""
            target = inner.rsplit("/", 1)[-1]
            if target in schemas and target not in found and "properties" in schemas[target]:
                found.append(target)
    return found


def _enum_ref(node: dict[str, Any]) -> str | None:
    """The enum schema a property names (``$ref`` or a one-part ``allOf``), if it is one."""
    parts = node.get("allOf")
    ref = parts[0].get("$ref") if isinstance(parts, list) and len(parts) == 1 else node.get("$ref")
    return ref if isinstance(ref, str) else None


def _nullable(node: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any] | None:
    """``node`` allowing null as upstream writes nullable properties, or ``None`` where it is not a scalar."""
    ref = _enum_ref(node)
    if ref is not None:
        target = schemas.get(ref.rsplit("/", 1)[-1], {})
        if "enum" not in target:
            return None
        rest = {k: v for k, v in node.items() if k not in ("allOf", "$ref")}
        return {**rest, "nullable": True, "oneOf": [{"$ref": ref}, {"$ref": "#/components/schemas/NullEnum"}]}
    if "anyOf" in node:
        return {**node, "nullable": True, "anyOf": [{**b, "nullable": True} for b in node["anyOf"]]}
    if node.get("type") in ("string", "integer", "number") and node.get("format") != "uuid":
        return {**node, "nullable": True}
    return None


def null_when_unsent(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """An optional writable field with no upstream default answers null when the client did not send it
    (numbers, relations, dates, texts and choices; booleans stay false and lists empty, as Django's fields
    default); a read-only nested object answers null where the object has none."""
    schemas.setdefault("NullEnum", {"enum": [None]})
    for schema_name in _object_schemas(paths, schemas):
        schema = schemas[schema_name]
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        for field, node in list(props.items()):
            if node.get("nullable") or "default" in node or node.get("writeOnly"):
                continue
            if node.get("readOnly"):
                ref = _enum_ref(node)
                target = schemas.get((ref or "").rsplit("/", 1)[-1], {})
                if ref is not None and "properties" in target:
                    rest = {k: v for k, v in node.items() if k not in ("allOf", "$ref")}
                    either = [{"$ref": ref}, {"$ref": "#/components/schemas/NullEnum"}]
                    props[field] = _changed(node, {**rest, "nullable": True, "oneOf": either}, NULL_NESTED_REASON)
                continue
            if field in required or field == "id":
                continue
            new = _nullable(node, schemas)
            if new is not None:
                props[field] = _changed(node, new, NULL_UNSENT_REASON)


#: Read-only figures no published rule gives and the twin does not compute, which it answers null rather
#: than 0 (schema -> fields).
UNKNOWN_FIGURES: dict[str, tuple[str, ...]] = {
    # The value of the document's tax rate: null without one (the twin keeps no tax rates).
    "AccountingInvoice": ("tax_rate_value",),
    "AccountingInvoiceList": ("tax_rate_value",),
    "AccountingBillLine": ("tax_rate_value",),
    "AccountingCreditMemoLine": ("tax_rate_value",),
    "AccountingDebitMemoLine": ("tax_rate_value",),
    # The ending balance of the account's last reconciliation: null before any.
    "ChartAccount": ("reconciliation_ending_balance",),
    # A matching rule's threshold: the twin runs no fixed-asset automation.
    "FixedAssetAutomationMatch": ("rule_threshold",),
}
UNKNOWN_FIGURE_REASON = (
    "null where nothing gives the figure: no published rule computes it and the twin keeps none, so it answers"
    " null rather than a made-up 0, as Django REST Framework renders a field whose source is None"
)
#: Figures real contracts carry that upstream's ``Contract`` lacks (observed shapes); the twin computes them
#: from the contract's invoices and revenue schedule.
CONTRACT_FIGURES = ("total_billed", "total_paid", "total_unbilled", "total_outstanding")
CONTRACT_FIGURE_REASON = (
    "real contracts carry these figures (observed shapes of captured Campfire responses); the twin computes"
    " them from the contract's invoices and revenue schedule, within the bounds their siblings carry"
    " (total_revenue, and the customer's figures of the same names: below 10**13 either way)"
)


def null_unknown_figures(schemas: dict[str, Any]) -> None:
    """Read-only figures nothing computes answer null (``UNKNOWN_FIGURES``)."""
    for schema_name, fields in UNKNOWN_FIGURES.items():
        props = schemas[schema_name]["properties"]
        for field in fields:
            node = props[field]
            if node.get("nullable") or not node.get("readOnly"):
                raise ValueError(f"{schema_name}.{field} is no longer a non-nullable read-only figure upstream")
            props[field] = _changed(node, {**node, "nullable": True}, UNKNOWN_FIGURE_REASON)


#: Names real debit memos carry that upstream's ``AccountingDebitMemo`` lacks (observed shapes); the twin reads
#: them from the memo's vendor.
#: Upstream's bounds of a contract's figure (``DecimalField(max_digits=15, decimal_places=2)``), as its
#: siblings ``total_revenue`` and a customer's ``total_billed``... carry them.
FIGURE_BOUNDS = ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum")


def add_contract_figures(schemas: dict[str, Any]) -> None:
    """A contract's billed, paid, unbilled and outstanding totals, as real responses show them, within the
    bounds their siblings carry (``Contract.total_revenue``; the customer's figures of the same names)."""
    props = schemas["Contract"]["properties"]
    sibling = props["total_revenue"]
    bounds = {key: sibling[key] for key in FIGURE_BOUNDS if key in sibling}
    if len(bounds) != len(FIGURE_BOUNDS):
        raise ValueError("Contract.total_revenue no longer carries both bounds upstream")
    for field in CONTRACT_FIGURES:
        if field in props:
            raise ValueError(f"Contract.{field} is upstream's now")
        props[field] = {
            "type": "number",
            "format": "double",
            **bounds,
            "readOnly": True,
            MARK: {"reason": CONTRACT_FIGURE_REASON, "added": True},
        }


def _book_amounts(*figures: str) -> dict[str, dict[str, Any]]:
    """The ``<figure>_book`` and ``<figure>_consolidation`` twins of a document's figures: decimal strings,
    null where the rate they need is unknown."""
    node = {"type": "string", "nullable": True, "readOnly": True, "pattern": r"^-?\d+\.\d{2}$"}
    return {f"{figure}_{side}": dict(node) for side in ("book", "consolidation") for figure in figures}


#: Fields real objects carry that upstream's schema lacks (observed-shapes.md: fixtures captured from the live
#: API by a public MCP client), where the twin can compute them: schema -> field -> its node. A debit memo's
#: fields it shares with a credit memo are copied from ``AccountingCreditMemo`` (``OBSERVED_MEMO_FIELDS``).
OBSERVED_FIELDS: dict[str, dict[str, dict[str, Any]]] = {
    "AccountingInvoice": _book_amounts("total_amount", "amount_paid", "amount_due"),
    "AccountingInvoiceList": _book_amounts("total_amount", "amount_paid", "amount_due"),
    "AccountingBill": _book_amounts("total_amount", "amount_paid", "amount_due"),
    "AccountingCreditMemo": _book_amounts("total_amount", "amount_used"),
    "AccountingDebitMemo": {
        **_book_amounts("total_amount", "amount_used"),
        "vendor_email": {"type": "string", "nullable": True, "readOnly": True},
        "debit_memo_type": {"type": "string", "nullable": True, "readOnly": True},
    },
    "ContractCustomer": {"lineage": {"type": "array", "items": {"type": "string"}, "readOnly": True}},
}
OBSERVED_MEMO_FIELDS = ("last_sent_at", "anrok_transaction_id", "integration_id", "integration_context", "vat_number")
OBSERVED_FIELD_REASON = (
    "real responses carry this field (observed shapes of captured Campfire responses); the twin computes it"
    " (book and consolidation amounts: the document's figures at the rates its journal entry posts at, null"
    " where a rate is unknown; vendor_email: the vendor's; lineage: the customer's ids from the root down) or"
    " answers null where it knows nothing (debit_memo_type, and the fields a debit memo shares with a credit memo"
    " until one is sent)"
)


def add_observed_fields(schemas: dict[str, Any]) -> None:
    """The fields real objects carry that upstream's schema lacks (``OBSERVED_FIELDS``), marked as added."""
    memo = schemas["AccountingCreditMemo"]["properties"]
    for schema_name, fields in OBSERVED_FIELDS.items():
        props = schemas[schema_name]["properties"]
        extra = (
            {n: copy.deepcopy(memo[n]) for n in OBSERVED_MEMO_FIELDS} if schema_name == "AccountingDebitMemo" else {}
        )
        for field, node in {**fields, **extra}.items():
            if field in props:
                raise ValueError(f"{schema_name}.{field} is upstream's now")
            if node.get("format") == "date-time":  # as ``relax_timestamps`` makes it (it leaves added nodes be)
                node = {**{k: v for k, v in node.items() if k != "format"}, "pattern": TIMESTAMP_PATTERN}
            props[field] = {**node, MARK: {"reason": OBSERVED_FIELD_REASON, "added": True}}


#: Invoice schemas whose ``revenue_transactions`` an answer carries (upstream marks the field write-only).
INVOICE_REVENUE_SCHEMAS = ("AccountingInvoice", "AccountingInvoiceList")
INVOICE_REVENUE_REASON = (
    "real invoices carry their revenue transactions' ids (observed shapes: `revenue_transactions` an array on"
    " retrieved invoices; upstream's Retrieve Invoice examples show `revenue_transactions: []`); upstream marks"
    " it write-only, so answers list the live revenue transactions whose `invoice` names the invoice"
)


def readable_invoice_revenue(schemas: dict[str, Any]) -> None:
    """An invoice answers its ``revenue_transactions`` (ids), as real responses do; still writable."""
    for schema_name in INVOICE_REVENUE_SCHEMAS:
        props = schemas[schema_name]["properties"]
        node = props["revenue_transactions"]
        if not node.get("writeOnly"):
            raise ValueError(f"{schema_name}.revenue_transactions is no longer write-only upstream")
        readable = {k: v for k, v in node.items() if k != "writeOnly"}
        readable["items"] = {k: v for k, v in node["items"].items() if k != "writeOnly"}
        props["revenue_transactions"] = _changed(node, readable, INVOICE_REVENUE_REASON)


#: Invoice write schemas whose ``revenue_transactions`` items are DRF's ``PrimaryKeyRelatedField(many=True)``.
INVOICE_REVENUE_WRITE_SCHEMAS = ("AccountingInvoice", "PatchedAccountingInvoice")
INVOICE_REVENUE_IDS_REASON = (
    "Django REST Framework's PrimaryKeyRelatedField(many=True) reads each item as a pk: an integer or a numeric"
    " string (\"1\"); other text is its flat 400 ('Incorrect type. Expected pk value, received str.'), an id of no"
    " revenue transaction 'Invalid pk \"9\" - object does not exist.'"
)


def revenue_ids_as_text(schemas: dict[str, Any]) -> None:
    """An invoice's ``revenue_transactions`` items may be ids as text, as DRF's pk field reads them."""
    for schema_name in INVOICE_REVENUE_WRITE_SCHEMAS:
        node = schemas[schema_name]["properties"]["revenue_transactions"]
        items = node["items"]
        if items.get("type") != "integer":
            raise ValueError(f"{schema_name}.revenue_transactions items are no longer integers upstream")
        text = {"type": "string", **({"writeOnly": True} if items.get("writeOnly") else {})}
        node["items"] = _changed(items, {"anyOf": [items, text]}, INVOICE_REVENUE_IDS_REASON)


#: A journal entry answers its ``revenue_transactions`` as an invoice does (upstream marks the field write-only).
JOURNAL_REVENUE_REASON = (
    "a journal entry's `revenue_transactions` is written as an invoice's is (upstream: a write-only list of"
    " revenue transaction ids, and each `RevenueTransaction` has a writable `journal_entry`); answers list the"
    " live revenue transactions whose `journal_entry` names the entry, as invoices answer theirs (real invoices"
    " carry the field, observed shapes), so that what a write linked can be read back from the entry"
)


def readable_journal_revenue(schemas: dict[str, Any]) -> None:
    """A journal entry answers its ``revenue_transactions`` (ids), still writable; items may be ids as text,
    as DRF's ``PrimaryKeyRelatedField(many=True)`` reads them (in the request schemas)."""
    for schema_name in ("JournalEntry", "PatchedJournalEntry"):
        props = schemas[schema_name]["properties"]
        node = props["revenue_transactions"]
        if not node.get("writeOnly"):
            raise ValueError(f"{schema_name}.revenue_transactions is no longer write-only upstream")
        items = node["items"]
        if items.get("type") != "integer":
            raise ValueError(f"{schema_name}.revenue_transactions items are no longer integers upstream")
        readable = {k: v for k, v in node.items() if k != "writeOnly"} if schema_name == "JournalEntry" else dict(node)
        readable["items"] = _changed(items, {"anyOf": [items, {"type": "string"}]}, INVOICE_REVENUE_IDS_REASON)
        reason = JOURNAL_REVENUE_REASON if schema_name == "JournalEntry" else INVOICE_REVENUE_IDS_REASON
        props["revenue_transactions"] = _changed(node, readable, reason)


PREPAID_COMMIT_TAGS_REASON = (
    "a contract's inline `prepaid_commits` (upstream's `NestedContractPrepaidCommit`) write a commit's `tags` as a"
    " list of tag ids, so a commit has tags as a many-to-many list; upstream's `ContractPrepaidCommit.tags` is"
    " drf-spectacular's `string` for a field it could not read (real contracts, typed the same, carry an array:"
    " observed shapes). A commit answers, and a commit's own writes take, the ids it is tagged with, as it was"
    " written inline"
)


def prepaid_commit_tag_ids(schemas: dict[str, Any]) -> None:
    """A prepaid commit's ``tags`` are a list of tag ids, as its inline write (``NestedContractPrepaidCommit``)
    gives them."""
    ids = schemas["NestedContractPrepaidCommit"]["properties"]["tags"]
    for schema_name in ("ContractPrepaidCommit", "PatchedContractPrepaidCommit"):
        props = schemas[schema_name]["properties"]
        node = props["tags"]
        if node.get("type") != "string":
            raise ValueError(f"{schema_name}.tags is no longer a string upstream")
        props["tags"] = _changed(node, copy.deepcopy(ids), PREPAID_COMMIT_TAGS_REASON)


DELETED_MARKS_REASON = (
    "the department list's own description says that with include_deleted=true deleted records carry"
    " 'is_deleted=true' and 'deleted_at'; departments are soft-deleted like every other listed resource, whose"
    " schemas (Vendor, TransactionTag, ...) have these fields; upstream's Department lacks them"
)


def add_department_deleted_marks(schemas: dict[str, Any]) -> None:
    """A department answers ``is_deleted`` and ``deleted_at``, as the other soft-deleted resources do."""
    props = schemas["Department"]["properties"]
    for field in ("is_deleted", "deleted_at"):
        if field in props:
            raise ValueError(f"Department.{field} is upstream's now")
        props[field] = {
            **copy.deepcopy(schemas["Vendor"]["properties"][field]),
            MARK: {"reason": DELETED_MARKS_REASON, "added": True},
        }


#: Upstream's description of ``include_deleted`` on the lists that answer deleted records minimally.
DELETED_RECORDS_TEXT = "returns ONLY deleted records instead of active records"
DELETED_RECORDS_REASON = (
    "deleted records as the list's own include_deleted description gives them: minimal data ('id',"
    " 'is_deleted=true', 'deleted_at' timestamp, and 'last_modified_at')"
)
DELETED_RECORD_REF = "#/components/schemas/DeletedRecord"


def lists_deleted_records(op: dict[str, Any]) -> bool:
    """Whether the operation's own ``include_deleted`` (upstream's, not one the GL log's filters lend to its
    totals) is the one that "returns ONLY deleted records"."""
    return any(
        p.get("name") == "include_deleted" and DELETED_RECORDS_TEXT in p.get("description", "") and MARK not in p
        for p in op.get("parameters", [])
    )


def _or_deleted(items: dict[str, Any]) -> dict[str, Any]:
    """A list's item: the object, or the minimal record of a deleted one."""
    return _changed(items, {"anyOf": [items, {"$ref": DELETED_RECORD_REF}]}, DELETED_RECORDS_REASON)


def add_deleted_records(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Every list whose ``include_deleted`` "returns ONLY deleted records" (24 upstream lists say so, in these
    words: "Deleted records contain minimal data: 'id', 'is_deleted=true', 'deleted_at' timestamp, and
    'last_modified_at'") answers ``anyOf: [<Item>, DeletedRecord]`` items. ``deleted_at`` and
    ``last_modified_at`` may be null: a record deleted before the twin knew it may have no time on it, and
    the twin never invents one. A page schema another operation shares is copied for the list first."""
    listing = [
        op
        for item in paths.values()
        for method, op in item.items()
        if method == "get" and isinstance(op, dict) and lists_deleted_records(op)
    ]
    if not listing:
        return
    stamp = {"type": "string", "format": "date-time", "nullable": True, "readOnly": True}
    schemas["DeletedRecord"] = {
        "type": "object",
        "description": "A deleted record as a list answers it with include_deleted=true: its id and stamps only",
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "is_deleted": {"type": "boolean", "enum": [True], "readOnly": True},
            "deleted_at": dict(stamp),
            "last_modified_at": dict(stamp),
        },
        "required": ["id", "is_deleted", "deleted_at", "last_modified_at"],
        MARK: {"reason": DELETED_RECORDS_REASON, "added": True},
    }
    refs = Counter(
        str(media.get("schema", {}).get("$ref"))
        for item in paths.values()
        for method, op in item.items()
        if method in HTTP_METHODS
        for response in op.get("responses", {}).values()
        for media in response.get("content", {}).values()
    )
    for op in listing:
        media = op["responses"]["200"]["content"]["application/json"]
        schema = media["schema"]
        if "$ref" not in schema:  # a plain array (a contract's subscriptions, a budget's accounts)
            media["schema"] = {**schema, "items": _or_deleted(schema["items"])}
            continue
        name = schema["$ref"].rsplit("/", 1)[-1]
        if refs[schema["$ref"]] > 1:  # shared (the GL log's page with a fixed-asset read): a copy of its own
            copied = f"{name}WithDeleted"
            page = copy.deepcopy(schemas[name])
            page[MARK] = {"reason": DELETED_RECORDS_REASON, "added": True}
            schemas[copied] = page
            media["schema"] = {"$ref": f"#/components/schemas/{copied}"}
            name = copied
        results = schemas[name]["properties"]["results"]
        results["items"] = _or_deleted(results["items"])


def relax_timestamps(node: Any) -> Any:
    """Timestamps: accept Campfire's ``+0000`` offsets as well as RFC 3339."""
    if isinstance(node, list):
        return [relax_timestamps(n) for n in node]
    if not isinstance(node, dict):
        return node
    if node.get("type") == "string" and node.get("format") == "date-time":
        new = {k: v for k, v in node.items() if k != "format"}
        new["pattern"] = TIMESTAMP_PATTERN
        return _changed(
            node,
            new,
            "Campfire emits timestamps like 2025-07-25T18:54:43+0000, which is not RFC 3339"
            " date-time; the pattern accepts both forms",
        )
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "properties":
            out[key] = {name: relax_timestamps(sub) for name, sub in value.items()}
        elif key in ("example", "default", "enum") or key.startswith("x-"):
            out[key] = value
        else:
            out[key] = relax_timestamps(value)
    return out


# --------------------------------------------------------------------------- revert (for tests)


INT64_REASON = (
    "the service keeps integers in 64 bits (Django's BigIntegerField, PostgreSQL's bigint): a larger one is refused"
)
INT64 = {"minimum": -(2**63), "maximum": 2**63 - 1}
#: A relation id as digits (``relax_relations``) fits the same 64 bits: at most 18 digits always does.
DIGITS = ("^[0-9]*$", "^[0-9]+$")


def bound_integers(node: Any) -> Any:
    """Every integer without bounds gets the 64-bit ones, and a relation id's digits at most 18 of them
    (after any leading zeros, which DRF's ``int()`` reads away), so
    a client (and Schemathesis) knows the mock's 400 for a larger number is the service's. Marks are not
    walked into (they hold upstream's nodes as they were)."""
    if isinstance(node, list):
        return [bound_integers(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: (v if k == MARK else bound_integers(v)) for k, v in node.items()}
    if out.get("type") == "integer" and not ("minimum" in out and "maximum" in out):
        return _changed(node, {**INT64, **out}, INT64_REASON)
    if out.get("type") == "string" and out.get("pattern") in DIGITS:  # leading zeros read as DRF's int() does
        digits = "^0*[0-9]{0,18}$" if out["pattern"] == DIGITS[0] else "^0*[0-9]{1,18}$"
        return _changed(node, {**out, "pattern": digits}, INT64_REASON)
    return out


def revert_additions(node: Any) -> Any:
    """Undo every marked addition: drop added nodes, restore changed ones."""
    if isinstance(node, list):
        return [
            revert_additions(n)
            for n in node
            if not (isinstance(n, dict) and isinstance(n.get(MARK), dict) and n[MARK].get("added"))
        ]
    if not isinstance(node, dict):
        return node
    mark = node.get(MARK)
    if isinstance(mark, dict) and "upstream" in mark:
        return revert_additions(copy.deepcopy(mark["upstream"]))  # an addition may change an addition
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == MARK:
            continue
        if isinstance(value, dict) and isinstance(value.get(MARK), dict) and value[MARK].get("added"):
            continue
        reverted = revert_additions(value)
        if isinstance(value, (dict, list)) and value and reverted in ({}, []):
            continue  # a map (such as ``links``) or a list (``parameters``) that held only additions
        out[key] = reverted
    return out


def additions(node: Any, where: str = "#") -> Iterator[tuple[str, str]]:
    """Yield (JSON pointer, reason) for every marked addition."""
    if isinstance(node, list):
        for i, value in enumerate(node):
            yield from additions(value, f"{where}/{i}")
    elif isinstance(node, dict):
        mark = node.get(MARK)
        if isinstance(mark, dict) and "reason" in mark:
            yield where, mark["reason"]
            if "upstream" in mark:
                return
        for key, value in node.items():
            if key != MARK:
                yield from additions(value, f"{where}/{key.replace('~', '~0').replace('/', '~1')}")


#: The line schema upstream's entries refer to.
LINE_REF = "#/components/schemas/ChartTransaction"
#: Entries whose lines a client writes, though upstream marks ``transactions`` read-only.
WRITABLE_LINES = ("JournalEntry", "IntercompanyJournalEntry")
WRITABLE_LINES_REASON = (
    "an entry's lines are written by the client: upstream's own request examples (IntercompanyJournalEntryRequest)"
    " and Campfire's journal-entry guide send `transactions`, and the entry is nothing without them; upstream"
    " marks them read-only (and so required in answers only), so here they are writable and optional in requests;"
    ' each line\'s `tags` too, which the same examples send as objects (`[{"id": "8304", "name": ...}]`)'
)


def writable_lines(schemas: dict[str, Any]) -> None:
    """A journal entry's and an intercompany entry's ``transactions`` may be sent (not read-only)."""
    for name in WRITABLE_LINES:
        schema = schemas.get(name)
        if schema is None or not schema.get("properties", {}).get("transactions", {}).get("readOnly"):
            continue
        new = copy.deepcopy(schema)
        lines = {k: v for k, v in new["properties"]["transactions"].items() if k != "readOnly"}
        if lines.get("items", {}).get("$ref") == LINE_REF and "ChartTransaction" in schemas:
            # A line sent in a request takes its entity from the entry (upstream's basic example sends none).
            line = copy.deepcopy(schemas["ChartTransaction"])
            line["required"] = [r for r in line.get("required", []) if r not in ("entity", "tags")]
            # Upstream's own journal and intercompany examples send each line's tags as objects.
            tags = line.get("properties", {}).get("tags")
            if isinstance(tags, dict):
                line["properties"]["tags"] = {k: v for k, v in tags.items() if k != "readOnly"}
            line[MARK] = {"reason": WRITABLE_LINES_REASON, "added": True}
            schemas["ChartTransactionLine"] = line
            lines["items"] = {"$ref": "#/components/schemas/ChartTransactionLine"}
        new["properties"]["transactions"] = lines
        new["required"] = [r for r in new.get("required", []) if r != "transactions"]
        schemas[name] = _changed(schema, new, WRITABLE_LINES_REASON)


#: Why the reports' ``engine_used`` may name the twin's engine.
ENGINE_REASON = (
    "reports name the engine that ran them: the twin's reports run in memory (numpy over its own tables and"
    " ledger columns), not on Postgres, so `engine_used` answers `memory` rather than claim `postgres`"
)


def twin_engine(schemas: dict[str, Any]) -> None:
    """``EngineUsedEnum`` offers ``memory``, the engine the twin's reports really run on."""
    schema = schemas.get("EngineUsedEnum")
    if schema is None or "memory" in schema.get("enum", []):
        return
    new = copy.deepcopy(schema)
    new["enum"] = [*schema["enum"], "memory"]
    new["description"] = f"{schema.get('description', '')}\n* `memory` - the twin's in-memory engine".lstrip()
    schemas["EngineUsedEnum"] = _changed(schema, new, ENGINE_REASON)


# --------------------------------------------------------------------------- build


RULE_REASON = "a rule the service enforces (a 400 in DRF's words otherwise), stated so a client can keep it"
REPORT_PATHS = (
    "/coa/api/transaction/report",
    "/coa/api/v1/invoice/report/preview",
    "/coa/api/v1/invoice/report/{id}/data",
)
#: The sort fields of the lists that refuse others (a 400 naming them): path -> (fields, several allowed).
SORT_FIELDS = {
    "/coa/api/vendor": (
        ("name", "id", "email", "company_name", "dba", "last_modified_at", "created_at", "vendor_type"),
        True,
    ),
    "/coa/api/v1/bill/": (
        (
            *("bill_date", "due_date", "bill_number", "total_amount", "amount_due", "amount_paid", "vendor_name"),
            *("created_at", "last_modified_at", "id", "past_due_days"),
        ),
        False,
    ),
    "/coa/api/v1/invoice/": (
        (
            *("invoice_date", "due_date", "invoice_number", "total_amount", "amount_due", "client_name"),
            *("contract_name", "created_at", "last_modified_at", "id", "paid_date"),
        ),
        False,
    ),
}


#: The payment proposals whose ``amount`` is above 0 and below an invoice's largest (10**12), as the pay
#: actions check ("Ensure this value is greater than 0 and less than 1000000000000.").
PAYMENT_AMOUNTS = (
    "TransactionPaymentInput",
    "CreditMemoPaymentInput",
    "EmptyTransactionInput",
    "MarkPaidTransaction",
    "MarkPaidDebitMemo",
    "MarkPaidEmptyTransaction",
)
#: A decimal text above 0 and below 10**12.
POSITIVE_AMOUNT_TEXT = r"^0*([1-9][0-9]{0,11}(\.[0-9]+)?|0\.[0-9]*[1-9][0-9]*)$"


def _payment_amount(node: dict[str, Any]) -> dict[str, Any]:
    """A proposal's amount (number or decimal text) bounded to (0, 10**12)."""
    bounds = {"minimum": 0, "maximum": 10**12, "exclusiveMinimum": True, "exclusiveMaximum": True}
    branches = [
        {**b, **bounds} if b.get("type") == "number" else {**b, "pattern": POSITIVE_AMOUNT_TEXT}
        for b in node.get("anyOf", [node])
    ]
    new = {**node, "anyOf": branches} if "anyOf" in node else branches[0]
    return _changed(node, new, RULE_REASON)


def _non_empty(node: dict[str, Any]) -> dict[str, Any]:
    return _changed(node, {**node, "minItems": 1}, RULE_REASON)


def request_rules(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """The service's rules on input that a schema can state (before the form twins are made from them):
    the intercompany balance's lines may not be empty, bulk-apply's ``invoice_ids``
    or ``filters``, a bulk-created invoice's required fields, the webhook topics the topics endpoint lists
    and the vendor list's sort fields."""
    from campfire_mock.domain.topics import TOPICS  # the topics the service emits: one list, the mock's

    # Only where the schema is the request's own: a document's ``lines`` or an entry's ``transactions`` may
    # not be empty when written either, but their schemas are shared with answers that may have none (a
    # seeded invoice, an overpayment credit memo), and OpenAPI 3.0 cannot say "for requests only".
    added = {"reason": RULE_REASON, "added": True}
    balance = paths["/coa/api/intercompany-journal-entry/balance"]["post"]["requestBody"]["content"]
    lines = balance["application/json"]["schema"]["properties"]
    lines["transactions"] = _non_empty(lines["transactions"])
    bulk = schemas["BulkApplyInvoicePayment"]
    bulk["anyOf"] = [  # one of the two, not null (the service answers "Give invoice_ids or filters.")
        {"required": ["invoice_ids"], "properties": {"invoice_ids": {"type": "array"}}, MARK: added},
        {"required": ["filters"], "properties": {"filters": {"type": "object"}}, MARK: added},
    ]
    items = schemas["BulkCreateInvoices"]["properties"]["invoices"]
    required = {  # a bulk-created invoice's required fields, not null
        "entity": {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^[0-9]+$"}]},
        "invoice_date": {"type": "string", "format": "date"},
        "lines": {"type": "array", "minItems": 1, "items": {"type": "object"}},
    }
    invoice = {**items["items"], "required": list(required), "properties": required}
    items["items"] = _changed(items["items"], invoice, RULE_REASON)
    topic = schemas["WebhookTopic"]["properties"]
    topic["name"] = _changed(topic["name"], {**topic["name"], "enum": list(TOPICS)}, RULE_REASON)
    for param in paths["/coa/api/journal_entry"]["get"]["parameters"]:
        if param["name"] == "account":  # account ids, repeatable; an empty value filters nothing
            param["schema"] = _changed(param["schema"], {**param["schema"], "pattern": "^[0-9]*$"}, RULE_REASON)
    balance_line = lines["transactions"]["items"]
    entity = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^[0-9]+$"}]}  # an id, not null
    named = {**balance_line, "required": ["entity"], "properties": {"entity": entity}}
    lines["transactions"]["items"] = _changed(balance_line, named, RULE_REASON)
    for item in paths.values():  # lists given a cursor after add_error_responses (the GL log's) declare its 404
        for method, op in item.items():
            cursor = any(p["in"] == "query" and p["name"] == "cursor" for p in op.get("parameters", []))
            if method in HTTP_METHODS and cursor and "404" not in op["responses"]:
                answers = {**op["responses"], "404": _error_response("404", "ErrorDetail")}
                op["responses"] = dict(sorted(answers.items()))
    for name in PAYMENT_AMOUNTS:
        props = schemas.get(name, {}).get("properties", {})
        if "amount" in props:
            props["amount"] = _payment_amount(props["amount"])
    for path in REPORT_PATHS:  # a report's offset is counted from 0 (a negative one is a 400 there)
        for param in paths[path]["get"]["parameters"]:
            if param["name"] == "offset":
                param["schema"] = _changed(param["schema"], {**param["schema"], "minimum": 0}, RULE_REASON)
            if param["name"] in ("limit", "page_size"):  # 0 to the page size's maximum, as the report reads them
                bounded = {**param["schema"], "minimum": 0, "maximum": 10_000}
                param["schema"] = _changed(param["schema"], bounded, RULE_REASON)
    for path, (fields, several) in SORT_FIELDS.items():
        one = "-?(" + "|".join(fields) + ")"
        pattern = f"^({one}(,{one})*)?$" if several else f"^({one})?$"  # empty: the default order
        for param in paths[path]["get"]["parameters"]:
            if param["name"] == "sort":
                param["schema"] = _changed(param["schema"], {**param["schema"], "pattern": pattern}, RULE_REASON)


#: Entries whose request bodies get components of their own (drf-spectacular's ``COMPONENT_SPLIT_REQUEST``
#: names them ``<Name>Request``, as upstream's ``VoidBillRequest``): operation paths -> the shared component.
REQUEST_SPLITS = {
    "JournalEntry": ("/coa/api/journal_entry", "/coa/api/journal_entry/{id}"),
    "IntercompanyJournalEntry": ("/coa/api/intercompany-journal-entry", "/coa/api/intercompany-journal-entry/{id}"),
}
REQUEST_SPLIT_REASON = (
    "the rules of a written entry, stated on a request component of its own (drf-spectacular's"
    " COMPONENT_SPLIT_REQUEST, upstream's `VoidBillRequest` naming): `transactions` required and not empty"
    " (at most 1,000 lines; an entry without lines posts nothing and cannot balance), each line naming its"
    " account and exactly one of a debit or a credit of at least 0.01 (an amount taken from `*_native`, else"
    " `*_book`, else `*_amount`, each from 0 to below 10**12), an intercompany line its entity; answers keep the"
    " shared component, whose lists may be empty (the service answers 400 in DRF's words otherwise)"
)
#: A line's amount fields by side, in the order the service reads them (the first one given counts).
LINE_AMOUNTS = {
    side: (f"{side}_amount_native", f"{side}_amount_book", f"{side}_amount") for side in ("debit", "credit")
}
#: An amount the line may carry: from 0 to below 10**12, as a number or a decimal text.
_LINE_AMOUNT = {
    "anyOf": [  # nullable in each branch too, as DRF-shaped validators read ``anyOf``
        {"type": "number", "minimum": 0, "maximum": 10**12, "exclusiveMaximum": True, "nullable": True},
        {"type": "string", "pattern": r"^(0*[0-9]{1,12}(\.[0-9]+)?)?$", "nullable": True},  # "": no amount
    ],
    "nullable": True,
}
#: An amount that is at least 0.01 once rounded to cents, half up (0.005 is a cent).
_LINE_POSITIVE = {
    "anyOf": [
        {"type": "number", "minimum": 0.005},
        {"type": "string", "pattern": r"^(0*[1-9]|0*\.([1-9]|0[1-9]|00[5-9]))"},
    ]
}
#: No amount: absent, null or the empty text.
_LINE_UNSET = {"type": "string", "maxLength": 0, "nullable": True}


def _side_given(side: str) -> dict[str, Any]:
    """A line whose ``side`` (debit or credit) counts: the first of its amount fields given is at least a cent."""
    names = LINE_AMOUNTS[side]
    return {
        "anyOf": [
            {
                "required": [name],
                "properties": {**{n: dict(_LINE_UNSET) for n in names[:i]}, name: dict(_LINE_POSITIVE)},
            }
            for i, name in enumerate(names)
        ]
    }


def _line_request(line: dict[str, Any], intercompany: bool) -> dict[str, Any]:
    """A written line: its account (and an intercompany line's entity) given, not null; amounts from 0; one
    side only."""
    new = copy.deepcopy(line)
    props = new["properties"]
    relation = {
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": 2**63 - 1},
            {"type": "string", "pattern": "^0*[0-9]{1,18}$"},
        ]
    }
    for name in ("account", "entity") if intercompany else ("account",):
        props[name] = {
            **{k: v for k, v in props[name].items() if k in ("description", "title")},
            **copy.deepcopy(relation),
        }
    for names in LINE_AMOUNTS.values():
        for name in names:
            said = {k: v for k, v in props.get(name, {}).items() if k in ("description", "title")}
            props[name] = {**said, **copy.deepcopy(_LINE_AMOUNT)}
    new["required"] = sorted({*new.get("required", []), "account", *(("entity",) if intercompany else ())})
    new["oneOf"] = [_side_given("debit"), _side_given("credit")]
    # the service answers this rule in its own words, under ``debit_amount`` (``openapi/drf.py``'s HANDLER_RULE)
    new[MARK] = {"reason": REQUEST_SPLIT_REASON, "added": True, "answered_by": "handler"}
    return new


def request_components(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """``JournalEntryRequest`` and ``IntercompanyJournalEntryRequest`` (and their lines'
    ``ChartTransactionLineRequest``, ``IntercompanyChartTransactionLineRequest``): the create and replace
    bodies' own components, carrying the rules of a written entry; answers keep the shared ones."""
    line = schemas.get("ChartTransactionLine")
    if line is None:
        return
    for name, op_paths in REQUEST_SPLITS.items():
        shared = schemas.get(name)
        if shared is None:
            continue
        intercompany = name.startswith("Intercompany")
        line_name = "IntercompanyChartTransactionLineRequest" if intercompany else "ChartTransactionLineRequest"
        schemas[line_name] = _line_request(line, intercompany)
        request = copy.deepcopy(shared)
        lines = {k: v for k, v in request["properties"]["transactions"].items() if k != MARK}
        lines.update({"minItems": 1, "maxItems": 1_000, "items": {"$ref": f"#/components/schemas/{line_name}"}})
        request["properties"]["transactions"] = lines
        request["required"] = sorted({*request.get("required", []), "transactions"} - _read_only(request))
        request[MARK] = {"reason": REQUEST_SPLIT_REASON, "added": True}
        schemas[f"{name}Request"] = request
        _use_request(paths, name, op_paths, REQUEST_SPLIT_REASON)


def _use_request(paths: dict[str, Any], name: str, op_paths: tuple[str, ...], reason: str) -> None:
    """The create and replace bodies at ``op_paths`` that refer to ``name`` refer to ``<name>Request``."""
    for path in op_paths:
        for method in ("post", "put"):
            body = paths.get(path, {}).get(method, {}).get("requestBody", {})
            for media in body.get("content", {}).values():
                if media.get("schema", {}).get("$ref") == f"#/components/schemas/{name}":
                    media["schema"] = _changed(media["schema"], {"$ref": f"#/components/schemas/{name}Request"}, reason)


#: Documents whose written ``lines`` may not be empty, though their answers' may (a seeded invoice without
#: lines, an overpayment credit memo): component -> the create and replace paths.
DOCUMENT_SPLITS = {
    "AccountingInvoice": ("/coa/api/v1/invoice/", "/coa/api/v1/invoice/{id}/"),
    "AccountingCreditMemo": ("/coa/api/v1/credit-memo", "/coa/api/v1/credit-memo/{id}"),
    "AccountingDebitMemo": ("/coa/api/v1/debit-memo", "/coa/api/v1/debit-memo/{id}"),
}
DOCUMENT_SPLIT_REASON = (
    "a written document's lines may not be empty, stated on a request component of its own (drf-spectacular's"
    " COMPONENT_SPLIT_REQUEST, upstream's `VoidBillRequest` naming); answers keep the shared component, whose"
    ' lines may be empty (the service answers 400 "This list may not be empty." otherwise)'
)


def document_request_components(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """``AccountingInvoiceRequest``, ``AccountingCreditMemoRequest``, ``AccountingDebitMemoRequest``: the create
    and replace bodies' own components, whose ``lines`` hold at least one line."""
    for name, op_paths in DOCUMENT_SPLITS.items():
        shared = schemas.get(name)
        if shared is None or "lines" not in shared.get("properties", {}):
            continue
        request = copy.deepcopy(shared)
        lines = request["properties"]["lines"]
        request["properties"]["lines"] = {**{k: v for k, v in lines.items() if k != MARK}, "minItems": 1}
        request[MARK] = {"reason": DOCUMENT_SPLIT_REASON, "added": True}
        schemas[f"{name}Request"] = request
        _use_request(paths, name, op_paths, DOCUMENT_SPLIT_REASON)


#: A proposal's ``withholding_amount`` below 10**12 (the pay actions' "Ensure this value is less than
#: 1000000000000."): the proposals the invoice's pay and calculate-payment actions read.
WITHHOLDING_PROPOSALS = ("TransactionPaymentInput", "EmptyTransactionInput")
#: A decimal text from 0 to below 10**12 (at most 12 whole digits), as the number branch (``minimum: 0``).
WITHHOLDING_TEXT = r"^0*[0-9]{1,12}(\.[0-9]+)?$"


#: The pay action's payments (``/pay/``), whose ``withholding_amount`` upstream lets go negative: below 10**12.
WITHHOLDING_PAYMENTS = ("MarkPaidTransaction", "MarkPaidEmptyTransaction")
#: A decimal text below 10**12, or a negative one of at most 18 whole digits (what the number branch allows).
WITHHOLDING_PAID_TEXT = r"^(-0*[0-9]{1,18}|0*[0-9]{1,12})(\.[0-9]+)?$"


def withholding_bounds(schemas: dict[str, Any]) -> None:
    """``withholding_amount`` of the invoice's payment proposals (from 0) and of its pay action's payments
    (which may be negative) below 10**12, as a number and as a text: the service refuses 10**12 and more."""
    for name in WITHHOLDING_PROPOSALS + WITHHOLDING_PAYMENTS:
        props = schemas.get(name, {}).get("properties", {})
        node = props.get("withholding_amount")
        if node is None:
            continue
        text = WITHHOLDING_TEXT if name in WITHHOLDING_PROPOSALS else WITHHOLDING_PAID_TEXT
        branches = [
            {**b, "maximum": 10**12, "exclusiveMaximum": True}
            if b.get("type") == "number"
            else {**b, "pattern": text}
            for b in node.get("anyOf", [node])
        ]
        props["withholding_amount"] = _changed(
            node, {**node, "anyOf": branches} if "anyOf" in node else branches[0], RULE_REASON
        )


def _priced_line(line: dict[str, Any]) -> dict[str, Any]:
    """An invoice line as written: one of ``amount``, ``rate`` or ``product`` given (a product, not null),
    as the service needs a price ("Give amount, rate, or a product with a price."). Whether the product
    has a price is the product's, like whether an id names an object: no schema says it."""
    product = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^0*[0-9]{1,18}$"}]}
    given = {  # a decimal, not null, below 10**12 in size (a line's cap: "less than 1000000000000 in size")
        "anyOf": [
            {
                "type": "number",
                "minimum": -(10**12),
                "maximum": 10**12,
                "exclusiveMinimum": True,
                "exclusiveMaximum": True,
            },
            {"type": "string", "pattern": r"^-?0*[0-9]{1,12}(\.[0-9]+)?$"},
        ]
    }
    priced = {
        "anyOf": [
            {"required": ["amount"], "properties": {"amount": copy.deepcopy(given)}},
            {"required": ["rate"], "properties": {"rate": copy.deepcopy(given)}},
            {"required": ["product"], "properties": {"product": product}},
        ]
    }
    # the service answers it in its own words, under ``amount`` (``openapi/drf.py``'s HANDLER_RULE)
    return {**line, **priced, MARK: {"reason": RULE_REASON, "added": True, "answered_by": "handler"}}


def priced_invoice_lines(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """``AccountingInvoiceLineRequest``: the written invoice's line (``AccountingInvoiceRequest``'s, after
    ``document_request_components``, and a PATCH's), and each bulk-created invoice's, give an amount, a rate
    or a product.
    Bills', credit and debit memos' lines need none of them (their amount defaults to 0)."""
    line = schemas.get("AccountingInvoiceLine")
    request = schemas.get("AccountingInvoiceRequest")
    if line is None or request is None:
        return
    schemas["AccountingInvoiceLineRequest"] = _priced_line(copy.deepcopy(line))
    priced = {"$ref": "#/components/schemas/AccountingInvoiceLineRequest"}
    request["properties"]["lines"]["items"] = priced  # the request component is ours (marked as a whole)
    patched = schemas.get("PatchedAccountingInvoice", {}).get("properties", {})
    if "lines" in patched:  # a PATCH's lines replace the invoice's too
        patched["lines"] = _changed(patched["lines"], {**patched["lines"], "items": dict(priced)}, RULE_REASON)
    bulk = schemas.get("BulkCreateInvoices", {}).get("properties", {}).get("invoices", {}).get("items", {})
    bulk_lines = bulk.get("properties", {}).get("lines")
    if bulk_lines is not None:
        bulk_lines["items"] = _priced_line(bulk_lines.get("items", {"type": "object"}))


def _read_only(schema: dict[str, Any]) -> set[str]:
    return {k for k, v in schema.get("properties", {}).items() if v.get("readOnly")}


def build(upstream: dict[str, Any]) -> dict[str, Any]:
    """Return the vendored spec as a plain dict."""
    up_paths = upstream["paths"]
    paths: dict[str, Any] = {}
    for path, method in selected_operations(up_paths):
        item = paths.setdefault(path, {})
        if "parameters" in up_paths[path] and "parameters" not in item:
            item["parameters"] = copy.deepcopy(up_paths[path]["parameters"])
        item[method] = copy_operation(up_paths[path][method], method, path)

    up_schemas = upstream["components"]["schemas"]
    names = referenced_schemas(paths, up_schemas)
    schemas = {name: copy.deepcopy(up_schemas[name]) for name in names}

    for item in paths.values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            add_payables_bodies(op)
            add_amortization(op)
            add_action_bodies(op)
            add_file_bodies(op)
            add_read_bodies(op)
            add_action_answers(op)
            add_error_responses(op, method)
            add_links(op)
            add_report_csv(op)
            add_report_extensions(op)
            add_pdf_responses(op)
            add_next_credit_memo_number(op)
            allow_empty_cursor(op)
            filter_formats(op)
    add_webhook_topics(paths)
    add_ledger_report(paths)
    relax_relations(schemas)
    nullable_line_entity(schemas)  # after relax_relations: widens the relation it makes
    relax_decimals(schemas)
    nullable_dates(schemas)
    nullable_client_fields(schemas)
    follow_observed_types(schemas)
    budget_account_lineage(schemas)
    nullable_read_only(schemas)
    described_defaults(schemas)
    null_when_unsent(paths, schemas)
    null_unknown_figures(schemas)
    add_contract_figures(schemas)
    add_observed_fields(schemas)

    readable_invoice_revenue(schemas)
    revenue_ids_as_text(schemas)  # after readable_invoice_revenue: widens the items it leaves
    readable_journal_revenue(schemas)
    prepaid_commit_tag_ids(schemas)
    add_report_fields(schemas)
    add_ledger_bodies(paths, schemas)
    add_statement_bodies(paths, schemas)
    add_payables_schemas(schemas)
    add_action_schemas(schemas)
    add_read_schemas(schemas)
    add_action_answer_schemas(schemas)
    add_deleted_records(paths, schemas)  # after every added list body; before relax_timestamps
    schemas = relax_timestamps(schemas)
    add_department_deleted_marks(schemas)  # after relax_timestamps: copies Vendor's relaxed fields
    writable_lines(schemas)
    twin_engine(schemas)
    request_rules(paths, schemas)
    request_components(paths, schemas)  # after writable_lines: splits the entries it makes writable
    document_request_components(paths, schemas)
    withholding_bounds(schemas)
    priced_invoice_lines(paths, schemas)  # after document_request_components: its invoice request's lines
    schemas = bound_integers(schemas)
    paths = bound_integers(paths)
    form_booleans(paths, schemas)
    form_bodies(paths, schemas)
    schemas.update(copy.deepcopy(ERROR_SCHEMAS))

    used_tags = sorted(
        {t for item in paths.values() for m, op in item.items() if m in HTTP_METHODS for t in op.get("tags", [])}
    )
    tag_text = {tag["name"]: tag.get("description") for tag in upstream.get("tags", [])}
    return {
        "openapi": upstream["openapi"],
        "info": {
            "title": "Campfire API (vendored by campfire-devkit)",
            "version": upstream["info"]["version"],
            "description": (
                "Campfire's developer API, every path of it,"
                f" vendored from Campfire's published schema ({UPSTREAM_DATE}) by spec/vendor.py."
                f" Every addition of ours is marked with `{MARK}`; see spec/README.md.\n\n"
                + upstream["info"].get("description", "")
            ),
        },
        "servers": copy.deepcopy(upstream["servers"]),
        "tags": [{"name": t, **({"description": tag_text[t]} if tag_text.get(t) else {})} for t in used_tags],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": copy.deepcopy(upstream["components"]["securitySchemes"]),
        },
    }


class _Dumper(yaml.SafeDumper):
    """Safe dumper that never emits anchors and keeps long strings on one line."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dump(spec: dict[str, Any]) -> str:
    header = (
        "# Generated by spec/vendor.py from Campfire's published OpenAPI schema. Do not edit by hand:\n"
        "# change spec/vendor.py and run `python spec/vendor.py UPSTREAM.json`.\n"
    )
    return header + yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)


def sync_package_copy() -> None:
    """Copy the spec files into the mock package, which ships them in the wheel, each with a JSON twin
    holding the same document (the server reads the twin: a few milliseconds, against a third of a
    second for the YAML)."""
    PACKAGE_SPEC_DIR.mkdir(parents=True, exist_ok=True)
    for name in SPEC_FILES:
        shutil.copyfile(SPEC_DIR / name, PACKAGE_SPEC_DIR / name)
        document = yaml.load(
            (SPEC_DIR / name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
        twin = (PACKAGE_SPEC_DIR / name).with_suffix(".json")
        twin.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("upstream", type=Path, help="Campfire's OpenAPI schema (JSON)")
    parser.add_argument(
        "--output",
        type=Path,
        default=Path(__file__).with_name("campfire.openapi.yaml"),
        help="where to write the vendored spec",
    )
    parser.add_argument(
        "--no-package-copy",
        action="store_true",
        help=f"do not copy {', '.join(SPEC_FILES)} into {PACKAGE_SPEC_DIR}",
    )
    args = parser.parse_args(argv)
    upstream = json.loads(args.upstream.read_text(encoding="utf-8"))
    text = dump(build(upstream))
    args.output.write_text(text, encoding="utf-8")
    if not args.no_package_copy:
        sync_package_copy()
    spec = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    n_ops = sum(1 for item in spec["paths"].values() for m in item if m in HTTP_METHODS)
    n_add = sum(1 for _ in additions(spec))
    print(f"wrote {args.output}: {len(spec['paths'])} paths, {n_ops} operations, {n_add} marked additions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
