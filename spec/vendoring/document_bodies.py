"""Document operations' bodies: PDFs, the next credit-memo number, payables and amortization."""

from __future__ import annotations

from typing import Any

from vendoring.common import MARK, _changed

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
