"""What invoices and bills share: a bill is an invoice received, a bill payment a payment made, a debit
memo a credit memo from a vendor.

Both sides are documents (``document.Document``: ``models.Invoice``, ``bill_models.Bill``) with lines
whose amounts and tax add up to a total, a due date that follows their terms, payments that move
``amount_paid``/``amount_due``, a void that stops them, and relations checked as DRF checks a primary
key. The rules of reading a value (``rel_id``, ``dec``, ``as_date``: ``values.py``; ``due_from_terms``:
``document.py``) are re-exported here so both sides read input the same way; this module adds what
payables need of them:

* ``relation``: a relation id checked against the workspace, DRF's messages (``Invalid pk "N" - object
  does not exist.``, ``Incorrect type. Expected pk value.``), for reference kinds and the generic
  resources (tags) alike;
* where payables are stored (the generic resources' tables of their collections, so snapshots, the
  state database and the generic reads know them) and what bill payments and debit memo refunds have
  taken of each bank transaction (the invoice side counts it too: one transaction is spent once).
"""

from __future__ import annotations

import typing as t
from decimal import Decimal

from .document import due_from_terms
from .generic import is_deleted
from .models import ZERO, money
from .values import as_date, dec, rel_id
from .workspace import Workspace

Row = dict[str, t.Any]

#: Where bills, their payments, debit memos and bill drafts are stored (collection paths).
BILLS = "/coa/api/v1/bill"
BILL_PAYMENTS = "/coa/api/v1/bill-payments"
DEBIT_MEMOS = "/coa/api/v1/debit-memo"
BILL_DRAFTS = "/coa/api/v1/bill-draft"
TAGS = "/coa/api/tag"

#: Where a debit memo keeps the refunds marked on it (mark-used): money the vendor sent back.
REFUNDS = "_refunds"


def relation(ws: Workspace, kind: str, field: str, value: t.Any, errors: dict[str, t.Any]) -> int | None:
    """The id ``value`` names, if an object of ``kind`` has it (a deleted one has not); otherwise a
    DRF message under ``field`` in ``errors`` and ``None``."""
    try:
        ref = rel_id(value)
    except (TypeError, ValueError):
        errors[field] = ["Incorrect type. Expected pk value."]
        return None
    if ref is None:
        return None
    row = ws.table(kind).look(ref)
    if row is None or is_deleted(row):
        errors[field] = [f'Invalid pk "{ref}" - object does not exist.']
        return None
    return ref


def withholding_info(ws: Workspace, entity: int | None, withheld: t.Iterable[Decimal | None]) -> Row | None:
    """A document's ``withholding_info``: ``None`` unless its entity operates under a withholding scheme
    (``withholding_scheme``, as upstream resolves it); then ``withheld_to_date``, what the document's
    active payments withheld (``withheld``), and ``estimated_withholding_amount`` ``None``: the scheme's
    rates are not readable through the API, so the twin estimates nothing."""
    row = ws.refs["entity"].look(entity) if entity is not None else None
    if not row or row.get("withholding_scheme") in (None, ""):
        return None
    return {
        "estimated_withholding_amount": None,
        "withheld_to_date": money(sum((w for w in withheld if w is not None), ZERO)),
    }


def withheld(item: Row) -> str | None:
    """The ``withholding_amount`` of a payment item as stored money text (``None`` when not given)."""
    value = item.get("withholding_amount")
    return None if value is None else str(money(dec(value)))


def active(row: Row) -> bool:
    """A payment or refund that is not voided."""
    return not row.get("voided_date")


def payables_uses(ws: Workspace) -> t.Iterator[tuple[int, str, int, Decimal]]:
    """Every active bill payment and active debit memo refund that takes from a bank transaction, as
    ``(transaction id, label, document id, amount)``: the payables half of ``bank_transactions``' one walker."""
    for payment in dict.values(ws.generic.get(BILL_PAYMENTS) or {}):
        txn, bill = rel_id(payment.get("payment_transaction")), rel_id(payment.get("bill"))
        if txn is not None and bill is not None and active(payment):
            yield txn, "bill", bill, dec(payment["amount"])
    for key, memo in dict.items(ws.generic.get(DEBIT_MEMOS) or {}):
        for refund in memo.get(REFUNDS) or []:
            txn = rel_id(refund.get("transaction_id"))
            if txn is not None and active(refund):
                yield txn, "debit memo", int(key), dec(refund["amount"])


def tag_ids(ws: Workspace, raw: t.Any, errors: dict[str, t.Any]) -> list[int]:
    """The tags a line's ``tag_ids`` names (DRF's ``ManyRelatedField``: the first id naming no live tag is a
    400 under ``tag_ids``)."""
    tags: list[int] = []
    for value in raw or []:
        found = relation(ws, TAGS, "tag_ids", value, errors)
        if found is not None:
            tags.append(found)
    return tags


__all__ = [
    "BILLS",
    "BILL_DRAFTS",
    "BILL_PAYMENTS",
    "DEBIT_MEMOS",
    "REFUNDS",
    "TAGS",
    "active",
    "as_date",
    "dec",
    "due_from_terms",
    "payables_uses",
    "rel_id",
    "relation",
    "tag_ids",
    "withheld",
    "withholding_info",
]
