"""Types and fields real Campfire responses carry (observed shapes), and revenue fields."""

from __future__ import annotations

import copy
from typing import Any

from vendoring.common import MARK, _changed
from vendoring.timestamps import TIMESTAMP_PATTERN

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


def _handler_answers(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with ``answered_by: handler`` in its mark: the mock's validator leaves its ``anyOf`` to the
    handler, which answers DRF's flat ``Incorrect type. Expected pk value, received str.`` for other text."""
    node[MARK] = {**node[MARK], "answered_by": "handler"}
    return node


#: An id as text: digits (DRF's ``int()`` takes leading zeros), at most 18 after them, as every relation's text.
ID_TEXT = "^0*[0-9]{1,18}$"


def revenue_ids_as_text(schemas: dict[str, Any]) -> None:
    """An invoice's ``revenue_transactions`` items may be ids as text, as DRF's pk field reads them."""
    for schema_name in INVOICE_REVENUE_WRITE_SCHEMAS:
        node = schemas[schema_name]["properties"]["revenue_transactions"]
        items = node["items"]
        if items.get("type") != "integer":
            raise ValueError(f"{schema_name}.revenue_transactions items are no longer integers upstream")
        text = {"type": "string", "pattern": ID_TEXT, **({"writeOnly": True} if items.get("writeOnly") else {})}
        node["items"] = _handler_answers(_changed(items, {"anyOf": [items, text]}, INVOICE_REVENUE_IDS_REASON))


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
        text = {"type": "string", "pattern": ID_TEXT}
        readable["items"] = _handler_answers(_changed(items, {"anyOf": [items, text]}, INVOICE_REVENUE_IDS_REASON))
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
