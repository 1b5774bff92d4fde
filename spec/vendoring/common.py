"""What every part of the vendoring shares: paths, marks, error schemas, links, selection and copying."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

MARK = "x-campfire-devkit"
SPEC_DIR = Path(__file__).resolve().parent.parent
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


#: How deep DRF error bodies nest: bulk item -> invoice field -> line -> line field -> tag index -> messages.
VALIDATION_DEPTH = 5
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


def _changed(node: dict[str, Any], new: dict[str, Any], reason: str) -> dict[str, Any]:
    new = dict(new)
    new[MARK] = {"reason": reason, "upstream": copy.deepcopy(node)}
    return new


def _bounded(node: dict[str, Any], bound: Callable[[dict[str, Any]], dict[str, Any]], reason: str) -> dict[str, Any]:
    """``node`` with ``bound`` applied to it (or to each of its ``anyOf`` branches), marked with ``reason`` over
    what it was."""
    new = copy.deepcopy(node)
    new.pop(MARK, None)
    if "anyOf" in new:
        new["anyOf"] = [bound(b) for b in new["anyOf"]]
    else:
        new = bound(new)
    return _changed(node, new, reason)


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
