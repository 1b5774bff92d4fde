"""Bodies upstream leaves out of operations that plainly return data: reads, action answers, webhook topics."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.action_bodies import _object
from vendoring.common import MARK, _changed, add_error_responses

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
    "AppliedBillPayment": _object({"bill_id": {"type": "integer"}, "amount": {"type": "number"}}),
    "TransactionBillPaymentsApplied": _object(
        {
            "transaction_id": {"type": "integer"},
            "applied": _array_of("AppliedBillPayment"),
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
    "create_transaction_bill_payments": (
        "201",
        "What the transaction paid: each bill and amount, the payments and entries made, what is left",
        {"$ref": "#/components/schemas/TransactionBillPaymentsApplied"},
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
    its client's invoices (or its vendor's bills) answers what it applied (the bulk-apply answer, typed), a
    consumption PUT the row."""
    found = ACTION_ANSWERS.get(op["operationId"])
    if found is None:
        return
    status, description, schema = found
    op["responses"][status] = _changed(
        op["responses"][status],
        {"description": description, "content": {"application/json": {"schema": copy.deepcopy(schema)}}},
        ACTION_ANSWER_REASON,
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
