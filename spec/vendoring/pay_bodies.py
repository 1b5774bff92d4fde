"""The pay actions' bodies as components of their own, stating that a payment names at least one way to pay:
an invoice's ``transactions``, ``credit_memos`` or ``empty_transactions``, a bill's ``transactions``,
``debit_memos`` or ``empty_transactions``."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import MARK, _changed

SHARED = "MarkPaid"
#: Each pay action's path, its own component (upstream's naming for an action serializer of its own, as
#: ``VoidBillRequest``) and the lists that pay it (the handler's words: "Provide at least one of ...").
PAY_SPLITS = {
    "/coa/api/v1/invoice/{invoice_id}/pay/": (
        "MarkInvoicePaid",
        ("transactions", "credit_memos", "empty_transactions"),
    ),
    "/coa/api/v1/bill/{bill_id}/pay/": ("MarkBillPaid", ("transactions", "debit_memos", "empty_transactions")),
}
PAY_REASON = (
    "a rule the service enforces, stated on a component of each pay action (upstream shares `MarkPaid` between"
    " invoices and bills, whose ways to pay differ): a payment names at least one item to pay with, as an"
    ' `anyOf` of a non-empty list given; the service answers 400 under `non_field_errors` otherwise ("Provide'
    ' at least one of transactions, credit_memos or empty_transactions.", debit_memos for a bill)'
)


def _pay_text(ways: tuple[str, ...]) -> str:
    named = ", ".join(f"`{w}`" for w in ways[:-1]) + f" or `{ways[-1]}`"
    return f"A payment names at least one item in {named}: a body naming none is refused (400)."


def pay_components(paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    """``MarkInvoicePaid`` and ``MarkBillPaid``: each pay action's body (JSON and, through the form steps after
    this one, its form twins), ``MarkPaid`` with an ``anyOf`` requiring one of its ways to pay as a non-empty
    list; the handler answers that rule in its own words (``answered_by``)."""
    shared = schemas.get(SHARED)
    if shared is None:
        return
    for path, (name, ways) in PAY_SPLITS.items():
        body = paths.get(path, {}).get("post", {}).get("requestBody", {})
        if not body or not set(ways) <= set(shared.get("properties", {})):
            continue
        own = copy.deepcopy(shared)
        own["description"] = _pay_text(ways)
        own["anyOf"] = [{"required": [way], "properties": {way: {"type": "array", "minItems": 1}}} for way in ways]
        # the mock's validator leaves ``anyOf`` to the handler (``openapi/drf.py``'s HANDLER_RULE)
        own[MARK] = {"reason": PAY_REASON, "added": True, "answered_by": "handler"}
        schemas[name] = own
        for media in body.get("content", {}).values():
            if media.get("schema", {}).get("$ref") == f"#/components/schemas/{SHARED}":
                media["schema"] = _changed(media["schema"], {"$ref": f"#/components/schemas/{name}"}, PAY_REASON)


PAID_TRANSACTION_REASON = (
    "a rule the service enforces, stated so a client can keep it: a bank transaction paying an invoice or a bill"
    " (`MarkPaidTransaction`, an item of both pay actions' `transactions`) names it by `transaction_id`, not null;"
    ' the service answers 400 under `transaction_id` otherwise ("This field is required."), as upstream requires'
    " it of the same item in a payment proposal (`TransactionPaymentInput`) and Campfire's own pay example"
    " (`MarkInvoiceAsPaidRequest`) sends it"
)


def paid_transaction_required(schemas: dict[str, Any]) -> None:
    """``MarkPaidTransaction.transaction_id`` required and not null (before ``relax_relations``, which gives it
    its text twin: then without the empty text that means null)."""
    schema = schemas.get("MarkPaidTransaction")
    node = (schema or {}).get("properties", {}).get("transaction_id")
    if schema is None or node is None or "transaction_id" in schema.get("required", []):
        return
    new = copy.deepcopy(schema)
    new["properties"]["transaction_id"] = {k: v for k, v in node.items() if k != "nullable"}
    new["required"] = sorted({*new.get("required", []), "transaction_id"})
    schemas["MarkPaidTransaction"] = _changed(schema, new, PAID_TRANSACTION_REASON)


CONTRACT_CURRENCY_REASON = (
    "a rule the service's own objects imply, stated so a client can keep it: a contract's `currency` is a currency"
    " code of at most 3 characters, as the objects that take their contract's currency declare theirs"
    " (`ContractPrepaidCommit.currency` and `ContractProductBundleRead.currency`: `maxLength: 3`); upstream types"
    " the contract's as any text, and a longer one made every prepaid commit of that contract unanswerable"
)


def contract_currency_bounded(schemas: dict[str, Any]) -> None:
    """``Contract.currency`` and ``PatchedContract.currency`` at most 3 characters."""
    for name in ("Contract", "PatchedContract"):
        schema = schemas.get(name)
        node = (schema or {}).get("properties", {}).get("currency")
        if schema is None or node is None or "maxLength" in node:
            continue
        new = copy.deepcopy(schema)
        new["properties"]["currency"] = {**node, "maxLength": 3}
        schemas[name] = _changed(schema, new, CONTRACT_CURRENCY_REASON)
